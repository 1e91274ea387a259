"""Attacks on the family's doors of the running stack: stolen or guessed conversation ids,
and oversized or malformed bodies (issue 15).

Design: a conversation id is a bearer secret. The server issues it (192 random bits,
`secrets.token_urlsafe(24)`), the widget keeps it in the tab's session storage, and whoever
holds it can read that conversation's transcript, as with a link to a shared document. What
protects a family is that it cannot be guessed or enumerated, that the transcript only ever
holds redacted text, and that it is deleted after RETENTION_DAYS or on "Clear conversation"."""

import base64
import secrets

import httpx
import pytest

pytestmark = pytest.mark.integration


def test_a_conversation_id_is_a_bearer_secret_of_at_least_128_bits(stack, chat) -> None:
    session = chat("what is crs")["session_id"]
    raw = base64.urlsafe_b64decode(session + "=" * (-len(session) % 4))
    assert len(raw) * 8 >= 128


def test_guessed_ids_read_nothing_and_a_stolen_one_reads_only_redacted_text(stack, chat) -> None:
    session = chat("Hi, I'm Maria Lopez, my son Liam has questions about CRS")["session_id"]
    for _ in range(20):  # well-formed guesses, like an attacker's
        guess = secrets.token_urlsafe(24)
        assert httpx.get(f"{stack.url}/api/chat/{guess}").status_code == 404
    for malformed in ("1", "../../etc/passwd", "' OR 1=1 --", "a" * 500):
        assert httpx.get(f"{stack.url}/api/chat/{malformed}").status_code == 404
    stolen = httpx.get(f"{stack.url}/api/chat/{session}")
    assert stolen.status_code == 200
    text = " ".join(m["text"] for m in stolen.json()["messages"])
    assert "Maria" not in text and "Liam" not in text


@pytest.mark.parametrize("path", ["/api/chat", "/api/feedback", "/api/auth/login", "/api/preview"])
def test_oversized_bodies_are_refused_before_reading(stack, path) -> None:
    big = b'{"message": "' + b"a" * 2_000_000 + b'"}'
    response = httpx.post(
        f"{stack.url}{path}", content=big, headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert "too large" in response.json()["error"]


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[]", b'{"message": 5}', b'{"message": null}', b"\xff\xfe", b""],
)
def test_malformed_bodies_get_a_clear_json_error(stack, body) -> None:
    response = httpx.post(
        f"{stack.url}/api/chat", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert isinstance(response.json()["error"], str)
