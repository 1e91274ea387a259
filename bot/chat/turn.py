"""One chat turn, computed in one place.

The family chat (`/api/chat`) and the nurses' preview (`/api/preview`) both run `ChatTurn`,
so what a nurse previews is what a family gets, by construction. A turn has five steps:

1. screen: the safety screen sees every message first;
2. redact or capture: call-back details are kept (encrypted) and never passed on; anything
   else is redacted before Rasa, the transcript or a log see it;
3. Rasa: the dialogue engine answers; urgent and crisis replies never wait for it;
4. messages: every required urgent reply first, and never an empty reply;
5. record: the turn in one transaction (a preview records nothing).
"""

import asyncio
import json
import logging
import re
import uuid
from collections.abc import Awaitable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from bot.api.deps import Runtime
from bot.chat.language_choice import turn_language
from bot.chat.messages import capture_requested, from_domain, to_chat_messages
from bot.chat.rasa_client import RasaUnavailable
from bot.chat.schemas import ChatMessage
from bot.chat.urgency import (
    check_first,
    rasa_intent,
    rasa_metadata,
    screen_or_confirmed,
    urgent_first,
)
from bot.chat.wording import response_text
from bot.conversations.insights import NOT_ANSWERED
from bot.conversations.sessions import Conversation
from bot.conversations.transcript import UNCHANGED
from bot.safety.screen import ScreenResult

log = logging.getLogger(__name__)
CANCEL = re.compile(r"^\s*(cancel|stop|never ?mind|no thanks|no thank you|quit|exit)\W*$", re.I)
URGENT_RECORD_TIMEOUT_S = 10.0


@dataclass
class Turn:
    """What one turn produced: the reply, and what the steps decided on the way."""

    conversation: Conversation
    screen: ScreenResult
    rasa_text: str  # what Rasa was sent: redacted text, or an intent in its place
    kept_text: str  # what the transcript keeps: always redacted
    messages: list[ChatMessage]
    capture: str | object | None = UNCHANGED  # the call-back field the next message answers
    rasa_down: bool = False
    lang: str = "en"  # the conversation's language from this turn on

    @property
    def unanswered(self) -> str | None:
        """Which "could not answer" reply a question got, for the editors' insights."""
        if self.screen.urgent or self.rasa_down or self.rasa_text.startswith("/"):
            return None
        return unanswered_outcome(self.messages, self.lang)


class ChatTurn:
    """Runs turns for one app process; holds nothing per conversation."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self._background: set[asyncio.Future] = set()
        # Searches ahead get their own thread: under load they never queue in front of the
        # screens and records of other turns in asyncio's shared pool.
        self._search_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-ahead")

    async def run(
        self,
        conversation: Conversation,
        message: str,
        label: str | None = None,
        lang: str | None = None,
    ) -> Turn:
        """A family's turn, recorded (unless Rasa was down: the family is told to try again,
        and nothing is kept). Rasa hears of an urgent turn in the background."""
        turn = await self.compute(conversation, message, label, lang=lang, wait_for_rasa=False)
        if not turn.rasa_down:
            await asyncio.to_thread(self._record, turn)
        return turn

    async def compute(
        self,
        conversation: Conversation,
        message: str,
        label: str | None = None,
        metadata: dict[str, Any] | None = None,
        wait_for_rasa: bool = True,
        lang: str | None = None,
    ) -> Turn:
        """Steps 1-4, recording nothing. `metadata` is added to what Rasa's actions see
        (the preview's drafts marker); with `wait_for_rasa`, an urgent turn's record in
        Rasa is awaited rather than left to the background. `lang` is the language the
        family chose (None: the conversation's)."""
        runtime = self.runtime
        contact = runtime.settings.contact_slots
        screen = screen_or_confirmed(
            await asyncio.to_thread(runtime.safety.check, message),
            message,
            lang or conversation.lang,
        )
        rasa_text, kept_text, capture = await self._rasa_text(conversation, message, screen)
        if label and message.startswith("/"):
            # A button's label is what the family saw and pressed, but it arrives from outside
            # like any text: redacted before it is kept.
            kept_text = await asyncio.to_thread(runtime.redactor.redact, label)
        typed = label is None
        turn_lang = (
            screen.lang if screen.urgent else turn_language(conversation.lang, lang, message, typed)
        )
        turn = Turn(conversation, screen, rasa_text, kept_text, [], capture, lang=turn_lang)
        metadata = rasa_metadata(screen) | {"lang": turn_lang} | (metadata or {})
        if screen.urgent:
            # Urgent and crisis replies go out now, whether Rasa is down, frozen or slow;
            # Rasa hears of the turn afterwards (it ends any open form; the intent carries
            # the language).
            turn.messages = urgent_first([], screen, contact)
            turn.capture = None
            telling = self._tell_rasa(conversation.id, rasa_text, metadata)
            await telling if wait_for_rasa else self._in_background(telling)
            return turn
        if runtime.settings.overlap_retrieval and not rasa_text.startswith("/"):
            self._search_ahead(rasa_text)
        try:
            if turn_lang != conversation.lang and not conversation.is_new:
                await runtime.rasa.set_language(conversation.id, turn_lang)
            raw = await runtime.rasa.send(conversation.id, rasa_text, metadata)
        except RasaUnavailable:
            turn.rasa_down = True
            unavailable = [from_domain("utter_service_unavailable", contact, turn_lang)]
            turn.messages = check_first(unavailable, screen, contact, turn_lang)
            return turn
        turn.capture = capture_requested(raw)
        # An action that failed inside Rasa sends nothing: never leave a family without a reply.
        messages = to_chat_messages(raw, turn_lang) or [
            from_domain("utter_not_sure", contact, turn_lang)
        ]
        turn.messages = check_first(
            urgent_first(messages, screen, contact), screen, contact, turn_lang
        )
        return turn

    async def _rasa_text(
        self, conversation: Conversation, text: str, screen: ScreenResult
    ) -> tuple[str, str, str | object | None]:
        """What Rasa gets, what the transcript keeps, and the pending call-back field: never
        the details of an urgent message or of a call-back request, only redacted text."""
        runtime = self.runtime
        field = conversation.pending_capture
        if screen.urgent:
            return rasa_intent(screen), await asyncio.to_thread(runtime.redactor.redact, text), None
        if field and CANCEL.match(text):
            return "/deny", text, UNCHANGED
        if field:
            outcome = await asyncio.to_thread(
                runtime.callbacks.capture, conversation.id, field, text
            )
            private = "/inform_private" + json.dumps({field: outcome})
            return private, response_text("utter_private", lang=conversation.lang), UNCHANGED
        redacted = await asyncio.to_thread(runtime.redactor.redact, text)
        return redacted, redacted, UNCHANGED

    async def _tell_rasa(self, sender: str, text: str, metadata: dict[str, Any]) -> None:
        """Record an urgent turn in Rasa's conversation, with a short timeout."""
        try:
            await self.runtime.rasa.send(sender, text, metadata, timeout_s=URGENT_RECORD_TIMEOUT_S)
        except RasaUnavailable:
            log.warning("an urgent turn could not be recorded in Rasa (unavailable or slow)")

    def _search_ahead(self, text: str) -> None:
        """Search the live index while Rasa reads the message: the answer action, which
        runs in this process, then finds the result made (bot.nlp.memo), or waits for it."""
        index = self.runtime.retrieval.index
        if index is not None:
            loop = asyncio.get_running_loop()
            self._in_background(loop.run_in_executor(self._search_pool, index.search, text))

    def _in_background(self, work: Awaitable[Any]) -> None:
        """Run without holding up the reply; keep a reference so the task is not collected."""
        task = asyncio.ensure_future(work)
        self._background.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Future) -> None:
        self._background.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("background work of a turn failed: %r", task.exception())

    def _record(self, turn: Turn) -> None:
        """Step 5: one transaction; the call-back field is written only when it changed."""
        capture = UNCHANGED if turn.capture == turn.conversation.pending_capture else turn.capture
        self.runtime.transcripts.add_turn(
            turn.conversation.id,
            uuid.uuid4().hex,
            turn.kept_text,
            turn.messages,
            pending_capture=capture,
            unanswered_outcome=turn.unanswered,
            lang=turn.lang if turn.lang != turn.conversation.lang else None,
        )


def unanswered_outcome(messages: list[ChatMessage], lang: str = "en") -> str | None:
    """Which "could not answer" response the reply contains, if any."""
    texts = {m.text for m in messages}
    advice = response_text("utter_no_personal_advice", lang=lang)
    if advice in texts and not any(m.sources for m in messages):
        return "utter_no_personal_advice"  # referred, and nothing general to add: editors see it
    return next((name for name in NOT_ANSWERED if response_text(name, lang=lang) in texts), None)
