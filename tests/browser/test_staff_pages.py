"""The staff pages in a real browser against the real stack: sign-in, preview, the editorial
workflow (draft -> review -> publish reaches families), access rules and accessibility."""

import re
import uuid
from pathlib import Path

import httpx
import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, BrowserContext, Page, expect

from bot.chat.wording import response_text
from tests.browser.conftest import VIEWPORT, sign_in

pytestmark = pytest.mark.integration
TIMEOUT = 60_000
SERIOUS = {"serious", "critical"}


def watch(page: Page) -> Page:
    """Record console errors, so a Content-Security-Policy violation fails the test."""
    page.console_errors = []  # type: ignore[attr-defined]
    page.on(
        "console",
        lambda m: page.console_errors.append(m.text) if m.type == "error" else None,  # type: ignore[attr-defined]
    )
    return page


def csp_errors(page: Page) -> list[str]:
    return [e for e in page.console_errors if "Content Security Policy" in e]  # type: ignore[attr-defined]


def open_page(staff, role: str, url: str) -> Page:
    page = watch(staff(role).new_page())
    page.goto(url)
    return page


def serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} {[n['target'] for n in v['nodes']]}"
        for v in results.response["violations"]
        if v["impact"] in SERIOUS
    ]


def preview(page: Page, message: str) -> None:
    page.get_by_label("Message to preview").fill(message)
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("status").filter(has_text="Preview ready")).to_be_visible(
        timeout=TIMEOUT
    )


def csrf_headers(context: BrowserContext) -> dict[str, str]:
    token = next(c["value"] for c in context.cookies() if c["name"] == "cartfg_csrf")
    return {"X-CSRF-Token": token}


def say(url: str, *messages: str) -> list[dict]:
    """One family conversation through the public chat API."""
    session, replies = None, []
    for message in messages:
        reply = httpx.post(
            f"{url}/api/chat", json={"session_id": session, "message": message}, timeout=60
        )
        assert reply.status_code == 200, reply.text
        session = reply.json()["session_id"]
        replies.append(reply.json())
    return replies


def test_preview_shows_the_answer_and_why(staff, stack, shots: Path) -> None:
    page = open_page(staff, "nurse", stack.url + "/staff/preview")
    expect(page.get_by_role("heading", level=1)).to_have_text("Preview answers")

    preview(page, "who can get Kymriah?")
    facts = page.locator("#preview-facts")
    expect(facts).to_contain_text("answered")
    family = page.get_by_role("region", name="What the family gets")
    expect(family.get_by_role("listitem").first).to_be_visible()
    expect(family.get_by_role("link").first).to_have_attribute("href", re.compile(r"^https?://"))
    passages = page.get_by_role("table", name="Passages retrieved, best first")
    best = passages.get_by_role("row").filter(has_text="eligibility-who-can-get")
    expect(best).to_have_count(1)
    # The nurse sees which part of the long item a family is sent, not just its id.
    expect(best).to_contain_text(re.compile(r"whole item|lead \+ \w"))
    expect(page.locator("#safety-facts")).to_contain_text("Urgent")
    page.screenshot(path=shots / "staff-preview-answered.png", full_page=True)

    preview(page, "he has a fever of 39.5 right now")
    expect(facts).to_contain_text("urgent")
    expect(family.locator(".badge.urgent").first).to_have_text("Urgent")
    expect(page.locator("#safety-facts")).to_contain_text("fever")
    page.screenshot(path=shots / "staff-preview-urgent.png", full_page=True)

    # The nurse previews what a Spanish-speaking family would get.
    page.get_by_label("The family's language").select_option("es")
    preview(page, "gracias")
    expect(facts).to_contain_text("Spanish")
    expect(family).to_contain_text(response_text("utter_you_are_welcome", lang="es"))
    page.screenshot(path=shots / "staff-preview-spanish.png", full_page=True)
    assert csp_errors(page) == []


def test_draft_review_publish_reaches_families(staff, stack, shots: Path) -> None:
    item_id = f"night-light-{uuid.uuid4().hex[:8]}"
    lamp = str(uuid.uuid4().int % 9000 + 1000)
    body = (
        "Yes, your child can bring a small night light to the ward. Pick one that runs on "
        f"batteries. Ask the nurse to check it first. The play team also lends out lamps. "
        f"Ask for lamp number {lamp}."
    )
    questions = [
        "Can my child bring a night light to the hospital ward?",
        "Is a battery night light allowed on the ward?",
        "Can we borrow a lamp for the night in hospital?",
    ]

    editor = open_page(staff, "editor", stack.url + "/staff/content")
    editor.get_by_role("link", name="New item").click()
    expect(editor.get_by_role("heading", level=1)).to_have_text("New content item")
    editor.get_by_label("Id", exact=True).fill(item_id)
    editor.get_by_label("Title", exact=True).fill("Can my child bring a night light?")
    editor.get_by_label("Topic", exact=True).fill("hospital-stay")
    editor.get_by_label("Audience").select_option("parent")
    editor.get_by_label("Questions", exact=True).fill("\n".join(questions))
    editor.get_by_label("Sources", exact=True).fill(
        "Kymriah patient website | https://www.us.kymriah.com/"
    )
    editor.get_by_label("Body", exact=True).fill(body)
    expect(editor.locator("#reading-verdict")).to_contain_text("good", timeout=TIMEOUT)
    assert float(editor.locator("#reading-grade").inner_text()) <= 8
    editor.screenshot(path=shots / "staff-editor-new.png", full_page=True)

    editor.get_by_role("button", name="Save").click()
    editor.wait_for_url(re.compile(rf"/staff/content/{item_id}"))
    expect(editor.locator("#save-status")).to_contain_text("Saved as version 1")
    expect(editor.locator("#item-status")).to_contain_text("draft")
    # The draft is not live, but a preview with drafts finds it.
    drafts = watch(editor.context.new_page())
    drafts.goto(stack.url + "/staff/preview")
    drafts.get_by_label("Include drafts").check()
    preview(drafts, questions[0])
    passages = drafts.get_by_role("table", name="Passages retrieved, best first")
    expect(passages.get_by_role("row").filter(has_text=item_id)).to_have_count(1)
    drafts.close()

    editor.get_by_role("button", name="Submit for review").click()
    expect(editor.locator("#save-status")).to_contain_text("Submitted for review")
    expect(editor.locator("#item-status")).to_contain_text("in review")
    expect(editor.get_by_role("button", name="Publish")).to_have_count(0)

    reviewer = open_page(staff, "reviewer", stack.url + "/staff/content?status=in_review")
    reviewer.get_by_role("link", name=item_id, exact=True).click()
    expect(reviewer.get_by_label("Body", exact=True)).to_have_value(body)
    reviewer.get_by_role("button", name="Publish").click()
    expect(reviewer.locator("#save-status")).to_contain_text("Published", timeout=TIMEOUT)
    expect(reviewer.locator("#item-status")).to_contain_text("live version 1")
    reviewer.screenshot(path=shots / "staff-editor-published.png", full_page=True)

    # Families get it on their next question. (The scope gate may still judge some of an
    # item's own questions out of scope, so one answered question is enough here.)
    replies = []
    for question in questions:
        reply = httpx.post(f"{stack.url}/api/chat", json={"message": question}, timeout=60)
        assert reply.status_code == 200, reply.text
        replies.append([m["text"] for m in reply.json()["messages"]])
        if any(f"lamp number {lamp}" in t for t in replies[-1]):
            break
    else:
        pytest.fail(f"no question was answered with the new item: {replies}")
    assert csp_errors(editor) == [] and csp_errors(reviewer) == []


def test_conflict_keeps_the_editors_text_and_versions_roll_back(staff, stack, shots: Path) -> None:
    context = staff("editor")
    item_id = f"conflict-{uuid.uuid4().hex[:8]}"
    item = {
        "id": item_id,
        "title": "Conflict test",
        "topic": "testing",
        "audience": "parent",
        "questions": ["Is this a test?"],
        "sources": [{"title": "Example", "url": "https://www.cancer.gov/example/"}],
        "body": "First text.",
    }
    created = context.request.post(
        stack.url + "/api/content", data=item, headers=csrf_headers(context)
    )
    assert created.status == 201, created.text()
    first = open_page(staff, "editor", f"{stack.url}/staff/content/{item_id}")
    second = open_page(staff, "editor", f"{stack.url}/staff/content/{item_id}")
    for page in (first, second):
        expect(page.locator("#item-status")).to_contain_text("version 1")

    first.get_by_label("Body", exact=True).fill("Their text.")
    first.get_by_role("button", name="Save").click()
    expect(first.locator("#save-status")).to_contain_text("Saved as version 2")

    second.get_by_label("Body", exact=True).fill("My own text.")
    second.get_by_role("button", name="Save").click()
    expect(second.get_by_role("alert").filter(has_text="changed since version 1")).to_be_visible()
    expect(second.locator("#conflict-current")).to_contain_text("Their text.")
    expect(second.locator("#conflict-yours")).to_contain_text("My own text.")
    expect(second.get_by_label("Body", exact=True)).to_have_value("My own text.")
    expect(second.locator("#reading-grade")).not_to_have_text("–")
    second.screenshot(path=shots / "staff-editor-conflict.png", full_page=True)
    second.get_by_role("button", name="Save").click()
    expect(second.locator("#save-status")).to_contain_text("Saved as version 3")
    expect(second.locator("#conflict")).to_be_hidden()

    expect(second.locator("#versions-table tbody tr")).to_have_count(3)
    second.get_by_label("Compare version").select_option("1")
    second.get_by_label("with version").select_option("3")
    second.get_by_role("button", name="Show changes").click()
    expect(second.locator("#diff .del")).to_contain_text(["-First text."])
    expect(second.locator("#diff .add")).to_contain_text(["+My own text."])
    second.screenshot(path=shots / "staff-editor-diff.png", full_page=True)

    second.get_by_role("button", name="Roll back to version 1").click()
    expect(second.locator("#save-status")).to_contain_text("copied forward as version 4")
    expect(second.get_by_label("Body", exact=True)).to_have_value("First text.")


def test_signed_out_and_wrong_roles(browser: Browser, staff, stack, staff_users) -> None:
    context = browser.new_context(viewport=VIEWPORT)
    page = watch(context.new_page())
    page.goto(stack.url + "/staff/preview")
    assert page.url == stack.url + "/staff/login"
    expect(page.get_by_role("heading", level=1)).to_have_text("Staff sign-in")
    sign_in(page, stack.url, staff_users["nurse"], "not the password at all")
    expect(page.get_by_role("alert")).to_have_text("wrong username or password")
    sign_in(page, stack.url, staff_users["reviewer2"])
    page.wait_for_url(stack.url + "/staff")
    page.goto(stack.url + "/staff/login")
    assert page.url == stack.url + "/staff", "a signed-in user skips the sign-in page"
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(stack.url + "/staff/login")
    page.goto(stack.url + "/staff")
    assert page.url == stack.url + "/staff/login"
    assert csp_errors(page) == []
    context.close()

    nurse = open_page(staff, "nurse", stack.url + "/staff")
    nav = nurse.get_by_role("navigation", name="Staff")
    expect(nav.get_by_role("link", name="Preview answers")).to_be_visible()
    expect(nav.get_by_role("link", name="Call-back queue")).to_be_visible()
    expect(nav.get_by_role("link", name="Content library")).to_have_count(0)
    response = nurse.goto(stack.url + "/staff/content")
    assert response is not None and response.status == 403
    expect(nurse.get_by_role("heading", level=1)).to_have_text("You can't use this page")
    editor_page = nurse.goto(stack.url + "/staff/content/new")
    assert editor_page is not None and editor_page.status == 403


def test_callbacks_and_insights_pages(browser: Browser, staff, stack, shots: Path) -> None:
    chat = httpx.post(f"{stack.url}/api/chat", json={"message": "who can get Kymriah?"}, timeout=60)
    answer = next(m for m in chat.json()["messages"] if m["sources"])
    httpx.post(
        f"{stack.url}/api/feedback",
        json={"message_id": answer["id"], "helpful": True, "comment": "Clear, thank you"},
        timeout=10,
    ).raise_for_status()
    httpx.post(
        f"{stack.url}/api/chat", json={"message": "what is the best pizza in town?"}, timeout=60
    )

    admin = open_page(staff, "admin", stack.url + "/staff/insights")
    expect(admin.get_by_role("heading", level=1)).to_have_text("Insights")
    expect(admin.locator("#thumbs-chart svg rect").first).to_be_attached(timeout=TIMEOUT)
    expect(admin.get_by_role("img", name="Thumbs up and down per item")).to_be_visible()
    expect(admin.locator("#comments")).to_contain_text("Clear, thank you")
    expect(admin.locator("#feedback-facts")).to_contain_text("Fallback rate")
    drafts = admin.get_by_role("link", name=re.compile("^Make a draft from this"))
    expect(drafts.first).to_be_visible()
    admin.screenshot(path=shots / "staff-insights.png", full_page=True)
    drafts.first.click()
    expect(admin.get_by_label("Questions", exact=True)).not_to_have_value("")

    name = f"Tamsin {uuid.uuid4().hex[:6]}"
    say(stack.url, "can a nurse call me back?", name, "617-555-0142", "after lunch")
    admin.goto(stack.url + "/staff/callbacks")
    expect(admin.get_by_role("heading", level=1)).to_have_text("Call-back queue")
    row = admin.get_by_role("row").filter(has_text=name)
    expect(row).to_contain_text("617-555-0142")
    admin.screenshot(path=shots / "staff-callbacks.png", full_page=True)
    admin.get_by_role("button", name=f"Mark done for {name}").click()
    expect(admin.get_by_role("status")).to_contain_text(f"Marked done: {name}")
    expect(row).to_have_count(0)
    admin.reload()
    expect(admin.locator("#callbacks-status")).not_to_have_text("Loading…")
    expect(admin.get_by_role("row").filter(has_text=name)).to_have_count(0)
    assert csp_errors(admin) == []


def test_pages_have_no_serious_accessibility_problems(
    browser: Browser, staff, stack, shots: Path
) -> None:
    context = browser.new_context(viewport=VIEWPORT)
    login = watch(context.new_page())
    login.goto(stack.url + "/staff/login")
    login.screenshot(path=shots / "staff-login.png", full_page=True)
    problems = {"login": serious_violations(login)}
    context.close()

    nurse = open_page(staff, "nurse", stack.url + "/staff/preview")
    preview(nurse, "who can get Kymriah?")
    problems["preview"] = serious_violations(nurse)

    editor = open_page(staff, "editor", stack.url + "/staff/content")
    expect(editor.locator("#content-table tbody tr").first).to_be_visible()
    editor.screenshot(path=shots / "staff-content-list.png", full_page=True)
    problems["content list"] = serious_violations(editor)
    editor.get_by_role("link", name="eligibility-who-can-get", exact=True).click()
    expect(editor.locator("#item-status")).to_contain_text("version")
    expect(editor.locator("#versions-table tbody tr").first).to_be_visible()
    expect(editor.locator("#reading-grade")).not_to_have_text("–", timeout=TIMEOUT)
    editor.screenshot(path=shots / "staff-editor-existing.png", full_page=True)
    problems["editor"] = serious_violations(editor)
    editor.goto(stack.url + "/staff/content/new?q=can+my+dog+visit")
    expect(editor.get_by_label("Questions", exact=True)).to_have_value("can my dog visit")
    problems["new item"] = serious_violations(editor)
    editor.goto(stack.url + "/staff")
    problems["home"] = serious_violations(editor)
    assert {page: found for page, found in problems.items() if found} == {}


def test_the_editor_shows_both_languages_side_by_side_and_keeps_the_language(
    staff, stack, shots: Path
) -> None:
    """Issue 17: a Spanish version is edited beside its English item, each with its reading
    grade, and saving it keeps it Spanish and tied to the English item."""
    page = open_page(staff, "editor", stack.url + "/staff/content/crs-what-is-it-es")
    expect(page.get_by_label("Language", exact=True)).to_have_value("es")
    expect(page.get_by_label("Translation of (English item id)")).to_have_value("crs-what-is-it")
    other = page.get_by_role("complementary", name="The other language")
    expect(other).to_contain_text("English: What is cytokine release syndrome (CRS)?")
    expect(other.locator("#other-grade")).to_have_text(re.compile(r"^\d+\.\d$"))
    expect(page.locator("#reading-grade")).to_have_text(re.compile(r"^\d+\.\d$"))
    expect(page.locator("#translation-status")).to_contain_text("Translates English version 2")
    # Beside, not below: the English text is in a column to the right of the form.
    form, english = page.locator("#editor-form").bounding_box(), other.bounding_box()
    assert form and english and english["x"] >= form["x"] + form["width"]
    page.get_by_label("Body").scroll_into_view_if_needed()
    expect(page.locator("#other-body")).to_be_in_viewport()
    page.screenshot(path=shots / "staff-editor-spanish-beside-english.png", full_page=True)

    page.get_by_label("Change note").fill("Revisión de estilo, sin cambios de contenido.")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator("#save-status")).to_contain_text("Saved as version", timeout=TIMEOUT)
    saved = staff("editor").request.get(stack.url + "/api/content/crs-what-is-it-es").json()
    assert (saved["lang"], saved["translation_of"], saved["translation_of_version"]) == (
        "es",
        "crs-what-is-it",
        2,
    )
    assert csp_errors(page) == []
