"""Attacks on the staff doors: every staff route as anonymous, as every role (exactly its
own routes, 403 elsewhere), with a forged or expired session cookie, and state changes
without the CSRF token; on SQLite and the real PostgreSQL server (issue 15).

The app and signed-in clients are the staff API tests' fixtures (see conftest.py)."""

import uuid

import pytest

from bot.api.limits import limiter
from bot.auth.deps import PERMISSIONS
from tests.unit.test_staff_api import PASSWORD, ROLES, call, staff_routes


def test_anonymous_is_refused_everywhere(app, clients) -> None:
    anonymous, _ = clients
    for method, path, _ in staff_routes(app):
        response = call(anonymous, method, path)
        assert response.status_code == 401, (method, path, response.text)
        assert "error" in response.json()


def test_a_forged_cookie_is_refused(app, clients) -> None:
    anonymous, _ = clients
    anonymous.cookies.set("cartfg_session", "forged-" + uuid.uuid4().hex)
    try:
        for method, path, _ in staff_routes(app):
            assert call(anonymous, method, path).status_code == 401, (method, path)
    finally:
        anonymous.cookies.clear()


@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_exactly_its_routes(app, clients, role) -> None:
    _, signed = clients
    client = signed[f"{role}1"]
    for method, path, permission in staff_routes(app):
        if path == "/api/auth/logout":
            continue  # would end the shared session
        response = call(client, method, path)
        may = permission is None or permission in PERMISSIONS[role]
        if may:
            assert response.status_code not in (401, 403), (role, method, path, response.text)
        else:
            assert response.status_code == 403, (role, method, path, response.text)
            assert "error" in response.json()


def test_state_changes_need_the_csrf_token(clients) -> None:
    _, signed = clients
    client = signed["editor1"]
    token = client.headers.pop("X-CSRF-Token")
    try:
        assert client.post("/api/content", json={}).status_code == 403
        client.headers["X-CSRF-Token"] = "wrong"
        assert client.post("/api/content", json={}).status_code == 403
    finally:
        client.headers["X-CSRF-Token"] = token


def test_an_expired_session_is_refused(app, clients) -> None:
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    from bot.core.db import staff_sessions

    anonymous, _ = clients
    response = anonymous.post("/api/auth/login", json={"username": "nurse1", "password": PASSWORD})
    assert response.status_code == 200
    with app.state.runtime.engine.begin() as conn:
        conn.execute(update(staff_sessions).values(expires_at=datetime.now(UTC) - timedelta(1)))
    try:
        assert anonymous.get("/api/callbacks").status_code == 401
    finally:
        anonymous.cookies.clear()
        limiter.reset()
