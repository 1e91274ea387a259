"""The scope gate: is a question about what our library covers at all?

Similarity alone cannot tell "does Yescarta work for lymphoma?" from a Kymriah question: the
words are close. So a small logistic regression on MiniLM vectors learns the boundary from
examples: in scope = every item's title and questions plus Rasa's `ask_question` examples;
out of scope = Rasa's `out_of_scope` examples plus retrieval's own list (`out_of_scope.yml`
beside this file: other products, other cancers, near-topic and off-topic questions, many
more than Rasa needs). With that list the gate's regularisation could be weaker (C 3 -> 10):
on the independent tuning set, "not sure" on unanswerable questions rose from 0.64 to 0.76
while the fact-in-reply share held (0.672 -> 0.655).
"""

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression

from bot.core.settings import PROJECT_ROOT

NLU_DIR = PROJECT_ROOT / "data" / "nlu"
OWN_EXAMPLES = Path(__file__).with_name("out_of_scope.yml")
GATE_C = 10.0  # inverse regularisation, chosen on the independent tuning set (1, 3, 10, 30)


SPANISH_PREFIX = "es_"  # data/nlu/es_*.yml hold the Spanish examples


def nlu_examples(intent: str, nlu_dir: Path = NLU_DIR, lang: str | None = None) -> list[str]:
    """Training examples of one intent from Rasa's NLU files: those of one language (the
    Spanish files are named es_*.yml), or all of them."""
    found: list[str] = []
    for path in sorted(nlu_dir.glob("*.yml")):
        spanish = path.name.startswith(SPANISH_PREFIX)
        if lang is not None and spanish != (lang == "es"):
            continue
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if block.get("intent") == intent:
                for line in block["examples"].splitlines():
                    text = re.sub(r"^\s*-\s*", "", line).strip()
                    if text:
                        found.append(text)
    return found


@dataclass(frozen=True)
class ScopeExamples:
    """Extra in-scope texts (beyond the items' own questions) and out-of-scope texts."""

    in_scope: list[str]
    out_of_scope: list[str]

    @classmethod
    def from_rasa_data(
        cls, lang: str | None = None, nlu_dir: Path = NLU_DIR, own: Path | None = OWN_EXAMPLES
    ) -> "ScopeExamples":
        """Rasa's `ask_question` and `out_of_scope` examples (of one language, or all), plus
        retrieval's own list."""
        out_of_scope = nlu_examples("out_of_scope", nlu_dir, lang)
        if own is not None:
            out_of_scope += [row["q"] for row in yaml.safe_load(own.read_text(encoding="utf-8"))]
        return cls(nlu_examples("ask_question", nlu_dir, lang), out_of_scope)


class ScopeGate:
    """P(in scope | question vector), trained in milliseconds at index build."""

    def __init__(self, in_scope: np.ndarray, out_of_scope: np.ndarray, c: float = GATE_C) -> None:
        x = np.vstack([in_scope, out_of_scope])
        y = np.concatenate([np.ones(len(in_scope)), np.zeros(len(out_of_scope))])
        model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
        model.fit(x, y)
        # One question at a time: a dot product, without scikit-learn's input checks (about
        # 1 ms a question, a fifth of a search); the same number as predict_proba.
        self._weights = model.coef_[0].astype(np.float64)
        self._bias = float(model.intercept_[0])

    def probability(self, vector: np.ndarray) -> float:
        return float(
            1.0 / (1.0 + np.exp(-(vector.astype(np.float64) @ self._weights + self._bias)))
        )
