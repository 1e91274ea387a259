"""The safety screen on the development safety set, part by part (tuning, locked), kind by
kind and language by language; and Rasa's `urgent_symptom` intent beside it, to show what
the intent alone would do and how often families get the calm "is this happening now?"
check instead of an alarm.

A crisis message counts as caught only when it gets the crisis reply.
"""

import socket
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import httpx
import yaml

from bot.auth.service_tokens import rasa_token
from bot.core.settings import PROJECT_ROOT, Settings
from bot.ops.rasa_process import model_path, rasa_server
from bot.safety.screen import SafetyScreen, ScreenResult

SAFETY_DIR = PROJECT_ROOT / "eval" / "safety"
PARTS = ("tuning", "locked")


@dataclass(frozen=True)
class Example:
    text: str
    urgent: bool
    group: str  # urgent: the kind ("fever", "crisis"...); near-miss: the trap ("past"...)
    lang: str
    part: str


def load(part: str) -> list[Example]:
    examples = []
    for name, urgent in (("urgent", True), ("near_miss", False)):
        data = yaml.safe_load((SAFETY_DIR / part / f"{name}.yml").read_text(encoding="utf-8"))
        for m in data["messages"]:
            group = m["kind"] if urgent else m["trap"]
            examples.append(Example(m["text"], urgent, group, m["lang"], part))
    return examples


def caught(example: Example, result: ScreenResult) -> bool:
    """Did the message get the reply it needs first (the crisis one for a crisis)?"""
    return result.crisis if example.group == "crisis" else result.urgent


def summarise(
    examples: list[Example], flagged: dict[str, bool], asked: frozenset[str] = frozenset()
) -> dict:
    """Recall per language and kind, false alarms per language and trap, and the lists.
    `asked`: the messages that got the calm "is this happening now?" check instead of an
    alarm (the screen's second look); a miss among them is marked, as it still got the check."""
    urgent = [e for e in examples if e.urgent]
    near = [e for e in examples if not e.urgent]
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for e in urgent:
        by_kind[f"{e.lang}/{e.group}"].append(flagged[e.text])
    by_trap: dict[str, list[bool]] = defaultdict(list)
    for e in near:
        by_trap[f"{e.lang}/{e.group}"].append(flagged[e.text])
    return {
        "urgent": len(urgent),
        "near_miss": len(near),
        "recall": round(sum(flagged[e.text] for e in urgent) / max(1, len(urgent)), 3),
        "false_alarm_rate": round(sum(flagged[e.text] for e in near) / max(1, len(near)), 3),
        "recall_by_kind": {k: round(sum(v) / len(v), 3) for k, v in sorted(by_kind.items())},
        "false_alarms_by_trap": {k: sum(v) for k, v in sorted(by_trap.items()) if any(v)},
        "asked_now_first": {
            "urgent": sum(e.text in asked for e in urgent),
            "near_miss": sum(e.text in asked for e in near),
        },
        "missed": [
            f"[{e.lang}/{e.group}] {e.text}" + (" (asked first)" if e.text in asked else "")
            for e in urgent
            if not flagged[e.text]
        ],
        "false_alarms": [f"[{e.lang}/{e.group}] {e.text}" for e in near if flagged[e.text]],
    }


def screen_report(screen: SafetyScreen, parts: tuple[str, ...] = PARTS) -> dict:
    """The screen alone, per part and for the whole set: what a test holds to the targets."""
    examples = {part: load(part) for part in parts}
    everything = [e for part in parts for e in examples[part]]
    results = {e.text: screen.check(e.text) for e in everything}
    flagged = {e.text: caught(e, results[e.text]) for e in everything}
    asked = frozenset(t for t, r in results.items() if r.ask_first)
    report = {part: summarise(examples[part], flagged, asked) for part in parts}
    report["whole"] = summarise(everything, flagged, asked)
    return report


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def intent_report(settings: Settings, screen: SafetyScreen, model: Path | None = None) -> dict:
    """Rasa's urgent_symptom intent on the same messages: alone (what it would alarm on),
    and as the product uses it (only a calm check where the screen saw nothing now)."""
    model = model or model_path(settings)
    if not model.exists():
        return {"error": "no trained Rasa model: run `make train`"}
    everything = [e for part in PARTS for e in load(part)]
    eval_settings = settings.model_copy(update={"rasa_port": _free_port()})
    token = {"token": rasa_token(settings)}
    with rasa_server(eval_settings, model) as url:

        def intent_of(text: str) -> str:
            reply = httpx.post(f"{url}/model/parse", params=token, json={"text": text}, timeout=30)
            return reply.json()["intent"]["name"]

        intent = {e.text: intent_of(e.text) == "urgent_symptom" for e in everything}
    urgent_by_screen = {e.text: screen.check(e.text).urgent for e in everything}
    near = [e for e in everything if not e.urgent]
    urgent = [e for e in everything if e.urgent]
    before = {t: urgent_by_screen[t] or intent[t] for t in intent}  # the intent could alarm
    return {
        "intent_alone": summarise(everything, intent),
        "screen_or_intent_alarm (before)": summarise(everything, before),
        "calm_checks_on_near_misses": sum(
            intent[e.text] and not urgent_by_screen[e.text] for e in near
        ),
        "calm_checks_on_urgent_the_screen_missed": sum(
            intent[e.text] and not urgent_by_screen[e.text] for e in urgent
        ),
    }
