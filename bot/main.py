"""ASGI entry point for uvicorn: `uvicorn bot.main:app`."""

import logging

from bot.app import create_app

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
app = create_app()
