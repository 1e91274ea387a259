"""Recent results (bot.nlp.memo): computed once, awaited while running, failures forgotten."""

import asyncio
import threading

import pytest

from bot.nlp.memo import RecentResults


def test_a_second_caller_waits_for_the_first_instead_of_computing_again() -> None:
    memo: RecentResults[int] = RecentResults()
    started, release, calls = threading.Event(), threading.Event(), []

    def slow() -> int:
        calls.append(1)
        started.set()
        release.wait(5)
        return 42

    first = threading.Thread(target=memo.get, args=("q", slow))
    first.start()
    started.wait(5)
    pending = memo.pending("q")
    assert pending is not None and not pending.done()
    release.set()
    assert memo.get("q", lambda: 0) == 42
    first.join()
    assert calls == [1]
    assert memo.pending("q") is None  # finished: nothing to wait for
    assert memo.peek("q") == 42


async def test_an_event_loop_can_await_a_result_in_progress_without_a_thread() -> None:
    memo: RecentResults[str] = RecentResults()
    release = threading.Event()
    worker = threading.Thread(target=memo.get, args=("q", lambda: release.wait(5) and "done"))
    worker.start()
    while memo.pending("q") is None:
        await asyncio.sleep(0.001)
    waiting = asyncio.ensure_future(asyncio.wrap_future(memo.pending("q")))
    await asyncio.sleep(0.01)
    assert not waiting.done()
    release.set()
    assert await waiting == "done"
    worker.join()


def test_a_failure_is_not_remembered() -> None:
    memo: RecentResults[int] = RecentResults()

    def fail() -> int:
        raise ValueError("boom")

    with pytest.raises(ValueError):
        memo.get("q", fail)
    assert memo.peek("q") is None
    assert memo.get("q", lambda: 7) == 7


def test_the_oldest_result_goes_first() -> None:
    memo: RecentResults[int] = RecentResults(size=2)
    for n, key in enumerate("abc"):
        memo.get(key, lambda n=n: n)
    assert memo.peek("a") is None
    assert (memo.peek("b"), memo.peek("c")) == (1, 2)
