"""Two app workers on the real PostgreSQL and Redis servers share one conversation and one
content library: Rasa's SQL tracker store and Redis lock store, our content store."""

import time
import uuid

import httpx
import psycopg
import pytest
import redis

from bot.ops.process import wait_until_up
from bot.ops.stack import Stack, free_port
from tests.conftest import STAFF_PASSWORD

pytestmark = pytest.mark.integration
ADMIN_DB = "postgresql://postgres@127.0.0.1:5432/postgres"


@pytest.fixture(scope="module")
def two_workers(rasa_model, tmp_path_factory):
    name = f"cartfg_scale_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN_DB, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    redis_db = 7
    redis.Redis(db=redis_db).flushdb()
    shared = {
        "database_url": f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}",
        "redis_url": f"redis://127.0.0.1:6379/{redis_db}",
    }
    data = tmp_path_factory.mktemp("scale")
    rasa_port = free_port()
    from bot.core.settings import Settings

    stacks = []
    for _ in range(2):
        settings = Settings(
            data_dir=data,
            app_port=free_port(),
            rasa_port=rasa_port,
            embedding_cache=Settings().embedding_cache_path,  # filled by `make index`
            **shared,
        )
        stacks.append(Stack(settings=settings, model=rasa_model, logs=data))
    first, second = stacks
    try:
        first.start_app()  # the first worker migrates and imports the library
        wait_until_up(f"{first.url}/api/welcome", first.procs.values(), 240)
        second.start_app()
        wait_until_up(f"{second.url}/api/welcome", second.procs.values(), 240)
        first.start_rasa()  # Rasa calls the first worker's action endpoint
        first.wait_healthy()
        second.wait_healthy()
        yield first, second
    finally:
        for stack in stacks:
            stack.stop_all()
        with psycopg.connect(ADMIN_DB, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        redis.Redis(db=redis_db).flushdb()


def send(stack: Stack, message: str, session: str | None) -> dict:
    response = httpx.post(
        f"{stack.url}/api/chat", json={"message": message, "session_id": session}, timeout=60
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_a_conversation_alternating_between_workers_keeps_its_state(two_workers) -> None:
    first, second = two_workers
    session = send(first, "can a nurse call me back?", None)["session_id"]
    asked = send(second, "Ana", session)  # the form (in Rasa's PostgreSQL tracker) goes on
    assert asked["session_id"] == session
    assert "phone" in asked["messages"][0]["text"].lower()
    send(first, "617-555-0142", session)
    done = send(second, "weekday mornings", session)
    assert "nurse will call" in done["messages"][0]["text"]
    transcript = httpx.get(f"{first.url}/api/chat/{session}").json()["messages"]
    assert len([m for m in transcript if m["role"] == "user"]) == 4


def test_a_publish_on_one_worker_is_answered_by_the_other(two_workers) -> None:

    first, second = two_workers
    clients = {
        name: first.staff_client(name, role, STAFF_PASSWORD)
        for name, role in (("scale-editor", "editor"), ("scale-reviewer", "reviewer"))
    }
    item_id = f"kites-{uuid.uuid4().hex[:6]}"
    body = "Ask your care team before your child flies a kite outside. Sun and germs matter."
    item = {
        "id": item_id,
        "title": "Can my child fly a kite after CAR-T?",
        "topic": "daily-life",
        "audience": "parent",
        "body": body,
        "questions": [
            "can my child fly a kite after car-t",
            "kite flying after kymriah",
            "is flying a kite ok",
        ],
        "sources": [{"title": "Example page", "url": "https://www.cancer.gov/example/kites"}],
    }
    assert clients["scale-editor"].post("/api/content", json=item).status_code == 201
    assert clients["scale-editor"].post(f"/api/content/{item_id}/submit").status_code == 200
    started = time.perf_counter()
    assert clients["scale-reviewer"].post(f"/api/content/{item_id}/publish").status_code == 200
    while True:
        reply = send(second, "can my daughter fly a kite after car-t?", None)
        if any(m["text"] == body for m in reply["messages"]):
            break
        assert time.perf_counter() - started < 10, "the other worker never picked it up"
        time.sleep(0.1)
    print(f"publish on worker 1 -> answered by worker 2 in {time.perf_counter() - started:.2f}s")
