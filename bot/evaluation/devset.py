"""The development question set in eval/ (families' own words, labelled)."""

from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.core.settings import PROJECT_ROOT

DEV_SET = PROJECT_ROOT / "eval" / "dev_questions.yml"


@dataclass(frozen=True)
class DevQuestion:
    text: str
    ids: tuple[str, ...]  # empty = the library should not answer it

    @property
    def answerable(self) -> bool:
        return bool(self.ids)


def load_dev_set(path: Path = DEV_SET) -> list[DevQuestion]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    answerable = [DevQuestion(q["q"], tuple(q["ids"])) for q in data["answerable"]]
    return answerable + [DevQuestion(q["q"], ()) for q in data["unanswerable"]]


INDEPENDENT_DIR = PROJECT_ROOT / "eval" / "retrieval"


@dataclass(frozen=True)
class Asked:
    """One question of the independent set (issue 13), with what a good reply must contain."""

    text: str
    ids: tuple[str, ...]  # empty = the library should not answer it
    fact: str = ""  # a phrase of the best item that the reply must contain
    group: str = "single"  # "single", "follow-up" (the second turn) or an unanswerable kind
    first: str = ""  # for a follow-up: the question asked just before it


def load_independent(part: str, lang: str = "en") -> list[Asked]:
    """The tuning or locked part of the independent set, in English or Spanish (es/)."""
    folder = INDEPENDENT_DIR / "es" if lang == "es" else INDEPENDENT_DIR
    data = yaml.safe_load((folder / f"{part}.yml").read_text(encoding="utf-8"))
    asked = [Asked(q["q"], tuple(q["ids"]), str(q["fact"])) for q in data["answerable"]]
    asked += [
        Asked(q["then"], tuple(q["ids"]), str(q["fact"]), "follow-up", q["first"])
        for q in data["followups"]
    ]
    return asked + [Asked(q["q"], (), "", q["kind"]) for q in data["unanswerable"]]
