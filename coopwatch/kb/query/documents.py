"""Documents: one with its facts and story, full-text search, the first source of canonical facts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from coopwatch.kb import search as fts
from coopwatch.kb.db import KB, NotFound
from coopwatch.kb.query.base import brief, facts_t, within
from coopwatch.kb.schema import canonical_facts, canonical_sides, documents, facts
from coopwatch.kb.views import DocumentFact, DocumentRow, DocumentView, FirstSource, Page, SearchHit


def document(kb: KB, doc_id: int) -> DocumentView:
    with kb.read() as conn:
        row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).first()
        if row is None:
            raise NotFound(f"документ №{doc_id} не найден")
        fs = conn.execute(sa.select(facts_t).where(facts_t.c.document_id == doc_id).order_by(facts_t.c.idx)).all()
        story = conn.execute(sa.select(documents.c.id, documents.c.name, documents.c.outlet, documents.c.url,
                                       documents.c.published, documents.c.story_id)
                             .where(documents.c.story_id == row.story_id, documents.c.id != doc_id)
                             .order_by(documents.c.id)).all() if row.story_id is not None else []
    return DocumentView(brief(row), row.text, row.source, list((row.meta or {}).get("warnings", [])),
                        [DocumentFact(f.id, f.type, f.data, f.ev_start, f.ev_end, f.ev_text, f.canonical_id) for f in fs],
                        [brief(s) for s in story])


def documents_list(kb: KB, *, irrelevant: bool = False, outlet: str | None = None, page: int = 1,
                   per_page: int = 50) -> tuple[Page[DocumentRow], int]:
    """The stored documents, the latest stored first, and how many are hidden: those without any
    cooperation fact, unless ``irrelevant`` (general news a feed brought; still stored and searchable
    with ``irrelevant``). ``outlet``: only from this site."""
    page, per_page = max(1, page), max(1, min(per_page, 500))
    cond = [documents.c.outlet == outlet] if outlet else []
    shown = cond if irrelevant else [*cond, documents.c.relevant.is_(True)]
    n_facts = (sa.select(sa.func.count()).select_from(facts).where(facts.c.document_id == documents.c.id)
               .scalar_subquery())
    with kb.read() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(documents).where(*shown)).scalar_one()
        hidden = 0 if irrelevant else conn.execute(
            sa.select(sa.func.count()).select_from(documents).where(*cond, documents.c.relevant.is_(False))).scalar_one()
        rows = conn.execute(
            sa.select(documents.c.id, documents.c.name, documents.c.outlet, documents.c.url, documents.c.published,
                      documents.c.story_id, documents.c.relevant, documents.c.ingested_at, n_facts.label("n_facts"))
            .where(*shown).order_by(documents.c.id.desc()).limit(per_page).offset((page - 1) * per_page)).all()
    items = [DocumentRow(brief(r), bool(r.relevant), r.n_facts, _aware(r.ingested_at)) for r in rows]
    return Page(items, total, page, per_page), hidden


def _aware(t: datetime) -> datetime:
    return t if t.tzinfo is not None else t.replace(tzinfo=UTC)  # SQLite gives UTC times back without their zone


def search(kb: KB, q: str, type: str | None = None, place: str | None = None, date_from: date | None = None,
           date_to: date | None = None, page: int = 1, per_page: int = 20, irrelevant: bool = True) -> Page[SearchHit]:
    """Documents matching the words of ``q`` in any of their forms (``irrelevant`` false: only
    those with cooperation facts)."""
    page, per_page = max(1, page), max(1, min(per_page, 200))
    cond = [] if irrelevant else [documents.c.relevant.is_(True)]
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
        hits = [SearchHit(brief(r), fts.snippet(r.text, q), float(r.rank)) for r in rows]
    return Page(hits, total, page, per_page)


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


def extractor_version_of(kb: KB, doc_id: int) -> str | None:
    """The version of the extractor that made a stored document's facts ("given" for facts loaded
    ready-made, None when unknown)."""
    with kb.read() as conn:
        return conn.execute(sa.select(documents.c.extractor_version).where(documents.c.id == doc_id)).scalar()


def corrections(kb: KB, canonical_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The fields an editor has set on each of these canonical facts (only the corrected ones)."""
    ids = sorted(set(canonical_ids))
    out: dict[int, dict[str, Any]] = {}
    with kb.read() as conn:
        for i in range(0, len(ids), 900):
            q = sa.select(canonical_facts.c.id, canonical_facts.c.corrected).where(
                canonical_facts.c.id.in_(ids[i : i + 900]), canonical_facts.c.corrected.is_not(None))
            out.update({cid: corrected for cid, corrected in conn.execute(q) if corrected})
    return out
