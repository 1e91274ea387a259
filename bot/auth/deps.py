"""Who is asking, and may they? Shared FastAPI dependencies for every staff route."""

import secrets
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from bot.auth.accounts import User

SESSION_COOKIE = "cartfg_session"
CSRF_COOKIE = "cartfg_csrf"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

# What each role may do. A reviewer can do everything an editor can; an admin everything.
PERMISSIONS: dict[str, set[str]] = {
    "nurse": {"preview", "callbacks"},
    "editor": {"preview", "content", "insights"},
    "reviewer": {"preview", "content", "insights", "publish"},
    "admin": {"preview", "callbacks", "content", "insights", "publish", "users"},
}


def current_user(request: Request) -> User:
    """The signed-in staff member; 401 if none, 403 on a state change without CSRF token."""
    accounts = request.app.state.runtime.accounts
    found = accounts.session(request.cookies.get(SESSION_COOKIE))
    if found is None:
        raise HTTPException(401, "sign in first")
    user, csrf = found
    if request.method not in SAFE_METHODS:
        sent = request.headers.get(CSRF_HEADER, "")
        if not sent or not secrets.compare_digest(sent, csrf):
            raise HTTPException(
                403,
                "missing or wrong CSRF token (send the csrf cookie's value "
                f"in the {CSRF_HEADER} header)",
            )
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def allowed(permission: str) -> Callable[[User], User]:
    def check(user: CurrentUser) -> User:
        if permission not in PERMISSIONS.get(user.role, set()):
            raise HTTPException(403, f"your role ({user.role}) may not do this")
        return user

    return check


def require(permission: str):
    """A dependency alias: `user: require("publish")`."""
    return Annotated[User, Depends(allowed(permission))]
