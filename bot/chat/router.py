"""POST /api/chat: the single door between a family and the dialogue engine.

Order matters: the safety screen sees every message first; call-back details are kept
here (encrypted) and never passed on; only then does Rasa get the turn.
"""

import asyncio
import json
import re
import uuid
from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from bot.chat.rasa_client import RasaUnavailable
from bot.chat.schemas import Button, Call, ChatMessage, ChatReply, ChatRequest, SourceRef
from bot.chat.wording import response
from bot.deps import Runtime, RuntimeDep

router = APIRouter(prefix="/api", tags=["chat"])
CANCEL = re.compile(r"^\s*(cancel|stop|never ?mind|no thanks|no thank you|quit|exit)\W*$", re.I)


def _message(text: str, **fields: Any) -> ChatMessage:
    return ChatMessage(id=uuid.uuid4().hex, text=text, **fields)


def _from_custom(custom: dict[str, Any]) -> dict[str, Any]:
    return {
        "sources": [SourceRef(**s) for s in custom.get("sources", [])],
        "buttons": [Button(**b) for b in custom.get("buttons", [])],
        "urgent": bool(custom.get("urgent", False)),
        "calls": [Call(**c) for c in custom.get("calls", [])],
    }


def to_chat_messages(raw: list[dict[str, Any]]) -> list[ChatMessage]:
    """Rasa REST output -> our message shape.

    Answers from content arrive as one custom JSON message carrying the approved text and
    its sources (Rasa would split plain text on blank lines). Responses from domain.yml arrive
    as text, and their `custom` part (urgent flag, phone links) as a separate message that
    belongs to the text before it.
    """
    messages: list[ChatMessage] = []
    for part in raw:
        custom = part.get("custom")
        if isinstance(custom, dict) and custom.get("text"):
            messages.append(_message(custom["text"], **_from_custom(custom)))
        elif isinstance(custom, dict) and messages:
            extra = _from_custom(custom)
            last = messages[-1]
            last.urgent = last.urgent or extra["urgent"]
            last.calls.extend(extra["calls"])
        elif part.get("text"):
            buttons = [
                Button(title=b["title"], payload=b["payload"]) for b in part.get("buttons") or []
            ]
            messages.append(_message(part["text"], buttons=buttons))
    return messages


def capture_requested(raw: list[dict[str, Any]]) -> str | None:
    """The call-back field Rasa just asked for, if any."""
    for part in raw:
        custom = part.get("custom")
        if isinstance(custom, dict) and custom.get("capture"):
            return str(custom["capture"])
    return None


def local_message(name: str, runtime: Runtime) -> ChatMessage:
    """A domain.yml response rendered here, for when Rasa cannot answer."""
    filled = response(name, runtime.settings.contact_slots)
    return _message(filled["text"], **_from_custom(filled.get("custom") or {}))


async def _rasa_text(runtime: Runtime, session_id: str, text: str, urgent: bool) -> str:
    """What Rasa gets: never the symptom details of an urgent message, never call-back data."""
    if urgent:
        return "/urgent_symptom"
    field = await run_in_threadpool(runtime.sessions.pending_capture, session_id)
    if not field:
        return text
    if CANCEL.match(text):
        return "/deny"
    outcome = await run_in_threadpool(runtime.callbacks.capture, session_id, field, text)
    return "/inform_private" + json.dumps({field: outcome})


@router.post("/chat", response_model=ChatReply, response_model_exclude_none=True)
async def chat(body: ChatRequest, runtime: RuntimeDep) -> ChatReply | JSONResponse:
    """One family turn. Unknown or missing session ids start a new conversation."""
    session_id = await run_in_threadpool(runtime.sessions.resume_or_new, body.session_id)
    screen = await asyncio.to_thread(runtime.safety.check, body.message)
    rasa_text = await _rasa_text(runtime, session_id, body.message, screen.urgent)
    try:
        raw = await runtime.rasa.send(session_id, rasa_text)
    except RasaUnavailable:
        if screen.urgent:
            return ChatReply(
                session_id=session_id, messages=[local_message("utter_urgent", runtime)]
            )
        reply = ChatReply(
            session_id=session_id,
            messages=[local_message("utter_service_unavailable", runtime)],
        )
        return JSONResponse(
            status_code=503, content={"error": "assistant_unavailable", **reply.model_dump()}
        )
    await run_in_threadpool(
        runtime.sessions.set_pending_capture, session_id, capture_requested(raw)
    )
    messages = to_chat_messages(raw)
    if screen.urgent and not any(m.urgent for m in messages):
        messages.insert(0, local_message("utter_urgent", runtime))
    messages.sort(key=lambda m: not m.urgent)  # urgent first, the rest in order
    return ChatReply(session_id=session_id, messages=messages)
