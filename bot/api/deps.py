"""Shared dependencies: the app's long-lived parts, set up once in the lifespan.

Rasa actions run inside the same process (served at /webhook), so they reach the same
runtime through `current()` instead of loading models of their own.
"""

import asyncio
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import Engine

from bot.auth.accounts import AccountStore
from bot.auth.service_tokens import drafts_requested
from bot.chat.rasa_client import RasaClient
from bot.content.live import Announcer
from bot.content.store import ContentStore
from bot.conversations.callbacks import CallbackStore
from bot.conversations.sessions import SessionStore
from bot.conversations.transcript import TranscriptStore
from bot.core.memory import release_freed_memory
from bot.core.settings import Settings
from bot.privacy.domain_words import DomainWords
from bot.privacy.redactor import Redactor
from bot.retrieval.index import HybridIndex
from bot.retrieval.service import RetrievalService
from bot.safety.screen import SafetyScreen

if TYPE_CHECKING:
    from bot.chat.turn import ChatTurn


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
    announcer: Announcer | None = None  # tells other workers the live library changed

    def index_for(self, tracker: Any | None) -> HybridIndex | None:
        """The live index of the conversation's language; the drafts index only for a
        reviewer's 'include drafts' preview, which the preview route marks in the message
        metadata with a signature only the gateway can make (never by a name a caller could
        choose)."""
        lang = (tracker.get_slot("language") if tracker is not None else None) or "en"
        if tracker is not None and drafts_requested(self.settings, tracker):
            if self.preview_index is None and self.content is not None:
                drafts = self.content.draft_items()
                self.preview_index = self.retrieval.build(drafts, lang=lang)
            if self.preview_index is not None:
                return self.preview_index
        return self.retrieval.index_in(lang)

    @cached_property
    def turns(self) -> "ChatTurn":
        """The chat turn service over this runtime (imported here: it depends on Runtime)."""
        from bot.chat.turn import ChatTurn

        return ChatTurn(self)

    async def refresh_live(self) -> int:
        """Re-index the published library (only changed text is embedded) and teach the
        redactor its words; returns the library revision now live here."""
        revision, live = await asyncio.to_thread(self.content.live_snapshot)
        await asyncio.to_thread(self.retrieval.rebuild, live, revision)
        release_freed_memory()  # the old index and the build's scratch are gone
        self.redactor.domain = DomainWords.build(live, [self.settings.hospital_name])
        return revision

    async def go_live(self) -> None:
        """After a publish here: live on this worker now, then on every other worker."""
        revision = await self.refresh_live()
        if self.announcer is not None:
            await self.announcer.announce(revision)


_current: Runtime | None = None


def set_current(runtime: Runtime | None) -> None:
    global _current
    _current = runtime


def current() -> Runtime:
    """The running app's runtime (for Rasa actions)."""
    if _current is None:
        raise RuntimeError("the app is not running in this process")
    return _current


def current_settings() -> Settings:
    """The running app's settings, or the environment's when no app runs here."""
    from bot.core.settings import get_settings

    return _current.settings if _current is not None else get_settings()


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
