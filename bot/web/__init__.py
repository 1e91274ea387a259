"""The web pages' files: templates, the widget script and styles (routers in bot.api.routes)."""

from pathlib import Path

WEB_DIR = Path(__file__).parent
