"""POST /api/preview: what a family would get for a message, and why. Stores nothing."""

import asyncio
import uuid
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from bot.auth.deps import require
from bot.auth.service_tokens import drafts_marker
from bot.chat.messages import to_chat_messages
from bot.chat.rasa_client import RasaUnavailable
from bot.chat.urgency import rasa_intent, rasa_metadata, screen_or_confirmed, urgent_first
from bot.chat.wording import response_text
from bot.deps import RuntimeDep

router = APIRouter(prefix="/api", tags=["staff: preview"])
PREVIEW_PREFIX = "preview-"


class PreviewRequest(BaseModel):
    message: str = Field(min_length=1, max_length=1000)
    include_drafts: bool = False


def _decision(messages: list, screen_urgent: bool) -> str:
    texts = {m.text for m in messages}
    if screen_urgent or any(m.urgent for m in messages):
        return "urgent"
    if response_text("utter_no_personal_advice") in texts:
        return "refused"
    if any(m.sources for m in messages):
        return "answered"
    return "not sure"


@router.post("/preview")
async def preview(body: PreviewRequest, user: require("preview"), runtime: RuntimeDep) -> dict:
    """Exactly the messages a family would get, plus Rasa's intent, the safety screen's
    findings, the passages retrieved with their scores, the threshold and the decision."""
    screen = screen_or_confirmed(
        await asyncio.to_thread(runtime.safety.check, body.message), body.message
    )
    redacted = await asyncio.to_thread(runtime.redactor.redact, body.message)
    index = runtime.retrieval.index
    if body.include_drafts:
        index = await asyncio.to_thread(
            lambda: runtime.retrieval.build(runtime.content.draft_items())
        )
        runtime.preview_index = index
    result = await asyncio.to_thread(index.search, redacted, 5)
    sender = PREVIEW_PREFIX + uuid.uuid4().hex
    metadata = rasa_metadata(screen)
    if body.include_drafts:
        metadata |= drafts_marker(runtime.settings, sender)
    try:
        nlu = await runtime.rasa.parse(redacted)
        raw = await runtime.rasa.send(
            sender, rasa_intent(screen) if screen.urgent else redacted, metadata
        )
        await runtime.rasa.forget(sender)
        messages = to_chat_messages(raw)
    except RasaUnavailable:
        nlu, messages = {"intent": None, "intent_ranking": []}, []
    messages = urgent_first(messages, screen, runtime.settings.contact_slots)
    explain: dict[str, Any] = {
        "intent": nlu.get("intent"),
        "intent_ranking": nlu.get("intent_ranking", [])[:5],
        "safety": {
            "urgent": screen.urgent,
            "crisis": screen.crisis,
            "language": screen.lang,
            "fired": screen.reasons,
            "ruled_out": screen.ruled_out,
        },
        "redacted_message": redacted,
        "passages": [
            {
                "content_id": c.item.id,
                "title": c.item.title,
                "text": c.passage.text,
                # What a family would be sent from this item: the whole of a short item, or
                # the lead plus the section that matches (bot.retrieval.answers).
                "shown": list(index.answer(c).parts),
                "score": round(c.score, 3),
                "bm25": round(c.lexical, 3),
                "dense": round(c.dense, 3),
            }
            for c in result.candidates
        ],
        "in_scope": round(result.in_scope, 3),
        "threshold": index.config.threshold,
        "scope_threshold": index.config.scope_threshold,
        "confident": result.confident,
        "decision": _decision(messages, screen.urgent),
        "include_drafts": body.include_drafts,
    }
    return {"messages": [m.model_dump() for m in messages], "explain": explain}
