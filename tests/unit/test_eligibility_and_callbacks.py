"""Eligibility answers are read, never judged; call-back details are encrypted at rest."""

import pytest
from sqlalchemy import select

from bot.chat import eligibility
from bot.conversations.callbacks import CallbackStore, load_key, valid_phone
from bot.core.db import callback_drafts, callback_requests, make_engine


@pytest.mark.parametrize(
    ("text", "age"),
    [("12", 12), ("she's 9", 9), ("17 years old", 17), ("18 months", 1.5), ("three", 3)],
)
def test_ages_are_read_in_families_words(text, age) -> None:
    assert eligibility.parse_age(text) == age


@pytest.mark.parametrize("text", ["", "old enough", "abc"])
def test_unclear_ages_are_asked_again(text) -> None:
    assert eligibility.parse_age(text) is None


def test_the_explanations_always_end_with_the_care_team_deciding() -> None:
    names = eligibility.explanation_responses(30, "other", "relapse_1")
    assert names[0] == "utter_elig_age_over"
    assert names[-1] == "utter_elig_team_decides"
    assert eligibility.status_kind("it came back 2 or more times") == "relapse_2plus"
    assert eligibility.status_kind("it did not go away with treatment") == "refractory"
    assert eligibility.diagnosis_kind("B-cell ALL") == "b_all"
    assert eligibility.diagnosis_kind("not sure") == "unsure"


@pytest.mark.parametrize("phone", ["617-555-0123", "(617) 555 0123", "+44 20 7946 0958"])
def test_real_phone_numbers_are_accepted(phone) -> None:
    assert valid_phone(phone)


@pytest.mark.parametrize("phone", ["12", "call me maybe", "555"])
def test_bad_phone_numbers_are_refused(phone) -> None:
    assert not valid_phone(phone)


def test_callback_details_are_stored_encrypted_and_submitted(settings) -> None:
    engine = make_engine(settings.sqlalchemy_url)
    store = CallbackStore(engine, load_key(settings))
    assert store.capture("s1", "callback_phone", "not a number") == "invalid"
    assert store.capture("s1", "callback_name", "Maribel") == "provided"
    assert store.capture("s1", "callback_phone", "617-555-0123") == "provided"
    assert store.submit("s1") is None  # the time is still missing
    assert store.capture("s1", "callback_time", "weekday mornings") == "provided"
    request_id = store.submit("s1")
    assert request_id is not None
    with engine.connect() as conn:
        raw = conn.execute(select(callback_requests)).one()
        assert conn.execute(select(callback_drafts)).all() == []
    assert b"Maribel" not in raw.name_enc and b"617" not in raw.phone_enc
    [opened] = store.open_requests()
    assert (opened["name"], opened["phone"], opened["time"]) == (
        "Maribel",
        "617-555-0123",
        "weekday mornings",
    )
