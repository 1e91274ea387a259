"""Content that stays current (issue 14): cited pages checked for changes against a real local
HTTP server, an editor marking a source as changed, review-due dates, honest stamps and a
reviewer's sign-off; on SQLite and on the real PostgreSQL server."""

import threading
import uuid
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psycopg
import pytest

from bot.content import parse_item
from bot.content.pages import http_fetch, page_text
from bot.content.rules import WorkflowError
from bot.content.store import ContentStore
from bot.core.db import make_engine

LABEL = "https://www.fda.gov/vaccines-blood-biologics/kymriah"
HOSPITAL = "https://together.stjude.org/en-us/care.html"


def item_text(item_id: str, sources: list[str], review_due: date) -> str:
    cited = "".join(f"  - title: Page {i}\n    url: {url}\n" for i, url in enumerate(sources))
    return (
        f"---\nid: {item_id}\ntitle: About {item_id}\ntopic: about\naudience: parent\n"
        f"questions:\n  - what is {item_id}\nsources:\n{cited}status: published\nversion: 1\n"
        f"checked_against: the label, read 2026-12-05\nreview_due: {review_due.isoformat()}\n"
        f"---\nA short plain answer about {item_id}.\n"
    )


class Pages:
    """What the local server answers for each path (tests change it between runs)."""

    def __init__(self) -> None:
        self.text = {"/vaccines-blood-biologics/kymriah": "<p>Label text, version one.</p>"}


@pytest.fixture
def server():
    pages = Pages()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = pages.text.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write((body or "not found").encode())

        def log_message(self, *args) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield pages, f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        yield ContentStore(make_engine(f"sqlite:///{tmp_path / 'app.sqlite'}"))
        return
    name = f"cartfg_test_{uuid.uuid4().hex[:10]}"
    admin = "postgresql://postgres@127.0.0.1:5432/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    engine = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}")
    yield ContentStore(engine)
    engine.dispose()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def library(store: ContentStore, due: date | None = None) -> None:
    due = due or date.today() + timedelta(days=180)
    items = [
        parse_item(item_text("label-item", [LABEL, HOSPITAL], due)),
        parse_item(item_text("other-item", [HOSPITAL], due)),
    ]
    store.import_items(items)


def reasons(store: ContentStore) -> dict[str, list[str]]:
    return {e.item_id: e.reasons for e in store.review_queue()}


def test_imported_items_are_not_reviewed_here_until_a_reviewer_signs_them_off(store) -> None:
    library(store)
    assert reasons(store) == {
        "label-item": ["imported, not yet reviewed here"],
        "other-item": ["imported, not yet reviewed here"],
    }
    assert {i.reviewed_by for i in store.live_items()} == {None}
    store.sign_off("label-item", "reviewer1")
    assert list(reasons(store)) == ["other-item"]
    [signed] = [i for i in store.live_items() if i.id == "label-item"]
    assert signed.reviewed_by == "reviewer1" and signed.reviewed_on == date.today()


def test_a_changed_page_flags_every_item_citing_it_until_signed_off(store, server) -> None:
    pages, origin = server
    pages.text["/en-us/care.html"] = "<p>Wash hands.</p>"
    library(store)
    for item_id in ("label-item", "other-item"):
        store.sign_off(item_id, "reviewer1")
    fetch = http_fetch(origin)
    first = {r.url: r.status for r in store.check_sources(fetch)}
    assert first == {LABEL: "new", HOSPITAL: "new"}
    assert reasons(store) == {}

    # Markup, scripts and spacing change; the words a reader sees do not: nothing to review.
    pages.text["/en-us/care.html"] = "<div><p>Wash   hands.</p><script>var x=1</script></div>"
    assert {r.status for r in store.check_sources(fetch)} == {"same"}
    assert reasons(store) == {}

    pages.text["/vaccines-blood-biologics/kymriah"] = "<p>Label text, version two.</p>"
    second = {r.url: r.status for r in store.check_sources(fetch)}
    assert second == {LABEL: "changed", HOSPITAL: "same"}
    queue = store.review_queue()
    assert [e.item_id for e in queue] == ["label-item"]
    assert queue[0].source_changed and "page text changed" in queue[0].reasons[0]
    assert [i.id for i in store.live_items()] == ["label-item", "other-item"]  # still live

    store.sign_off("label-item", "reviewer2")
    assert reasons(store) == {}


def test_an_unreachable_page_is_flagged(store, server) -> None:
    _, origin = server  # the hospital page is not served: 404
    library(store)
    store.sign_off("other-item", "reviewer1")
    results = {r.url: r for r in store.check_sources(http_fetch(origin))}
    assert results[HOSPITAL].status == "unreachable"
    assert any("unreachable" in r for r in reasons(store)["other-item"])


def test_an_editor_marks_a_source_changed_and_a_reviewer_signs_off(store) -> None:
    library(store)
    for item_id in ("label-item", "other-item"):
        store.sign_off(item_id, "reviewer1")
    assert store.mark_source_changed(HOSPITAL, "page revised 12/2025", "editor1") == 2
    flagged = {e.item_id: e for e in store.review_queue()}
    assert set(flagged) == {"label-item", "other-item"}
    assert all("page revised 12/2025" in e.reasons[0] for e in flagged.values())
    store.sign_off("other-item", "reviewer2")
    assert list(reasons(store)) == ["label-item"]
    with pytest.raises(WorkflowError) as refused:
        store.mark_source_changed("https://www.cancer.gov/not-cited", "changed", "editor1")
    assert refused.value.status == 404


def test_a_passed_review_date_puts_the_item_in_the_queue(store) -> None:
    library(store, due=date.today() - timedelta(days=1))
    store.sign_off("label-item", "reviewer1")
    assert reasons(store)["label-item"] == [f"review was due {date.today() - timedelta(days=1)}"]


def test_page_text_ignores_markup_and_scripts() -> None:
    html = "<html><style>p{}</style><body><p>One</p>\n<p>two &amp; three</p></body></html>"
    assert page_text(html) == "One two & three"


def spanish_text(item_id: str, translates: str, version: int, due: date) -> str:
    return (
        f"---\nid: {item_id}\nlang: es\ntranslation_of: {translates}\n"
        f"translation_of_version: {version}\ntitle: Sobre {translates}\ntopic: about\n"
        f"audience: parent\nquestions:\n  - qué es {translates}\nsources:\n"
        f"  - title: Page (en inglés)\n    url: {LABEL}\nstatus: published\nversion: 1\n"
        f"review_due: {due.isoformat()}\n---\nUna respuesta corta y clara.\n"
    )


def test_a_translation_of_an_older_english_version_is_out_of_date_but_stays_live(store) -> None:
    due = date.today() + timedelta(days=180)
    store.import_items(
        [
            parse_item(item_text("label-item", [LABEL], due)),
            parse_item(spanish_text("label-item-es", "label-item", 1, due)),
        ]
    )
    for item_id in ("label-item", "label-item-es"):
        store.sign_off(item_id, "reviewer1")
    assert reasons(store) == {}

    english = {k: v for k, v in store.get("label-item").items() if v is not None}
    store.update("label-item", english | {"body": "A new plain answer."}, "editor1")
    store.submit("label-item", "editor1")
    store.publish("label-item", "reviewer1")
    assert reasons(store) == {
        "label-item-es": [
            "translation out of date: label-item is at version 2, this translates version 1"
        ]
    }
    assert "label-item-es" in {item.id for item in store.live_items()}
