"""Turning Rasa's REST output (and domain.yml responses) into the widget's message shape."""

import uuid
from typing import Any

from bot.chat.schemas import Button, Call, ChatMessage, SourceRef
from bot.chat.wording import response


def new_message(text: str, **fields: Any) -> ChatMessage:
    return ChatMessage(id=uuid.uuid4().hex, text=text, **fields)


def _from_custom(custom: dict[str, Any]) -> dict[str, Any]:
    return {
        "sources": [SourceRef(**s) for s in custom.get("sources", [])],
        "buttons": [Button(**b) for b in custom.get("buttons", [])],
        "urgent": bool(custom.get("urgent", False)),
        "calls": [Call(**c) for c in custom.get("calls", [])],
        "content_id": custom.get("content_id"),
        "full_text": custom.get("full_text"),
        "reviewed_on": custom.get("reviewed_on"),
        **({"lang": custom["lang"]} if custom.get("lang") else {}),
    }


def to_chat_messages(raw: list[dict[str, Any]], lang: str = "en") -> list[ChatMessage]:
    """Rasa REST output -> our message shape, in `lang` (the `language` slot picked the
    responses' variants) unless an answer names its own (a Spanish question answered from
    an English item).

    Answers from content arrive as one custom JSON message carrying the approved text and
    its sources (Rasa would split plain text on blank lines). Responses from domain.yml arrive
    as text, and their `custom` part (urgent flag, phone links) as a separate message that
    belongs to the text before it.
    """
    messages: list[ChatMessage] = []
    for part in raw:
        custom = part.get("custom")
        if isinstance(custom, dict) and custom.get("text"):
            messages.append(new_message(custom["text"], **({"lang": lang} | _from_custom(custom))))
        elif isinstance(custom, dict) and messages:
            extra = _from_custom(custom)
            last = messages[-1]
            last.urgent = last.urgent or extra["urgent"]
            last.calls.extend(extra["calls"])
        elif part.get("text"):
            buttons = [
                Button(title=b["title"], payload=b["payload"]) for b in part.get("buttons") or []
            ]
            messages.append(new_message(part["text"], buttons=buttons, lang=lang))
    return messages


def capture_requested(raw: list[dict[str, Any]]) -> str | None:
    """The call-back field Rasa just asked for, if any."""
    for part in raw:
        custom = part.get("custom")
        if isinstance(custom, dict) and custom.get("capture"):
            return str(custom["capture"])
    return None


def from_domain(name: str, variables: dict[str, str], lang: str = "en") -> ChatMessage:
    """A domain.yml response rendered here, for when Rasa cannot (or need not) answer."""
    filled = response(name, variables, lang)
    buttons = [Button(**b) for b in filled.get("buttons", [])]
    custom = _from_custom(filled.get("custom") or {})
    custom["buttons"] = buttons or custom["buttons"]
    return new_message(filled["text"], **({"lang": lang} | custom))
