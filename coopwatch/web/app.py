"""The FastAPI application: ``create_app(db)`` on a knowledge base (``coopwatch serve``).

Every page is one view with two faces: ``/pair?a=…&b=…`` renders HTML from the same data that
``/api/pair?a=…&b=…`` returns as JSON (see ``pages.py``); FastAPI describes the API at
``/openapi.json`` (and ``/docs``). Writes (``curation.py``) need a signed-in editor and a CSRF
token (``security.py``). Bodies are cached until the knowledge base changes (``cache.py``). What
the routers share is in ``responses.py`` (rendering, caching) and ``params.py`` (parameters).
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.middleware.sessions import SessionMiddleware

from coopwatch.kb.db import KB, KBError, open_kb
from coopwatch.web import accounts, curation, lists, pages, reports
from coopwatch.web.cache import ResponseCache
from coopwatch.web.responses import HERE, WebState, html_response, make_env, wants_html
from coopwatch.web.security import SESSION_COOKIE, SESSION_DAYS
from coopwatch.web.users import ensure_tables, session_secret


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
}


def _is_russian(text: str) -> bool:
    return any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text)


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(KBError)
    async def kb_error(request: Request, exc: KBError) -> Response:
        return await _error_page(request, 404, str(exc))

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

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if wants_html(request):
            fields = ", ".join(str(e["loc"][-1]) for e in exc.errors())
            return await _error_page(request, 422, f"Неверные параметры запроса: {fields}")
        return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)


@asynccontextmanager
async def _lifespan(app: FastAPI):  # noqa: ANN202 - the lifespan protocol's async generator
    """Before the first request: load the word-form dictionary search needs (half a second
    otherwise paid by the first visitor who searches)."""
    from coopwatch.kb.text import lemma

    await run_in_threadpool(lemma, "соглашение")
    yield


def create_app(
    db: str | KB | None = None, *, cache_bytes: int = 256 * 2**20, check_every: float = 1.0
) -> FastAPI:
    """The application on the knowledge base ``db`` (URL or path; default as ``open_kb``)."""
    kb = db if isinstance(db, KB) else open_kb(db)
    ensure_tables(kb)
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
    app.state.web = WebState(
        kb, make_env(), ResponseCache(kb, max_bytes=cache_bytes, check_every=check_every)
    )
    app.add_middleware(
        SessionMiddleware,
        secret_key=session_secret(kb),
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_DAYS * 86400,
        same_site="lax",
        https_only=False,
    )
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    _install_errors(app)
    app.include_router(pages.router)
    app.include_router(lists.router)
    app.include_router(curation.router)
    app.include_router(accounts.router)
    app.include_router(reports.router)
    return app
