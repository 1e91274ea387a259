"""Retrieval quality floors on the development set, with the real MiniLM model and spaCy.

Floors sit just under the figures `make eval` measured (report in var/eval/), so a change
that hurts retrieval fails CI. Thresholds are the configured ones: what families get.
"""

import pytest

from bot.evaluation import retrieval
from bot.evaluation.devset import load_dev_set, load_independent
from bot.retrieval.service import RetrievalService

# Re-measured after issue 14 (the library grew from 69 to 87 items and was rewritten for the
# clinical review; questions that a new item answers were relabelled): R@1 0.937 -> 0.918.
FLOORS = {
    "recall_at_1": 0.91,  # measured 0.918 (0.937 on the 69-item library)
    "recall_at_3": 0.96,  # measured 0.976
    "mrr": 0.94,  # measured 0.948
    # measured 0.931 (0.966 before the tuned model and the one-clear-item rule; the locked
    # independent set below went from 0.429 to 0.571 with them)
    "not_sure_recall": 0.92,
    "answered_correctly": 0.88,  # measured 0.891
}


# The locked part of the independent set (issue 13), as a family receives the reply: never
# tuned on. (floor, "at least" or "at most"); targets: fact 0.90, Did-you-mean 0.03,
# follow-ups 0.85, not sure on unanswerable 0.95. Measured on the 87-item library with 16
# questions per item and the scope gate's own out-of-scope list (session 16); in brackets the
# figures before them. The gate now refuses more: 8 more unanswerable questions get "not
# sure", at the cost of 3 answerable ones and 3 follow-ups (chosen on the tuning part, where
# fact rose 0.645 -> 0.655 and honest replies 0.657 -> 0.757).
LOCKED_FLOORS = {
    # measured 0.641 once a close second section is sent too (0.621; 0.616; 0.631; 0.371
    # before issue 13)
    "fact_in_reply": (0.62, "at least"),
    "did_you_mean": (0.03, "at most"),  # measured 0.0 (0.015; 0.098 before)
    # measured 0.541 (20 of 37) once a close second section is sent too; 0.459 (17 -> 16)
    # after the model was retuned with our suggested questions among their items'
    # questions: retuning moves a question or two either way (tuning follow-ups 31 -> 30 of
    # 45; 0.486, 0.568 and 0.243 before)
    "follow_up_fact_in_reply": (0.52, "at least"),
    # measured 0.837. Reading "it" in a first question as the therapy took it to 0.814 (one
    # unanswerable question answered; on tuning 4 answerable ones gained, such as "how does
    # it work?"), and the retuning above brought it back; 0.814 before another cancer got
    # "I only cover Kymriah" first; 0.429 before issue 13
    "not_sure_on_unanswerable": (0.82, "at least"),
}


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    from bot.core.settings import Settings

    data = tmp_path_factory.mktemp("quality")
    service = RetrievalService(
        Settings(data_dir=data, embedding_cache=Settings().embedding_cache_path)
    )
    service.start()
    yield service
    service.close()


@pytest.fixture(scope="module")
def index(service):
    return service.index


@pytest.fixture(scope="module")
def metrics(index):
    measured, _ = retrieval.score(index, load_dev_set(), "weighted", index.config)
    return measured


@pytest.fixture(scope="module")
def locked(index) -> dict:
    return retrieval.reply_check(index, load_independent("locked"))


@pytest.mark.parametrize("name", LOCKED_FLOORS)
def test_the_locked_set_stays_within_its_floor(locked, name) -> None:
    floor, direction = LOCKED_FLOORS[name]
    ok = locked[name] >= floor if direction == "at least" else locked[name] <= floor
    assert ok, f"{name} is {locked[name]:.3f}, should be {direction} {floor}"


# The Spanish locked part (issue 17), as a Spanish-speaking family receives the reply from
# the Spanish versions (e5 and Spanish words): measured 2026-12-07 when they were first
# scored; the targets are the English ones (fact 0.85 for issue 17).
SPANISH_LOCKED_FLOORS = {
    # measured 0.688 once a close second section is sent too; 0.669 (0.656 before the
    # therapy's long names were read short, 0.631 with the English tie margin)
    "fact_in_reply": (0.67, "at least"),
    # measured 0.025 (4 of 157) where it was chosen and 0.032 (5) on another machine of the
    # same kind with the same code: e5's 4-bit engine rounds by CPU, and one question's top
    # two move across the 0.003 tie margin. The target stays 0.03 (0.064 with the English
    # tie margin).
    "did_you_mean": (0.035, "at most"),
    "follow_up_fact_in_reply": (0.70, "at least"),  # measured 0.800 (10 follow-ups)
    # measured 0.714 (0.476 before another cancer got "I only cover Kymriah" first)
    "not_sure_on_unanswerable": (0.69, "at least"),
}


@pytest.fixture(scope="module")
def spanish_locked(service) -> dict:
    return retrieval.reply_check(service.index_in("es"), load_independent("locked", "es"))


@pytest.mark.parametrize("name", SPANISH_LOCKED_FLOORS)
def test_the_spanish_locked_set_stays_within_its_floor(spanish_locked, name) -> None:
    floor, direction = SPANISH_LOCKED_FLOORS[name]
    value = spanish_locked[name]
    ok = value >= floor if direction == "at least" else value <= floor
    assert ok, f"{name} is {value:.3f}, should be {direction} {floor}"


@pytest.mark.parametrize("name", FLOORS)
def test_hybrid_retrieval_stays_above_its_floor(metrics, name) -> None:
    assert getattr(metrics, name) >= FLOORS[name], f"{name} fell to {getattr(metrics, name):.3f}"


def test_the_dev_set_is_big_enough_to_mean_something() -> None:
    questions = load_dev_set()
    assert sum(q.answerable for q in questions) >= 200
    assert sum(not q.answerable for q in questions) >= 40
