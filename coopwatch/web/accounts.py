"""Signing in and out: the login page and form, and the same for API clients (``/api/login``
returns the CSRF token that writes must send in ``X-CSRF-Token``). Password guessing is throttled
per account and per address (``throttle.py``): 429 with ``Retry-After``, before any password is
checked. Answers that carry a CSRF token are marked ``no-store``."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Header, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, Field

from coopwatch.web.models import Me
from coopwatch.web.responses import NO_STORE, html_response, local_path, state
from coopwatch.web.security import CSRF_HEADER, check_csrf, csrf_token, session_user, sign_in, sign_out
from coopwatch.web.users import Busy, User, authenticate

router = APIRouter()
TAG = "вход"


class LoginIn(BaseModel):
    name: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1000)


def checked_login(request: Request, name: str, password: str) -> User | None:
    """The account if the password is right; 429 while this account or address must wait after
    failed attempts, 503 while too many passwords are being checked at once."""
    throttle = state(request).throttle
    address = request.client.host if request.client else "?"
    wait = throttle.wait(name, address)
    if wait:
        raise HTTPException(
            429,
            f"Слишком много неудачных попыток входа: повторите через {wait} с",
            headers={"Retry-After": str(wait)},
        )
    try:
        user = authenticate(state(request).kb, name, password)
    except Busy as e:
        raise HTTPException(503, str(e), headers={"Retry-After": "5"}) from e
    if user is None:
        throttle.failed(name, address)
    else:
        throttle.succeeded(name)
    return user


@router.get("/login", response_class=HTMLResponse, include_in_schema=False)
async def login_page(request: Request, next: str = "/", error: str = "") -> HTMLResponse:
    return await html_response(
        request, "login.html", lambda: {"next": local_path(next, "/"), "error": error[:200]}, cache=False
    )


@router.post("/login", include_in_schema=False)
def login_form(
    request: Request,
    name: Annotated[str, Form(max_length=64)],
    password: Annotated[str, Form(max_length=1000)],
    csrf_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> RedirectResponse:
    check_csrf(request, csrf_token)
    user = checked_login(request, name, password)
    if user is None:
        return RedirectResponse(f"/login?error=1&next={quote(local_path(next, '/'), safe='')}", status_code=303)
    sign_in(request, user)
    return RedirectResponse(local_path(next, "/"), status_code=303)


@router.post("/logout", include_in_schema=False)
def logout_form(request: Request, csrf_token: Annotated[str, Form()] = "") -> RedirectResponse:
    check_csrf(request, csrf_token)
    sign_out(request)
    return RedirectResponse("/", status_code=303)


@router.get("/api/me", response_model=Me, tags=[TAG], summary="Кто вошёл")
def api_me(request: Request, response: Response) -> Me:
    response.headers.update(NO_STORE)
    user = session_user(request)
    if user is None:
        return Me(name=None, role=None, csrf_token=None)
    return Me(name=user.name, role=user.role, csrf_token=csrf_token(request))


@router.post(
    "/api/login",
    response_model=Me,
    tags=[TAG],
    summary="Войти (сессия в cookie)",
    responses={
        400: {"description": "Тело запроса — не JSON"},
        401: {"description": "Неверное имя или пароль"},
        429: {"description": "Слишком много неудачных попыток: повторите через Retry-After секунд"},
        503: {"description": "Сервер занят проверкой паролей: повторите через несколько секунд"},
    },
)
def api_login(request: Request, body: LoginIn, response: Response) -> Me:
    response.headers.update(NO_STORE)
    user = checked_login(request, body.name, body.password)
    if user is None:
        raise HTTPException(401, "Неверное имя пользователя или пароль")
    token = sign_in(request, user)
    return Me(name=user.name, role=user.role, csrf_token=token)


@router.post("/api/logout", response_model=Me, tags=[TAG], summary="Выйти")
def api_logout(
    request: Request, response: Response, x_csrf_token: Annotated[str | None, Header(alias=CSRF_HEADER)] = None
) -> Me:
    response.headers.update(NO_STORE)
    if session_user(request) is not None:
        check_csrf(request, x_csrf_token)
    sign_out(request)
    return Me(name=None, role=None, csrf_token=None)
