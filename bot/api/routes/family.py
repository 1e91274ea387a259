"""The family chat API: the single door between a family and the dialogue engine.

A turn itself is computed by `bot.chat.turn.ChatTurn` (screen, redact or capture, Rasa,
messages, record); this module only adds what belongs to HTTP: the session, rate limits and
the status codes.
"""

import asyncio
from typing import Literal

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import JSONResponse
from limits import parse

from bot.api.deps import RuntimeDep
from bot.api.limits import limiter
from bot.chat.messages import from_domain
from bot.chat.schemas import (
    ChatReply,
    ChatRequest,
    FeedbackRequest,
    Transcript,
    Welcome,
)
from bot.core.settings import get_settings

router = APIRouter(prefix="/api", tags=["chat"])


@router.post("/chat", response_model=ChatReply)
@limiter.limit(lambda: get_settings().chat_rate_limit)
async def chat(
    request: Request, body: ChatRequest, runtime: RuntimeDep
) -> ChatReply | JSONResponse:
    """One family turn. Unknown or missing session ids start a new conversation."""
    conversation = await asyncio.to_thread(runtime.sessions.resume_or_new, body.session_id)
    if not limiter.limiter.hit(parse(runtime.settings.session_rate_limit), "chat", conversation.id):
        return JSONResponse(
            status_code=429,
            content={"error": "too many messages in this conversation: please wait a minute"},
        )
    turn = await runtime.turns.run(conversation, body.message, body.label, body.lang)
    reply = ChatReply(session_id=conversation.id, messages=turn.messages, lang=turn.lang)
    if turn.rasa_down:
        return JSONResponse(
            status_code=503, content={"error": "assistant_unavailable", **reply.model_dump()}
        )
    return reply


@router.get("/welcome", response_model=Welcome)
async def welcome(runtime: RuntimeDep, lang: Literal["en", "es"] = "en") -> Welcome:
    """The disclaimer and suggested questions, shown before any conversation exists."""
    contact = runtime.settings.contact_slots
    return Welcome(
        messages=[
            from_domain("utter_disclaimer", contact, lang),
            from_domain("utter_greet", contact, lang),
        ],
        **contact,
    )


@router.get("/chat/{session_id}", response_model=Transcript)
async def history(session_id: str, runtime: RuntimeDep) -> Transcript:
    """The redacted transcript, so a conversation survives a reload."""
    lang = await asyncio.to_thread(runtime.sessions.language, session_id)
    if lang is None:
        raise HTTPException(404, "unknown conversation")
    messages = await asyncio.to_thread(runtime.transcripts.history, session_id)
    return Transcript(session_id=session_id, messages=messages, lang=lang)


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
