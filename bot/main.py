"""ASGI entry point for uvicorn: `uvicorn bot.main:app`."""

from bot import logs
from bot.app import create_app

logs.configure()
app = create_app()
