"""Patient-facing wording the gateway needs when it must answer without Rasa.

It lives in domain.yml with every other response, so editors find all wording in one
place; the gateway only reads it and fills in `{variables}` the way Rasa does.
"""

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.settings import PROJECT_ROOT

_VARIABLE = re.compile(r"\{(\w+)\}")


@lru_cache
def domain_responses(domain_path: Path = PROJECT_ROOT / "domain.yml") -> dict[str, dict]:
    data = yaml.safe_load(domain_path.read_text(encoding="utf-8"))
    return {name: variants[0] for name, variants in data["responses"].items()}


def fill(value: Any, variables: dict[str, str]) -> Any:
    """Replace {name} in every string of `value`; unknown names stay as they are."""
    text = json.dumps(value)
    return json.loads(
        _VARIABLE.sub(lambda m: json.dumps(variables.get(m.group(1), m.group(0)))[1:-1], text)
    )


def response_text(name: str, variables: dict[str, str] | None = None) -> str:
    return fill(domain_responses()[name]["text"], variables or {})


def response(name: str, variables: dict[str, str] | None = None) -> dict[str, Any]:
    """The whole response (text, buttons, custom), filled in."""
    return fill(domain_responses()[name], variables or {})
