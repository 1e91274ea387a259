"""Shared fixtures. Tests never reach the internet: a guard refuses non-loopback sockets,
so a hidden download fails here before it fails in CI."""

import ipaddress
import os
import socket
from pathlib import Path

import pytest
import spacy

from bot.core.settings import PROJECT_ROOT, Settings
from bot.retrieval.embedder import FakeEmbedder

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> None:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        try:
            allowed = ipaddress.ip_address(host).is_loopback
        except ValueError:
            allowed = host == "localhost"
        if not allowed:
            raise OSError(f"tests may not connect to {host}: no network here")
    _real_connect(self, address)


@pytest.fixture(autouse=True, scope="session")
def _no_network() -> None:
    socket.socket.connect = _loopback_only  # type: ignore[method-assign]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with every data path in a temporary folder."""
    return Settings(data_dir=tmp_path / "data", content_dir=PROJECT_ROOT / "content")


@pytest.fixture(scope="session")
def blank_nlp() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def rasa_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The trained Rasa model: the one `make test` just trained, or one trained here once."""
    import subprocess

    from bot.ops.rasa_process import RASA_BIN

    given = os.environ.get("RASA_TEST_MODEL")
    if given and Path(given).exists():
        return Path(given)
    out = tmp_path_factory.mktemp("rasa-model")
    subprocess.run(
        [
            str(RASA_BIN),
            "train",
            "--config",
            "config.yml",
            "--domain",
            "domain.yml",
            "--data",
            "data",
            "--out",
            str(out),
            "--fixed-model-name",
            "family-guide",
        ],
        cwd=PROJECT_ROOT,
        check=True,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
    )
    return out / "family-guide.tar.gz"


@pytest.fixture(scope="session")
def stack(rasa_model, tmp_path_factory):
    """One real stack per test session (Rasa server + app), shared by integration and
    browser tests."""
    from bot.ops.stack import start_stack

    # Vectors are keyed by model and text: the stack shares the cache `make index` filled, so
    # it does not embed the library again with the slower multilingual model.
    running = start_stack(
        tmp_path_factory.mktemp("stack"),
        rasa_model,
        embedding_cache=Settings().embedding_cache_path,
    )
    yield running
    running.stop_all()


STAFF_PASSWORD = "correct horse battery staple"
STAFF = {"editor": "edna", "reviewer": "rita", "nurse": "nora", "admin": "adam", "reviewer2": "rob"}


@pytest.fixture(scope="session")
def staff_users(stack) -> dict[str, str]:
    """Staff accounts in the running stack, made with the real CLI (`python -m bot user add`).
    Returns role -> username; every password is STAFF_PASSWORD."""
    import subprocess
    import sys

    for role, name in STAFF.items():
        subprocess.run(
            [sys.executable, "-m", "bot", "user", "add", name, "--role", role.rstrip("2")],
            cwd=PROJECT_ROOT,
            env={**stack.env(), "BOT_PASSWORD": STAFF_PASSWORD},
            check=True,
            capture_output=True,
        )
    return dict(STAFF)
