"""Rendered responses kept until the knowledge base changes what they show.

Each cached body (and each cached *view* — the knowledge base's answer before rendering, shared by
the HTML page and the JSON of the same thing) carries the *tags* of what it shows, declared by the
code that made it with ``depends(...)``:

    ("pair", a, b)        facts between a and b (each with everything inside it)
    ("place", p)          facts of p or of a place inside it
    ("between", ids)      facts naming two of these places (the links between a place's partners)
    ("fact", id), ("person", id), ("surname", key), ("document", id), ("story", id)
    ("all",)              anything (lists, search, the overview) — also what nothing was declared for

Every write transaction records what it changed (``coopwatch.kb.changes``: canonical facts with
their places before and after, people, documents, stories). The cache reads the records it has not
seen — at once after a write made through this application (``sync``), and at most once per
``check_every`` seconds for writes by other processes (an ingest) — and drops only the entries
whose tags a change matches: an editor's correction of one pair's fact leaves every other pair's
page cached. A change nothing recorded (the stamp — the largest ids of documents, facts, canonical
facts and the audit log — moved without a record) drops everything.

A change drops the matching views at once (what signed-in users' pages are rendered from); the
matching bodies are marked stale. A signed-in user never gets a stale body (an editor reads what
they have just written). A visitor gets it while it is made anew in the background: at their next
visit after an editor's write through this application, ``stale_for`` seconds after a change by
another process (an ingest), and no more once it is ``STALE_LIMIT`` times that old. An ingest
commits every fraction of a second and touches country pages, pairs (their people's positions),
lists and search with nearly every commit, and an editor's correction the lists and the overview:
each of those pages is made anew at most every ``stale_for`` seconds, and no visitor waits for it.

Bodies are kept as bytes (gzip), least recently used first out, within a byte budget; the few most
recent views too.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Hashable, Iterable
from contextvars import ContextVar
from typing import Any

import sqlalchemy as sa
from starlette.concurrency import run_in_threadpool

from coopwatch.kb import changes
from coopwatch.kb.changes import Change, within
from coopwatch.kb.db import KB
from coopwatch.kb.schema import audit_log, canonical_facts, documents, facts, kb_changes

Tag = tuple
EVERYTHING: frozenset[Tag] = frozenset({("all",)})
_collecting: ContextVar[set[Tag] | None] = ContextVar("cache_tags", default=None)


def depends(*tags: Tag) -> None:
    """Declare what the body or view being made shows (see the module's list of tags)."""
    found = _collecting.get()
    if found is not None:
        found.update(tags)


def _made(make: Callable[[], Any]) -> tuple[Any, frozenset[Tag]]:
    """``make()`` and the tags it declared (everything, when it declared none)."""
    token = _collecting.set(set())
    try:
        value = make()
        tags = frozenset(_collecting.get() or ())
    finally:
        _collecting.reset(token)
    tags = tags or EVERYTHING
    depends(*tags)  # a view made for a page: the page shows what the view shows
    return value, tags


def matches(tag: Tag, change: Change) -> bool:
    """Whether ``change`` may alter what an entry tagged ``tag`` shows."""
    if change.everything:
        return True
    kind = tag[0]
    if kind == "pair":
        a, b = tag[1], tag[2]
        return any(any(within(p, a) for p in ps) and any(within(p, b) for p in ps) for ps in change.facts.values())
    if kind == "place":
        return any(within(p, tag[1]) for ps in change.facts.values() for p in ps)
    if kind == "between":
        return any(len(ps & tag[1]) >= 2 for ps in change.facts.values())
    if kind == "fact":
        return tag[1] in change.facts
    if kind == "person":
        return tag[1] in change.people
    if kind == "surname":
        return tag[1] in change.surnames
    if kind == "document":
        return tag[1] in change.documents
    if kind == "story":
        return tag[1] in change.stories
    return True  # "all", and anything unknown


def _hit(tags: frozenset[Tag], found: Iterable[Change]) -> bool:
    return any(matches(t, c) for c in found for t in tags)


def kb_stamp(kb: KB) -> tuple:
    """The largest ids of documents, facts, canonical facts, the audit log and the change records,
    in one statement (so in one snapshot, on PostgreSQL too)."""
    with kb.read() as conn:
        return tuple(
            conn.execute(
                sa.select(
                    *(
                        sa.select(sa.func.max(t.c.id)).scalar_subquery()
                        for t in (documents, facts, canonical_facts, audit_log, kb_changes)
                    )
                )
            ).one()
        )


class ResponseCache:
    HISTORY = 64  # recent changes kept to judge a body that was being made while they came
    STALE_LIMIT = 6  # a page stale for this many times ``stale_for`` is not shown any more: it is waited for
    RENEWERS = 1  # stale bodies made anew at once, besides the MAKERS
    MAKERS = 2  # missing bodies made at once: more only take turns at the interpreter (and the two cores),
    # and would hold every thread of the pool the writes (editors' corrections, sign-ins) run in

    def __init__(self, kb: KB, *, max_bytes: int = 256 * 2**20, check_every: float = 1.0,
                 stale_for: float = 10.0) -> None:
        self.kb = kb
        self.max_bytes = max_bytes
        self.check_every = check_every
        self.stale_for = stale_for
        self._stale: dict[Hashable, float] = {}  # bodies a change touched: since when they are stale
        self._items: OrderedDict[Hashable, tuple[bytes, frozenset[Tag]]] = OrderedDict()
        self._views: OrderedDict[Hashable, tuple[Any, frozenset[Tag]]] = OrderedDict()
        self._pending: dict[tuple[Hashable, int], asyncio.Future[bytes]] = {}  # bodies being made
        self._size = 0
        self._stamp: tuple | None = None
        self._checked = 0.0
        self._generation = 0  # bumped at every change seen
        # (generation, change — None: everything —, the time from which a body it touched is stale)
        self._history: deque[tuple[int, Change | None, float]] = deque(maxlen=self.HISTORY)
        self._lock = threading.Lock()  # the entries
        self._reading = threading.Lock()  # one reader of the change records at a time
        self.hits = self.misses = self.dropped = 0
        self._renewing: dict[Hashable, asyncio.Task] = {}  # stale bodies being made anew
        self._makers: asyncio.Semaphore | None = None
        self._makers_loop: asyncio.AbstractEventLoop | None = None

    def _making(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if self._makers_loop is not loop:  # one per event loop (tests run several)
            self._makers, self._makers_loop = asyncio.Semaphore(self.MAKERS), loop
        return self._makers

    # --- what changed ---------------------------------------------------------------------------

    def _fresh(self, force: bool = False, own: int | None = None) -> None:
        now = time.monotonic()
        if not force and now - self._checked < self.check_every:
            return
        if not self._reading.acquire(blocking=force):
            return  # another thread is reading them: serve what is cached meanwhile
        try:
            if not force and time.monotonic() - self._checked < self.check_every:
                return
            stamp = kb_stamp(self.kb)
            self._checked = now
            if stamp == self._stamp:
                return
            last = (self._stamp[-1] or 0) if self._stamp else 0
            found = None
            if self._stamp is not None and (stamp[-1] or 0) > last:
                with self.kb.read() as conn:
                    found = changes.since(conn, last, stamp[-1] or 0)
            with self._lock:
                self._stamp = stamp
                if found is None:  # a change no record names (or records pruned): drop everything
                    self._drop(None)
                else:
                    for cid, change in found:
                        self._drop(change, at_once=cid == own or not self.stale_for)
        finally:
            self._reading.release()

    def _drop(self, change: Change | None, at_once: bool = True) -> None:
        """Drop the entries ``change`` matches (None: all) — the bodies, unless ``at_once``, only
        once they have been stale for ``stale_for``. Under ``self._lock``."""
        self._generation += 1
        since = time.monotonic() - (self.stale_for if at_once else 0.0)  # at once: made anew at the next visit
        self._history.append((self._generation, change, since))
        if change is None:
            self.dropped += len(self._items)
            self._items.clear()
            self._views.clear()
            self._stale.clear()
            self._size = 0
            return
        for key in [k for k, (_, tags) in self._items.items() if _hit(tags, [change])]:
            self._stale[key] = min(since, self._stale.get(key, since))
        for key in [k for k, (_, tags) in self._views.items() if _hit(tags, [change])]:
            del self._views[key]

    def _pop(self, key: Hashable) -> None:
        body, _ = self._items.pop(key)
        self._size -= len(body)
        self._stale.pop(key, None)
        self.dropped += 1

    def _still_valid(self, tags: frozenset[Tag], generation: int) -> bool:
        """Whether a value made under ``generation`` shows nothing changed since. Under the lock."""
        return self._stale_since(tags, generation) is None

    def _stale_since(self, tags: frozenset[Tag], generation: int) -> float | None:
        """None when a value made under ``generation`` shows nothing changed since; else from when
        it is stale (-inf: not to be kept at all). Under the lock."""
        if generation == self._generation:
            return None
        later = [(c, t) for g, c, t in self._history if g > generation]
        if len(later) != self._generation - generation or any(c is None for c, _ in later):
            return float("-inf")  # some changes since are no longer known, or one dropped everything
        return min((t for c, t in later if _hit(tags, [c])), default=None)

    def sync(self, own: int | None = None) -> None:
        """Take in the changes written so far, after a write made through this application (whose
        change record is ``own``: what it matches goes at once)."""
        self._fresh(force=True, own=own)

    def clear(self) -> None:
        with self._lock:
            self._drop(None)
            self._checked = 0.0

    def cached(self, key: Hashable) -> bool:
        with self._lock:
            return key in self._items

    # --- views and bodies -----------------------------------------------------------------------

    def view(self, key: Hashable, make: Callable[[], Any], keep: int = 32) -> Any:
        """``make()``'s view for ``key``, shared by the renderings of the same page."""
        self._fresh()
        with self._lock:
            if key in self._views:
                self._views.move_to_end(key)
                value, tags = self._views[key]
                depends(*tags)
                return value
            generation = self._generation
        value, tags = _made(make)
        with self._lock:
            if self._still_valid(tags, generation):
                self._views[key] = (value, tags)
                while len(self._views) > keep:
                    self._views.popitem(last=False)
        return value

    def _lookup(self, key: Hashable, fresh: bool = False) -> tuple[bytes | None, int, bool]:
        """The body for ``key`` (None: make it — always when it is stale and ``fresh`` is asked
        for), the generation, and whether to make it anew."""
        with self._lock:
            since = self._stale.get(key)
            renew = False
            if since is not None:
                age = time.monotonic() - since
                if fresh or age >= self.stale_for * self.STALE_LIMIT:  # not to be shown while made anew
                    self._pop(key)
                renew = age >= self.stale_for
            item = self._items.get(key)
            if item is not None:
                self._items.move_to_end(key)
                self.hits += 1
            else:
                self.misses += 1
            return (item[0] if item else None), self._generation, renew

    def _store(self, key: Hashable, body: bytes, tags: frozenset[Tag], generation: int) -> None:
        if len(body) > self.max_bytes // 4:
            return
        with self._lock:
            stale = self._stale_since(tags, generation)
            if stale == float("-inf"):
                return
            old = self._items.pop(key, None)
            self._size -= len(old[0]) if old else 0
            self._stale.pop(key, None)
            if stale is not None:  # changed while it was made: kept, and stale from then (never lost)
                self._stale[key] = stale
            self._items[key] = (body, tags)
            self._size += len(body)
            while self._size > self.max_bytes:
                gone, (dropped, _) = self._items.popitem(last=False)
                self._size -= len(dropped)
                self._stale.pop(gone, None)

    def _due(self) -> bool:
        return time.monotonic() - self._checked >= self.check_every

    def get(self, key: Hashable, make: Callable[[], bytes]) -> bytes:
        """The cached body for ``key``, else ``make()``'s (kept unless over a quarter of the budget)."""
        self._fresh()
        body, generation, renew = self._lookup(key)
        if body is None or renew:
            body, tags = _made(make)
            self._store(key, body, tags, generation)
        return body

    async def _renew(self, key: Hashable, make: Callable[[], bytes], generation: int) -> None:
        try:
            body, tags = await run_in_threadpool(_made, make)
            self._store(key, body, tags, generation)
        except Exception:  # e.g. the thing is gone (404): the next visitor gets it made, and the error
            with self._lock:
                if key in self._items:
                    self._pop(key)
        finally:
            self._renewing.pop(key, None)

    async def aget(self, key: Hashable, make: Callable[[], bytes], fresh: bool = False) -> bytes:
        """``get`` for the event loop: a hit is answered right there; the change check and ``make``
        (database, rendering) run in the thread pool, once for all the requests that want the same
        missing body at the same time. ``fresh``: never a stale body (a signed-in user: an editor
        reads what they have just written)."""
        if self._due():
            await run_in_threadpool(self._fresh)
        body, generation, renew = self._lookup(key, fresh)
        if body is not None:
            if renew and key not in self._renewing and len(self._renewing) < self.RENEWERS:
                # stale long enough: made anew behind the visitors' backs — by a few at a time, none
                # queued (a busy server leaves it to a later visit, and visitors who wait come first)
                self._renewing[key] = asyncio.get_running_loop().create_task(self._renew(key, make, generation))
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
            async with self._making():
                body, tags = await run_in_threadpool(_made, make)
            self._store(key, body, tags, generation)
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
