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
    "checked_against",
    "review_due",
    "change_note",
)


def render_item(item: ContentItem) -> str:
    data = item.model_dump(mode="json")
    # An unreviewed version has no stamps: the file must not look reviewed (review F3).
    front = {key: data[key] for key in FIELD_ORDER if data.get(key) is not None}
    front["sources"] = [{"title": s["title"], "url": s["url"]} for s in data["sources"]]
    header = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{header}---\n{item.body.strip()}\n"


def write_item(item: ContentItem, path: Path) -> None:
    path.write_text(render_item(item), encoding="utf-8")
