"""Every response in domain.yml speaks both languages, and the two say the same kind of thing:
the same {variables}, the same buttons' payloads, the same phone links and form fields."""

import re

import pytest

from actions.flows import asks_for_flow
from bot.chat.wording import domain_variants, response
from bot.content import load_library
from bot.core.settings import PROJECT_ROOT

NAMES = sorted(domain_variants())
VARIABLE = re.compile(r"\{(\w+)\}")


def shape(variant: dict) -> dict:
    """What must not differ between languages: everything but the words."""
    custom = variant.get("custom") or {}
    return {
        "variables": sorted(set(VARIABLE.findall(str(variant)))),
        "payloads": [b["payload"] for b in variant.get("buttons") or []],
        "urgent": custom.get("urgent", False),
        "calls": [c["tel"] for c in custom.get("calls") or []],
        "capture": custom.get("capture"),
    }


@pytest.mark.parametrize("name", NAMES)
def test_each_response_has_a_spanish_variant_shaped_like_the_english(name: str) -> None:
    english, spanish = response(name, lang="en"), response(name, lang="es")
    assert spanish["text"] != english["text"], f"{name} has no Spanish wording"
    assert shape(spanish) == shape(english)


def test_the_spanish_variant_is_chosen_only_for_spanish() -> None:
    assert response("utter_greet", lang="en")["text"].startswith("Hi")
    assert response("utter_greet", lang="es")["text"].startswith("Hola")


def test_our_suggested_questions_typed_are_the_items_own_questions() -> None:
    """A family who types a suggestion instead of tapping it gets the same item: each
    suggestion is its item's title or one of its questions, in each language."""
    library = load_library(PROJECT_ROOT / "content")
    by_id = {(item.translation_of or item.id, item.lang): item for item in library}
    suggested = re.compile(r'"content_id": "([^"]+)"')
    checked = 0
    for name in NAMES:
        for lang in ("en", "es"):
            for button in response(name, lang=lang).get("buttons") or []:
                found = suggested.search(button["payload"])
                if found:
                    item = by_id[(found[1], lang)]
                    assert button["title"] in (item.title, *item.questions), button["title"]
                    checked += 1
    assert checked >= 10


@pytest.mark.parametrize(
    ("intent", "text", "asks"),
    [
        ("request_callback", "can a nurse call me back?", True),
        ("request_callback", "quiero hablar con una enfermera", True),
        ("request_callback", "/request_callback", True),
        ("request_callback", "Will my friends want to hang out with me?", False),
        ("check_eligibility", "could my son qualify for kymriah?", True),
        ("check_eligibility", "can my son get kymriah? he is 22", True),
        ("check_eligibility", "¿mi hija puede recibir kymriah?", True),
        ("check_eligibility", "If I respond but then relapse, what options exist?", False),
    ],
)
def test_a_form_starts_only_when_the_message_asks_for_it(intent, text, asks) -> None:
    assert asks_for_flow(intent, text) is asks
