"""Fusion in the database: the stored facts of a block are partitioned into canonical facts
(``rules.partition``), and touched canonical facts are recomputed from all their members — fused
value, conflicts, source counts, sides, people. The rules themselves are in ``rules``.

Whenever facts arrive, leave, or change story (a new reprint links two stories), the blocks they
belong to are partitioned anew from all their facts (``refuse``): the knowledge base is then a
function of the stored documents, not of the batches they came in, their order or a resume. A new
cluster keeps the id of the canonical fact that held most of its members (pages and curation keep
pointing at it); a canonical fact left without members is deleted.

A canonical fact a curator touched (confirmed, rejected, corrected) is never deleted and keeps its
members: its corrected fields override the fused ones, and new facts keep joining it when they
agree with all its members and with what the curator asserted (also after re-extraction, where the
facts read from the same sentences stay with it); a conflict on a corrected field counts as
resolved.

``FUSION_VERSION`` is a hash of the fusion code; a knowledge base fused by another version is fused
anew when it is opened (``ensure_current``).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch import facttypes
from coopwatch.kb import changes, entities, merge, rules
from coopwatch.kb.schema import (
    CURATED,
    canonical_facts,
    canonical_people,
    canonical_sides,
    canonical_stories,
    conflicts,
    documents,
    facts,
    kb_settings,
)

CHUNK = 500  # ids per IN (...) list


def effective(data: dict[str, Any], corrected: dict[str, Any] | None) -> dict[str, Any]:
    """What the knowledge base asserts: the fused fact with a curator's corrections applied."""
    return {**data, **(corrected or {})}


def curated(row: Any) -> bool:
    return row.status != "auto" or bool(row.corrected)


@dataclass(frozen=True)
class Anchor:
    """Where a previous extraction's fact of a curated canonical fact was read (re-extraction)."""

    type: str
    start: int
    end: int
    canonical_id: int


@dataclass
class Touched:
    """What a write changed, to be fused anew once per batch: the blocks of the facts that came,
    left or moved to another story, the documents concerned, and for each block the rank of its
    first fact concerned (the block's partition before it stands; see ``refuse``)."""

    blocks: set[str] = field(default_factory=set)
    docs: set[int] = field(default_factory=set)
    canonicals: set[int] = field(default_factory=set)  # that lost facts (re-extraction)
    since: dict[str, str] = field(default_factory=dict)

    _later: set[int] = field(default_factory=set)  # documents whose facts are looked up in ``apply``

    def add_document(self, conn: Connection, doc_id: int, *, now: bool = True) -> None:
        """A document whose facts or story changed: the blocks of its stored facts — at once (facts
        about to be deleted), or with ``now=False`` once for the whole batch, in ``apply``."""
        self.docs.add(doc_id)
        if not now:
            self._later.add(doc_id)
            return
        self._note(conn, [doc_id])

    def _note(self, conn: Connection, doc_ids: list[int]) -> None:
        for blk, first in conn.execute(sa.select(facts.c.block, sa.func.min(facts.c.rank))
                                       .where(facts.c.document_id.in_(doc_ids)).group_by(facts.c.block)):
            self.blocks.add(blk)
            first = first or ""  # no rank (a fact stored before revision 0005): the whole block
            self.since[blk] = min(self.since.get(blk, first), first)

    def apply(self, conn: Connection) -> set[int]:
        for chunk in _chunks(self._later):
            self._note(conn, chunk)
        self._later.clear()
        changes.note_documents(conn, self.docs)
        return refuse(conn, self.blocks, self.docs, self.canonicals, since=self.since)


def _chunks(ids: Iterable[Any]) -> Iterable[list[Any]]:
    ids = sorted(set(ids))
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


# A member's story is the fact's copy of its document's (``facts.story_id``, migration 0012): on SQLite
# ``documents.story_id`` lies past the text, a few overflow pages away. Its document's day and text
# hash are read from the fact's rank (``rules.rank``), which holds both: the document's row is read
# only for a fact without a rank (stored before revision 0005, until the base is fused anew) — a
# random page of the largest table for each member read, where fusion reads thousands a transaction.
_MEMBER_COLUMNS = (facts.c.id, facts.c.data, facts.c.document_id, facts.c.idx, facts.c.canonical_id, facts.c.block,
                   facts.c.story_id, documents.c.published, documents.c.content_hash, facts.c.rank,
                   facts.c.profile)
_MEMBER_FROM = facts.join(documents, sa.and_(documents.c.id == facts.c.document_id, facts.c.rank.is_(None)),
                          isouter=True)


# The statements fusion runs for every block a transaction touches, built once with bound parameters
# (``ids``: an expanding IN list): building and keying a statement anew cost SQLAlchemy more CPU
# than SQLite took to run it.
_IDS = sa.bindparam("ids", expanding=True)
_BLOCK = sa.bindparam("blk")


@cache
def _stmt(name: str) -> Any:
    f, cf = facts.c, canonical_facts.c
    members = sa.select(*_MEMBER_COLUMNS).select_from(_MEMBER_FROM)
    if name == "block":
        return members.where(f.block == _BLOCK)
    if name == "block_from":
        return members.where(f.block == _BLOCK, f.rank >= sa.bindparam("start"))
    if name == "members_of":
        return members.where(f.canonical_id.in_(_IDS))
    if name == "of_documents":
        # the facts of some documents that are members of some canonical facts: by the index on
        # ``document_id`` (``+ 0`` keeps the planner off the one on ``canonical_id``, thousands of
        # rows for a large canonical fact), without decoding the data of the others
        return members.where(f.document_id.in_(_IDS), (f.canonical_id + 0).in_(sa.bindparam("cids", expanding=True)))
    if name == "curated_or_owners":
        # the condition written out as the partial index ``ix_canonical_facts_curated_block`` has it
        # (migration 0015), so the planner reads the block's curated facts only, not all of its facts
        return sa.select(*_CANON_COLUMNS).where(sa.or_(
            sa.and_(cf.block == _BLOCK, CURATED), cf.id.in_(_IDS)))
    if name == "canonicals":
        return sa.select(*_CANON_COLUMNS).where(cf.id.in_(_IDS))
    if name.startswith("prefix"):
        # the first fact of each (canonical fact, profile) ranked before ``before``, read in the same
        # statement that finds it (ranks are unique in a block: the rank is the fact's own)
        before = f.rank < sa.bindparam("before")
        if name == "prefix_window":
            # the canonical facts with a fact near the days (an index range on ``(block, day)``), and
            # the first facts of each of their profiles (``(block, canonical_id, …)``: their own facts)
            near = sa.union_all(
                sa.select(f.canonical_id).where(f.block == _BLOCK, f.day.between(sa.bindparam("day_from"),
                                                                                  sa.bindparam("day_to")), before),
                sa.select(f.canonical_id).where(f.block == _BLOCK, f.day.is_(None), before))
            firsts = sa.select(sa.func.min(f.rank)).where(f.block == _BLOCK, before, f.canonical_id.in_(near))
            return members.where(f.block == _BLOCK, f.rank.in_(firsts.group_by(f.canonical_id, f.profile)))
        return members.where(f.id.in_(_FIRSTS_BEFORE))
    if name.startswith("earlier"):
        # the facts of a block ranked before ``before`` that ``_note_earlier`` asks about,
        # found from a few documents (``facts.document_id``): ``|| ''`` keeps the planner off the
        # indexes that begin with the block, by which it read every earlier fact of the block (a
        # target block's grow with the base: 400 at 100,000 documents) to keep those of the documents
        of_block = sa.and_((f.block + "") == _BLOCK, f.rank < sa.bindparam("before"), f.canonical_id.is_not(None))
        if name == "earlier_in_stories":
            # by the index on ``documents.story_id`` (a story is a few documents), then on ``facts.document_id``
            in_docs = sa.select(documents.c.id).where(documents.c.story_id.in_(_IDS))
            return sa.select(f.canonical_id, f.story_id).distinct().where(
                f.document_id.in_(in_docs), of_block, f.story_id.in_(_IDS))
        if name == "earlier_of_documents":
            return sa.select(f.canonical_id, f.document_id, f.profile, f.story_id, f.rank).where(
                f.document_id.in_(_IDS), of_block)
        if name == "earlier_of_profile_story":
            return sa.select(f.id).where(
                f.block == _BLOCK, f.canonical_id == sa.bindparam("cid"), f.profile == sa.bindparam("prof"),
                f.rank < sa.bindparam("rank"), f.story_id.is_not_distinct_from(sa.bindparam("sid"))).limit(1)
        if name == "earlier_of_canonical":
            return members.where(f.block == _BLOCK, f.canonical_id == sa.bindparam("cid"),
                                 f.rank < sa.bindparam("before")).order_by(f.rank)
    if name == "new_canonical":
        return canonical_facts.insert().returning(cf.id, sort_by_parameter_order=True)
    if name == "move":
        return facts.update().where(f.id == sa.bindparam("fid")).values(canonical_id=sa.bindparam("cid"))
    if name == "place":
        return facts.update().where(f.id == sa.bindparam("fid")).values(canonical_id=sa.bindparam("cid"),
                                                                        profile=sa.bindparam("prof"))
    if name.startswith("dated"):
        date = f.data["date"].as_string()
        maybe = sa.or_(sa.func.length(date) == 10, f.data["period"][1].as_string().is_not(None))
        if name == "dated":
            return sa.select(f.data).where(f.canonical_id == sa.bindparam("cid"), maybe)
        # "dated_some": a few such members of each canonical fact of a list, in one statement
        nth = sa.func.row_number().over(partition_by=f.canonical_id, order_by=f.id).label("nth")
        some = sa.select(f.canonical_id, f.data, nth).where(f.canonical_id.in_(_IDS), maybe).subquery()
        return sa.select(some.c.canonical_id, some.c.data, some.c.nth).where(some.c.nth <= DATED_FEW)
    if name == "reported":
        kinds = [ft.name for ft in facttypes.all_types() if ft.fusion.occasion]
        return sa.select(f.document_id, f.canonical_id).where(f.document_id.in_(_IDS), f.type.in_(kinds),
                                                              f.canonical_id.is_not(None))
    if name == "event_blocks":
        kinds = [ft.name for ft in facttypes.all_types() if ft.fusion.event]
        return sa.select(f.block, sa.func.min(f.rank)).where(f.document_id.in_(_IDS), f.type.in_(kinds)).group_by(
            f.block)
    raise KeyError(name)


# The first fact of each (canonical fact, profile) of a block ranked before ``:before``, by a loose
# index scan of ``ix_facts_block_canonical_profile_rank`` (migration 0010): the (canonical fact,
# profile) pairs of the block are walked one index entry after another — the first entry of the
# next profile of the same canonical fact, else of the next canonical fact — and the entry the walk
# lands on is the pair's first fact (the index orders a pair's facts by rank). A step is one or two
# index look-ups whatever the number of facts of the pair (a region's head named in every other
# item is one pair with thousands), and each look-up is written once: SQLite runs a correlated
# subquery as often as it is written, and the walk once wrote the next profile three times, the
# next canonical fact four (seven look-ups a step; the pairs of a target block grow with the base,
# one per story). The ids are those of the facts themselves. Every placed fact has a profile
# (``_place`` writes it with the canonical fact); a fact without either is no pair's.
_PAIR_START = ("SELECT id, canonical_id, profile, rank FROM facts WHERE block = :blk AND canonical_id IS NOT NULL "
               "AND profile IS NOT NULL ORDER BY canonical_id, profile, rank LIMIT 1")
_NEXT_PAIR = (
    "(SELECT id FROM (SELECT id FROM facts WHERE block = :blk AND canonical_id = pairs.cid AND profile > pairs.prof "
    "ORDER BY profile, rank LIMIT 1) AS same_canonical "
    "UNION ALL SELECT id FROM (SELECT id FROM facts WHERE block = :blk AND canonical_id > pairs.cid "
    "AND profile IS NOT NULL ORDER BY canonical_id, profile, rank LIMIT 1) AS next_canonical LIMIT 1)")
_FIRSTS_BEFORE = sa.text(f"""
WITH RECURSIVE pairs(fid, cid, prof, first) AS (
    SELECT id, canonical_id, profile, rank FROM ({_PAIR_START}) AS first_pair
  UNION ALL
    SELECT f.id, f.canonical_id, f.profile, f.rank FROM pairs JOIN facts f ON f.id = {_NEXT_PAIR}
)
SELECT fid FROM pairs WHERE first < :before
""").columns(sa.column("fid", sa.Integer))


def _of_document(r: Any) -> tuple[date | None, str]:
    """A member row's document's publication day and text hash: from the fact's rank, else (no
    rank) as read from the document."""
    if r.rank is None:
        return r.published, r.content_hash
    head, chash, _ = r.rank.split("|", 2)
    return (date.fromisoformat(head[1:]) if head.startswith("0") else None), chash


def _member(r: Any) -> rules.Member:
    published, chash = _of_document(r)
    return rules.Member(r.id, r.data, r.document_id, r.story_id, published, content_hash=chash, idx=r.idx)


DATED_FEW = 4  # members of each canonical agreement ``_dated`` reads at first


def _dated(conn: Connection, cids: Iterable[int]) -> set[int]:
    """The canonical agreements some member of which dates fully (``rules.occasions_of``). The
    database picks the members that may (a date of ten characters, a second year of a period), the
    first ``DATED_FEW`` of each canonical fact in one statement for all of them; the first that
    does settles it, so a canonical fact reported a thousand times costs a few rows. Only one all
    of whose first few fail the check (the database's test is wider than it) is read further."""
    out: set[int] = set()
    seen: Counter[int] = Counter()
    for chunk in _chunks(cids):
        for cid, data, _ in conn.execute(_stmt("dated_some"), {"ids": chunk}):
            seen[cid] += 1
            if cid not in out and rules.occasions_of([data]):
                out.add(cid)
    for cid in sorted(c for c, n in seen.items() if n >= DATED_FEW and c not in out):
        for data in conn.execute(_stmt("dated"), {"cid": cid}).scalars():
            if rules.occasions_of([data]):
                out.add(cid)
                break
    return out


def _occasions(conn: Connection, doc_ids: Iterable[int]) -> dict[int, set[str]]:
    """The occasions each document reports (``rules.occasions_of``): the canonical agreements it
    reports that some source dates fully (a day, or a whole period)."""
    reported: dict[int, set[int]] = defaultdict(set)
    for chunk in _chunks(doc_ids):
        for doc, cid in conn.execute(_stmt("reported"), {"ids": chunk}):
            reported[doc].add(cid)
    dated = _dated(conn, {c for cs in reported.values() for c in cs})
    return {doc: {f"a{c}" for c in cids if c in dated} for doc, cids in reported.items()}


FULL = ""  # ``since`` for a block partitioned anew from its first fact


def refuse(conn: Connection, blocks: Iterable[str], changed_docs: Iterable[int] = (),
           canonicals: Iterable[int] = (), since: dict[str, str] | None = None) -> set[int]:
    """Partition the given blocks anew and recompute the canonical facts whose members changed
    (or whose members' documents are ``changed_docs``: new, or moved to another story), and the
    given ``canonicals``. Returns the canonical facts touched.

    ``since``: for each block, the rank of the first fact that came or left; the block is then
    partitioned anew from there on (and from the first fact of ``changed_docs``). The partition is
    a greedy pass in rank order (``rules.partition``), so the facts before that point keep their
    canonical facts: the work depends on the facts that changed and on those after them, not on
    the block's size. Without ``since``, every block is partitioned anew from its first fact."""
    changed = set(changed_docs)
    touched: set[int] = set(canonicals)
    grown: dict[int, list[rules.Member]] = defaultdict(list)
    # event block → the rank of its first fact that documents whose occasions changed state
    occasions_changed: dict[str, str] = {}
    occasions_pending: set[str] = set()
    # agreements first: the events of their documents fuse by the occasions they pin down
    pending = sorted(set(blocks), key=lambda b: (not rules.pins_occasion(_type(b)), b), reverse=True)
    done: set[str] = set()
    # Where the facts of the blocks go is written for many blocks at once: a block's partition reads
    # only its own facts' canonical facts (a fact joins only canonical facts of its block), except
    # an event block's, which reads the agreements its documents report — written before it.
    placements: list[dict[str, Any]] = []
    while pending:
        blk = pending.pop()
        if blk in done:
            continue
        done.add(blk)
        if rules.is_event(_type(blk)):
            _write_placements(conn, placements)
        start = FULL if since is None else since.get(blk)
        got, gained, docs = _refuse_block(conn, blk, changed, start, occasions_changed.pop(blk, None), placements)
        touched |= got
        for cid, ms in gained.items():
            grown[cid] += ms
        if rules.pins_occasion(_type(blk)) and docs:
            for eb, first in _event_blocks(conn, docs).items():
                occasions_changed[eb] = min(occasions_changed.get(eb, first), first)
                if eb not in done and eb not in occasions_pending:
                    occasions_pending.add(eb)
                    pending.insert(0, eb)  # after every agreement block (they come first, events last)
    _write_placements(conn, placements)
    recompute(conn, touched)
    grow(conn, {cid: ms for cid, ms in grown.items() if cid not in touched})
    return touched | set(grown)


def _type(blk: str) -> str:
    return blk.split("|", 1)[0]


def _event_blocks(conn: Connection, doc_ids: set[int]) -> dict[str, str]:
    """The event blocks the documents have facts in, each with the rank of the first of them."""
    out: dict[str, str] = {}
    for chunk in _chunks(doc_ids):
        for blk, first in conn.execute(_stmt("event_blocks"), {"ids": chunk}):
            first = first or FULL  # no rank (a fact stored before revision 0005): the whole block
            out[blk] = min(out.get(blk, first), first)
    return out


_CANON_COLUMNS = (canonical_facts.c.id, canonical_facts.c.block, canonical_facts.c.data, canonical_facts.c.corrected,
                  canonical_facts.c.status)


def _prefix_refs(conn: Connection, blk: str, before: str, window: tuple[date, date] | None) -> dict[int, list[Any]]:
    """The canonical facts of the block's facts ranked before ``before``, each with its first fact
    of every profile (what the partition compares a new fact with: ``rules.Cluster.refs``). With a
    ``window`` (the days of the facts to place, widened by the type's ``Fusion.reach``): only the
    canonical facts with a fact on those days or without a day — no other can accept them, since a
    fact is compatible only with facts whose day is at most ``reach`` days from its own (events:
    ``rules.same_days``; agreements: equal full dates)."""
    if window is None:
        rows = conn.execute(_stmt("prefix"), {"blk": blk, "before": before})
    else:
        rows = conn.execute(_stmt("prefix_window"), {"blk": blk, "before": before, "day_from": window[0],
                                                     "day_to": window[1]})
    out: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        out[r.canonical_id].append(r)
    for refs in out.values():
        refs.sort(key=lambda r: r.rank)
    return out


def _refuse_block(conn: Connection, blk: str, changed_docs: set[int], since: str | None,
                  replay_from: str | None = None, placements: list[dict[str, Any]] | None = None,
                  ) -> tuple[set[int], dict[int, list[rules.Member]], set[int]]:
    """Partition one block anew from ``since`` (``FULL``: from its first fact; None: not at all),
    or from ``replay_from`` if that is earlier: the first fact of the documents whose occasions
    changed (``refuse``). The facts of ``changed_docs`` (new, or moved to another story) are counted
    in ``since``: their blocks are all in it (``Touched``). Returns the canonical facts to
    recompute, those that only gained members (with the members gained), and the documents whose
    facts changed canonical fact (for the occasions of their events)."""
    start = since
    if start != FULL and replay_from is not None and (start is None or replay_from < start):
        start = replay_from
    if start is None:
        return set(), {}, set()
    rows = (conn.execute(_stmt("block_from"), {"blk": blk, "start": start}) if start
            else conn.execute(_stmt("block"), {"blk": blk})).all()
    window = None
    days = [rules.reach_day(r.data, _of_document(r)[0]) for r in rows]
    if rules.reach(_type(blk)) is not None and days and None not in days:
        reach = timedelta(days=rules.reach(_type(blk)))
        window = (min(days) - reach, max(days) + reach)
    prefix = _prefix_refs(conn, blk, start, window) if start and rows else {}
    # the block's curated canonical facts and those its facts belong to, in one statement
    owners = list(_chunks(({r.canonical_id for r in rows} | set(prefix)) - {None})) or [[]]
    canon = {r.id: r for r in conn.execute(_stmt("curated_or_owners"), {"blk": blk, "ids": owners[0]})}
    for chunk in owners[1:]:
        canon.update({r.id: r for r in conn.execute(_stmt("canonicals"), {"ids": chunk})})
    seeds_ids = sorted(i for i, r in canon.items() if r.block == blk and curated(r))
    if not rows and not seeds_ids:
        return set(), {}, set()
    pinned_ids = {i for i, r in canon.items() if curated(r)}
    # every member of this block's curated facts (before and after ``start``, and read elsewhere)
    seeded = []
    for chunk in _chunks(seeds_ids):
        seeded += conn.execute(_stmt("members_of"), {"ids": chunk}).all()
    every = {r.id: r for r in [*rows, *seeded]}
    refs = [r for cid, rs in prefix.items() if cid not in pinned_ids for r in rs]
    occasions = (_occasions(conn, {r.document_id for r in [*every.values(), *refs]})
                 if rules.is_event(_type(blk)) else {})
    members = {}
    for r in [*every.values(), *refs]:
        m = _member(r)
        m.occasions = occasions.get(r.document_id, set())
        members[r.id] = m
    old = {i: r.canonical_id for i, r in every.items()}
    clusters_before = []
    for cid in seeds_ids:
        row = canon[cid]
        asserted = rules.Member(0, effective(row.data, row.corrected))
        clusters_before.append(rules.Cluster(cid, [members[i] for i, c in old.items() if c == cid], pinned=True,
                                             asserted=asserted))
    # the canonical facts formed before ``start``, in the order the greedy pass formed them
    kept = sorted((cid for cid in prefix if cid not in pinned_ids), key=lambda c: prefix[c][0].rank)
    ref_ids = {r.id for r in refs}
    clusters_before += [rules.Cluster(cid, [members[r.id] for r in prefix[cid]]) for cid in kept]
    free = [members[r.id] for r in rows if r.canonical_id not in pinned_ids]
    if _story_evidence(blk) and kept:
        _note_earlier(conn, blk, start, clusters_before[-len(kept):], free)
    clusters = rules.partition(free, clusters_before)

    # a new cluster keeps the canonical fact that held most of its members
    taken = set(seeds_ids) | set(kept)
    for c in clusters:
        if c.id is not None:
            continue
        votes = Counter(old[m.fact_id] for m in c.members
                        if old[m.fact_id] in canon and canon[old[m.fact_id]].block == blk
                        and old[m.fact_id] not in taken and old[m.fact_id] not in pinned_ids)
        if votes:
            c.id = min(votes, key=lambda k: (-votes[k], k))
            taken.add(c.id)
    now = datetime.now(UTC)
    touched: set[int] = set()
    gained: dict[int, list[rules.Member]] = {}
    docs: set[int] = set()
    moves: list[dict[str, int]] = []  # facts to a new canonical fact not yet written (``_dates_flip`` reads them)
    moved_to: dict[int, int] = {}  # every fact that changed canonical fact: its new one
    placed = {m.fact_id: c.id for c in clusters for m in c.members if m.fact_id not in ref_ids}
    left = {c for i, c in old.items() if c is not None and placed.get(i, c) != c}  # lost a member
    occasion_block = rules.pins_occasion(_type(blk))
    fresh = _insert_canonicals(conn, blk, [c for c in clusters if c.id is None], now)
    for c in clusters:
        new = c.id in fresh
        joined = [m for m in c.members if m.fact_id not in ref_ids]
        moved = [m.fact_id for m in joined if old[m.fact_id] != c.id]
        changes.noted(conn).documents.update(m.document_id for m in joined if old[m.fact_id] != c.id)
        moves += [{"fid": i, "cid": c.id} for i in moved]
        moved_to.update((i, c.id) for i in moved)
        restated = any(m.document_id in changed_docs and old[m.fact_id] == c.id for m in joined)
        if not (new or moved or restated or c.id in left):
            continue
        if c.id in kept and not restated and c.id not in left:
            gained[c.id] = [members[i] for i in moved]  # only gained members: see ``grow``
        else:
            touched.add(c.id)
        touched |= {old[i] for i in moved if old[i] is not None}
        docs |= {m.document_id for m in joined}
        if occasion_block and c.id in kept and _dates_flip(c, prefix[c.id], old, members):
            _move(conn, moves)  # the query below reads the facts where they now are
            docs |= set(conn.execute(sa.select(facts.c.document_id).where(facts.c.canonical_id == c.id)).scalars())
    # canonical facts that kept no member (recompute deletes them unless curated)
    lost = {c for c in left if c in canon and canon[c].block == blk and c not in taken}
    touched |= left
    docs |= {r.document_id for i, r in every.items() if old[i] in lost}
    _place(conn, rows, every, members, old, moved_to, placements)
    return touched, gained, docs


def _story_evidence(blk: str) -> bool:
    f = rules.fusion(_type(blk))
    return f is not None and f.story_evidence


def _note_earlier(conn: Connection, blk: str, before: str, clusters: list[rules.Cluster],
                  free: list[rules.Member]) -> None:
    """For the canonical facts formed before ``before`` in a block whose story is evidence only
    (``rules.Cluster``: each given its first fact of each profile): which of the stories of the facts
    to place their earlier facts are in, which of those facts' documents hold an earlier fact that
    is the first of its profile and story, and how to read all such first facts when the partition
    needs them. Found from the stories and documents of the facts to place (a handful), not from the
    canonical facts' members (a target's are as many as its reports, one story each)."""
    by_id = {c.id: c for c in clusters}
    stories: dict[int, set[int]] = defaultdict(set)
    docs: dict[int, set[int]] = defaultdict(set)
    to_place = sorted({m.story_id for m in free if m.story_id is not None})
    for chunk in _chunks(to_place):
        for cid, sid in conn.execute(_stmt("earlier_in_stories"), {"blk": blk, "before": before, "ids": chunk}):
            stories[cid].add(sid)
    for chunk in _chunks({m.document_id for m in free}):
        # a document with facts on both sides of ``before`` (two documents of one day and text hash)
        for r in conn.execute(_stmt("earlier_of_documents"), {"blk": blk, "before": before, "ids": chunk}):
            if r.canonical_id in by_id and conn.execute(_stmt("earlier_of_profile_story"), {
                    "blk": blk, "cid": r.canonical_id, "prof": r.profile, "sid": r.story_id, "rank": r.rank,
            }).first() is None:
                docs[r.canonical_id].add(r.document_id)
    for cid, c in by_id.items():
        c.note_earlier(stories.get(cid, ()), docs.get(cid, ()))
        c.more = _firsts_by_story_reader(conn, blk, cid, before)


def _firsts_by_story_reader(conn: Connection, blk: str, cid: int, before: str) -> Any:
    def read() -> list[rules.Member]:
        """The canonical fact's first fact of each profile and story ranked before ``before``, in rank
        order: all its facts before are read (only when two clusters accept a fact)."""
        out: dict[tuple[str | None, int | None], rules.Member] = {}
        for r in conn.execute(_stmt("earlier_of_canonical"), {"blk": blk, "cid": cid, "before": before}):
            out.setdefault((r.profile, r.story_id), _member(r))
        return list(out.values())
    return read


def _insert_canonicals(conn: Connection, blk: str, clusters: list[rules.Cluster], now: datetime) -> set[int]:
    """A canonical fact for each new cluster, all in one statement; returns their ids (set on the
    clusters too). Its fused fields are its first member's until ``recompute``."""
    if not clusters:
        return set()
    firsts = [min(c.members, key=rules.order).data for c in clusters]
    rows = [{"type": d["type"], "block": blk, "key": rules.key(d), "day": None, "data": d, "ctx": {}, "status": "auto",
             "updated_at": now} for d in firsts]
    ids = conn.execute(_stmt("new_canonical"), rows).scalars().all()
    for c, cid in zip(clusters, ids, strict=True):
        c.id = cid
    return set(ids)


def _move(conn: Connection, moves: list[dict[str, int]]) -> None:
    """Facts to their new canonical facts (``{"fid", "cid"}``), in one statement; ``moves`` emptied."""
    if moves:
        conn.execute(_stmt("move"), moves)
        moves.clear()


def _dates_flip(c: rules.Cluster, prefix: list[Any], old: dict[int, int | None],
                members: dict[int, rules.Member]) -> bool:
    """Whether a canonical agreement formed before the replayed facts went from undated to dated or
    back (the occasions of all its documents change). Its first fact of each profile stands for the
    facts before: an agreement's profile holds its date and period (``facttypes.agreement``)."""
    before_refs = [r.data for r in prefix]
    was = rules.occasions_of(before_refs + [m.data for i, m in members.items() if old.get(i) == c.id])
    now = rules.occasions_of(before_refs + [m.data for m in c.members])
    return bool(was) != bool(now)


def _place(conn: Connection, rows: list[Any], every: dict[int, Any], members: dict[int, rules.Member],
           old: dict[int, int | None], moved_to: dict[int, int], placements: list[dict[str, Any]] | None) -> None:
    """Each fact's canonical fact where it changed, and each replayed fact's profile where it
    changed (its story, occasions or data did): in one statement, or added to ``placements`` to be
    written with other blocks' (``_write_placements``)."""
    profiles = {r.id: key for r in rows if (key := rules.profile_key(members[r.id])) != r.profile}
    params = [{"fid": i, "cid": moved_to.get(i, old[i]), "prof": profiles.get(i, every[i].profile)}
              for i in sorted(set(profiles) | set(moved_to))]
    if placements is not None:
        placements += params
    elif params:
        conn.execute(_stmt("place"), params)


def _write_placements(conn: Connection, placements: list[dict[str, Any]]) -> None:
    """The placements of several blocks in one statement; ``placements`` emptied."""
    if placements:
        conn.execute(_stmt("place"), placements)
        placements.clear()


def members_of(conn: Connection, canonical_id: int) -> list[rules.Member]:
    rows = conn.execute(sa.select(*_MEMBER_COLUMNS).select_from(_MEMBER_FROM)
                        .where(facts.c.canonical_id == canonical_id)).all()
    return sorted((_member(r) for r in rows), key=rules.order)


def recompute(conn: Connection, ids: Iterable[int]) -> None:
    """Refresh fused data, conflicts, counts, sides and people of the given canonical facts;
    delete those left without members unless a curator touched them. In chunks: a few statements
    for many canonical facts."""
    ids = sorted(set(ids))
    changes.note_canonicals(conn, ids)  # as they were: the pages that showed them
    for chunk in _chunks(ids):
        _recompute(conn, chunk)
    _relink_moved_people(conn)
    changes.note_canonicals(conn, ids)  # as they are now


def _recompute(conn: Connection, chunk: list[int]) -> None:
    now = datetime.now(UTC)
    cf = canonical_facts.c
    rows = {r.id: r for r in conn.execute(sa.select(canonical_facts).where(cf.id.in_(chunk)))}
    by: dict[int, list[rules.Member]] = defaultdict(list)
    for r in conn.execute(_stmt("members_of"), {"ids": chunk}):
        by[r.canonical_id].append(_member(r))
    gone = [cid for cid, row in rows.items() if not by.get(cid) and not curated(row)]
    if gone:
        conn.execute(canonical_facts.delete().where(cf.id.in_(gone)))
    live = sorted(set(rows) - set(gone))
    if not live:
        return
    conn.execute(conflicts.delete().where(conflicts.c.canonical_id.in_(live)))
    conn.execute(canonical_sides.delete().where(canonical_sides.c.canonical_id.in_(live)))
    conn.execute(canonical_people.delete().where(canonical_people.c.canonical_id.in_(live)))
    found_rows, updates, side_rows, people_rows = [], [], [], set()
    stories: dict[int, set[int]] = {}
    for cid in live:
        row = rows[cid]
        members = sorted(by.get(cid, []), key=rules.order)
        data, found = merge.fuse(members) if members else (row.data, [])
        corrected = row.corrected or {}
        found_rows += [{"canonical_id": cid, "field": c.field, "label": c.label, "values": c.values} for c in found]
        eff = effective(data, corrected)
        stories[cid] = {m.story_id for m in members if m.story_id is not None}
        ctx = day_span({}, [m.day for m in members if m.day])
        if (tally := _tally(row, members)) is not None:
            ctx["grow"] = tally
        n_docs = len({m.document_id for m in members})
        updates.append({"cid": cid, "v_data": data, "v_ctx": ctx, "v_day": rules.canonical_day(eff, members),
                        "v_key": rules.key(eff), "v_docs": n_docs,
                        "v_sources": len({m.story_id if m.story_id is not None else -m.document_id for m in members}),
                        "v_conflicts": sum(1 for c in found if c.field not in corrected), "v_n": n_docs})
        side_rows += [{"canonical_id": cid, "place_id": p, "role": r} for p, r in rules.sides(eff)]
        people_rows |= _people_named(conn, cid, eff, members)
        for org in rules.orgs_named(eff):
            entities.resolve_org(conn, org)
    if found_rows:
        conn.execute(conflicts.insert(), found_rows)
    _update_canonicals(conn, rows, updates, now)
    _sync_stories(conn, stories)
    if side_rows:
        entities.ensure_places(conn, {r["place_id"] for r in side_rows})
        conn.execute(canonical_sides.insert(), side_rows)
    if people_rows:
        conn.execute(canonical_people.insert(), [{"canonical_id": c, "person_id": p, "field": f}
                                                 for c, p, f in sorted(people_rows)])


# Every canonical fact recomputed or grown is written again, but its ``key`` and ``day`` — columns of
# three indexes (``ix_canonical_facts_block_key``, ``_block_day``, ``_type_day``) — seldom change. SQLite
# rewrites an index entry whenever its column is set, to the same value too, and so dirtied a page of
# each of those indexes for most facts a transaction touched (4.7 of 59 pages written per document on a
# base of 20,000, a share that grew with the base: 1.6 of 37 on 1,000). Facts whose key and day stay
# are written without them: the same row.
_FUSED = dict(data=sa.bindparam("v_data"), ctx=sa.bindparam("v_ctx"), n_documents=sa.bindparam("v_docs"),
              n_sources=sa.bindparam("v_sources"), n_conflicts=sa.bindparam("v_conflicts"),
              fused_n=sa.bindparam("v_n"))


def _update_canonicals(conn: Connection, rows: dict[int, Any], updates: list[dict[str, Any]], now: datetime) -> None:
    """The fused fields of canonical facts written (``updates``: ``cid``, ``v_data``, ``v_ctx``, ``v_day``,
    ``v_key``, ``v_docs``, ``v_sources``, ``v_conflicts``, ``v_n``; ``rows``: the rows as read before),
    ``key`` and ``day`` only where they changed."""
    cf = canonical_facts.c
    kept = [u for u in updates if rows[u["cid"]].key == u["v_key"] and rows[u["cid"]].day == u["v_day"]]
    changed = [u for u in updates if not (rows[u["cid"]].key == u["v_key"] and rows[u["cid"]].day == u["v_day"])]
    if kept:
        conn.execute(canonical_facts.update().where(cf.id == sa.bindparam("cid")).values(**_FUSED, updated_at=now),
                     kept)
    if changed:
        conn.execute(canonical_facts.update().where(cf.id == sa.bindparam("cid")).values(
            **_FUSED, key=sa.bindparam("v_key"), day=sa.bindparam("v_day"), updated_at=now), changed)


def day_span(ctx: dict[str, Any], days: Iterable[date]) -> dict[str, Any]:
    """``ctx`` with the first and last day of a canonical fact's members widened by ``days`` (what
    the person page shows of a position: first and last reported)."""
    span = sorted({d.isoformat() for d in days} | {ctx[k] for k in ("first_day", "last_day") if ctx.get(k)})
    out = {k: v for k, v in ctx.items() if k not in ("first_day", "last_day", "days", "stories")}
    if span:
        out.update(first_day=span[0], last_day=span[-1])
    return out


def _sync_stories(conn: Connection, stories: dict[int, set[int]]) -> None:
    """The ``canonical_stories`` rows of the given canonical facts made the given sets: only the
    rows that differ are deleted or inserted (a large fact recomputed keeps its thousands of rows)."""
    have: dict[int, set[int]] = defaultdict(set)
    for chunk in _chunks(stories):
        for cid, sid in conn.execute(sa.select(canonical_stories.c.canonical_id, canonical_stories.c.story_id)
                                     .where(canonical_stories.c.canonical_id.in_(chunk))):
            have[cid].add(sid)
    gone = [{"cid": cid, "sid": sid} for cid in sorted(stories) for sid in sorted(have[cid] - stories[cid])]
    new = [{"canonical_id": cid, "story_id": sid} for cid in sorted(stories) for sid in sorted(stories[cid] - have[cid])]
    if gone:
        conn.execute(canonical_stories.delete().where(canonical_stories.c.canonical_id == sa.bindparam("cid"),
                                                      canonical_stories.c.story_id == sa.bindparam("sid")), gone)
    if new:
        conn.execute(canonical_stories.insert(), new)


def _people_named(conn: Connection, cid: int, data: dict[str, Any], members: list[rules.Member]) -> set[tuple]:
    """(canonical id, person id, field) of the people the fact as asserted names, and of those any
    source names (so a spelling one source got wrong is a person a curator can see and merge)."""
    named = dict.fromkeys(rules.people_named(data) + [x for m in members for x in rules.people_named(m.data)])
    return {(cid, entities.resolve_person(conn, n), f) for n, f in named}


# A canonical fact of at least ``GROW_FROM`` members that only gains members (the head of a region
# named in every other item) has its counts, stories, days and people brought up to date at once
# (``grow``). Its fused fields — and its conflicts, for a type that has them (``Fusion.disputes``) — are
# carried forward by its type (``Fusion.extend``: posts, links, trade figures, targets) when the new
# members come after all it had, which in a stream in publication order is always; else they are
# recomputed from all its members only when it has grown by ``REFRESH_GROWTH`` since they last were:
# the work per new member stays the same however large it grows. ``settle`` recomputes the rest —
# ``fused_n``, the documents they were computed from, short of ``n_documents`` — at the end of every
# ingest, so what a finished run leaves is what fusing every member at once gives.
GROW_FROM = 16
REFRESH_GROWTH = 1.125


def grow(conn: Connection, gained: dict[int, list[rules.Member]]) -> None:
    """Canonical facts that only gained the given members (``refuse``): their counts, stories, days
    and people brought up to date from the new members and the earlier members of the new members'
    stories (``_near``), not from all their members; their fused fields carried forward where the
    type can do that exactly (``_extend``), else recomputed when they have grown by
    ``REFRESH_GROWTH`` (``settle`` recomputes the rest at the end of the ingest)."""
    full: list[int] = []
    now = datetime.now(UTC)
    changes.note_canonicals(conn, sorted(gained))  # their counts change on the pages that show them
    rows = {r.id: r for chunk in _chunks(gained)
            for r in conn.execute(sa.select(canonical_facts).where(canonical_facts.c.id.in_(chunk)))}
    grown: dict[int, list[rules.Member]] = {}
    for cid in sorted(gained):
        row = rows.get(cid)
        if row is None:
            continue
        if curated(row) or row.n_documents + len(gained[cid]) < GROW_FROM or not row.fused_n:
            full.append(cid)
        else:
            grown[cid] = sorted(gained[cid], key=rules.order)
    near = _near(conn, grown)
    updates, new_stories = [], []
    disputed: dict[int, list[merge.Conflict]] = {}  # the conflicts of those carried forward with theirs
    for cid, new in grown.items():
        row, new_ids = rows[cid], {m.fact_id for m in new}
        old = [m for m in near.get(cid, []) if m.fact_id not in new_ids]
        old_docs = {m.document_id for m in old}
        n_docs = row.n_documents + len({m.document_id for m in new} - old_docs)
        extended = _extend(row, new, old) if _extendable(row, new) else None
        if extended is None and n_docs > row.fused_n * REFRESH_GROWTH:
            full.append(cid)
            continue
        data, ctx, found = extended or (row.data, row.ctx or {}, None)
        n_conflicts = row.n_conflicts
        if found is not None:
            disputed[cid] = found
            n_conflicts = sum(1 for c in found if c.field not in (row.corrected or {}))
        eff = effective(data, row.corrected)
        fresh = {m.story_id for m in new if m.story_id is not None} - {m.story_id for m in old}
        storyless = {m.document_id for m in new if m.story_id is None} - old_docs  # a source each
        new_stories += [{"canonical_id": cid, "story_id": s} for s in sorted(fresh)]
        day = rules.canonical_day(eff, new)
        if rules.canonical_day(eff, []) is None and row.day is not None and (day is None or row.day < day):
            day = row.day  # the day is the earliest member's publication: the earlier stays
        updates.append({"cid": cid, "v_data": data, "v_ctx": day_span(ctx, [m.day for m in new if m.day]),
                        "v_day": day, "v_key": rules.key(eff), "v_docs": n_docs,
                        "v_sources": row.n_sources + len(fresh) + len(storyless), "v_conflicts": n_conflicts,
                        "v_n": n_docs if extended else row.fused_n})
        _add_people_links(conn, cid, new)
    _update_canonicals(conn, rows, updates, now)
    if disputed:  # as ``recompute`` writes them
        conn.execute(conflicts.delete().where(conflicts.c.canonical_id.in_(sorted(disputed))))
        rows_found = [{"canonical_id": cid, "field": c.field, "label": c.label, "values": c.values}
                      for cid in sorted(disputed) for c in disputed[cid]]
        if rows_found:
            conn.execute(conflicts.insert(), rows_found)
    if new_stories:
        conn.execute(canonical_stories.insert(), new_stories)
    recompute(conn, full)
    _relink_moved_people(conn)
    changes.note_canonicals(conn, sorted(gained))  # as they are now


def _near(conn: Connection, gained: dict[int, list[rules.Member]]) -> dict[int, list[rules.Member]]:
    """For each canonical fact, its members in the stories or documents of the given members (them
    too): the documents of those stories, then their facts — by the indexes on
    ``documents.story_id`` and ``facts.document_id``, so the work follows the size of the stories,
    not of the canonical fact."""
    stories = sorted({m.story_id for ms in gained.values() for m in ms if m.story_id is not None})
    docs = {m.document_id for ms in gained.values() for m in ms}
    for chunk in _chunks(stories):
        docs |= set(conn.execute(sa.select(documents.c.id).where(documents.c.story_id.in_(chunk))).scalars())
    out: dict[int, list[rules.Member]] = defaultdict(list)
    for chunk in _chunks(docs):
        for r in conn.execute(_stmt("of_documents"), {"ids": chunk, "cids": sorted(gained)}):
            out[r.canonical_id].append(_member(r))
    return out


# A type that carries its fused fields forward (``Fusion.extend``) keeps in ``ctx["grow"]`` the tally
# of its members ranked before a checkpoint — the first rank of the day ``CHECKPOINT_DAYS`` before
# its last member's — the checkpoint, and the members since (``tail``: each with the data of the
# members before the checkpoint in its story, what the type's ``near`` asks). Within a day, members
# are ranked by their documents' hashes, so a new member often ranks before the last one of its day,
# and a reprint of an item of the last days is published days after others: the tail and the new
# members are put in order, those now before the new checkpoint folded into the tally, the rest
# folded on to give the fused data — a week's members, kept in ``ctx``, none read again. Exact: the
# members before the checkpoint come first in fusion's order whatever arrives later on or after its
# day; a member older than that is no case for carrying forward (the fact is recomputed in time).
CHECKPOINT_DAYS = 7


def _checkpoint(m: rules.Member) -> str | None:
    """The first rank of the day ``CHECKPOINT_DAYS`` before the member's publication (None:
    undated, ranked after every day)."""
    return rules.rank(m.published - timedelta(days=CHECKPOINT_DAYS), "", 0).split("|", 1)[0] + "|" \
        if m.published else None


def _extendable(row: Any, new: list[rules.Member]) -> bool:
    f = rules.fusion(row.type)
    state = (row.ctx or {}).get("grow")
    return (f is not None and f.extend is not None and bool(state) and row.fused_n == row.n_documents
            and min(_rank(m) for m in new) >= state["since"])


# a member of the tail: [rank, fact id, document id, story id, data, [data of the members before the
# checkpoint in its story]]
def _entry(m: rules.Member, near: list[dict[str, Any]]) -> list[Any]:
    return [_rank(m), m.fact_id, m.document_id, m.story_id, m.data, near]


def _of_entry(e: list[Any]) -> rules.Member:
    return rules.Member(e[1], e[4], e[2], e[3])


def _near_of(entries: list[list[Any]]) -> list[rules.Member]:
    return [rules.Member(0, d, story_id=e[3]) for e in entries for d in e[5]]


def _carry(f: Any, out: dict[str, Any], tally: dict[str, Any], since: str, entries: list[list[Any]],
           ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]] | None:
    """``entries`` (the tail and new members, in order) folded on from the tally at ``since``: the
    fused data, the new ``ctx["grow"]`` and the tally of all the members, or None."""
    cut = _checkpoint(_of_entry_dated(entries[-1]))
    if cut is None:
        return None
    crossing = [e for e in entries if e[0] < cut]
    rest = entries[len(crossing):]
    if crossing:
        got = f.extend(out, tally, [_of_entry(e) for e in crossing], _near_of(crossing))
        if got is None:
            return None
        out, tally = got
        for e in rest:  # the members now before the checkpoint, in its story
            e[5] = e[5] + [c[4] for c in crossing if c[3] is not None and c[3] == e[3]]
    else:
        cut = since
    got = f.extend(out, tally, [_of_entry(e) for e in rest], _near_of(rest))
    if got is None:
        return None
    return got[0], {"tally": tally, "since": cut, "tail": rest}, got[1]


def _of_entry_dated(e: list[Any]) -> rules.Member:
    """A tail member with its publication day (from its rank: what ``_checkpoint`` needs)."""
    head = e[0].split("|", 1)[0]
    return rules.Member(e[1], e[4], published=date.fromisoformat(head[1:]) if head.startswith("0") else None)


def _extend(row: Any, new: list[rules.Member], old: list[rules.Member],
            ) -> tuple[dict, dict, list[merge.Conflict] | None] | None:
    """The fused data, ``ctx`` and conflicts (None: the type has none where it carries forward) of a
    canonical fact carried forward by its type's ``Fusion.extend`` from the tally at its checkpoint,
    through its tail and the ``new`` members in fusion's order (``old``: its earlier members in the
    new members' stories), or None: recomputed from all members in time. Exactly what ``recompute``
    would write: sides and organisations are checked here, the fields and conflicts by the type
    (``tests/kb/test_fusion_growth.py`` compares the two)."""
    f = rules.fusion(row.type)
    state = row.ctx["grow"]
    since = state["since"]
    fresh = [_entry(m, [o.data for o in old if m.story_id is not None and o.story_id == m.story_id
                        and _rank(o) < since]) for m in new]
    entries = sorted([list(e) for e in state["tail"]] + fresh, key=lambda e: e[0])
    got = _carry(f, row.data, state["tally"], since, entries)
    if got is None:
        return None
    data, carried, tally = got
    if rules.sides(data) != rules.sides(row.data) or rules.orgs_named(data) != rules.orgs_named(row.data):
        return None
    return data, {**row.ctx, "grow": carried}, f.disputes(tally) if f.disputes is not None else None


def _rank(m: rules.Member) -> str:
    return rules.rank(m.published, m.content_hash, m.idx)


def _tally(row: Any, members: list[rules.Member]) -> dict[str, Any] | None:
    """What ``_extend`` carries forward from, for a canonical fact large enough to grow (members
    sorted in fusion's order): the tally of its members before the day of its last member, and that
    day's first rank; None when its type cannot."""
    f = rules.fusion(row.type)
    if f is None or f.tally is None or len(members) < GROW_FROM or curated(row):
        return None
    cut = _checkpoint(members[-1])
    before = [m for m in members if cut is not None and _rank(m) < cut]
    tally = f.tally(before) if before else None
    if tally is None:
        return None
    tail = [_entry(m, [b.data for b in before if m.story_id is not None and b.story_id == m.story_id])
            for m in members[len(before):]]
    return {"tally": tally, "since": cut, "tail": tail}


def _add_people_links(conn: Connection, cid: int, new: list[rules.Member]) -> None:
    """The people the new members name, linked to the canonical fact if they are not yet."""
    links = {(entities.resolve_person(conn, n), f) for m in new for n, f in rules.people_named(m.data)}
    if not links:
        return
    have = {tuple(row) for row in conn.execute(sa.select(canonical_people.c.person_id, canonical_people.c.field)
                                               .where(canonical_people.c.canonical_id == cid))}
    if links - have:
        conn.execute(canonical_people.insert(), [{"canonical_id": cid, "person_id": p, "field": f}
                                                 for p, f in sorted(links - have)])


def lagging(conn: Connection) -> list[int]:
    """Canonical facts whose fused fields were computed from fewer members than they have (``grow``)."""
    cf = canonical_facts.c
    return list(conn.execute(sa.select(cf.id).where(sa.or_(cf.fused_n.is_(None), cf.fused_n != cf.n_documents))
                             .order_by(cf.id)).scalars())


def settle(kb: Any, chunk: int = 200) -> int:
    """Recompute every lagging canonical fact (end of an ingest), in short transactions."""
    done = 0
    while True:
        with kb.write() as conn:
            ids = lagging(conn)[:chunk]
            if not ids:
                return done
            recompute(conn, ids)
            done += len(ids)


def _relink_moved_people(conn: Connection) -> None:
    """A new spelling may have moved others to another person (``entities.people_of``): the
    canonical facts naming the people concerned are linked anew."""
    done: set[int] = set()
    while moved := entities.take_moved(conn):
        ids = set(conn.execute(sa.select(canonical_people.c.canonical_id)
                               .where(canonical_people.c.person_id.in_(sorted(moved)))).scalars()) - done
        for cid in sorted(ids):
            row = conn.execute(sa.select(canonical_facts.c.data, canonical_facts.c.corrected)
                               .where(canonical_facts.c.id == cid)).first()
            _people_links(conn, cid, effective(row.data, row.corrected), members_of(conn, cid))
        done |= ids
        entities.drop_unused_people(conn, moved)


def _people_links(conn: Connection, cid: int, data: dict[str, Any], members: list[rules.Member]) -> None:
    named = dict.fromkeys(rules.people_named(data) + [x for m in members for x in rules.people_named(m.data)])
    links = {(entities.resolve_person(conn, n), f) for n, f in named}
    conn.execute(canonical_people.delete().where(canonical_people.c.canonical_id == cid))
    if links:
        conn.execute(canonical_people.insert(), [{"canonical_id": cid, "person_id": p, "field": f}
                                                 for p, f in sorted(links)])


# --- fusing a whole knowledge base anew ----------------------------------------------------------

FUSION_SOURCES = ("kb/rules.py", "kb/merge.py", "kb/fuse.py", "facttypes/__init__.py", "facttypes/common.py",
                  *(f"facttypes/{m}.py" for m in facttypes.BUILTIN))


@lru_cache(maxsize=1)
def fusion_version() -> str:
    """A hash of the code that decides fusion: a knowledge base fused by another is fused anew."""
    from coopwatch.paths import PACKAGE as root

    h = hashlib.sha1()
    for rel in FUSION_SOURCES:
        h.update(rel.encode())
        h.update((root / rel).read_bytes())
    return h.hexdigest()


def refuse_all(conn: Connection) -> int:
    """Every fact's block by the current rules, every block partitioned anew, every canonical fact
    recomputed. Returns the number of canonical facts."""
    changes.note_everything(conn)
    blocks: set[str] = set()
    last = 0
    while True:
        rows = conn.execute(sa.select(facts.c.id, facts.c.data, facts.c.block, facts.c.idx, facts.c.rank, facts.c.day,
                                      documents.c.published, documents.c.content_hash)
                            .join(documents, documents.c.id == facts.c.document_id).where(facts.c.id > last)
                            .order_by(facts.c.id).limit(CHUNK * 4)).all()
        if not rows:
            break
        last = rows[-1].id
        for r in rows:
            blk = rules.block(r.data)
            blocks.add(blk)
            rank, day = rules.rank(r.published, r.content_hash, r.idx), rules.reach_day(r.data, r.published)
            if (blk, rank, day) != (r.block, r.rank, r.day):
                conn.execute(facts.update().where(facts.c.id == r.id).values(block=blk, rank=rank, day=day))
    for r in conn.execute(sa.select(canonical_facts.c.id, canonical_facts.c.block, canonical_facts.c.data,
                                    canonical_facts.c.corrected, canonical_facts.c.status)).all():
        blk = rules.block(effective(r.data, r.corrected))  # what it asserts, by the current rules
        if blk != r.block:
            conn.execute(canonical_facts.update().where(canonical_facts.c.id == r.id).values(block=blk))
        blocks.add(blk)
    for blk in sorted(blocks, key=lambda b: (not rules.pins_occasion(_type(b)), b)):
        _refuse_block(conn, blk, set(), FULL)
    everything = list(conn.execute(sa.select(canonical_facts.c.id)).scalars())
    recompute(conn, everything)
    return conn.execute(sa.select(sa.func.count()).select_from(canonical_facts)).scalar_one()


def stored_version(conn: Connection) -> str | None:
    return conn.execute(sa.select(kb_settings.c.value).where(kb_settings.c.key == "fusion_version")).scalar()


def ensure_current(kb: Any) -> bool:
    """Fuse the knowledge base anew if another version of the rules fused it; True if it did."""
    with kb.read() as conn:
        if stored_version(conn) == fusion_version():
            return False
    with kb.write() as conn:
        if stored_version(conn) == fusion_version():  # another process did it meanwhile
            return False
        refuse_all(conn)
        conn.execute(kb_settings.delete().where(kb_settings.c.key == "fusion_version"))
        conn.execute(kb_settings.insert().values(key="fusion_version", value=fusion_version()))
    return True
