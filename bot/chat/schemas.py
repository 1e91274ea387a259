"""Request and reply shapes of the public chat API (fixed: the widget depends on them)."""

from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

MAX_MESSAGE_CHARS = 1000


class ChatRequest(BaseModel):
    session_id: Any = None
    message: Any = Field(None, validate_default=True)
    label: str | None = Field(
        None, max_length=200, description="What the family saw (a button's title), if not message."
    )
    lang: Literal["en", "es"] | None = Field(
        None,
        description="The language the family chose in the widget; None keeps the "
        "conversation's. A typed message clearly in the other language switches it too.",
    )

    @field_validator("message")
    @classmethod
    def _message_is_text(cls, value: Any) -> str:
        if value is None:
            raise ValueError("message is required")
        if not isinstance(value, str):
            raise ValueError("message must be a string")
        if not value.strip():
            raise ValueError("message must not be empty")
        if len(value) > MAX_MESSAGE_CHARS:
            raise ValueError(
                f"message is too long ({len(value)} characters; the limit is {MAX_MESSAGE_CHARS})"
            )
        return value.strip()


class Button(BaseModel):
    title: str
    payload: str


class SourceRef(BaseModel):
    id: str
    title: str
    url: str


class Call(BaseModel):
    """A phone number to offer as a tel: link (urgent messages)."""

    title: str
    tel: str


class ChatMessage(BaseModel):
    id: str
    text: str
    buttons: list[Button] = Field(default_factory=list)
    sources: list[SourceRef] = Field(default_factory=list)
    urgent: bool = False
    calls: list[Call] = Field(default_factory=list)
    full_text: str | None = Field(
        None, description="The whole approved item, when `text` is only its lead and best part."
    )
    reviewed_on: str | None = Field(None, description="When the item was last reviewed.")
    lang: str = Field(
        "en", description="Language of the text (urgent replies follow the family's)."
    )
    content_id: str | None = Field(None, exclude=True)  # kept server-side for feedback


class TranscriptMessage(BaseModel):
    id: str
    role: Literal["user", "bot"]
    text: str
    buttons: list[Button] = Field(default_factory=list)
    sources: list[SourceRef] = Field(default_factory=list)
    urgent: bool = False
    calls: list[Call] = Field(default_factory=list)
    lang: str = "en"


class Transcript(BaseModel):
    session_id: str
    messages: list[TranscriptMessage]
    lang: str = Field("en", description="The conversation's language, for the widget's switch.")


class Welcome(BaseModel):
    """What the widget shows on opening, before any conversation exists."""

    messages: list[ChatMessage]
    care_team_phone: str
    emergency_number: str
    hospital_name: str


class FeedbackRequest(BaseModel):
    message_id: str = Field(min_length=1, max_length=32)
    helpful: bool
    comment: str | None = Field(None, max_length=500)


class ChatReply(BaseModel):
    session_id: str
    messages: list[ChatMessage]
    lang: str = Field("en", description="The conversation's language after this turn.")
