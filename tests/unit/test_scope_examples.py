"""The scope gate's own out-of-scope list: well formed, and never a copy of what it is
measured on or of what the library answers."""

import yaml

from bot.content import load_library
from bot.content.library import published
from bot.core.settings import PROJECT_ROOT
from bot.evaluation.devset import load_independent
from bot.retrieval.scope import OWN_EXAMPLES, ScopeExamples

KINDS = {"other_product", "other_cancer", "near_topic", "off_topic"}
ROWS = yaml.safe_load(OWN_EXAMPLES.read_text(encoding="utf-8"))


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def test_every_example_has_a_question_and_a_known_kind() -> None:
    assert len(ROWS) >= 200
    assert all(row["q"].strip() and row["kind"] in KINDS for row in ROWS)
    assert len({_norm(row["q"]) for row in ROWS}) == len(ROWS), "duplicate examples"


def test_the_gate_learns_them_beside_rasas_examples() -> None:
    examples = ScopeExamples.from_rasa_data()
    own = {row["q"] for row in ROWS}
    assert own <= set(examples.out_of_scope)
    assert len(examples.out_of_scope) > len(own)  # Rasa's out_of_scope examples too


def test_no_example_is_a_development_question_or_an_items_question() -> None:
    """The gate is measured on the independent set: training on it would hide overfitting."""
    dev = {_norm(a.text) for part in ("tuning", "locked") for a in load_independent(part)}
    library = published(load_library(PROJECT_ROOT / "content"))
    answered = {_norm(q) for item in library for q in [item.title, *item.questions]}
    for row in ROWS:
        assert _norm(row["q"]) not in dev, row["q"]
        assert _norm(row["q"]) not in answered, row["q"]
