"""The app database (SQLite by default, PostgreSQL at scale) through SQLAlchemy Core."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Engine,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    text,
)

metadata = MetaData()

chat_sessions = Table(
    "chat_sessions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    # A call-back form field the gateway keeps from Rasa (see bot.conversations.callbacks).
    Column("pending_capture", String(32), nullable=True),
    # "en" or "es": the language the family reads the conversation in (issue 17).
    Column("lang", String(2), nullable=False, server_default="en"),
)

callback_drafts = Table(
    "callback_drafts",
    metadata,
    Column("session_id", String(64), primary_key=True),
    Column("field", String(32), primary_key=True),
    Column("value_enc", LargeBinary, nullable=False),
)

callback_requests = Table(
    "callback_requests",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("name_enc", LargeBinary, nullable=False),
    Column("phone_enc", LargeBinary, nullable=False),
    Column("time_enc", LargeBinary, nullable=False),
    Column("status", String(16), nullable=False),
)


MIGRATIONS = Path(__file__).parent / "migrations"


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (safe to run at every start)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Several app workers may start at once: one migrates, the others wait.
            connection.execute(text("SELECT pg_advisory_xact_lock(7202611)"))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def make_engine(url: str) -> Engine:
    """An engine with the schema migrated (SQLite files get their folder made)."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    migrate(engine)
    return engine


def _sqlite_pragmas(connection, _record) -> None:
    """WAL lets readers and one writer work at once; NORMAL sync is safe with WAL."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


# The redacted transcript the widget shows after a reload (user text is redacted first).
chat_messages = Table(
    "chat_messages",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(32), nullable=False, unique=True),
    Column("session_id", String(64), nullable=False, index=True),
    Column("role", String(8), nullable=False),
    Column("text", Text, nullable=False),
    Column("payload", Text, nullable=False, server_default="{}"),
    Column("content_id", String(100), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

# "Was this helpful?" answers, for the editors' dashboard (comments are redacted).
feedback = Table(
    "feedback",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("message_id", String(32), nullable=False),
    Column("content_id", String(100), nullable=True),
    Column("helpful", Boolean, nullable=False),
    Column("comment", Text, nullable=True),
)

# Staff accounts (argon2 hashes) and their signed-in sessions.
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),
    Column("role", String(16), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

staff_sessions = Table(
    "staff_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, nullable=False, index=True),
    Column("csrf", String(64), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

# The content library: one row per item, every saved version kept.
content_items = Table(
    "content_items",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("status", String(16), nullable=False),  # status of the latest version
    Column("latest_version", Integer, nullable=False),
    Column("published_version", Integer, nullable=True),  # what families get, if any
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

content_versions = Table(
    "content_versions",
    metadata,
    Column("item_id", String(100), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("data", Text, nullable=False),  # JSON: title, topic, audience, questions, sources, body
    Column("author", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("reviewed_by", String(64), nullable=True),
    Column("reviewed_on", String(10), nullable=True),
)

# Append-only: who did what, when.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("actor", String(64), nullable=False),
    Column("action", String(32), nullable=False),
    Column("item_id", String(100), nullable=True),
    Column("version", Integer, nullable=True),
    Column("detail", Text, nullable=True),
)

# What each cited page looked like when last fetched, and whether it changed since: items
# citing a changed page need a reviewer's sign-off again (issue 14).
source_checks = Table(
    "source_checks",
    metadata,
    Column("url", String(1000), primary_key=True),
    Column("content_hash", String(64), nullable=True),  # sha256 of the page's text
    Column("fetched_at", DateTime(timezone=True), nullable=True),
    Column("status", String(16), nullable=False),  # ok | changed | unreachable | marked
    Column("changed_at", DateTime(timezone=True), nullable=True),
    Column("note", Text, nullable=True),  # "page text changed", "label revised 12/2025"...
    Column("marked_by", String(64), nullable=True),
)

# Questions that ended in "not sure" or a fallback (redacted), for editors.
unanswered = Table(
    "unanswered",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("text", Text, nullable=False),
    Column("outcome", String(32), nullable=False),
)
