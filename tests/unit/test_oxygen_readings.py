"""Oxygen saturation from a home pulse oximeter, in English and Spanish messages."""

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
