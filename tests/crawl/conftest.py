"""A news site on loopback for the crawl tests: a real HTTP server (the standard library's, in a
thread) started by the tests, whose answers each test sets — feeds, sitemaps, pages in UTF-8 and
Windows-1251, a robots.txt, slow answers, 500s, redirect loops, an oversized page — and which
remembers every request it was sent (for what the crawler asked, with which headers, when).

Nothing here reaches beyond 127.0.0.1; the crawler is told that loopback is allowed
(``Settings(allow_private=True)``), as it would refuse it by default.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from coopwatch.crawl.fetch import Settings
from coopwatch.kb.db import KB, open_kb

from .texts import ARTICLES, page_html

# Short everything a test would wait for: no politeness delay, quick retries. Not the timeout: a
# loopback answer can take over a second when the machine is busy (the extraction of the same
# process and other test processes share its cores), and a timed-out answer is asked again, which
# changes what a test counts. A test of slow sites sets a short timeout itself (``SHORT_TIMEOUT``).
FAST = Settings(delay=0.0, timeout=30.0, retries=1, backoff=0.01, max_bytes=256 * 1024, allow_private=True,
                threads=2)
SHORT_TIMEOUT = 0.5  # seconds: for a route that answers only after ``Reply.delay`` (seconds longer)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a slow site)


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float


Route = Callable[[Request], Reply]


class Site:
    """The routes of the loopback site (path with query → answer) and the requests it got."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.base = ""
        self._lock = threading.Lock()

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def answer(self, path: str, reply: Reply | Route) -> None:
        self.routes[path] = reply if callable(reply) else (lambda _r, reply=reply: reply)

    def static(self, path: str, body: bytes | str, content_type: str, *, etag: bool = True) -> None:
        """A file that answers 304 to the validators of its last answer (ETag and Last-Modified)."""
        data = body.encode() if isinstance(body, str) else body
        tag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
        modified = formatdate(1_700_000_000, usegmt=True)

        def route(req: Request) -> Reply:
            headers = {"Content-Type": content_type, "Last-Modified": modified}
            if etag:
                headers["ETag"] = tag
            if etag and req.headers.get("if-none-match") == tag or \
                    not etag and req.headers.get("if-modified-since") == modified:
                return Reply(304, headers=headers)
            return Reply(200, data, headers)

        self.routes[path] = route

    def article(self, path: str, slug: str, *, charset: str = "utf-8", **kw: object) -> None:
        html = page_html(slug, charset=charset, **kw)  # type: ignore[arg-type]
        self.static(path, html.encode(charset), f"text/html; charset={charset}" if kw.get("meta_charset", True)
                    else "text/html")

    def feed(self, path: str, items: list[tuple[str, str]], *, encoding: str = "utf-8") -> None:
        """An RSS 2.0 feed of (page path, article slug)."""
        entries = "".join(
            f"<item><title>{escape(ARTICLES[slug][0])}</title><link>{escape(self.url(p))}</link>"
            f"<pubDate>{formatdate(time.mktime(time.strptime(ARTICLES[slug][1], '%Y-%m-%d')), usegmt=True)}</pubDate>"
            f"</item>" for p, slug in items)
        xml = (f"<?xml version='1.0' encoding='{encoding}'?><rss version='2.0'><channel>"
               f"<title>Новости региона</title><link>{self.url('/')}</link>{entries}</channel></rss>")
        self.static(path, xml.encode(encoding), "application/rss+xml")

    def sitemap(self, path: str, pages: list[str], *, news: dict[str, str] | None = None, gz: bool = False) -> None:
        """A sitemap of page paths; ``news``: path → slug, for Google news entries."""
        news = news or {}
        urls = []
        for p in pages:
            extra = ""
            if p in news:
                title, day, _ = ARTICLES[news[p]]
                extra = (f"<news:news><news:publication><news:name>Новости</news:name><news:language>ru"
                         f"</news:language></news:publication><news:publication_date>{day}</news:publication_date>"
                         f"<news:title>{escape(title)}</news:title></news:news>")
            urls.append(f"<url><loc>{escape(self.url(p))}</loc>{extra}</url>")
        xml = ("<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
               "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>" + "".join(urls) + "</urlset>")
        data = gzip.compress(xml.encode()) if gz else xml.encode()
        self.static(path, data, "application/x-gzip" if gz else "application/xml")

    def sitemap_index(self, path: str, children: list[str]) -> None:
        xml = ("<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
               + "".join(f"<sitemap><loc>{escape(self.url(c))}</loc><lastmod>2025-06-01</lastmod></sitemap>"
                         for c in children) + "</sitemapindex>")
        self.static(path, xml, "application/xml")


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 - the standard library's name
            req = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
            with site._lock:
                site.requests.append(req)
            route = site.routes.get(self.path)
            reply = route(req) if route else Reply(404, "Страница не найдена".encode(), {"Content-Type": "text/plain; charset=utf-8"})
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self.send_response(reply.status)
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.body:
                    self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):  # the crawler gave up (timeout, size limit)
                pass

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(s))
    server.daemon_threads = True
    s.base = f"http://127.0.0.1:{server.server_address[1]}"
    s.answer("/robots.txt", Reply(404))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield s
    server.shutdown()
    server.server_close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def kb(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[KB]:
    """A new knowledge base on each backend: an SQLite file, and a database of its own on the
    PostgreSQL server of COOPWATCH_TEST_PG_URL (skipped without it)."""
    from tests.kb.conftest import PG_SKIP, drop_pg_database, make_pg_database, pg_server_url

    if request.param == "sqlite":
        url = str(tmp_path / "kb.db")
    elif not pg_server_url():
        pytest.skip(PG_SKIP)
    else:
        url = make_pg_database()
    k = open_kb(url)
    yield k
    k.dispose()
    if request.param == "postgres":
        drop_pg_database(url)
