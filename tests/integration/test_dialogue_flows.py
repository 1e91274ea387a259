"""Every dialogue flow through POST /api/chat, against the real Rasa server and app."""

import sqlite3

import pytest

from bot.chat.wording import response_text
from tests.integration.test_chat_flow import CONTACT, replies

pytestmark = pytest.mark.integration


def texts(reply: dict) -> list[str]:
    return [m["text"] for m in replies(reply)]


def say(chat, *messages: str) -> list[dict]:
    """A conversation in one session; returns every reply."""
    session, out = None, []
    for message in messages:
        reply = chat(message, session)
        session = reply["session_id"]
        out.append(reply)
    return out


def tracker_text(stack) -> str:
    db = sqlite3.connect(stack.settings.data_dir / "rasa_tracker.sqlite")
    return " ".join(row[0] for row in db.execute("SELECT data FROM events"))


def test_an_urgent_symptom_gets_the_urgent_message_first(chat, stack) -> None:
    message = "he got his cells 5 days ago and now has 39.4 fever and is shaking"
    [reply] = say(chat, message)
    first = replies(reply)[0]
    assert first["urgent"] is True
    assert first["text"] == response_text("utter_urgent", CONTACT)
    assert {c["tel"] for c in first["calls"]} == {CONTACT["care_team_phone"], "911"}
    assert "39.4" not in tracker_text(stack)


def test_an_urgent_symptom_mid_conversation_still_comes_first(chat) -> None:
    _, urgent = say(chat, "what is crs", "she is very confused and can't find her words")
    assert replies(urgent)[0]["urgent"] is True


def test_personal_medical_advice_is_referred_to_the_care_team(chat) -> None:
    [reply] = say(chat, "should I stop giving him his antibiotics?")
    assert texts(reply)[0] == response_text("utter_no_personal_advice")
    assert all(not m["urgent"] for m in replies(reply))


def test_unclear_messages_get_one_rephrase_then_the_care_team(chat) -> None:
    first, second = say(chat, "asdf qwerty", "zzkj ppqq")
    assert texts(first) == [response_text("utter_rephrase")]
    [offer] = replies(second)
    assert offer["text"] == response_text("utter_offer_care_team")
    assert [b["payload"] for b in offer["buttons"]] == ["/request_callback", "/deny"]


def test_eligibility_walk_through_asks_again_on_a_bad_age_and_never_decides(chat) -> None:
    start, bad, age, diagnosis, status = say(
        chat,
        "could my son qualify for kymriah?",
        "old enough",
        "he is 12",
        "B-cell ALL",
        "it came back 2 or more times",
    )
    assert response_text("utter_ask_elig_age") in texts(start)
    assert texts(bad) == [response_text("utter_invalid_age"), response_text("utter_ask_elig_age")]
    assert texts(age) == [response_text("utter_ask_elig_diagnosis")]
    assert texts(diagnosis) == [response_text("utter_ask_elig_status")]
    summary = texts(status)
    assert summary[0] == response_text("utter_elig_age_in_label")
    assert summary[-1] == response_text("utter_elig_team_decides")
    assert any(m["sources"] for m in replies(status))


def test_callback_request_reasks_a_bad_phone_and_keeps_details_out_of_rasa(chat, stack) -> None:
    replies_ = say(
        chat,
        "can a nurse call me back?",
        "Maribel",
        "call me maybe",
        "617-555-0199",
        "weekday mornings",
    )
    assert texts(replies_[2]) == [
        response_text("utter_invalid_phone"),
        response_text("utter_ask_callback_phone"),
    ]
    assert texts(replies_[-1]) == [response_text("utter_callback_done", CONTACT)]
    tracked = tracker_text(stack)
    assert "Maribel" not in tracked and "617-555-0199" not in tracked
    app_db = (stack.settings.data_dir / "app.sqlite").read_bytes()
    assert b"Maribel" not in app_db and b"617-555-0199" not in app_db


def test_cancel_leaves_the_callback_form(chat) -> None:
    *_, cancelled = say(chat, "please have a nurse phone me", "cancel")
    assert texts(cancelled) == [response_text("utter_anything_else")]
