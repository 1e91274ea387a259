"""Readability of the published library, measured with textstat (Flesch-Kincaid grade)."""

import re
import statistics
from dataclasses import dataclass

import textstat

from bot.content.model import ContentItem

ITEM_MAX_GRADE = 8.0
LIBRARY_MEDIAN_MAX_GRADE = 6.5


@dataclass(frozen=True)
class Readability:
    item_id: str
    grade: float
    words: int


def plain_text(markdown: str) -> str:
    """Markdown without headings' hashes, bullets or emphasis marks, which textstat would count."""
    text = re.sub(r"^#+\s*", "", markdown, flags=re.MULTILINE)
    text = re.sub(r"^\s*[-*]\s+", "", text, flags=re.MULTILINE)
    return text.replace("**", "").replace("__", "")


def measure(items: list[ContentItem]) -> list[Readability]:
    return [
        Readability(
            item.id,
            round(textstat.flesch_kincaid_grade(plain_text(item.body)), 2),
            len(item.body.split()),
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


def writing_hints(body: str) -> dict:
    """What the editor sees while typing: grade, long sentences, hard words."""
    text = plain_text(body)
    sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    long = [s for s in sentences if len(s.split()) > LONG_SENTENCE_WORDS]
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]+", text)}
    hard = sorted(w for w in words if textstat.syllable_count(w) >= 4 and len(w) > 8)
    grade = round(textstat.flesch_kincaid_grade(text), 1) if text.strip() else 0.0
    return {
        "grade": grade,
        "max_grade": ITEM_MAX_GRADE,
        "ok": grade <= ITEM_MAX_GRADE,
        "long_sentences": long,
        "hard_words": hard[:20],
    }
