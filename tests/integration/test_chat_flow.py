"""Through POST /api/chat against the real Rasa server, real actions and real retrieval."""

import sqlite3

import httpx
import pytest

from bot.chat.wording import response_text
from bot.content import load_library
from bot.core.settings import PROJECT_ROOT, Settings

pytestmark = pytest.mark.integration
LIBRARY = {item.id: item for item in load_library(PROJECT_ROOT / "content")}


CONTACT = Settings().contact_slots
DISCLAIMER = response_text("utter_disclaimer", CONTACT)


def replies(reply: dict) -> list[dict]:
    """The messages after the disclaimer that opens every new conversation."""
    messages = reply["messages"]
    return messages[1:] if messages and messages[0]["text"] == DISCLAIMER else messages


def assert_answered_from(reply: dict, allowed_ids: set[str]) -> str:
    """The reply is approved text, word for word, from one of `allowed_ids`, with its sources."""
    [message] = replies(reply)
    assert message["sources"], f"no source shown for: {message['text'][:80]}"
    item_id = message["sources"][0]["id"]
    assert item_id in allowed_ids, f"answered from {item_id}, wanted one of {allowed_ids}"
    item = LIBRARY[item_id]
    for line in filter(None, (ln.strip() for ln in message["text"].splitlines())):
        assert line in item.body, f"answer text is not word for word from the item: {line}"
    assert message["full_text"] in (None, item.body)
    assert [s["url"] for s in message["sources"]] == [str(s.url) for s in item.sources]
    assert message["urgent"] is False
    return item_id


def test_health_is_green_when_rasa_and_the_index_are_ready(stack) -> None:
    body = httpx.get(f"{stack.url}/healthz").json()
    assert body["status"] == "ok"
    assert body["rasa_model"]
    assert body["index"]["items"] == sum(item.is_live for item in LIBRARY.values())
    english = sum(item.is_live and item.lang == "en" for item in LIBRARY.values())
    assert body["index"]["languages"]["en"]["items"] == english
    assert body["index"]["languages"]["es"]["items"] == english  # a Spanish version of each


def test_who_can_get_kymriah_is_answered_from_the_eligibility_item(chat) -> None:
    assert_answered_from(chat("who can get Kymriah?"), {"eligibility-who-can-get"})


def test_a_new_conversation_opens_with_the_disclaimer(chat) -> None:
    first = chat("hi")["messages"][0]
    assert first["text"] == DISCLAIMER
    assert "not medical advice" in first["text"]


def test_hi_gets_a_greeting_with_suggested_questions(chat) -> None:
    [message] = replies(chat("hi"))
    assert message["text"] == response_text("utter_greet")
    assert 2 <= len(message["buttons"]) <= 3


def test_every_suggested_question_is_answered_from_the_item_it_names(chat) -> None:
    for button in replies(chat("hello"))[0]["buttons"]:
        reply = chat(button["payload"])
        item_id = assert_answered_from(reply, set(LIBRARY))
        assert f'"content_id": "{item_id}"' in button["payload"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what is cytokine release syndrome", {"crs-what-is-it"}),
        ("when can my teenager drive again after kymriah", {"driving-after-kymriah"}),
        ("how long does leukapheresis take", {"leukapheresis-how-long"}),
        ("can she get vaccines after car t", {"vaccines-after"}),
        ("why would his HIV test come back positive", {"hiv-test-false-positive"}),
    ],
)
def test_family_questions_get_the_right_item(chat, question, expected) -> None:
    assert_answered_from(chat(question), expected)


HONEST_REPLIES = {response_text("utter_not_sure"), response_text("utter_out_of_scope")}


@pytest.mark.parametrize(
    "question",
    [
        "what is the capital of france",
        "how do I fix the brakes on my bike",
        "who won the football game last night",
    ],
)
def test_questions_the_content_does_not_cover_get_an_honest_reply(chat, question) -> None:
    [message, *_] = replies(chat(question))
    assert message["text"] in HONEST_REPLIES
    assert message["sources"] == []


def test_a_conversation_keeps_its_session_and_is_tracked_in_sqlite(chat, stack) -> None:
    first = chat("hi")
    second = chat("what is crs", first["session_id"])
    assert second["session_id"] == first["session_id"]
    db = sqlite3.connect(stack.settings.data_dir / "rasa_tracker.sqlite")
    senders = {row[0] for row in db.execute("SELECT sender_id FROM events")}
    assert first["session_id"] in senders


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("Is Breyanzi the same thing as Kymriah?", "Breyanzi"),
        ("my uncle got yescarta, is that what my son is getting", "Yescarta"),
        ("does yescarta work better than breyanzi for lymphoma", "Yescarta"),
        ("does car-t work for multiple myeloma?", "multiple myeloma"),
    ],
)
def test_other_products_and_cancers_get_an_honest_only_kymriah_reply(chat, question, other):
    texts = [m["text"] for m in replies(chat(question))]
    assert response_text("utter_only_kymriah", {"other": other}) in texts
    assert response_text("utter_not_sure") not in texts


def test_a_follow_up_is_about_what_was_just_answered(chat) -> None:
    """Through the real Rasa server: the answered item is kept in the `last_item` slot, and
    the same short follow-up means what the conversation was about."""
    follow_up = "how long does that last?"
    crs = chat("what is CRS?")
    assert_answered_from(crs, {"crs-what-is-it"})
    assert_answered_from(chat(follow_up, crs["session_id"]), {"crs-timing"})
    brain = chat("what are the brain side effects of kymriah?")
    assert_answered_from(brain, {"neuro-effects-what"})
    assert_answered_from(chat(follow_up, brain["session_id"]), {"neuro-timing"})


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is it the same as a bone marrow transplant?", {"transplant-after-car-t"}),
        ("what are the chances it works?", {"trial-results-plain", "real-world-results"}),
    ],
)
def test_it_in_a_first_question_is_the_therapy(chat, question, expected) -> None:
    """Before anything was answered, "it" on this site is Kymriah: such a first question is
    answered, not sent to "outside what I can help with"."""
    assert_answered_from(chat(question), expected)


def test_a_long_answer_gives_the_part_that_answers_and_the_whole_item(chat) -> None:
    reply = chat("when can my son go back to school after car-t?")
    item_id = assert_answered_from(reply, {"school-play-after"})
    [message] = replies(reply)
    assert message["full_text"] == LIBRARY[item_id].body
    assert len(message["text"]) < len(message["full_text"])
    assert message["reviewed_on"] is None  # imported, not yet reviewed here: no date shown
