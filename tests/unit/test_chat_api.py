"""The public chat API: input validation, session ids, and a friendly 503 when Rasa is down.

Runs the real app (real routes, real SQLite) with a fake embedder and no Rasa server:
the port it points at has nothing listening, as when Rasa is restarting.
"""

import socket

import pytest
from fastapi.testclient import TestClient

from bot.api.app import create_app
from bot.chat.wording import response_text
from bot.core.settings import Settings
from bot.retrieval.service import RetrievalService


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def client(settings, fake_embedder, blank_nlp):
    settings.rasa_port = _closed_port()
    service = RetrievalService(settings, embedder=fake_embedder, nlp=blank_nlp)
    service.start()
    with TestClient(create_app(settings, service)) as client:
        yield client


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"message": ""}, "message must not be empty"),
        ({"message": "   "}, "message must not be empty"),
        ({"message": 42}, "message must be a string"),
        ({"message": None}, "message is required"),
        ({}, "message is required"),
        ({"message": ["hi"]}, "message must be a string"),
        ({"message": "x" * 1001}, "message is too long (1001 characters; the limit is 1000)"),
    ],
)
def test_bad_messages_get_a_short_clear_422(client, body, error) -> None:
    response = client.post("/api/chat", json=body)
    assert response.status_code == 422
    assert response.json() == {"error": error}


def test_a_body_that_is_not_json_is_a_422(client) -> None:
    response = client.post(
        "/api/chat", content="hello", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert response.json() == {"error": "the request body must be a JSON object"}


def test_rasa_down_gives_503_with_a_message_for_the_family(client) -> None:
    response = client.post("/api/chat", json={"message": "who can get Kymriah?"})
    assert response.status_code == 503
    body = response.json()
    assert body["error"] == "assistant_unavailable"
    expected = response_text("utter_service_unavailable", Settings().contact_slots)
    assert body["messages"][0]["text"] == expected
    assert "care team" in body["messages"][0]["text"]
    assert body["session_id"]


def test_health_is_503_and_says_why_when_rasa_is_down(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "rasa server is not answering" in response.json()["problems"]


def test_unknown_or_malformed_session_ids_start_a_new_conversation(client) -> None:
    first = client.post("/api/chat", json={"message": "hi"}).json()["session_id"]
    again = client.post("/api/chat", json={"message": "hi", "session_id": first}).json()
    assert again["session_id"] == first
    for bad in ["made-up-session-id-1234567890", "../../etc", 12345, ""]:
        fresh = client.post("/api/chat", json={"message": "hi", "session_id": bad}).json()
        assert fresh["session_id"] not in {first, bad}
        assert len(fresh["session_id"]) >= 20


def test_the_demo_page_embeds_the_widget_with_one_tag(client) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert '<script src="/widget.js" defer></script>' in page.text
    script = client.get("/widget.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert "customElements.define" in script.text


def test_an_urgent_message_still_gets_the_urgent_reply_when_rasa_is_down(client) -> None:
    response = client.post(
        "/api/chat", json={"message": "he got his cells 5 days ago and now has 39.4 fever"}
    )
    assert response.status_code == 200
    [message] = response.json()["messages"]
    assert message["urgent"] is True
    assert message["text"] == response_text("utter_urgent", Settings().contact_slots)
    assert {call["tel"] for call in message["calls"]} == {"555-0100", "911"}


def test_one_conversation_cannot_flood_the_chat(client) -> None:
    from bot.api.limits import limiter

    limiter.reset()
    session = client.post("/api/chat", json={"message": "hi"}).json()["session_id"]
    codes = [
        client.post("/api/chat", json={"message": "hi", "session_id": session}).status_code
        for _ in range(25)
    ]
    limiter.reset()
    assert 429 in codes
    assert codes[0] != 429


@pytest.mark.parametrize(("trusted", "per_family"), [("testclient", True), ("10.9.9.9", False)])
def test_behind_a_trusted_proxy_the_limit_is_per_family(
    settings, fake_embedder, blank_nlp, trusted, per_family
) -> None:
    """Through uvicorn's proxy-header handling (as `--forwarded-allow-ips` sets it up): behind
    the trusted balancer 70 families each get their turn; behind an unknown one, the
    forwarded addresses are not believed and the shared limit (60 a minute) applies."""
    from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

    from bot.api.limits import limiter

    settings.rasa_port = _closed_port()
    service = RetrievalService(settings, embedder=fake_embedder, nlp=blank_nlp)
    service.start()
    app = create_app(settings, service)
    limiter.reset()
    with TestClient(ProxyHeadersMiddleware(app, trusted_hosts=trusted)) as http:
        codes = [
            http.post(
                "/api/chat", json={"message": "hi"}, headers={"X-Forwarded-For": f"203.0.113.{i}"}
            ).status_code
            for i in range(70)
        ]
    limiter.reset()
    assert (429 not in codes) is per_family, codes


def test_the_app_server_believes_only_the_configured_proxies(settings) -> None:
    from bot.ops.rasa_process import app_command

    settings.trusted_proxies = "10.0.0.0/24"
    argv = app_command(settings)
    assert argv[argv.index("--forwarded-allow-ips") + 1] == "10.0.0.0/24"


def test_rasa_down_tells_a_spanish_family_in_spanish(client) -> None:
    response = client.post("/api/chat", json={"message": "¿quién puede recibir Kymriah?"})
    assert response.status_code == 503
    body = response.json()
    expected = response_text("utter_service_unavailable", Settings().contact_slots, "es")
    assert body["messages"][0]["text"] == expected
    assert body["messages"][0]["lang"] == "es" and body["lang"] == "es"


def test_the_welcome_comes_in_the_language_asked_for(client) -> None:
    contact = Settings().contact_slots
    spanish = client.get("/api/welcome", params={"lang": "es"}).json()["messages"]
    assert [m["text"] for m in spanish] == [
        response_text("utter_disclaimer", contact, "es"),
        response_text("utter_greet", contact, "es"),
    ]
    assert client.get("/api/welcome", params={"lang": "fr"}).status_code == 422


def test_a_language_the_bot_does_not_speak_is_a_clear_422(client) -> None:
    response = client.post("/api/chat", json={"message": "bonjour", "lang": "fr"})
    assert response.status_code == 422
    assert "lang" in response.json()["error"]
