"""The entity registry: places (the gazetteer and its hierarchy), people (one record per person
across documents and spellings), organisations (normalised names and their aliases).

People: a name joins the person who already has that spelling; else the one person whose known
spellings are compatible with it (same surname; given names equal, or one an initial of the
other: "А. В. Богомаз" ~ "Александр Богомаз"); else it starts a new person. "Алексей Кушнаренко"
and "Александр Кушнаренко" stay two people until a curator merges them (``curate.merge_people``);
a merged person's spellings then resolve to the person kept, through re-extraction too.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch.gazetteer.places import country_of, gazetteer, parent_of
from coopwatch.kb.schema import org_names, orgs, people, person_names, places
from coopwatch.kb.text import fold, fuller_name, name_key, names_compatible, org_key, org_name, surname_key


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


def _resolve_person(conn: Connection, name: str) -> int:
    key = name_key(name)
    pid = conn.execute(sa.select(person_names.c.person_id).where(person_names.c.name_key == key)).scalar()
    if pid is not None:
        return follow_merges(conn, pid)
    skey = surname_key(name)
    candidates = conn.execute(
        sa.select(people.c.id, people.c.name)
        .where(people.c.surname_key == skey, people.c.merged_into.is_(None)).order_by(people.c.id)).all()
    match = None
    for cid, _ in candidates:
        spellings = conn.execute(sa.select(person_names.c.name).where(person_names.c.person_id == cid)).scalars()
        if all(names_compatible(s, name) for s in spellings):
            match = cid
            break
    if match is None:
        match = conn.execute(people.insert().values(name=name, surname_key=skey)).inserted_primary_key[0]
    else:
        current = conn.execute(sa.select(people.c.name).where(people.c.id == match)).scalar_one()
        better = fuller_name(current, name)
        if better != current:
            conn.execute(people.update().where(people.c.id == match).values(name=better))
    conn.execute(person_names.insert().values(name_key=key, name=name, person_id=match))
    return match


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
