"""``coopwatch ingest --cluster``: extraction on Dask workers, the knowledge base written here.

The inputs are cut into partitions (``sources``); each partition is one Dask task that a worker
runs by itself: it reads its documents (from a local path or object storage), hashes them, skips
those the knowledge base has already (one query), and extracts the rest. This process writes the
results of each finished partition as ``ingest`` writes a batch — short transactions of documents,
facts and stories, each with the incremental fusion of what it touched (``fuse.refuse``) — and at
the end settles the large canonical facts (``fuse.settle``).

Nothing is lost when a worker dies: a partition is written only once its whole result is here,
so a partition that was running on a dead worker is run again by the scheduler on another (Dask
retries it; ``ALLOWED_FAILURES``) and gives the same result; one already written is not run again,
and a document written twice is stored once (the content hash is unique, ``store.add`` skips it).
The knowledge base does not depend on the order partitions finish in (fusion is a function of
the stored facts), so the cluster builds the same knowledge base as one process.

The knowledge base may be SQLite for a cluster on one machine (workers read it to skip known
documents); for several machines or several writers, PostgreSQL.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coopwatch.batch import Batch, Outcome
from coopwatch.kb import entities, fuse, sources, store
from coopwatch.kb.db import KB, KBError
from coopwatch.kb.ingest import CommitBoundaries, GivenFacts, IngestSummary, _flush, load_given_facts

PARTITION_DOCS = 200
AHEAD_PER_WORKER = 2  # partitions queued per worker: the results waiting here stay few
ALLOWED_FAILURES = 3  # times a partition may lose its worker before the run gives it up
LOCAL = "local"
CONNECT_TIMEOUT_S = 10


def ingest_cluster(kb: KB, paths: list[str], *, cluster: str = LOCAL, workers: int = 2,
                   facts_file: Path | None = None, partition: int = PARTITION_DOCS, progress: bool = True,
                   on_batch: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Read, extract and store every new document under ``paths`` with a Dask cluster: the
    scheduler at ``cluster`` (``tcp://host:8786``), or ``local`` — a cluster of ``workers``
    processes on this machine, started and stopped here."""
    started = time.monotonic()
    summary = IngestSummary()
    if facts_file is not None:
        load_given_facts(facts_file)  # a bad line is said here, before the cluster starts
    batch = Batch("Загрузка", workers=0, progress=False, failures=summary.failures)
    with kb.write() as conn:
        entities.sync_places(conn)
    with _client(cluster, workers) as client:
        from distributed import as_completed

        parts = []
        for p in sources.partitions(paths, partition):
            if isinstance(p, sources.Partition):
                parts.append(p)
            else:
                batch.fail(p.source, p.reason)
        given = str(Path(facts_file).resolve()) if facts_file is not None else None
        ahead = max(1, len(client.scheduler_info()["workers"])) * AHEAD_PER_WORKER
        bar = _bar(progress, len(parts))
        running = as_completed()
        todo = iter(parts)
        submitted: dict[Any, sources.Partition] = {}
        bounds = CommitBoundaries()  # a partition is written in short transactions, as ``ingest`` writes

        def submit() -> None:
            p = next(todo, None)
            if p is not None:
                f = client.submit(run_partition, p, kb.engine.url.render_as_string(hide_password=False), given,
                                  pure=False)
                submitted[f] = p
                running.add(f)

        for _ in range(ahead):
            submit()
        for future in running:
            p = submitted.pop(future)
            submit()
            try:
                outcomes = future.result()
            except Exception as e:  # the partition itself failed (its worker died too often): named, not hidden
                batch.fail(p.label, f"часть входных данных не обработана: {type(e).__name__}: {e}")
                continue
            _write(kb, outcomes, summary, batch, bounds)
            if bar is not None:
                bar.update(1)
            if on_batch:
                on_batch(summary)
        if bar is not None:
            bar.close()
    fuse.settle(kb)
    summary.seconds = time.monotonic() - started
    return summary


def _write(kb: KB, outcomes: list[Outcome], summary: IngestSummary, batch: Batch, bounds: CommitBoundaries) -> None:
    """One partition's results, in short transactions each with the fusion of what it touched."""
    ready = []
    for o in outcomes:
        for w in getattr(o.value, "warnings", None) or []:
            batch.warn(o.source, w)
        if o.error:
            batch.fail(o.source, o.error)
        elif o.skipped:
            summary.skipped += 1
        else:
            ready.append(o)
    if ready:
        _flush(kb, ready, summary, batch, store.add, bounds)


def _bar(progress: bool, total: int) -> Any:
    if not progress:
        return None
    from tqdm import tqdm

    from coopwatch.batch import bar_format

    return tqdm(total=total, unit="ч", desc="Загрузка (части)", file=sys.stderr, leave=False, dynamic_ncols=True,
                bar_format=bar_format(total))


class _client:
    """A connected ``distributed.Client``: to the scheduler at ``address``, or to a local cluster
    of ``workers`` processes (one thread each: extraction is CPU-bound Python)."""

    def __init__(self, address: str, workers: int) -> None:
        self.address, self.workers = address, workers
        self.cluster = self.client = None

    def __enter__(self) -> Any:
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:
            raise KBError("для --cluster нужен Dask: pip install 'coopwatch[cluster]'") from e
        import dask

        dask.config.set({"distributed.scheduler.allowed-failures": ALLOWED_FAILURES})
        try:
            if self.address == LOCAL:
                self.cluster = LocalCluster(n_workers=max(1, self.workers), threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=40)
                self.client = Client(self.cluster)
            else:
                self.client = Client(self.address, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as e:
            self.__exit__()
            raise KBError(f"не удалось подключиться к кластеру Dask {self.address}: {e}") from e
        return self.client

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# --- in a worker ----------------------------------------------------------------------------------

_ENGINES: dict[str, Any] = {}
_GIVEN: dict[str, GivenFacts] = {}


def _given(path: str | None, doc_id: str) -> list[Any] | None:
    """The given facts of a document (the facts file is indexed once per worker and its lines read
    when needed: it is named, not sent, so a worker that dies loses nothing another cannot read again)."""
    if path is None:
        return None
    if path not in _GIVEN:
        _GIVEN[path] = load_given_facts(Path(path))
    return _GIVEN[path].get(doc_id)


def _known(url: str, hashes: list[str]) -> set[str]:
    """Which of the content hashes the knowledge base stores already (one engine per worker)."""
    import sqlalchemy as sa

    from coopwatch.kb.db import make_engine
    from coopwatch.kb.schema import documents

    engine = _ENGINES.get(url) or _ENGINES.setdefault(url, make_engine(url))
    out: set[str] = set()
    with engine.connect() as conn:
        for i in range(0, len(hashes), 500):
            out |= set(conn.execute(sa.select(documents.c.content_hash)
                                    .where(documents.c.content_hash.in_(hashes[i:i + 500]))).scalars())
    return out


def run_partition(part: sources.Partition, kb_url: str, given: str | None) -> list[Outcome]:
    """Read a partition, skip what is stored already, extract the rest (a Dask task)."""
    from coopwatch import quiet_libraries
    from coopwatch.batch import _guarded
    from coopwatch.ingest import ReadFailure
    from coopwatch.ingest.identity import content_hash

    quiet_libraries()
    items = list(sources.read_partition(part))
    hashes = {id(d): content_hash(d.text) for d in items if not isinstance(d, ReadFailure)}
    known = _known(kb_url, sorted(set(hashes.values())))
    out: list[Outcome] = []
    seen: set[str] = set()
    for d in items:
        if isinstance(d, ReadFailure):
            out.append(Outcome(d.source, error=d.reason))
            continue
        h = hashes[id(d)]
        o = Outcome(d.source or d.id, document=d, content_hash=h)
        if h in known or h in seen:
            o.skipped = True
        else:
            seen.add(h)
            facts = _given(given, d.id)
            o.value, o.error = _guarded(lambda doc, ch, facts=facts: store.prepare(doc, facts, chash=ch),
                                        "ошибка извлечения", d, h)
        out.append(o)
    return out
