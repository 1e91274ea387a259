"""Chat session ids: issued by the server, unguessable, and known only if we issued them."""

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, insert, select

from bot.core.db import chat_sessions

_VALID = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


@dataclass(frozen=True)
class Conversation:
    """A family's conversation as a turn starts: its id, the call-back field the next
    message answers (the form asked for it on the turn before), if any, its language, and
    whether it starts with this turn (Rasa has not heard of it yet)."""

    id: str
    pending_capture: str | None = None
    lang: str = "en"
    is_new: bool = False


class SessionStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def new(self) -> str:
        session_id = secrets.token_urlsafe(24)
        with self._engine.begin() as conn:
            conn.execute(insert(chat_sessions).values(id=session_id))
        return session_id

    def exists(self, session_id: object) -> bool:
        return self._find(session_id) is not None

    def _find(self, session_id: object) -> Conversation | None:
        if not isinstance(session_id, str) or not _VALID.match(session_id):
            return None
        with self._engine.connect() as conn:
            row = conn.execute(
                select(
                    chat_sessions.c.id, chat_sessions.c.pending_capture, chat_sessions.c.lang
                ).where(chat_sessions.c.id == session_id)
            ).first()
        return Conversation(row.id, row.pending_capture, row.lang) if row is not None else None

    def resume_or_new(self, session_id: object) -> Conversation:
        """The conversation when we issued its id (one query for the id, its pending
        call-back field and its language); a fresh one for missing, unknown or malformed ids."""
        return self._find(session_id) or Conversation(self.new(), is_new=True)

    def language(self, session_id: object) -> str | None:
        """The conversation's language, or None when we did not issue that id."""
        found = self._find(session_id)
        return found.lang if found else None
