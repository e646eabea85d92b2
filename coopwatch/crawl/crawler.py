"""One crawl run: every active source read, its new and changed pages fetched, and their articles
stored through the same path as files (``coopwatch.kb.ingest.ingest_documents``: the same
extraction, workers, batches, duplicates by text, failures named).

For each source: its address is fetched (conditionally, when the last run left nothing behind) and
told apart — feed, sitemap (an index's sitemaps are read too) or page. Each listed address is put
in canonical form (``urls``); one already met in this run is a duplicate, one read before and not
said to have changed since (a feed entry's or sitemap's date) is left alone, the rest are fetched
— at most ``max_items`` per source and run, newest first, the others left for the next run — with
the validators of the last fetch: 304 or the same bytes mean unchanged. A page whose canonical link
names an address already read in this run is a duplicate too (an AMP or mobile version).

Sources are read by up to ``threads`` threads at once (each host still gets one request per
``delay``); one source failing — unreachable, not a feed, a bug — is recorded as that source's
error and the others go on. Time spent fetching and parsing is counted (``CrawlSummary``) to show
the crawler is not what a run waits for.
"""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from coopwatch.crawl import state
from coopwatch.crawl.feeds import parse_feed
from coopwatch.crawl.fetch import Fetcher, FetchError, Refused, Response, Settings
from coopwatch.crawl.listing import KIND_NAMES, Item, NotAListing, kind_of, newest_first
from coopwatch.crawl.page import page_document
from coopwatch.crawl.sitemaps import parse_sitemap
from coopwatch.crawl.sources import COUNT_NAMES, MAX_URL, Source, list_sources, record_run
from coopwatch.crawl.urls import canonical_url
from coopwatch.ingest import ReadFailure
from coopwatch.kb import store
from coopwatch.kb.db import KB
from coopwatch.kb.ingest import IngestSummary, ingest_documents
from coopwatch.models import Document
from coopwatch.wording.numbers import number

log = logging.getLogger("coopwatch")
MAX_SITEMAPS = 50  # an index's sitemaps read per run (newest first)
MAX_DEPTH = 2  # an index of indexes of sitemaps, no deeper
SHOWN_PROBLEMS = 5  # per source in the summary



@dataclass
class SourceRun:
    """What one run did with one source."""

    source: Source
    kind: str | None = None
    read: bool = False  # the source itself was read
    error: str | None = None  # why it could not be
    counts: Counter = field(default_factory=Counter)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (address, reason)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def count(self, what: str, n: int = 1) -> None:
        with self._lock:
            self.counts[what] += n

    def problem(self, url: str, reason: str, what: str) -> None:
        with self._lock:
            self.counts[what] += 1
            self.problems.append((url, reason))

    @property
    def last_error(self) -> str | None:
        """The error recorded on the source: its own, else its pages' (how many, and the first)."""
        if self.error:
            return self.error
        failed = [p for p in self.problems if not p[1].startswith("robots.txt сайта запрещает")]
        if failed:
            url, reason = failed[0]
            return f"страниц с ошибками: {len(failed)}; первая — {url}: {reason}"
        return None

    def text(self) -> str:
        head = f"№{self.source.id} {self.source.name} ({KIND_NAMES.get(self.kind or self.source.kind, '?')})"
        counts = ", ".join(f"{name}: {self.counts[k]}" for k, name in COUNT_NAMES.items() if self.counts[k])
        lines = [f"{head}: {'ОШИБКА: ' + self.error if self.error else counts or 'нового нет'}"]
        if self.error and counts:
            lines.append(f"    {counts}")
        lines += [f"    {url}: {reason}" for url, reason in self.problems[:SHOWN_PROBLEMS]]
        if len(self.problems) > SHOWN_PROBLEMS:
            lines.append(f"    … и ещё {len(self.problems) - SHOWN_PROBLEMS}")
        return "\n".join(lines)


@dataclass
class CrawlSummary:
    sources: list[SourceRun]
    ingest: IngestSummary
    seconds: float = 0.0
    fetch_seconds: float = 0.0  # in requests (all threads), politeness waits not included
    parse_seconds: float = 0.0  # pages to text (trafilatura), feeds and sitemaps read
    waited_seconds: float = 0.0  # politeness: a host's turn awaited
    requests: int = 0

    @property
    def failed(self) -> bool:
        return any(r.error for r in self.sources) or bool(self.ingest.failures)

    @property
    def pages(self) -> int:
        return sum(r.counts["fetched"] for r in self.sources)

    def text(self) -> str:
        if not self.sources:
            return "Источников для обхода нет: добавьте — coopwatch sources add АДРЕС"
        lines = [r.text() for r in self.sources]
        lines.append(self.ingest.text())
        lines.append(self.timing())
        return "\n".join(lines)

    def timing(self) -> str:
        total = self.seconds or 1e-9
        rest = max(0.0, self.seconds - self.fetch_seconds - self.parse_seconds)
        def s(x: float) -> str:  # seconds as Russian writes them: «2,5 с»
            return f"{number(round(x, 1))} с"

        return (f"Обход: {s(self.seconds)}, страниц загружено: {self.pages}, запросов: {self.requests}; "
                f"загрузка {s(self.fetch_seconds)} ({100 * self.fetch_seconds / total:.0f} %), "
                f"разбор страниц {s(self.parse_seconds)} ({100 * self.parse_seconds / total:.0f} %), "
                f"извлечение фактов и запись {s(rest)} ({100 * rest / total:.0f} %); "
                f"ожидание очереди к сайтам {s(self.waited_seconds)}")

    def to_json(self) -> dict[str, Any]:
        return {
            "seconds": self.seconds, "fetch_seconds": self.fetch_seconds, "parse_seconds": self.parse_seconds,
            "waited_seconds": self.waited_seconds, "requests": self.requests, "pages": self.pages,
            "added": self.ingest.added, "updated": self.ingest.updated, "skipped": self.ingest.skipped,
            "facts": self.ingest.facts, "irrelevant": self.ingest.irrelevant,
            "failures": [list(f) for f in self.ingest.failures],
            "sources": [{"id": r.source.id, "url": r.source.url, "kind": r.kind, "error": r.error,
                         "counts": dict(r.counts), "problems": [list(p) for p in r.problems]} for r in self.sources],
        }


class Crawler:
    """Crawl runs on one knowledge base with one set of settings."""

    def __init__(self, kb: KB, settings: Settings | None = None, *, workers: int = 2, progress: bool = False,
                 stop: threading.Event | None = None) -> None:
        self.kb = kb
        self.settings = settings or Settings()
        self.workers = workers
        self.progress = progress
        self.stop = stop or threading.Event()  # set: no more pages fetched; what is under way is stored

    def run(self, sources: list[Source] | None = None) -> CrawlSummary:
        """Crawl ``sources`` (default: every source not paused) once."""
        started = time.monotonic()
        runs = [SourceRun(s) for s in (list_sources(self.kb, active_only=True) if sources is None else sources)]
        self._recorder = state.Recorder(self.kb)
        self._waiting: dict[str, tuple[state.Page, SourceRun]] = {}  # by the document's source (address)
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        self._parse_seconds = 0.0
        with Fetcher(self.settings) as fetcher:
            try:
                ingested = ingest_documents(
                    self.kb, self._inputs(runs, fetcher), workers=self.workers, progress=self.progress,
                    write=self._write, on_skipped=self._skipped, on_batch=lambda _: self._recorder.flush(),
                    desc="Обход")
            finally:
                self._leftovers()
                self._recorder.flush()
            for r in runs:
                record_run(self.kb, r.source.id, kind=r.kind, error=r.last_error, counts=dict(r.counts), read=r.read)
            return CrawlSummary(runs, ingested, time.monotonic() - started, fetcher.stats.seconds,
                                self._parse_seconds, fetcher.limiter.waited, fetcher.stats.requests)

    # --- the documents of all sources, as one stream ------------------------------------------

    def _inputs(self, runs: list[SourceRun], fetcher: Fetcher) -> Iterator[Document | ReadFailure]:
        threads = max(1, min(self.settings.threads, len(runs)))
        if threads == 1:  # in this thread: nothing runs beside extraction (how the benchmark times it)
            for r in runs:
                yield from self._source(r, fetcher)
            return
        yield from self._threaded(runs, fetcher, threads)

    def _threaded(self, runs: list[SourceRun], fetcher: Fetcher, threads: int) -> Iterator[Document | ReadFailure]:
        out: queue.Queue = queue.Queue(maxsize=4 * threads)
        stop = threading.Event()
        finished = object()

        def put(x: object) -> None:
            while not stop.is_set():
                try:
                    out.put(x, timeout=0.2)
                    return
                except queue.Full:
                    continue

        def read(r: SourceRun) -> None:
            try:
                for x in self._source(r, fetcher):
                    if stop.is_set():
                        return
                    put(x)
            finally:
                put(finished)

        with ThreadPoolExecutor(threads, thread_name_prefix="crawl") as pool:
            for r in runs:
                pool.submit(read, r)
            left = len(runs)
            try:
                while left:
                    x = out.get()
                    if x is finished:
                        left -= 1
                    else:
                        yield x
            finally:
                stop.set()  # the consumer stopped early (an error, Ctrl+C): the readers stop too

    # --- one source ---------------------------------------------------------------------------

    def _source(self, r: SourceRun, fetcher: Fetcher) -> Iterator[Document | ReadFailure]:
        try:
            yield from self._read_source(r, fetcher)
        except Exception as e:  # a bug or an unforeseen answer: this source fails, the others go on
            log.exception("обход источника %s", r.source.url)
            r.error = f"сбой обхода: {type(e).__name__}: {e}"

    def _read_source(self, r: SourceRun, fetcher: Fetcher) -> Iterator[Document | ReadFailure]:
        src = r.source
        if src.kind == "page":
            r.kind = "page"
            yield from self._page(r, fetcher, Item(src.url), always=True)
            r.read = not r.problems
            return
        key = canonical_url(src.url)
        before = state.known(self.kb, key)
        complete = self._complete(src)
        try:
            response = fetcher.get(src.url, listing=True, **self._validators(before if complete else None))
        except FetchError as e:
            r.error = f"источник недоступен: {e}"
            return
        if response.not_modified:  # the listing is as the last run left it, and that run left nothing
            r.kind, r.read = src.kind, True
            self._recorder.later(self._listed(before, key, src, response))
            return
        r.kind = src.kind if src.kind != "auto" else kind_of(response.body, response.content_type)
        if r.kind == "page":  # the source is one article: its answer is the page
            yield from self._page(r, fetcher, Item(src.url), response=response, always=True)
            r.read = not r.problems
            return
        try:
            items = self._items(r, response, fetcher, complete)
        except NotAListing as e:
            r.error = f"{KIND_NAMES[r.kind]} не читается: {e}"
            return
        r.read = True
        self._recorder.later(self._listed(before, key, src, response))
        budget = self.settings.max_items
        for item in newest_first(items) if r.kind == "sitemap" else items:
            r.count("listed")
            key = canonical_url(item.url)
            if len(key.encode()) > MAX_URL:
                r.problem(item.url[:300], f"адрес длиннее {MAX_URL} байт: пропущен", "failed")
                continue
            if not self._first(key):
                r.count("duplicate")
                continue
            known = state.known(self.kb, key)
            if known is not None and known.status in state.DONE and not _changed(item, known):
                r.count("unchanged")
                continue
            if budget <= 0 or self.stop.is_set():
                r.count("left")
                continue
            budget -= 1
            yield from self._page(r, fetcher, item, known=known)

    def _complete(self, src: Source) -> bool:
        """The last run read the source and left nothing behind (no page failed or waited): an
        unchanged listing then has nothing new, and a 304 for it is enough."""
        c = src.last_counts or {}
        return src.last_success_at is not None and not src.last_error and not c.get("left") and not c.get("failed")

    @staticmethod
    def _validators(known: state.Page | None) -> dict[str, str | None]:
        if known is None:
            return {}
        return {"etag": known.etag, "last_modified": known.last_modified}

    def _listed(self, before: state.Page | None, key: str, src: Source, response: Response) -> state.Page:
        if response.not_modified and before is not None:
            return state.Page(key, src.id, state.LISTING, before.etag, before.last_modified)
        return state.Page(key, src.id, state.LISTING, response.headers.get("etag"),
                          response.headers.get("last-modified"))

    def _items(self, r: SourceRun, response: Response, fetcher: Fetcher, complete: bool) -> list[Item]:
        """The pages a feed or sitemap lists (an index's sitemaps read as well)."""
        t = time.monotonic()
        try:
            if r.kind == "feed":
                return parse_feed(response.body, response.url, response.content_type)
            found = parse_sitemap(response.body, response.url, self.settings.max_listing_bytes)
        finally:
            self._parsed(time.monotonic() - t)
        pages = list(found.pages)
        todo = [(s, 1) for s in newest_first(found.sitemaps)]
        read = 0
        while todo and read < MAX_SITEMAPS:
            child, depth = todo.pop(0)
            key = canonical_url(child.url)
            if not self._first(key):
                continue
            last = r.source.last_success_at
            if complete and child.updated is not None and last is not None and child.updated <= last:
                continue  # not changed since a run that read everything
            read += 1
            before = state.known(self.kb, key)
            try:
                answer = fetcher.get(child.url, listing=True, **self._validators(before if complete else None))
            except FetchError as e:
                r.problem(child.url, str(e), "failed")
                continue
            self._recorder.later(self._listed(before, key, r.source, answer))
            if answer.not_modified:
                continue
            t = time.monotonic()
            try:
                sub = parse_sitemap(answer.body, answer.url, self.settings.max_listing_bytes)
            except NotAListing as e:
                r.problem(child.url, f"карта сайта не читается: {e}", "failed")
                continue
            finally:
                self._parsed(time.monotonic() - t)
            pages += sub.pages
            if depth < MAX_DEPTH:
                todo += [(s, depth + 1) for s in newest_first(sub.sitemaps)]
        if todo:
            r.count("left", len(todo))
        return pages

    def _first(self, key: str) -> bool:
        """The first time this run meets ``key``."""
        with self._lock:
            if key in self._seen:
                return False
            self._seen.add(key)
            return True

    def _parsed(self, seconds: float) -> None:
        with self._lock:
            self._parse_seconds += seconds

    # --- one page -----------------------------------------------------------------------------

    def _page(self, r: SourceRun, fetcher: Fetcher, item: Item, *, known: state.Page | None = None,
              response: Response | None = None, always: bool = False) -> Iterator[Document | ReadFailure]:
        """Fetch ``item`` (unless ``response`` is its answer already) and pass its article on."""
        key = canonical_url(item.url)
        if always and known is None:
            known = state.known(self.kb, key)
        done = known is not None and known.status in state.DONE
        if response is None:
            try:
                response = fetcher.get(item.url, **self._validators(known if done else None))
            except Refused as e:
                r.problem(item.url, str(e), "refused")
                self._recorder.later(state.Page(key, r.source.id, state.REFUSED, error=str(e)))
                return
            except FetchError as e:
                r.problem(item.url, str(e), "failed")
                self._recorder.later(state.Page(key, r.source.id, state.FAILED, error=str(e)))
                yield ReadFailure(item.url, str(e))
                return
        body_hash = hashlib.sha256(response.body).hexdigest()
        if response.not_modified or (done and known.body_hash == body_hash):
            r.count("unchanged")
            if done:
                self._recorder.later(state.Page(key, r.source.id, known.status, known.etag, known.last_modified,
                                                known.body_hash, None, known.document_id))
            return
        r.count("fetched")
        t = time.monotonic()
        doc = page_document(response.url, response.body, response.content_type, item=item, source=item.url)
        self._parsed(time.monotonic() - t)
        if isinstance(doc, ReadFailure):
            r.problem(item.url, doc.reason, "failed")
            self._recorder.later(state.Page(key, r.source.id, state.FAILED, body_hash=body_hash, error=doc.reason))
            yield doc
            return
        page = state.Page(key, r.source.id, state.STORED, response.headers.get("etag"),
                          response.headers.get("last-modified"), body_hash)
        if doc.url and doc.url != key and not self._first(doc.url):  # another version of an article read
            r.count("duplicate")
            page.status = state.DUPLICATE
            self._recorder.later(page)
            return
        with self._lock:
            self._waiting[item.url] = (page, r)
        yield doc

    # --- what the ingest path reports back ----------------------------------------------------

    def _write(self, conn: Any, p: store.Prepared, touched: Any) -> tuple[str, int]:
        """Store the document and, in the same savepoint, the page it came from."""
        outcome, doc_id = store.add(conn, p, touched)
        with self._lock:
            page, r = self._waiting.pop(p.doc.source or "", (None, None))
        if page is not None:
            page.document_id = doc_id
            page.status = state.STORED if outcome != "skipped" else state.DUPLICATE
            state.save(conn, [page])
            r.count(outcome if outcome != "skipped" else "duplicate")
            if outcome != "skipped" and not p.facts:
                r.count("irrelevant")
        return outcome, doc_id

    def _skipped(self, o: Any) -> None:
        """A page whose text is stored already (under another address, or a reprint)."""
        with self._lock:
            page, r = self._waiting.pop(o.document.source or "", (None, None)) if o.document else (None, None)
        if page is None:
            return
        with self.kb.read() as conn:
            page.document_id = state.document_of(conn, o.content_hash)
        page.status = state.DUPLICATE
        r.count("duplicate")
        self._recorder.later(page)

    def _leftovers(self) -> None:
        """Pages passed on that were not stored: their extraction failed (the batch named them)."""
        with self._lock:
            left, self._waiting = list(self._waiting.values()), {}
        for page, r in left:
            r.count("failed")
            page.status, page.etag, page.last_modified, page.body_hash = state.FAILED, None, None, None
            page.error = "не сохранена: ошибка извлечения или записи"
            self._recorder.later(page)


def _changed(item: Item, known: state.Page) -> bool:
    """The listing says the page changed after it was last fetched."""
    return item.updated is not None and item.updated > known.fetched_at
