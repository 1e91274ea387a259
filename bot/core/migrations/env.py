"""Alembic environment: migrates the app database (SQLite or PostgreSQL) to bot.core.db.metadata."""

from alembic import context

from bot.core.db import metadata

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
