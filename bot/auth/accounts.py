"""Staff users and their sessions, stored in the app database.

Passwords are argon2 hashes. A session is a random token in an HttpOnly cookie (only its
SHA-256 is stored) plus a CSRF token that state-changing requests must echo in a header.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, insert, select

from bot.core.db import staff_sessions, users

ROLES = ("nurse", "editor", "reviewer", "admin")
SESSION_HOURS = 8
_hasher = PasswordHasher()
# Verifying against this when the user does not exist keeps timing the same.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


@dataclass(frozen=True)
class User:
    id: int
    username: str
    role: str


@dataclass(frozen=True)
class SignIn:
    user: User
    token: str
    csrf: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class AccountStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add_user(self, username: str, password: str, role: str) -> User:
        if role not in ROLES:
            raise ValueError(f"role must be one of {', '.join(ROLES)}, not '{role}'")
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        if not username or len(username) > 64:
            raise ValueError("username must be 1 to 64 characters")
        with self._engine.begin() as conn:
            if conn.execute(select(users.c.id).where(users.c.username == username)).first():
                raise ValueError(f"user '{username}' already exists")
            result = conn.execute(
                insert(users).values(
                    username=username, password_hash=_hasher.hash(password), role=role
                )
            )
        return User(int(result.inserted_primary_key[0]), username, role)

    def sign_in(self, username: str, password: str) -> SignIn | None:
        with self._engine.connect() as conn:
            row = conn.execute(select(users).where(users.c.username == username)).first()
        try:
            _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None:
            return None
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        expires = datetime.now(UTC) + timedelta(hours=SESSION_HOURS)
        with self._engine.begin() as conn:
            conn.execute(
                insert(staff_sessions).values(
                    token_hash=_digest(token), user_id=row.id, csrf=csrf, expires_at=expires
                )
            )
        return SignIn(User(row.id, row.username, row.role), token, csrf)

    def session(self, token: str | None) -> tuple[User, str] | None:
        """(user, csrf token) for a live session cookie, else None."""
        if not token:
            return None
        with self._engine.connect() as conn:
            row = conn.execute(
                select(
                    users.c.id,
                    users.c.username,
                    users.c.role,
                    staff_sessions.c.csrf,
                    staff_sessions.c.expires_at,
                )
                .join(users, users.c.id == staff_sessions.c.user_id)
                .where(staff_sessions.c.token_hash == _digest(token))
            ).first()
        if row is None:
            return None
        expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=UTC)
        if expires < datetime.now(UTC):
            self.sign_out(token)
            return None
        return User(row.id, row.username, row.role), row.csrf

    def sign_out(self, token: str | None) -> None:
        if token:
            with self._engine.begin() as conn:
                conn.execute(
                    delete(staff_sessions).where(staff_sessions.c.token_hash == _digest(token))
                )

    def list_users(self) -> list[User]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(users).order_by(users.c.username)).all()
        return [User(r.id, r.username, r.role) for r in rows]
