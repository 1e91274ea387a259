"""Rasa custom actions, one tracker JSON per scenario (tests/data/trackers/), in the style of
RasaHQ/financial-demo: run the real action through rasa-sdk and assert which responses it
chose and which slots it set. The app's runtime is real but small: a fake embedder over a
three-item library, so no model loads."""

import json
from pathlib import Path

import pytest
import yaml
from rasa_sdk.executor import ActionExecutor

from bot.api import deps
from bot.chat.wording import response_text
from bot.conversations.callbacks import CallbackStore, load_key
from bot.core.db import make_engine
from bot.core.settings import PROJECT_ROOT, Settings
from bot.retrieval.service import RetrievalService

TRACKERS = Path(__file__).parent.parent / "data" / "trackers"
ITEM = """---
id: {id}
title: {title}
topic: about
audience: parent
questions: [{questions}]
sources:
  - title: Example source
    url: https://www.cancer.gov/example/{id}
status: published
reviewed_by: Content team
reviewed_on: 2026-11-27
version: 1
---
{body}
"""
LIBRARY = [
    (
        "eligibility-who-can-get",
        "Who can get Kymriah?",
        "who can get kymriah",
        "Kymriah is for patients up to 25 with B-cell ALL.",
    ),
    (
        "driving",
        "When can a teen drive again?",
        "when can my teen drive",
        "Do not drive for at least 2 weeks after the infusion.",
    ),
    (
        "fever",
        "What fever counts?",
        "what temperature is a fever",
        "A fever of 38 C or higher means you call the care team now.",
    ),
]


@pytest.fixture
def runtime(tmp_path, fake_embedder, blank_nlp):
    content = tmp_path / "content"
    content.mkdir()
    for item_id, title, question, body in LIBRARY:
        (content / f"{item_id}.md").write_text(
            ITEM.format(id=item_id, title=title, questions=question, body=body)
        )
    settings = Settings(
        data_dir=tmp_path / "data",
        content_dir=content,
        retrieval_threshold=0.3,
        retrieval_scope_threshold=0.0,
    )
    retrieval = RetrievalService(settings, embedder=fake_embedder, nlp=blank_nlp)
    retrieval.start()
    engine = make_engine(settings.sqlalchemy_url)
    runtime = deps.Runtime(
        settings=settings,
        rasa=None,
        sessions=None,
        retrieval=retrieval,
        safety=None,
        callbacks=CallbackStore(engine, load_key(settings)),
        redactor=None,
        transcripts=None,
    )
    deps.set_current(runtime)
    yield runtime
    deps.set_current(None)


async def run(action: str, scenario: str) -> dict:
    executor = ActionExecutor()
    executor.register_package("actions")
    tracker = json.loads((TRACKERS / f"{scenario}.json").read_text())
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    result = await executor.run({"next_action": action, "tracker": tracker, "domain": domain})
    return result.model_dump()


def responses(result: dict) -> list[str]:
    return [
        r.get("response") or ("custom:" + r["custom"].get("content_id", ""))
        for r in result["responses"]
    ]


def slots(result: dict) -> dict:
    return {e["name"]: e["value"] for e in result["events"] if e["event"] == "slot"}


async def test_a_covered_question_is_answered_with_its_source(runtime) -> None:
    result = await run("action_answer_question", "answer_confident")
    [answer] = result["responses"]
    assert answer["custom"]["content_id"] == "driving"
    assert answer["custom"]["text"] == LIBRARY[1][3]
    assert answer["custom"]["sources"][0]["url"] == "https://www.cancer.gov/example/driving"
    assert answer["custom"]["reviewed_on"] == "2026-11-27"
    assert answer["custom"]["full_text"] is None  # a short item is sent whole
    assert slots(result) == {"retrieval_confident": True, "last_item": "driving"}


async def test_a_follow_up_is_read_in_the_light_of_the_last_answer(runtime) -> None:
    """'and what about after that?' names no topic: alone it is not sure; after the
    driving answer (slot `last_item`) it is about driving."""
    text = "and what about after that?"
    alone = await run_text("action_answer_question", "answer_not_sure", text)
    assert slots(alone) == {"retrieval_confident": False}
    after = await run_text("action_answer_question", "answer_not_sure", text, last_item="driving")
    assert responses(after) == ["custom:driving"]


async def test_a_new_topic_after_an_answer_is_searched_on_its_own(runtime) -> None:
    result = await run_text(
        "action_answer_question", "answer_not_sure", "what temperature is a fever", "driving"
    )
    assert responses(result) == ["custom:fever"]


async def test_an_uncovered_question_only_sets_the_slot(runtime) -> None:
    result = await run("action_answer_question", "answer_not_sure")
    assert result["responses"] == []
    assert slots(result) == {"retrieval_confident": False}


async def test_a_chosen_item_is_answered_directly(runtime) -> None:
    result = await run("action_answer_question", "answer_chosen_item")
    assert responses(result) == ["custom:fever"]


async def test_urgent_care_names_the_care_team_numbers(runtime) -> None:
    result = await run("action_urgent_care", "urgent_care")
    assert responses(result) == ["utter_urgent"]
    assert result["responses"][0]["care_team_phone"] == "555-0100"


async def test_urgent_flagged_by_the_screen_gets_the_urgent_reply(runtime) -> None:
    result = await run("action_urgent_care", "urgent_flagged_by_screen")
    assert responses(result) == ["utter_urgent"]


async def test_an_intent_only_urgent_gets_a_calm_check_then_the_answer(runtime) -> None:
    """Rasa's intent said urgent but the screen saw nothing happening now: no alarm."""
    result = await run("action_urgent_care", "urgent_intent_only")
    assert responses(result) == ["utter_check_now", "custom:fever"]


async def test_an_intent_only_urgent_inside_a_form_gets_only_the_check(runtime) -> None:
    result = await run("action_urgent_care", "urgent_intent_only_in_form")
    assert responses(result) == ["utter_check_now"]


async def test_eligibility_summary_explains_and_ends_with_the_team(runtime) -> None:
    result = await run("action_eligibility_summary", "eligibility_summary")
    assert responses(result) == [
        "utter_elig_age_in_label",
        "utter_elig_dx_b_all",
        "utter_elig_status_refractory",
        "custom:eligibility-who-can-get",
        "utter_elig_team_decides",
    ]
    assert slots(result) == {"elig_age": None, "elig_diagnosis": None, "elig_status": None}


async def test_a_bad_age_is_asked_again(runtime) -> None:
    result = await run("validate_eligibility_form", "eligibility_bad_age")
    assert responses(result) == ["utter_invalid_age"]
    assert slots(result)["elig_age"] is None


async def test_a_callback_without_details_is_not_pretended(runtime) -> None:
    result = await run("action_submit_callback", "callback_submit")
    assert responses(result) == ["utter_callback_failed"]


async def test_a_callback_with_details_is_submitted(runtime) -> None:
    session = "test-session-000000000001"
    for field, value in [
        ("callback_name", "Ana"),
        ("callback_phone", "617-555-0123"),
        ("callback_time", "mornings"),
    ]:
        runtime.callbacks.capture(session, field, value)
    result = await run("action_submit_callback", "callback_submit")
    assert responses(result) == ["utter_callback_done"]
    assert len(runtime.callbacks.open_requests()) == 1


async def test_every_session_starts_with_the_disclaimer(runtime) -> None:
    result = await run("action_session_start", "session_start")
    contact = runtime.settings.contact_slots
    assert [r["text"] for r in result["responses"]] == [response_text("utter_disclaimer", contact)]
    assert result["events"][0]["event"] == "session_started"
    assert slots(result)["care_team_phone"] == "555-0100"
    assert slots(result)["language"] == "en"


async def test_a_session_starts_in_the_language_of_its_first_message(runtime) -> None:
    """The gateway's metadata (Rasa's `session_started_metadata` slot) names the language."""
    executor = ActionExecutor()
    executor.register_package("actions")
    tracker = json.loads((TRACKERS / "session_start.json").read_text())
    tracker["slots"]["session_started_metadata"] = {"lang": "es"}
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    result = await executor.run(
        {"next_action": "action_session_start", "tracker": tracker, "domain": domain}
    )
    result = result.model_dump()
    contact = runtime.settings.contact_slots
    spanish = response_text("utter_disclaimer", contact, "es")
    assert [r["text"] for r in result["responses"]] == [spanish]
    assert spanish != response_text("utter_disclaimer", contact, "en")
    assert slots(result)["language"] == "es"


def test_drafts_only_with_the_gateways_signature(runtime) -> None:
    """The drafts index is chosen by a signed marker, never by a sender name."""
    from types import SimpleNamespace

    from bot.auth.service_tokens import drafts_marker

    drafts = object()
    runtime.preview_index = drafts

    def tracker(sender: str, metadata: dict) -> SimpleNamespace:
        return SimpleNamespace(
            sender_id=sender, latest_message={"metadata": metadata}, get_slot=lambda name: None
        )

    forged = tracker("preview-drafts-1", {})
    assert runtime.index_for(forged) is runtime.retrieval.index
    borrowed = tracker("preview-2", drafts_marker(runtime.settings, "x"))
    assert runtime.index_for(borrowed) is runtime.retrieval.index
    signed = tracker("preview-3", drafts_marker(runtime.settings, "preview-3"))
    assert runtime.index_for(signed) is drafts
    runtime.preview_index = None


async def run_text(action: str, scenario: str, text: str, last_item: str | None = None) -> dict:
    """A stored scenario with another message in it (and, optionally, an item answered)."""
    executor = ActionExecutor()
    executor.register_package("actions")
    tracker = json.loads((TRACKERS / f"{scenario}.json").read_text())
    tracker["latest_message"]["text"] = text
    if last_item:
        tracker["slots"]["last_item"] = last_item
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    result = await executor.run({"next_action": action, "tracker": tracker, "domain": domain})
    return result.model_dump()


@pytest.mark.parametrize(
    ("text", "other"),
    [("is Breyanzi the same thing?", "Breyanzi"), ("what about axi-cel", "Yescarta")],
)
async def test_another_car_t_product_gets_the_honest_only_kymriah_reply(runtime, text, other):
    result = await run_text("action_answer_question", "answer_not_sure", text)
    assert responses(result)[0] == "utter_only_kymriah"
    assert result["responses"][0]["other"] == other
    assert slots(result) == {"retrieval_confident": True}  # not "not sure"


async def test_another_cancer_gets_the_only_kymriah_reply_not_not_sure(runtime) -> None:
    result = await run_text(
        "action_answer_question", "answer_not_sure", "does car t work for multiple myeloma"
    )
    assert responses(result) == ["utter_only_kymriah"]
    assert slots(result) == {"retrieval_confident": True}


async def test_a_plain_unknown_question_is_still_not_sure(runtime) -> None:
    result = await run_text("action_answer_question", "answer_not_sure", "where do I park")
    assert responses(result) == []
    assert slots(result) == {"retrieval_confident": False}


async def test_an_item_not_yet_in_spanish_is_sent_in_english_after_a_note(runtime) -> None:
    """A Spanish conversation (slot `language`) searches the Spanish index; an item with no
    Spanish version is answered in English, after a note that says so."""
    executor = ActionExecutor()
    executor.register_package("actions")
    tracker = json.loads((TRACKERS / "answer_chosen_item.json").read_text())
    tracker["slots"]["language"] = "es"
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    result = await executor.run(
        {"next_action": "action_answer_question", "tracker": tracker, "domain": domain}
    )
    result = result.model_dump()
    assert responses(result) == ["utter_answer_in_english", "custom:fever"]
    assert result["responses"][1]["custom"]["lang"] == "en"


async def test_another_cancer_gets_the_only_kymriah_reply_before_any_answer(runtime) -> None:
    """Even when the library has something that fits, the family first learns that it is
    not about their cancer."""
    question = "when can my teen drive after car-t for lymphoma?"
    result = await run_text("action_answer_question", "answer_not_sure", question)
    assert result["responses"][0]["response"] == "utter_only_kymriah"
    assert result["responses"][0]["other"] == "lymphoma"
    [answer] = result["responses"][1:]  # then what the library has that fits
    assert "Do not drive" in answer["custom"]["text"]


async def test_a_greeting_gets_the_greeting(runtime) -> None:
    result = await run("action_small_talk", "small_talk_greet")
    assert responses(result) == ["utter_greet"]
    assert slots(result) == {}


async def test_a_question_rasa_took_for_small_talk_is_answered(runtime) -> None:
    """Rasa's intent model once read "how long does it take?" as a greeting: a message
    shaped as a question that the library answers gets the answer, not "Hello!"."""
    result = await run_text("action_small_talk", "small_talk_greet", "when can my teen drive?")
    assert responses(result) == ["custom:driving"]
    assert slots(result) == {"last_item": "driving"}


async def test_small_talk_that_the_library_does_not_answer_keeps_its_reply(runtime) -> None:
    result = await run_text("action_small_talk", "small_talk_greet", "hi, how are you?")
    assert responses(result) == ["utter_greet"]


async def test_feedback_is_thanked_for_but_an_unanswered_question_is_not(runtime) -> None:
    """'Is any special preparation needed?' came out as feedback once: a question the
    library cannot answer gets the honest "not sure", not "thank you for telling me"."""
    assert responses(await run("action_small_talk", "small_talk_feedback")) == [
        "utter_feedback_thanks"
    ]
    asked = await run_text("action_small_talk", "small_talk_feedback", "is any prep needed?")
    assert responses(asked) == ["utter_not_sure"]


async def test_a_call_back_request_starts_the_form(runtime) -> None:
    result = await run("action_flow_or_answer", "flow_callback")
    assert result["responses"] == []
    assert slots(result) == {"start_flow": True}


async def test_an_eligibility_check_request_starts_the_walk_through(runtime) -> None:
    result = await run("action_flow_or_answer", "flow_eligibility")
    assert slots(result) == {"start_flow": True}


async def test_a_question_taken_for_a_call_back_request_is_answered(runtime) -> None:
    """'Will my friends want to hang out with me?' once got "What first name should the
    nurse ask for?": a message that does not ask for a call is a question."""
    answered = await run_text("action_flow_or_answer", "flow_callback", "when can my teen drive?")
    assert responses(answered) == ["custom:driving"]
    assert slots(answered) == {"start_flow": False, "last_item": "driving"}
    unknown = await run_text(
        "action_flow_or_answer", "flow_callback", "will my friends want to hang out with me?"
    )
    assert responses(unknown) == ["utter_not_sure"]
    assert slots(unknown) == {"start_flow": False}


async def test_a_question_taken_for_an_eligibility_check_is_answered(runtime) -> None:
    result = await run_text(
        "action_flow_or_answer", "flow_eligibility", "can i be a blood donor if i've had cancer?"
    )
    assert responses(result) == ["utter_not_sure"]
    assert slots(result) == {"start_flow": False}
