"""``coopwatch ingest`` and ``coopwatch reextract``: documents in, facts extracted by worker
processes, everything written by this process in short transactions.

Resumable: a document whose text (or URL) is stored already is skipped before extraction, so
re-running on the same inputs adds nothing twice and an interrupted run continues where the last
commit ended. Documents are written with their facts a few to one short transaction with their
fusion (``CommitBoundaries`` decides where one ends; a document that fails to be written has the
transaction written again with a savepoint around each document, so that only it is left out) — a
kill loses at most the transaction being written, never half a document, and readers see a
document with its facts and their fusion or not at all.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from coopwatch.batch import Batch, Outcome
from coopwatch.ingest import ReadFailure, count_documents, read_paths
from coopwatch.kb import entities, fuse, store
from coopwatch.kb.db import KB, KBError
from coopwatch.kb.schema import documents
from coopwatch.models import Document, fact_from_json
from coopwatch.wording.numbers import number

# Prepared documents are gathered in batches of BATCH_DOCS or BATCH_SECONDS and written in short
# transactions of about TX_SECONDS each (documents, then the fusion of what they touched): another
# writer — an editor's correction at a web page — waits for about one transaction, not one batch.
# Where a batch or a transaction ends changes nothing in the result: fusion is a function of the
# stored facts (``fuse``).
BATCH_DOCS = 200
BATCH_SECONDS = 5.0  # watching sources (``coopwatch crawl``): what comes in is in the base within seconds
# Files and archives (``coopwatch ingest``): a longer window, so that while extraction runs the
# transactions are as long as ``CommitBoundaries`` lets them be — a 5 s window held 10–25
# documents on a busy machine, and the fusion, done once per transaction for every block it
# touched, then cost more per document. Nobody waits for the first documents of an archive.
FILE_BATCH_SECONDS = 30.0
TX_SECONDS = 0.4  # of the writer's CPU time
TX_WALL_SECONDS = 0.8  # on a busy machine, what a transaction may take by the clock before it is made shorter
TX_DOCS = 50
TURN_S = 0.01  # SQLite: a pause between transactions, in which a waiting writer takes its turn


@dataclass
class IngestSummary:
    added: int = 0
    skipped: int = 0
    updated: int = 0
    facts: int = 0
    irrelevant: int = 0  # stored without any cooperation fact (flagged: hidden from document lists)
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    not_documents: list[tuple[str, str]] = field(default_factory=list)  # files a folder scan left alone, and why

    @property
    def processed(self) -> int:
        return self.added + self.updated

    def text(self) -> str:
        rate = self.processed / self.seconds if self.seconds else 0.0
        lines = [f"Добавлено документов: {self.added}, обновлено: {self.updated}, "
                 f"уже были в базе: {self.skipped}, не обработано: {len(self.failures)}; "
                 f"фактов: {self.facts}; {number(round(self.seconds, 1))} с ({number(round(rate, 1))} док/с)"]
        if self.irrelevant:
            lines.append(f"  без фактов сотрудничества (сохранены, скрыты из списка документов): {self.irrelevant}")
        lines += [f"  {src}: {reason}" for src, reason in self.failures[:20]]
        if len(self.failures) > 20:
            lines.append(f"  … и ещё {len(self.failures) - 20}")
        if self.not_documents:
            lines.append(f"Пропущено файлов, которые не документы: {len(self.not_documents)} (названы выше)")
        return "\n".join(lines)


def _facts_of(path: Path, n: int, raw: bytes) -> tuple[str, list[Any]] | None:
    """Line ``n`` of a facts file: (document id, its facts), None for a blank line; a line that
    does not parse is a ``KBError`` naming the file and the line."""
    if not raw.strip():
        return None
    try:
        line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError as e:
        raise KBError(f"{path}:{n}: строка не в кодировке UTF-8") from e
    try:
        obj = json.loads(line)
        return str(obj["doc"]), [fact_from_json(f) for f in obj.get("facts", [])]
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as e:
        raise KBError(f"{path}:{n}: строка не разобрана как факты документа: {e}") from e


class GivenFacts:
    """Pre-extracted facts (``coopwatch extract`` output or gold annotations) by document id, read
    from their file when a document needs them. Every line is checked when the file is opened (a bad
    line is named before anything is written), but only where each document's line lies is kept:
    the facts of 100,000 documents held as objects took 1.3 GB of the writer's memory (and as much
    again of each Dask worker's), growing with the file. A document named twice: its last line."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._where: dict[str, tuple[int, int, int]] = {}  # document id → (line number, offset, length)
        try:
            with self.path.open("rb") as f:
                offset = 0
                for n, raw in enumerate(f, 1):
                    got = _facts_of(self.path, n, raw)
                    if got is not None:
                        self._where[got[0]] = (n, offset, len(raw))
                    offset += len(raw)
        except OSError as e:
            raise KBError(f"не удалось прочитать файл фактов {path}: {e.strerror or e}") from e

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._where

    def __len__(self) -> int:
        return len(self._where)

    def line(self, doc_id: str) -> tuple[int, bytes]:
        """The document's line of the file, with its number (``facts_of_line``)."""
        n, offset, length = self._where[doc_id]
        with self.path.open("rb") as f:
            f.seek(offset)
            return n, f.read(length)

    def get(self, doc_id: str, default: Any = None) -> list[Any] | None:
        return self.facts_of_line(*self.line(doc_id)) if doc_id in self._where else default

    def facts_of_line(self, n: int, raw: bytes) -> list[Any]:
        got = _facts_of(self.path, n, raw)
        return got[1] if got else []


def load_given_facts(path: Path) -> GivenFacts:
    """The facts file, checked line by line (``GivenFacts``)."""
    return GivenFacts(path)


# A document's given facts travel to the worker with the document — its line of the facts file,
# under this key of its ``meta``, taken off and parsed there before the document is stored — not as a
# copy of the whole facts file in every worker: on 100,000 documents that copy was 1.7 GB per worker
# and minutes of pickling at start.
GIVEN_KEY = "_coopwatch_given_facts"


def _with_given(inputs: Iterable[Document | ReadFailure], given: GivenFacts) -> Iterator[Document | ReadFailure]:
    for item in inputs:
        if isinstance(item, Document) and item.id in given:
            n, raw = given.line(item.id)
            item = item.model_copy(update={"meta": {**item.meta, GIVEN_KEY: (str(given.path), n, raw)}})
        yield item


def _prepare(doc: Document, chash: str) -> store.Prepared:
    given = None
    if GIVEN_KEY in doc.meta:
        meta = dict(doc.meta)
        path, n, raw = meta.pop(GIVEN_KEY)
        got = _facts_of(Path(path), n, raw)
        given = got[1] if got else []
        doc = doc.model_copy(update={"meta": meta})
    return store.prepare(doc, given, chash=chash)


def _batch(desc: str, workers: int, progress: bool, summary: IngestSummary) -> Batch:
    """The batch driver for ``_prepare`` in ``workers`` processes; its failures are the summary's."""
    return Batch(desc, workers=workers, progress=progress, fails_as="ошибка извлечения", failures=summary.failures)


Write = Callable[[Any, store.Prepared, fuse.Touched], tuple[str, int]]


def ingest(kb: KB, paths: list[str], *, workers: int = 2, facts_file: Path | None = None,
           progress: bool = True, on_batch: Callable[[IngestSummary], None] | None = None,
           web: Any = None) -> IngestSummary:
    """Read, extract and store every new document under ``paths``: files and folders (web
    archives among them), and web addresses, each fetched as one page (``web``: the crawler's
    ``coopwatch.crawl.fetch.Settings``, default ones when None)."""
    given = load_given_facts(facts_file) if facts_file else None
    urls = [p for p in paths if is_web_address(p)]
    files = [p for p in paths if not is_web_address(p)]
    inputs: Iterable[Document | ReadFailure] = read_paths(files) if files else ()
    if urls:
        from coopwatch.crawl.single import read_urls

        inputs = itertools.chain(inputs, read_urls(urls, web))
    total = None
    if progress:
        counted = count_documents(files) if files else 0
        total = None if counted is None else counted + len(urls)
    return ingest_documents(kb, inputs, total=total, workers=workers, given=given, progress=progress,
                            on_batch=on_batch, batch_seconds=FILE_BATCH_SECONDS)


def is_web_address(path: str) -> bool:
    return str(path).lower().startswith(("http://", "https://"))


Skipped = Callable[[Outcome], None]


def ingest_documents(kb: KB, inputs: Iterable[Document | ReadFailure], *, total: int | None = None,
                     workers: int = 2, given: GivenFacts | None = None, progress: bool = True,
                     on_batch: Callable[[IngestSummary], None] | None = None, write: Write | None = None,
                     on_skipped: Skipped | None = None, desc: str = "Загрузка",
                     batch_seconds: float = BATCH_SECONDS) -> IngestSummary:
    """Extract and store every new document of ``inputs`` (what a reader gives: documents and
    read failures) — the one path from files, pages and archives into the knowledge base.
    ``write`` stores one prepared document (``store.add`` by default; the crawler records the page
    it came from in the same savepoint); ``on_skipped`` hears of each document already stored."""
    started = time.monotonic()
    summary = IngestSummary()
    with kb.write() as conn:
        entities.sync_places(conn)
    seen: set[str] = set()
    batch = _batch(desc, workers, progress, summary)
    with _lookups(kb) as lookup:

        def new(doc: Document, chash: str) -> bool:
            """Not stored yet, and not met earlier in this run: worth extracting."""
            known = lookup(chash)
            if known or chash in seen:
                return False
            seen.add(chash)
            return True

        outcomes = batch.run(inputs if given is None else _with_given(inputs, given), _prepare, total=total,
                             wanted=new)
        _write_all(kb, outcomes, summary, batch, on_batch, write or store.add, on_skipped, batch_seconds)
    fuse.settle(kb)
    summary.seconds = time.monotonic() - started
    summary.not_documents = batch.skipped
    return summary


_KNOWN = sa.select(documents.c.id).where(documents.c.content_hash == sa.bindparam("chash"))


@contextmanager
def _lookups(kb: KB) -> Iterator[Callable[[str], bool]]:
    """Whether a content hash is stored, asked of one connection held for the whole run (not one
    taken from the pool for each document: on PostgreSQL that was four trips to the server — the
    pool's check, BEGIN, the query, ROLLBACK — where autocommit needs one). Each lookup ends its
    read at once: SQLite keeps no snapshot open behind the writer."""
    with kb.read() as conn:
        if kb.dialect == "postgresql":
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")

        def known(chash: str) -> bool:
            try:
                return conn.execute(_KNOWN, {"chash": chash}).first() is not None
            finally:
                conn.rollback()

        yield known


def _write_all(kb: KB, outcomes: Iterable[Outcome], summary: IngestSummary, batch: Batch,
               on_batch: Callable[[IngestSummary], None] | None, write: Write,
               on_skipped: Skipped | None = None, batch_seconds: float = BATCH_SECONDS) -> None:
    """Write the prepared documents in batches of ``BATCH_DOCS`` or ``batch_seconds``."""
    buffer: list[Outcome] = []
    bounds = CommitBoundaries()
    last = time.monotonic()
    for o in outcomes:
        if o.skipped:
            summary.skipped += 1
            if on_skipped:
                on_skipped(o)
            continue
        if o.error:  # named by the batch driver, counted in ``summary.failures``
            continue
        buffer.append(o)
        if len(buffer) >= BATCH_DOCS or time.monotonic() - last >= batch_seconds:
            _flush(kb, buffer, summary, batch, write, bounds)
            buffer, last = [], time.monotonic()
            if on_batch:
                on_batch(summary)
    if buffer:
        _flush(kb, buffer, summary, batch, write, bounds)
        if on_batch:
            on_batch(summary)


class CommitBoundaries:
    """Where ingest transactions end: after as many documents as the last transactions say fit in
    ``TX_SECONDS`` of the writer's CPU time — the fusion at the end of a transaction costs more than
    writing the documents, so the count follows what a transaction took (at least one document, at
    most ``TX_DOCS``) — or when writing them alone has taken that long.

    CPU time, not the clock: on a machine busy with other work, a clock-sized transaction shrank to
    one or two documents, and the fusion, done once per transaction for every block it touched,
    then cost up to twice the CPU per document (blocks shared by the documents of a transaction
    are fused once) — the busier the machine, the more work. Only when the clock time of a
    transaction passes ``TX_WALL_SECONDS`` (another writer waits that long) does the clock shorten
    it."""

    def __init__(self) -> None:
        self.docs = 4

    def begin(self) -> None:
        """A transaction starts (once its write lock is held: the wait for it is no part of it)."""
        self._wall, self._cpu = time.monotonic(), time.thread_time()

    def full(self, written: int) -> bool:
        return written >= self.docs or (written > 0 and (time.thread_time() - self._cpu >= TX_SECONDS or
                                                         time.monotonic() - self._wall >= TX_WALL_SECONDS))

    def end(self, written: int) -> None:
        """The transaction, of ``written`` documents, is committed."""
        if written:
            wall, cpu = time.monotonic() - self._wall, time.thread_time() - self._cpu
            fit = written * min(TX_SECONDS / max(cpu, 1e-3), TX_WALL_SECONDS / max(wall, 1e-3))
            self.docs = max(1, min(TX_DOCS, round((self.docs + fit) / 2)))


def _flush(kb: KB, buffer: list[Outcome], summary: IngestSummary, batch: Batch, write: Write,
           bounds: CommitBoundaries) -> None:
    rest = buffer
    while rest:
        rest = _write_transaction(kb, rest, summary, batch, write, bounds)
        if rest and kb.dialect == "sqlite":  # PostgreSQL queues waiting writers; SQLite lets them poll
            time.sleep(TURN_S)


def _write_transaction(kb: KB, buffer: list[Outcome], summary: IngestSummary, batch: Batch,
                       write: Write, bounds: CommitBoundaries) -> list[Outcome]:
    """Write documents from the head of ``buffer`` in one transaction, with the fusion of what they
    touched; returns the documents left for the next one.

    Each document is written without a savepoint of its own (two statements, and on PostgreSQL two
    trips to the server, per document); only when one fails is the transaction rolled back and
    written again with a savepoint around each document, so that the others are kept."""
    try:
        return _write_documents(kb, buffer, summary, batch, write, bounds, guarded=False)
    except sa.exc.DBAPIError as e:
        if isinstance(e, sa.exc.OperationalError):
            raise
    return _write_documents(kb, buffer, summary, batch, write, bounds, guarded=True)


def _write_documents(kb: KB, buffer: list[Outcome], summary: IngestSummary, batch: Batch, write: Write,
                     bounds: CommitBoundaries, *, guarded: bool) -> list[Outcome]:
    """``_write_transaction``'s one try; ``guarded``: each document in a savepoint, a document that
    fails is named and the others written (else the first failure rolls back the transaction)."""
    results: list[tuple[store.Prepared, str]] = []
    failed: list[tuple[str, str]] = []
    touched = fuse.Touched()
    rest: list[Outcome] = []
    with kb.write() as conn:
        bounds.begin()
        for n, o in enumerate(buffer):
            if bounds.full(n):
                rest = buffer[n:]
                break
            p = o.value
            if not guarded:
                results.append((p, write(conn, p, touched)[0]))
                continue
            try:
                with conn.begin_nested():
                    outcome, _ = write(conn, p, touched)
            except sa.exc.IntegrityError:  # stored meanwhile by a concurrent ingest
                entities.forget(conn)
                outcome = "skipped"
            except sa.exc.DBAPIError as e:
                entities.forget(conn)
                if isinstance(e, sa.exc.OperationalError):
                    raise
                failed.append((o.source, f"ошибка записи: {str(e.orig).splitlines()[0] if e.orig else e}"))
                continue
            results.append((p, outcome))
        touched.apply(conn)  # once per transaction, in it
    bounds.end(len(buffer) - len(rest))
    for source, reason in failed:  # counted only once the transaction is committed
        batch.fail(source, reason)
    for p, outcome in results:
        if outcome == "skipped":
            summary.skipped += 1
        else:
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            summary.facts += len(p.facts)
            summary.irrelevant += not p.facts
    return rest


def _replace(conn: Any, p: store.Prepared, touched: fuse.Touched) -> tuple[str, int]:
    doc_id = int(p.doc.meta["kb_id"])
    store.replace_facts(conn, doc_id, p.facts, p.extractor_version, touched)
    return "updated", doc_id


def reextract(kb: KB, *, everything: bool = False, workers: int = 2, progress: bool = True) -> IngestSummary:
    """Extract stored documents again (those extracted by another extractor version, or all);
    curated canonical facts keep their decisions and corrections."""
    started = time.monotonic()
    summary = IngestSummary()
    version = store.extractor_version()
    cond = sa.true() if everything else sa.or_(documents.c.extractor_version.is_(None),
                                               documents.c.extractor_version != version)
    with kb.read() as conn:
        ids = list(conn.execute(sa.select(documents.c.id).where(cond).order_by(documents.c.id)).scalars())

    def stored() -> Iterator[Document]:
        for i in range(0, len(ids), 200):
            with kb.read() as conn:
                rows = conn.execute(sa.select(documents).where(documents.c.id.in_(ids[i:i + 200]))
                                    .order_by(documents.c.id)).all()
            for r in rows:
                yield Document(id=r.name, text=r.text, url=r.url, published=r.published, source=r.source,
                               meta={"kb_id": r.id})

    batch = _batch("Повторное извлечение", workers, progress, summary)
    _write_all(kb, batch.run(stored(), _prepare, total=len(ids)), summary, batch, None, _replace,
               batch_seconds=FILE_BATCH_SECONDS)
    fuse.settle(kb)
    summary.seconds = time.monotonic() - started
    return summary


def add_document(kb: KB, doc: Document) -> tuple[str, int, int]:
    """One document read elsewhere (an editor's upload, pasted text, a fetched page) through the same
    extraction and store as ``ingest``, in this process, in one transaction with its fusion.
    Returns ("added" | "updated" | "skipped", its id in the knowledge base, facts extracted);
    "skipped" when the same text is stored already (its id is the stored one)."""
    prepared = store.prepare(doc)
    with kb.write() as conn:
        entities.sync_places(conn)
        outcome, doc_id = store.add(conn, prepared)
    fuse.settle(kb)
    return outcome, doc_id, len(prepared.facts)
