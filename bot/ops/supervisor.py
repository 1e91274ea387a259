"""`python -m bot run`: start Rasa and the app, stop both together (no orphans)."""

import signal
import subprocess
import sys
import threading
import time

from bot.conversations.retention import purge_hourly
from bot.core.settings import Settings
from bot.ops.process import ProcessExited, child_env, stop, wait_until_up
from bot.ops.rasa_process import app_command, model_path, rasa_command


def run(settings: Settings) -> int:
    model = model_path(settings)
    if not model.exists():
        print(f"No trained Rasa model at {model}. Run `make run` (it trains first).")
        return 2
    argv, env = rasa_command(settings, model)
    started = time.monotonic()
    procs = [
        subprocess.Popen(argv, env=env),
        subprocess.Popen(app_command(settings), env=child_env()),
    ]
    stopping = False

    def on_signal(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    print(f"Starting Rasa on :{settings.rasa_port} and the app on :{settings.app_port} ...")
    stop_purging = threading.Event()
    try:
        wait_until_up(f"http://{settings.app_host}:{settings.app_port}/healthz", procs, 300)
        ready = True
    except (ProcessExited, TimeoutError) as e:
        print(f"The stack did not come up: {e}", flush=True)
        ready = False
    if ready:
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
            p.terminate()  # both at once, then wait for each
    for p in procs:
        stop(p, timeout_s=15)
    return 0 if stopping else 1


if __name__ == "__main__":
    sys.exit(run(Settings()))
