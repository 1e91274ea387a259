"""Readability of the published library, measured with textstat: the Flesch-Kincaid grade
in English, the Fernández-Huerta score in Spanish (Flesch's reading ease refitted to Spanish
words), read as a US grade with Flesch's own table so both languages share one limit."""

import re
import statistics
from dataclasses import dataclass

import textstat
from textstat.textstat import textstatistics

from bot.content.model import ContentItem

# Its own instance: textstat's language is a setting of the instance, and the module-level
# one measures English.
_spanish = textstatistics()
_spanish.set_lang("es")

# Flesch's table (reading ease -> school grade), lowest score of each band first.
_EASE_TO_GRADE = ((90, 5.0), (80, 6.0), (70, 7.0), (60, 8.5), (50, 11.0), (30, 14.0))

ITEM_MAX_GRADE = 8.0
LIBRARY_MEDIAN_MAX_GRADE = 6.5
SPANISH_MEDIAN_MAX_GRADE = 6.0  # issue 17: Spanish versions, median equivalent to grade 6


@dataclass(frozen=True)
class Readability:
    item_id: str
    grade: float
    words: int
    lang: str = "en"


def plain_text(markdown: str) -> str:
    """Markdown without headings' hashes, bullets or emphasis marks, which textstat would count."""
    text = re.sub(r"^#+\s*", "", markdown, flags=re.MULTILINE)
    text = re.sub(r"^\s*[-*]\s+", "", text, flags=re.MULTILINE)
    return text.replace("**", "").replace("__", "")


def grade_of(text: str, lang: str = "en") -> float:
    """The US school grade a text reads at, in its language."""
    if lang != "es":
        return round(textstat.flesch_kincaid_grade(text), 2)
    ease = _spanish.fernandez_huerta(text)
    return next((grade for floor, grade in _EASE_TO_GRADE if ease >= floor), 16.0)


def measure(items: list[ContentItem]) -> list[Readability]:
    return [
        Readability(
            item.id, grade_of(plain_text(item.body), item.lang), len(item.body.split()), item.lang
        )
        for item in items
    ]


def warm_up() -> None:
    """textstat loads its dictionaries on first use (about 0.9 s here): done at start, so
    the first publish or editor preview does not pay for it."""
    textstat.flesch_kincaid_grade("A short sentence to load the dictionaries.")


def median_grade(results: list[Readability]) -> float:
    return round(statistics.median(r.grade for r in results), 2)


LONG_SENTENCE_WORDS = 20


def writing_hints(body: str, lang: str = "en") -> dict:
    """What the editor sees while typing: grade, long sentences, hard words."""
    text = plain_text(body)
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    long = [s for s in sentences if len(s.split()) > LONG_SENTENCE_WORDS]
    words = {w.lower() for w in re.findall(r"[^\W\d_][\w-]+", text)}
    counter = _spanish if lang == "es" else textstat
    hard = sorted(w for w in words if counter.syllable_count(w) >= 4 and len(w) > 8)
    grade = round(grade_of(text, lang), 1) if text.strip() else 0.0
    return {
        "grade": grade,
        "max_grade": ITEM_MAX_GRADE,
        "ok": grade <= ITEM_MAX_GRADE,
        "long_sentences": long,
        "hard_words": hard[:20],
    }
