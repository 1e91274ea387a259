"""Every response in domain.yml speaks both languages, and the two say the same kind of thing:
the same {variables}, the same buttons' payloads, the same phone links and form fields."""

import re

import pytest

from bot.chat.wording import domain_variants, response

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
