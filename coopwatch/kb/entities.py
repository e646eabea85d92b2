"""The entity registry: places (the gazetteer and its hierarchy), people (one record per person
across documents and spellings), organisations (normalised names and their aliases).

People: the people of a surname are a partition of all its spellings, made anew whenever a new
spelling arrives, in an order that does not depend on arrival (``people_of``): full names first,
each joining the first person whose spellings are all compatible with it (given names equal, or
one an initial of the other: "А. В. Богомаз" ~ "Александр Богомаз"); then initials and bare
surnames, each joining the one person it fits — or, fitting several ("А. Кушнаренко" with both
"Алексей" and "Александр Кушнаренко"), standing apart. "Алексей Кушнаренко" and "Александр
Кушнаренко" stay two people until a curator merges them (``curate.merge_people``); a merged
person's spellings then stay together and resolve to the person kept, through re-extraction too.
When a new spelling moves others to another person, the canonical facts naming them are linked
anew (``fuse.recompute``, through ``take_moved``).
"""

from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch.gazetteer.places import country_of, gazetteer, parent_of
from coopwatch.kb.schema import canonical_people, org_names, orgs, people, person_names, places
from coopwatch.kb.text import (
    INITIAL,
    fold,
    name_key,
    names_compatible,
    org_key,
    org_name,
    split_name,
    surname_key,
)


def sync_places(conn: Connection) -> int:
    """Put every gazetteer place into ``places`` (once per gazetteer change); returns how many
    were added."""
    gz = gazetteer()
    have = set(conn.execute(sa.select(places.c.id).where(places.c.known)).scalars())
    rows = [{"id": p.id, "parent_id": parent_of(p.id), "level": p.level, "name": p.name,
             "country": country_of(p.id), "known": True}
            for p in gz.places.values() if p.id not in have]
    if rows:
        unknown = {r["id"] for r in rows}
        conn.execute(places.delete().where(places.c.id.in_(sorted(unknown))))  # seen before, now known
        for i in range(0, len(rows), 500):
            conn.execute(places.insert(), rows[i:i + 500])
    return len(rows)


def ensure_places(conn: Connection, ids: set[str]) -> None:
    """Places named by facts but missing from the gazetteer are registered (with their parents)."""
    want: set[str] = set()
    for pid in ids:
        p: str | None = pid
        while p:
            want.add(p)
            p = parent_of(p)
    seen = conn.info.setdefault("kb_places", set())  # per transaction, like the people cache
    want -= seen
    if not want:
        return
    have = set(conn.execute(sa.select(places.c.id).where(places.c.id.in_(sorted(want)))).scalars())
    seen |= want
    gz = gazetteer()
    rows = [{"id": p, "parent_id": parent_of(p), "level": gz.level(p), "name": gz.name(p),
             "country": country_of(p), "known": False} for p in sorted(want - have)]
    if rows:
        conn.execute(places.insert(), rows)


def forget(conn: Connection) -> None:
    """Drop this connection's cache of resolved names (after a rolled-back savepoint)."""
    conn.info.pop("kb_people", None)
    conn.info.pop("kb_places", None)


def resolve_person(conn: Connection, name: str) -> int:
    """The person a spelling of a name refers to (created if new); cached per connection."""
    cache = conn.info.setdefault("kb_people", {})
    if name not in cache:
        cache[name] = _resolve_person(conn, name)
    return cache[name]


def _fullness(name: str) -> tuple[int, int]:
    """(given names written in full, letters in the given names)."""
    given = split_name(name)[0]
    return sum(1 for g in given if not INITIAL.match(g)), sum(len(g) for g in given)


def people_of(names: list[str], seeds: list[list[str]] = ()) -> list[list[str]]:
    """The people of one surname from all its spellings: ``seeds`` (spellings a curator merged) stay
    together; full names, fullest first (then alphabetically), join the first group whose spellings
    are all compatible, else start one; initials and bare surnames join the one group they fit, else
    — fitting none or several — a group of their own kind. A function of the set of spellings."""
    groups = [list(g) for g in seeds]
    ordered = sorted(dict.fromkeys(names), key=lambda n: (-_fullness(n)[0], -_fullness(n)[1], name_key(n)))
    apart: list[list[str]] = []
    for n in ordered:
        fits = [g for g in groups if all(names_compatible(x, n) for x in g)]
        if _fullness(n)[0]:
            if fits:
                fits[0].append(n)
            else:
                groups.append([n])
        elif len(fits) == 1:
            fits[0].append(n)
        else:
            home = next((g for g in apart if all(names_compatible(x, n) for x in g)), None)
            if home is None:
                apart.append([n])
            else:
                home.append(n)
    return groups + apart


_KNOWN_SPELLING = (sa.select(person_names.c.person_id, people.c.merged_into)
                   .join(people, people.c.id == person_names.c.person_id)
                   .where(person_names.c.name_key == sa.bindparam("key")))


def _resolve_person(conn: Connection, name: str) -> int:
    key = name_key(name)
    known = conn.execute(_KNOWN_SPELLING, {"key": key}).first()
    if known is not None:  # the person, and whether it was merged into another (rare: then followed)
        return known.person_id if known.merged_into is None else follow_merges(conn, known.person_id)
    # a new spelling: the people of its surname are made anew from all their spellings
    skey = surname_key(name)
    ids = list(conn.execute(sa.select(people.c.id).where(people.c.surname_key == skey, people.c.merged_into.is_(None))
                            .order_by(people.c.id)).scalars())
    rows = conn.execute(sa.select(person_names.c.name_key, person_names.c.name, person_names.c.person_id)
                        .where(person_names.c.person_id.in_(ids))).all() if ids else []
    kept = set(conn.execute(sa.select(people.c.merged_into).where(people.c.merged_into.in_(ids))).scalars()) if ids else set()
    old = {r.name: r.person_id for r in rows}
    seeds = [[r.name for r in rows if r.person_id == p] for p in sorted(kept)]
    groups = people_of([r.name for r in rows if r.person_id not in kept] + [name], seeds)
    taken: set[int] = set()
    moved: set[int] = set()
    mine = None
    for i, g in enumerate(groups):
        if i < len(seeds):
            pid = sorted(kept)[i]
        else:
            votes = Counter(old[n] for n in g if n in old and old[n] not in taken and old[n] not in kept)
            pid = min(votes, key=lambda k: (-votes[k], k)) if votes else None
        best = max(g, key=lambda n: (_fullness(n), name_key(n)))
        if pid is None:
            pid = conn.execute(people.insert().values(name=best, surname_key=skey)).inserted_primary_key[0]
        else:
            conn.execute(people.update().where(people.c.id == pid).values(name=best))
        taken.add(pid)
        for n in g:
            if n == name:
                mine = pid
            elif old[n] != pid:
                moved |= {old[n], pid}
                conn.execute(person_names.update().where(person_names.c.name_key == name_key(n)).values(person_id=pid))
    conn.execute(person_names.insert().values(name_key=key, name=name, person_id=mine))
    lost = set(ids) - taken
    if moved or lost:
        conn.info.setdefault("kb_people_moved", set()).update(moved | lost)
        conn.info.pop("kb_people", None)  # cached spellings may point elsewhere now
    return mine


def take_moved(conn: Connection) -> set[int]:
    """The people whose spellings moved to another person since the last call (their canonical facts
    are to be linked anew)."""
    return conn.info.pop("kb_people_moved", set())


def drop_unused_people(conn: Connection, ids: set[int]) -> None:
    """People left without a spelling, named by no fact, merged with no one."""
    for pid in sorted(ids):
        used = (conn.execute(sa.select(person_names.c.name_key).where(person_names.c.person_id == pid).limit(1)).first()
                or conn.execute(sa.select(canonical_people.c.canonical_id).where(canonical_people.c.person_id == pid)
                                .limit(1)).first()
                or conn.execute(sa.select(people.c.id).where(sa.or_(people.c.merged_into == pid,
                                                                    sa.and_(people.c.id == pid,
                                                                            people.c.merged_into.is_not(None))))
                                .limit(1)).first())
        if not used:
            conn.execute(people.delete().where(people.c.id == pid))


def follow_merges(conn: Connection, person_id: int) -> int:
    seen = set()
    while True:
        nxt = conn.execute(sa.select(people.c.merged_into).where(people.c.id == person_id)).scalar()
        if nxt is None or nxt in seen:
            return person_id
        seen.add(person_id)
        person_id = nxt


def resolve_org(conn: Connection, name: str) -> int:
    """The organisation a name refers to: one record per normalised name, aliases kept."""
    key = org_key(name)
    oid = conn.execute(sa.select(org_names.c.org_id).where(org_names.c.name_key == key)).scalar()
    if oid is not None:
        return oid
    oid = conn.execute(orgs.insert().values(name=org_name(name))).inserted_primary_key[0]
    conn.execute(org_names.insert().values(name_key=key, name=org_name(name), org_id=oid))
    return oid


def add_org_alias(conn: Connection, org_id: int, alias: str) -> None:
    key = org_key(alias)
    if conn.execute(sa.select(org_names.c.org_id).where(org_names.c.name_key == key)).scalar() is None:
        conn.execute(org_names.insert().values(name_key=key, name=org_name(alias), org_id=org_id))


def place_name(conn: Connection, place_id: str) -> str:
    name = conn.execute(sa.select(places.c.name).where(places.c.id == place_id)).scalar()
    return name or gazetteer().name(place_id)


__all__ = ["add_org_alias", "ensure_places", "fold", "follow_merges", "forget", "place_name", "resolve_org",
           "resolve_person", "sync_places"]
