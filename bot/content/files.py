"""Writing content items back to Markdown with YAML front matter, in one canonical form."""

from pathlib import Path

import yaml

from bot.content.model import ContentItem

FIELD_ORDER = (
    "id",
    "lang",
    "translation_of",
    "translation_of_version",
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
    if front.get("lang") == "en":
        del front["lang"]  # English is the default: its files do not say so
    front["sources"] = [{"title": s["title"], "url": s["url"]} for s in data["sources"]]
    header = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=100)
    return f"---\n{header}---\n{item.body.strip()}\n"


def path_for(folder: Path, item: ContentItem) -> Path:
    """Where the item's file lives: translations in a folder per language (content/es/)."""
    return (folder if item.lang == "en" else folder / item.lang) / f"{item.id}.md"


def write_item(item: ContentItem, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_item(item), encoding="utf-8")
