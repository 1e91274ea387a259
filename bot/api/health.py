"""GET /healthz: green only when a family could really be answered."""

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from bot.api.deps import RuntimeDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz(runtime: RuntimeDep) -> JSONResponse:
    status = await runtime.rasa.status()
    index = runtime.retrieval.index
    problems = []
    if status is None:
        problems.append("rasa server is not answering")
    elif not status.get("model_file"):
        problems.append("rasa server has no model loaded")
    if index is None:
        problems.append("retrieval index is not built")
    body = {
        "status": "ok" if not problems else "unavailable",
        "rasa_model": (status or {}).get("model_file"),
        "index": {"items": index.stats.items, "passages": index.stats.passages} if index else None,
    }
    if problems:
        body["problems"] = problems
    return JSONResponse(body, status_code=200 if not problems else 503)
