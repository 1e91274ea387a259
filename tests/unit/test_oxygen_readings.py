"""Oxygen saturation from a home pulse oximeter, and breaths counted in a minute, in English
and Spanish messages."""

import pytest

from bot.safety.spanish import fold
from bot.safety.spanish_vitals import oxygen
from bot.safety.vitals import other_vitals


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("el oxímetro marca 88 y está muy cansado", True),
        ("la saturación está en 89, día 6 después de las células", True),
        ("satura 87% ahorita", True),
        ("el oxímetro marca 97, todo bien", False),
    ],
)
def test_a_spanish_reading_is_urgent_under_92(text: str, urgent: bool) -> None:
    assert [reading[3] for reading in oxygen(fold(text))] == [urgent]


@pytest.mark.parametrize(
    "text", ["la nurse dijo que tiene que estar arriba de 94", "si la saturación baja de 90"]
)
def test_a_limit_someone_gave_is_not_a_reading(text: str) -> None:
    assert oxygen(fold(text)) == []


def test_a_comma_after_an_english_reading_ends_it() -> None:
    (reading,) = other_vitals("sats 89, breathing fast")
    assert reading.value == 89 and reading.urgent


@pytest.mark.parametrize(
    ("text", "rate", "urgent"),
    [
        ("02:10 breaths 48/min counted while asleep", 48, True),
        ("RR 44, HR 150", 44, True),
        ("she is breathing 50 times a minute", 50, True),
        ("respira 52 veces por minuto", 52, True),
        ("resp rate 22 and sleeping well", 22, False),
    ],
)
def test_breaths_counted_in_a_minute_are_urgent_from_40(text: str, rate: int, urgent: bool) -> None:
    assert [(r.value, r.urgent) for r in other_vitals(text) if r.kind == "breathing rate"] == [
        (rate, urgent)
    ]


@pytest.mark.parametrize("text", ["breathing 10 minutes on the nebulizer", "40 breaths of air"])
def test_a_number_near_breathing_with_no_rate_is_no_reading(text: str) -> None:
    assert [r for r in other_vitals(text) if r.kind == "breathing rate"] == []
