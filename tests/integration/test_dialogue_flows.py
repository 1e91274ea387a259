"""Every dialogue flow through POST /api/chat, against the real Rasa server and app."""

import json
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
    """Everything Rasa stored, without the events' timestamps (1796605339.47 holds "39.4")."""
    db = sqlite3.connect(stack.settings.data_dir / "rasa_tracker.sqlite")
    events = [json.loads(row[0]) for row in db.execute("SELECT data FROM events")]
    return " ".join(json.dumps({k: v for k, v in e.items() if k != "timestamp"}) for e in events)


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


CRISIS = {**CONTACT, "crisis_line": "988"}


def test_thoughts_of_suicide_get_the_crisis_reply_first_and_are_not_stored(chat, stack) -> None:
    message = "honestly everyone would be better off without me, i want to disappear"
    [reply] = say(chat, message)
    first = replies(reply)[0]
    assert first["urgent"] is True
    assert first["text"] == response_text("utter_crisis", CRISIS)
    assert [c["tel"] for c in first["calls"]] == ["988", "911", CONTACT["care_team_phone"]]
    assert "better off" not in tracker_text(stack)


def test_spanish_urgent_and_crisis_messages_get_the_spanish_reply(chat) -> None:
    [urgent] = say(chat, "no puede respirar bien y tiene los labios morados")
    [crisis] = say(chat, "mi hija dice que ya no quiere vivir")
    assert replies(urgent)[0]["text"] == response_text("utter_urgent", CONTACT, lang="es")
    assert replies(crisis)[0]["text"] == response_text("utter_crisis", CRISIS, lang="es")


def test_a_question_rasa_thinks_urgent_gets_a_calm_check_not_an_alarm(chat) -> None:
    """ "she is 12" reads like a symptom to Rasa's intent; the screen sees nothing now."""
    [reply] = say(chat, "she is 12 and has b-all, can she get car-t?")
    assert all(not m["urgent"] for m in replies(reply))
    check = response_text("utter_check_now")
    if check in texts(reply):  # the intent may or may not fire; never an alarm
        assert texts(reply)[0] == check
        assert [b["title"] for b in replies(reply)[0]["buttons"]] == ["Yes, now", "No, just asking"]


def test_yes_now_on_the_calm_check_gives_the_urgent_reply(chat) -> None:
    first, yes = say(chat, "what does CD19 mean?", "/urgent_symptom")
    assert all(not m["urgent"] for m in replies(first))
    assert replies(yes)[0]["text"] == response_text("utter_urgent", CONTACT)


def test_ordinary_questions_with_medical_words_get_no_alarm(chat) -> None:
    for message in ("what does CD19 mean?", "the waiting is killing me, when are the cells ready?"):
        [reply] = say(chat, message)
        assert all(not m["urgent"] for m in replies(reply)), message


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


def test_a_sign_the_screen_doubts_is_current_gets_the_calm_check_first(chat) -> None:
    """A story the rules cannot date: the second look asks instead of alarming."""
    story = (
        "Her nosebleeds on the unit scared me, but her platelets have been normal for weeks "
        "and she is bored at home. When can she swim?"
    )
    [reply] = say(chat, story)
    assert all(not m["urgent"] for m in replies(reply))
    assert texts(reply)[0] == response_text("utter_check_now")
    assert [b["title"] for b in replies(reply)[0]["buttons"]] == ["Yes, now", "No, just asking"]
    assert len(texts(reply)) > 1  # the answer (or "not sure") follows the check
