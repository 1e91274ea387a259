"""Day counts after the infusion: a sign told under an earlier day than today's is over."""

import pytest

from bot.safety.timeline import days_ago, today


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Today is day 20 and she's at the apartment", 20),
        ("Day 3 - fever. Day 12 (today) - bored", 12),
        ("now its day 11. same thing right?", 11),
        ("We're day 30 now and the steroids are stopped", 30),
        ("ahora, dia 20, esta normal", 20),
        ("ya vamos en el dia 15 y todo bien", 15),
        ("he got his cells on day 0 and has a fever", None),
        ("we were on day 3 when it started", None),
    ],
)
def test_today_is_the_day_the_message_says_it_is(text: str, day: int | None) -> None:
    assert today(text) == day


def sign_at(text: str, word: str) -> int | None:
    start = text.index(word)
    sentence_start = text.rfind(".", 0, start) + 1
    sentence_end = text.find(".", start)
    return days_ago(text, start, (sentence_start, sentence_end if sentence_end >= 0 else len(text)))


def test_a_sign_on_an_earlier_day_is_over() -> None:
    text = "Mia spiked fevers on day 4 and needed the toci. Today is day 20 and she is fine."
    assert sign_at(text, "fevers") == 16


def test_a_range_counts_from_its_last_day() -> None:
    text = "the fever it was from day 2 until day 5. Now is day 18 and he is good"
    assert sign_at(text, "fever") == 13


def test_a_sign_with_its_own_now_stays_current() -> None:
    text = "fever AGAIN tonight 38.3, he had one on day 2. now its day 11. same thing?"
    assert sign_at(text, "fever") is None


def test_a_sign_since_an_earlier_day_is_still_going_on() -> None:
    text = "It is day 20 now. He has had a fever since day 18."
    assert sign_at(text, "fever") is None


def test_yesterday_is_too_close_to_call_it_over() -> None:
    text = "He had a seizure on day 9. Today is day 10 and he seems fine."
    assert sign_at(text, "seizure") is None


def test_a_now_before_the_day_of_the_sign_does_not_make_it_current() -> None:
    text = "Journal for today: Day 3 - fever 39.4, rigors. Day 12 (today) - bored"
    assert sign_at(text, "fever") == 9


def test_no_day_today_means_no_story() -> None:
    assert sign_at("On day 6 he has a fever of 39 and shakes", "fever") is None
