"""Shared dependencies: the app's long-lived parts, set up once in the lifespan.

Rasa actions run inside the same process (served at /webhook), so they reach the same
runtime through `current()` instead of loading models of their own.
"""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine

from bot.auth.accounts import AccountStore
from bot.callbacks import CallbackStore
from bot.chat.rasa_client import RasaClient
from bot.chat.sessions import SessionStore
from bot.chat.transcript import TranscriptStore
from bot.content.store import ContentStore
from bot.privacy.redactor import Redactor
from bot.retrieval.index import HybridIndex
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
    engine: Engine | None = None
    accounts: AccountStore | None = None
    content: ContentStore | None = None
    preview_index: HybridIndex | None = None  # drafts, for a reviewer's preview

    def index_for(self, sender_id: str) -> HybridIndex | None:
        """The live index, or the drafts index for a reviewer's 'include drafts' preview."""
        if sender_id.startswith("preview-drafts-") and self.preview_index is not None:
            return self.preview_index
        return self.retrieval.index

    async def publish_signal(self) -> None:
        """Tell other app workers the published library changed (see bot.scale)."""
        return None


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
