"""The nurses' call-back queue: decrypted only here, for nurses; old requests purged."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path

from bot.api.deps import RuntimeDep
from bot.auth.deps import require

router = APIRouter(prefix="/api/callbacks", tags=["staff: call-backs"])
Nurse = require("callbacks")


@router.get("")
def callback_queue(user: Nurse, runtime: RuntimeDep) -> list[dict]:
    runtime.callbacks.purge(runtime.settings.retention_days)
    return [r for r in runtime.callbacks.open_requests() if r["status"] == "new"]


@router.post("/{request_id}/done")
def callback_done(
    request_id: Annotated[int, Path(ge=1, le=2**63 - 1)], user: Nurse, runtime: RuntimeDep
) -> dict[str, str]:
    """Mark a request as called back. Ids are database integers (a larger number is a 422)."""
    if not runtime.callbacks.mark_done(request_id):
        raise HTTPException(404, f"no call-back request {request_id}")
    return {"status": "done"}
