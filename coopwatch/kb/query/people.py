"""People: one person with spellings, positions and facts; namesakes; a person by name; who a fact
names; organisations."""

from __future__ import annotations

import sqlalchemy as sa

from coopwatch.kb.db import KB, NotFound
from coopwatch.kb.query.base import VIEW, oldest_first, views
from coopwatch.kb.query.pairs import positions
from coopwatch.kb.schema import canonical_facts, canonical_people, org_names, orgs, people, person_names
from coopwatch.kb.text import name_key
from coopwatch.kb.views import NamedPerson, Organisation, PersonView


def person(kb: KB, person_id: int) -> PersonView:
    with kb.read() as conn:
        row = conn.execute(sa.select(people).where(people.c.id == person_id)).first()
        if row is None:
            raise NotFound(f"человек №{person_id} не найден")
        if row.merged_into is not None:
            return person(kb, row.merged_into)
        names = list(conn.execute(sa.select(person_names.c.name).where(person_names.c.person_id == person_id)
                                  .order_by(person_names.c.name)).scalars())
        merged = list(conn.execute(sa.select(people.c.id).where(people.c.merged_into == person_id)).scalars())
        rows = conn.execute(oldest_first(sa.select(*VIEW).where(canonical_facts.c.id.in_(
            sa.select(canonical_people.c.canonical_id).where(canonical_people.c.person_id == person_id))))).all()
        named_in = views(conn, rows)
        held = positions(conn, [person_id]).get(person_id, [])
    return PersonView(row.id, row.name, names, merged, held, named_in)


def organisations(kb: KB, q: str | None = None) -> list[Organisation]:
    with kb.read() as conn:
        rows = conn.execute(sa.select(orgs.c.id, orgs.c.name, org_names.c.name.label("alias"))
                            .join(org_names, org_names.c.org_id == orgs.c.id).order_by(orgs.c.name, org_names.c.name)).all()
    found: dict[int, Organisation] = {}
    for r in rows:
        o = found.setdefault(r.id, Organisation(r.id, r.name, []))
        if r.alias != r.name:
            o.aliases.append(r.alias)
    out = list(found.values())
    if q:
        k = q.casefold()
        out = [o for o in out if k in o.name.casefold() or any(k in a.casefold() for a in o.aliases)]
    return out


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


def surname_keys(kb: KB, person_ids: list[int]) -> set[str]:
    """The surnames (as keys) of these people: who their namesakes are."""
    if not person_ids:
        return set()
    with kb.read() as conn:
        return set(conn.execute(sa.select(people.c.surname_key).where(people.c.id.in_(person_ids))).scalars())


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
