"""`python -m bot run`: start Rasa and the app, stop both together (no orphans)."""

import signal
import subprocess
import sys
import threading
import time

import httpx

from bot.conversations.retention import purge_hourly
from bot.core.settings import Settings
from bot.ops.rasa_process import app_command, model_path, rasa_command


def _wait_healthy(settings: Settings, procs: list[subprocess.Popen], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    url = f"http://{settings.app_host}:{settings.app_port}/healthz"
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            return False
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(1)
    return False


def run(settings: Settings) -> int:
    model = model_path(settings)
    if not model.exists():
        print(f"No trained Rasa model at {model}. Run `make run` (it trains first).")
        return 2
    argv, env = rasa_command(settings, model)
    started = time.monotonic()
    procs = [
        subprocess.Popen(argv, env=env),
        subprocess.Popen(app_command(settings)),
    ]
    stopping = False

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    print(f"Starting Rasa on :{settings.rasa_port} and the app on :{settings.app_port} ...")
    stop_purging = threading.Event()
    if _wait_healthy(settings, procs, timeout_s=300):
        # Once per deployment, here: never in each app worker.
        purge_hourly(settings, stop_purging)
        print(
            f"Ready in {time.monotonic() - started:.0f}s: "
            f"open http://{settings.app_host}:{settings.app_port}/  (Ctrl-C stops)",
            flush=True,
        )
    while not stopping and all(p.poll() is None for p in procs):
        time.sleep(0.5)
    stop_purging.set()
    for p in procs:
        if p.poll() is None:
            p.terminate()
    for p in procs:
        try:
            p.wait(timeout=15)
        except subprocess.TimeoutExpired:
            p.kill()
    return 0 if stopping else 1


if __name__ == "__main__":
    sys.exit(run(Settings()))
