"""Split content items into passages a family can read on their own.

The lead (text before the first `##` heading) answers the item's question; each section
is its own passage; a very long section is cut at spaCy sentence boundaries.
"""

import re
from dataclasses import dataclass

from spacy.language import Language

from bot.content.model import ContentItem

MAX_PASSAGE_WORDS = 130
_HEADING = re.compile(r"^##+\s+(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Passage:
    """A piece of approved text shown word for word; `search_text` adds context for search."""

    item_id: str
    position: int
    heading: str | None
    text: str
    search_text: str


def sections(body: str) -> list[tuple[str | None, str]]:
    parts = _HEADING.split(body)
    sections: list[tuple[str | None, str]] = []
    if parts[0].strip():
        sections.append((None, parts[0].strip()))
    for heading, text in zip(parts[1::2], parts[2::2], strict=True):
        if text.strip():
            sections.append((heading.strip(), text.strip()))
    return sections


def _split_long(text: str, nlp: Language) -> list[str]:
    if len(text.split()) <= MAX_PASSAGE_WORDS:
        return [text]
    doc = nlp(text)
    chunks: list[str] = []
    current: list[str] = []
    for sent in doc.sents:
        words = sum(len(s.split()) for s in current)
        if current and words + len(sent.text.split()) > MAX_PASSAGE_WORDS:
            chunks.append(" ".join(current))
            current = []
        current.append(sent.text.strip())
    if current:
        chunks.append(" ".join(current))
    return chunks


def chunk_item(item: ContentItem, nlp: Language) -> list[Passage]:
    """The item's passages in reading order; the first one is always the lead answer."""
    passages: list[Passage] = []
    for heading, text in sections(item.body):
        for piece in _split_long(text, nlp):
            context = f"{item.title}. {heading}." if heading else f"{item.title}."
            passages.append(Passage(item.id, len(passages), heading, piece, f"{context} {piece}"))
    return passages
