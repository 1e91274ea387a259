"""Content that stays current, over HTTP: the "Needs review" queue, an editor marking a cited
page as changed, and a reviewer's sign-off (issue 14)."""

import asyncio
from dataclasses import asdict
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field, HttpUrl

from bot.api.deps import RuntimeDep
from bot.auth.deps import require

router = APIRouter(prefix="/api", tags=["staff: review"])
Editor = require("content")
Reviewer = require("publish")


class SourceChange(BaseModel):
    url: HttpUrl
    note: str = Field(min_length=3, max_length=300, examples=["label revised 12/2025"])


@router.get("/review-queue")
def review_queue(user: Editor, runtime: RuntimeDep) -> dict[str, Any]:
    """Live items needing a reviewer: a cited page changed, the review date passed, or
    imported and never reviewed here; plus every cited page's last check."""
    queue = [asdict(entry) for entry in runtime.content.review_queue()]
    return {
        "items": queue,
        "source_changed": sum(1 for e in queue if e["source_changed"]),
        "sources": runtime.content.source_status(),
    }


@router.post("/sources/changed")
def mark_source_changed(body: SourceChange, user: Editor, runtime: RuntimeDep) -> dict[str, Any]:
    """Mark a cited page as changed: every live item citing it needs a sign-off again."""
    citing = runtime.content.mark_source_changed(str(body.url), body.note, user.username)
    return {"url": str(body.url), "items": citing}


@router.post("/content/{item_id}/sign-off")
async def sign_off(item_id: str, user: Reviewer, runtime: RuntimeDep) -> dict[str, Any]:
    """The live version is checked and still right: stamp it and clear it from the queue.
    Families see the new "Reviewed <month>" date on their next question."""
    item = await asyncio.to_thread(runtime.content.sign_off, item_id, user.username)
    await runtime.go_live()
    return item
