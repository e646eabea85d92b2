"""Web archives brought by analysts (``wget --warc-file``, a web archive's WARC): the archived
pages become documents through ``coopwatch ingest``, everything else in the archive is passed over."""

from __future__ import annotations

import io
from pathlib import Path

import sqlalchemy as sa
from typer.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from coopwatch.cli import app
from coopwatch.crawl.warc import read_warc
from coopwatch.ingest import ReadFailure, read_paths
from coopwatch.kb.db import open_kb
from coopwatch.kb.schema import documents
from coopwatch.models import Document

from .texts import page_html

SITE = "https://news.example"


def write_warc(path: Path, *, gz: bool = True) -> None:
    """A small crawl: two articles (UTF-8 and Windows-1251), a request record, an image, a 404, a
    redirect and a revisit of the first article."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)

        def response(url: str, status: str, headers: list[tuple[str, str]], body: bytes) -> None:
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http))

        w.write_record(w.create_warc_record(f"{SITE}/news/kazan-minsk-plan.html", "request",
                                           payload=io.BytesIO(b"GET /news/kazan-minsk-plan.html HTTP/1.1\r\n\r\n")))
        response(f"{SITE}/news/kazan-minsk-plan.html", "200 OK", [("Content-Type", "text/html; charset=utf-8")],
                 page_html("kazan-minsk-plan").encode())
        response(f"{SITE}/news/orenburg-aktobe-trade.html", "200 OK", [("Content-Type", "text/html")],
                 page_html("orenburg-aktobe-trade", charset="windows-1251").encode("cp1251"))
        response(f"{SITE}/logo.png", "200 OK", [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n....")
        response(f"{SITE}/old", "404 Not Found", [("Content-Type", "text/html")], b"<html>nope</html>")
        response(f"{SITE}/moved", "301 Moved", [("Location", "/news/kazan-minsk-plan.html")], b"")
        w.write_record(w.create_revisit_record(f"{SITE}/news/kazan-minsk-plan.html", digest="sha1:AAAA",
                                               refers_to_uri=f"{SITE}/news/kazan-minsk-plan.html",
                                               refers_to_date="2025-03-14T10:00:00Z"))


def test_archived_pages_are_read(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    docs = list(read_warc(path))
    assert all(isinstance(d, Document) for d in docs)
    assert [(d.id, d.url) for d in docs] == [
        ("kazan-minsk-plan", f"{SITE}/news/kazan-minsk-plan.html"),
        ("orenburg-aktobe-trade", f"{SITE}/news/orenburg-aktobe-trade.html"),
    ]
    assert "Денис Паслер" in docs[1].text
    # folders are walked for archives too (plain WARC here)
    write_warc(tmp_path / "second.warc", gz=False)
    assert sum(isinstance(d, Document) for d in read_paths([str(tmp_path)])) == 4


def test_broken_and_empty_archives_are_named(tmp_path: Path) -> None:
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(b"garbage\nnot a web archive\n")
    (failure,) = list(read_paths([str(broken)]))
    assert isinstance(failure, ReadFailure) and failure.source == str(broken)
    assert failure.reason.startswith("веб-архив не читается")
    empty = tmp_path / "empty.warc"
    with open(empty, "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        w.write_record(w.create_warc_record(f"{SITE}/logo.png", "response", payload=io.BytesIO(b"png"),
                                            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                                                          protocol="HTTP/1.1")))
    assert [f.reason for f in read_paths([str(empty)])] == ["в веб-архиве нет HTML-страниц с ответом 200"]


def test_coopwatch_ingest_takes_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path)
    db = str(tmp_path / "kb.db")
    r = CliRunner().invoke(app, ["ingest", str(path), "--db", db, "-j", "0", "--no-progress"])
    assert r.exit_code == 0, r.output
    assert "Добавлено документов: 2" in r.output
    kb = open_kb(db)
    with kb.read() as conn:
        urls = set(conn.execute(sa.select(documents.c.url)).scalars())
    kb.dispose()
    assert urls == {f"{SITE}/news/kazan-minsk-plan.html", f"{SITE}/news/orenburg-aktobe-trade.html"}
