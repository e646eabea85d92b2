"""What a briefing report needs: every fact of a pair of places (or of one place with all its
partners) in a period, each with all its sources; the people they name, with their positions and
the sources of those."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date

import sqlalchemy as sa

from coopwatch import facttypes
from coopwatch.kb.db import KB
from coopwatch.kb.query.base import VIEW, oldest_first, views, within
from coopwatch.kb.query.pairs import pair_ids, positions
from coopwatch.kb.schema import canonical_facts, canonical_people, canonical_sides, people
from coopwatch.kb.views import BriefingFacts, PersonBrief, place_ref

BRIEFING_LIMIT = 200  # facts of one type a report lists (the newest); its text says when there are more
SERIES_LIMIT = 2000  # trade figures and targets: a series is drawn whole, up to this many points


def _chunks(ids: list[int], n: int = 900):  # noqa: ANN202 - iterator of lists
    for i in range(0, len(ids), n):
        yield ids[i:i + n]


def briefing(kb: KB, a: str, b: str | None = None, date_from: date | None = None, date_to: date | None = None,
             limit: int = BRIEFING_LIMIT) -> BriefingFacts:
    """Facts between ``a`` and ``b`` (each with everything inside it), or of ``a`` with any partner
    when ``b`` is None; not rejected; whose day lies within [date_from, date_to] — the day a
    timeline sorts them by: the fact's own date, else the first publication that reports it (a
    fact with neither is kept: nothing says it falls outside)."""
    c = canonical_facts.c
    scope = (pair_ids(a, b) if b is not None
             else sa.select(canonical_sides.c.canonical_id).where(within(canonical_sides.c.place_id, a)))
    cond = [c.id.in_(scope), c.status != "rejected"]
    if date_from:
        cond.append(sa.or_(c.day.is_(None), c.day >= date_from))
    if date_to:
        cond.append(sa.or_(c.day.is_(None), c.day <= date_to))
    series = set(facttypes.section("pair.trade") + facttypes.section("pair.targets"))
    with kb.read() as conn:
        meta = conn.execute(sa.select(c.id, c.type, c.day).where(*cond)).all()
        by_type = Counter(r.type for r in meta)
        days = [r.day for r in meta if r.day is not None]
        newest_first = sorted(meta, key=lambda r: (r.day is not None, r.day or date.min, r.id), reverse=True)
        taken: Counter = Counter()
        chosen = []
        for r in newest_first:
            if taken[r.type] < (SERIES_LIMIT if r.type in series else limit):
                taken[r.type] += 1
                chosen.append(r.id)
        rows = []
        for ids in _chunks(sorted(chosen)):
            rows += conn.execute(sa.select(*VIEW).where(c.id.in_(ids))).all()
        rows.sort(key=lambda r: (r.day is None, r.day or date.min, r.id))
        facts = views(conn, rows)
        named: dict[int, Counter] = defaultdict(Counter)
        for ids in _chunks(chosen):
            for pid, field in conn.execute(sa.select(canonical_people.c.person_id, canonical_people.c.field)
                                           .where(canonical_people.c.canonical_id.in_(ids))):
                named[pid][field] += 1
        ranked = sorted(named, key=lambda p: -sum(named[p].values()))[:limit]
        names = dict(conn.execute(sa.select(people.c.id, people.c.name).where(people.c.id.in_(ranked))).all()) \
            if ranked else {}
        held = positions(conn, ranked)
        role_ids = sorted({p.fact_id for ps in held.values() for p in ps})
        role_rows = []
        for ids in _chunks(role_ids):
            role_rows += conn.execute(oldest_first(sa.select(*VIEW).where(c.id.in_(ids)))).all()
        role_views = {v.id: v for v in views(conn, role_rows)}
    ranked = [p for p in ranked if p in names]
    ranked.sort(key=lambda p: (-sum(named[p].values()), names[p]))
    return BriefingFacts(place_ref(a), place_ref(b) if b is not None else None, len(meta), dict(by_type),
                         min(days) if days else None, max(days) if days else None, facts, dict(taken),
                         [PersonBrief(p, names[p], held.get(p, [])) for p in ranked],
                         {p: dict(named[p]) for p in ranked}, role_views)
