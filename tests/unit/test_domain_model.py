"""Tuning data for the retrieval model: what it learns from, and that it cannot cheat."""

import random

from bot.retrieval.domain_model import _batches, fingerprint, training_pairs
from tests.unit.test_retrieval import make_item

BODY = "Lead answer.\n\n## First\nFirst section text.\n\n## Second\nSecond section text."


def items(count: int = 40):
    return [
        make_item(f"item-{n}", f"Title {n}?", BODY, [f"question {n} a", f"question {n} b"])
        for n in range(count)
    ]


def test_questions_lead_to_the_lead_and_headings_to_their_section() -> None:
    pairs = training_pairs(items(1))["item-0"]
    assert ("question 0 a", "Title 0?. Lead answer.") in pairs
    assert ("Title 0? Second", "Title 0?. Second. Second section text.") in pairs
    assert len(pairs) == 1 + 2 + 2  # title, two questions, two sections


def test_a_batch_never_holds_two_pairs_of_one_item() -> None:
    """The other items in a batch are the negatives; a twin would be a false one."""
    pairs = training_pairs(items())
    batches = _batches(pairs, random.Random(0))
    assert sum(len(b) for b in batches) == sum(len(p) for p in pairs.values())
    for batch in batches:
        answers = [b for _, b in batch]
        owners = [a.split(".")[0] for a in answers]
        assert len(owners) == len(set(owners))


def test_the_fingerprint_follows_the_library() -> None:
    library = items(3)
    same = fingerprint(library, "base", 2)
    assert fingerprint(list(reversed(library)), "base", 2) == same
    changed = [library[0].model_copy(update={"body": "New text."}), *library[1:]]
    assert fingerprint(changed, "base", 2) != same
    assert fingerprint(library, "base", 1) != same
