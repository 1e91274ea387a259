"""The shipped Markdown library <-> the database (`python -m bot content import|export`).

A file's own review stamps are not trusted: an imported version is "imported, not yet reviewed
here" until a reviewer publishes it in the workflow (clinical review F1). Exported files carry
the workflow's stamps, so a round trip changes nothing."""

import json

from sqlalchemy import insert, select, update

from bot.content.model import ContentItem, Status
from bot.content.rules import EDITABLE, jsonable
from bot.core.db import content_items


class LibraryTransfer:
    """Mixed into ContentStore: it uses the store's versions and audit log."""

    # --- the shipped library -------------------------------------------------------------
    def import_items(self, items: list[ContentItem], actor: str = "import") -> int:
        """Files -> database: new items keep their status; changed ones get a new version."""
        count = 0
        with self._engine.begin() as conn:
            for item in items:
                data = {
                    k: json.loads(json.dumps(getattr(item, k), default=jsonable)) for k in EDITABLE
                }
                data["sources"] = [{"title": s.title, "url": str(s.url)} for s in item.sources]
                row = conn.execute(
                    select(content_items).where(content_items.c.id == item.id)
                ).first()
                if row is not None:
                    current = self._version(conn, item.id, row.latest_version) or {}
                    # A version saved before items had a language is English.
                    stored = {k: current.get(k) for k in EDITABLE} | {
                        "lang": current.get("lang") or "en"
                    }
                    if stored == data and row.status == item.status:
                        continue
                    version = row.latest_version + 1
                else:
                    version = item.version
                    conn.execute(
                        insert(content_items).values(
                            id=item.id, status=item.status.value, latest_version=version
                        )
                    )
                published = version if item.status is Status.published else None
                self._add_version(conn, item.id, version, data, actor)
                conn.execute(
                    update(content_items)
                    .where(content_items.c.id == item.id)
                    .values(
                        status=item.status.value,
                        latest_version=version,
                        published_version=published
                        if published
                        else (
                            row.published_version
                            if row is not None and item.status is not Status.retired
                            else None
                        ),
                    )
                )
                self._audit(conn, actor, "import", item.id, version)
                count += 1
        return count

    def export_items(self) -> list[ContentItem]:
        """Database -> files: the latest version of every item, with its status."""
        items = []
        with self._engine.connect() as conn:
            for row in conn.execute(select(content_items).order_by(content_items.c.id)).all():
                data = self._version(conn, row.id, row.latest_version) or {}
                items.append(self._as_item(row.id, row.latest_version, data, Status(row.status)))
        return items
