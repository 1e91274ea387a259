"""Structured logs: one JSON object per line, with the request id, and never message text.

Only fixed event names and numbers are logged; family messages are not passed to any logger.
"""

import contextvars
import json
import logging
import sys
import time
import traceback
import uuid
from pathlib import Path

from fastapi.responses import JSONResponse

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
            "request_id": request_id.get(),
        }
        if record.exc_info:
            entry["error"] = record.exc_info[0].__name__ if record.exc_info[0] else "error"
        return json.dumps(entry)


def configure(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "presidio-analyzer", "bm25s", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def log_unexpected(exc: BaseException) -> None:
    """The traceback as places in the code (file, line, function) and the error's type,
    never its message, which may quote what a family typed."""
    frames = [
        f"{Path(f.filename).name}:{f.lineno} in {f.name}"
        for f in traceback.extract_tb(exc.__traceback__)
    ]
    logging.getLogger("bot.errors").error(
        "unexpected %s at %s", type(exc).__name__, " <- ".join(reversed(frames))
    )


async def with_request_id(request, call_next):
    """Tag every log line of a request; the id is also returned as X-Request-ID.

    The access line names the route template (/api/chat/{session_id}), never the path,
    so no session id or text reaches the log."""
    rid = uuid.uuid4().hex[:12]
    token = request_id.set(rid)
    started = time.perf_counter()
    try:
        try:
            response = await call_next(request)
        except Exception as exc:  # the one catch-all: a JSON error the widget can read
            log_unexpected(exc)
            response = JSONResponse(
                status_code=500,
                content={
                    "error": "something went wrong on our side: please try again, and if it "
                    "keeps happening tell the care team this reference",
                    "request_id": rid,
                },
            )
        route = request.scope.get("route")
        logging.getLogger("bot.http").info(
            "%s %s %s %.0fms",
            request.method,
            getattr(route, "path", "-"),
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
    finally:
        request_id.reset(token)
    response.headers["X-Request-ID"] = rid
    return response
