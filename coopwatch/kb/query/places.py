"""A place: its lineage, the places inside it with facts, its partners; the links between
partners for the network picture; every place named by a fact; the place a typed name or code means."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import sqlalchemy as sa

from coopwatch.gazetteer.places import country_of, gazetteer, lineage
from coopwatch.kb.db import KB, NotFound
from coopwatch.kb.query.base import in_section, within
from coopwatch.kb.schema import canonical_facts, canonical_sides, places
from coopwatch.kb.views import Link, Partner, PlaceView, place_ref


def place(kb: KB, place_id: str, top: int = 20) -> PlaceView:
    with kb.read() as conn:
        mine = sa.select(canonical_sides.c.canonical_id).where(within(canonical_sides.c.place_id, place_id))
        by_type = dict(conn.execute(sa.select(canonical_facts.c.type, sa.func.count())
                                    .where(canonical_facts.c.id.in_(mine), canonical_facts.c.status != "rejected")
                                    .group_by(canonical_facts.c.type)).all())
        own = conn.execute(sa.select(canonical_sides.c.place_id, sa.func.count(canonical_sides.c.canonical_id.distinct()))
                           .where(within(canonical_sides.c.place_id, place_id), canonical_sides.c.place_id != place_id)
                           .group_by(canonical_sides.c.place_id)).all()
        other = (sa.select(canonical_sides.c.place_id, canonical_facts.c.id, canonical_facts.c.type,
                           canonical_facts.c.n_sources)
                 .join(canonical_facts, canonical_facts.c.id == canonical_sides.c.canonical_id)
                 .where(canonical_sides.c.canonical_id.in_(mine), sa.not_(within(canonical_sides.c.place_id, place_id)),
                        canonical_facts.c.status != "rejected", in_section("place.partners")))
        partner_rows = conn.execute(other).all()
    return PlaceView(place_ref(place_id), [place_ref(p) for p in lineage(place_id)[1:]],
                     sorted(((place_ref(p), n) for p, n in own), key=lambda x: -x[1]),
                     sum(by_type.values()), by_type, _rank(partner_rows, lambda p: p, top),
                     _rank(partner_rows, country_of, top))


def _rank(rows: list[Any], key: Any, top: int) -> list[Partner]:
    facts_of: dict[str, set[int]] = defaultdict(set)
    sources: Counter = Counter()
    types: dict[str, Counter] = defaultdict(Counter)
    for pid, cid, t, n in rows:
        k = key(pid)
        if cid not in facts_of[k]:
            facts_of[k].add(cid)
            sources[k] += n
            types[k][t] += 1
    ranked = sorted(facts_of, key=lambda k: (-len(facts_of[k]), -sources[k], k))[:top]
    return [Partner(place_ref(k), len(facts_of[k]), sources[k], dict(types[k])) for k in ranked]


def links(kb: KB, center: str, partners: list[str]) -> list[Link]:
    """Facts between partners (not rejected; of the types counted as partnership, so not a
    person's position) between each two of ``partners``, and between ``center`` (with everything
    inside it) and each partner."""
    out: list[Link] = []
    if not partners:
        return out
    s1, s2 = canonical_sides.alias("s1"), canonical_sides.alias("s2")
    n = sa.func.count(s1.c.canonical_id.distinct())
    alive = sa.select(canonical_facts.c.id).where(canonical_facts.c.status != "rejected", in_section("place.partners"))
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


def place_exists(kb: KB, place_id: str) -> bool:
    with kb.read() as conn:
        return conn.execute(sa.select(places.c.id).where(places.c.id == place_id)).first() is not None


def find_place(kb: KB, text: str) -> str:
    """The place a person means by ``text``: a code ("RU-TA", "ru-ta", "RU-TA/Казань") the gazetteer
    or the knowledge base knows, or a name in any case ("Татарстан", "в Казани", "минской области").
    Of several places of one name, the first that has facts here (else the gazetteer's likeliest).
    ``NotFound`` («место «…» не найдено») when nothing fits."""
    from coopwatch.gazetteer.lookup import code_of, find_places

    text = " ".join((text or "").split())
    code = code_of(text)
    if code is not None:
        if gazetteer().get(code) is not None or place_exists(kb, code):
            return code
        raise NotFound(f"место «{text[:100]}» не найдено: такого кода нет ни в справочнике мест, ни в базе знаний")
    candidates = find_places(text)
    if not candidates:
        raise NotFound(f"место «{text[:100]}» не найдено: укажите название (Татарстан, в Казани) или код (RU-TA, BY)")
    if len(candidates) > 1:
        with kb.read() as conn:
            named = set(conn.execute(sa.select(canonical_sides.c.place_id.distinct())
                                     .where(canonical_sides.c.place_id.in_(candidates))).scalars())
        for c in candidates:
            if c in named:
                return c
    return candidates[0]
