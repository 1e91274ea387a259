"""Nurse call-back requests: captured by the gateway, encrypted at rest, never given to Rasa.

The family's name, phone and preferred time are kept as drafts per chat session while the
Rasa form asks for them; Rasa only learns "provided" or "invalid". Submitting moves the draft
into a request a nurse can see.
"""

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import phonenumbers
from cryptography.fernet import Fernet
from sqlalchemy import Engine, delete, insert, select, update

from bot.core.db import callback_drafts, callback_requests
from bot.core.settings import Settings

log = logging.getLogger(__name__)
FIELDS = ("callback_name", "callback_phone", "callback_time")
MAX_FIELD_CHARS = 80


def load_key(settings: Settings) -> bytes:
    """The Fernet key from settings; in development a key file under DATA_DIR."""
    if settings.callback_key:
        return settings.callback_key.encode()
    if settings.environment != "development":
        raise RuntimeError("CALLBACK_KEY must be set outside development (a Fernet key).")
    path: Path = settings.data_dir / "callback.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(Fernet.generate_key())
        path.chmod(0o600)
    return path.read_bytes().strip()


def valid_phone(text: str, region: str = "US") -> bool:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number) and len(text) <= 40


class CallbackStore:
    def __init__(self, engine: Engine, key: bytes) -> None:
        self._engine, self._fernet = engine, Fernet(key)

    def capture(self, session_id: str, field: str, text: str) -> str:
        """Keep one answer as a draft; returns what Rasa may know: provided or invalid."""
        value = text.strip()[:MAX_FIELD_CHARS]
        if field == "callback_phone" and not valid_phone(value):
            return "invalid"
        if not value:
            return "invalid"
        with self._engine.begin() as conn:
            conn.execute(
                delete(callback_drafts).where(
                    (callback_drafts.c.session_id == session_id)
                    & (callback_drafts.c.field == field)
                )
            )
            conn.execute(
                insert(callback_drafts).values(
                    session_id=session_id,
                    field=field,
                    value_enc=self._fernet.encrypt(value.encode()),
                )
            )
        return "provided"

    def submit(self, session_id: str) -> int | None:
        """Turn the session's drafts into a request; None if something is missing."""
        with self._engine.begin() as conn:
            rows = conn.execute(
                select(callback_drafts.c.field, callback_drafts.c.value_enc).where(
                    callback_drafts.c.session_id == session_id
                )
            ).all()
            drafts = {row.field: row.value_enc for row in rows}
            if set(FIELDS) - set(drafts):
                return None
            result = conn.execute(
                insert(callback_requests).values(
                    name_enc=drafts["callback_name"],
                    phone_enc=drafts["callback_phone"],
                    time_enc=drafts["callback_time"],
                    status="new",
                )
            )
            conn.execute(delete(callback_drafts).where(callback_drafts.c.session_id == session_id))
        return int(result.inserted_primary_key[0])

    def open_requests(self) -> list[dict]:
        """Decrypted requests for the nurses' queue."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(callback_requests).order_by(callback_requests.c.created_at)
            ).all()
        return [
            {
                "id": row.id,
                "created_at": row.created_at,
                "name": self._fernet.decrypt(row.name_enc).decode(),
                "phone": self._fernet.decrypt(row.phone_enc).decode(),
                "time": self._fernet.decrypt(row.time_enc).decode(),
                "status": row.status,
            }
            for row in rows
        ]

    def mark_done(self, request_id: int) -> bool:
        """False when there is no such request."""
        with self._engine.begin() as conn:
            result = conn.execute(
                update(callback_requests)
                .where(callback_requests.c.id == request_id)
                .values(status="done")
            )
        return bool(result.rowcount)

    def purge(self, retention_days: int) -> int:
        """Delete requests older than the retention period (run on every queue view)."""
        cutoff = datetime.now(UTC) - timedelta(days=retention_days)
        with self._engine.begin() as conn:
            result = conn.execute(
                delete(callback_requests).where(callback_requests.c.created_at < cutoff)
            )
        return result.rowcount or 0
