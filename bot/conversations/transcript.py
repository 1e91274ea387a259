"""The conversation as the widget shows it after a reload: user text redacted, bot replies
as sent. Deleting a conversation removes it here (and the gateway asks Rasa to forget it)."""

import json

from sqlalchemy import Engine, delete, insert, select, update

from bot.chat.schemas import ChatMessage, TranscriptMessage
from bot.core.db import callback_drafts, chat_messages, chat_sessions, feedback, unanswered

UNCHANGED = object()  # the pending call-back field stays as it is


class TranscriptStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add_turn(
        self,
        session_id: str,
        user_id: str,
        user_text: str,
        replies: list[ChatMessage],
        pending_capture: str | object | None = UNCHANGED,
        unanswered_outcome: str | None = None,
        lang: str | None = None,
    ) -> None:
        """Keep one turn in one transaction: the redacted message and the replies; the
        call-back field the next message answers, when it changed; the conversation's
        language, when it changed; and, when the question went unanswered, the redacted
        question for the editors' insights."""
        rows = [{"id": user_id, "session_id": session_id, "role": "user", "text": user_text,
                 "payload": "{}", "content_id": None}]  # fmt: skip
        for m in replies:
            payload = m.model_dump(include={"buttons", "sources", "urgent", "calls", "lang"})
            rows.append(
                {"id": m.id, "session_id": session_id, "role": "bot", "text": m.text,
                 "payload": json.dumps(payload), "content_id": m.content_id}
            )  # fmt: skip
        with self._engine.begin() as conn:
            conn.execute(insert(chat_messages), rows)
            changes = {} if pending_capture is UNCHANGED else {"pending_capture": pending_capture}
            changes |= {"lang": lang} if lang else {}
            if changes:
                conn.execute(
                    update(chat_sessions).where(chat_sessions.c.id == session_id).values(**changes)
                )
            if unanswered_outcome:
                conn.execute(insert(unanswered).values(text=user_text, outcome=unanswered_outcome))

    def history(self, session_id: str) -> list[TranscriptMessage]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(chat_messages)
                .where(chat_messages.c.session_id == session_id)
                .order_by(chat_messages.c.seq)
            ).all()
        return [
            TranscriptMessage(id=r.id, role=r.role, text=r.text, **json.loads(r.payload))
            for r in rows
        ]

    def bot_message_content(self, message_id: str) -> tuple[bool, str | None]:
        """(exists as a bot message, content item it came from)."""
        with self._engine.connect() as conn:
            row = conn.execute(
                select(chat_messages.c.role, chat_messages.c.content_id).where(
                    chat_messages.c.id == message_id
                )
            ).first()
        return (row is not None and row.role == "bot", row.content_id if row else None)

    def add_feedback(
        self, message_id: str, content_id: str | None, helpful: bool, comment: str | None
    ) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                insert(feedback).values(
                    message_id=message_id, content_id=content_id, helpful=helpful, comment=comment
                )
            )

    def forget(self, session_id: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(chat_messages).where(chat_messages.c.session_id == session_id))
            conn.execute(delete(callback_drafts).where(callback_drafts.c.session_id == session_id))
            conn.execute(delete(chat_sessions).where(chat_sessions.c.id == session_id))
