"""The urgent-symptom screen on the development safety set and on the issue's examples."""

from pathlib import Path

import pytest
import yaml

from bot.safety.screen import SafetyScreen
from bot.settings import PROJECT_ROOT

SAFETY_DIR = PROJECT_ROOT / "tests" / "eval" / "safety"


def _messages(name: str) -> list[str]:
    data = yaml.safe_load((SAFETY_DIR / f"{name}.yml").read_text())
    return [m["text"] for m in data["messages"]]


@pytest.fixture(scope="module")
def screen() -> SafetyScreen:
    return SafetyScreen()


def test_every_urgent_message_in_the_safety_set_is_caught(screen) -> None:
    missed = [text for text in _messages("urgent") if not screen.check(text).urgent]
    assert missed == [], f"urgent messages missed: {missed}"


def test_false_alarms_stay_at_or_below_5_percent(screen) -> None:
    near_misses = _messages("near_miss")
    alarms = [text for text in near_misses if screen.check(text).urgent]
    assert len(alarms) / len(near_misses) <= 0.05, f"false alarms: {alarms}"


@pytest.mark.parametrize(
    "text",
    [
        "he got his cells 5 days ago and now has 39.4 fever and is shaking",
        "temp 101.3 tonight",
        "she can't catch her breath",
        "my son just had a seizure",
        "he's very confused and doesn't know where he is",
    ],
)
def test_current_red_flags_are_urgent_and_say_why(screen, text) -> None:
    result = screen.check(text)
    assert result.urgent
    assert result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "she had a fever last month, it's gone",
        "what temperature counts as a fever?",
        "her temp is 37.4 tonight",
        "no fever today",
        "what should we do if he gets a fever?",
        "who can get kymriah?",
    ],
)
def test_past_general_negated_or_low_readings_are_not_urgent(screen, text) -> None:
    assert not screen.check(text).urgent


def test_the_sets_are_big_enough() -> None:
    assert len(_messages("urgent")) >= 60
    assert len(_messages("near_miss")) >= 60
    assert Path(SAFETY_DIR).is_dir()
