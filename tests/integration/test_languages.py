"""English and Spanish in one conversation, through POST /api/chat and the real Rasa server:
the `language` slot picks each response's variant, and the conversation keeps its history
when the family switches."""

import httpx
import pytest

from bot.chat.wording import response_text
from bot.content import load_library
from bot.core.settings import PROJECT_ROOT, Settings

pytestmark = pytest.mark.integration
CONTACT = Settings().contact_slots
LIBRARY = {item.id: item for item in load_library(PROJECT_ROOT / "content")}


def texts(reply: dict) -> list[str]:
    return [m["text"] for m in reply["messages"]]


def test_a_conversation_switches_language_and_keeps_its_history(chat, stack) -> None:
    first = chat("hola", lang="es")
    assert first["lang"] == "es"
    assert texts(first) == [
        response_text("utter_disclaimer", CONTACT, "es"),
        response_text("utter_greet", CONTACT, "es"),
    ]
    assert {m["lang"] for m in first["messages"]} == {"es"}
    session = first["session_id"]

    switched = chat("thank you", session, lang="en")  # the widget's switch
    assert switched["lang"] == "en"
    assert texts(switched) == [response_text("utter_you_are_welcome", CONTACT, "en")]

    typed = chat("muchas gracias por la ayuda", session, lang="en")  # typed in Spanish
    assert typed["lang"] == "es"
    assert texts(typed) == [response_text("utter_you_are_welcome", CONTACT, "es")]

    history = httpx.get(f"{stack.url}/api/chat/{session}").json()
    assert history["lang"] == "es"
    assert [m["text"] for m in history["messages"] if m["role"] == "user"] == [
        "hola",
        "thank you",
        "muchas gracias por la ayuda",
    ]


def test_a_spanish_question_is_answered_from_the_spanish_version(chat) -> None:
    reply = chat("que es el sindrome de liberacion de citocinas", lang="es")
    [answer] = reply["messages"][1:]  # after the Spanish disclaimer
    assert answer["sources"][0]["id"] == "crs-what-is-it-es"
    assert answer["lang"] == "es"
    for line in filter(None, (ln.strip() for ln in answer["text"].splitlines())):
        assert line in LIBRARY["crs-what-is-it-es"].body  # approved text, word for word
    assert any("cancer.gov/espanol" in s["url"] for s in answer["sources"])


def test_a_button_naming_an_english_item_opens_its_spanish_version(chat) -> None:
    """The greeting's suggestions name English items; in Spanish they open the translation."""
    reply = chat('/ask_question{"content_id": "crs-what-is-it"}', lang="es", label="¿Qué es?")
    [answer] = reply["messages"][1:]
    assert answer["sources"][0]["id"] == "crs-what-is-it-es" and answer["lang"] == "es"


def test_yes_now_in_spanish_gets_the_spanish_urgent_reply(chat) -> None:
    reply = chat("/urgent_symptom", lang="es", label="Sí, ahora")
    urgent = reply["messages"][0]
    assert urgent["urgent"] and urgent["lang"] == "es"
    assert urgent["text"] == response_text("utter_urgent", CONTACT, "es")


def test_a_spanish_follow_up_is_about_what_was_just_answered(chat) -> None:
    """A follow-up that names no topic ("y cuanto dura?") asks about the last answer."""
    first = chat("que es el sindrome de liberacion de citocinas", lang="es")
    assert first["messages"][-1]["sources"][0]["id"] == "crs-what-is-it-es"
    [answer] = chat("y cuanto dura?", first["session_id"], lang="es")["messages"]
    assert answer["sources"][0]["id"] == "crs-timing-es" and answer["lang"] == "es"
