"""The Alembic migrations build exactly the schema the code uses."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.core.db import make_engine, metadata


def test_migrations_match_the_models(settings) -> None:
    engine = make_engine(settings.sqlalchemy_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_migrating_twice_is_harmless(settings) -> None:
    make_engine(settings.sqlalchemy_url)
    make_engine(settings.sqlalchemy_url)
