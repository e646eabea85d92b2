"""The FastAPI application: ``create_app(db)`` on a knowledge base (``coopwatch serve``).

Every page is one view with two faces: ``/pair?a=…&b=…`` renders HTML from the same data that
``/api/pair?a=…&b=…`` returns as JSON (see ``pages.py``); FastAPI describes the API at
``/openapi.json`` (and ``/docs``). Writes (``curation.py``) need a signed-in editor and a CSRF
token (``security.py``). Bodies are cached until the knowledge base changes (``cache.py``).
"""

from __future__ import annotations

import gzip
import html
import json
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool
from starlette.middleware.sessions import SessionMiddleware

from coopwatch.kb.db import KB, KBError, open_kb
from coopwatch.kb.query import as_dict
from coopwatch.web import filters
from coopwatch.web.cache import ResponseCache
from coopwatch.web.security import SESSION_COOKIE, SESSION_DAYS, csrf_token, session_user
from coopwatch.web.users import User, ensure_tables, session_secret

HERE = Path(__file__).resolve().parent
# Stand-ins rendered into cached HTML and replaced per request: the page is shared by every user
# of a role, the name and the CSRF token are not.
USER_MARK = "cw8user8mark"
CSRF_MARK = "cw8csrf8mark"


@dataclass
class WebState:
    kb: KB
    env: Environment
    cache: ResponseCache


def make_env() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    filters.register(env)
    return env


def state(request: Request) -> WebState:
    return request.app.state.web


@lru_cache(maxsize=64)
def _adapter(model: Any) -> TypeAdapter:
    return TypeAdapter(model)


def dumps(value: Any, model: Any = None) -> bytes:
    """JSON of a view: through pydantic's serializer for the route's response model (fast, and
    exactly what the OpenAPI document describes), else field by field."""
    if model is not None:
        return _adapter(model).dump_json(value)
    return json.dumps(as_dict(value), ensure_ascii=False, separators=(",", ":")).encode()


def _key(request: Request, kind: str, role: str = "") -> tuple:
    return (kind, role, request.url.path, request.url.query)


GZIP_LEVEL = 5


def _packed(make: Callable[[], bytes]) -> Callable[[], bytes]:
    """Bodies are cached gzip-compressed: a tenth of the memory, and sent as they are to every
    client that accepts gzip (browsers, httpx, requests do)."""
    return lambda: gzip.compress(make(), GZIP_LEVEL, mtime=0)


def _send(
    request: Request, packed: bytes, cls: type[Response], media_type: str, status: int = 200
) -> Response:
    if "gzip" in request.headers.get("accept-encoding", ""):
        headers = {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
        return cls(packed, status_code=status, media_type=media_type, headers=headers)
    return cls(
        gzip.decompress(packed),
        status_code=status,
        media_type=media_type,
        headers={"Vary": "Accept-Encoding"},
    )


async def api_response(request: Request, make: Callable[[], Any], model: Any = None) -> Response:
    """JSON of ``make()``'s view (of type ``model``), cached under the request's path and query."""
    packed = await state(request).cache.aget(_key(request, "json"), _packed(lambda: dumps(make(), model)))
    return _send(request, packed, Response, "application/json")


async def html_response(
    request: Request,
    template: str,
    make: Callable[[], dict[str, Any]],
    *,
    cache: bool = True,
    status: int = 200,
) -> HTMLResponse:
    """The page ``template`` rendered with ``make()``'s context (cached per role), with the user's
    name and CSRF token put in."""
    st = state(request)
    user = session_user(request)
    role = user.role if user else "anon"

    def render() -> bytes:
        shown = User(user.id, USER_MARK, user.role) if user else None
        ctx = {
            "user": shown,
            "csrf": CSRF_MARK if user or not cache else "",  # cached anonymous pages carry no token
            "path": request.url.path,
            "done": filters.DONE.get(request.query_params.get("done", "")),
            "here": quote(
                str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""), safe=""
            ),
            **make(),
        }
        return st.env.get_template(template).render(ctx).encode()

    if not cache:
        body = await run_in_threadpool(render)
    else:
        packed = await st.cache.aget(_key(request, "html", role), _packed(render))
        if user is None:  # nothing personal on the page: sent as cached
            return _send(request, packed, HTMLResponse, "text/html", status)
        body = gzip.decompress(packed)
    if user:
        body = body.replace(USER_MARK.encode(), html.escape(user.name).encode())
    if CSRF_MARK.encode() in body:
        body = body.replace(CSRF_MARK.encode(), csrf_token(request).encode())
    return HTMLResponse(body, status_code=status)


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


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
    from coopwatch.web import accounts, curation, lists, pages

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
    return app
