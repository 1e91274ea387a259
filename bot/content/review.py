"""Content that stays current (issue 14): the "Needs review" queue, checking cited pages for
changes, an editor marking a source as changed, and a reviewer's sign-off.

An item needs review when its review date has passed, when a page it cites changed (or could
not be fetched) after its last review, when it translates an older version of its English
item, or when it was imported and never reviewed here. Items
stay live meanwhile: the staff pages carry a banner until a reviewer signs them off.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import httpx
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from bot.content.pages import Fetch, text_hash
from bot.content.rules import WorkflowError
from bot.core.db import audit_log, content_versions, source_checks

REVIEWED = ("publish", "sign-off")


def utc(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every time here is UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


@dataclass
class SourceResult:
    url: str
    status: str  # new | same | changed | unreachable
    note: str = ""


@dataclass
class ReviewEntry:
    item_id: str
    title: str
    review_due: str | None
    reviewed_by: str | None
    reviewed_on: str | None
    reasons: list[str] = field(default_factory=list)
    source_changed: bool = False


class LibraryReview:
    """Mixed into ContentStore: it uses the store's engine, `_item_row`, `_version`, `_audit`
    and `live_items`."""

    # --- sources ---------------------------------------------------------------------------
    def cited_urls(self) -> list[str]:
        return sorted({str(s.url) for item in self.live_items() for s in item.sources})

    def check_sources(self, fetch: Fetch) -> list[SourceResult]:
        """Fetch every page the live library cites; remember its text's hash, and record when
        it changed or became unreachable (`python -m bot content check-sources`, run by cron)."""
        results = []
        for url in self.cited_urls():
            try:
                digest, problem = text_hash(fetch(url)), ""
            except (httpx.HTTPError, OSError, ValueError) as exc:
                digest, problem = None, f"unreachable ({type(exc).__name__})"
            results.append(self._record_check(url, digest, problem))
        return results

    def _record_check(self, url: str, digest: str | None, problem: str) -> SourceResult:
        now = datetime.now(UTC)
        with self._engine.begin() as conn:
            row = conn.execute(select(source_checks).where(source_checks.c.url == url)).first()
            if row is None:
                conn.execute(
                    insert(source_checks).values(
                        url=url,
                        content_hash=digest,
                        fetched_at=now,
                        status="unreachable" if problem else "ok",
                        changed_at=now if problem else None,
                        note=problem or None,
                    )
                )
                return SourceResult(url, "unreachable" if problem else "new", problem)
            values: dict = {"fetched_at": now}
            if problem:
                result = SourceResult(url, "unreachable", problem)
                if row.status != "unreachable":
                    values.update(status="unreachable", changed_at=now, note=problem)
            elif row.content_hash is not None and digest != row.content_hash:
                result = SourceResult(url, "changed", "page text changed")
                values.update(
                    status="changed", changed_at=now, note="page text changed", content_hash=digest
                )
            else:
                result = SourceResult(url, "same")
                values["content_hash"] = digest
                if row.status == "unreachable":
                    values.update(status="ok")
            conn.execute(update(source_checks).where(source_checks.c.url == url).values(**values))
        return result

    def mark_source_changed(self, url: str, note: str, actor: str) -> int:
        """An editor's word that a page changed ("label revised 12/2025"): every item citing
        it needs a reviewer's sign-off again. Returns how many live items cite it."""
        citing = [i.id for i in self.live_items() if url in {str(s.url) for s in i.sources}]
        if not citing:
            raise WorkflowError(404, f"no live item cites {url}")
        now = datetime.now(UTC)
        with self._engine.begin() as conn:
            exists = conn.execute(select(source_checks.c.url).where(source_checks.c.url == url))
            values = {"status": "marked", "changed_at": now, "note": note, "marked_by": actor}
            if exists.first():
                conn.execute(
                    update(source_checks).where(source_checks.c.url == url).values(**values)
                )
            else:
                conn.execute(insert(source_checks).values(url=url, **values))
            self._audit(conn, actor, "source-changed", None, None, f"{url}: {note}")
        return len(citing)

    def source_status(self) -> list[dict]:
        """Every cited page with its last check (for the staff page and the mark form)."""
        with self._engine.connect() as conn:
            checks = {r.url: r for r in conn.execute(select(source_checks)).all()}
        rows = []
        for url in self.cited_urls():
            check = checks.get(url)
            rows.append(
                {
                    "url": url,
                    "status": check.status if check else "not checked",
                    "note": check.note if check else None,
                    "fetched_at": str(utc(check.fetched_at))
                    if check and check.fetched_at
                    else None,
                    "changed_at": str(utc(check.changed_at))
                    if check and check.changed_at
                    else None,
                }
            )
        return rows

    # --- review ----------------------------------------------------------------------------
    def sign_off(self, item_id: str, actor: str) -> dict:
        """A reviewer confirms the live version is still right: it is stamped again and leaves
        the queue. Whoever wrote that version cannot sign it off (two-person rule)."""
        with self._engine.begin() as conn:
            row = self._item_row(conn, item_id)
            if row.published_version is None:
                raise WorkflowError(409, f"'{item_id}' has no live version to sign off")
            data = self._version(conn, item_id, row.published_version) or {}
            if data.get("author") == actor:
                raise WorkflowError(
                    403, "two-person rule: another reviewer must sign off your text"
                )
            conn.execute(
                update(content_versions)
                .where(
                    (content_versions.c.item_id == item_id)
                    & (content_versions.c.version == row.published_version)
                )
                .values(reviewed_by=actor, reviewed_on=datetime.now(UTC).date().isoformat())
            )
            self._audit(conn, actor, "sign-off", item_id, row.published_version)
        return self.get(item_id)

    def _last_reviews(self, conn: Connection) -> dict[str, datetime]:
        rows = conn.execute(
            select(audit_log.c.item_id, audit_log.c.at).where(audit_log.c.action.in_(REVIEWED))
        ).all()
        last: dict[str, datetime] = {}
        for item_id, at in rows:
            at = utc(at)
            if item_id not in last or at > last[item_id]:
                last[item_id] = at
        return last

    def review_queue(self, today: date | None = None) -> list[ReviewEntry]:
        """Live items that need a reviewer, changed sources first, then past due, then items
        imported and never reviewed here."""
        today = today or datetime.now(UTC).date()
        with self._engine.connect() as conn:
            last = self._last_reviews(conn)
            checks = {r.url: r for r in conn.execute(select(source_checks)).all()}
        queue = []
        live = self.live_items()
        versions = {item.id: item.version for item in live}
        for item in live:
            entry = ReviewEntry(
                item.id,
                item.title,
                item.review_due.isoformat() if item.review_due else None,
                item.reviewed_by,
                item.reviewed_on.isoformat() if item.reviewed_on else None,
            )
            for source in item.sources:
                check = checks.get(str(source.url))
                changed = utc(check.changed_at) if check else None
                if changed and (item.id not in last or changed > last[item.id]):
                    entry.source_changed = True
                    entry.reasons.append(
                        f"source changed: {source.title} ({check.note}, {changed.date()})"
                    )
            english = versions.get(item.translation_of or "")
            if english and item.translation_of_version and item.translation_of_version < english:
                entry.reasons.append(
                    f"translation out of date: {item.translation_of} is at version {english}, "
                    f"this translates version {item.translation_of_version}"
                )
            if item.review_due is None:
                entry.reasons.append("no review-due date")
            elif item.review_due < today:
                entry.reasons.append(f"review was due {item.review_due.isoformat()}")
            if item.reviewed_by is None:
                entry.reasons.append("imported, not yet reviewed here")
            if entry.reasons:
                queue.append(entry)
        order = {True: 0, False: 1}
        return sorted(
            queue, key=lambda e: (order[e.source_changed], "imported" in e.reasons[0], e.item_id)
        )
