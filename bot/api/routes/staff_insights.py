"""What families asked that the bot could not answer, and how answers were rated."""

from fastapi import APIRouter

from bot.api.deps import RuntimeDep
from bot.auth.deps import require
from bot.conversations.insights import feedback_summary, unanswered_groups

router = APIRouter(prefix="/api/insights", tags=["staff: insights"])
Editor = require("insights")


@router.get("/unanswered")
def unanswered(user: Editor, runtime: RuntimeDep) -> list[dict]:
    """Redacted questions that ended in "not sure" or a fallback, grouped by similarity."""
    return unanswered_groups(runtime)


@router.get("/feedback")
def feedback(user: Editor, runtime: RuntimeDep) -> dict:
    """Thumbs up/down per item and the fallback rate."""
    return feedback_summary(runtime)
