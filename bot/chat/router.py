"""POST /api/chat: the single door between a family and the dialogue engine.

Later layers (safety screen, PHI redaction) run here, before Rasa sees the text.
"""

import uuid
from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from bot.chat.rasa_client import RasaUnavailable
from bot.chat.schemas import Button, ChatMessage, ChatReply, ChatRequest, SourceRef
from bot.chat.wording import response_text
from bot.deps import RuntimeDep

router = APIRouter(prefix="/api", tags=["chat"])


def _message(text: str, **fields: Any) -> ChatMessage:
    return ChatMessage(id=uuid.uuid4().hex, text=text, **fields)


def to_chat_messages(raw: list[dict[str, Any]]) -> list[ChatMessage]:
    """Rasa REST output -> our message shape.

    Answers from content arrive as one custom JSON message carrying the approved text and
    its sources (Rasa would split plain text on blank lines); responses from domain.yml
    arrive as text, with buttons when they have them.
    """
    messages: list[ChatMessage] = []
    for part in raw:
        custom = part.get("custom")
        if isinstance(custom, dict) and custom.get("text"):
            messages.append(
                _message(
                    custom["text"],
                    sources=[SourceRef(**s) for s in custom.get("sources", [])],
                    buttons=[Button(**b) for b in custom.get("buttons", [])],
                    urgent=bool(custom.get("urgent", False)),
                )
            )
        elif part.get("text"):
            buttons = [
                Button(title=b["title"], payload=b["payload"]) for b in part.get("buttons") or []
            ]
            messages.append(_message(part["text"], buttons=buttons))
    return messages


@router.post("/chat", response_model=ChatReply)
async def chat(body: ChatRequest, runtime: RuntimeDep) -> ChatReply | JSONResponse:
    """One family turn. Unknown or missing session ids start a new conversation."""
    session_id = await run_in_threadpool(runtime.sessions.resume_or_new, body.session_id)
    try:
        raw = await runtime.rasa.send(session_id, body.message)
    except RasaUnavailable:
        reply = ChatReply(
            session_id=session_id,
            messages=[_message(response_text("utter_service_unavailable"))],
        )
        return JSONResponse(
            status_code=503, content={"error": "assistant_unavailable", **reply.model_dump()}
        )
    return ChatReply(session_id=session_id, messages=to_chat_messages(raw))
