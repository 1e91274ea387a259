"""How to start the Rasa server: one place, used by `python -m bot run` and the tests."""

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

from bot.auth.service_tokens import action_token, rasa_token
from bot.core.settings import PROJECT_ROOT, Settings
from bot.ops.process import ProcessExited, rasa_env, stop, wait_until_up

RASA_BIN = PROJECT_ROOT / ".venv-rasa" / "bin" / "rasa"
MODEL_NAME = "family-guide"


def model_path(settings: Settings) -> Path:
    return settings.data_dir / "models" / f"{MODEL_NAME}.tar.gz"


def endpoints_for(settings: Settings) -> Path:
    """Rasa's endpoints file for these settings: the SQL tracker store on SQLite (default) or
    on PostgreSQL (DATABASE_URL), and the Redis lock store when REDIS_URL is set."""
    from sqlalchemy.engine import make_url

    tracker: dict = {
        "type": "SQL",
        "dialect": "sqlite",
        "db": str(settings.data_dir / "rasa_tracker.sqlite"),
    }
    if settings.database_url and settings.database_url.startswith("postgresql"):
        url = make_url(settings.database_url)
        tracker = {
            "type": "SQL",
            "dialect": "postgresql",
            "url": url.host or "127.0.0.1",
            "port": url.port or 5432,
            "db": url.database,
            "username": url.username or "postgres",
            "password": url.password or "",
        }
    endpoints: dict = {
        "action_endpoint": {
            "url": f"http://{settings.app_host}:{settings.app_port}/webhook",
            "token": action_token(settings),
            # The domain goes only to the forms' validate_* actions (Rasa sends it to those
            # by itself); the others never read it, and it is 13 kB of JSON on every call.
            "enable_selective_domain": True,
        },
        "tracker_store": tracker,
    }
    if settings.redis_url:
        redis = make_url(settings.redis_url)
        endpoints["lock_store"] = {
            "type": "redis",
            "url": redis.host or "127.0.0.1",
            "port": redis.port or 6379,
            "db": int(redis.database or 0),
        }
    path = settings.data_dir / f"rasa-endpoints-{settings.rasa_port}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)  # it holds the action token
    path.write_text(yaml.safe_dump(endpoints, sort_keys=False))
    return path


def rasa_command(settings: Settings, model: Path | None = None) -> tuple[list[str], dict[str, str]]:
    """argv and environment for `rasa run` wired to this app's action endpoint."""
    argv = [
        str(RASA_BIN),
        "run",
        "--enable-api",
        "--model",
        str(model or model_path(settings)),
        "--interface",
        settings.rasa_host,
        "--port",
        str(settings.rasa_port),
        "--endpoints",
        str(endpoints_for(settings)),
        "--credentials",
        str(PROJECT_ROOT / "credentials.yml"),
        # One argument: a random token may start with "-", which argparse would read as a flag.
        f"--auth-token={rasa_token(settings)}",
    ]
    env = rasa_env({"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2"})
    return argv, env


def app_command(settings: Settings) -> list[str]:
    """argv for the app (gateway + actions + web) under uvicorn."""
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "bot.api.main:app",
        "--host",
        settings.app_host,
        "--port",
        str(settings.app_port),
        "--workers",
        str(settings.app_workers),
        "--no-access-log",
        "--proxy-headers",
        "--forwarded-allow-ips",
        settings.trusted_proxies,
    ]


@contextmanager
def rasa_server(settings: Settings, model: Path, timeout_s: float = 240) -> Iterator[str]:
    """A Rasa server on `settings.rasa_port` for as long as the block runs; yields its URL."""
    argv, env = rasa_command(settings, model)
    log = (settings.data_dir / "rasa-eval.log").open("ab")
    proc = subprocess.Popen(argv, env=env, stdout=log, stderr=log)
    url = settings.rasa_url
    try:
        try:
            wait_until_up(f"{url}/status", [proc], timeout_s, {"token": rasa_token(settings)})
        except (ProcessExited, TimeoutError) as e:
            raise RuntimeError(f"Rasa did not start ({e}); see {log.name}") from e
        yield url
    finally:
        stop(proc)
