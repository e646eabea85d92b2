"""What the web UI, reports and exports ask the knowledge base. Every function takes a ``KB``
(``coopwatch.kb.open_kb(url)``) and returns the typed values of ``coopwatch.kb.views``.

``overview(kb) -> Overview``
    Counts (documents, stories, extracted and canonical facts, conflicts, curated), facts per
    type, the pairs of places with most facts, the publication date range.
``pair(kb, a, b) -> PairView``
    Everything about two places, each with everything inside it (``RU-TA`` includes Kazan):
    the timeline of canonical facts, the trade series and targets, agreements, the people named
    with their positions, and the facts whose sources disagree. Facts carry their counts
    (documents, sources); the sources themselves only where they disagree — ``fact(id)`` has all.
``place(kb, id) -> PlaceView``
    A place with its lineage, the places inside it that have facts, counts rolled up from them,
    and its partners ranked (at the level the sources name them, and rolled up to countries).
``person(kb, id) -> PersonView``
    A person: spellings, dated positions (from ``role`` facts: first and last publication seen),
    the facts naming them.
``document(kb, id) -> DocumentView``
    Text, facts with evidence offsets into the text and their canonical facts, other versions
    of the story (near-duplicates).
``fact(kb, id) -> FactView``
    One canonical fact with every source (document, outlet, URL, date, evidence sentence and
    offsets) and its conflicts (which source says what).
``organisations(kb, q=None) -> list[Organisation]``
    The organisations named by facts (``orgs`` of agreements, ``of`` of roles), normalised
    (no quotes or legal form), with their aliases; ``q`` filters by a part of any name.
``conflicts(kb, page=1, per_page=50) -> Page[FactView]``
    Canonical facts with unresolved conflicts, most sources first.
``search(kb, q, type=None, place=None, date_from=None, date_to=None, page=1, per_page=20) -> Page[SearchHit]``
    Full-text search over documents by word forms (lemmas in SQLite FTS5; PostgreSQL's
    ``russian`` configuration), filtered by fact type, place (with everything inside it) and
    publication dates.
``facts(kb, filters=FactFilter(...), page=1, per_page=50) -> Page[FactView]``
    Canonical facts by type, place, pair, status, conflicts, dates, person, minimum sources.

Place IDs follow FACTS.md (``RU``, ``RU-TA``, ``RU-TA/Казань``). Unknown IDs give empty results;
unknown fact or document numbers raise ``KBError``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch.gazetteer.places import country_of, lineage
from coopwatch.kb import schema
from coopwatch.kb import search as fts
from coopwatch.kb.db import KB, KBError
from coopwatch.kb.fuse import effective
from coopwatch.kb.schema import (
    canonical_facts,
    canonical_people,
    canonical_sides,
    documents,
    org_names,
    orgs,
    people,
    person_names,
    places,
)
from coopwatch.kb.views import (
    Conflict,
    ConflictValue,
    DocumentBrief,
    DocumentFact,
    DocumentView,
    FactView,
    Organisation,
    Overview,
    Page,
    PairView,
    Partner,
    PersonBrief,
    PersonView,
    PlaceView,
    Position,
    SearchHit,
    Source,
    TargetPoint,
    TradePoint,
    place_ref,
    summary,
)

conflicts_t, facts_t = schema.conflicts, schema.facts  # the names conflicts() and facts() are the API

__all__ = ["FactFilter", "conflicts", "document", "fact", "facts", "organisations", "overview", "pair", "person",
           "place", "search"]


VIEW = [canonical_facts.c[n] for n in ("id", "type", "data", "corrected", "status", "day", "n_documents",
                                      "n_sources", "n_conflicts")]  # not the fusion context: it grows


def within(col: sa.ColumnElement, place_id: str) -> sa.ColumnElement[bool]:
    """``col`` is ``place_id`` or lies inside it — as index-friendly ranges: a region's children
    are ``X/…``, a country's also ``X-…``."""
    cond = sa.or_(col == place_id, sa.and_(col >= place_id + "/", col < place_id + "0"))
    if "-" not in place_id and "/" not in place_id:
        cond = sa.or_(cond, sa.and_(col >= place_id + "-", col < place_id + "."))
    return cond


def _brief(r: Any) -> DocumentBrief:
    return DocumentBrief(r.id, r.name, r.outlet, r.url, r.published, r.story_id)


def _views(conn: Connection, rows: list[Any], *, sources_for: set[int] | None = None) -> list[FactView]:
    """FactViews for canonical rows, with sources (of all, or of ``sources_for``) and conflicts
    loaded in two queries."""
    ids = [r.id for r in rows if sources_for is None or r.id in sources_for]
    sources: dict[int, list[Source]] = defaultdict(list)
    doc_of: dict[int, int] = {}
    if ids:
        for i in range(0, len(ids), 900):
            q = (sa.select(facts_t.c.id, facts_t.c.canonical_id, facts_t.c.ev_text, facts_t.c.ev_start,
                           facts_t.c.ev_end, documents.c.id.label("doc_id"), documents.c.name, documents.c.outlet,
                           documents.c.url, documents.c.published, documents.c.story_id)
                 .join(documents, documents.c.id == facts_t.c.document_id)
                 .where(facts_t.c.canonical_id.in_(ids[i:i + 900])).order_by(facts_t.c.id))
            for s in conn.execute(q):
                doc_of[s.id] = s.doc_id
                sources[s.canonical_id].append(Source(s.id, s.doc_id, s.name, s.outlet, s.url, s.published,
                                                      s.story_id, s.ev_text, s.ev_start, s.ev_end))
    found: dict[int, list[Conflict]] = defaultdict(list)
    disputed = [r.id for r in rows if r.n_conflicts or r.corrected]
    if disputed:
        corrected = {r.id: set((r.corrected or {}).keys()) for r in rows}
        for c in conn.execute(sa.select(conflicts_t).where(conflicts_t.c.canonical_id.in_(disputed))
                              .order_by(conflicts_t.c.id)):
            values = [ConflictValue(v["value"], v["facts"], sorted({doc_of.get(f, 0) for f in v["facts"]} - {0}))
                      for v in c.values]
            found[c.canonical_id].append(Conflict(c.field, c.label, values, c.field in corrected[c.canonical_id]))
    out = []
    for r in rows:
        data = effective(r.data, r.corrected)
        out.append(FactView(r.id, r.type, data, r.status, r.corrected, r.day, r.n_documents, r.n_sources,
                            r.n_conflicts, summary(data), sources.get(r.id, []), found.get(r.id, [])))
    return out


def _order(q: sa.Select) -> sa.Select:
    return q.order_by(canonical_facts.c.day.is_(None), canonical_facts.c.day, canonical_facts.c.id)


def fact(kb: KB, fact_id: int) -> FactView:
    with kb.read() as conn:
        row = conn.execute(sa.select(*VIEW).where(canonical_facts.c.id == fact_id)).first()
        if row is None:
            raise KBError(f"канонический факт №{fact_id} не найден")
        return _views(conn, [row])[0]


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


def _pair_ids(a: str, b: str) -> sa.Select:
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
        meta = conn.execute(sa.select(c.id, c.type, c.day, c.n_conflicts).where(c.id.in_(_pair_ids(a, b)))).all()
        newest_first = sorted(meta, key=lambda r: (r.day is not None, r.day or date.min, r.id), reverse=True)
        newest = {r.id for r in newest_first[:limit]}
        chosen = (newest | {r.id for r in meta if r.type in ("trade", "target")}
                  | {r.id for r in [r for r in newest_first if r.type == "agreement"][:limit]}
                  | {r.id for r in [r for r in newest_first if r.n_conflicts][:limit]})
        rows = conn.execute(_order(sa.select(*VIEW).where(c.id.in_(sorted(chosen))))).all() if chosen else []
        views = _views(conn, rows, sources_for={r.id for r in rows if r.n_conflicts or r.corrected})
        named = (sa.select(canonical_people.c.person_id, sa.func.count().label("n"))
                 .where(canonical_people.c.canonical_id.in_([r.id for r in meta]))
                 .group_by(canonical_people.c.person_id).order_by(sa.desc("n")).limit(limit).subquery())
        people_rows = conn.execute(sa.select(people.c.id, people.c.name).join(named, named.c.person_id == people.c.id)
                                   .order_by(people.c.name)).all() if meta else []
        positions = _positions(conn, [p.id for p in people_rows])
    timeline = views  # oldest first, undated last
    kept = [v for v in views if v.status != "rejected"]
    trade = [TradePoint(v.id, v.data["metric"], v.data["parties"], v.data.get("period"), v.data.get("value"),
                        v.data.get("currency"), bool(v.data.get("approx")), v.data.get("growth_pct"), v.n_sources,
                        v.n_conflicts > 0) for v in kept if v.type == "trade"]
    trade.sort(key=lambda t: (t.metric, t.period or ["9999"]))
    targets = [TargetPoint(v.id, v.data.get("metric", "turnover"), v.data["parties"], v.data.get("value_min"),
                           v.data.get("value_max"), v.data.get("currency"), v.data.get("year"), v.n_sources)
               for v in kept if v.type == "target"]
    return PairView(place_ref(a), place_ref(b), len(meta), [v for v in timeline if v.id in newest], trade, targets,
                    [v for v in kept if v.type == "agreement"][-limit:],
                    [PersonBrief(p.id, p.name, positions.get(p.id, [])) for p in people_rows],
                    [v for v in timeline if v.n_conflicts][-limit:])


def _positions(conn: Connection, person_ids: list[int]) -> dict[int, list[Position]]:
    """Dated positions from role facts: title, whose, first and last day a source reported it
    (the days fusion keeps for each canonical fact: no join over its documents)."""
    out: dict[int, list[Position]] = defaultdict(list)
    if not person_ids:
        return out
    q = (sa.select(canonical_people.c.person_id, canonical_facts.c.id, canonical_facts.c.data,
                   canonical_facts.c.corrected, canonical_facts.c.n_sources, canonical_facts.c.ctx)
         .join(canonical_facts, canonical_facts.c.id == canonical_people.c.canonical_id)
         .where(canonical_people.c.person_id.in_(person_ids), canonical_people.c.field == "person",
                canonical_facts.c.type == "role", canonical_facts.c.status != "rejected"))
    seen = set()
    for r in conn.execute(q):
        if (r.person_id, r.id) in seen:  # two spellings of one person linked to one fact
            continue
        seen.add((r.person_id, r.id))
        d = effective(r.data, r.corrected)
        of = str(d.get("of", ""))
        days = sorted((r.ctx or {}).get("days", []))
        first, last = (date.fromisoformat(days[0]), date.fromisoformat(days[-1])) if days else (None, None)
        out[r.person_id].append(Position(r.id, d["title"], of, place_ref(of).name, first, last, r.n_sources))
    for ps in out.values():
        ps.sort(key=lambda p: (p.last_seen or date.min), reverse=True)
    return out


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
                        canonical_facts.c.status != "rejected", canonical_facts.c.type != "role"))
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


def person(kb: KB, person_id: int) -> PersonView:
    with kb.read() as conn:
        row = conn.execute(sa.select(people).where(people.c.id == person_id)).first()
        if row is None:
            raise KBError(f"человек №{person_id} не найден")
        if row.merged_into is not None:
            return person(kb, row.merged_into)
        names = list(conn.execute(sa.select(person_names.c.name).where(person_names.c.person_id == person_id)
                                  .order_by(person_names.c.name)).scalars())
        merged = list(conn.execute(sa.select(people.c.id).where(people.c.merged_into == person_id)).scalars())
        rows = conn.execute(_order(sa.select(*VIEW).where(canonical_facts.c.id.in_(
            sa.select(canonical_people.c.canonical_id).where(canonical_people.c.person_id == person_id))))).all()
        views = _views(conn, rows)
        positions = _positions(conn, [person_id]).get(person_id, [])
    return PersonView(row.id, row.name, names, merged, positions, views)


def document(kb: KB, doc_id: int) -> DocumentView:
    with kb.read() as conn:
        row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).first()
        if row is None:
            raise KBError(f"документ №{doc_id} не найден")
        fs = conn.execute(sa.select(facts_t).where(facts_t.c.document_id == doc_id).order_by(facts_t.c.idx)).all()
        story = conn.execute(sa.select(documents.c.id, documents.c.name, documents.c.outlet, documents.c.url,
                                       documents.c.published, documents.c.story_id)
                             .where(documents.c.story_id == row.story_id, documents.c.id != doc_id)
                             .order_by(documents.c.id)).all() if row.story_id is not None else []
    return DocumentView(_brief(row), row.text, row.source, list((row.meta or {}).get("warnings", [])),
                        [DocumentFact(f.id, f.type, f.data, f.ev_start, f.ev_end, f.ev_text, f.canonical_id) for f in fs],
                        [_brief(s) for s in story])


def conflicts(kb: KB, page: int = 1, per_page: int = 50) -> Page[FactView]:
    return facts(kb, FactFilter(conflicts_only=True), page, per_page, order="sources")


@dataclass
class FactFilter:
    type: str | None = None
    place: str | None = None
    pair: tuple[str, str] | None = None
    status: str | None = None  # auto | confirmed | rejected
    conflicts_only: bool = False
    date_from: date | None = None
    date_to: date | None = None
    person_id: int | None = None
    min_sources: int = 0


def _filtered(f: FactFilter) -> sa.Select:
    q = sa.select(*VIEW)
    if f.type:
        q = q.where(canonical_facts.c.type == f.type)
    if f.place:
        q = q.where(canonical_facts.c.id.in_(sa.select(canonical_sides.c.canonical_id)
                                             .where(within(canonical_sides.c.place_id, f.place))))
    if f.pair:
        q = q.where(canonical_facts.c.id.in_(_pair_ids(*f.pair)))
    if f.status:
        q = q.where(canonical_facts.c.status == f.status)
    if f.conflicts_only:
        q = q.where(canonical_facts.c.n_conflicts > 0)
    if f.date_from:
        q = q.where(canonical_facts.c.day >= f.date_from)
    if f.date_to:
        q = q.where(canonical_facts.c.day <= f.date_to)
    if f.person_id is not None:
        q = q.where(canonical_facts.c.id.in_(sa.select(canonical_people.c.canonical_id)
                                             .where(canonical_people.c.person_id == f.person_id)))
    if f.min_sources:
        q = q.where(canonical_facts.c.n_sources >= f.min_sources)
    return q


def facts(kb: KB, filters: FactFilter | None = None, page: int = 1, per_page: int = 50,
          order: str = "date") -> Page[FactView]:
    """Canonical facts matching ``filters``; newest first (``order="sources"``: most sources first)."""
    f = filters or FactFilter()
    page, per_page = max(1, page), max(1, min(per_page, 1000))
    q = _filtered(f)
    with kb.read() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(q.subquery())).scalar_one()
        if order == "sources":
            q = q.order_by(canonical_facts.c.n_sources.desc(), canonical_facts.c.id)
        else:
            q = q.order_by(canonical_facts.c.day.is_(None), canonical_facts.c.day.desc(), canonical_facts.c.id)
        rows = conn.execute(q.limit(per_page).offset((page - 1) * per_page)).all()
        return Page(_views(conn, rows), total, page, per_page)


def search(kb: KB, q: str, type: str | None = None, place: str | None = None, date_from: date | None = None,
           date_to: date | None = None, page: int = 1, per_page: int = 20) -> Page[SearchHit]:
    """Documents matching the words of ``q`` in any of their forms."""
    page, per_page = max(1, page), max(1, min(per_page, 200))
    cond = []
    # A type or a whole country is shared by tens of thousands of facts: probe each matching
    # document (correlated EXISTS on the facts' document index) rather than build that set. A
    # region or a city has few: build its set of documents once (IN).
    own = facts_t.c.document_id == documents.c.id
    sides_of_facts = facts_t.join(canonical_sides, canonical_sides.c.canonical_id == facts_t.c.canonical_id)
    if type:
        cond.append(sa.exists().where(own, facts_t.c.type == type))
    if place and "-" not in place:
        cond.append(sa.exists(sa.select(1).select_from(sides_of_facts)
                              .where(own, within(canonical_sides.c.place_id, place))))
    elif place:
        cond.append(documents.c.id.in_(sa.select(facts_t.c.document_id).select_from(sides_of_facts)
                                       .where(within(canonical_sides.c.place_id, place))))
    if date_from:
        cond.append(documents.c.published >= date_from)
    if date_to:
        cond.append(documents.c.published <= date_to)
    with kb.read() as conn:
        total, rows = fts.find(conn, q, cond, per_page, (page - 1) * per_page)
        hits = [SearchHit(_brief(r), fts.snippet(r.text, q), float(r.rank)) for r in rows]
    return Page(hits, total, page, per_page)


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


def place_exists(kb: KB, place_id: str) -> bool:
    with kb.read() as conn:
        return conn.execute(sa.select(places.c.id).where(places.c.id == place_id)).first() is not None


def as_dict(value: Any) -> Any:
    """A view as plain JSON-ready data (dates as ISO strings)."""
    import dataclasses

    if dataclasses.is_dataclass(value):
        return {f.name: as_dict(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [as_dict(v) for v in value]
    if isinstance(value, dict):
        return {k: as_dict(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value
