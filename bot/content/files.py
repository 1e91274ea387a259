"""Writing content items back to Markdown with YAML front matter, in one canonical form."""

from pathlib import Path

import yaml

from bot.content.model import ContentItem

FIELD_ORDER = (
    "id",
    "title",
    "topic",
    "audience",
    "questions",
    "sources",
    "status",
    "reviewed_by",
    "reviewed_on",
    "version",
)


def render_item(item: ContentItem) -> str:
    data = item.model_dump(mode="json")
    front = {key: data[key] for key in FIELD_ORDER}
    front["sources"] = [{"title": s["title"], "url": s["url"]} for s in data["sources"]]
    header = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{header}---\n{item.body.strip()}\n"


def write_item(item: ContentItem, path: Path) -> None:
    path.write_text(render_item(item), encoding="utf-8")
