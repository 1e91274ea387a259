"""A real browser (Debian's Chromium, driven by Playwright) against the real running stack.
Never downloads a browser: it uses /usr/bin/chromium, which `make test` installs if missing."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from bot.settings import Settings

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


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
    """A fresh visitor (empty localStorage) on the demo hospital page."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
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
