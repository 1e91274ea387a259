"""The development question set in tests/eval/ (families' own words, labelled)."""

from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.settings import PROJECT_ROOT

DEV_SET = PROJECT_ROOT / "tests" / "eval" / "dev_questions.yml"


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
