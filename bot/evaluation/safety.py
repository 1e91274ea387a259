"""Urgent-symptom detection on the development safety set: the screen, Rasa's intent, and
the two together as the product uses them (screen, or intent unless the screen cleared it)."""

import socket
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx
import yaml

from bot.rasa_process import model_path, rasa_server
from bot.safety.screen import SafetyScreen
from bot.settings import PROJECT_ROOT, Settings

SAFETY_DIR = PROJECT_ROOT / "tests" / "eval" / "safety"


@dataclass
class Detection:
    recall: float  # urgent messages flagged
    false_alarm_rate: float  # near-miss messages flagged
    missed: list[str]
    false_alarms: list[str]


def _load(name: str) -> list[str]:
    data = yaml.safe_load((SAFETY_DIR / f"{name}.yml").read_text(encoding="utf-8"))
    return [m["text"] for m in data["messages"]]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _detection(urgent: dict[str, bool], near: dict[str, bool]) -> Detection:
    return Detection(
        recall=round(sum(urgent.values()) / len(urgent), 3),
        false_alarm_rate=round(sum(near.values()) / len(near), 3),
        missed=[t for t, flagged in urgent.items() if not flagged],
        false_alarms=[t for t, flagged in near.items() if flagged],
    )


def evaluate(settings: Settings, screen: SafetyScreen, model: Path | None = None) -> dict:
    urgent, near = _load("urgent"), _load("near_miss")
    texts = urgent + near
    results = {t: screen.check(t) for t in texts}
    report = {"messages": {"urgent": len(urgent), "near_miss": len(near)}}
    report["screen"] = asdict(
        _detection({t: results[t].urgent for t in urgent}, {t: results[t].urgent for t in near})
    )
    model = model or model_path(settings)
    if not model.exists():
        report["intent"] = report["combined"] = "no trained Rasa model: run `make train`"
        return report
    eval_settings = settings.model_copy(update={"rasa_port": _free_port()})
    with rasa_server(eval_settings, model) as url:
        intents = {
            t: httpx.post(f"{url}/model/parse", json={"text": t}, timeout=30).json()["intent"]
            for t in texts
        }
    by_intent = {t: intents[t]["name"] == "urgent_symptom" for t in texts}
    report["intent"] = asdict(
        _detection({t: by_intent[t] for t in urgent}, {t: by_intent[t] for t in near})
    )
    combined = {t: results[t].urgent or (by_intent[t] and not results[t].cleared) for t in texts}
    report["combined"] = asdict(
        _detection({t: combined[t] for t in urgent}, {t: combined[t] for t in near})
    )
    return report
