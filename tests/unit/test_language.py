"""Telling English from Spanish, offline, on short messages as families write them."""

import pytest

from bot.evaluation.safety import load
from bot.nlp.language import language_of


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("no quiero vivir", "es"),
        ("ayuda no despierta", "es"),
        ("Nena habla raro. Ayuda.", "es"),
        ("39.4!!! que hago", "es"),
        ("what is CRS?", "en"),
        ("No chills, no fever, no headache. Just checking when our next clinic visit is", "en"),
        ("can he get car-t?", "en"),
    ],
)
def test_short_messages_are_read_in_their_language(text, lang) -> None:
    assert language_of(text) == lang


def test_the_safety_set_is_read_in_its_labelled_language() -> None:
    """3,395 messages, Spanglish included: measured 8 errors (99.8%)."""
    examples = load("tuning") + load("locked")
    wrong = [e.text for e in examples if language_of(e.text) != e.lang]
    assert len(wrong) / len(examples) <= 0.005, wrong
