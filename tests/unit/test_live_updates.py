"""Publishing reaches other app workers by notification (Redis pub/sub, PostgreSQL
LISTEN/NOTIFY) on the real servers, and only changes families see are announced."""

import asyncio
import uuid

import psycopg
import pytest

from bot.content.live import PostgresAnnouncer, RedisAnnouncer
from bot.content.store import ContentStore
from bot.core.db import make_engine
from tests.unit.test_staff_api import new_item

ADMIN_DB = "postgresql://postgres@127.0.0.1:5432/postgres"


@pytest.fixture(scope="module")
def postgres_url():
    name = f"cartfg_live_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(ADMIN_DB, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect(ADMIN_DB, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.parametrize("kind", ["redis", "postgresql"])
async def test_an_announced_revision_reaches_another_worker(kind, postgres_url) -> None:
    channel = f"cartfg_test_{uuid.uuid4().hex[:8]}"  # this test's own channel

    def worker():
        if kind == "redis":
            return RedisAnnouncer("redis://127.0.0.1:6379/0", channel)
        return PostgresAnnouncer(postgres_url, channel)

    publisher, listener = worker(), worker()
    heard: asyncio.Queue[int] = asyncio.Queue()

    async def listen() -> None:
        async for revision in listener.revisions():
            await heard.put(revision)

    task = asyncio.create_task(listen())
    try:
        await asyncio.sleep(0.5)  # subscribed
        await publisher.announce(41)
        await publisher.announce(42)
        assert await asyncio.wait_for(heard.get(), timeout=1.0) == 41
        assert await asyncio.wait_for(heard.get(), timeout=1.0) == 42
    finally:
        task.cancel()


def test_only_changes_families_see_move_the_live_revision(tmp_path) -> None:
    store = ContentStore(make_engine(f"sqlite:///{tmp_path / 'app.sqlite'}"))
    item = new_item()
    store.create(item, "edna")
    start = store.revision()
    store.update(item["id"], {**item, "body": item["body"] + " Ask first.", "version": 1},
                 "edna")  # fmt: skip
    store.submit(item["id"], "edna")
    assert store.revision() == start, "a draft or a submission is not live"
    store.publish(item["id"], "rita")
    published = store.revision()
    assert published > start
    store.retire(item["id"], "rita")
    assert store.revision() > published
