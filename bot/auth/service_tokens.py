"""Shared secrets between the parts of the stack, so that only they can talk to each other:

- ACTION_TOKEN: Rasa sends it (its endpoints file's `token`) when it calls our action
  endpoint, POST /webhook on the family port. Without it anyone could run actions, or drive
  another conversation's forms.
- RASA_TOKEN: Rasa's HTTP API (`rasa run --enable-api --auth-token`) needs it, and the
  gateway sends it. Without it anyone who reaches Rasa could read or rewrite conversations.

In development, when unset, each is a random value kept in a file under DATA_DIR (readable
by its owner only), so that Rasa and every app worker share it with no setup; production
refuses to start without them (Settings.placeholder_problems).
"""

import hashlib
import hmac
import os
import secrets
from pathlib import Path
from typing import Any

from bot.core.settings import Settings


def _from_file(settings: Settings, name: str) -> str:
    if settings.environment != "development":
        raise RuntimeError(f"{name.upper()} must be set outside development (a long random value).")
    path: Path = settings.data_dir / f"{name}.secret"
    if not path.exists():
        # Written aside, then linked into place: of processes starting together, one wins and
        # every one of them reads the same whole secret.
        path.parent.mkdir(parents=True, exist_ok=True)
        draft = path.with_name(f".{name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_urlsafe(32))
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text().strip()


def action_token(settings: Settings) -> str:
    """The secret Rasa must send with every call to our action endpoint."""
    return settings.action_token or _from_file(settings, "action_token")


def rasa_token(settings: Settings) -> str:
    """The secret for Rasa's HTTP API."""
    return settings.rasa_token or _from_file(settings, "rasa_token")


def same(given: str | None, expected: str) -> bool:
    """Constant-time comparison, so the answer time does not leak the secret."""
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def sign(settings: Settings, purpose: str, value: str) -> str:
    """A signature that only the gateway can make (for metadata passed through Rasa)."""
    key = action_token(settings).encode()
    return hmac.new(key, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()


DRAFTS = "preview_drafts"


def drafts_marker(settings: Settings, sender: str) -> dict[str, str]:
    """Message metadata that asks the actions to answer from drafts (a reviewer's preview)."""
    return {DRAFTS: sign(settings, DRAFTS, sender)}


def drafts_requested(settings: Settings, tracker: Any) -> bool:
    """Did the gateway itself ask for drafts on this turn? A caller cannot forge it."""
    metadata = (tracker.latest_message or {}).get("metadata") or {}
    given = metadata.get(DRAFTS)
    return isinstance(given, str) and same(given, sign(settings, DRAFTS, tracker.sender_id))
