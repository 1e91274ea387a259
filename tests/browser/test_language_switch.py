"""English and Spanish in the widget: the switch translates every word the widget shows,
the bot answers in the chosen language, a family who simply types in Spanish gets Spanish,
and the conversation (and its language) survives switching and reloading."""

import pytest
from playwright.sync_api import Page, expect

from bot.chat.wording import response_text
from bot.core.settings import Settings
from tests.browser.widget import ask_and_wait, last_bot_message, open_widget

pytestmark = pytest.mark.integration
CONTACT = Settings().contact_slots


def test_a_family_switches_to_spanish_mid_conversation_and_back(page: Page, shots) -> None:
    open_widget(page)
    ask_and_wait(page, "who can get Kymriah?")
    page.get_by_role("button", name="Cambiar a español").click()

    panel = page.get_by_role("dialog")
    expect(panel).to_have_attribute("lang", "es")
    expect(page.get_by_label("Su pregunta")).to_have_attribute("placeholder", "Escriba su pregunta")
    for name in ("Enviar", "Hablar con una enfermera", "Borrar conversación", "Cerrar el chat"):
        expect(page.get_by_role("button", name=name, exact=True)).to_be_visible()
    conversation = page.get_by_role("log", name="Conversación")
    expect(conversation).to_contain_text("who can get Kymriah?")  # the history stays
    greeting = last_bot_message(page)
    expect(greeting).to_have_attribute("lang", "es")
    expect(greeting).to_contain_text(response_text("utter_greet", CONTACT, "es"))
    page.screenshot(path=shots / "desktop-switched-to-spanish.png")

    ask_and_wait(page, "muchas gracias", lang="es")
    thanks = last_bot_message(page)
    expect(thanks).to_contain_text(response_text("utter_you_are_welcome", CONTACT, "es"))
    expect(thanks.get_by_role("button", name="Leer en voz alta")).to_have_attribute(
        "data-lang", "es"
    )

    page.reload()  # the conversation and its language survive a reload
    page.get_by_role("button", name="¿Preguntas sobre CAR-T?").click()
    expect(page.get_by_role("log", name="Conversación")).to_contain_text("muchas gracias")
    page.get_by_role("button", name="Switch to English").click()
    expect(page.get_by_role("dialog")).to_have_attribute("lang", "en")
    expect(last_bot_message(page)).to_contain_text(response_text("utter_greet", CONTACT, "en"))
    ask_and_wait(page, "thank you")
    expect(last_bot_message(page)).to_contain_text(
        response_text("utter_you_are_welcome", CONTACT, "en")
    )
    page.screenshot(path=shots / "desktop-switched-back-to-english.png")
    assert page.console_errors == []  # type: ignore[attr-defined]


def test_typing_in_spanish_switches_the_widget_to_spanish(page: Page, shots) -> None:
    open_widget(page)
    ask_and_wait(page, "hola, buenos días")
    expect(page.get_by_role("dialog")).to_have_attribute("lang", "es")
    expect(last_bot_message(page)).to_have_attribute("lang", "es")
    expect(page.get_by_role("button", name="Switch to English")).to_be_visible()
    page.screenshot(path=shots / "desktop-typed-in-spanish.png")
