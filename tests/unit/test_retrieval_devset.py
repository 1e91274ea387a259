"""The independent retrieval development set stays honest: its locked part is never copied
into the content's `questions:`, and every expected item and fact still exists."""

import re

import pytest
import yaml

from bot.content import load_library
from bot.core.settings import PROJECT_ROOT, Settings

DEVSET = PROJECT_ROOT / "eval" / "retrieval"


def load(part: str) -> dict:
    return yaml.safe_load((DEVSET / f"{part}.yml").read_text(encoding="utf-8"))


def normal(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@pytest.fixture(scope="module")
def library() -> dict:
    return {item.id: item for item in load_library(Settings().content_dir)}


def test_no_locked_question_is_copied_into_the_content(library) -> None:
    content = {normal(q) for item in library.values() for q in item.questions}
    locked = load("locked")
    asked = [m["q"] for part in ("answerable", "unanswerable") for m in locked[part]]
    asked += [m[k] for m in locked["followups"] for k in ("first", "then")]
    copied = [q for q in asked if normal(q) in content]
    assert copied == []


@pytest.mark.parametrize("part", ["tuning", "locked"])
def test_every_expected_item_and_fact_exists(library, part) -> None:
    data = load(part)
    for entry in data["answerable"] + data["followups"]:
        assert entry["ids"][0] in library, entry
        # The body only: the reply a family receives does not repeat the title.
        body = re.sub(r"\s+", " ", library[entry["ids"][0]].body)
        assert str(entry["fact"]).lower() in body.lower(), entry


def test_the_set_is_big_enough_and_the_locked_part_is_at_least_40_percent() -> None:
    sizes = {p: {k: len(v) for k, v in load(p).items()} for p in ("tuning", "locked")}
    answerable = sum(sizes[p]["answerable"] + sizes[p]["followups"] for p in sizes)
    unanswerable = sum(sizes[p]["unanswerable"] for p in sizes)
    followups = sum(sizes[p]["followups"] for p in sizes)
    assert answerable >= 400 and unanswerable >= 80 and followups >= 60
    locked = sum(sizes["locked"].values()) / sum(sum(s.values()) for s in sizes.values())
    assert locked >= 0.40


def load_spanish(part: str) -> dict:
    return yaml.safe_load((DEVSET / "es" / f"{part}.yml").read_text(encoding="utf-8"))


def test_no_spanish_locked_question_is_copied_into_the_content(library) -> None:
    content = {normal(q) for item in library.values() for q in item.questions}
    locked = load_spanish("locked")
    asked = [m["q"] for part in ("answerable", "unanswerable") for m in locked[part]]
    asked += [m[k] for m in locked["followups"] for k in ("first", "then")]
    assert [q for q in asked if normal(q) in content] == []


@pytest.mark.parametrize("part", ["tuning", "locked"])
def test_every_spanish_expected_item_and_fact_exists(library, part) -> None:
    data = load_spanish(part)
    for entry in data["answerable"] + data["followups"]:
        item = library[entry["ids"][0]]
        assert item.lang == "es", entry
        assert str(entry["fact"]).lower() in re.sub(r"\s+", " ", item.body).lower(), entry


def test_the_spanish_set_is_big_enough_and_the_locked_part_is_at_least_40_percent() -> None:
    sizes = {p: {k: len(v) for k, v in load_spanish(p).items()} for p in ("tuning", "locked")}
    assert sum(sizes[p]["answerable"] for p in sizes) >= 200  # issue 17
    assert sum(sizes[p]["unanswerable"] for p in sizes) >= 40
    locked = sum(sizes["locked"].values()) / sum(sum(s.values()) for s in sizes.values())
    assert locked >= 0.39
