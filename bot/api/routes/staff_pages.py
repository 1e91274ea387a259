"""Server-rendered staff pages: thin shells; /static/staff.js does the work through the
staff JSON APIs. Every page except sign-in needs a signed-in user with the right role."""

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from bot.api.deps import RuntimeDep
from bot.auth.accounts import User
from bot.auth.deps import PERMISSIONS, SESSION_COOKIE, current_user
from bot.web import WEB_DIR

templates = Jinja2Templates(directory=WEB_DIR / "templates")
router = APIRouter(prefix="/staff", tags=["staff pages"], include_in_schema=False)
SignedIn = Annotated[User, Depends(current_user)]

# What the home page and the header offer: (permission, path, link text, description).
SECTIONS = (
    ("preview", "/staff/preview", "Preview answers", "See what a family would get, and why."),
    ("content", "/staff/content", "Content library", "Write, review and publish answers."),
    ("content", "/staff/review", "Needs review", "Items past due or whose sources changed."),
    ("callbacks", "/staff/callbacks", "Call-back queue", "Families who asked for a call."),
    ("insights", "/staff/insights", "Insights", "Unanswered questions and ratings."),
)


def _render(
    request: Request,
    runtime: RuntimeDep,
    user: User | None,
    template: str,
    title: str,
    permission: str | None = None,
    **extra,
) -> Response:
    """The page, or a friendly 403 page if the user's role may not use it."""
    granted = PERMISSIONS.get(user.role, set()) if user else set()
    context = {
        "settings": runtime.settings,
        "flagged": _flagged(runtime) if "content" in granted else 0,
        "title": title,
        "user": user,
        "permissions": granted,
        "sections": [s for s in SECTIONS if s[0] in granted],
        **extra,
    }
    if permission and permission not in granted:
        context.update(title="Not allowed", needed=permission)
        return templates.TemplateResponse(request, "staff/forbidden.html", context, status_code=403)
    return templates.TemplateResponse(request, f"staff/{template}", context)


def _flagged(runtime: RuntimeDep) -> int:
    """How many live items wait for a sign-off because a source changed (the staff banner)."""
    return sum(e.source_changed for e in runtime.content.review_queue())


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, runtime: RuntimeDep, user: SignedIn) -> Response:
    return _render(request, runtime, user, "review.html", "Needs review", "content", page="review")


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, runtime: RuntimeDep) -> Response:
    """The sign-in form; someone already signed in goes straight to the staff home page."""
    if runtime.accounts.session(request.cookies.get(SESSION_COOKIE)) is not None:
        return RedirectResponse("/staff", status_code=303)
    return _render(request, runtime, None, "login.html", "Staff sign-in", page="login")


@router.get("", response_class=HTMLResponse)
def home_page(request: Request, runtime: RuntimeDep, user: SignedIn) -> Response:
    return _render(request, runtime, user, "home.html", "Staff home", page="home")


@router.get("/preview", response_class=HTMLResponse)
def preview_page(request: Request, runtime: RuntimeDep, user: SignedIn) -> Response:
    return _render(
        request, runtime, user, "preview.html", "Preview answers", "preview", page="preview"
    )


@router.get("/content", response_class=HTMLResponse)
def content_list_page(request: Request, runtime: RuntimeDep, user: SignedIn) -> Response:
    return _render(
        request, runtime, user, "content_list.html", "Content library", "content", page="content"
    )


@router.get("/content/new", response_class=HTMLResponse)
def new_item_page(request: Request, runtime: RuntimeDep, user: SignedIn) -> Response:
    return _render(
        request, runtime, user, "editor.html", "New content item", "content", page="editor"
    )


@router.get("/content/{item_id}", response_class=HTMLResponse)
def edit_item_page(item_id: str, request: Request, runtime: RuntimeDep, user: SignedIn) -> Response:
    return _render(
        request,
        runtime,
        user,
        "editor.html",
        f"Edit {item_id}",
        "content",
        page="editor",
        item_id=item_id,
    )


@router.get("/callbacks", response_class=HTMLResponse)
def callbacks_page(request: Request, runtime: RuntimeDep, user: SignedIn) -> Response:
    return _render(
        request, runtime, user, "callbacks.html", "Call-back queue", "callbacks", page="callbacks"
    )


@router.get("/insights", response_class=HTMLResponse)
def insights_page(request: Request, runtime: RuntimeDep, user: SignedIn) -> Response:
    return _render(request, runtime, user, "insights.html", "Insights", "insights", page="insights")
