"""Rasa stops in the middle of a conversation: families still get a clear answer fast,
health turns red, and the same conversation goes on when Rasa is back. (Runs last in the
integration tests because it restarts Rasa.)"""

import os
import signal
import time

import httpx
import pytest

from bot.auth.service_tokens import rasa_token
from bot.chat.wording import response_text
from tests.integration.test_chat_flow import CONTACT

pytestmark = pytest.mark.integration


def test_an_urgent_reply_never_waits_for_a_frozen_rasa(stack, chat) -> None:
    """Rasa alive but frozen (SIGSTOP): the gateway knows at once that the message is
    urgent, so the family must not wait out Rasa's timeout for the urgent reply."""
    session = chat("what is crs")["session_id"]
    rasa = stack.procs["rasa"]
    os.kill(rasa.pid, signal.SIGSTOP)
    try:
        started = time.perf_counter()
        urgent = httpx.post(
            f"{stack.url}/api/chat",
            json={"message": "he's shaking all over and 39.3 right now", "session_id": session},
            timeout=60,
        )
        elapsed = time.perf_counter() - started
    finally:
        os.kill(rasa.pid, signal.SIGCONT)
    assert urgent.status_code == 200
    assert urgent.json()["messages"][0]["urgent"]
    # Not a speed target: waiting for Rasa would take its whole timeout.
    assert stack.settings.rasa_timeout_s >= 30 and elapsed < 5.0
    # Once Rasa runs again the conversation goes on, and the urgent turn was recorded.
    assert any(m["sources"] for m in chat("how is crs treated", session)["messages"])
    tracker = httpx.get(
        f"{stack.settings.rasa_url}/conversations/{session}/tracker",
        params={"token": rasa_token(stack.settings)},
    ).json()
    assert "events" in tracker, tracker
    intents = [e["parse_data"]["intent"]["name"] for e in tracker["events"] if e["event"] == "user"]
    assert "urgent_symptom" in intents


def test_rasa_down_then_back_keeps_the_conversation(stack, chat) -> None:
    session = chat("what is crs")["session_id"]
    stack.stop("rasa")
    try:
        started = time.perf_counter()
        down = httpx.post(
            f"{stack.url}/api/chat", json={"message": "how is crs treated", "session_id": session}
        )
        elapsed = time.perf_counter() - started
        assert down.status_code == 503
        assert down.json()["messages"][0]["text"] == response_text(
            "utter_service_unavailable", CONTACT
        )
        assert down.json()["session_id"] == session
        assert elapsed < 3.0
        assert httpx.get(f"{stack.url}/healthz").status_code == 503
        urgent = httpx.post(
            f"{stack.url}/api/chat",
            json={"message": "she has a fever of 39.2 right now", "session_id": session},
        )
        assert urgent.status_code == 200 and urgent.json()["messages"][0]["urgent"]
        crisis = httpx.post(
            f"{stack.url}/api/chat",
            json={"message": "i want to kill myself", "session_id": session},
        )
        assert crisis.status_code == 200
        assert crisis.json()["messages"][0]["text"] == response_text(
            "utter_crisis", {**CONTACT, "crisis_line": "988"}
        )
    finally:
        stack.start_rasa()
        stack.wait_healthy()
    back = chat("how is crs treated", session)
    assert back["session_id"] == session
    assert any(m["sources"] for m in back["messages"])
