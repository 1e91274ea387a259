"""Recent results, computed once: a small in-memory memo where a second caller for a key
that is still being computed waits for the first instead of computing it again.

The nurses' preview and the answer action search the same text on the same index, and
each message's text is parsed by the screen, the redactor and BM25: with this, each is
computed once per process. Keys are redacted text held in memory only, never stored.
"""

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future
from typing import Generic, TypeVar

T = TypeVar("T")


class RecentResults(Generic[T]):
    """The last `size` results by key (least recently used goes first)."""

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._results: OrderedDict[Hashable, Future[T]] = OrderedDict()
        self._lock = threading.Lock()

    def peek(self, key: Hashable) -> T | None:
        """The result for `key` if it is known and finished, without computing it."""
        with self._lock:
            future = self._results.get(key)
        if future is None or not future.done() or future.exception() is not None:
            return None
        return future.result()

    def pending(self, key: Hashable) -> Future[T] | None:
        """The future of a result for `key` that is still being computed, if any: a caller
        on an event loop can await it (asyncio.wrap_future) instead of blocking a thread."""
        with self._lock:
            future = self._results.get(key)
        return future if future is not None and not future.done() else None

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            future = self._results.get(key)
            owner = future is None
            if owner:
                future = self._results[key] = Future()
                while len(self._results) > self._size:
                    self._results.popitem(last=False)
            else:
                self._results.move_to_end(key)
        if owner:
            try:
                future.set_result(compute())
            except BaseException as exc:
                with self._lock:
                    self._results.pop(key, None)  # a failure is not remembered
                future.set_exception(exc)
        return future.result()
