"""The app database (SQLite by default, PostgreSQL at scale) through SQLAlchemy Core."""

from pathlib import Path

from sqlalchemy import Column, DateTime, Engine, MetaData, String, Table, create_engine, func

metadata = MetaData()

chat_sessions = Table(
    "chat_sessions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)


def make_engine(url: str) -> Engine:
    """An engine with the schema in place (SQLite files get their folder made)."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, pool_pre_ping=True)
    metadata.create_all(engine)
    return engine
