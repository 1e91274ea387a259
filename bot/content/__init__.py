"""The approved content library: items with sources and review metadata."""

from bot.content.library import load_library, parse_item
from bot.content.model import ContentError, ContentItem, Source

__all__ = ["ContentError", "ContentItem", "Source", "load_library", "parse_item"]
