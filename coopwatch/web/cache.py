"""Rendered responses kept while the knowledge base has not changed.

The knowledge base changes only through ingest, re-extraction and curation, each of which adds
rows with new ids (documents, extracted facts, canonical facts, audit-log entries). The *stamp*
is the largest id of each of those tables — four index look-ups — and a cached body is served
only while the stamp it was made under is current. The stamp is read at most once per
``check_every`` seconds (so a change made by another process shows within that time); changes
made through this application clear the cache at once.

Bodies are kept as bytes (JSON or HTML), least recently used first out, within a byte budget.
The few most recent *views* (the knowledge base's answers, before rendering) are kept too, so
that the HTML page and the JSON of the same thing ask the knowledge base once.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

import sqlalchemy as sa
from starlette.concurrency import run_in_threadpool

from coopwatch.kb.db import KB
from coopwatch.kb.schema import audit_log, canonical_facts, documents, facts


def kb_stamp(kb: KB) -> tuple:
    with kb.read() as conn:
        return tuple(
            conn.execute(
                sa.select(
                    *(
                        sa.select(sa.func.max(t.c.id)).scalar_subquery()
                        for t in (documents, facts, canonical_facts, audit_log)
                    )
                )
            ).one()
        )


class ResponseCache:
    def __init__(self, kb: KB, *, max_bytes: int = 256 * 2**20, check_every: float = 1.0) -> None:
        self.kb = kb
        self.max_bytes = max_bytes
        self.check_every = check_every
        self._items: OrderedDict[Hashable, bytes] = OrderedDict()
        self._views: OrderedDict[Hashable, Any] = OrderedDict()
        self._pending: dict[tuple[Hashable, int], asyncio.Future[bytes]] = {}  # bodies being made
        self._size = 0
        self._stamp: tuple | None = None
        self._checked = 0.0
        self._generation = 0  # bumped at every clear: a body made before it is not kept
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def _fresh(self) -> None:
        now = time.monotonic()
        if now - self._checked < self.check_every:
            return
        stamp = kb_stamp(self.kb)
        with self._lock:
            self._checked = now
            if stamp != self._stamp:
                self._stamp = stamp
                self._drop_all()

    def _drop_all(self) -> None:
        self._items.clear()
        self._views.clear()
        self._size = 0
        self._generation += 1

    def clear(self) -> None:
        with self._lock:
            self._drop_all()
            self._checked = 0.0

    def view(self, key: Hashable, make: Callable[[], Any], keep: int = 32) -> Any:
        """``make()``'s view for ``key``, shared by the renderings of the same page."""
        self._fresh()
        with self._lock:
            if key in self._views:
                self._views.move_to_end(key)
                return self._views[key]
            generation = self._generation
        value = make()
        with self._lock:
            if generation == self._generation:
                self._views[key] = value
                while len(self._views) > keep:
                    self._views.popitem(last=False)
        return value

    def _lookup(self, key: Hashable) -> tuple[bytes | None, int]:
        with self._lock:
            body = self._items.get(key)
            if body is not None:
                self._items.move_to_end(key)
                self.hits += 1
            else:
                self.misses += 1
            return body, self._generation

    def _store(self, key: Hashable, body: bytes, generation: int) -> None:
        if len(body) > self.max_bytes // 4:
            return
        with self._lock:
            if generation != self._generation:
                return
            old = self._items.pop(key, None)
            self._size -= len(old) if old else 0
            self._items[key] = body
            self._size += len(body)
            while self._size > self.max_bytes:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped)

    def _due(self) -> bool:
        return time.monotonic() - self._checked >= self.check_every

    def get(self, key: Hashable, make: Callable[[], bytes]) -> bytes:
        """The cached body for ``key``, else ``make()``'s (kept unless over a quarter of the budget)."""
        self._fresh()
        body, generation = self._lookup(key)
        if body is None:
            body = make()
            self._store(key, body, generation)
        return body

    async def aget(self, key: Hashable, make: Callable[[], bytes]) -> bytes:
        """``get`` for the event loop: a hit is answered right there; the stamp check and ``make``
        (database, rendering) run in the thread pool, once for all the requests that want the same
        missing body at the same time."""
        if self._due():
            await run_in_threadpool(self._fresh)
        body, generation = self._lookup(key)
        if body is not None:
            return body
        pending = self._pending.get((key, generation))
        if pending is not None:
            try:
                return await asyncio.shield(pending)
            except asyncio.CancelledError:
                if not pending.cancelled():  # this request itself was cancelled
                    raise
                # the request making it went away: make it here
        future: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        self._pending[(key, generation)] = future
        try:
            body = await run_in_threadpool(make)
            self._store(key, body, generation)
            future.set_result(body)
            return body
        except asyncio.CancelledError:
            future.cancel()
            raise
        except Exception as e:
            future.set_exception(e)
            future.exception()  # retrieved: no warning when nobody else was waiting
            raise
        finally:
            del self._pending[(key, generation)]
