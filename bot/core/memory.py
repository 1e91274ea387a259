"""Give freed heap memory back to the system after one-off work (start-up, re-indexing).

glibc keeps what Python, NumPy and ONNX Runtime free inside its arenas for reuse, so the
peak of building an index stays resident for the life of the worker. `malloc_trim` hands
the free pages back. Elsewhere than glibc it does nothing."""

import ctypes
import ctypes.util


def release_freed_memory() -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return
    trim = getattr(libc, "malloc_trim", None)
    if trim is not None:
        trim(0)
