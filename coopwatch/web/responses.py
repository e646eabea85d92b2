"""What the application and every router share: the state of the application, the Jinja
environment, and the two faces of a view — JSON (``api_response``) and a page (``html_response``),
both cached until the knowledge base changes. Routers import this module, never ``app``."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool

from coopwatch.kb.db import KB, DatabaseBusy, DiskFull, KBError, NotFound
from coopwatch.kb.query import as_dict
from coopwatch.web import filters
from coopwatch.web.cache import ResponseCache
from coopwatch.web.security import SessionPolicy, csrf_token, session_user
from coopwatch.web.throttle import Throttle

HERE = Path(__file__).resolve().parent
NO_STORE = {"Cache-Control": "no-store"}  # pages and answers that carry a CSRF token or a user's name


@dataclass
class WebState:
    kb: KB
    env: Environment
    cache: ResponseCache
    sessions: SessionPolicy = field(default_factory=SessionPolicy)
    throttle: Throttle = field(default_factory=Throttle)


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


async def api_response(
    request: Request, make: Callable[[], Any], model: Any = None, role: str = ""
) -> Response:
    """JSON of ``make()``'s view (of type ``model``), cached under the request's path and query
    (and ``role``, when the view shows a role more)."""
    packed = await state(request).cache.aget(
        _key(request, "json", role),
        _packed(lambda: dumps(make(), model)),
        fresh=session_user(request) is not None,  # a visitor may get a page being made anew
    )
    return _send(request, packed, Response, "application/json")


async def html_response(
    request: Request,
    template: str,
    make: Callable[[], dict[str, Any]],
    *,
    cache: bool = True,
    status: int = 200,
) -> HTMLResponse:
    """The page ``template`` rendered with ``make()``'s context. A visitor's page is the same for
    every visitor: rendered once and cached as it is sent. A signed-in user's page carries their
    name and CSRF token: rendered for them from the cached context (nothing personal is ever put
    into a cached body), and marked ``no-store``."""
    st = state(request)
    user = session_user(request)

    def context(ctx: dict[str, Any], csrf: str) -> dict[str, Any]:
        return {
            "user": user,
            "csrf": csrf,
            "path": request.url.path,
            "done": filters.DONE.get(request.query_params.get("done", "")),
            "here": quote(
                str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""), safe=""
            ),
            **ctx,
        }

    def render(ctx: dict[str, Any], csrf: str) -> bytes:
        return st.env.get_template(template).render(context(ctx, csrf)).encode()

    if cache and user is None:
        packed = await st.cache.aget(_key(request, "html", "anon"), _packed(lambda: render(make(), "")))
        return _send(request, packed, HTMLResponse, "text/html", status)
    token = csrf_token(request)
    if cache:
        key = ("context", user.role, template, request.url.path, request.url.query)
        body = await run_in_threadpool(lambda: render(st.cache.view(key, make), token))
    else:
        body = await run_in_threadpool(lambda: render(make(), token))
    return HTMLResponse(body, status_code=status, headers=NO_STORE)


def kb_status(e: KBError, default: int = 400) -> int:
    """The HTTP status of a knowledge-base error: 404 not found, 507 no room on the disk, 503 busy."""
    if isinstance(e, NotFound):
        return 404
    if isinstance(e, DiskFull):
        return 507
    if isinstance(e, DatabaseBusy):
        return 503
    return default


def kb_headers(e: KBError) -> dict[str, str] | None:
    """Retry-After: an ingest's transactions are short (a second is enough for the next turn); a
    full disk takes a person to free it."""
    if isinstance(e, DatabaseBusy):
        return {"Retry-After": "1"}
    return {"Retry-After": "10"} if isinstance(e, DiskFull) else None


def local_path(url: str | None, fallback: str) -> str:
    """Only paths of this site (no open redirect)."""
    return url if url and url.startswith("/") and not url.startswith("//") and "\\" not in url else fallback


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")
