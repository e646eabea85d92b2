"""Sessions and CSRF protection.

A signed session cookie (Starlette's ``SessionMiddleware``: itsdangerous, HttpOnly, SameSite=Lax)
carries the signed-in user and a per-session CSRF token. Every state-changing request — HTML
forms and JSON API calls alike — must present that token: forms as the hidden field
``csrf_token``, API clients as the ``X-CSRF-Token`` header (``GET /api/me`` and
``POST /api/login`` return it). Writes also re-read the account, so a removed or demoted user
loses the right at once, not when the cookie expires.
"""

from __future__ import annotations

import secrets

from fastapi import HTTPException, Request

from coopwatch.web.users import User, get_user

SESSION_COOKIE = "coopwatch_session"
SESSION_DAYS = 14
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


def session_user(request: Request) -> User | None:
    s = request.session
    if "uid" not in s:
        return None
    return User(int(s["uid"]), str(s.get("name", "")), str(s.get("role", "viewer")))


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
    """A fresh session for ``user`` (new CSRF token: no fixation); returns the token."""
    request.session.clear()
    request.session.update({"uid": user.id, "name": user.name, "role": user.role})
    return csrf_token(request)


def sign_out(request: Request) -> None:
    request.session.clear()


def reading_editor(request: Request) -> User | None:
    """The signed-in editor reading a page that shows editors more (the rules behind facts), else
    None. The account is read again, as for writes: a demoted editor sees what viewers see."""
    user = session_user(request)
    if user is None or not user.is_editor:
        return None
    current = get_user(request.app.state.web.kb, user.id)
    return current if current is not None and current.is_editor else None


def require_editor(request: Request, presented_csrf: str | None) -> User:
    """The signed-in editor making this write, or 401/403 with a Russian reason."""
    user = session_user(request)
    if user is None:
        raise HTTPException(401, "Войдите как редактор, чтобы вносить изменения")
    check_csrf(request, presented_csrf)
    current = get_user(request.app.state.web.kb, user.id)
    if current is None:
        sign_out(request)
        raise HTTPException(401, "Учётная запись больше не существует: войдите снова")
    if not current.is_editor:
        raise HTTPException(403, "Изменять факты могут только редакторы; ваша роль — читатель")
    return current
