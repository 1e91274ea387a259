"""What one approved content item is, validated so a bad file fails loudly and by name."""

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field, HttpUrl, field_validator, model_validator


class Status(StrEnum):
    """Editorial life cycle; only `published` items ever reach families."""

    draft = "draft"
    in_review = "in_review"
    published = "published"
    retired = "retired"


class Source(BaseModel):
    """A public page that every fact in the item can be traced to."""

    title: str = Field(min_length=1)
    url: HttpUrl


class ContentItem(BaseModel):
    """One question-sized topic: front matter plus the Markdown body."""

    id: str = Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    title: str = Field(min_length=1)
    topic: str = Field(min_length=1)
    audience: Literal["parent", "teen", "child-friendly"]
    questions: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(min_length=1)
    status: Status
    # Who published this version and when, as the workflow recorded it (None: not reviewed
    # here, e.g. imported from a file). Never hand-typed: see ContentStore.publish.
    reviewed_by: str | None = None
    reviewed_on: date | None = None
    version: int = Field(1, ge=1)
    # What the facts were checked against (a label version or a date), when the item must be
    # checked again, and what this version changed (or why a review finding was not followed).
    checked_against: str | None = None
    review_due: date | None = None
    change_note: str | None = None
    # The language families read it in. A Spanish version names the English item it
    # translates and that item's version, so editors see when the English one moved on.
    lang: Literal["en", "es"] = "en"
    translation_of: str | None = Field(None, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    translation_of_version: int | None = Field(None, ge=1)
    body: str = Field(min_length=1)

    @field_validator("questions")
    @classmethod
    def _questions_not_blank(cls, value: list[str]) -> list[str]:
        if any(not q.strip() for q in value):
            raise ValueError("questions must not contain blank entries")
        return value

    @model_validator(mode="after")
    def _translation_names_its_version(self) -> "ContentItem":
        if self.translation_of and self.translation_of_version is None:
            raise ValueError("translation_of_version is required with translation_of")
        if self.translation_of and self.lang == "en":
            raise ValueError("a translation must say its language (lang: es)")
        return self

    @property
    def is_live(self) -> bool:
        return self.status is Status.published


class ContentError(ValueError):
    """A content file that cannot be used; says which file and which field."""

    def __init__(self, path: str, field: str, problem: str) -> None:
        self.path, self.field, self.problem = path, field, problem
        super().__init__(f"{path}: field '{field}': {problem}")
