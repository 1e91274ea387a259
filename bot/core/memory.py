"""Give freed heap memory back to the system after one-off work (start-up, re-indexing).

glibc keeps what Python, NumPy and ONNX Runtime free inside its arenas for reuse, so the
peak of building an index stays resident for the life of the worker. `malloc_trim` hands
the free pages back. Elsewhere than glibc it does nothing."""

import asyncio
import ctypes
import ctypes.util
import functools

TRIM_EVERY_S = 30.0  # a trim takes a few milliseconds; the turns in between free a lot


@functools.cache
def _malloc_trim():
    """glibc's malloc_trim, looked up once; None elsewhere."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None
    return getattr(libc, "malloc_trim", None)


def release_freed_memory() -> None:
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


async def release_freed_memory_regularly(every_s: float = TRIM_EVERY_S) -> None:
    """What bursts of turns freed goes back every `every_s` seconds (off the event loop)."""
    while True:
        await asyncio.sleep(every_s)
        await asyncio.to_thread(release_freed_memory)
