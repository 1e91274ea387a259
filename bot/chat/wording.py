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

from bot.core.settings import PROJECT_ROOT

_VARIABLE = re.compile(r"\{(\w+)\}")


@lru_cache
def domain_variants(domain_path: Path = PROJECT_ROOT / "domain.yml") -> dict[str, list[dict]]:
    data = yaml.safe_load(domain_path.read_text(encoding="utf-8"))
    return data["responses"]


def _variant(name: str, lang: str) -> dict:
    """The variant Rasa would pick with the `language` slot set to `lang`: the one whose
    condition names it, else the first one without a condition."""
    variants = domain_variants()[name]
    for variant in variants:
        conditions = variant.get("condition") or []
        if any(c.get("name") == "language" and c.get("value") == lang for c in conditions):
            return variant
    return next((v for v in variants if not v.get("condition")), variants[0])


def fill(value: Any, variables: dict[str, str]) -> Any:
    """Replace {name} in every string of `value`; unknown names stay as they are."""
    text = json.dumps(value)
    return json.loads(
        _VARIABLE.sub(lambda m: json.dumps(variables.get(m.group(1), m.group(0)))[1:-1], text)
    )


def response_text(name: str, variables: dict[str, str] | None = None, lang: str = "en") -> str:
    return fill(_variant(name, lang)["text"], variables or {})


def response(
    name: str, variables: dict[str, str] | None = None, lang: str = "en"
) -> dict[str, Any]:
    """The whole response (text, buttons, custom), filled in."""
    variant = {k: v for k, v in _variant(name, lang).items() if k != "condition"}
    return fill(variant, variables or {})
