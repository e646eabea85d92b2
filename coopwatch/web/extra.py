"""Read queries the web pages need beyond ``coopwatch.kb.query``: the people named in one fact
(for the merge form), namesakes of a person, a person's number by name, and the links between a
place's partners (for the network picture). Read-only, on the knowledge base's tables."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from coopwatch.kb.db import KB
from coopwatch.kb.query import within
from coopwatch.kb.schema import (
    canonical_facts,
    canonical_people,
    canonical_sides,
    documents,
    facts,
    people,
    person_names,
)
from coopwatch.kb.text import name_key


@dataclass
class NamedPerson:
    id: int
    name: str
    field: str  # person, signatories, participants, head


@dataclass
class Link:
    a: str
    b: str
    n_facts: int


def fact_people(kb: KB, canonical_id: int) -> list[NamedPerson]:
    with kb.read() as conn:
        rows = conn.execute(
            sa.select(people.c.id, people.c.name, canonical_people.c.field)
            .distinct()
            .join(canonical_people, canonical_people.c.person_id == people.c.id)
            .where(canonical_people.c.canonical_id == canonical_id)
            .order_by(canonical_people.c.field, people.c.name)
        ).all()
    return [NamedPerson(r.id, r.name, r.field) for r in rows]


def namesakes(kb: KB, person_id: int, limit: int = 20) -> list[NamedPerson]:
    """Other (unmerged) people with the same surname: candidates for a merge."""
    with kb.read() as conn:
        key = conn.execute(sa.select(people.c.surname_key).where(people.c.id == person_id)).scalar()
        if key is None:
            return []
        rows = conn.execute(
            sa.select(people.c.id, people.c.name)
            .where(people.c.surname_key == key, people.c.id != person_id, people.c.merged_into.is_(None))
            .order_by(people.c.name)
            .limit(limit)
        ).all()
    return [NamedPerson(r.id, r.name, "") for r in rows]


def person_id_by_name(kb: KB, name: str) -> int | None:
    """The person a spelling resolves to (following merges), or None."""
    with kb.read() as conn:
        pid = conn.execute(
            sa.select(person_names.c.person_id).where(person_names.c.name_key == name_key(name))
        ).scalar()
        for _ in range(20):
            if pid is None:
                return None
            nxt = conn.execute(sa.select(people.c.merged_into).where(people.c.id == pid)).scalar()
            if nxt is None:
                return pid
            pid = nxt
    return pid


def links(kb: KB, center: str, partners: list[str]) -> list[Link]:
    """Facts (not rejected, not roles) between each two of ``partners``, and between ``center``
    (with everything inside it) and each partner."""
    out: list[Link] = []
    if not partners:
        return out
    s1, s2 = canonical_sides.alias("s1"), canonical_sides.alias("s2")
    n = sa.func.count(s1.c.canonical_id.distinct())
    alive = sa.select(canonical_facts.c.id).where(
        canonical_facts.c.status != "rejected", canonical_facts.c.type != "role"
    )
    with kb.read() as conn:
        q = (
            sa.select(s1.c.place_id, s2.c.place_id, n)
            .join(s2, s1.c.canonical_id == s2.c.canonical_id)
            .where(
                s1.c.place_id.in_(partners),
                s2.c.place_id.in_(partners),
                s1.c.place_id < s2.c.place_id,
                s1.c.canonical_id.in_(alive),
            )
            .group_by(s1.c.place_id, s2.c.place_id)
        )
        out += [Link(a, b, k) for a, b, k in conn.execute(q)]
        q = (
            sa.select(s2.c.place_id, n)
            .join(s2, s1.c.canonical_id == s2.c.canonical_id)
            .where(within(s1.c.place_id, center), s2.c.place_id.in_(partners), s1.c.canonical_id.in_(alive))
            .group_by(s2.c.place_id)
        )
        out += [Link(center, b, k) for b, k in conn.execute(q)]
    return out


def places_with_facts(kb: KB) -> list[tuple[str, int]]:
    """Every place named as a side of a (not rejected) fact, with the number of such facts."""
    n = sa.func.count(canonical_sides.c.canonical_id.distinct())
    with kb.read() as conn:
        rows = conn.execute(
            sa.select(canonical_sides.c.place_id, n)
            .join(canonical_facts, canonical_facts.c.id == canonical_sides.c.canonical_id)
            .where(canonical_facts.c.status != "rejected")
            .group_by(canonical_sides.c.place_id)
            .order_by(n.desc(), canonical_sides.c.place_id)
        ).all()
    return [(r[0], r[1]) for r in rows]


def count_people(kb: KB) -> int:
    """People in the registry (records merged into another person not counted)."""
    with kb.read() as conn:
        return conn.execute(
            sa.select(sa.func.count()).select_from(people).where(people.c.merged_into.is_(None))
        ).scalar_one()


def person_fields(kb: KB, person_id: int) -> dict[int, list[str]]:
    """For each canonical fact naming the person: in which capacity (signatories, participants, head…)."""
    out: dict[int, list[str]] = {}
    with kb.read() as conn:
        for cid, f in conn.execute(
            sa.select(canonical_people.c.canonical_id, canonical_people.c.field)
            .distinct()
            .where(canonical_people.c.person_id == person_id)
        ):
            out.setdefault(cid, []).append(f)
    return out


@dataclass
class FirstSource:
    document_id: int
    fact_id: int  # the extracted fact in that document (anchor on the document page)
    label: str  # the outlet, else the document's name


def first_sources(kb: KB, canonical_ids: list[int]) -> dict[int, FirstSource]:
    """The earliest stored document behind each canonical fact (one link per line of a timeline)."""
    out: dict[int, FirstSource] = {}
    ids = sorted(set(canonical_ids))
    with kb.read() as conn:
        for i in range(0, len(ids), 900):
            first = (
                sa.select(facts.c.canonical_id, sa.func.min(facts.c.id).label("fid"))
                .where(facts.c.canonical_id.in_(ids[i : i + 900]))
                .group_by(facts.c.canonical_id)
                .subquery()
            )
            q = (
                sa.select(
                    first.c.canonical_id, first.c.fid, documents.c.id, documents.c.outlet, documents.c.name
                )
                .join(facts, facts.c.id == first.c.fid)
                .join(documents, documents.c.id == facts.c.document_id)
            )
            for cid, fid, did, outlet, name in conn.execute(q):
                out[cid] = FirstSource(did, fid, outlet or name)
    return out
