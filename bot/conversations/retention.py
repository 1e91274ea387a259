"""Retention: conversations, call-back requests and unanswered questions are deleted after
RETENTION_DAYS.

One purge per deployment, not one per app worker: `python -m bot run` purges at start and
then every hour; a deployment that runs the app some other way runs `python -m bot purge`
from cron (it is safe to run at any time, and twice).
"""

import asyncio
import logging
import threading
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, select

from bot.auth.service_tokens import rasa_token
from bot.chat.rasa_client import RasaClient
from bot.core.db import (
    callback_drafts,
    callback_requests,
    chat_messages,
    chat_sessions,
    make_engine,
    unanswered,
)
from bot.core.settings import Settings

log = logging.getLogger(__name__)
PURGE_EVERY_S = 3600


async def purge(
    settings: Settings, engine: Engine, rasa: RasaClient, now: datetime | None = None
) -> int:
    """Delete what is older than the retention period; returns conversations removed.
    Rasa is asked to forget each removed conversation too."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=settings.retention_days)

    def database() -> list[str]:
        with engine.begin() as conn:
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
            conn.execute(delete(callback_requests).where(callback_requests.c.created_at < cutoff))
        return old

    removed = await asyncio.to_thread(database)
    for session_id in removed:
        await rasa.forget(session_id)
    if removed:
        log.info("retention purge removed %d conversations", len(removed))
    return len(removed)


def purge_now(settings: Settings) -> int:
    """One purge with connections of its own (`python -m bot purge`)."""
    engine = make_engine(settings.sqlalchemy_url)
    rasa = RasaClient(settings.rasa_url, settings.rasa_timeout_s, rasa_token(settings))

    async def once() -> int:
        try:
            return await purge(settings, engine, rasa)
        finally:
            await rasa.close()

    try:
        return asyncio.run(once())
    finally:
        engine.dispose()


def purge_hourly(settings: Settings, stop: threading.Event) -> threading.Thread:
    """Purge now and every PURGE_EVERY_S until `stop` is set (for `python -m bot run`)."""

    def loop() -> None:
        while not stop.is_set():
            try:
                purge_now(settings)
            except Exception:
                log.exception("retention purge failed; will retry")
            stop.wait(PURGE_EVERY_S)

    thread = threading.Thread(target=loop, name="retention-purge", daemon=True)
    thread.start()
    return thread
