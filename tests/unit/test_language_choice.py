"""Which language a turn is answered in (bot.chat.language_choice), with the real detector."""

import pytest

from bot.chat.language_choice import turn_language


@pytest.mark.parametrize(
    ("conversation", "chosen", "message", "typed", "expected"),
    [
        ("en", None, "what is CRS?", True, "en"),
        ("en", "es", "what is CRS?", False, "es"),  # the switch, pressed with a button
        ("en", "en", "¿cuánto dura la infusión?", True, "es"),  # typed in Spanish
        ("es", "es", "how long does the infusion take?", True, "en"),  # typed in English
        ("es", None, "CRS", True, "es"),  # a term, not a language: the conversation's
        ("es", "es", "hola", True, "es"),
        ("en", "en", "no", True, "en"),
        ("es", "es", "it came back 2 or more times", False, "es"),  # a button's payload
        ("es", "es", '/ask_question{"content_id": "crs-signs"}', True, "es"),
    ],
)
def test_the_choice_holds_unless_the_family_clearly_writes_in_the_other_language(
    conversation: str, chosen: str | None, message: str, typed: bool, expected: str
) -> None:
    assert turn_language(conversation, chosen, message, typed) == expected
