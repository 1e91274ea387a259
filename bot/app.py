"""Wiring: one FastAPI app that is the gateway, Rasa's action endpoint and the web server."""

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import spacy
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from bot import actions_endpoint, deps, health
from bot.callbacks import CallbackStore, load_key
from bot.chat import router as chat
from bot.chat.rasa_client import RasaClient
from bot.chat.sessions import SessionStore
from bot.chat.transcript import TranscriptStore
from bot.db import make_engine
from bot.deps import Runtime
from bot.privacy.redactor import Redactor
from bot.retrieval import service as retrieval
from bot.safety.screen import SafetyScreen
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


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)


async def security_headers(request: Request, call_next):
    """A strict Content-Security-Policy on our own pages: the widget needs nothing looser."""
    response = await call_next(request)
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    return response


def check_placeholders(settings: Settings) -> None:
    """Demo values are fine on a laptop; a hospital must not go live with them."""
    for problem in settings.placeholder_problems:
        if settings.environment == "development":
            log.warning("DEMO SETTING: %s. Set it before families use this.", problem)
        else:
            raise RuntimeError(f"Refusing to start in {settings.environment}: {problem}.")


def create_app(
    settings: Settings | None = None, service: retrieval.RetrievalService | None = None
) -> FastAPI:
    """Build the app; models load in the lifespan, never at import."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        check_placeholders(settings)
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(settings.sqlalchemy_url)
        nlp = await asyncio.to_thread(spacy.load, settings.spacy_model)
        retrieval_service = service or retrieval.RetrievalService(settings, nlp=nlp)
        if retrieval_service.index is None:
            await asyncio.to_thread(retrieval_service.start)
        rasa = RasaClient(settings.rasa_url, settings.rasa_timeout_s)
        runtime = Runtime(
            settings=settings,
            rasa=rasa,
            sessions=SessionStore(engine),
            retrieval=retrieval_service,
            safety=SafetyScreen(nlp),
            callbacks=CallbackStore(engine, load_key(settings)),
            redactor=await asyncio.to_thread(Redactor, settings.spacy_model),
            transcripts=TranscriptStore(engine),
        )
        app.state.runtime = runtime
        deps.set_current(runtime)
        try:
            yield
        finally:
            await rasa.close()
            deps.set_current(None)
            engine.dispose()

    app = FastAPI(
        title="CAR-T Family Guide",
        summary="Patient education about CAR-T cell therapy, from approved content only.",
        lifespan=lifespan,
    )
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.middleware("http")(security_headers)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.widget_origins,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Content-Type"],
    )
    app.include_router(chat.router)
    app.include_router(health.router)
    app.include_router(actions_endpoint.router)
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=Path(web.__file__).parent / "static"), name="static")
    return app
