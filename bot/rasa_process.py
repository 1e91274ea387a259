"""How to start the Rasa server: one place, used by `python -m bot run` and the tests."""

import os
import sys
from pathlib import Path

from bot.settings import PROJECT_ROOT, Settings

RASA_BIN = PROJECT_ROOT / ".venv-rasa" / "bin" / "rasa"
MODEL_NAME = "family-guide"


def model_path(settings: Settings) -> Path:
    return settings.data_dir / "models" / f"{MODEL_NAME}.tar.gz"


def rasa_command(settings: Settings, model: Path | None = None) -> tuple[list[str], dict[str, str]]:
    """argv and environment for `rasa run` wired to this app's action endpoint."""
    argv = [
        str(RASA_BIN), "run",
        "--enable-api",
        "--model", str(model or model_path(settings)),
        "--interface", settings.rasa_host,
        "--port", str(settings.rasa_port),
        "--endpoints", str(PROJECT_ROOT / "endpoints.yml"),
        "--credentials", str(PROJECT_ROOT / "credentials.yml"),
    ]  # fmt: skip
    env = {
        **os.environ,
        "ACTION_ENDPOINT_URL": f"http://{settings.app_host}:{settings.app_port}/webhook",
        "RASA_TRACKER_DB": str(settings.data_dir / "rasa_tracker.sqlite"),
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
    }
    return argv, env


def app_command(settings: Settings) -> list[str]:
    """argv for the app (gateway + actions + web) under uvicorn."""
    return [
        sys.executable, "-m", "uvicorn", "bot.main:app",
        "--host", settings.app_host, "--port", str(settings.app_port),
        "--no-access-log",
    ]  # fmt: skip
