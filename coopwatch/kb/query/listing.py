"""Canonical facts: one, a filtered page of them, the disputed ones, and the overview counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from coopwatch.kb.db import KB, NotFound
from coopwatch.kb.query.base import VIEW, facts_t, views, within
from coopwatch.kb.query.pairs import pair_ids
from coopwatch.kb.schema import canonical_facts, canonical_people, canonical_sides, documents
from coopwatch.kb.views import FactView, Overview, Page, place_ref


def fact(kb: KB, fact_id: int) -> FactView:
    with kb.read() as conn:
        row = conn.execute(sa.select(*VIEW).where(canonical_facts.c.id == fact_id)).first()
        if row is None:
            raise NotFound(f"канонический факт №{fact_id} не найден")
        return views(conn, [row])[0]


def overview(kb: KB, top: int = 10) -> Overview:
    with kb.read() as conn:
        n_docs = conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one()
        n_stories = conn.execute(sa.select(sa.func.count(documents.c.story_id.distinct()))).scalar_one()
        n_facts = conn.execute(sa.select(sa.func.count()).select_from(facts_t)).scalar_one()
        by_type = dict(conn.execute(sa.select(canonical_facts.c.type, sa.func.count())
                                    .group_by(canonical_facts.c.type)).all())
        n_conf = conn.execute(sa.select(sa.func.count()).where(canonical_facts.c.n_conflicts > 0)).scalar_one()
        n_cur = conn.execute(sa.select(sa.func.count()).where(sa.or_(canonical_facts.c.status != "auto",
                                                                     canonical_facts.c.corrected.is_not(None)))
                             ).scalar_one()
        first, last = conn.execute(sa.select(sa.func.min(documents.c.published),
                                             sa.func.max(documents.c.published))).one()
        s1, s2 = canonical_sides.alias("s1"), canonical_sides.alias("s2")
        n = sa.func.count(s1.c.canonical_id.distinct()).label("n")
        pairs = conn.execute(sa.select(s1.c.place_id, s2.c.place_id, n)
                             .join(s2, sa.and_(s1.c.canonical_id == s2.c.canonical_id, s1.c.place_id < s2.c.place_id))
                             .group_by(s1.c.place_id, s2.c.place_id).order_by(n.desc()).limit(top)).all()
    return Overview(n_docs, n_stories, n_facts, sum(by_type.values()), n_conf, n_cur, by_type,
                    [(place_ref(a), place_ref(b), k) for a, b, k in pairs], first, last)


def conflicts(kb: KB, page: int = 1, per_page: int = 50) -> Page[FactView]:
    return facts(kb, FactFilter(conflicts_only=True), page, per_page, order="sources")


@dataclass
class FactFilter:
    type: str | None = None
    types: tuple[str, ...] = ()  # any of these (a page section's types: ``facttypes.section``)
    place: str | None = None
    pair: tuple[str, str] | None = None
    status: str | None = None  # auto | confirmed | rejected
    conflicts_only: bool = False
    date_from: date | None = None
    date_to: date | None = None
    person_ids: tuple[int, ...] | None = None  # facts naming any of these people (None: anyone; (): no one)
    min_sources: int = 0


def filtered(f: FactFilter) -> sa.Select:
    q = sa.select(*VIEW)
    if f.type:
        q = q.where(canonical_facts.c.type == f.type)
    if f.types:
        q = q.where(canonical_facts.c.type.in_(f.types))
    if f.place:
        q = q.where(canonical_facts.c.id.in_(sa.select(canonical_sides.c.canonical_id)
                                             .where(within(canonical_sides.c.place_id, f.place))))
    if f.pair:
        q = q.where(canonical_facts.c.id.in_(pair_ids(*f.pair)))
    if f.status:
        q = q.where(canonical_facts.c.status == f.status)
    if f.conflicts_only:
        q = q.where(canonical_facts.c.n_conflicts > 0)
    if f.date_from:
        q = q.where(canonical_facts.c.day >= f.date_from)
    if f.date_to:
        q = q.where(canonical_facts.c.day <= f.date_to)
    if f.person_ids is not None:
        q = q.where(canonical_facts.c.id.in_(sa.select(canonical_people.c.canonical_id)
                                             .where(canonical_people.c.person_id.in_(f.person_ids))))
    if f.min_sources:
        q = q.where(canonical_facts.c.n_sources >= f.min_sources)
    return q


def facts(kb: KB, filters: FactFilter | None = None, page: int = 1, per_page: int = 50,
          order: str = "date") -> Page[FactView]:
    """Canonical facts matching ``filters``; newest first (``order="sources"``: most sources first)."""
    f = filters or FactFilter()
    page, per_page = max(1, page), max(1, min(per_page, 1000))
    q = filtered(f)
    with kb.read() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(q.subquery())).scalar_one()
        if order == "sources":
            q = q.order_by(canonical_facts.c.n_sources.desc(), canonical_facts.c.id)
        else:
            q = q.order_by(canonical_facts.c.day.is_(None), canonical_facts.c.day.desc(), canonical_facts.c.id)
        rows = conn.execute(q.limit(per_page).offset((page - 1) * per_page)).all()
        return Page(views(conn, rows), total, page, per_page)
