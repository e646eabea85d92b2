"""The one batch driver behind every command that processes documents: ``coopwatch extract``,
``eval`` and ``facts`` (``coopwatch.runner``), ``ingest`` and ``reextract`` (``coopwatch.kb.ingest``).

``Batch.run(inputs, work)`` takes what ``coopwatch.ingest.read_paths`` reads (documents, and read
failures naming their input) or documents from anywhere else, and yields one ``Outcome`` per
input, in input order:

* the content hash of each document is computed once, here, and handed to ``work`` with it;
* ``work(document, content_hash)`` runs in this process or in worker processes, a few documents
  ahead of the consumer (memory stays flat on any number of documents);
* an exception in ``work`` fails that document only; a worker process that dies (a crash, the
  out-of-memory killer, ``kill -9``) fails only the document it held, after one more try alone in
  a fresh worker — the documents that were in the pool with it are run again, one at a time; a
  worker that dies while it waits for work costs nothing but a fresh pool;
* every failure and every warning of a result (its ``warnings``) is named on stderr as
  ``предупреждение: ИСТОЧНИК: причина`` and kept in ``Batch.failures`` / ``Batch.warnings``;
* one progress bar (tqdm, in Russian) counts the inputs.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar

from coopwatch import quiet_libraries
from coopwatch.ingest import ReadFailure, Skipped
from coopwatch.ingest.identity import content_hash
from coopwatch.models import Document

log = logging.getLogger("coopwatch")
R = TypeVar("R")
Work = Callable[[Document, str], Any]
PROGRESS_FROM = 5  # inputs; fewer need no progress bar
AHEAD_PER_WORKER = 2  # documents queued per worker process
CRASHED = "процесс обработки аварийно завершился на этом документе"


@dataclass
class Outcome(Generic[R]):
    """One input's outcome: ``value`` (what ``work`` returned), or ``error``, or ``skipped``."""

    source: str  # the file as given, "file.jsonl:3", or the stored document's source
    document: Document | None = None  # None when the input gave no document
    content_hash: str | None = None
    value: R | None = None
    error: str | None = None
    skipped: bool = False

    @property
    def doc_id(self) -> str:
        return self.document.id if self.document is not None else Path(self.source).stem


def bar_format(total: int | None) -> str:
    """A progress bar in Russian terms: tqdm's own speaks of «2.4док/s» and «1.61s/док» (English
    seconds, decimal points); the bar, the count and the time are enough."""
    if total is None:
        return "{desc}: {n_fmt} {unit} [{elapsed}]"
    return "{desc}: {percentage:3.0f} %|{bar}| {n_fmt} из {total_fmt} [{elapsed}, осталось {remaining}]"


@dataclass
class Batch:
    """A run over many documents: its progress bar and its report of failures and warnings."""

    desc: str  # what the progress bar says it is doing, in Russian ("Извлечение")
    workers: int = 0  # worker processes; fewer than 2 — in this process
    progress: bool = True
    fails_as: str = "ошибка обработки"  # how an exception in ``work`` is reported
    initializer: Callable[..., None] | None = None  # run once in each process that runs ``work``
    initargs: tuple = ()
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # files a folder scan left alone, and why
    _bar: Any = field(default=None, init=False, repr=False)

    def run(self, inputs: Iterable[Document | ReadFailure | Skipped], work: Work, *, total: int | None = None,
            wanted: Callable[[Document, str], bool] | None = None) -> Iterator[Outcome]:
        """``work`` over every document of ``inputs``; ``wanted(document, hash)`` false — the
        document is skipped without work."""
        self._bar = self._open_bar(total)
        try:
            for outcome in self._ordered(self._outcomes(inputs, wanted), work):
                if outcome.error:
                    self.fail(outcome.source, outcome.error)
                said = getattr(outcome.value, "warnings", None)
                if said is None and outcome.document is not None:  # no result: what reading found still counts
                    said = outcome.document.meta.get("warnings")
                for w in said or []:
                    self.warn(outcome.source, w)
                yield outcome
                if self._bar is not None:
                    self._bar.update(1)
        finally:
            if self._bar is not None:
                self._bar.close()
                self._bar = None

    def fail(self, source: str, reason: str) -> None:
        """A document that gave no result (also for failures found after ``work``, when writing)."""
        self.failures.append((source, reason))
        self._say(f"предупреждение: {source}: {reason}")

    def warn(self, source: str, message: str) -> None:
        self.warnings.append((source, message))
        self._say(f"предупреждение: {source}: {message}")

    def _say(self, line: str) -> None:
        if self._bar is not None:
            self._bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def _open_bar(self, total: int | None) -> Any:
        if not self.progress or (total is not None and total < PROGRESS_FROM):
            return None
        from tqdm import tqdm

        return tqdm(total=total, unit="док", desc=self.desc, file=sys.stderr, leave=False, dynamic_ncols=True,
                    bar_format=bar_format(total))

    def _outcomes(self, inputs: Iterable[Document | ReadFailure | Skipped],
                  wanted: Callable[[Document, str], bool] | None) -> Iterator[Outcome]:
        """Each input as an outcome still to be worked on (``value`` and ``error`` unset), or a
        finished one: a read failure, a skipped document. A file the scan left alone is named on
        stderr and kept in ``skipped``: no outcome, no failure."""
        for item in inputs:
            if isinstance(item, Skipped):
                self.skipped.append((item.source, item.reason))
                self._say(f"предупреждение: {item.source}: {item.reason}")
                continue
            if isinstance(item, ReadFailure):
                yield Outcome(item.source, error=item.reason)
                continue
            h = content_hash(item.text)
            skipped = wanted is not None and not wanted(item, h)
            yield Outcome(item.source or item.id, document=item, content_hash=h, skipped=skipped)

    def _ordered(self, outcomes: Iterator[Outcome], work: Work) -> Iterator[Outcome]:
        call = partial(_guarded, work, self.fails_as)
        if self.workers < 2:
            if self.initializer is not None:
                self.initializer(*self.initargs)
            for o in outcomes:
                if _to_do(o):
                    o.value, o.error = call(o.document, o.content_hash)
                yield o
            return
        with _Pool(self.workers, self.initializer, self.initargs) as pool:
            yield from pool.ordered(outcomes, call)


def _to_do(o: Outcome) -> bool:
    return o.document is not None and not o.skipped and o.error is None


def _guarded(work: Work, fails_as: str, document: Document, chash: str) -> tuple[Any, str | None]:
    """``work``'s value, or the reason it failed: one document's bug never stops the batch."""
    try:
        return work(document, chash), None
    except Exception as e:  # reported with the document's name, not hidden
        log.exception("%s: %s", fails_as, document.source or document.id)
        return None, f"{fails_as}: {type(e).__name__}: {e}"


def _start_worker(initializer: Callable[..., None] | None, initargs: tuple) -> None:
    quiet_libraries()
    if initializer is not None:
        initializer(*initargs)


class _Pool:
    """Worker processes (spawned: no state copied from this one) that run the documents in input
    order, ``AHEAD_PER_WORKER`` per worker queued at a time."""

    def __init__(self, workers: int, initializer: Callable[..., None] | None, initargs: tuple) -> None:
        self.workers, self.initializer, self.initargs = workers, initializer, initargs
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"), initializer=_start_worker,
                                   initargs=(self.initializer, self.initargs))

    def _restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.executor.shutdown(wait=exc[0] is None, cancel_futures=True)

    def ordered(self, outcomes: Iterator[Outcome], call: Callable) -> Iterator[Outcome]:
        pending: deque[tuple[Outcome, Future | None, ProcessPoolExecutor | None]] = deque()
        ahead = self.workers * AHEAD_PER_WORKER
        for o in outcomes:
            pending.append((o, *self._submit(o, call)) if _to_do(o) else (o, None, None))
            while len(pending) > ahead:
                yield from self._first(pending, call)
        while pending:
            yield from self._first(pending, call)

    def _submit(self, o: Outcome, call: Callable) -> tuple[Future, ProcessPoolExecutor]:
        """``o`` queued in the pool; a pool found broken (a worker killed while it waited for work)
        is replaced first — the documents still in it are run again when their turn comes."""
        try:
            return self.executor.submit(call, o.document, o.content_hash), self.executor
        except BrokenProcessPool:
            self._restart()
            return self.executor.submit(call, o.document, o.content_hash), self.executor

    def _first(self, pending: deque[tuple[Outcome, Future | None, ProcessPoolExecutor | None]],
               call: Callable) -> Iterator[Outcome]:
        o, future, executor = pending.popleft()
        if future is None:
            yield o
            return
        try:
            o.value, o.error = future.result()
        except BrokenProcessPool:
            # a worker died, and every document still in that pool fails with it: run each of them
            # again alone in a fresh pool, so that only the one that kills a worker fails
            later = list(pending)
            pending.clear()
            if executor is self.executor:
                self._restart()
            self._alone(o, call)
            for p, f, _ in later:
                if f is not None and f.done() and not f.cancelled() and f.exception() is None:
                    p.value, p.error = f.result()
                elif f is not None:
                    self._alone(p, call)
            yield o
            yield from (p for p, _, _ in later)
            return
        except Exception as e:  # the result could not come back (e.g. it does not pickle)
            o.error = f"ошибка обработки: {type(e).__name__}: {e}"
        yield o

    def _alone(self, o: Outcome, call: Callable) -> None:
        """``o`` run once more, by itself; a worker dying on it again fails it (``CRASHED``)."""
        for _ in range(3):
            try:
                future = self.executor.submit(call, o.document, o.content_hash)
            except BrokenProcessPool:  # broken before this document ran: not its doing
                self._restart()
                continue
            try:
                o.value, o.error = future.result()
            except BrokenProcessPool:
                o.value, o.error = None, CRASHED
                self._restart()
            except Exception as e:
                o.value, o.error = None, f"ошибка обработки: {type(e).__name__}: {e}"
            return
        o.value, o.error = None, CRASHED
