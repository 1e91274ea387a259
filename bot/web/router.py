"""GET / (a demo hospital page with the widget) and GET /widget.js."""

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.templating import Jinja2Templates

from bot.deps import RuntimeDep

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
router = APIRouter(tags=["web"], include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
async def demo_page(request: Request, runtime: RuntimeDep) -> HTMLResponse:
    return templates.TemplateResponse(request, "demo.html", {"settings": runtime.settings})


@router.get("/widget.js")
async def widget_script() -> FileResponse:
    # Short cache: hospitals embed the tag once; fixes must reach families within minutes.
    return FileResponse(
        HERE / "static" / "widget.js",
        media_type="text/javascript",
        headers={"Cache-Control": "public, max-age=300"},
    )
