"""What a search returns, and how it decides: the ranking key per fusion method, and whether
the best item is good enough to show ("confident") or ties with another topic ("ambiguous").
"""

from dataclasses import dataclass
from typing import Literal

import numpy as np

from bot.content.model import ContentItem
from bot.retrieval.chunking import Passage

Fusion = Literal["weighted", "rrf", "dense", "bm25"]


@dataclass(frozen=True)
class RetrievalConfig:
    """Knobs chosen by `make eval` (see the report for why)."""

    fusion: Fusion = "weighted"
    lexical_weight: float = 0.8  # weight of saturated BM25 next to cosine similarity
    lexical_saturation: float = 4.0  # BM25 score that counts as "half way" to a full match
    rrf_k: int = 60
    threshold: float = 0.42  # lowest similarity of the best item for a confident answer
    scope_threshold: float = 0.6  # lowest P(in scope) for a confident answer
    # A match this close to approved text (an item's own question, say) is in scope whatever
    # the scope gate thinks.
    sure_match: float = 0.85
    # So is a question that matches one item clearly better than any other: an item an
    # editor just published on a new topic (parking, say) is answered without retraining.
    distinct_match: float = 0.65
    distinct_margin: float = 0.15
    tie_margin: float = 0.01
    # An out-of-scope example this close to published text is covered after all (an editor
    # published an item on it): the scope gate then stops learning it as out of scope.
    covered_similarity: float = 0.75


@dataclass(frozen=True)
class Candidate:
    """One content item as an answer, with the passage to show and why it scored."""

    item: ContentItem
    passage: Passage
    dense: float
    lexical: float
    score: float
    # The sections (not the lead) whose own text matches the question best: the part of a
    # long item that answers it, shown after the lead. Usually one; two when the runner-up
    # matched nearly as well (see bot.retrieval.index.SECTION_TIE).
    sections: tuple[Passage, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    query: str
    candidates: list[Candidate]
    confident: bool
    ambiguous: bool
    in_scope: float = 1.0  # the scope gate's probability that the library covers the question
    seconds: float = 0.0

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


def ranking_key(fusion: Fusion, cfg: RetrievalConfig, dense, lex, weighted) -> np.ndarray:
    """The key items are ordered by: one method's scores, or both fused."""
    if fusion == "dense":
        return dense
    if fusion == "bm25":
        return lex
    if fusion == "rrf":
        k = cfg.rrf_k
        dense_rank = np.argsort(np.argsort(-dense, kind="stable"), kind="stable")
        lex_rank = np.argsort(np.argsort(-lex, kind="stable"), kind="stable")
        return 1.0 / (k + dense_rank) + 1.0 / (k + lex_rank)
    return weighted


def decide(
    candidates: list[Candidate], in_scope: float, fusion: Fusion, cfg: RetrievalConfig
) -> tuple[bool, bool]:
    """(confident, ambiguous) for ranked candidates."""

    def sure(c: Candidate) -> bool:
        return evidence(fusion, cfg, c) >= cfg.threshold

    confident = (
        bool(candidates)
        and sure(candidates[0])
        and (in_scope >= cfg.scope_threshold or matches_one_item(candidates, cfg))
    )
    # "Did you mean" only when two different topics match about equally well; a close
    # second on the same topic is offered as a related question after the answer.
    ambiguous = (
        confident
        and len(candidates) > 1
        and sure(candidates[1])
        and candidates[0].item.topic != candidates[1].item.topic
        and candidates[0].score - candidates[1].score < cfg.tie_margin
    )
    return confident, ambiguous


def matches_one_item(candidates: list[Candidate], cfg: RetrievalConfig) -> bool:
    """Close to approved text, or clearly closer to one item than to the next-ranked item on
    another topic. Two items on one topic (staying near the centre, and the 2025 change to
    it) both matching "is there a place to stay near the hospital?" make the topic clearer,
    not the question less covered: on the English tuning part, 3 more facts in reply and no
    unanswerable question answered. (The highest other-topic match, rather than the next in
    rank, scored 2 facts fewer on tuning.)"""
    best = candidates[0].dense
    topic = candidates[0].item.topic
    runner_up = next((c.dense for c in candidates[1:] if c.item.topic != topic), -1.0)
    return best >= cfg.sure_match or (
        best >= cfg.distinct_match and best - runner_up >= cfg.distinct_margin
    )


def evidence(fusion: Fusion, cfg: RetrievalConfig, candidate: Candidate) -> float:
    """How well the best item matches, on a scale comparable across queries (RRF ranks are
    not): BM25 alone has only its saturated score; every other method uses similarity."""
    if fusion == "bm25":
        return candidate.lexical / (candidate.lexical + cfg.lexical_saturation)
    return candidate.dense
