"""The rules of the editorial workflow: what an editor may save, why a step is refused,
and what stops a version from going live."""

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, Field, HttpUrl

from bot.content.model import ContentItem, Source
from bot.content.readability import ITEM_MAX_GRADE, measure
from bot.content.sources import source_problems

MAX_QUESTIONS = 24

EDITABLE = (
    "title",
    "topic",
    "audience",
    "questions",
    "sources",
    "checked_against",
    "review_due",
    "change_note",
    "lang",
    "translation_of",
    "translation_of_version",
    "body",
)


class Draft(BaseModel):
    """What an editor may save: looser than a published item (publishing checks the rest)."""

    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=100)
    title: str = Field(min_length=1, max_length=200)
    topic: str = Field(min_length=1, max_length=50)
    audience: str = Field(pattern=r"^(parent|teen|child-friendly)$")
    # Ways a family might ask: each item ships about 16 (the editor's and a second hand's,
    # which is what lets retrieval understand wording nobody here wrote); room to add more.
    questions: list[str] = Field(default_factory=list, max_length=MAX_QUESTIONS)
    sources: list[Source] = Field(default_factory=list, max_length=10)
    checked_against: str | None = Field(None, max_length=1000)  # the shipped ones reach 372
    review_due: date | None = None
    change_note: str | None = Field(None, max_length=2000)
    lang: str = Field("en", pattern=r"^(en|es)$")
    # A Spanish version: the English item it translates, and that item's version.
    translation_of: str | None = Field(None, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    translation_of_version: int | None = Field(None, ge=1)
    body: str = Field(min_length=1, max_length=20_000)

    def data(self) -> dict[str, Any]:
        dumped = self.model_dump(mode="json", include=set(EDITABLE))
        return dumped


@dataclass
class WorkflowError(Exception):
    """A refused step, with the HTTP status that says why (403, 404, 409, 422)."""

    status: int
    message: str
    current: dict[str, Any] | None = None


def jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, HttpUrl):
        return str(value)
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    raise TypeError(type(value))


def as_text(data: dict[str, Any]) -> str:
    head = [f"{k}: {json.dumps(data.get(k), ensure_ascii=False)}" for k in EDITABLE if k != "body"]
    return "\n".join(head) + "\n\n" + (data.get("body") or "") + "\n"


def publish_problems(item_id: str, version: int, data: dict[str, Any]) -> list[str]:
    """What stops a version from going live (each names what is missing)."""
    problems = []
    if not data.get("sources"):
        problems.append("sources: at least one public source is required")
    problems += [
        f"sources: {p}" for p in source_problems([s["url"] for s in data.get("sources") or []])
    ]
    due = data.get("review_due")
    if due and date.fromisoformat(str(due)) < date.today():
        problems.append(f"review_due: {due} has passed; check the item and set a new date")
    if not data.get("questions") or len(data["questions"]) < 1:
        problems.append("questions: at least one way a family might ask it is required")
    body = data.get("body") or ""
    if body:
        probe = ContentItem.model_construct(id=item_id, body=body, lang=data.get("lang") or "en")
        [grade] = measure([probe])
        if grade.grade > ITEM_MAX_GRADE:
            problems.append(f"body: reads at grade {grade.grade} (the limit is {ITEM_MAX_GRADE:g})")
    return problems
