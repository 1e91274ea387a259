"""Start-and-wait and stop for the processes we run (Rasa, the app): one place, so the
supervisor, the bench, the eval's Rasa and the tests all wait and stop the same way."""

import os
import subprocess
from collections.abc import Iterable, Mapping

import httpx
from tenacity import (
    Retrying,
    retry_if_exception_type,
    retry_if_result,
    stop_after_delay,
    wait_fixed,
)

# Settings read by libraries as they load, so they go in the environment of the child:
# - glibc gives each thread that allocates its own malloc arena (8 x cores of them); the
#   app's ONNX Runtime and worker threads then hold about a third of its memory in
#   half-empty arenas. Two arenas: 929 -> 608 MB resident for the app after 100 turns.
# - In the app, OpenBLAS threads spin after each small NumPy product and take the CPU that
#   ONNX Runtime and spaCy need: with one, a question's encoding went from 7.6 to 3.4 ms and
#   a search from 12.4 to 4.5 ms on this 2-core machine. Rasa is the other way round (one
#   BLAS thread cost bare Rasa a fifth of its throughput), so it keeps OpenBLAS's default.
APP_ENV = {"MALLOC_ARENA_MAX": "2", "OPENBLAS_NUM_THREADS": "1"}
RASA_ENV = {"MALLOC_ARENA_MAX": "2"}


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The app's environment: APP_ENV (unless the operator set those variables), ours, then
    `extra`."""
    return {**APP_ENV, **os.environ, **(extra or {})}


def rasa_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Rasa's environment: RASA_ENV, ours and `extra`, without the app's BLAS setting."""
    env = {**RASA_ENV, **os.environ, **(extra or {})}
    env.pop("OPENBLAS_NUM_THREADS", None)
    return env


class ProcessExited(RuntimeError):
    """A process we were waiting on died before it was ready: waiting longer cannot help."""


def is_up(url: str, params: Mapping[str, str] | None = None) -> bool:
    """True when `url` answers 200 now."""
    try:
        return httpx.get(url, params=params, timeout=3).status_code == 200
    except httpx.HTTPError:
        return False


def wait_until_up(
    url: str,
    procs: Iterable[subprocess.Popen] = (),
    timeout_s: float = 300,
    params: Mapping[str, str] | None = None,
) -> None:
    """Poll `url` every half second until it answers 200. Fails at once (ProcessExited) when
    one of `procs` exits, and with TimeoutError after `timeout_s`."""
    procs = list(procs)

    def check() -> bool:
        for proc in procs:
            if proc.poll() is not None:
                raise ProcessExited(f"{proc.args[:3]} exited with {proc.returncode}")
        return is_up(url, params)

    retrying = Retrying(
        retry=retry_if_result(lambda up: not up) | retry_if_exception_type(httpx.HTTPError),
        stop=stop_after_delay(timeout_s),
        wait=wait_fixed(0.5),
        retry_error_callback=lambda _state: False,
    )
    if not retrying(check):
        raise TimeoutError(f"{url} not up after {timeout_s:.0f}s")


def stop(proc: subprocess.Popen | None, timeout_s: float = 20) -> None:
    """Terminate, wait, and kill if it will not go: no orphans."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
