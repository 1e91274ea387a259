"""Attacks from outside on the doors between the parts of the stack: the action endpoint on
the family port, and Rasa's HTTP API. Run against the real stack (issue 15)."""

import httpx
import pytest

from bot.auth.service_tokens import action_token, rasa_token

pytestmark = pytest.mark.integration

TRACKER = {
    "sender_id": "preview-drafts-0",
    "slots": {},
    "latest_message": {"text": "what is crs", "metadata": {}},
    "events": [],
    "paused": False,
    "followup_action": None,
    "active_loop": {},
    "latest_action_name": "action_listen",
}
CALL = {"next_action": "action_answer_question", "tracker": TRACKER, "domain": {"responses": {}}}


@pytest.mark.parametrize("params", [{}, {"token": "guess"}, {"token": ""}])
def test_the_action_endpoint_refuses_callers_without_the_token(stack, params) -> None:
    response = httpx.post(f"{stack.url}/webhook", json=CALL, params=params)
    assert response.status_code == 401
    assert "events" not in response.json()


def test_the_action_endpoint_serves_rasa_with_the_token(stack) -> None:
    token = action_token(stack.settings)
    response = httpx.post(f"{stack.url}/webhook", json=CALL, params={"token": token})
    assert response.status_code == 200
    assert "events" in response.json()


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/conversations/anyone/tracker"),
        ("PUT", "/conversations/anyone/tracker/events"),
        ("POST", "/model/parse"),
        ("GET", "/status"),
    ],
)
def test_rasas_api_refuses_callers_without_the_token(stack, method, path) -> None:
    url = f"{stack.settings.rasa_url}{path}"
    assert httpx.request(method, url, json={"text": "hi"}).status_code == 401
    wrong = httpx.request(method, url, json={"text": "hi"}, params={"token": "guess"})
    assert wrong.status_code == 401


def test_rasas_api_answers_the_gateways_token(stack) -> None:
    url = f"{stack.settings.rasa_url}/status"
    assert httpx.get(url, params={"token": rasa_token(stack.settings)}).status_code == 200
