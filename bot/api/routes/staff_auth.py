"""POST /api/auth/login and /api/auth/logout: cookie sessions with a CSRF cookie."""

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from bot.api.deps import RuntimeDep
from bot.api.limits import limiter
from bot.auth.deps import CSRF_COOKIE, SESSION_COOKIE, CurrentUser
from bot.core.settings import get_settings

router = APIRouter(prefix="/api/auth", tags=["staff: sign-in"])


class Login(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


@router.post("/login")
@limiter.limit(lambda: get_settings().login_rate_limit)
def login(request: Request, body: Login, runtime: RuntimeDep) -> JSONResponse:
    """Sign in. Sets the session cookie (HttpOnly) and a CSRF cookie to echo in X-CSRF-Token."""
    signed = runtime.accounts.sign_in(body.username, body.password)
    if signed is None:
        return JSONResponse({"error": "wrong username or password"}, status_code=401)
    response = JSONResponse({"username": signed.user.username, "role": signed.user.role})
    secure = runtime.settings.environment != "development"
    response.set_cookie(
        SESSION_COOKIE, signed.token, httponly=True, samesite="strict", secure=secure, path="/"
    )
    response.set_cookie(
        CSRF_COOKIE, signed.csrf, httponly=False, samesite="strict", secure=secure, path="/"
    )
    return response


@router.post("/logout")
def logout(request: Request, user: CurrentUser, runtime: RuntimeDep) -> Response:
    runtime.accounts.sign_out(request.cookies.get(SESSION_COOKIE))
    response = JSONResponse({"status": "signed out"})
    response.delete_cookie(SESSION_COOKIE, path="/")
    response.delete_cookie(CSRF_COOKIE, path="/")
    return response


@router.get("/me")
def me(user: CurrentUser) -> dict[str, str]:
    return {"username": user.username, "role": user.role}
