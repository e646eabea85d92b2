"""Two places and everything between them; the dated positions of people (from the types the
person page lists as positions)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch import facttypes
from coopwatch.kb.db import KB
from coopwatch.kb.fuse import effective
from coopwatch.kb.query.base import VIEW, in_section, oldest_first, views, within
from coopwatch.kb.schema import canonical_facts, canonical_people, canonical_sides, people
from coopwatch.kb.views import PairView, PersonBrief, Position, TargetPoint, TradePoint, place_ref


def pair_ids(a: str, b: str) -> sa.Select:
    s1, s2 = canonical_sides.alias("s1"), canonical_sides.alias("s2")
    return (sa.select(s1.c.canonical_id).distinct()
            .join(s2, s1.c.canonical_id == s2.c.canonical_id)
            .where(within(s1.c.place_id, a), within(s2.c.place_id, b),
                   sa.or_(s1.c.place_id != s2.c.place_id, s1.c.role != s2.c.role)))


PAIR_LIMIT = 100


def pair(kb: KB, a: str, b: str, limit: int = PAIR_LIMIT) -> PairView:
    """Everything about two places. Trade series and targets are complete; the timeline, the
    agreements, the people and the disputed facts are the latest ``limit`` of each (``n_facts``
    counts all; ``facts(kb, FactFilter(pair=(a, b)), page)`` pages through every one)."""
    c = canonical_facts.c
    with kb.read() as conn:
        meta = conn.execute(sa.select(c.id, c.type, c.day, c.n_conflicts).where(c.id.in_(pair_ids(a, b)))).all()
        newest_first = sorted(meta, key=lambda r: (r.day is not None, r.day or date.min, r.id), reverse=True)
        newest = {r.id for r in newest_first[:limit]}
        series = facttypes.section("pair.trade") + facttypes.section("pair.targets")
        agreements = facttypes.section("pair.agreements")
        chosen = (newest | {r.id for r in meta if r.type in series}
                  | {r.id for r in [r for r in newest_first if r.type in agreements][:limit]}
                  | {r.id for r in [r for r in newest_first if r.n_conflicts][:limit]})
        rows = conn.execute(oldest_first(sa.select(*VIEW).where(c.id.in_(sorted(chosen))))).all() if chosen else []
        timeline = views(conn, rows, sources_for={r.id for r in rows if r.n_conflicts or r.corrected})
        named = (sa.select(canonical_people.c.person_id, sa.func.count().label("n"))
                 .where(canonical_people.c.canonical_id.in_([r.id for r in meta]))
                 .group_by(canonical_people.c.person_id).order_by(sa.desc("n")).limit(limit).subquery())
        people_rows = conn.execute(sa.select(people.c.id, people.c.name).join(named, named.c.person_id == people.c.id)
                                   .order_by(people.c.name)).all() if meta else []
        held = positions(conn, [p.id for p in people_rows])
    # timeline: oldest first, undated last
    kept = [v for v in timeline if v.status != "rejected"]
    trade = [TradePoint(v.id, v.data["metric"], v.data["parties"], v.data.get("period"), v.data.get("value"),
                        v.data.get("currency"), bool(v.data.get("approx")), v.data.get("growth_pct"), v.n_sources,
                        v.n_conflicts > 0) for v in kept if v.type in facttypes.section("pair.trade")]
    trade.sort(key=lambda t: (t.metric, t.period or ["9999"]))
    targets = [TargetPoint(v.id, v.data.get("metric", "turnover"), v.data["parties"], v.data.get("value_min"),
                           v.data.get("value_max"), v.data.get("currency"), v.data.get("year"), v.n_sources)
               for v in kept if v.type in facttypes.section("pair.targets")]
    return PairView(place_ref(a), place_ref(b), len(meta), [v for v in timeline if v.id in newest], trade, targets,
                    [v for v in kept if v.type in agreements][-limit:],
                    [PersonBrief(p.id, p.name, held.get(p.id, [])) for p in people_rows],
                    [v for v in timeline if v.n_conflicts][-limit:])


def positions(conn: Connection, person_ids: list[int]) -> dict[int, list[Position]]:
    """Dated positions from the facts the person page lists as positions (roles: the person, the
    title, whose): first and last day a source reported it (the days fusion keeps for each
    canonical fact: no join over its documents)."""
    out: dict[int, list[Position]] = defaultdict(list)
    if not person_ids:
        return out
    holders = [f for t in facttypes.section("person.positions") for f in facttypes.get(t).people]
    q = (sa.select(canonical_people.c.person_id, canonical_facts.c.id, canonical_facts.c.data,
                   canonical_facts.c.corrected, canonical_facts.c.n_sources, canonical_facts.c.ctx)
         .join(canonical_facts, canonical_facts.c.id == canonical_people.c.canonical_id)
         .where(canonical_people.c.person_id.in_(person_ids), canonical_people.c.field.in_(holders),
                in_section("person.positions"), canonical_facts.c.status != "rejected"))
    seen = set()
    for r in conn.execute(q):
        if (r.person_id, r.id) in seen:  # two spellings of one person linked to one fact
            continue
        seen.add((r.person_id, r.id))
        d = effective(r.data, r.corrected)
        of = str(d.get("of", ""))
        ctx = r.ctx or {}
        first, last = (date.fromisoformat(ctx[k]) if ctx.get(k) else None for k in ("first_day", "last_day"))
        out[r.person_id].append(Position(r.id, d["title"], of, place_ref(of).name, first, last, r.n_sources))
    for ps in out.values():
        ps.sort(key=lambda p: (p.last_seen or date.min), reverse=True)
    return out
