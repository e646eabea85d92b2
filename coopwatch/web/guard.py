"""What every request and answer goes through, below the routes (plain ASGI middleware):

* ``SecurityHeaders`` — a Content-Security-Policy that runs only the site's own script files (no
  inline script, no event-handler attributes, no ``eval``), no framing, no MIME sniffing, no
  referrer to other sites;
* ``BodyLimit`` — a request body over the limit (1 MB: the API takes small JSON and forms; the one
  form with uploads, an editor's new documents, has its own larger limit) is refused with 413
  before it is read: at once when ``Content-Length`` says so, else as soon as the bytes received
  pass it;
* ``SameOrigin`` — a write (any method but GET, HEAD, OPTIONS) whose ``Origin`` (or, without one,
  ``Referer``) names another site is refused with 403, in addition to the CSRF token every write
  carries. API clients that send neither are judged by the token alone;
* ``ServerTiming`` — every answer says how long the application took to start it
  (``Server-Timing: app;dur=12.3``, milliseconds): the browser's developer tools show it, and the
  load benchmark (``benchmarks/web_load.py``) tells the server's time from the client's queueing.

Refusals are in Russian: JSON ``{"detail": …}`` for the API and programs, the site's error page
for browsers.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        # ECharts writes its tooltips' style attributes; the layout puts the type colours in a <style>
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
HEADERS = {
    b"content-security-policy": CSP.encode(),
    b"x-frame-options": b"DENY",
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"same-origin",
    b"cross-origin-opener-policy": b"same-origin",
}
MAX_BODY = 2**20
DRAIN = 64 * 2**20  # bytes of a refused body read and dropped before answering; beyond, the connection goes
TOO_LARGE = "Запрос слишком велик: больше {limit} (изменения и вход — это несколько строк JSON или формы)"
TOO_LARGE_UPLOAD = "Файлы слишком велики: вместе больше {limit} — загрузите их по частям"
OTHER_SITE = "Запрос отклонён: изменение пришло со страницы другого сайта ({origin})"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}

ErrorPage = Callable[[Scope, int, str], bytes]


def size_text(n_bytes: int) -> str:
    """«1 МБ», «20 МБ», «512 КБ»: a limit as people read it, the number as everywhere (``wording``)."""
    from coopwatch.wording import NBSP, number

    if n_bytes >= 2**20:
        return f"{number(n_bytes / 2**20)}{NBSP}МБ"
    return f"{number(n_bytes / 1024)}{NBSP}КБ"


def _header(scope: Scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", []):
        if k == name:
            return v.decode("latin-1")
    return None


def _wants_html(scope: Scope) -> bool:
    return not scope.get("path", "").startswith("/api/") and "text/html" in (_header(scope, b"accept") or "")


async def refuse(scope: Scope, send: Send, status: int, message: str, page: ErrorPage | None = None) -> None:
    """Answer ``status`` with ``message``: the error page for browsers, JSON for the rest."""
    if page is not None and _wants_html(scope):
        body, kind = page(scope, status, message), b"text/html; charset=utf-8"
    else:
        body, kind = json.dumps({"detail": message}, ensure_ascii=False).encode(), b"application/json"
    headers = [(b"content-type", kind), (b"content-length", str(len(body)).encode()), (b"connection", b"close")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class HeadersOnStart:
    """Plain ASGI middleware that edits the headers of every HTTP answer as it starts: a subclass
    says how (``editor``), given the request, before the application runs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    def editor(self, scope: Scope) -> Callable[[list[tuple[bytes, bytes]]], list[tuple[bytes, bytes]]]:
        raise NotImplementedError

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        edit = self.editor(scope)

        async def edited(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = edit(list(message.get("headers", [])))
            await send(message)

        await self.app(scope, receive, edited)


class SecurityHeaders(HeadersOnStart):
    def editor(self, scope: Scope) -> Callable[[list[tuple[bytes, bytes]]], list[tuple[bytes, bytes]]]:
        def add_missing(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
            present = {k.lower() for k, _ in headers}  # a header the route set itself stands
            return [*headers, *((k, v) for k, v in HEADERS.items() if k not in present)]

        return add_missing


class ServerTiming(HeadersOnStart):
    def editor(self, scope: Scope) -> Callable[[list[tuple[bytes, bytes]]], list[tuple[bytes, bytes]]]:
        started = time.perf_counter()

        def add_duration(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
            took = f"app;dur={(time.perf_counter() - started) * 1000:.1f}".encode()
            return [*headers, (b"server-timing", took)]

        return add_duration


class BodyLimit:
    def __init__(self, app: ASGIApp, limit: int = MAX_BODY, page: ErrorPage | None = None,
                 paths: dict[str, int] | None = None) -> None:
        """``paths``: a larger limit for the requests to these exact paths (uploads)."""
        self.app, self.default, self.page, self.paths = app, limit, page, paths or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.paths.get(scope.get("path", ""), self.default)
        message = (TOO_LARGE if limit == self.default else TOO_LARGE_UPLOAD).format(limit=size_text(limit))
        declared = _header(scope, b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _drain(receive, 0)
            await refuse(scope, send, 413, message, self.page)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            m = await receive()
            if m["type"] == "http.request":
                seen += len(m.get("body", b""))
                if seen > limit:
                    if m.get("more_body"):
                        await _drain(receive, seen)
                    raise HTTPException(413, message)
            return m

        await self.app(scope, counted, send)


async def _drain(receive: Receive, seen: int) -> None:
    """Read what the client still sends, keeping none of it (up to ``DRAIN``): a server that closes
    on unread bytes resets the connection, and the client sees the reset instead of the 413."""
    while seen <= DRAIN:
        m = await receive()
        if m["type"] != "http.request":
            return
        seen += len(m.get("body", b""))
        if not m.get("more_body"):
            return


class SameOrigin:
    def __init__(self, app: ASGIApp, trusted: tuple[str, ...] = (), page: ErrorPage | None = None) -> None:
        self.app, self.trusted, self.page = app, {t.rstrip("/").lower() for t in trusted}, page

    def _allowed(self, scope: Scope, origin: str) -> bool:
        if origin.rstrip("/").lower() in self.trusted:
            return True
        parts = urlsplit(origin)
        host = (_header(scope, b"host") or "").lower()
        return parts.scheme in ("http", "https") and bool(host) and parts.netloc.lower() == host

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in SAFE_METHODS:
            origin = _header(scope, b"origin")
            if origin is None and (referer := _header(scope, b"referer")):
                p = urlsplit(referer)
                origin = f"{p.scheme}://{p.netloc}"
            if origin is not None and not self._allowed(scope, origin):
                await _drain(receive, 0)  # unread, the body would reset the connection before the 403 is read
                await refuse(scope, send, 403, OTHER_SITE.format(origin=origin[:100]), self.page)
                return
        await self.app(scope, receive, send)


def error_page(render: Callable[[str, dict[str, Any]], str]) -> ErrorPage:
    """The site's error page for a refusal made before the routes (no session, no user)."""

    def page(scope: Scope, status: int, message: str) -> bytes:
        ctx = {"status": status, "message": message, "user": None, "csrf": "", "path": scope.get("path", ""),
               "done": None, "here": ""}
        return render("error.html", ctx).encode()

    return page
