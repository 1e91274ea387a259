"""Publishing reaches every app worker, by notification rather than polling.

The worker that publishes (or retires, imports, signs off) re-indexes at once and announces
the library's new revision; every other worker hears it and re-indexes. Only changes that
families see are announced: saving a draft never rebuilds the live index.

How the news travels depends on what the deployment already runs:
- Redis (REDIS_URL set): pub/sub;
- PostgreSQL (DATABASE_URL) without Redis: LISTEN/NOTIFY;
- SQLite with one worker (the default): nothing to tell;
- SQLite with several workers on one machine: each worker checks the revision once a second
  (SQLite has no notifications).
"""

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Protocol

from bot.content.store import ContentStore
from bot.core.settings import Settings

log = logging.getLogger(__name__)
CHANNEL = "cartfg_library"
SQLITE_CHECK_S = 1.0


class Announcer(Protocol):
    async def announce(self, revision: int) -> None: ...

    def revisions(self) -> AsyncIterator[int]: ...


class RedisAnnouncer:
    def __init__(self, url: str, channel: str = CHANNEL) -> None:
        import redis.asyncio as redis

        self._redis = redis.from_url(url)
        self._channel = channel

    async def announce(self, revision: int) -> None:
        await self._redis.publish(self._channel, str(revision))

    async def revisions(self) -> AsyncIterator[int]:
        async with self._redis.pubsub() as pubsub:
            await pubsub.subscribe(self._channel)
            async for message in pubsub.listen():
                if message["type"] == "message":
                    yield int(message["data"])


class PostgresAnnouncer:
    def __init__(self, sqlalchemy_url: str, channel: str = CHANNEL) -> None:
        self._dsn = sqlalchemy_url.replace("postgresql+psycopg://", "postgresql://", 1)
        self._channel = channel

    async def announce(self, revision: int) -> None:
        import psycopg

        async with await psycopg.AsyncConnection.connect(self._dsn, autocommit=True) as conn:
            await conn.execute("SELECT pg_notify(%s, %s)", (self._channel, str(revision)))

    async def revisions(self) -> AsyncIterator[int]:
        import psycopg
        from psycopg import sql

        async with await psycopg.AsyncConnection.connect(self._dsn, autocommit=True) as conn:
            await conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self._channel)))
            async for notice in conn.notifies():
                yield int(notice.payload)


class SqliteAnnouncer:
    """Several workers on one SQLite file: read the revision once a second."""

    def __init__(self, content: ContentStore) -> None:
        self._content = content

    async def announce(self, revision: int) -> None:
        return None

    async def revisions(self) -> AsyncIterator[int]:
        while True:
            await asyncio.sleep(SQLITE_CHECK_S)
            yield await asyncio.to_thread(self._content.revision)


class SingleWorker:
    """One worker: the one that publishes is the only one to tell."""

    async def announce(self, revision: int) -> None:
        return None

    async def revisions(self) -> AsyncIterator[int]:
        await asyncio.Event().wait()  # never: there is no other worker
        yield 0


def announcer_for(settings: Settings, content: ContentStore) -> Announcer:
    if settings.redis_url:
        return RedisAnnouncer(settings.redis_url)
    if settings.sqlalchemy_url.startswith("postgresql"):
        return PostgresAnnouncer(settings.sqlalchemy_url)
    if settings.app_workers > 1:
        return SqliteAnnouncer(content)
    return SingleWorker()
