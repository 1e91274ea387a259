"""Read aloud: each answer has a speaker button that reads it, in the message's language, with
the browser's own speech synthesis; typing stops it.

Headless Chromium here has no voices and no sound card, so `speechSynthesis` (the edge of
the browser) is replaced by a recorder; everything else is the real widget on the real stack.
"""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.widget import ask_and_wait, last_bot_message, open_widget

pytestmark = pytest.mark.integration

SPEECH_RECORDER = """
window.__spoken = []; window.__cancelled = 0; window.__current = null;
if (!window.SpeechSynthesisUtterance) {
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
}
Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
  speak(u) { window.__spoken.push({ text: u.text, lang: u.lang }); window.__current = u; },
  cancel() {
    window.__cancelled++;
    const u = window.__current; window.__current = null;
    if (u && u.onerror) u.onerror(new Event("error"));
  },
}});
window.__finish = () => {
  const u = window.__current; window.__current = null;
  if (u && u.onend) u.onend(new Event("end"));
};
"""


@pytest.fixture
def listening_page(page: Page) -> Page:
    page.add_init_script(SPEECH_RECORDER)
    page.reload()
    return page


def test_an_answer_is_read_aloud_by_keyboard_and_typing_stops_it(listening_page, shots) -> None:
    page = listening_page
    open_widget(page)
    ask_and_wait(page, "who can get Kymriah?")
    answer = last_bot_message(page)
    answer.get_by_role("button", name="Read aloud").focus()
    page.keyboard.press("Enter")
    stop = answer.get_by_role("button", name="Stop reading")
    expect(stop).to_have_attribute("aria-pressed", "true")
    spoken = page.evaluate("window.__spoken")[-1]
    assert spoken["lang"] == "en-US"
    assert "25" in spoken["text"]
    assert not any(mark in spoken["text"] for mark in ("##", "**", "\n- "))
    page.screenshot(path=shots / "desktop-read-aloud.png")

    page.get_by_label("Your question").press_sequentially("and")
    expect(answer.get_by_role("button", name="Read aloud")).to_have_attribute(
        "aria-pressed", "false"
    )
    assert page.evaluate("window.__cancelled") >= 1

    # Read to the end: the button is ready to read again.
    answer.get_by_role("button", name="Read aloud").click()
    expect(stop).to_be_visible()
    page.evaluate("window.__finish()")
    expect(answer.get_by_role("button", name="Read aloud")).to_be_visible()
    assert not page.console_errors


def test_a_spanish_reply_is_read_in_spanish(listening_page) -> None:
    page = listening_page
    open_widget(page)
    ask_and_wait(page, "tiene fiebre de 39 y está temblando")
    urgent = page.locator("family-guide .msg.urgent").first
    urgent.get_by_role("button", name="Leer en voz alta").click()
    expect(urgent.get_by_role("button", name="Dejar de leer")).to_be_visible()
    spoken = page.evaluate("window.__spoken")[-1]
    assert spoken["lang"] == "es-US"
    assert "Llame ya" in spoken["text"]
