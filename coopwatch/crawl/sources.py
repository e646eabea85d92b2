"""The sources ``coopwatch crawl`` follows (``crawl_sources``): add, list with their state, pause,
resume, remove. Each change is written to the audit log under the person's name, like curation.

A source's state is what its last run left: when it last ran, when it last read the source
successfully, the last error (None once a run succeeds), and that run's counts; the totals
(pages, documents, documents without cooperation facts, failing pages) are counted from the
pages it fetched (``crawl_pages``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from coopwatch.crawl.listing import KINDS
from coopwatch.crawl.state import FAILED, LISTING
from coopwatch.crawl.urls import canonical_url, is_web_url, site_of
from coopwatch.kb.curate import current_user, log_change
from coopwatch.kb.db import KB, KBError, NotFound
from coopwatch.kb.schema import crawl_pages, crawl_sources, documents

TARGET = "crawl_source"
MAX_URL = 2000  # bytes (UTF-8): an address is a key of a unique index, which PostgreSQL limits to ~2.7 KB
# What a run counts for a source (``crawler.SourceRun.counts``), in Russian
COUNT_NAMES = {
    "listed": "в списке", "fetched": "загружено", "added": "новых документов", "updated": "обновлено",
    "irrelevant": "без фактов сотрудничества", "unchanged": "без изменений", "duplicate": "повторы",
    "refused": "запрещено", "failed": "ошибки", "left": "отложено до следующего обхода",
}


@dataclass
class Source:
    id: int
    url: str
    name: str
    kind: str  # auto (not read yet), feed, sitemap, page
    paused: bool
    added_at: datetime
    added_by: str
    last_run_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    last_counts: dict[str, int] = field(default_factory=dict)
    n_pages: int = 0  # addresses fetched for it (not counting the feed or sitemap itself)
    n_documents: int = 0  # documents they gave
    n_irrelevant: int = 0  # of which without cooperation facts
    n_failed: int = 0  # addresses whose last fetch failed

    @property
    def failing(self) -> bool:
        """The last run could not read the source itself (a run that read it but failed on some
        of its pages records both times alike)."""
        return bool(self.last_error) and (self.last_success_at is None or self.last_error_at is None
                                          or self.last_error_at > self.last_success_at)

    @property
    def state(self) -> str:
        """In Russian, for lists: paused, failing, working (with failed pages), or not run yet."""
        if self.paused:
            return "на паузе"
        if self.failing:
            return "ошибка"
        if self.last_error:
            return "работает, есть ошибки страниц"
        return "работает" if self.last_success_at else "ещё не обходился"


def _utc(t: datetime | None) -> datetime | None:
    return t.replace(tzinfo=UTC) if t is not None and t.tzinfo is None else t  # SQLite: naive UTC


def _source(r: Any, counts: dict[int, tuple[int, int, int, int]] | None = None) -> Source:
    n = (counts or {}).get(r.id, (0, 0, 0, 0))
    return Source(r.id, r.url, r.name, r.kind, bool(r.paused), _utc(r.added_at), r.added_by, _utc(r.last_run_at),
                  _utc(r.last_success_at), r.last_error, _utc(r.last_error_at), dict(r.last_counts or {}), *n)


def _counts(conn: sa.Connection, ids: list[int] | None = None) -> dict[int, tuple[int, int, int, int]]:
    p = crawl_pages
    q = (sa.select(p.c.source_id, sa.func.count(),
                   sa.func.count(sa.distinct(p.c.document_id)),
                   sa.func.count(sa.distinct(sa.case((documents.c.relevant.is_(False), p.c.document_id)))),
                   sa.func.sum(sa.case((p.c.status == FAILED, 1), else_=0)))
         .select_from(p.outerjoin(documents, documents.c.id == p.c.document_id))
         .where(p.c.status != LISTING, p.c.source_id.is_not(None))
         .group_by(p.c.source_id))
    if ids is not None:
        q = q.where(p.c.source_id.in_(ids))
    return {sid: (n, docs, irrelevant, int(failed or 0)) for sid, n, docs, irrelevant, failed in conn.execute(q)}


def list_sources(kb: KB, *, active_only: bool = False) -> list[Source]:
    """Every source (``active_only``: not paused), in the order they were added."""
    q = sa.select(crawl_sources).order_by(crawl_sources.c.id)
    if active_only:
        q = q.where(crawl_sources.c.paused.is_(False))
    with kb.read() as conn:
        rows = conn.execute(q).all()
        counts = _counts(conn)
    return [_source(r, counts) for r in rows]


def get_source(kb: KB, ref: int | str) -> Source:
    """A source by its number or its address."""
    with kb.read() as conn:
        if isinstance(ref, int) or str(ref).isdigit():
            r = conn.execute(sa.select(crawl_sources).where(crawl_sources.c.id == int(ref))).first()
        else:
            r = _by_url(conn, str(ref))
        if r is None:
            raise NotFound(f"источник «{ref}» не найден (список — coopwatch sources list)")
        return _source(r, _counts(conn, [r.id]))


def _by_url(conn: sa.Connection, url: str) -> Any:
    key = canonical_url(url)
    return next((r for r in conn.execute(sa.select(crawl_sources)) if canonical_url(r.url) == key), None)


def add_source(kb: KB, url: str, *, name: str | None = None, kind: str = "auto", who: str | None = None) -> Source:
    """Register a feed, sitemap or page to follow (not fetched now: the next crawl reads it)."""
    url = (url or "").strip()
    if len(url.encode()) > MAX_URL:
        raise KBError(f"адрес длиннее {MAX_URL} байт: «{url[:100]}…»")
    if not is_web_url(url):
        raise KBError(f"«{url[:200]}» — не адрес http:// или https:// с именем сайта")
    if kind not in ("auto", *KINDS):
        raise KBError(f"неизвестный вид источника «{kind}»: auto, {', '.join(KINDS)}")
    name = " ".join((name or "").split())[:300] or site_of(url) or url[:300]
    who = who or current_user()
    with kb.write() as conn:
        existing = _by_url(conn, url)
        if existing is not None:
            raise KBError(f"источник с адресом {url} уже есть: №{existing.id} «{existing.name}»")
        sid = conn.execute(crawl_sources.insert().values(
            url=url, name=name, kind=kind, paused=False, added_at=datetime.now(UTC), added_by=who[:200],
        )).inserted_primary_key[0]
        log_change(conn, who, "add_source", TARGET, sid, None, {"url": url, "name": name, "kind": kind}, None)
    return get_source(kb, sid)


def set_paused(kb: KB, source_id: int, paused: bool, *, who: str | None = None) -> Source:
    """Pause a source (crawls leave it alone) or resume it."""
    who = who or current_user()
    with kb.write() as conn:
        r = conn.execute(sa.select(crawl_sources).where(crawl_sources.c.id == source_id)).first()
        if r is None:
            raise NotFound(f"источник №{source_id} не найден")
        if bool(r.paused) != paused:
            conn.execute(crawl_sources.update().where(crawl_sources.c.id == source_id).values(paused=paused))
            log_change(conn, who, "pause_source" if paused else "resume_source", TARGET, source_id,
                 {"paused": bool(r.paused)}, {"paused": paused}, None)
    return get_source(kb, source_id)


def remove_source(kb: KB, source_id: int, *, who: str | None = None) -> Source:
    """Stop following a source. Its documents stay in the knowledge base; what was remembered of
    its pages goes (added again, it is read afresh)."""
    who = who or current_user()
    gone = get_source(kb, source_id)
    with kb.write() as conn:
        conn.execute(crawl_pages.delete().where(crawl_pages.c.source_id == source_id))
        if not conn.execute(crawl_sources.delete().where(crawl_sources.c.id == source_id)).rowcount:
            raise NotFound(f"источник №{source_id} не найден")
        log_change(conn, who, "remove_source", TARGET, source_id, {"url": gone.url, "name": gone.name}, None, None)
    return gone


def record_run(kb: KB, source_id: int, *, kind: str | None, error: str | None, counts: dict[str, int],
               read: bool) -> None:
    """What a run did with a source: ``read`` — the source itself was read (its last success),
    ``error`` — why the run failed for it (None: it did not; the last error is cleared)."""
    now = datetime.now(UTC)
    values: dict[str, Any] = {"last_run_at": now, "last_counts": counts}
    if kind:
        values["kind"] = kind
    if read:
        values["last_success_at"] = now
    if error:
        values.update(last_error=error[:2000], last_error_at=now)
    else:
        values["last_error"] = None
    with kb.write() as conn:
        conn.execute(crawl_sources.update().where(crawl_sources.c.id == source_id).values(**values))
