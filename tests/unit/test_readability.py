"""Every published item is plain enough for a worried family (grade 8 at most, median 6.5 in
English; in Spanish, the Fernández-Huerta score read as a grade: 8 at most, median 6)."""

import pytest

from bot.content import load_library
from bot.content.library import in_language, published
from bot.content.readability import (
    ITEM_MAX_GRADE,
    LIBRARY_MEDIAN_MAX_GRADE,
    SPANISH_MEDIAN_MAX_GRADE,
    grade_of,
    measure,
    median_grade,
)
from bot.content.rules import EDITABLE, MAX_QUESTIONS, Draft
from bot.core.settings import PROJECT_ROOT

LIVE = published(load_library(PROJECT_ROOT / "content"))


@pytest.mark.parametrize("item", LIVE, ids=[item.id for item in LIVE])
def test_each_published_item_reads_at_grade_8_or_below(item) -> None:
    [result] = measure([item])
    assert result.grade <= ITEM_MAX_GRADE, (
        f"content/{item.id}.md reads at grade {result.grade} (limit {ITEM_MAX_GRADE}): "
        "use shorter sentences and common words"
    )


def test_the_library_median_is_grade_6_5_or_below() -> None:
    assert median_grade(measure(in_language(LIVE, "en"))) <= LIBRARY_MEDIAN_MAX_GRADE


def test_the_spanish_versions_median_is_grade_6_or_below() -> None:
    spanish = in_language(LIVE, "es")
    assert spanish and median_grade(measure(spanish)) <= SPANISH_MEDIAN_MAX_GRADE


def test_spanish_is_measured_with_a_spanish_formula() -> None:
    """The same plain Spanish, read by the English formula, would look far harder."""
    text = "Su hijo o hija va a recibir las células en una vía. Dura unos minutos."
    assert grade_of(text, "es") <= 6 < grade_of("Intravenous tisagenlecleucel administration.")


def test_the_library_covers_at_least_60_published_items_with_questions() -> None:
    assert len(LIVE) >= 60
    for item in LIVE:
        assert 3 <= len(item.questions) <= MAX_QUESTIONS, (
            f"content/{item.id}.md: needs 3-{MAX_QUESTIONS} questions (the editor saves no more)"
        )


def test_an_editor_can_save_every_shipped_item_as_it_is() -> None:
    """A shipped item that the editor's form refuses could never be corrected."""
    for item in LIVE:
        Draft(**item.model_dump(include={"id", *EDITABLE}))
