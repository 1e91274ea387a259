"""Patient-facing wording the gateway needs when Rasa cannot answer.

It lives in domain.yml with every other response, so editors find all wording in one
place; the gateway only reads it.
"""

from functools import lru_cache
from pathlib import Path

import yaml

from bot.settings import PROJECT_ROOT


@lru_cache
def domain_responses(domain_path: Path = PROJECT_ROOT / "domain.yml") -> dict[str, str]:
    data = yaml.safe_load(domain_path.read_text(encoding="utf-8"))
    return {name: variants[0]["text"] for name, variants in data["responses"].items()}


def response_text(name: str) -> str:
    return domain_responses()[name]
