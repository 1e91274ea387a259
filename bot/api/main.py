"""ASGI entry point for uvicorn: `uvicorn bot.api.main:app`."""

from bot.api.app import create_app
from bot.core import logs

logs.configure()
app = create_app()
