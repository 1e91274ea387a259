"""Content that stays current, in a real browser against the running stack (issue 14): the
daily source check finds a changed page (served by a local HTTP server, never the internet),
the "Needs review" page and banner show the items citing it, an editor marks another source
as changed, a reviewer signs an item off, and the family then sees when it was reviewed."""

import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import Browser, expect

from bot.core.settings import PROJECT_ROOT
from tests.browser.test_staff_pages import TIMEOUT, open_page, serious_violations
from tests.browser.widget import ask, last_bot_message, open_widget, wait_for_answer

pytestmark = pytest.mark.integration


@pytest.fixture
def pages():
    """A local copy of every cited page: each path answers with its own text until a test
    rewrites it."""
    changed: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            text = changed.get(self.path, f"<p>Page {self.path}, as first read.</p>")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(text.encode())

        def log_message(self, *args) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield changed, f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def check_sources(stack, origin: str) -> str:
    """The real command a cron job runs, against the running stack's database."""
    done = subprocess.run(
        [sys.executable, "-m", "bot", "content", "check-sources"],
        cwd=PROJECT_ROOT,
        env={**stack.env(), "SOURCE_CHECK_ORIGIN": origin},
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return done.stdout


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_a_changed_source_reaches_the_review_queue_and_a_sign_off_reaches_families(
    browser: Browser, staff, stack, pages, shots: Path
) -> None:
    changed, origin = pages
    editor = open_page(staff, "editor", stack.url + "/staff/review")
    item = editor.evaluate("fetch('/api/content/crs-what-is-it').then(r => r.json())")
    watched = item["sources"][-1]
    assert "0 changed" in check_sources(stack, origin)

    changed[path_of(watched["url"])] = "<p>This page was revised in December 2025.</p>"
    report = check_sources(stack, origin)
    assert f"changed: {watched['url']}" in report

    editor.reload()
    banner = editor.locator("#review-banner")
    expect(banner).to_contain_text("need a reviewer's sign-off")
    row = editor.get_by_role("row").filter(has_text=item["title"])
    expect(row).to_contain_text("page text changed")
    expect(row.get_by_role("button", name="Sign off")).to_have_count(0)  # editors cannot
    editor.screenshot(path=shots / "staff-needs-review.png", full_page=True)

    # An editor marks a source as changed by hand ("label revised 12/2025").
    editor.get_by_label("Source").select_option(index=0)
    editor.get_by_label("What changed").fill("label revised 12/2025")
    editor.get_by_role("button", name="Mark as changed").click()
    expect(editor.locator("#mark-status")).to_contain_text("need a sign-off")
    expect(editor.get_by_role("cell", name="label revised 12/2025").first).to_be_visible()
    assert serious_violations(editor) == []

    reviewer = open_page(staff, "reviewer", stack.url + "/staff/review")
    row = reviewer.get_by_role("row").filter(has_text=item["title"])
    row.get_by_role("button", name="Sign off").click()
    expect(reviewer.locator("#review-status")).to_contain_text("Signed off", timeout=TIMEOUT)
    expect(reviewer.get_by_role("row").filter(has_text=item["title"])).to_have_count(0)
    reviewer.screenshot(path=shots / "staff-needs-review-signed-off.png", full_page=True)

    # Families now see when the answer was reviewed, beside its sources.
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    family = context.new_page()
    family.goto(stack.url + "/")
    open_widget(family)
    count = family.locator("family-guide .msg.bot").count()
    ask(family, "what is CRS?")
    wait_for_answer(family, count)
    answer = last_bot_message(family)
    month = time.strftime("%b %Y", time.gmtime())  # "Reviewed Dec 2026", beside the sources
    expect(answer).to_contain_text(f"Reviewed {month}", timeout=TIMEOUT)
    family.screenshot(path=shots / "widget-last-reviewed.png")
    context.close()
    assert httpx.get(stack.url + "/healthz").status_code == 200
