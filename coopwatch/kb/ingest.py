"""``coopwatch ingest`` and ``coopwatch reextract``: documents in, facts extracted by worker
processes, everything written by this process in short transactions.

Resumable: a document whose text (or URL) is stored already is skipped before extraction, so
re-running on the same inputs adds nothing twice and an interrupted run continues where the last
commit ended. Each document is written with its facts in one savepoint; a batch of them in one
transaction — a kill loses at most the batch being written, never half a document.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from coopwatch.ingest import ReadFailure, iter_sources, read_paths
from coopwatch.kb import entities, fuse, store
from coopwatch.kb.db import KB, KBError
from coopwatch.kb.schema import documents
from coopwatch.kb.text import content_hash
from coopwatch.models import Document, fact_from_json

# One batch = one transaction. The canonical facts it touches are recomputed once per batch (a
# head of region named by thousands of documents is not recomputed for each); a kill loses at
# most the batch being written; another writer waits at most one batch.
BATCH_DOCS = 200
BATCH_SECONDS = 5.0


@dataclass
class IngestSummary:
    added: int = 0
    skipped: int = 0
    updated: int = 0
    facts: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def processed(self) -> int:
        return self.added + self.updated

    def text(self) -> str:
        rate = self.processed / self.seconds if self.seconds else 0.0
        lines = [f"Добавлено документов: {self.added}, обновлено: {self.updated}, "
                 f"уже были в базе: {self.skipped}, не обработано: {len(self.failures)}; "
                 f"фактов: {self.facts}; {self.seconds:.1f} с ({rate:.1f} док/с)"]
        lines += [f"  {src}: {reason}" for src, reason in self.failures[:20]]
        if len(self.failures) > 20:
            lines.append(f"  … и ещё {len(self.failures) - 20}")
        return "\n".join(lines)


def load_given_facts(path: Path) -> dict[str, list[Any]]:
    """Pre-extracted facts (``coopwatch extract`` output or gold annotations), by document id."""
    out: dict[str, list[Any]] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise KBError(f"не удалось прочитать файл фактов {path}: {e.strerror or e}") from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            out[str(obj["doc"])] = [fact_from_json(f) for f in obj.get("facts", [])]
        except (ValueError, KeyError, TypeError) as e:
            raise KBError(f"{path}:{n}: строка не разобрана как факты документа: {e}") from e
    return out


_GIVEN: dict[str, list[Any]] | None = None
BLAS_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def single_threaded_math() -> None:
    """One thread per process for numpy's BLAS (Natasha's models): a news item's matrices are
    small, and BLAS threads only fight the other worker for the cores — with them the extractor ran
    4× slower on 2 cores (10.1 s against 2.5 s for 30 dev documents). Takes effect in processes
    that import numpy afterwards: the workers, and the CLI (which calls this before importing)."""
    for var in BLAS_VARS:
        os.environ.setdefault(var, "1")


def _init_worker(given: dict[str, list[Any]] | None) -> None:
    from coopwatch.runner import quiet_libraries

    global _GIVEN
    _GIVEN = given
    quiet_libraries()


def _prepare(doc: Document) -> store.Prepared:
    given = None if _GIVEN is None else _GIVEN.get(doc.id)
    return store.prepare(doc, given)


def _mapper(workers: int, given: dict[str, list[Any]] | None) -> tuple[Callable, Callable[[], None]]:
    """``map(iterable) -> iterator`` running ``_prepare`` in ``workers`` processes (in this
    process when ``workers`` < 2), keeping the input order."""
    if workers < 2:
        _init_worker(given)
        return (lambda items: map(_prepare, items)), (lambda: None)
    single_threaded_math()
    pool = mp.get_context("spawn").Pool(workers, initializer=_init_worker, initargs=(given,))
    return (lambda items: pool.imap(_prepare, items, chunksize=2)), pool.terminate


def _progress(total: int | None, desc: str, enabled: bool):  # noqa: ANN202 - tqdm or None
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="док", desc=desc, file=sys.stderr, leave=False, dynamic_ncols=True)


def _count(paths: list[str]) -> int | None:
    if any(str(p) == "-" or str(p).endswith(".jsonl") for p in paths):
        return None
    return sum(1 for s in iter_sources(paths) if not isinstance(s, ReadFailure))


def ingest(kb: KB, paths: list[str], *, workers: int = 2, facts_file: Path | None = None,
           progress: bool = True, on_batch: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Read, extract and store every new document under ``paths``."""
    started = time.monotonic()
    summary = IngestSummary()
    given = load_given_facts(facts_file) if facts_file else None
    with kb.write() as conn:
        entities.sync_places(conn)
    bar = _progress(_count(paths), "Загрузка", progress)
    seen: set[str] = set()

    def new_documents() -> Iterator[Document]:
        for item in read_paths(paths):
            if isinstance(item, ReadFailure):
                summary.failures.append((item.source, item.reason))
                _tick(bar)
                continue
            h = content_hash(item.text)
            with kb.read() as conn:
                known = conn.execute(sa.select(documents.c.id).where(documents.c.content_hash == h)).first()
            if known or h in seen:
                summary.skipped += 1
                _tick(bar)
                continue
            seen.add(h)
            yield item

    run, stop = _mapper(workers, given)
    try:
        _write_all(kb, run(new_documents()), summary, bar, on_batch, store.add)
    finally:
        stop()
        if bar is not None:
            bar.close()
    summary.seconds = time.monotonic() - started
    return summary


def _tick(bar: Any, n: int = 1) -> None:
    if bar is not None:
        bar.update(n)


def _write_all(kb: KB, prepared: Iterable[store.Prepared], summary: IngestSummary, bar: Any,
               on_batch: Callable[[IngestSummary], None] | None,
               write: Callable[[Any, store.Prepared, set[int]], tuple[str, int]]) -> None:
    buffer: list[store.Prepared] = []
    last = time.monotonic()
    for p in prepared:
        buffer.append(p)
        if len(buffer) >= BATCH_DOCS or time.monotonic() - last >= BATCH_SECONDS:
            _flush(kb, buffer, summary, bar, write)
            buffer, last = [], time.monotonic()
            if on_batch:
                on_batch(summary)
    if buffer:
        _flush(kb, buffer, summary, bar, write)
        if on_batch:
            on_batch(summary)


def _flush(kb: KB, buffer: list[store.Prepared], summary: IngestSummary, bar: Any,
           write: Callable[[Any, store.Prepared, set[int]], tuple[str, int]]) -> None:
    results: list[tuple[store.Prepared, str]] = []
    touched: set[int] = set()
    with kb.write() as conn:
        for p in buffer:
            if p.error:
                results.append((p, "failed"))
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
                results.append((p, "failed"))
                p.error = f"ошибка записи: {str(e.orig).splitlines()[0] if e.orig else e}"
                continue
            results.append((p, outcome))
        fuse.recompute(conn, touched)  # once per batch, in the batch's transaction
    for p, outcome in results:  # counted only once committed
        if outcome == "failed":
            summary.failures.append((p.doc.source or p.doc.id, p.error or ""))
        elif outcome == "skipped":
            summary.skipped += 1
        else:
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            summary.facts += len(p.facts)
    _tick(bar, len(buffer))


def _replace(conn: Any, p: store.Prepared, touched: set[int]) -> tuple[str, int]:
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
    bar = _progress(len(ids), "Повторное извлечение", progress)

    def stored() -> Iterator[Document]:
        for i in range(0, len(ids), 200):
            with kb.read() as conn:
                rows = conn.execute(sa.select(documents).where(documents.c.id.in_(ids[i:i + 200]))
                                    .order_by(documents.c.id)).all()
            for r in rows:
                yield Document(id=r.name, text=r.text, url=r.url, published=r.published, source=r.source,
                               meta={"kb_id": r.id})

    run, stop = _mapper(workers, None)
    try:
        _write_all(kb, run(stored()), summary, bar, None, _replace)
    finally:
        stop()
        if bar is not None:
            bar.close()
    summary.seconds = time.monotonic() - started
    return summary
