"""The public pages: a demo hospital site with the widget, and the widget script itself."""

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.templating import Jinja2Templates

from bot.api.deps import RuntimeDep
from bot.web import WEB_DIR

templates = Jinja2Templates(directory=WEB_DIR / "templates")
router = APIRouter(tags=["web"], include_in_schema=False)
PAGES = {
    "": ("demo.html", "CAR-T cell therapy for leukemia"),
    "preparing": ("preparing.html", "Preparing for CAR-T"),
}


@router.get("/", response_class=HTMLResponse)
@router.get("/preparing", response_class=HTMLResponse)
async def demo_page(request: Request, runtime: RuntimeDep) -> HTMLResponse:
    """A plausible hospital page with the widget embedded by one script tag."""
    template, title = PAGES[request.url.path.strip("/")]
    return templates.TemplateResponse(
        request, template, {"settings": runtime.settings, "title": title}
    )


@router.get("/widget.js")
async def widget_script() -> FileResponse:
    # Short cache plus an ETag: hospitals embed the tag once; fixes reach families in minutes.
    return FileResponse(
        WEB_DIR / "static" / "widget.js",
        media_type="text/javascript",
        headers={"Cache-Control": "public, max-age=300"},
    )
