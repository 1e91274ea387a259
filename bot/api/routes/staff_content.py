"""The editorial workflow over HTTP: drafts, review, publish (two-person rule), versions."""

import asyncio
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query
from pydantic import BaseModel, Field

from bot.api.deps import RuntimeDep
from bot.auth.deps import require

router = APIRouter(prefix="/api", tags=["staff: content"])
Editor = require("content")
Reviewer = require("publish")


class Rollback(BaseModel):
    to_version: int = Field(ge=1, le=2**31 - 1)


@router.get("/content")
def list_content(
    user: Editor, runtime: RuntimeDep, status: Annotated[str | None, Query()] = None
) -> list[dict[str, Any]]:
    return runtime.content.list_items(status)


@router.post("/content", status_code=201)
def create_content(
    user: Editor, runtime: RuntimeDep, item: Annotated[dict[str, Any], Body()]
) -> dict[str, Any]:
    item_id, version = runtime.content.create(item, user.username)
    return {"id": item_id, "version": version, "status": "draft"}


@router.get("/content/{item_id}")
def get_content(item_id: str, user: Editor, runtime: RuntimeDep) -> dict[str, Any]:
    return runtime.content.get(item_id)


@router.put("/content/{item_id}")
def update_content(
    item_id: str, user: Editor, runtime: RuntimeDep, item: Annotated[dict[str, Any], Body()]
) -> dict[str, Any]:
    """Save a new version. `version` is the one the edit is based on; stale -> 409."""
    version = runtime.content.update(item_id, item, user.username)
    return {"id": item_id, "version": version, "status": "draft"}


@router.post("/content/{item_id}/submit")
def submit_content(item_id: str, user: Editor, runtime: RuntimeDep) -> dict[str, Any]:
    return runtime.content.submit(item_id, user.username)


@router.post("/content/{item_id}/publish")
async def publish_content(item_id: str, user: Reviewer, runtime: RuntimeDep) -> dict[str, Any]:
    """Make the latest version live (not by its own author; reading grade, sources and
    questions checked). Families get it on their next question."""
    item = await asyncio.to_thread(runtime.content.publish, item_id, user.username)
    await runtime.go_live()
    return item


@router.post("/content/{item_id}/retire")
async def retire_content(item_id: str, user: Reviewer, runtime: RuntimeDep) -> dict[str, Any]:
    item = await asyncio.to_thread(runtime.content.retire, item_id, user.username)
    await runtime.go_live()
    return item


@router.get("/content/{item_id}/versions")
def content_versions(item_id: str, user: Editor, runtime: RuntimeDep) -> list[dict]:
    return runtime.content.versions(item_id)


@router.get("/content/{item_id}/diff")
def content_diff(
    item_id: str,
    user: Editor,
    runtime: RuntimeDep,
    from_: Annotated[int, Query(alias="from", ge=1, le=2**31 - 1)],
    to: Annotated[int, Query(ge=1, le=2**31 - 1)],
) -> dict[str, Any]:
    return {
        "id": item_id,
        "from": from_,
        "to": to,
        "diff": runtime.content.diff(item_id, from_, to),
    }


@router.post("/content/{item_id}/rollback")
def rollback_content(
    item_id: str, body: Rollback, user: Editor, runtime: RuntimeDep
) -> dict[str, Any]:
    version = runtime.content.rollback(item_id, body.to_version, user.username)
    return {"id": item_id, "version": version, "status": "draft"}


@router.get("/audit")
def audit(user: Editor, runtime: RuntimeDep) -> list[dict[str, Any]]:
    return runtime.content.audit()


class TextToGrade(BaseModel):
    body: str
    lang: Literal["en", "es"] = "en"


@router.post("/readability")
def readability(body: TextToGrade, user: Editor) -> dict[str, Any]:
    """Reading grade and warnings for the editor, live while typing."""
    from bot.content.readability import writing_hints

    return writing_hints(body.body[:20_000], body.lang)
