"""The scope gate: is a question about what our library covers at all?

Similarity alone cannot tell "does Yescarta work for lymphoma?" from a Kymriah question: the
words are close. So a small logistic regression on MiniLM vectors learns the boundary from
examples: in scope = every item's title and questions plus Rasa's `ask_question` examples;
out of scope = Rasa's `out_of_scope` examples. One list of "what we do not answer" serves both
the dialogue engine and retrieval.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression

from bot.settings import PROJECT_ROOT

NLU_DIR = PROJECT_ROOT / "data" / "nlu"


def nlu_examples(intent: str, nlu_dir: Path = NLU_DIR) -> list[str]:
    """Training examples of one intent from Rasa's NLU files."""
    found: list[str] = []
    for path in sorted(nlu_dir.glob("*.yml")):
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
    def from_rasa_data(cls, nlu_dir: Path = NLU_DIR) -> "ScopeExamples":
        return cls(nlu_examples("ask_question", nlu_dir), nlu_examples("out_of_scope", nlu_dir))


class ScopeGate:
    """P(in scope | question vector), trained in milliseconds at index build."""

    def __init__(self, in_scope: np.ndarray, out_of_scope: np.ndarray, c: float = 3.0) -> None:
        x = np.vstack([in_scope, out_of_scope])
        y = np.concatenate([np.ones(len(in_scope)), np.zeros(len(out_of_scope))])
        self._model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
        self._model.fit(x, y)

    def probability(self, vector: np.ndarray) -> float:
        return float(self._model.predict_proba(vector.reshape(1, -1))[0, 1])
