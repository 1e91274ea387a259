"""Shared dependencies: the app's long-lived parts, set up once in the lifespan.

Rasa actions run inside the same process (served at /webhook), so they reach the same
runtime through `current()` instead of loading models of their own.
"""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from bot.callbacks import CallbackStore
from bot.chat.rasa_client import RasaClient
from bot.chat.sessions import SessionStore
from bot.chat.transcript import TranscriptStore
from bot.privacy.redactor import Redactor
from bot.retrieval.service import RetrievalService
from bot.safety.screen import SafetyScreen
from bot.settings import Settings


@dataclass
class Runtime:
    """Everything a request or an action may need, created once per process."""

    settings: Settings
    rasa: RasaClient
    sessions: SessionStore
    retrieval: RetrievalService
    safety: SafetyScreen
    callbacks: CallbackStore
    redactor: Redactor
    transcripts: TranscriptStore


_current: Runtime | None = None


def set_current(runtime: Runtime | None) -> None:
    global _current
    _current = runtime


def current() -> Runtime:
    """The running app's runtime (for Rasa actions)."""
    if _current is None:
        raise RuntimeError("the app is not running in this process")
    return _current


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
