"""One real stack per test session: trained Rasa model, Rasa server, and the app."""

import httpx
import pytest

from bot.ops.stack import Stack


@pytest.fixture
def chat(stack: Stack):
    """Send one message; returns the JSON reply (asserting 200)."""

    def send(message: str, session_id: str | None = None, **fields: str) -> dict:
        body = {"message": message, "session_id": session_id, **fields}
        response = httpx.post(f"{stack.url}/api/chat", json=body, timeout=60)
        assert response.status_code == 200, response.text
        return response.json()

    return send
