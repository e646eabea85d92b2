"""Accounts managed from the web by an administrator: add an account, change its role, disable or
enable it, set a new password. Every change goes through ``users`` (a change of role, password or
state ends the account's sessions at once). Administrators only, with the CSRF token. A form that
does not pass comes back with what was typed (never the password) and a message per field."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from coopwatch.kb.db import KBError, write_wait
from coopwatch.web.responses import html_response, state
from coopwatch.web.security import ADMIN_ONLY, ADMIN_SIGN_IN, require_admin, session_user, signed_in_as
from coopwatch.web.users import (
    ROLES,
    NameTaken,
    accounts,
    add_user,
    check_name,
    check_password,
    check_role,
    set_disabled,
    set_password,
    set_role,
)

router = APIRouter(include_in_schema=False)
WRITE_WAIT_S = 2.0
DONE = {
    "added": "Пользователь добавлен.",
    "role": "Роль изменена: его сессии закончены, он войдёт заново.",
    "disabled": "Пользователь отключён: его сессии закончены, войти он не сможет.",
    "enabled": "Пользователь снова может войти.",
    "password": "Пароль задан: сессии пользователя закончены.",
}


async def _page(
    request: Request, *, typed: dict[str, str] | None = None, errors: dict[str, str] | None = None,
    row_error: tuple[str, str] | None = None, status: int = 200,
) -> HTMLResponse:
    kb = state(request).kb

    def ctx() -> dict[str, Any]:
        return {
            "accounts": accounts(kb),
            "roles": ROLES,
            "typed": typed or {},
            "errors": errors or {},
            "row_error": row_error,
            "done_admin": DONE.get(request.query_params.get("done", "")),
        }

    return await html_response(request, "users.html", ctx, cache=False, status=status)


def _visible(request: Request) -> None:
    """The page itself is shown to administrators only (401/403 in Russian, as for writes)."""
    signed_in_as(request, lambda u: u.is_admin, ADMIN_SIGN_IN, ADMIN_ONLY)


@router.get("/admin/users", response_class=HTMLResponse)
async def users_page(request: Request) -> HTMLResponse:
    _visible(request)
    return await _page(request)


def _write(action: Any) -> None:
    with write_wait(WRITE_WAIT_S):
        action()


@router.post("/admin/users", response_model=None)
async def add_account(
    request: Request,
    name: Annotated[str, Form(max_length=200)] = "",
    role: Annotated[str, Form(max_length=20)] = "viewer",
    password: Annotated[str, Form(max_length=1000)] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    require_admin(request, csrf_token)
    name = name.strip()
    errors: dict[str, str] = {}
    for field, check, value in (("name", check_name, name), ("role", check_role, role),
                                ("password", check_password, password)):
        try:
            check(value)
        except KBError as e:
            errors[field] = str(e)
    if not errors:
        try:
            await run_in_threadpool(_write, lambda: add_user(state(request).kb, name, password, role))
        except NameTaken:
            errors["name"] = f"имя «{name}» уже занято"
        except KBError as e:
            errors["name"] = str(e)
    if errors:
        return await _page(request, typed={"name": name, "role": role}, errors=errors, status=400)
    return RedirectResponse("/admin/users?done=added", status_code=303)


async def _row_action(request: Request, name: str, action: Any, done: str) -> Response:
    try:
        await run_in_threadpool(_write, action)
    except KBError as e:
        return await _page(request, row_error=(name, str(e)), status=400)
    if session_user(request) is not None and session_user(request).name == name:
        # an administrator who changed their own account: that session has ended with the change
        return RedirectResponse("/login?next=/", status_code=303)
    return RedirectResponse(f"/admin/users?done={done}", status_code=303)


@router.post("/admin/users/{name}/role", response_model=None)
async def change_role(
    request: Request, name: str, role: Annotated[str, Form(max_length=20)], csrf_token: Annotated[str, Form()] = ""
) -> Response:
    require_admin(request, csrf_token)
    return await _row_action(request, name, lambda: set_role(state(request).kb, name, role), "role")


@router.post("/admin/users/{name}/state", response_model=None)
async def change_state(
    request: Request,
    name: str,
    disabled: Annotated[bool, Form()],
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    require_admin(request, csrf_token)
    return await _row_action(
        request, name, lambda: set_disabled(state(request).kb, name, disabled), "disabled" if disabled else "enabled"
    )


@router.post("/admin/users/{name}/password", response_model=None)
async def reset_password(
    request: Request,
    name: str,
    password: Annotated[str, Form(max_length=1000)] = "",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    require_admin(request, csrf_token)
    return await _row_action(request, name, lambda: set_password(state(request).kb, name, password), "password")
