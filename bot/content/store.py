"""The content library in the app database: versions, the review workflow, the audit log.

Every save is a new version; nothing is overwritten. A stale save (based on an older version)
is refused with the current version, so the editor can merge instead of losing work.
"""

import json
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.engine import Connection

from bot.content.history import LibraryHistory
from bot.content.model import ContentItem, Status
from bot.content.review import LibraryReview
from bot.content.rules import EDITABLE, Draft, WorkflowError, publish_problems
from bot.content.transfer import LibraryTransfer
from bot.core.db import audit_log, content_items, content_versions

# The audited actions that change the live library (what families are sent).
LIVE_CHANGES = ("publish", "retire", "import", "sign-off")


class ContentStore(LibraryHistory, LibraryTransfer, LibraryReview):
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def is_empty(self) -> bool:
        with self._engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(content_items)).scalar() == 0

    def revision(self) -> int:
        """Grows whenever what families see changes (a draft saved does not change it)."""
        with self._engine.connect() as conn:
            latest = select(func.max(audit_log.c.id)).where(audit_log.c.action.in_(LIVE_CHANGES))
            return conn.execute(latest).scalar() or 0

    def live_snapshot(self) -> tuple[int, list[ContentItem]]:
        """The revision, then the published items (at least that new), for a re-index."""
        revision = self.revision()
        return revision, self.live_items()

    def _version(self, conn: Connection, item_id: str, version: int) -> dict[str, Any] | None:
        row = conn.execute(
            select(content_versions).where(
                (content_versions.c.item_id == item_id) & (content_versions.c.version == version)
            )
        ).first()
        if row is None:
            return None
        return {
            **json.loads(row.data),
            "author": row.author,
            "reviewed_by": row.reviewed_by,
            "reviewed_on": row.reviewed_on,
            "created_at": row.created_at,
        }

    def _item_row(self, conn: Connection, item_id: str):
        row = conn.execute(select(content_items).where(content_items.c.id == item_id)).first()
        if row is None:
            raise WorkflowError(404, f"no content item '{item_id}'")
        return row

    def get(self, item_id: str) -> dict[str, Any]:
        with self._engine.connect() as conn:
            row = self._item_row(conn, item_id)
            data = self._version(conn, item_id, row.latest_version) or {}
        return {
            "id": item_id,
            **{k: data.get(k) for k in EDITABLE},
            "lang": data.get("lang") or "en",  # versions saved before items had a language
            "status": row.status,
            "version": row.latest_version,
            "published_version": row.published_version,
            "author": data.get("author"),
        }

    def list_items(self, status: str | None = None) -> list[dict[str, Any]]:
        if status is not None and status not in {s.value for s in Status}:
            raise WorkflowError(422, f"status: must be one of {', '.join(s.value for s in Status)}")
        with self._engine.connect() as conn:
            query = select(content_items.c.id).order_by(content_items.c.id)
            if status:
                query = query.where(content_items.c.status == status)
            ids = list(conn.execute(query).scalars())
        return [self.get(item_id) for item_id in ids]

    def _as_item(self, item_id: str, version: int, data: dict, status: Status) -> ContentItem:
        return ContentItem(
            id=item_id,
            status=status,
            version=version,
            reviewed_by=data.get("reviewed_by"),
            reviewed_on=data.get("reviewed_on"),
            # Versions saved before a field existed (lang...) take the field's default.
            **{k: data[k] for k in EDITABLE if data.get(k) is not None},
        )

    def live_items(self) -> list[ContentItem]:
        """The published version of every item that is not retired: what families get."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(content_items).where(content_items.c.published_version.is_not(None))
            ).all()
            versions = [
                (r.id, r.published_version, self._version(conn, r.id, r.published_version))
                for r in rows
            ]
        return [self._as_item(i, v, d, Status.published) for i, v, d in versions if d]

    def draft_items(self) -> list[ContentItem]:
        """Latest versions of items not retired, as if published (for the preview)."""
        items = []
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(content_items).where(content_items.c.status != Status.retired.value)
            ).all()
            for r in rows:
                data = self._version(conn, r.id, r.latest_version)
                if data and data.get("sources") and data.get("questions") is not None:
                    try:
                        items.append(self._as_item(r.id, r.latest_version, data, Status.published))
                    except ValidationError:
                        continue
        return items

    # --- writing -------------------------------------------------------------------------
    def _audit(
        self,
        conn: Connection,
        actor: str,
        action: str,
        item_id: str | None,
        version: int | None,
        detail: str | None = None,
    ) -> None:
        conn.execute(
            insert(audit_log).values(
                # Microseconds, from here: a sign-off must order after a source change made in
                # the same second (the database's own now() may keep whole seconds).
                at=datetime.now(UTC),
                actor=actor,
                action=action,
                item_id=item_id,
                version=version,
                detail=detail,
            )
        )

    def _add_version(
        self,
        conn: Connection,
        item_id: str,
        version: int,
        data: dict,
        actor: str,
        reviewed_by: str | None = None,
        reviewed_on: str | None = None,
    ) -> None:
        conn.execute(
            insert(content_versions).values(
                item_id=item_id,
                version=version,
                data=json.dumps(data, sort_keys=True),
                author=actor,
                reviewed_by=reviewed_by,
                reviewed_on=reviewed_on,
            )
        )

    def create(self, payload: dict[str, Any], actor: str) -> tuple[str, int]:
        draft = Draft.model_validate(payload)
        with self._engine.begin() as conn:
            exists = conn.execute(select(content_items.c.id).where(content_items.c.id == draft.id))
            if exists.first():
                raise WorkflowError(409, f"content item '{draft.id}' already exists")
            conn.execute(
                insert(content_items).values(
                    id=draft.id, status=Status.draft.value, latest_version=1
                )
            )
            self._add_version(conn, draft.id, 1, draft.data(), actor)
            self._audit(conn, actor, "create", draft.id, 1)
        return draft.id, 1

    def update(self, item_id: str, payload: dict[str, Any], actor: str) -> int:
        base = payload.get("version")
        if not isinstance(base, int) or isinstance(base, bool) or not 1 <= base < 2**31:
            raise WorkflowError(422, "version: the version your edit is based on is required")
        draft = Draft.model_validate({**payload, "id": item_id})
        version = base + 1
        with self._engine.begin() as conn:
            self._item_row(conn, item_id)  # 404 for an unknown item
            # One atomic check-and-claim: of two saves based on the same version, exactly one
            # moves it on; the other changes nothing and gets a 409 with both texts.
            claimed = conn.execute(
                update(content_items)
                .where((content_items.c.id == item_id) & (content_items.c.latest_version == base))
                .values(status=Status.draft.value, latest_version=version, updated_at=func.now())
            ).rowcount
            if claimed:
                self._add_version(conn, item_id, version, draft.data(), actor)
                self._audit(conn, actor, "update", item_id, version)
        if not claimed:
            current = self.get(item_id)
            raise WorkflowError(
                409,
                f"this item changed since version {base} (now version {current['version']}): "
                "your text is kept below, merge and save again",
                {"current": current, "yours": {**draft.data(), "version": base}},
            )
        return version

    def _step(
        self, item_id: str, actor: str, allowed_from: set[Status], to: Status, action: str
    ) -> dict:
        with self._engine.begin() as conn:
            row = self._item_row(conn, item_id)
            if Status(row.status) not in allowed_from:
                raise WorkflowError(409, f"cannot {action} an item that is {row.status}")
            values: dict[str, Any] = {"status": to.value, "updated_at": func.now()}
            if to is Status.retired:
                values["published_version"] = None
            conn.execute(
                update(content_items).where(content_items.c.id == item_id).values(**values)
            )
            self._audit(conn, actor, action, item_id, row.latest_version)
        return self.get(item_id)

    def submit(self, item_id: str, actor: str) -> dict:
        return self._step(item_id, actor, {Status.draft}, Status.in_review, "submit")

    def retire(self, item_id: str, actor: str) -> dict:
        return self._step(
            item_id,
            actor,
            {Status.draft, Status.in_review, Status.published},
            Status.retired,
            "retire",
        )

    def publish(self, item_id: str, actor: str) -> dict:
        """Two-person rule and quality gates, then the version goes live."""
        with self._engine.begin() as conn:
            row = self._item_row(conn, item_id)
            if row.status != Status.in_review.value:
                raise WorkflowError(
                    409, f"cannot publish an item that is {row.status}: submit it for review first"
                )
            data = self._version(conn, item_id, row.latest_version) or {}
            if data.get("author") == actor:
                raise WorkflowError(
                    403,
                    "two-person rule: you wrote this version, so another reviewer must publish it",
                )
            problems = publish_problems(item_id, row.latest_version, data)
            if problems:
                raise WorkflowError(422, "cannot publish: " + "; ".join(problems))
            today = datetime.now(UTC).date().isoformat()
            conn.execute(
                update(content_versions)
                .where(
                    (content_versions.c.item_id == item_id)
                    & (content_versions.c.version == row.latest_version)
                )
                .values(reviewed_by=actor, reviewed_on=today)
            )
            conn.execute(
                update(content_items)
                .where(content_items.c.id == item_id)
                .values(
                    status=Status.published.value,
                    published_version=row.latest_version,
                    updated_at=func.now(),
                )
            )
            self._audit(conn, actor, "publish", item_id, row.latest_version)
        return self.get(item_id)

    def rollback(self, item_id: str, to_version: int, actor: str) -> int:
        """Copy an earlier version forward as a new draft version (history stays intact)."""
        with self._engine.begin() as conn:
            row = self._item_row(conn, item_id)
            data = self._version(conn, item_id, to_version)
            if data is None:
                raise WorkflowError(404, f"version {to_version} of '{item_id}' not found")
            version = row.latest_version + 1
            self._add_version(conn, item_id, version, {k: data.get(k) for k in EDITABLE}, actor)
            conn.execute(
                update(content_items)
                .where(content_items.c.id == item_id)
                .values(status=Status.draft.value, latest_version=version, updated_at=func.now())
            )
            self._audit(conn, actor, "rollback", item_id, version, f"from version {to_version}")
        return version
