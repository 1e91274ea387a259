"""A real browser (Debian's Chromium, driven by Playwright) against the real running stack.
Never downloads a browser: it uses /usr/bin/chromium, which `make test` installs if missing."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from bot.core.settings import Settings
from tests.conftest import STAFF_PASSWORD

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
VIEWPORT = {"width": 1280, "height": 900}  # the staff pages' desktop size


# Package scope: the sync Playwright loop must be gone before any asyncio test runs.
@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test` (it installs Debian's chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, stack) -> Iterator[Page]:
    """A fresh visitor (empty localStorage, an English browser) on the demo hospital page."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-US")
    page = context.new_page()
    page.console_errors = []  # type: ignore[attr-defined]
    page.on(
        "console",
        lambda m: page.console_errors.append(m.text) if m.type == "error" else None,  # type: ignore[attr-defined]
    )
    page.goto(stack.url + "/")
    yield page
    context.close()


@pytest.fixture(scope="session")
def shots() -> Path:
    """Screenshots land under DATA_DIR (var/screenshots by default) so people can look."""
    folder = Settings().data_dir / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sign_in(page: Page, url: str, username: str, password: str = STAFF_PASSWORD) -> None:
    page.goto(url + "/staff/login")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


@pytest.fixture(scope="package")
def staff(browser: Browser, stack, staff_users) -> Iterator[Callable[[str], BrowserContext]]:
    """role -> a browser context signed in as that role, shared by the browser tests (one
    sign-in per role: the sign-in API allows 10 a minute)."""
    contexts: dict[str, BrowserContext] = {}

    def context_for(role: str) -> BrowserContext:
        if role not in contexts:
            context = browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            sign_in(page, stack.url, staff_users[role])
            page.wait_for_url(stack.url + "/staff")
            page.close()
            contexts[role] = context
        return contexts[role]

    yield context_for
    for context in contexts.values():
        context.close()
