"""Start the real stack (Rasa server + app) on free ports: for tests and `make bench`."""

import os
import socket
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bot.core.settings import PROJECT_ROOT, Settings
from bot.ops.process import ProcessExited, child_env, rasa_env, stop, wait_until_up
from bot.ops.rasa_process import app_command, rasa_command


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Stack:
    settings: Settings
    model: Path
    logs: Path
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)
    extra_env: dict[str, str] = field(default_factory=dict)  # e.g. OVERLAP_RETRIEVAL=false

    @property
    def url(self) -> str:
        return f"http://{self.settings.app_host}:{self.settings.app_port}"

    def env(self) -> dict[str, str]:
        optional = {
            name: value
            for name, value in (
                ("DATABASE_URL", self.settings.database_url),
                ("REDIS_URL", self.settings.redis_url),
                ("EMBEDDING_CACHE", self.settings.embedding_cache),
            )
            if value
        }
        return {
            **os.environ,
            **{name: str(value) for name, value in optional.items()},
            "DATA_DIR": str(self.settings.data_dir),
            "APP_PORT": str(self.settings.app_port),
            "RASA_PORT": str(self.settings.rasa_port),
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": "",
            "CHAT_RATE_LIMIT": "10000/minute",
            "LOGIN_RATE_LIMIT": "1000/minute",
            "SESSION_RATE_LIMIT": "1000/minute",
            **self.extra_env,
        }

    def start_app(self) -> None:
        log = (self.logs / "app.log").open("ab")
        self.procs["app"] = subprocess.Popen(
            app_command(self.settings),
            cwd=PROJECT_ROOT,
            env=child_env(self.env()),
            stdout=log,
            stderr=log,
        )

    def start_rasa(self) -> None:
        argv, env = rasa_command(self.settings, self.model)
        log = (self.logs / "rasa.log").open("ab")
        self.procs["rasa"] = subprocess.Popen(
            argv, cwd=PROJECT_ROOT, env=rasa_env({**self.env(), **env}), stdout=log, stderr=log
        )

    def staff_client(self, name: str, role: str, password: str) -> httpx.Client:
        """A staff account made with the CLI (as an operator would), and a client signed in
        as it that sends the CSRF token."""
        subprocess.run(
            [sys.executable, "-m", "bot", "user", "add", name, "--role", role],
            cwd=PROJECT_ROOT,
            env={**self.env(), "BOT_PASSWORD": password},
            capture_output=True,
            check=True,
        )
        client = httpx.Client(base_url=self.url, timeout=60)
        client.post("/api/auth/login", json={"username": name, "password": password})
        client.headers["X-CSRF-Token"] = client.cookies["cartfg_csrf"]
        return client

    def stop(self, name: str) -> None:
        stop(self.procs.pop(name, None))

    def stop_all(self) -> None:
        for name in list(self.procs):
            self.stop(name)

    def wait_healthy(self, timeout_s: float = 300) -> None:
        """Until /healthz says the app and its Rasa are up; the logs' tails when they are not."""
        try:
            wait_until_up(f"{self.url}/healthz", self.procs.values(), timeout_s)
        except (ProcessExited, TimeoutError) as e:
            raise RuntimeError(f"{e}:\n{self.tail('app')}\n{self.tail('rasa')}") from e

    def tail(self, name: str, lines: int = 40) -> str:
        path = self.logs / f"{name}.log"
        return (
            "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
            if path.exists()
            else ""
        )


def start_stack(
    data_dir: Path,
    model: Path,
    extra_env: dict[str, str] | None = None,
    **settings_overrides: object,
) -> Stack:
    """Rasa and the app on free ports, healthy; `settings_overrides` are Settings fields (for
    example database_url and redis_url for the scale-out settings)."""
    settings = Settings(
        data_dir=data_dir,
        app_port=free_port(),
        rasa_port=free_port(),
        **settings_overrides,
    )
    data_dir.mkdir(parents=True, exist_ok=True)
    stack = Stack(settings=settings, model=model, logs=data_dir, extra_env=extra_env or {})
    stack.start_app()
    stack.start_rasa()
    try:
        stack.wait_healthy()
    except Exception:
        stack.stop_all()
        raise
    return stack
