"""Small helpers that use the widget the way a person does: by role and label."""

from playwright.sync_api import Locator, Page, expect

TIMEOUT = 60_000


def open_widget(page: Page) -> None:
    page.get_by_role("button", name="Questions about CAR-T").click()
    expect(page.get_by_label("Your question")).to_be_focused()
    expect(page.get_by_role("group", name="Suggested replies").first).to_be_visible()


# The input's label and the send button's name, in each language of the widget.
WORDS = {"en": ("Your question", "Send"), "es": ("Su pregunta", "Enviar")}


def ask(page: Page, text: str, lang: str = "en") -> None:
    label, send = WORDS[lang]
    page.get_by_label(label).fill(text)
    page.get_by_role("button", name=send, exact=True).click()


def log(page: Page) -> Locator:
    return page.get_by_role("log", name="Conversation")


def last_bot_message(page: Page) -> Locator:
    return page.locator("family-guide .msg.bot").last


def wait_for_answer(page: Page, count_before: int) -> None:
    expect(page.locator("family-guide .msg.bot")).not_to_have_count(count_before, timeout=TIMEOUT)
    expect(page.locator("family-guide .typing .dots")).to_have_count(0, timeout=TIMEOUT)


def bot_count(page: Page) -> int:
    return page.locator("family-guide .msg.bot").count()


def ask_and_wait(page: Page, text: str, lang: str = "en") -> None:
    """Ask, then wait for the answer to arrive."""
    before = bot_count(page)
    ask(page, text, lang)
    wait_for_answer(page, before)
