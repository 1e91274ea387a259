"""Content is shown as text, never as HTML: a hostile item cannot run script in the widget."""

import uuid

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.widget import ask, open_widget, wait_for_answer
from tests.conftest import STAFF_PASSWORD

pytestmark = pytest.mark.integration


def signed_in(stack, username: str) -> httpx.Client:
    client = httpx.Client(base_url=stack.url, timeout=60)
    client.post("/api/auth/login", json={"username": username, "password": STAFF_PASSWORD})
    client.headers["X-CSRF-Token"] = client.cookies["cartfg_csrf"]
    return client


def test_hostile_markdown_is_rendered_as_plain_text(page: Page, stack, staff_users) -> None:
    item_id = f"hostile-{uuid.uuid4().hex[:6]}"
    body = (
        "Juggling is fine. Ask your team. It is fun. <img src=x onerror=pwned(1)>. "
        "<script>pwned(2)</script>. See [this](javascript:pwned(3)). Have fun."
    )
    item = {
        "id": item_id,
        "title": "Can my child juggle after CAR-T?",
        "topic": "daily-life",
        "audience": "parent",
        "body": body,
        "questions": ["can my child juggle after car-t", "is juggling ok", "juggling?"],
        "sources": [{"title": "Example", "url": "https://www.cancer.gov/example/juggling"}],
    }
    editor, reviewer = (
        signed_in(stack, staff_users["editor"]),
        signed_in(stack, staff_users["reviewer"]),
    )
    assert editor.post("/api/content", json=item).status_code == 201
    assert editor.post(f"/api/content/{item_id}/submit").status_code == 200
    assert reviewer.post(f"/api/content/{item_id}/publish").status_code == 200
    try:
        page.evaluate("() => { window.calls = []; window.pwned = (n) => window.calls.push(n); }")
        open_widget(page)
        before = page.locator("family-guide .msg.bot").count()
        ask(page, "can my child juggle after car-t?")
        wait_for_answer(page, before)
        answer = page.locator("family-guide .msg.bot").last
        expect(answer).to_contain_text("<script>pwned(2)</script>")  # shown, not run
        page.wait_for_timeout(500)  # give any injected handler (img onerror) time to fire
        assert page.evaluate("window.calls") == []
        assert answer.locator("img, script").count() == 0
        links = answer.locator("a")
        for i in range(links.count()):
            assert links.nth(i).get_attribute("href").startswith(("https://", "http://", "tel:"))
    finally:
        reviewer.post(f"/api/content/{item_id}/retire")
