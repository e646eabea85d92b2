"""What the crawler remembers of every address it fetched (``crawl_pages``): the validators for a
conditional request next time, a hash of the bytes (the same bytes again: nothing to read), what
became of it and the document it gave.

A page that gave a document is recorded in the same savepoint as the document (``Recorder.write``):
a crash never leaves a page marked as read whose document is missing. Everything else (a page
unchanged, refused, failed, a listing) is recorded after each committed batch and at the end of
the run; losing those records to a crash only means asking again.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch.kb.db import KB
from coopwatch.kb.schema import crawl_pages, crawl_sources, documents

# What became of an address
STORED = "stored"  # gave a document (added or updated)
DUPLICATE = "duplicate"  # its text is stored already (another address, a reprint)
LISTING = "listing"  # a feed or sitemap
FAILED = "failed"  # could not be fetched or read (retried next run)
REFUSED = "refused"  # robots.txt or the address policy forbids it (asked again next run)
DONE = (STORED, DUPLICATE)


@dataclass
class Page:
    url: str  # canonical form
    source_id: int | None
    status: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    error: str | None = None
    document_id: int | None = None
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))


def known(kb: KB, url: str) -> Page | None:
    with kb.read() as conn:
        r = conn.execute(sa.select(crawl_pages).where(crawl_pages.c.url == url)).first()
    if r is None:
        return None
    at = r.fetched_at if r.fetched_at.tzinfo else r.fetched_at.replace(tzinfo=UTC)  # SQLite: naive UTC
    return Page(r.url, r.source_id, r.status, r.etag, r.last_modified, r.body_hash, r.error, r.document_id, at)


def save(conn: Connection, pages: list[Page]) -> None:
    """Insert or replace the records of ``pages`` (by address)."""
    if not pages:
        return
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    rows = [asdict(p) for p in pages]
    named = {r["source_id"] for r in rows if r["source_id"] is not None}
    existing = set(conn.execute(sa.select(crawl_sources.c.id).where(crawl_sources.c.id.in_(named))).scalars())
    for row in rows:  # a source removed during the run (from the web page): its pages are nobody's
        if row["source_id"] not in existing:
            row["source_id"] = None
    for row in rows:  # within the columns' sizes, whatever a server sends
        row["error"] = row["error"][:2000] if row["error"] else None
        row["etag"] = row["etag"][:300] if row["etag"] else None
        row["last_modified"] = row["last_modified"][:100] if row["last_modified"] else None
    stmt = insert(crawl_pages)
    stmt = stmt.on_conflict_do_update(index_elements=["url"], set_={
        c: stmt.excluded[c] for c in ("source_id", "status", "etag", "last_modified", "body_hash", "error",
                                      "document_id", "fetched_at")})
    for i in range(0, len(rows), 500):
        conn.execute(stmt, rows[i:i + 500])


def document_of(conn: Connection, content_hash: str) -> int | None:
    return conn.execute(sa.select(documents.c.id).where(documents.c.content_hash == content_hash)).scalar()


class Recorder:
    """Page records of a run waiting to be written (from any thread)."""

    def __init__(self, kb: KB) -> None:
        self.kb = kb
        self._pending: list[Page] = []
        self._lock = threading.Lock()

    def later(self, page: Page) -> None:
        with self._lock:
            self._pending.append(page)

    def flush(self) -> None:
        with self._lock:
            pages, self._pending = self._pending, []
        if pages:
            with self.kb.write() as conn:
                save(conn, _last_of_each(pages))


def _last_of_each(pages: list[Page]) -> list[Page]:
    """One record per address (the last): one statement may not set a row twice."""
    return list({p.url: p for p in pages}.values())
