"""POST /api/preview: what a family would get for a message, and why. Stores nothing."""

import asyncio
import uuid
from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from bot.api.deps import RuntimeDep
from bot.auth.deps import require
from bot.auth.service_tokens import drafts_marker
from bot.chat.rasa_client import RasaUnavailable
from bot.chat.wording import response_text
from bot.conversations.sessions import Conversation

router = APIRouter(prefix="/api", tags=["staff: preview"])
PREVIEW_PREFIX = "preview-"


class PreviewRequest(BaseModel):
    message: str = Field(min_length=1, max_length=1000)
    include_drafts: bool = False
    lang: Literal["en", "es"] = Field("en", description="The language the family chose.")


def _decision(messages: list, screen_urgent: bool, lang: str) -> str:
    texts = {m.text for m in messages}
    if screen_urgent or any(m.urgent for m in messages):
        return "urgent"
    if response_text("utter_no_personal_advice", lang=lang) in texts:
        return "refused"
    if any(m.sources for m in messages):
        return "answered"
    return "not sure"


@router.post("/preview")
async def preview(body: PreviewRequest, user: require("preview"), runtime: RuntimeDep) -> dict:
    """Exactly the messages a family would get (the same `ChatTurn`, recording nothing),
    plus Rasa's intent, the safety screen's findings, the passages retrieved with their
    scores, the threshold and the decision."""
    conversation = Conversation(PREVIEW_PREFIX + uuid.uuid4().hex, lang=body.lang, is_new=True)
    index = None
    drafts: dict[str, str] = {}
    if body.include_drafts:
        index = await asyncio.to_thread(
            lambda: runtime.retrieval.build(runtime.content.draft_items(), lang=body.lang)
        )
        runtime.preview_index = index
        drafts = drafts_marker(runtime.settings, conversation.id)
    turn = await runtime.turns.compute(conversation, body.message, metadata=drafts, lang=body.lang)
    try:
        nlu = await runtime.rasa.latest_message(conversation.id)
    except RasaUnavailable:
        nlu = {}
    await runtime.rasa.forget(conversation.id)
    index = index or runtime.retrieval.index_in(turn.lang)
    # The action searched this same text on this same index: the result is shared, not
    # computed twice (bot.retrieval.index keeps recent searches).
    result = await asyncio.to_thread(index.search, turn.kept_text)
    screen, messages = turn.screen, turn.messages
    explain: dict[str, Any] = {
        "intent": nlu.get("intent") or None,
        "intent_ranking": nlu.get("intent_ranking", [])[:5],
        "safety": {
            "urgent": screen.urgent,
            "crisis": screen.crisis,
            "language": screen.lang,
            "fired": screen.reasons,
            "ruled_out": screen.ruled_out,
        },
        "redacted_message": turn.kept_text,
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
        "decision": _decision(messages, screen.urgent, turn.lang),
        "language": turn.lang,
        "include_drafts": body.include_drafts,
    }
    return {"messages": [m.model_dump() for m in messages], "explain": explain}
