"""The hybrid index: dense MiniLM similarity plus BM25 lemmas, fused per content item.

It answers one question: which approved item (and which passage of it) best answers
this message, and are we confident enough to show it?
"""

import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field, replace

import numpy as np
from spacy.language import Language

from bot.content.model import ContentItem
from bot.nlp.memo import RecentResults
from bot.nlp.parser import Parser
from bot.retrieval.answers import Answer, compose
from bot.retrieval.cache import EmbeddingCache
from bot.retrieval.chunking import Passage, chunk_item
from bot.retrieval.embedder import DocumentSide, Embedder
from bot.retrieval.lexical import LexicalIndex
from bot.retrieval.ranking import (
    Candidate,
    Fusion,
    RetrievalConfig,
    SearchResult,
    decide,
    ranking_key,
)
from bot.retrieval.scope import ScopeExamples, ScopeGate

# A second section is sent when its own match is within this of the best one (on a cosine
# plus saturated-BM25 scale). Chosen on the tuning parts: fact in reply, of questions that
# reached the right item, en 195 -> 202 of 218, es 150 -> 161 of 176, for replies about
# 17 words longer on average (111 -> 128 en).
SECTION_TIE = 0.1


@dataclass
class BuildStats:
    items: int = 0
    passages: int = 0
    vectors: int = 0
    newly_embedded: int = 0
    seconds: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)


class HybridIndex:
    """Immutable once built; publishing content builds a new one (cheap: vectors are cached)."""

    def __init__(
        self,
        items: list[ContentItem],
        embedder: Embedder,
        nlp: Language,
        cache: EmbeddingCache,
        config: RetrievalConfig | None = None,
        scope: ScopeExamples | None = None,
        lemma_cache: dict[str, list[str]] | None = None,
        chunk_cache: dict[tuple[str, str, str], list[Passage]] | None = None,
        parser: Parser | None = None,
        rewrite: Callable[[str], str] | None = None,
    ) -> None:
        """`rewrite`, when given, is how a question is read before it is searched (Spanish
        shortens the therapy's long names: see bot.retrieval.spanish)."""
        started = time.perf_counter()
        self.config = config or RetrievalConfig()
        self._embedder = embedder
        self._rewrite = rewrite
        self.items = {item.id: item for item in items}
        # A translation answers for its English item: buttons and slots name English ids.
        self._translations = {i.translation_of: i.id for i in items if i.translation_of}
        chunks = chunk_cache if chunk_cache is not None else {}
        self.passages: list[Passage] = []
        for item in items:
            key = (item.id, item.title, item.body)
            if key not in chunks:
                chunks[key] = chunk_item(item, nlp)
            self.passages.extend(chunks[key])
        self._item_ids = list(self.items)
        self._item_pos = {item_id: i for i, item_id in enumerate(self._item_ids)}
        lead = {p.item_id: i for i, p in reversed(list(enumerate(self.passages)))}

        # Dense units: every passage, and every way a family might ask (-> the lead passage).
        unit_texts = [p.search_text for p in self.passages]
        self._unit_passage = list(range(len(self.passages)))
        for item in items:
            for question in [item.title, *item.questions]:
                unit_texts.append(question)
                self._unit_passage.append(lead[item.id])
        self._unit_passage_arr = np.asarray(self._unit_passage, dtype=np.int64)
        passages, new = cache.encode(DocumentSide(embedder), unit_texts[: len(self.passages)])
        questions, new_questions = cache.encode(embedder, unit_texts[len(self.passages) :])
        self._vectors = np.vstack([v for v in (passages, questions) if v.size])
        new += new_questions
        self._gate: ScopeGate | None = None
        if scope and scope.out_of_scope:
            extra, new_extra = cache.encode(embedder, scope.in_scope + scope.out_of_scope)
            new += new_extra
            n_in = len(scope.in_scope)
            questions = self._vectors[len(self.passages) :]
            out = extra[n_in:]
            uncovered = (out @ self._vectors.T).max(axis=1) < self.config.covered_similarity
            if uncovered.any():
                self._gate = ScopeGate(np.vstack([questions, extra[:n_in]]), out[uncovered])

        lexical_docs = []
        for i, p in enumerate(self.passages):
            extra = ""
            if lead[p.item_id] == i:
                item = self.items[p.item_id]
                extra = " ".join(item.questions)
            lexical_docs.append(f"{p.search_text} {extra}")
        self._lexical = LexicalIndex(nlp, lexical_docs, lemma_cache, parser)
        self._passage_item = np.asarray(
            [self._item_pos[p.item_id] for p in self.passages], dtype=np.int64
        )
        self._sections: dict[str, list[int]] = {}
        for i, p in enumerate(self.passages):
            if p.position > 0:
                self._sections.setdefault(p.item_id, []).append(i)
        self._recent: RecentResults[SearchResult] = RecentResults()
        self.stats = BuildStats(
            items=len(items),
            passages=len(self.passages),
            vectors=len(unit_texts),
            newly_embedded=new,
            seconds=time.perf_counter() - started,
        )

    def search_in_progress(self, query: str) -> Future["SearchResult"] | None:
        """The search of `query` (own settings, no context) that is running now, if any: the
        answer action awaits the gateway's search ahead rather than block a thread on it."""
        return self._recent.pending(self._memo_key(query))

    @staticmethod
    def _memo_key(
        query: str,
        limit: int = 4,
        context: str | None = None,
        context_weight: float = 0.5,
        lexical_share: float = 1.0,
    ) -> tuple:
        """The defaults are search()'s own."""
        return (query, limit, context, context_weight, lexical_share)

    def search(
        self,
        query: str,
        limit: int = 4,
        fusion: Fusion | None = None,
        config: RetrievalConfig | None = None,
        context: str | None = None,
        context_weight: float = 0.5,
        lexical_share: float = 1.0,
    ) -> SearchResult:
        """Rank items for `query`; `confident` is False when the best is below threshold.

        `context` (what was answered just before) is blended into the query's vector with
        `context_weight`, so a follow-up leans on it; the words matched by BM25 stay the
        follow-up's own, so it is not pulled back onto the very text it follows, and count
        for `lexical_share` of their usual weight.
        `fusion` and `config` override the index's own settings (the evaluation sweeps them).
        A search with the index's own settings is remembered (the preview and the action
        ask the same question: it is answered once).
        """
        if fusion is not None or config is not None:
            return self._search(
                query, limit, fusion, config, context, context_weight, lexical_share
            )
        return self._recent.get(
            self._memo_key(query, limit, context, context_weight, lexical_share),
            lambda: self._search(query, limit, None, None, context, context_weight, lexical_share),
        )

    def _search(
        self,
        query: str,
        limit: int,
        fusion: Fusion | None,
        config: RetrievalConfig | None,
        context: str | None,
        context_weight: float,
        lexical_share: float,
    ) -> SearchResult:
        started = time.perf_counter()
        cfg = config or self.config
        if lexical_share != 1.0:
            cfg = replace(cfg, lexical_weight=cfg.lexical_weight * lexical_share)
        fusion = fusion or cfg.fusion
        if not self.passages or not query.strip():
            return SearchResult(query, [], False, False)
        text = self._rewrite(query) if self._rewrite else query
        if context:
            qvec, cvec = self._embedder.encode([text, context])
            qvec = qvec + context_weight * cvec
            qvec = qvec / np.linalg.norm(qvec)
        else:
            qvec = self._embedder.encode([text])[0]
        in_scope = self._gate.probability(qvec) if self._gate else 1.0
        unit_sims = self._vectors @ qvec
        passage_dense = np.full(len(self.passages), -1.0, dtype=np.float32)
        np.maximum.at(passage_dense, self._unit_passage_arr, unit_sims)
        passage_lex = self._lexical.scores(text)
        lex_sat = passage_lex / (passage_lex + cfg.lexical_saturation)
        passage_score = passage_dense + cfg.lexical_weight * lex_sat

        n_items = len(self._item_ids)
        best_passage = np.full(n_items, -1, dtype=np.int64)
        item_dense = np.full(n_items, -1.0, dtype=np.float32)
        item_lex = np.zeros(n_items, dtype=np.float32)
        item_score = np.full(n_items, -np.inf, dtype=np.float32)
        np.maximum.at(item_dense, self._passage_item, passage_dense)
        np.maximum.at(item_lex, self._passage_item, passage_lex)
        # Each item's best passage (the first on a tie): by item, then score, then position.
        by_item = np.lexsort((np.arange(len(self.passages)), -passage_score, self._passage_item))
        items, first = np.unique(self._passage_item[by_item], return_index=True)
        best_passage[items] = by_item[first]
        item_score[items] = passage_score[by_item[first]]

        key = ranking_key(fusion, cfg, item_dense, item_lex, item_score)
        order = np.argsort(-key, kind="stable")[:limit]
        # A section is judged on its own words: the item's questions lead to the lead.
        own_text = unit_sims[: len(self.passages)] + cfg.lexical_weight * lex_sat
        candidates = [
            Candidate(
                item=self.items[self._item_ids[i]],
                passage=self.passages[best_passage[i]],
                dense=float(item_dense[i]),
                lexical=float(item_lex[i]),
                score=float(item_score[i]),
                sections=self._best_sections(self._item_ids[i], own_text),
            )
            for i in order
        ]

        confident, ambiguous = decide(candidates, in_scope, fusion, cfg)
        return SearchResult(
            query, candidates, confident, ambiguous, in_scope, time.perf_counter() - started
        )

    def _best_sections(self, item_id: str, own_text: np.ndarray) -> tuple[Passage, ...]:
        """The best-matching section, and the runner-up when it matched nearly as well: when
        the choice is that close, a family is better served by both than by a coin toss."""
        ranked = sorted(self._sections.get(item_id, ()), key=lambda i: -own_text[i])
        close = [i for i in ranked[:2] if own_text[i] >= own_text[ranked[0]] - SECTION_TIE]
        return tuple(self.passages[i] for i in close)

    def item_passages(self, item_id: str) -> list[Passage]:
        """The item's passages in reading order (the lead first)."""
        return [p for p in self.passages if p.item_id == item_id]

    def answer(self, candidate: Candidate) -> Answer:
        """What the family reads for this candidate (see bot.retrieval.answers)."""
        return compose(candidate.item, self.item_passages(candidate.item.id), candidate.sections)

    def item(self, item_id: str | None) -> ContentItem | None:
        """The item, or its translation in this index's language."""
        if item_id is None:
            return None
        return self.items.get(item_id) or self.items.get(self._translations.get(item_id, ""))

    def lead(self, item_id: str) -> Candidate | None:
        """The item's lead answer, for when the family picked the item themselves."""
        item = self.item(item_id)
        passage = item and next((p for p in self.passages if p.item_id == item.id), None)
        if item is None or passage is None:
            return None
        return Candidate(item=item, passage=passage, dense=1.0, lexical=0.0, score=1.0)
