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
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch import facttypes
from coopwatch.kb import changes, entities, merge, rules
from coopwatch.kb.schema import (
    canonical_facts,
    canonical_people,
    canonical_sides,
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
    left or moved to another story, and the documents concerned."""

    blocks: set[str] = field(default_factory=set)
    docs: set[int] = field(default_factory=set)
    canonicals: set[int] = field(default_factory=set)  # that lost facts (re-extraction)

    def add_document(self, conn: Connection, doc_id: int) -> None:
        """A document whose facts or story changed: the blocks of its stored facts."""
        self.docs.add(doc_id)
        self.blocks |= set(conn.execute(sa.select(facts.c.block).where(facts.c.document_id == doc_id)
                                        .distinct()).scalars())

    def apply(self, conn: Connection) -> set[int]:
        changes.note_documents(conn, self.docs)
        return refuse(conn, self.blocks, self.docs, self.canonicals)


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ids = sorted(set(ids))
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


_MEMBER_COLUMNS = (facts.c.id, facts.c.data, facts.c.document_id, facts.c.idx, facts.c.canonical_id, facts.c.block,
                   documents.c.story_id, documents.c.published, documents.c.content_hash)


def _member(r: Any) -> rules.Member:
    return rules.Member(r.id, r.data, r.document_id, r.story_id, r.published, content_hash=r.content_hash, idx=r.idx)


def _occasions(conn: Connection, doc_ids: Iterable[int]) -> dict[int, set[str]]:
    """The occasions each document reports (``rules.occasions_of``): the canonical agreements it
    reports that some source dates fully (a day, or a whole period)."""
    kinds = [ft.name for ft in facttypes.all_types() if ft.fusion.occasion]
    reported: dict[int, set[int]] = defaultdict(set)
    for chunk in _chunks(doc_ids):
        for doc, cid in conn.execute(sa.select(facts.c.document_id, facts.c.canonical_id)
                                     .where(facts.c.document_id.in_(chunk), facts.c.type.in_(kinds),
                                            facts.c.canonical_id.is_not(None))):
            reported[doc].add(cid)
    dated: set[int] = set()
    for chunk in _chunks({c for cs in reported.values() for c in cs}):
        for cid, data in conn.execute(sa.select(facts.c.canonical_id, facts.c.data).where(facts.c.canonical_id.in_(chunk))):
            if rules.occasions_of([data]):
                dated.add(cid)
    return {doc: {f"a{c}" for c in cids if c in dated} for doc, cids in reported.items()}


def refuse(conn: Connection, blocks: Iterable[str], changed_docs: Iterable[int] = (),
           canonicals: Iterable[int] = ()) -> set[int]:
    """Partition the given blocks anew and recompute the canonical facts whose members changed
    (or whose members' documents are ``changed_docs``: new, or moved to another story), and the
    given ``canonicals``. Returns the canonical facts touched."""
    changed = set(changed_docs)
    touched: set[int] = set(canonicals)
    pending, done = set(blocks), set()
    while pending:
        # agreements first: the events of their documents fuse by the occasions they pin down
        blk = min(pending, key=lambda b: (not rules.pins_occasion(_type(b)), b))
        pending.discard(blk)
        done.add(blk)
        got, docs = _refuse_block(conn, blk, changed)
        touched |= got
        if rules.pins_occasion(_type(blk)) and docs:
            pending |= _event_blocks(conn, docs) - done
    recompute(conn, touched)
    return touched


def _type(blk: str) -> str:
    return blk.split("|", 1)[0]


def _event_blocks(conn: Connection, doc_ids: set[int]) -> set[str]:
    kinds = [ft.name for ft in facttypes.all_types() if ft.fusion.event]
    out: set[str] = set()
    for chunk in _chunks(doc_ids):
        out |= set(conn.execute(sa.select(facts.c.block).where(facts.c.document_id.in_(chunk), facts.c.type.in_(kinds))
                                .distinct()).scalars())
    return out


def _refuse_block(conn: Connection, blk: str, changed_docs: set[int]) -> tuple[set[int], set[int]]:
    """Partition one block anew: the canonical facts touched, and the documents of their members."""
    rows = conn.execute(sa.select(*_MEMBER_COLUMNS).join(documents, documents.c.id == facts.c.document_id)
                        .where(facts.c.block == blk)).all()
    cf = canonical_facts.c
    owners = {r.canonical_id for r in rows if r.canonical_id is not None}
    canon = {r.id: r for r in conn.execute(sa.select(cf.id, cf.block, cf.data, cf.corrected, cf.status)
                                           .where(cf.block == blk))}
    for chunk in _chunks(owners - set(canon)):
        canon.update({r.id: r for r in conn.execute(sa.select(cf.id, cf.block, cf.data, cf.corrected, cf.status)
                                                    .where(cf.id.in_(chunk)))})
    if not rows and not canon:
        return set(), set()
    seeds_ids = sorted(i for i, r in canon.items() if r.block == blk and curated(r))
    pinned_ids = {i for i, r in canon.items() if curated(r)}
    # the members of this block's curated facts that were read elsewhere (re-extraction anchors)
    elsewhere = []
    for chunk in _chunks(seeds_ids):
        elsewhere += conn.execute(sa.select(*_MEMBER_COLUMNS).join(documents, documents.c.id == facts.c.document_id)
                                  .where(facts.c.canonical_id.in_(chunk), facts.c.block != blk)).all()
    every = list(rows) + elsewhere
    occasions = _occasions(conn, {r.document_id for r in every}) if rules.is_event(_type(blk)) else {}
    members = {}
    for r in every:
        m = _member(r)
        m.occasions = occasions.get(r.document_id, set())
        members[r.id] = m
    old = {r.id: r.canonical_id for r in every}
    seeds = []
    for cid in seeds_ids:
        row = canon[cid]
        asserted = rules.Member(0, effective(row.data, row.corrected))
        seeds.append(rules.Cluster(cid, [members[f] for f, c in old.items() if c == cid], pinned=True,
                                   asserted=asserted))
    free = [members[r.id] for r in rows if r.canonical_id not in pinned_ids]
    clusters = rules.partition(free, seeds)

    # a new cluster keeps the canonical fact that held most of its members
    taken = set(seeds_ids)
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
    docs: set[int] = set()
    for c in clusters:
        if c.id is None:
            first = min(c.members, key=rules.order)
            c.id = conn.execute(canonical_facts.insert().values(
                type=first.data["type"], block=blk, key=rules.key(first.data), day=None, data=first.data, ctx={},
                status="auto", updated_at=now)).inserted_primary_key[0]
            touched.add(c.id)
        moved = [m.fact_id for m in c.members if old[m.fact_id] != c.id]
        changes.noted(conn).documents.update(m.document_id for m in c.members if old[m.fact_id] != c.id)
        for chunk in _chunks(moved):
            conn.execute(facts.update().where(facts.c.id.in_(chunk)).values(canonical_id=c.id))
        if moved or any(m.document_id in changed_docs for m in c.members):
            touched.add(c.id)
            touched |= {old[f] for f in moved if old[f] is not None}
            docs |= {m.document_id for m in c.members}
    # canonical facts of the block that kept no member (recompute deletes them unless curated)
    lost = {i for i, r in canon.items() if r.block == blk and i not in taken}
    touched |= lost
    docs |= {r.document_id for r in every if old[r.id] in lost}
    return touched, docs


def members_of(conn: Connection, canonical_id: int) -> list[rules.Member]:
    rows = conn.execute(sa.select(*_MEMBER_COLUMNS).join(documents, documents.c.id == facts.c.document_id)
                        .where(facts.c.canonical_id == canonical_id)).all()
    return sorted((_member(r) for r in rows), key=rules.order)


def recompute(conn: Connection, ids: Iterable[int]) -> None:
    """Refresh fused data, conflicts, counts, sides and people of the given canonical facts;
    delete those left without members unless a curator touched them."""
    now = datetime.now(UTC)
    ids = sorted(set(ids))
    changes.note_canonicals(conn, ids)  # as they were: the pages that showed them
    for cid in ids:
        row = conn.execute(sa.select(canonical_facts).where(canonical_facts.c.id == cid)).first()
        if row is None:
            continue
        members = members_of(conn, cid)
        if not members:
            if not curated(row):
                conn.execute(canonical_facts.delete().where(canonical_facts.c.id == cid))
                continue
            data, found = row.data, []
        else:
            data, found = merge.fuse(members)
        corrected = row.corrected or {}
        conn.execute(conflicts.delete().where(conflicts.c.canonical_id == cid))
        if found:
            conn.execute(conflicts.insert(), [{"canonical_id": cid, "field": c.field, "label": c.label,
                                               "values": c.values} for c in found])
        eff = effective(data, corrected)
        ctx = {"stories": sorted({m.story_id for m in members if m.story_id is not None}),
               "days": sorted({m.day.isoformat() for m in members if m.day})}
        conn.execute(canonical_facts.update().where(canonical_facts.c.id == cid).values(
            data=data, ctx=ctx, day=rules.canonical_day(eff, members), key=rules.key(eff),
            n_documents=len({m.document_id for m in members}),
            n_sources=len({m.story_id if m.story_id is not None else -m.document_id for m in members}),
            n_conflicts=sum(1 for c in found if c.field not in corrected),
            updated_at=now))
        _links(conn, cid, eff, members)
    _relink_moved_people(conn)
    changes.note_canonicals(conn, ids)  # as they are now


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


def _links(conn: Connection, cid: int, data: dict[str, Any], members: list[rules.Member]) -> None:
    """Sides and organisations of the fact as asserted; people as any source names them (so a
    spelling one source got wrong is a person a curator can see and merge)."""
    conn.execute(canonical_sides.delete().where(canonical_sides.c.canonical_id == cid))
    sides = rules.sides(data)
    if sides:
        entities.ensure_places(conn, {p for p, _ in sides})
        conn.execute(canonical_sides.insert(), [{"canonical_id": cid, "place_id": p, "role": r} for p, r in sides])
    _people_links(conn, cid, data, members)
    for org in rules.orgs_named(data):
        entities.resolve_org(conn, org)


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
        rows = conn.execute(sa.select(facts.c.id, facts.c.data, facts.c.block).where(facts.c.id > last)
                            .order_by(facts.c.id).limit(CHUNK * 4)).all()
        if not rows:
            break
        last = rows[-1].id
        for r in rows:
            blk = rules.block(r.data)
            blocks.add(blk)
            if blk != r.block:
                conn.execute(facts.update().where(facts.c.id == r.id).values(block=blk))
    for r in conn.execute(sa.select(canonical_facts.c.id, canonical_facts.c.block, canonical_facts.c.data,
                                    canonical_facts.c.corrected, canonical_facts.c.status)).all():
        blk = rules.block(effective(r.data, r.corrected))  # what it asserts, by the current rules
        if blk != r.block:
            conn.execute(canonical_facts.update().where(canonical_facts.c.id == r.id).values(block=blk))
        blocks.add(blk)
    for blk in sorted(blocks, key=lambda b: (not rules.pins_occasion(_type(b)), b)):
        _refuse_block(conn, blk, set())
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
