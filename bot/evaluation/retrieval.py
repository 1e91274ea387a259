"""Retrieval quality on the development set: ranking, the "not sure" decision, per topic.

Every method sees the same index and the same queries; query vectors are computed once.
"""

import statistics
from dataclasses import asdict, dataclass, replace

import numpy as np

from bot.evaluation.devset import DevQuestion
from bot.retrieval.followups import search_in_context
from bot.retrieval.index import HybridIndex
from bot.retrieval.other_topics import other_cancer, other_product
from bot.retrieval.ranking import Fusion, RetrievalConfig, SearchResult, evidence

METHODS: tuple[Fusion, ...] = ("bm25", "dense", "rrf", "weighted")


class MemoEmbedder:
    """Wraps an embedder so repeated queries across a sweep are encoded once."""

    def __init__(self, inner) -> None:
        self.inner, self.name, self._memo = inner, inner.name, {}
        if hasattr(inner, "encode_documents"):  # e5 reads passages as documents
            self.encode_documents = inner.encode_documents

    def warm_up(self) -> None:
        self.inner.warm_up()

    def encode(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in texts if t not in self._memo]
        if missing:
            for text, vec in zip(missing, self.inner.encode(missing), strict=True):
                self._memo[text] = vec
        return np.vstack([self._memo[t] for t in texts])


@dataclass
class Metrics:
    recall_at_1: float
    recall_at_3: float
    mrr: float
    not_sure_precision: float  # of the "not sure" replies, share that were truly unanswerable
    not_sure_recall: float  # of the unanswerable questions, share that got "not sure"
    answered_correctly: float  # answerable, confident and top-1 right
    threshold: float
    scope_threshold: float


def _rank(result: SearchResult, ids: tuple[str, ...]) -> int | None:
    for position, candidate in enumerate(result.candidates, start=1):
        if candidate.item.id in ids:
            return position
    return None


def score(
    index: HybridIndex, questions: list[DevQuestion], fusion: Fusion, cfg: RetrievalConfig
) -> tuple[Metrics, list[tuple[DevQuestion, SearchResult]]]:
    runs = [(q, index.search(q.text, limit=10, fusion=fusion, config=cfg)) for q in questions]
    answerable = [(q, r) for q, r in runs if q.answerable]
    ranks = [_rank(r, q.ids) for q, r in answerable]
    not_sure = [(q, r) for q, r in runs if not r.confident]
    unanswerable = [q for q, _ in runs if not q.answerable]
    correct = sum(1 for q, r in answerable if r.confident and r.best and r.best.item.id in q.ids)
    metrics = Metrics(
        recall_at_1=sum(1 for k in ranks if k == 1) / len(answerable),
        recall_at_3=sum(1 for k in ranks if k and k <= 3) / len(answerable),
        mrr=sum(1 / k for k in ranks if k) / len(answerable),
        not_sure_precision=(
            sum(1 for q, _ in not_sure if not q.answerable) / len(not_sure) if not_sure else 1.0
        ),
        not_sure_recall=(
            sum(1 for q, _ in not_sure if not q.answerable) / len(unanswerable)
            if unanswerable
            else 1.0
        ),
        answered_correctly=correct / len(answerable),
        threshold=cfg.threshold,
        scope_threshold=cfg.scope_threshold,
    )
    return metrics, runs


def calibrate(
    index: HybridIndex, questions: list[DevQuestion], fusion: Fusion, cfg: RetrievalConfig
) -> RetrievalConfig:
    """Pick the two thresholds (similarity floor, scope gate) that answer the most answerable
    questions correctly while saying "not sure" to at least 95% of the unanswerable ones."""
    runs = [(q, index.search(q.text, limit=1, fusion=fusion, config=cfg)) for q in questions]
    facts = [
        (q, r.in_scope, evidence(fusion, cfg, r.best), r.best.item.id in q.ids)
        for q, r in runs
        if r.best
    ]
    n_answerable = sum(q.answerable for q in questions)
    n_unanswerable = len(questions) - n_answerable
    floors = np.quantile([e for _, _, e, _ in facts], np.linspace(0, 1, 101))
    best: tuple[float, float, float, float] | None = None
    for scope in np.arange(0.0, 0.95, 0.05):
        for floor in floors:
            correct = rejected = 0
            for q, p, e, right in facts:
                answered = p >= scope and e >= floor
                correct += answered and right
                rejected += not answered and not q.answerable
            coverage = rejected / n_unanswerable if n_unanswerable else 1.0
            key = (coverage >= 0.95, correct / n_answerable if coverage >= 0.95 else coverage)
            if best is None or key > best[:2]:
                best = (*key, float(scope), float(floor))
    assert best is not None
    return replace(cfg, scope_threshold=round(best[2], 2), threshold=round(best[3], 3))


def per_topic(index: HybridIndex, runs) -> dict[str, float]:
    hits: dict[str, list[int]] = {}
    for q, r in runs:
        if q.answerable:
            topic = index.items[q.ids[0]].topic
            hits.setdefault(topic, []).append(int(bool(r.best) and r.best.item.id in q.ids))
    return {topic: round(statistics.mean(v), 3) for topic, v in sorted(hits.items())}


def sweep_weights(index: HybridIndex, questions: list[DevQuestion], base: RetrievalConfig):
    """Grid over the weighted-sum knobs; returns rows sorted best first (by MRR)."""
    rows = []
    for weight in (0.0, 0.2, 0.35, 0.5, 0.8):
        for saturation in (1.0, 2.0, 4.0):
            cfg = calibrate(
                index,
                questions,
                "weighted",
                replace(base, lexical_weight=weight, lexical_saturation=saturation),
            )
            metrics, _ = score(index, questions, "weighted", cfg)
            rows.append(
                {"lexical_weight": weight, "lexical_saturation": saturation, **asdict(metrics)}
            )
    rows.sort(key=lambda r: (r["answered_correctly"], r["mrr"]), reverse=True)
    return rows


def _words(text: str) -> str:
    """Lower case, every run of white space one space: a line break inside a paragraph of
    the Markdown is a space on the family's screen, so a fact across it is still there."""
    return " ".join(text.lower().split())


def reply_check(index: HybridIndex, asked: list) -> dict:
    """What a family would receive, question by question: the reply (the lead plus the best
    section, see bot.retrieval.answers) must come from an expected item and contain the
    expected fact; "Did you mean" and "not sure" are counted apart. An unanswerable question
    is handled honestly with "not sure" or, when it names another CAR-T product, the "I only
    cover Kymriah" reply that the action sends before anything else. Every question is read
    as the answer action reads it (`search_in_context`): a single one as the first of a
    conversation, a follow-up after its first question was answered; single questions are also
    asked after an unrelated answer, to show that the conversation's memory does no harm."""
    single = [a for a in asked if a.ids and a.group == "single"]
    follow = [a for a in asked if a.ids and a.group == "follow-up"]
    unanswerable = [a for a in asked if not a.ids]
    results = {
        a.text: search_in_context(index, a.text, None) for a in asked if a.group != "follow-up"
    }
    for a in follow:
        first = index.search(a.first)
        last = first.best.item.id if first.confident and first.best else None
        results[a.text] = search_in_context(index, a.text, last)
    ids = sorted(index.items)
    after_other = {
        a.text: search_in_context(index, a.text, next(i for i in ids if i not in a.ids))
        for a in single + unanswerable
    }

    def fact_in(a, r: SearchResult) -> bool:
        return bool(
            r.confident
            and not r.ambiguous
            and r.best
            and r.best.item.id in a.ids
            and _words(a.fact) in _words(index.answer(r.best).text)
        )

    def honest(a, r: SearchResult) -> bool:
        """Not sure; or, for another product or cancer, the "I only cover Kymriah" reply
        first (as the answer action sends it)."""
        named = a.group in ("other_product", "other_cancer")
        return not r.confident or (named and bool(other_product(a.text) or other_cancer(a.text)))

    def share(group, test) -> float:
        return round(sum(1 for a in group if test(a)) / len(group), 3) if group else 0.0

    return {
        "answerable": len(single),
        "fact_in_reply": share(single, lambda a: fact_in(a, results[a.text])),
        "fact_in_reply_after_another_answer": share(
            single, lambda a: fact_in(a, after_other[a.text])
        ),
        "right_item": share(
            single, lambda a: bool(results[a.text].best and results[a.text].best.item.id in a.ids)
        ),
        "did_you_mean": share(single, lambda a: results[a.text].ambiguous),
        "not_sure_on_answerable": share(single, lambda a: not results[a.text].confident),
        "follow_ups": len(follow),
        "follow_up_fact_in_reply": share(follow, lambda a: fact_in(a, results[a.text])),
        "unanswerable": len(unanswerable),
        "not_sure_on_unanswerable": share(unanswerable, lambda a: honest(a, results[a.text])),
        "not_sure_on_unanswerable_after_another_answer": share(
            unanswerable, lambda a: honest(a, after_other[a.text])
        ),
    }
