"""What a family reads: the part of an approved item that answers their question.

A short item is sent whole. A longer one is sent as its lead (the item's short answer) plus
the section whose own words match the question best (both of the two best, when they match
nearly equally), and its "What to do now" section when it has one (the clinical review asks
that every safety answer carry its action line), with the whole item one tap away ("Read
the whole answer"). The words are always the approved text, cut only at section boundaries
and never rewritten.
"""

from dataclasses import dataclass

from bot.content.model import ContentItem
from bot.retrieval.chunking import Passage

# Items up to this length read comfortably in the chat window, so they are sent whole.
SHORT_ITEM_WORDS = 120
# Spanish says the same in more words: the library's translations run 1.17 times as long as
# their English items (median), so at 120 words only 4 of them were sent whole where 11
# English items are. An item is short in Spanish at the same length of content.
SHORT_ITEM_WORDS_BY_LANG = {"en": SHORT_ITEM_WORDS, "es": 140}
ACTION_HEADING = "what to do now"  # always sent with its item: what to do, whom to call


@dataclass(frozen=True)
class Answer:
    item: ContentItem
    text: str  # shown in the chat (approved Markdown)
    full_text: str | None  # the whole item, when `text` is only part of it
    # What was sent, for the nurse preview: "whole item", or "lead" and the section headings.
    parts: tuple[str, ...] = ("whole item",)


def compose(
    item: ContentItem, passages: list[Passage], sections: tuple[Passage, ...] = ()
) -> Answer:
    """The lead plus the best-matching sections (or the whole item when it is short), in the
    item's own reading order."""
    body = item.body.strip()
    short = SHORT_ITEM_WORDS_BY_LANG.get(item.lang, SHORT_ITEM_WORDS)
    if len(body.split()) <= short or not passages:
        return Answer(item, body, None)
    chosen = [passages[0]] + [p for p in passages[1:] if p in sections]
    chosen += [
        p
        for p in passages
        if (p.heading or "").strip().lower() == ACTION_HEADING and p not in chosen
    ]
    parts = [
        f"## {p.heading}\n{p.text}" if i and p.heading else p.text for i, p in enumerate(chosen)
    ]
    shown = tuple(
        "lead" if i == 0 else (p.heading or "more of the lead") for i, p in enumerate(chosen)
    )
    return Answer(item, "\n\n".join(parts), body, shown)
