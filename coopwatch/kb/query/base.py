"""What every query shares: the columns of a fact view, places with everything inside them, the
views of canonical rows with their sources and conflicts."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch import facttypes
from coopwatch.kb import schema
from coopwatch.kb.fuse import effective
from coopwatch.kb.schema import canonical_facts, documents
from coopwatch.kb.views import Conflict, ConflictValue, DocumentBrief, FactView, Source, summary

conflicts_t, facts_t = schema.conflicts, schema.facts  # the names conflicts() and facts() are the API

VIEW = [canonical_facts.c[n] for n in ("id", "type", "data", "corrected", "status", "day", "n_documents",
                                      "n_sources", "n_conflicts")]  # not the fusion context: it grows


def within(col: sa.ColumnElement, place_id: str) -> sa.ColumnElement[bool]:
    """``col`` is ``place_id`` or lies inside it — as index-friendly ranges: a region's children
    are ``X/…``, a country's also ``X-…``."""
    cond = sa.or_(col == place_id, sa.and_(col >= place_id + "/", col < place_id + "0"))
    if "-" not in place_id and "/" not in place_id:
        cond = sa.or_(cond, sa.and_(col >= place_id + "-", col < place_id + "."))
    return cond


def in_section(section: str) -> sa.ColumnElement[bool]:
    """Canonical facts of the types a page section lists (``coopwatch.facttypes.section``). Most
    sections take most types: said as "not the others", the query stays the one it was
    (``type != 'role'``) and so do the order of its rows and its plan."""
    names = facttypes.section(section)
    others = [n for n in facttypes.names() if n not in names]
    if len(others) < len(names):
        return canonical_facts.c.type.not_in(others) if others else sa.true()
    return canonical_facts.c.type.in_(names)


def brief(r: Any) -> DocumentBrief:
    return DocumentBrief(r.id, r.name, r.outlet, r.url, r.published, r.story_id, r.headline)


def views(conn: Connection, rows: list[Any], *, sources_for: set[int] | None = None) -> list[FactView]:
    """FactViews for canonical rows, with sources (of all, or of ``sources_for``) and conflicts
    loaded in two queries."""
    ids = [r.id for r in rows if sources_for is None or r.id in sources_for]
    sources: dict[int, list[Source]] = defaultdict(list)
    doc_of: dict[int, int] = {}
    if ids:
        for i in range(0, len(ids), 900):
            q = (sa.select(facts_t.c.id, facts_t.c.canonical_id, facts_t.c.ev_text, facts_t.c.ev_start,
                           facts_t.c.ev_end, documents.c.id.label("doc_id"), documents.c.name, documents.c.outlet,
                           documents.c.url, documents.c.published, documents.c.story_id, documents.c.headline)
                 .join(documents, documents.c.id == facts_t.c.document_id)
                 .where(facts_t.c.canonical_id.in_(ids[i:i + 900])).order_by(facts_t.c.id))
            for s in conn.execute(q):
                doc_of[s.id] = s.doc_id
                sources[s.canonical_id].append(Source(s.id, s.doc_id, s.name, s.outlet, s.url, s.published,
                                                      s.story_id, s.ev_text, s.ev_start, s.ev_end, s.headline))
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
        ft = facttypes.find(r.type)
        out.append(FactView(r.id, r.type, data, r.status, r.corrected, r.day, r.n_documents, r.n_sources,
                            r.n_conflicts, summary(data), sources.get(r.id, []), found.get(r.id, []),
                            ft.when(data) if ft is not None else data.get("date")))
    return out


def oldest_first(q: sa.Select) -> sa.Select:
    return q.order_by(canonical_facts.c.day.is_(None), canonical_facts.c.day, canonical_facts.c.id)


def as_dict(value: Any) -> Any:
    """A view as plain JSON-ready data (dates as ISO strings)."""
    if dataclasses.is_dataclass(value):
        return {f.name: as_dict(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [as_dict(v) for v in value]
    if isinstance(value, dict):
        return {k: as_dict(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value
