"""Retention purge, oversized bodies, and a failing action that must not crash the chat."""

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, insert, select, update

from bot.api import actions_endpoint, deps
from bot.auth.service_tokens import action_token
from bot.conversations.retention import purge
from bot.conversations.sessions import SessionStore
from bot.core.db import callback_requests, chat_messages, chat_sessions, make_engine
from bot.core.settings import PROJECT_ROOT
from tests.unit.test_chat_api import client  # noqa: F401  (the app fixture)


async def test_old_conversations_are_purged(client) -> None:  # noqa: F811
    runtime = client.app.state.runtime
    old = runtime.sessions.new()
    runtime.transcripts.add_turn(old, "u1", "old question", [])
    fresh = runtime.sessions.new()
    with runtime.engine.begin() as conn:
        conn.execute(
            update(chat_sessions)
            .where(chat_sessions.c.id == old)
            .values(created_at=datetime.now(UTC) - timedelta(days=45))
        )
    assert await purge(runtime.settings, runtime.engine, runtime.rasa) == 1
    assert not runtime.sessions.exists(old)
    assert runtime.sessions.exists(fresh)
    with runtime.engine.connect() as conn:
        assert (
            conn.execute(
                select(func.count())
                .select_from(chat_messages)
                .where(chat_messages.c.session_id == old)
            ).scalar()
            == 0
        )


def test_the_cron_purge_deletes_old_conversations_and_call_backs(settings) -> None:
    """`python -m bot purge` (one per deployment, from cron or the supervisor)."""
    engine = make_engine(settings.sqlalchemy_url)
    sessions = SessionStore(engine)
    old, fresh = sessions.new(), sessions.new()
    long_ago = datetime.now(UTC) - timedelta(days=settings.retention_days + 1)
    with engine.begin() as conn:
        conn.execute(
            update(chat_sessions).where(chat_sessions.c.id == old).values(created_at=long_ago)
        )
        conn.execute(
            insert(callback_requests).values(
                created_at=long_ago, name_enc=b"x", phone_enc=b"x", time_enc=b"x", status="new"
            )
        )
    env = {**os.environ, "DATA_DIR": str(settings.data_dir), "RASA_PORT": "9"}
    done = subprocess.run([sys.executable, "-m", "bot", "purge"], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, check=True)  # fmt: skip
    assert done.stdout.startswith("Purged 1 conversations")
    assert not sessions.exists(old) and sessions.exists(fresh)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(callback_requests)).scalar() == 0


def test_an_oversized_body_gets_a_clear_413(client) -> None:  # noqa: F811
    response = client.post(
        "/api/chat", content=b"x" * 300_000, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert "too large" in response.json()["error"]


def test_errors_never_show_a_stack_trace(client) -> None:  # noqa: F811
    response = client.get("/api/chat/not-a-session")
    assert response.status_code == 404
    assert response.json() == {"error": "unknown conversation"}


def test_a_failing_action_answers_not_sure_instead_of_crashing() -> None:
    deps.set_current(None)  # no runtime: every action that needs it raises
    app = FastAPI()
    app.include_router(actions_endpoint.router)
    tracker = {
        "sender_id": "s",
        "slots": {},
        "latest_message": {"text": "hi"},
        "events": [],
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": "action_listen",
    }
    body = {
        "next_action": "action_answer_question",
        "tracker": tracker,
        "domain": {"responses": {}},
    }
    with TestClient(app) as http:
        response = http.post(
            "/webhook", json=body, params={"token": action_token(deps.current_settings())}
        )
    assert response.status_code == 200
    assert response.json() == {"events": [], "responses": [{"response": "utter_not_sure"}]}


@pytest.mark.parametrize(
    "header",
    ["content-security-policy", "x-content-type-options", "referrer-policy", "x-request-id"],
)
def test_security_headers_on_every_response(client, header) -> None:  # noqa: F811
    assert header in client.get("/healthz").headers


def test_an_unexpected_error_is_json_with_a_reference_and_logs_no_text(caplog) -> None:
    """One catch-all: the widget can read the error, staff can find it by its id, and the
    log names where it happened, never what the family wrote."""
    from bot.core import logs

    app = FastAPI()
    app.middleware("http")(logs.with_request_id)

    @app.post("/boom")
    async def boom() -> None:
        raise ValueError("my son Liam has 39.4")

    with TestClient(app, raise_server_exceptions=False) as http, caplog.at_level("ERROR"):
        response = http.post("/boom")
    assert response.status_code == 500
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["request_id"] == response.headers["X-Request-ID"]
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "ValueError" in logged and "in boom" in logged
    assert "Liam" not in logged and "39.4" not in logged
