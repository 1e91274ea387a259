"""Staff API: every route for anonymous, each role and a forged cookie; CSRF; the whole
editorial workflow on SQLite and on the real PostgreSQL server (throwaway database)."""

import re
import uuid

import psycopg
import pytest
from fastapi.testclient import TestClient

from bot.api.app import create_app
from bot.api.limits import limiter
from bot.auth.accounts import AccountStore
from bot.core.db import make_engine
from bot.core.settings import Settings
from bot.retrieval.service import RetrievalService

PASSWORD = "a long enough password"
ROLES = ("nurse", "editor", "reviewer", "admin")
# Which permission each staff route needs (None: any signed-in staff member).
ROUTE_PERMISSION = [
    (r"^/api/auth/(logout|me)$", None),
    (r"^/api/content/[^/]+/(publish|retire|sign-off)$", "publish"),
    (r"^/api/(content|audit|readability|review-queue|sources)", "content"),
    (r"^/api/preview$", "preview"),
    (r"^/api/callbacks", "callbacks"),
    (r"^/api/insights", "insights"),
]
PUBLIC = re.compile(r"^/(api/(chat|welcome|feedback|auth/login)|healthz|webhook)")


def staff_routes(app) -> list[tuple[str, str, str | None]]:
    routes = []
    for path, methods in app.openapi()["paths"].items():
        if PUBLIC.match(path):
            continue
        permission = next((p for pattern, p in ROUTE_PERMISSION if re.match(pattern, path)), "?")
        assert permission != "?", f"{path} has no permission rule in this test"
        for method in methods:
            concrete = path.replace("{item_id}", "what-is-car-t").replace("{request_id}", "1")
            routes.append((method.upper(), concrete, permission))
    return routes


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database_url(request, tmp_path_factory):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'app.sqlite'}"
        return
    name = f"cartfg_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
        c.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
        c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def app(database_url, tmp_path_factory):
    import spacy

    from bot.retrieval.embedder import FakeEmbedder

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("data"), database_url=database_url, rasa_port=9
    )  # nothing listens on port 9: Rasa is "down"
    accounts = AccountStore(make_engine(database_url))
    for role in ROLES:
        accounts.add_user(f"{role}1", PASSWORD, role)
    accounts.add_user("reviewer2", PASSWORD, "reviewer")
    accounts.add_user("editor2", PASSWORD, "editor")
    service = RetrievalService(settings, embedder=FakeEmbedder(), nlp=nlp)
    return create_app(settings, service)


@pytest.fixture(scope="module")
def clients(app):
    limiter.reset()  # each database's module starts with a fresh login budget
    with TestClient(app) as anonymous:
        signed = {}
        for name in [*(f"{r}1" for r in ROLES), "reviewer2", "editor2"]:
            client = TestClient(app)
            client.__enter__()
            response = client.post("/api/auth/login", json={"username": name, "password": PASSWORD})
            assert response.status_code == 200, response.text
            client.headers["X-CSRF-Token"] = client.cookies["cartfg_csrf"]
            signed[name] = client
        yield anonymous, signed
        for client in signed.values():
            client.__exit__(None, None, None)


def call(client, method: str, path: str):
    body = {} if method in {"POST", "PUT"} else None
    return client.request(method, path, json=body)


def test_wrong_password_is_refused(clients) -> None:
    anonymous, _ = clients
    response = anonymous.post("/api/auth/login", json={"username": "editor1", "password": "no"})
    assert response.status_code == 401
    assert response.json() == {"error": "wrong username or password"}


def new_item(**changes) -> dict:
    item = {
        "id": f"test-item-{uuid.uuid4().hex[:8]}",
        "title": "Can my child swim after CAR-T?",
        "topic": "daily-life",
        "audience": "parent",
        "questions": ["can my child swim", "is swimming ok after car-t", "pool after kymriah"],
        "sources": [{"title": "Example", "url": "https://www.cancer.gov/example/swim"}],
        "body": "Ask your care team before your child swims. Pools can carry germs.",
    }
    return {**item, **changes}


def test_the_whole_workflow_with_the_two_person_rule(app, clients) -> None:
    _, signed = clients
    editor, reviewer, other = signed["editor1"], signed["reviewer1"], signed["reviewer2"]
    item = new_item()
    created = editor.post("/api/content", json=item)
    assert created.status_code == 201 and created.json()["version"] == 1
    item_id = created.json()["id"]
    assert editor.post(f"/api/content/{item_id}/publish").status_code == 403  # editors cannot
    assert editor.post(f"/api/content/{item_id}/submit").json()["status"] == "in_review"
    published = reviewer.post(f"/api/content/{item_id}/publish")
    assert published.status_code == 200, published.text
    live = {i.id: i for i in app.state.runtime.content.live_items()}
    assert live[item_id].body == item["body"]
    assert item_id in app.state.runtime.retrieval.index.items  # live without a restart

    # A new draft beside the published version, written by the reviewer: two-person rule.
    changed = {
        **item,
        "body": "Ask your care team first. Pools and lakes can carry germs.",
        "version": 1,
    }
    saved = reviewer.put(f"/api/content/{item_id}", json=changed)
    assert saved.status_code == 200 and saved.json()["version"] == 2
    assert other.post(f"/api/content/{item_id}/publish").status_code == 409  # not submitted
    assert reviewer.post(f"/api/content/{item_id}/submit").status_code == 200
    refused = reviewer.post(f"/api/content/{item_id}/publish")
    assert refused.status_code == 403 and "two-person rule" in refused.json()["error"]
    live = {i.id: i for i in app.state.runtime.content.live_items()}
    assert live[item_id].body == item["body"]  # the reviewed version stays live, not the change
    assert live[item_id].version == 1
    assert other.post(f"/api/content/{item_id}/publish").status_code == 200

    versions = editor.get(f"/api/content/{item_id}/versions").json()
    assert [v["version"] for v in versions] == [1, 2]
    diff = editor.get(f"/api/content/{item_id}/diff", params={"from": 1, "to": 2}).json()["diff"]
    assert "-Ask your care team before your child swims." in diff
    rolled = editor.post(f"/api/content/{item_id}/rollback", json={"to_version": 1}).json()
    assert rolled["version"] == 3
    assert editor.get(f"/api/content/{item_id}").json()["body"] == item["body"]

    assert reviewer.post(f"/api/content/{item_id}/retire").json()["status"] == "retired"
    assert item_id not in app.state.runtime.retrieval.index.items
    actions = [(e["action"], e["item_id"]) for e in editor.get("/api/audit").json()]
    for action in ("create", "submit", "publish", "update", "rollback", "retire"):
        assert (action, item_id) in actions


def test_a_stale_update_is_refused_and_nothing_is_lost(clients) -> None:
    _, signed = clients
    first, second = signed["editor1"], signed["editor2"]
    item = new_item()
    item_id = first.post("/api/content", json=item).json()["id"]
    assert (
        first.put(
            f"/api/content/{item_id}", json={**item, "body": "First edit.", "version": 1}
        ).status_code
        == 200
    )
    mine = {**item, "body": "Second editor's careful words.", "version": 1}
    stale = second.put(f"/api/content/{item_id}", json=mine)
    assert stale.status_code == 409
    body = stale.json()
    assert body["yours"]["body"] == "Second editor's careful words."
    assert body["current"]["body"] == "First edit." and body["current"]["version"] == 2


def test_publishing_refuses_what_is_missing_or_hard_to_read(clients) -> None:
    _, signed = clients
    editor, reviewer = signed["editor1"], signed["reviewer1"]
    no_source = editor.post("/api/content", json=new_item(sources=[])).json()["id"]
    editor.post(f"/api/content/{no_source}/submit")
    refused = reviewer.post(f"/api/content/{no_source}/publish")
    assert refused.status_code == 422 and "sources" in refused.json()["error"]
    hard = (
        "Lymphodepleting chemotherapy, administered intravenously preceding tisagenlecleucel "
        "infusion, substantially diminishes endogenous lymphocyte populations, thereby "
        "facilitating subsequent chimeric antigen receptor T-cell expansion and persistence."
    )
    hard_id = editor.post("/api/content", json=new_item(body=hard)).json()["id"]
    editor.post(f"/api/content/{hard_id}/submit")
    refused = reviewer.post(f"/api/content/{hard_id}/publish")
    assert refused.status_code == 422 and "grade" in refused.json()["error"]


def test_bad_content_gets_a_422_naming_the_field(clients) -> None:
    _, signed = clients
    response = signed["editor1"].post("/api/content", json=new_item(audience="doctors"))
    assert response.status_code == 422
    assert response.json()["error"].startswith("audience")


def test_preview_explains_without_storing(app, clients) -> None:
    _, signed = clients
    response = signed["nurse1"].post("/api/preview", json={"message": "no fever today"})
    assert response.status_code == 200
    explain = response.json()["explain"]
    assert explain["safety"]["urgent"] is False
    assert any("negated" in r for r in explain["safety"]["ruled_out"])
    assert "threshold" in explain and "passages" in explain
    with app.state.runtime.engine.connect() as conn:
        from sqlalchemy import func, select

        from bot.core.db import chat_messages

        assert conn.execute(select(func.count()).select_from(chat_messages)).scalar() == 0


def test_login_is_rate_limited(clients) -> None:
    anonymous, _ = clients
    limiter.reset()
    codes = [
        anonymous.post("/api/auth/login", json={"username": "x", "password": "y"}).status_code
        for _ in range(12)
    ]
    assert codes[:10] == [401] * 10
    assert codes[-1] == 429
    limiter.reset()


def test_unknown_status_filter_and_callback_are_clear_errors(clients) -> None:
    _, signed = clients
    bad = signed["editor1"].get("/api/content", params={"status": "bogus"})
    assert bad.status_code == 422 and bad.json()["error"].startswith("status")
    assert signed["nurse1"].post("/api/callbacks/999999/done").status_code == 404


def test_two_saves_at_once_give_one_200_and_one_409_and_keep_both_texts(app) -> None:
    """Two editors press Save on the same version at the same moment, many times over:
    always exactly one save wins and the other gets a 409 carrying both texts."""
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from bot.content.rules import WorkflowError

    store = app.state.runtime.content
    item = new_item()
    item_id, _ = store.create(item, "edna")
    for base in range(1, 11):
        barrier = Barrier(2)

        def save(author: str, base: int = base, barrier: Barrier = barrier):
            barrier.wait()
            try:
                payload = {**item, "body": f"Words from {author}.", "version": base}
                return ("saved", store.update(item_id, payload, author))
            except WorkflowError as exc:
                return ("refused", exc)

        with ThreadPoolExecutor(2) as pool:
            outcomes = list(pool.map(save, ["edna", "eve"]))
        saved = [o for kind, o in outcomes if kind == "saved"]
        refused = [o for kind, o in outcomes if kind == "refused"]
        assert saved == [base + 1] and len(refused) == 1, outcomes
        conflict = refused[0]
        assert conflict.status == 409
        assert conflict.current["yours"]["body"] != conflict.current["current"]["body"]
        kept = {conflict.current["yours"]["body"], conflict.current["current"]["body"]}
        assert kept == {"Words from edna.", "Words from eve."}
    assert [v["version"] for v in store.versions(item_id)] == list(range(1, 12))


def test_a_slow_staff_page_does_not_hold_up_a_family(app, clients, monkeypatch) -> None:
    """Staff work runs off the event loop: while the insights request is busy (held open
    here), a family's turn through the same server still gets its reply first."""
    import threading

    from bot.api.routes import staff_insights

    editor = TestClient(app)  # one client: one event loop for both requests
    editor.__enter__()
    signed_in = editor.post("/api/auth/login", json={"username": "editor2", "password": PASSWORD})
    assert signed_in.status_code == 200
    busy, release = threading.Event(), threading.Event()

    def slow_groups(runtime) -> list:
        busy.set()
        release.wait(5)  # blocking, like embedding 500 texts
        return []

    monkeypatch.setattr(staff_insights, "unanswered_groups", slow_groups)
    finished: list[str] = []
    staff = threading.Thread(
        target=lambda: (editor.get("/api/insights/unanswered"), finished.append("insights"))
    )
    staff.start()
    assert busy.wait(10)
    family = editor.post("/api/chat", json={"message": "what is crs"})
    finished.append("family")
    release.set()
    staff.join()
    editor.__exit__(None, None, None)
    assert family.status_code in {200, 503}  # Rasa is down here: the reply says so
    assert finished == ["family", "insights"]


def test_numbers_too_large_for_the_database_are_a_422_not_a_500(clients) -> None:
    """Found by schemathesis signed in as a nurse: a 32-digit call-back id was a 500."""
    _, signed = clients
    huge = 15449860815788002845791589761024
    assert signed["nurse1"].post(f"/api/callbacks/{huge}/done").status_code == 422
    editor = signed["editor2"]
    diff = editor.get(f"/api/content/what-is-car-t/diff?from=1&to={huge}")
    assert diff.status_code == 422
    rollback = editor.post("/api/content/what-is-car-t/rollback", json={"to_version": huge})
    assert rollback.status_code == 422
    body = {**new_item(id="what-is-car-t"), "version": huge}
    assert editor.put("/api/content/what-is-car-t", json=body).status_code == 422
