"""Retention: conversations, call-back requests and unanswered questions are deleted after
RETENTION_DAYS, by a purge that runs at start-up and then every hour."""

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from bot.db import callback_drafts, chat_messages, chat_sessions, unanswered

if TYPE_CHECKING:
    from bot.deps import Runtime

log = logging.getLogger(__name__)
PURGE_EVERY_S = 3600


async def purge(runtime: "Runtime", now: datetime | None = None) -> int:
    """Delete what is older than the retention period; returns conversations removed."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=runtime.settings.retention_days)

    def database() -> list[str]:
        with runtime.engine.begin() as conn:
            old = list(
                conn.execute(
                    select(chat_sessions.c.id).where(chat_sessions.c.created_at < cutoff)
                ).scalars()
            )
            if old:
                conn.execute(delete(chat_messages).where(chat_messages.c.session_id.in_(old)))
                conn.execute(delete(callback_drafts).where(callback_drafts.c.session_id.in_(old)))
                conn.execute(delete(chat_sessions).where(chat_sessions.c.id.in_(old)))
            conn.execute(delete(unanswered).where(unanswered.c.at < cutoff))
        runtime.callbacks.purge(runtime.settings.retention_days)
        return old

    removed = await asyncio.to_thread(database)
    for session_id in removed:
        await runtime.rasa.forget(session_id)
    if removed:
        log.info("retention purge removed %d conversations", len(removed))
    return len(removed)


async def purge_forever(runtime: "Runtime") -> None:
    while True:
        try:
            await purge(runtime)
        except Exception:
            log.exception("retention purge failed; will retry")
        await asyncio.sleep(PURGE_EVERY_S)
