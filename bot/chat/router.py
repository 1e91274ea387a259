"""The family chat API: the single door between a family and the dialogue engine.

Order matters in POST /api/chat: the safety screen sees every message first; call-back
details are kept here (encrypted) and never passed on; personal details are redacted before
Rasa, the transcript or a log ever see the text.
"""

import asyncio
import json
import logging
import re
import uuid
from collections.abc import Coroutine
from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import JSONResponse
from limits import parse

from bot.chat.messages import capture_requested, from_domain, to_chat_messages
from bot.chat.rasa_client import RasaUnavailable
from bot.chat.schemas import (
    ChatReply,
    ChatRequest,
    FeedbackRequest,
    Transcript,
    Welcome,
)
from bot.chat.urgency import rasa_intent, rasa_metadata, screen_or_confirmed, urgent_first
from bot.chat.wording import response_text
from bot.deps import Runtime, RuntimeDep
from bot.insights import NOT_ANSWERED, record_unanswered
from bot.limits import limiter
from bot.safety.screen import ScreenResult
from bot.settings import get_settings

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["chat"])
CANCEL = re.compile(r"^\s*(cancel|stop|never ?mind|no thanks|no thank you|quit|exit)\W*$", re.I)


async def _rasa_text(
    runtime: Runtime, session_id: str, text: str, screen: ScreenResult
) -> tuple[str, str]:
    """What Rasa gets, and what the transcript keeps: never the details of an urgent message
    or of a call-back request, and only ever redacted text."""
    if screen.urgent:
        redacted = await asyncio.to_thread(runtime.redactor.redact, text)
        return rasa_intent(screen), redacted
    field = await asyncio.to_thread(runtime.sessions.pending_capture, session_id)
    if field and CANCEL.match(text):
        return "/deny", text
    if field:
        outcome = await asyncio.to_thread(runtime.callbacks.capture, session_id, field, text)
        return "/inform_private" + json.dumps({field: outcome}), response_text("utter_private")
    redacted = await asyncio.to_thread(runtime.redactor.redact, text)
    return redacted, redacted


@router.post("/chat", response_model=ChatReply)
@limiter.limit(lambda: get_settings().chat_rate_limit)
async def chat(
    request: Request, body: ChatRequest, runtime: RuntimeDep
) -> ChatReply | JSONResponse:
    """One family turn. Unknown or missing session ids start a new conversation."""
    session_id = await asyncio.to_thread(runtime.sessions.resume_or_new, body.session_id)
    if not limiter.limiter.hit(parse(runtime.settings.session_rate_limit), "chat", session_id):
        return JSONResponse(
            status_code=429,
            content={"error": "too many messages in this conversation: please wait a minute"},
        )
    contact = runtime.settings.contact_slots
    screen = await asyncio.to_thread(runtime.safety.check, body.message)
    screen = screen_or_confirmed(screen, body.message)
    rasa_text, kept_text = await _rasa_text(runtime, session_id, body.message, screen)
    if body.label and body.message.startswith("/"):
        # A button's label is what the family saw and pressed, but it arrives from outside
        # like any text: redacted before it is kept.
        kept_text = await asyncio.to_thread(runtime.redactor.redact, body.label)
    if screen.urgent:
        # The urgent and crisis replies never wait for Rasa, down, frozen or slow: they go out
        # now, and Rasa hears of the turn in the background (it ends any open form).
        messages = urgent_first([], screen, contact)
        await asyncio.to_thread(runtime.sessions.set_pending_capture, session_id, None)
        await asyncio.to_thread(_save, runtime, session_id, kept_text, messages)
        _in_background(_tell_rasa(runtime, session_id, rasa_text, screen))
        return ChatReply(session_id=session_id, messages=messages)
    try:
        raw = await runtime.rasa.send(session_id, rasa_text, rasa_metadata(screen))
    except RasaUnavailable:
        reply = ChatReply(
            session_id=session_id, messages=[from_domain("utter_service_unavailable", contact)]
        )
        return JSONResponse(
            status_code=503, content={"error": "assistant_unavailable", **reply.model_dump()}
        )
    await asyncio.to_thread(
        runtime.sessions.set_pending_capture, session_id, capture_requested(raw)
    )
    messages = to_chat_messages(raw)
    if not messages:  # an action failed inside Rasa: never leave a family without a reply
        messages = [from_domain("utter_not_sure", contact)]
    messages = urgent_first(messages, screen, contact)
    await asyncio.to_thread(_save, runtime, session_id, kept_text, messages)
    missed = unanswered_outcome(messages)
    if missed and not screen.urgent and not rasa_text.startswith("/"):
        await asyncio.to_thread(record_unanswered, runtime, kept_text, missed)
    return ChatReply(session_id=session_id, messages=messages)


URGENT_RECORD_TIMEOUT_S = 10.0
_background: set[asyncio.Task] = set()


def _in_background(work: Coroutine[Any, Any, None]) -> None:
    """Run without holding up the reply; keep a reference so the task is not collected."""
    task = asyncio.create_task(work)
    _background.add(task)
    task.add_done_callback(_background.discard)


async def _tell_rasa(runtime: Runtime, session_id: str, text: str, screen: ScreenResult) -> None:
    """Record an urgent turn in Rasa's conversation, with a short timeout."""
    try:
        await runtime.rasa.send(
            session_id, text, rasa_metadata(screen), timeout_s=URGENT_RECORD_TIMEOUT_S
        )
    except RasaUnavailable:
        log.warning("an urgent turn could not be recorded in Rasa (unavailable or slow)")


def unanswered_outcome(messages: list) -> str | None:
    """Which "could not answer" response the reply contains, if any."""
    texts = {m.text for m in messages}
    if response_text("utter_no_personal_advice") in texts and not any(m.sources for m in messages):
        return "utter_no_personal_advice"  # referred, and nothing general to add: editors see it
    return next((name for name in NOT_ANSWERED if response_text(name) in texts), None)


def _save(runtime: Runtime, session_id: str, user_text: str, messages: list) -> None:
    runtime.transcripts.add_turn(session_id, uuid.uuid4().hex, user_text, messages)


@router.get("/welcome", response_model=Welcome)
async def welcome(runtime: RuntimeDep) -> Welcome:
    """The disclaimer and suggested questions, shown before any conversation exists."""
    contact = runtime.settings.contact_slots
    return Welcome(
        messages=[from_domain("utter_disclaimer", contact), from_domain("utter_greet", contact)],
        **contact,
    )


@router.get("/chat/{session_id}", response_model=Transcript)
async def history(session_id: str, runtime: RuntimeDep) -> Transcript:
    """The redacted transcript, so a conversation survives a reload."""
    if not await asyncio.to_thread(runtime.sessions.exists, session_id):
        raise HTTPException(404, "unknown conversation")
    messages = await asyncio.to_thread(runtime.transcripts.history, session_id)
    return Transcript(session_id=session_id, messages=messages)


@router.delete("/chat/{session_id}", status_code=204)
async def forget(session_id: str, runtime: RuntimeDep) -> Response:
    """ "Clear conversation": forget it here and in Rasa's tracker store."""
    if not await asyncio.to_thread(runtime.sessions.exists, session_id):
        raise HTTPException(404, "unknown conversation")
    await asyncio.to_thread(runtime.transcripts.forget, session_id)
    await runtime.rasa.forget(session_id)
    return Response(status_code=204)


@router.post("/feedback", status_code=201)
@limiter.limit(lambda: get_settings().chat_rate_limit)
async def give_feedback(
    request: Request, body: FeedbackRequest, runtime: RuntimeDep
) -> dict[str, str]:
    """'Was this helpful?' on one answer; the comment is redacted before it is stored."""
    is_bot, content_id = await asyncio.to_thread(
        runtime.transcripts.bot_message_content, body.message_id
    )
    if not is_bot:
        raise HTTPException(404, "unknown message")
    comment = None
    if body.comment and body.comment.strip():
        comment = await asyncio.to_thread(runtime.redactor.redact, body.comment.strip())
    await asyncio.to_thread(
        runtime.transcripts.add_feedback, body.message_id, content_id, body.helpful, comment
    )
    return {"status": "thank you"}
