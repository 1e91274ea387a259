"""Request and reply shapes of the public chat API (fixed: the widget depends on them)."""

from typing import Any

from pydantic import BaseModel, Field, field_validator

MAX_MESSAGE_CHARS = 1000


class ChatRequest(BaseModel):
    session_id: Any = None
    message: Any = Field(None, validate_default=True)

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


class ChatReply(BaseModel):
    session_id: str
    messages: list[ChatMessage]
