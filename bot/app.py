"""Wiring: one FastAPI app that is the gateway, Rasa's action endpoint and the web server."""

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from bot import actions_endpoint, health
from bot.chat import router as chat
from bot.chat.rasa_client import RasaClient
from bot.chat.sessions import SessionStore
from bot.db import make_engine
from bot.deps import Runtime
from bot.retrieval import service as retrieval
from bot.settings import Settings, get_settings
from bot.web import router as web

log = logging.getLogger(__name__)


def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
    """One short sentence the widget (and a developer) can act on."""
    first = exc.errors()[0] if exc.errors() else {"msg": "invalid request", "loc": ()}
    message = str(first["msg"]).removeprefix("Value error, ")
    if first.get("type") == "json_invalid" or first.get("loc") == ("body",):
        message = "the request body must be a JSON object"
    return JSONResponse({"error": message}, status_code=422)


def create_app(
    settings: Settings | None = None, service: retrieval.RetrievalService | None = None
) -> FastAPI:
    """Build the app; models load in the lifespan, never at import."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(settings.sqlalchemy_url)
        retrieval_service = service or retrieval.RetrievalService(settings)
        if retrieval_service.index is None:
            await asyncio.to_thread(retrieval_service.start)
        retrieval.set_active(retrieval_service)
        rasa = RasaClient(settings.rasa_url, settings.rasa_timeout_s)
        app.state.runtime = Runtime(settings, rasa, SessionStore(engine), retrieval_service)
        try:
            yield
        finally:
            await rasa.close()
            retrieval.set_active(None)
            engine.dispose()

    app = FastAPI(
        title="CAR-T Family Guide",
        summary="Patient education about CAR-T cell therapy, from approved content only.",
        lifespan=lifespan,
    )
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.include_router(chat.router)
    app.include_router(health.router)
    app.include_router(actions_endpoint.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=Path(web.__file__).parent / "static"), name="static")
    return app
