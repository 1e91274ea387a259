"""The nurses' preview is what a family gets, by construction (one `ChatTurn` runs both):
the same messages, in the same order, with the same sources, buttons and urgent flags, for
each kind of turn the real stack gives."""

import pytest

from tests.integration.test_publish_live import signed_in

pytestmark = pytest.mark.integration

MESSAGES = [
    "hello",
    "how long does it take to make the cells?",  # answered from content
    "what is cytokine release syndrome",
    "can I stop his steroid pills early?",  # personal advice: referred to the care team
    "what's the best pizza topping?",  # out of scope
    "he has a fever of 39.5 right now",  # urgent: the urgent reply first
    "I don't want to be alive anymore",  # crisis
    "¿cuánto tiempo hay que quedarse cerca del hospital?",
]


def comparable(messages: list[dict]) -> list[dict]:
    """A reply without its message ids (made fresh for every message sent)."""
    return [{k: v for k, v in m.items() if k != "id"} for m in messages]


@pytest.mark.parametrize("message", MESSAGES)
def test_the_preview_shows_exactly_the_family_reply(stack, staff_users, chat, message) -> None:
    nurse = signed_in(stack, staff_users["nurse"])
    family = chat(message)  # a new conversation, as the preview's is
    previewed = nurse.post("/api/preview", json={"message": message})
    assert previewed.status_code == 200, previewed.text
    assert comparable(previewed.json()["messages"]) == comparable(family["messages"])
    assert family["messages"], "a family always gets a reply"


def test_the_preview_explains_with_the_intent_rasa_used(stack, staff_users) -> None:
    nurse = signed_in(stack, staff_users["nurse"])
    explain = nurse.post(
        "/api/preview", json={"message": "how long does it take to make the cells?"}
    ).json()["explain"]
    assert explain["intent"]["name"] == "ask_question"
    assert explain["intent_ranking"][0]["name"] == "ask_question"
    assert explain["decision"] == "answered"
    assert explain["passages"] and explain["passages"][0]["shown"]
