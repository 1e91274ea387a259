"""Start-and-wait and stop (bot.ops.process), on real child processes."""

import subprocess
import sys

import pytest

from bot.ops.process import ProcessExited, child_env, rasa_env, stop, wait_until_up
from bot.ops.stack import free_port


def test_waits_until_the_server_answers_then_stops_it() -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/", [server], timeout_s=30)
    finally:
        stop(server)
    assert server.poll() is not None


def test_a_process_that_dies_fails_the_wait_at_once() -> None:
    dying = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    with pytest.raises(ProcessExited, match="exited with 3"):
        wait_until_up(f"http://127.0.0.1:{free_port()}/", [dying], timeout_s=60)


def test_nothing_listening_times_out() -> None:
    with pytest.raises(TimeoutError):
        wait_until_up(f"http://127.0.0.1:{free_port()}/", [], timeout_s=1)


def test_children_get_two_malloc_arenas_unless_the_operator_chose(monkeypatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    assert child_env()["MALLOC_ARENA_MAX"] == "2"
    assert child_env()["OPENBLAS_NUM_THREADS"] == "1"
    assert "OPENBLAS_NUM_THREADS" not in rasa_env(child_env())  # Rasa keeps its default
    assert rasa_env()["MALLOC_ARENA_MAX"] == "2"
    assert child_env({"MALLOC_ARENA_MAX": "1"})["MALLOC_ARENA_MAX"] == "1"
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert child_env()["MALLOC_ARENA_MAX"] == "4"
