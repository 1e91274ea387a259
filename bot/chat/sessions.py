"""Chat session ids: issued by the server, unguessable, and known only if we issued them."""

import re
import secrets

from sqlalchemy import Engine, insert, select, update

from bot.db import chat_sessions

_VALID = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


class SessionStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def new(self) -> str:
        session_id = secrets.token_urlsafe(24)
        with self._engine.begin() as conn:
            conn.execute(insert(chat_sessions).values(id=session_id))
        return session_id

    def exists(self, session_id: object) -> bool:
        if not isinstance(session_id, str) or not _VALID.match(session_id):
            return False
        with self._engine.connect() as conn:
            row = conn.execute(
                select(chat_sessions.c.id).where(chat_sessions.c.id == session_id)
            ).first()
        return row is not None

    def resume_or_new(self, session_id: object) -> str:
        """The same id when we issued it; a fresh one for missing, unknown or malformed ids."""
        return session_id if self.exists(session_id) else self.new()  # type: ignore[return-value]

    def pending_capture(self, session_id: str) -> str | None:
        """The call-back field the next message answers, if the form asked for one."""
        with self._engine.connect() as conn:
            return conn.execute(
                select(chat_sessions.c.pending_capture).where(chat_sessions.c.id == session_id)
            ).scalar()

    def set_pending_capture(self, session_id: str, field: str | None) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                update(chat_sessions)
                .where(chat_sessions.c.id == session_id)
                .values(pending_capture=field)
            )
