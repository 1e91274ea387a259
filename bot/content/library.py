"""Reading the content library from Markdown files with YAML front matter."""

from pathlib import Path

import frontmatter
import yaml
from pydantic import ValidationError

from bot.content.model import ContentError, ContentItem


def parse_item(text: str, path: str = "<memory>") -> ContentItem:
    """Parse one file's text; raise `ContentError` naming the file and the bad field."""
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        raise ContentError(path, "front matter", f"not valid YAML ({exc})") from exc
    if not post.metadata:
        raise ContentError(path, "front matter", "missing (start the file with '---' YAML block)")
    data = dict(post.metadata)
    data["body"] = post.content.strip()
    try:
        item = ContentItem.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "item"
        raise ContentError(path, field, first["msg"]) from exc
    expected_id = Path(path).stem
    if path != "<memory>" and item.id != expected_id:
        raise ContentError(path, "id", f"'{item.id}' must match the file name '{expected_id}'")
    return item


# Translations live in a folder per language beside the English items: content/es/<id>-es.md.
TRANSLATION_DIRS = ("es",)


def load_library(content_dir: Path) -> list[ContentItem]:
    """Every item in `content_dir` and its translation folders; duplicates are an error."""
    items: dict[str, ContentItem] = {}
    paths = sorted(content_dir.glob("*.md"))
    for folder in TRANSLATION_DIRS:
        paths += sorted((content_dir / folder).glob("*.md"))
    for path in paths:
        item = parse_item(path.read_text(encoding="utf-8"), str(path))
        if item.id in items:
            raise ContentError(str(path), "id", f"duplicate id '{item.id}'")
        items[item.id] = item
    return list(items.values())


def published(items: list[ContentItem]) -> list[ContentItem]:
    """Only what families may see."""
    return [item for item in items if item.is_live]


def in_language(items: list[ContentItem], lang: str) -> list[ContentItem]:
    """The items written in `lang`."""
    return [item for item in items if item.lang == lang]
