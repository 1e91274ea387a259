"""Retrieval quality floors on the development set, with the real MiniLM model and spaCy.

Floors sit just under the figures `make eval` measured (report in var/eval/), so a change
that hurts retrieval fails CI. Thresholds are the configured ones: what families get.
"""

import pytest

from bot.evaluation import retrieval
from bot.evaluation.devset import load_dev_set
from bot.retrieval.service import RetrievalService

FLOORS = {
    "recall_at_1": 0.89,  # measured 0.912
    "recall_at_3": 0.95,  # measured 0.970
    "mrr": 0.92,  # measured 0.943
    "not_sure_recall": 0.94,  # measured 0.966: unanswerable questions that get "not sure"
    "answered_correctly": 0.84,  # measured 0.861
}


@pytest.fixture(scope="module")
def metrics(tmp_path_factory):
    from bot.settings import Settings

    service = RetrievalService(Settings(data_dir=tmp_path_factory.mktemp("quality")))
    index = service.start()
    measured, _ = retrieval.score(index, load_dev_set(), "weighted", index.config)
    service.close()
    return measured


@pytest.mark.parametrize("name", FLOORS)
def test_hybrid_retrieval_stays_above_its_floor(metrics, name) -> None:
    assert getattr(metrics, name) >= FLOORS[name], f"{name} fell to {getattr(metrics, name):.3f}"


def test_the_dev_set_is_big_enough_to_mean_something() -> None:
    questions = load_dev_set()
    assert sum(q.answerable for q in questions) >= 200
    assert sum(not q.answerable for q in questions) >= 40
