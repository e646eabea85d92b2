"""What each write transaction changed, recorded in the same transaction (``kb_changes``), so that
a process keeping copies of pages (the web server's response cache) drops only the pages a write
touched — an editor's correction, or one short transaction of an ingest running in another process.

A record names the canonical facts changed with the places they had or have (a correction may move
a fact to another pair), the people named in them before or after, the surnames of people added or
merged (who is whose namesake), the documents added or changed or whose facts moved to another
canonical fact, and their stories — or ``everything`` (a change too wide to list: fusion anew,
organisations merged). Writers take turns (``KB.write``),
so record ids grow in commit order: a reader asks for the records after the last id it saw.

Changes are collected on the connection while the transaction runs (``note_*``) and written as one
row when it commits (``KB.write`` calls ``flush``); a transaction that changed no fact — a session
record, the registry of places — writes none. Old records are pruned: a reader that fell further
behind than ``KEEP`` records starts afresh.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch.kb.schema import canonical_people, canonical_sides, documents, kb_changes, people

KEEP = 5000  # records kept for readers that are behind
CHUNK = 500
_KEY = "kb_change"
_written: ContextVar[int | None] = ContextVar("kb_change_written", default=None)


@dataclass
class Change:
    facts: dict[int, set[str]] = field(default_factory=dict)  # canonical id → places, before and after
    people: set[int] = field(default_factory=set)  # named in the facts changed, or merged
    surnames: set[str] = field(default_factory=set)  # of people added or merged
    people_before: int = field(default=0, compare=False)  # the largest person id before: newer ones were added
    documents: set[int] = field(default_factory=set)
    stories: set[int] = field(default_factory=set)
    everything: bool = False

    def __bool__(self) -> bool:
        return bool(self.everything or self.facts or self.people or self.documents or self.stories)

    def update(self, other: Change) -> None:
        for cid, places in other.facts.items():
            self.facts.setdefault(cid, set()).update(places)
        self.people |= other.people
        self.surnames |= other.surnames
        self.documents |= other.documents
        self.stories |= other.stories
        self.everything |= other.everything

    def as_json(self) -> dict[str, Any]:
        if self.everything:
            return {"everything": True}
        return {"facts": [[cid, sorted(ps)] for cid, ps in sorted(self.facts.items())],
                "people": sorted(self.people), "surnames": sorted(self.surnames),
                "documents": sorted(self.documents), "stories": sorted(self.stories)}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Change:
        if obj.get("everything"):
            return cls(everything=True)
        return cls(facts={int(c): set(ps) for c, ps in obj.get("facts", [])}, people=set(obj.get("people", [])),
                   surnames=set(obj.get("surnames", [])), documents=set(obj.get("documents", [])),
                   stories=set(obj.get("stories", [])))


def noted(conn: Connection) -> Change:
    """The change collected so far in ``conn``'s transaction."""
    change = conn.info.get(_KEY)
    if change is None:
        change = conn.info[_KEY] = Change()
        change.people_before = conn.execute(sa.select(sa.func.max(people.c.id))).scalar() or 0
    return change


def forget(conn: Connection) -> None:
    conn.info.pop(_KEY, None)


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ids = sorted(set(ids))
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def note_canonicals(conn: Connection, ids: Iterable[int]) -> None:
    """The canonical facts ``ids`` as they stand now: their places and people. Called before a
    change and after it, so that both what a page showed and what it will show are named."""
    change = noted(conn)
    if change.everything:
        return
    for chunk in _chunks(ids):
        for cid in chunk:
            change.facts.setdefault(cid, set())
        for cid, place in conn.execute(sa.select(canonical_sides.c.canonical_id, canonical_sides.c.place_id)
                                       .where(canonical_sides.c.canonical_id.in_(chunk))):
            change.facts[cid].add(place)
        change.people.update(conn.execute(sa.select(canonical_people.c.person_id)
                                          .where(canonical_people.c.canonical_id.in_(chunk))).scalars())


def note_documents(conn: Connection, ids: Iterable[int]) -> None:
    """Documents whose facts or story changed (and their stories: the other editions list them)."""
    change = noted(conn)
    for chunk in _chunks(ids):
        change.documents.update(chunk)
        change.stories.update(s for s in conn.execute(sa.select(documents.c.story_id)
                                                      .where(documents.c.id.in_(chunk))).scalars() if s is not None)


def note_people(conn: Connection, ids: Iterable[int]) -> None:
    """People whose record changed (merged): their pages, and who their namesakes are."""
    change = noted(conn)
    for chunk in _chunks(ids):
        for pid, surname in conn.execute(sa.select(people.c.id, people.c.surname_key).where(people.c.id.in_(chunk))):
            change.people.add(pid)
            change.surnames.add(surname)


def note_everything(conn: Connection) -> None:
    noted(conn).everything = True


def flush(conn: Connection) -> None:
    """Write what the transaction changed (called by ``KB.write`` just before it commits)."""
    change = conn.info.pop(_KEY, None)
    if not change:
        return
    if not change.everything:  # people added: someone's namesakes
        change.surnames.update(conn.execute(sa.select(people.c.surname_key)
                                            .where(people.c.id > change.people_before)).scalars())
    new = conn.execute(kb_changes.insert().values(at=datetime.now(UTC), scope=change.as_json())).inserted_primary_key[0]
    _written.set(new)
    if new % 100 == 0:  # now and then, not at every commit
        conn.execute(kb_changes.delete().where(kb_changes.c.id <= new - KEEP))


def last_written() -> int | None:
    """The id of the record the last write transaction of this thread (context) wrote, if any."""
    return _written.get()


def forget_written() -> None:
    _written.set(None)


def since(conn: Connection, last: int, upto: int) -> list[tuple[int, Change]] | None:
    """The changes recorded after ``last`` up to ``upto`` (the newest id, read with the stamp), with
    their ids; None when some of them may have been pruned meanwhile."""
    if upto <= last:
        return []
    if upto - last > KEEP // 2:
        return None
    rows = conn.execute(sa.select(kb_changes.c.id, kb_changes.c.scope)
                        .where(kb_changes.c.id > last, kb_changes.c.id <= upto).order_by(kb_changes.c.id)).all()
    return [(r.id, Change.from_json(r.scope)) for r in rows] or None


def within(place: str, area: str) -> bool:
    """``place`` is ``area`` or lies inside it (as ``query.base.within`` says in SQL): a region's
    places are ``X/…``, a country's also ``X-…``."""
    if place == area or place.startswith(area + "/"):
        return True
    return "-" not in area and "/" not in area and place.startswith(area + "-")
