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
    indexes = runtime.retrieval.indexes
    body = {
        "status": "ok" if not problems else "unavailable",
        "rasa_model": (status or {}).get("model_file"),
        "index": {
            "items": len({item_id for i in indexes.values() for item_id in i.items}),
            "languages": {
                lang: {"items": i.stats.items, "passages": i.stats.passages}
                for lang, i in indexes.items()
            },
        }
        if index
        else None,
    }
    if problems:
        body["problems"] = problems
    return JSONResponse(body, status_code=200 if not problems else 503)
