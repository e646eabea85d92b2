"""Sessions and CSRF protection.

A signed session cookie (Starlette's ``SessionMiddleware``: itsdangerous, HttpOnly, SameSite=Lax,
``Secure`` when the site is served over HTTPS — ``create_app(secure_cookies=True)``) carries a
random session token and a per-session CSRF token. The token names a session record on the
server (``users.web_sessions``): ``Accounts`` reads it once per request, with the account's
current name and role, so signing out, a new password, a new role or a removed account ends the
session at once, and so do its lifetime and its idle timeout (``SessionPolicy``).

Every state-changing request — HTML forms and JSON API calls alike — must present the CSRF token:
forms as the hidden field ``csrf_token``, API clients as the ``X-CSRF-Token`` header
(``GET /api/me`` and ``POST /api/login`` return it).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from fastapi import HTTPException, Request
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from coopwatch.kb.db import KB, write_wait
from coopwatch.web.users import User, close_session, open_session, session_account

SESSION_COOKIE = "coopwatch_session"
SESSION_DAYS = 14
IDLE_HOURS = 24
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
SESSION_WRITE_WAIT_S = 2.0  # signing in or out waits this long for another writer, then "busy, retry"
USER_KEY = "coopwatch.user"  # where ``Accounts`` leaves the request's user in the ASGI scope


@dataclass(frozen=True)
class SessionPolicy:
    lifetime: timedelta = timedelta(days=SESSION_DAYS)
    idle: timedelta = timedelta(hours=IDLE_HOURS)


class Accounts:
    """ASGI middleware inside ``SessionMiddleware``: the signed-in user of the request (or None),
    read from the session record in the thread pool; a dead session's cookie is emptied."""

    def __init__(self, app: ASGIApp, kb: KB, policy: SessionPolicy) -> None:
        self.app, self.kb, self.policy = app, kb, policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            session = scope.get("session")
            token = session.get("sid") if session else None
            user = None
            if token:
                user = await run_in_threadpool(
                    session_account, self.kb, str(token), lifetime=self.policy.lifetime, idle=self.policy.idle
                )
                if user is None:
                    session.clear()
            scope[USER_KEY] = user
        await self.app(scope, receive, send)


def session_user(request: Request) -> User | None:
    """The signed-in user, with the account's current role (None for visitors)."""
    return request.scope.get(USER_KEY)


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use)."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def check_csrf(request: Request, presented: str | None) -> None:
    expected = request.session.get("csrf")
    if not expected or not presented or not secrets.compare_digest(str(expected), str(presented)):
        raise HTTPException(403, "Недействительный CSRF-токен: обновите страницу и повторите")


def sign_in(request: Request, user: User) -> str:
    """A fresh session for ``user`` (new session and CSRF tokens: no fixation); returns the CSRF token."""
    web = request.app.state.web
    with write_wait(SESSION_WRITE_WAIT_S):
        token = open_session(web.kb, user, web.sessions.lifetime)
    sign_out(request)
    request.session["sid"] = token
    request.scope[USER_KEY] = user
    return csrf_token(request)


def sign_out(request: Request) -> None:
    token = request.session.get("sid")
    if token:
        with write_wait(SESSION_WRITE_WAIT_S):
            close_session(request.app.state.web.kb, str(token))
    request.session.clear()
    request.scope[USER_KEY] = None


def reading_editor(request: Request) -> User | None:
    """The signed-in editor reading a page that shows editors more (the rules behind facts), else None."""
    user = session_user(request)
    return user if user is not None and user.is_editor else None


ADMIN_SIGN_IN = "Войдите как администратор, чтобы управлять пользователями"
ADMIN_ONLY = "Управлять пользователями может только администратор; ваша роль — {role}"


def require_editor(request: Request, presented_csrf: str | None, what: str = "Изменять факты") -> User:
    """The signed-in editor making this write, or 401/403 with a Russian reason (``what`` only
    editors may do)."""
    return signed_in_as(request, lambda u: u.is_editor, "Войдите как редактор, чтобы вносить изменения",
                        what + " могут только редакторы; ваша роль — {role}", writes=True, presented_csrf=presented_csrf)


def require_admin(request: Request, presented_csrf: str | None) -> User:
    """The signed-in administrator making this change of accounts, or 401/403 in Russian."""
    return signed_in_as(request, lambda u: u.is_admin, ADMIN_SIGN_IN, ADMIN_ONLY, writes=True,
                        presented_csrf=presented_csrf)


def signed_in_as(request: Request, allowed: Callable[[User], bool], sign_in: str, refused: str, *,
                 writes: bool = False, presented_csrf: str | None = None) -> User:
    """The signed-in user when ``allowed``: 401 ``sign_in`` without a session; for ``writes``, 403
    on a wrong CSRF token; 403 ``refused`` (its ``{role}``: the user's) for another role."""
    user = session_user(request)
    if user is None:
        raise HTTPException(401, sign_in)
    if writes:
        check_csrf(request, presented_csrf)
    if not allowed(user):
        raise HTTPException(403, refused.replace("{role}", user.role_name))
    return user
