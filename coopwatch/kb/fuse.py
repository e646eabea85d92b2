"""Fusion in the database: each stored fact joins the canonical fact it describes (or starts one),
and touched canonical facts are recomputed from all their members — fused value, conflicts,
source counts, sides, people. The rules themselves are in ``rules``.

A canonical fact a curator touched (confirmed, rejected, corrected) is never deleted: its
corrected fields override the fused ones and new facts keep joining it (also after
re-extraction), and a conflict on a corrected field counts as resolved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch import facttypes
from coopwatch.kb import entities, merge, rules
from coopwatch.kb.schema import (
    canonical_facts,
    canonical_people,
    canonical_sides,
    conflicts,
    documents,
    facts,
)


def effective(data: dict[str, Any], corrected: dict[str, Any] | None) -> dict[str, Any]:
    """What the knowledge base asserts: the fused fact with a curator's corrections applied."""
    return {**data, **(corrected or {})}


def _canon(row: Any) -> rules.Canon:
    ctx = row.ctx or {}
    return rules.Canon(id=row.id, data=effective(row.data, row.corrected), stories=set(ctx.get("stories", [])),
                       days={date.fromisoformat(d) for d in ctx.get("days", [])},
                       occasions=set(ctx.get("occasions", [])))


@dataclass(frozen=True)
class Anchor:
    """Where a previous extraction's fact of a curated canonical fact was read (re-extraction)."""

    type: str
    start: int
    end: int
    canonical_id: int


def attach(conn: Connection, members: Iterable[tuple[rules.Member, tuple[int, int] | None]],
           anchors: list[Anchor] = ()) -> set[int]:
    """Link the new facts of one document to their canonical facts; returns the canonical facts
    touched. Events go last: they may fuse by the occasion the document's agreements pin down."""
    touched: set[int] = set()
    now = datetime.now(UTC)
    members = sorted(members, key=lambda ms: rules.is_event(ms[0].data["type"]))
    agreements: list[tuple[int, dict[str, Any]]] = []  # those pinning down occasions (rules.occasions_of)
    for m, span in members:
        if rules.is_event(m.data["type"]):
            m.occasions = rules.occasions_of(m.story_id, agreements)
        blk = rules.block(m.data)
        rows = conn.execute(candidates(blk, m).order_by(canonical_facts.c.id)).all()
        best, best_score = None, -1
        for row in rows:
            c = _canon(row)
            if rules.identical(c, m):
                s = rules.score(c, m)
                if s > best_score:
                    best, best_score = c, s
        target = best.id if best else None
        if target is None and span:
            target = next((a.canonical_id for a in anchors if a.type == m.data["type"]
                           and a.start < span[1] and span[0] < a.end), None)
        if target is None:
            ctx = {"stories": [m.story_id] if m.story_id is not None else [],
                   "days": [m.day.isoformat()] if m.day else [], "occasions": sorted(m.occasions)}
            target = conn.execute(canonical_facts.insert().values(
                type=m.data["type"], block=blk, key=rules.key(m.data), day=rules.canonical_day(m.data, [m]),
                data=m.data, ctx=ctx, status="auto", updated_at=now)).inserted_primary_key[0]
        else:
            # keep the candidates' view current for the next fact of this batch
            known = next((r.ctx for r in rows if r.id == target), None)
            if known is None:  # an anchor outside the block
                known = conn.execute(sa.select(canonical_facts.c.ctx).where(canonical_facts.c.id == target)).scalar()
            ctx = dict(known or {})
            if m.story_id is not None and m.story_id not in ctx.get("stories", []):
                ctx["stories"] = [*ctx.get("stories", []), m.story_id]
            if m.day and m.day.isoformat() not in ctx.get("days", []):
                ctx["days"] = [*ctx.get("days", []), m.day.isoformat()]
            ctx["occasions"] = sorted(set(ctx.get("occasions", [])) | m.occasions)
            conn.execute(canonical_facts.update().where(canonical_facts.c.id == target).values(ctx=ctx))
        conn.execute(facts.update().where(facts.c.id == m.fact_id).values(canonical_id=target))
        touched.add(target)
        if rules.pins_occasion(m.data["type"]):
            agreements.append((target, best.data if best else m.data))
    return touched


CANDIDATE_DAYS = 3 * rules.EVENT_WINDOW_DAYS  # events: a margin for chains of days; the rule decides


def candidates(blk: str, m: rules.Member) -> sa.Select:
    """Canonical facts ``m`` may join: its block, narrowed by key (or, for events, by day)."""
    c = canonical_facts.c
    q = sa.select(c.id, c.data, c.corrected, c.ctx).where(c.block == blk)
    k = rules.key(m.data)
    f = rules.fusion(m.data["type"])
    if f is not None and f.exact_key:
        q = q.where(c.key == k)
    elif k is not None:
        q = q.where(sa.or_(c.key == k, c.key.is_(None)))
    if rules.is_event(m.data["type"]) and m.day is not None:
        window = timedelta(days=CANDIDATE_DAYS)
        q = q.where(sa.or_(c.day.is_(None), c.day.between(m.day - window, m.day + window)))
    return q


def members_of(conn: Connection, canonical_id: int) -> list[rules.Member]:
    rows = conn.execute(
        sa.select(facts.c.id, facts.c.data, facts.c.document_id, documents.c.story_id, documents.c.published)
        .join(documents, documents.c.id == facts.c.document_id)
        .where(facts.c.canonical_id == canonical_id).order_by(facts.c.id)).all()
    return [rules.Member(r.id, r.data, r.document_id, r.story_id, r.published) for r in rows]


def recompute(conn: Connection, ids: Iterable[int]) -> None:
    """Refresh fused data, conflicts, counts, sides and people of the given canonical facts;
    delete those left without members unless a curator touched them."""
    now = datetime.now(UTC)
    for cid in sorted(set(ids)):
        row = conn.execute(sa.select(canonical_facts).where(canonical_facts.c.id == cid)).first()
        if row is None:
            continue
        members = members_of(conn, cid)
        if not members:
            if row.status == "auto" and row.corrected is None:
                conn.execute(canonical_facts.delete().where(canonical_facts.c.id == cid))
                continue
            data, found = row.data, []
        else:
            data, found = merge.fuse(members)
        corrected = row.corrected or {}
        conn.execute(conflicts.delete().where(conflicts.c.canonical_id == cid))
        if found:
            conn.execute(conflicts.insert(), [{"canonical_id": cid, "field": c.field, "label": c.label,
                                               "values": c.values} for c in found])
        eff = effective(data, corrected)
        ctx = {"stories": sorted({m.story_id for m in members if m.story_id is not None}),
               "days": sorted({m.day.isoformat() for m in members if m.day}),
               "occasions": sorted(_occasions(conn, members)) if rules.is_event(row.type) else []}
        conn.execute(canonical_facts.update().where(canonical_facts.c.id == cid).values(
            data=data, ctx=ctx, day=rules.canonical_day(eff, members), key=rules.key(eff),
            n_documents=len({m.document_id for m in members}),
            n_sources=len({m.story_id if m.story_id is not None else -m.document_id for m in members}),
            n_conflicts=sum(1 for c in found if c.field not in corrected),
            updated_at=now))
        _links(conn, cid, eff, members)


def _occasions(conn: Connection, members: list[rules.Member]) -> set[str]:
    """The occasions the members' documents report (``rules.occasions_of``)."""
    docs = {m.document_id: m.story_id for m in members}
    rows = conn.execute(sa.select(facts.c.document_id, canonical_facts.c.id, canonical_facts.c.data,
                                  canonical_facts.c.corrected)
                        .join(canonical_facts, canonical_facts.c.id == facts.c.canonical_id)
                        .where(facts.c.document_id.in_(sorted(docs)),
                               canonical_facts.c.type.in_([ft.name for ft in facttypes.all_types()
                                                           if ft.fusion.occasion]))).all()
    out: set[str] = set()
    for doc_id, story in docs.items():
        out |= rules.occasions_of(story, [(r.id, effective(r.data, r.corrected)) for r in rows if r.document_id == doc_id])
    return out


def _links(conn: Connection, cid: int, data: dict[str, Any], members: list[rules.Member]) -> None:
    """Sides and organisations of the fact as asserted; people as any source names them (so a
    spelling one source got wrong is a person a curator can see and merge)."""
    conn.execute(canonical_sides.delete().where(canonical_sides.c.canonical_id == cid))
    sides = rules.sides(data)
    if sides:
        entities.ensure_places(conn, {p for p, _ in sides})
        conn.execute(canonical_sides.insert(), [{"canonical_id": cid, "place_id": p, "role": r} for p, r in sides])
    conn.execute(canonical_people.delete().where(canonical_people.c.canonical_id == cid))
    named = dict.fromkeys(rules.people_named(data) + [x for m in members for x in rules.people_named(m.data)])
    links = {(entities.resolve_person(conn, n), f) for n, f in named}
    if links:
        conn.execute(canonical_people.insert(), [{"canonical_id": cid, "person_id": p, "field": f}
                                                 for p, f in sorted(links)])
    for org in rules.orgs_named(data):
        entities.resolve_org(conn, org)
