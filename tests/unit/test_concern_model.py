"""The safety screen's learned backstop: trained on today's tuning data, never the locked part."""

import yaml

from bot.core.settings import PROJECT_ROOT
from bot.evaluation.safety import load
from bot.safety.concern import data_hash, trained_on, training_data


def test_the_backstop_was_trained_on_the_current_tuning_data() -> None:
    assert trained_on() == data_hash(training_data()), (
        "the tuning part of the safety set or the question sets, or the NLU data changed: "
        "run `python -m bot safety-train` and commit bot/safety/concern_model.npz"
    )


def test_the_backstop_never_sees_the_locked_part() -> None:
    trained = {text.strip().lower() for text, _ in training_data()}
    locked = {e.text.strip().lower() for e in load("locked")}
    for path in (PROJECT_ROOT / "eval" / "retrieval").glob("**/locked.yml"):
        for items in yaml.safe_load(path.read_text(encoding="utf-8")).values():
            locked |= {i["q"].strip().lower() for i in items if isinstance(i, dict) and i.get("q")}
    assert len(locked) > 1000 and trained.isdisjoint(locked)
