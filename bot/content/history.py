"""What editors and reviewers read about an item's past: its versions, the difference
between two of them, and the audit log. Nothing here writes."""

import difflib
import json
from typing import Any

from sqlalchemy import select

from bot.content.rules import WorkflowError, as_text
from bot.core.db import audit_log, content_versions


class LibraryHistory:
    """Mixed into ContentStore: it uses the store's engine, `_item_row` and `_version`."""

    def versions(self, item_id: str) -> list[dict[str, Any]]:
        with self._engine.connect() as conn:
            self._item_row(conn, item_id)
            rows = conn.execute(
                select(content_versions)
                .where(content_versions.c.item_id == item_id)
                .order_by(content_versions.c.version)
            ).all()
        return [
            {
                "version": r.version,
                "author": r.author,
                "created_at": r.created_at,
                "reviewed_by": r.reviewed_by,
                "title": json.loads(r.data)["title"],
            }
            for r in rows
        ]

    def diff(self, item_id: str, a: int, b: int) -> str:
        with self._engine.connect() as conn:
            self._item_row(conn, item_id)
            old, new = self._version(conn, item_id, a), self._version(conn, item_id, b)
        if old is None or new is None:
            raise WorkflowError(404, f"version {a if old is None else b} of '{item_id}' not found")
        return "".join(
            difflib.unified_diff(
                as_text(old).splitlines(keepends=True),
                as_text(new).splitlines(keepends=True),
                fromfile=f"{item_id} v{a}",
                tofile=f"{item_id} v{b}",
            )
        )

    def audit(self, limit: int = 200) -> list[dict[str, Any]]:
        with self._engine.connect() as conn:
            rows = conn.execute(select(audit_log).order_by(audit_log.c.id.desc()).limit(limit))
            return [dict(r._mapping) for r in rows]
