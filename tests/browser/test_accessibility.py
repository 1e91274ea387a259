"""axe-core (via axe-playwright-python, bundled, offline) on the demo page with the widget."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.browser.widget import ask, open_widget, wait_for_answer

pytestmark = pytest.mark.integration
SERIOUS = {"serious", "critical"}


def serious_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']}"
        for v in results.response["violations"]
        if v["impact"] in SERIOUS
    ]


def test_no_serious_violations_with_the_widget_open(page: Page) -> None:
    open_widget(page)
    assert serious_violations(page) == []


def test_no_serious_violations_with_messages_in_it(page: Page) -> None:
    open_widget(page)
    before = page.locator("family-guide .msg.bot").count()
    ask(page, "he got his cells 5 days ago and now has 39.4 fever")
    wait_for_answer(page, before)
    before = page.locator("family-guide .msg.bot").count()
    ask(page, "who can get Kymriah?")
    wait_for_answer(page, before)
    assert serious_violations(page) == []
