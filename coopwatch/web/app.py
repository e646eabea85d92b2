"""The FastAPI application: ``create_app(db)`` on a knowledge base (``coopwatch serve``).

Every page is one view with two faces: ``/pair?a=…&b=…`` renders HTML from the same data that
``/api/pair?a=…&b=…`` returns as JSON (see ``pages.py``); FastAPI describes the API at
``/openapi.json`` (and ``/docs``). Writes (``curation.py``) need a signed-in editor and a CSRF
token (``security.py``: sessions are records on the server). Bodies are cached until the knowledge
base changes (``cache.py``). What the routers share is in ``responses.py`` (rendering, caching) and
``params.py`` (parameters). Below the routes (``guard.py``): security headers, a request-size
limit and a same-origin check of writes.
"""

from __future__ import annotations

import os
from contextlib import asynccontextmanager
from datetime import timedelta

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.middleware.sessions import SessionMiddleware

from coopwatch.kb.db import KB, KBError, open_kb
from coopwatch.web import (
    accounts,
    admin,
    curation,
    documents,
    journal,
    lists,
    maps,
    openapi,
    pages,
    reports,
    sources,
)
from coopwatch.web.cache import ResponseCache
from coopwatch.web.guard import MAX_BODY, BodyLimit, SameOrigin, SecurityHeaders, ServerTiming, error_page
from coopwatch.web.models import FieldProblem, InvalidOut
from coopwatch.web.responses import HERE, WebState, html_response, kb_headers, kb_status, make_env, wants_html
from coopwatch.web.security import IDLE_HOURS, SESSION_COOKIE, SESSION_DAYS, Accounts, SessionPolicy
from coopwatch.web.throttle import Throttle
from coopwatch.web.users import ensure_tables, session_secret
from coopwatch.wording.problems import problem, where

ENV_SECURE = "COOPWATCH_SECURE_COOKIES"  # "1": the site is served over HTTPS (cookies only go back over it)


async def _error_page(request: Request, status: int, message: str) -> Response:
    if wants_html(request):
        return await html_response(
            request, "error.html", lambda: {"status": status, "message": message}, cache=False, status=status
        )
    return JSONResponse({"detail": message}, status_code=status)


STATUS_MESSAGES = {
    400: "Неверный запрос: тело должно быть JSON по описанию API",
    401: "Нужно войти",
    403: "Доступ запрещён",
    404: "Страница не найдена",
    405: "Метод не поддерживается",
    413: "Запрос слишком велик",
    429: "Слишком много запросов: повторите позже",
    503: "Сервер занят: повторите позже",
    507: "На диске сервера нет места",
}


def _is_russian(text: str) -> bool:
    return any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(KBError)
    async def kb_error(request: Request, exc: KBError) -> Response:
        response = await _error_page(request, kb_status(exc, 404), str(exc))
        response.headers.update(kb_headers(exc) or {})
        return response

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        detail = (
            exc.detail
            if isinstance(exc.detail, str) and _is_russian(exc.detail)
            else STATUS_MESSAGES.get(exc.status_code, "Ошибка запроса")
        )
        response = await _error_page(request, exc.status_code, detail)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        """What no handler expected: said in Russian (Starlette's own answer is «Internal Server
        Error»), logged with its traceback by the server."""
        message = "Внутренняя ошибка сервера: запрос не выполнен. Повторите позже или сообщите администратору."
        try:
            return await _error_page(request, 500, message)
        except Exception:  # noqa: BLE001 - the error page itself failed: plain text, still Russian
            return PlainTextResponse(message, status_code=500)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        """In Russian, what is wrong with each parameter (``InvalidOut``), never pydantic's English."""
        errors = [FieldProblem(where(e), problem(e)) for e in exc.errors()]
        message = "Неверные параметры запроса: " + "; ".join(f"{e.field} — {e.problem}" for e in errors)
        if wants_html(request):
            return await _error_page(request, 422, message)
        return JSONResponse(jsonable_encoder(InvalidOut(message, errors)), status_code=422)


@asynccontextmanager
async def _lifespan(app: FastAPI):  # noqa: ANN202 - the lifespan protocol's async generator
    """Before the first request: load the word-form dictionary search needs (half a second
    otherwise paid by the first visitor who searches)."""
    from coopwatch.kb.text import lemma

    await run_in_threadpool(lemma, "соглашение")
    yield


def create_app(
    db: str | KB | None = None,
    *,
    cache_bytes: int = 256 * 2**20,
    check_every: float = 1.0,
    stale_for: float = 10.0,
    secure_cookies: bool | None = None,
    session_days: float = SESSION_DAYS,
    idle_minutes: float = IDLE_HOURS * 60,
    max_body: int = MAX_BODY,
    trusted_origins: tuple[str, ...] = (),
    throttle: Throttle | None = None,
) -> FastAPI:
    """The application on the knowledge base ``db`` (URL or path; default as ``open_kb``).

    ``secure_cookies``: the session cookie is sent only over HTTPS (for a site behind an HTTPS
    proxy; default from ``$COOPWATCH_SECURE_COOKIES``). A session lasts ``session_days`` at most
    and ends after ``idle_minutes`` without a request. ``max_body``: the largest request body, in
    bytes. ``trusted_origins``: other addresses the site's pages are served under (``https://…``),
    whose writes are accepted besides the request's own host. ``check_every``: how often the cache
    looks for changes made by other processes; ``stale_for``: how long a visitor may still be
    served a page such a change touched (``cache.py``)."""
    kb = db if isinstance(db, KB) else open_kb(db)
    ensure_tables(kb)
    if secure_cookies is None:
        secure_cookies = os.environ.get(ENV_SECURE, "").strip().lower() in ("1", "true", "yes")
    app = FastAPI(
        lifespan=_lifespan,
        title="coopwatch",
        version="1",
        docs_url=None,
        redoc_url=None,
        description=(
            "Факты межрегионального сотрудничества из новостей: страницы и их данные в JSON. "
            "Изменения — только для редакторов: вход через POST /api/login, затем заголовок X-CSRF-Token."
        ),
    )
    sessions = SessionPolicy(timedelta(days=session_days), timedelta(minutes=idle_minutes))
    env = make_env()
    app.state.web = WebState(
        kb,
        env,
        ResponseCache(kb, max_bytes=cache_bytes, check_every=check_every, stale_for=stale_for),
        sessions,
        throttle or Throttle(),
    )
    page = error_page(lambda name, ctx: env.get_template(name).render(ctx))
    # the last added is the outermost: the server's time, headers on every answer, then the size limit, the origin
    # check, the session cookie, and the session's account
    app.add_middleware(Accounts, kb=kb, policy=sessions)
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(kb),
        session_cookie=SESSION_COOKIE,
        max_age=int(sessions.lifetime.total_seconds()),
        same_site="lax",
        https_only=secure_cookies,
    )
    app.add_middleware(SameOrigin, trusted=trusted_origins, page=page)
    app.add_middleware(BodyLimit, limit=max_body, page=page, paths={"/documents/new": documents.MAX_UPLOAD})
    app.add_middleware(SecurityHeaders)
    app.add_middleware(ServerTiming)
    app.include_router(maps.router)  # before the static files: the boundaries are stored compressed
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _install_errors(app)
    openapi.install(app)
    app.include_router(pages.router)
    app.include_router(lists.router)
    app.include_router(curation.router)
    app.include_router(accounts.router)
    app.include_router(admin.router)
    app.include_router(journal.router)
    app.include_router(documents.router)
    app.include_router(reports.router)
    app.include_router(sources.router)
    return app
