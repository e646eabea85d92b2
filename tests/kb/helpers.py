"""Helpers for the knowledge-base tests: documents and facts written in the tests themselves."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coopwatch.kb import store
from coopwatch.kb.db import KB
from coopwatch.models import Document, fact_from_json

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DEV = SHARED / "corpus" / "dev"


def doc(name: str, text: str, url: str | None = None, published: str | None = None) -> Document:
    return Document(id=name, text=text, url=url, published=date.fromisoformat(published) if published else None,
                    source=f"{name}.txt")


def prepared(name: str, text: str, facts: list[dict], **kw):  # noqa: ANN201 - store.Prepared
    """A document with facts given as FACTS.md dicts (evidence = a sentence of ``text``)."""
    return store.prepare(doc(name, text, **kw), [fact_from_json(f) for f in facts])


def add(kb: KB, name: str, text: str, facts: list[dict], **kw) -> int:
    with kb.write() as conn:
        _, doc_id = store.add(conn, prepared(name, text, facts, **kw))
    return doc_id




def snapshot(kb: KB) -> dict:
    """Everything the knowledge base asserts, without the ids that depend on arrival: each canonical
    fact (data, status, counts, day, first and last day, sides, people, stories) with its sources
    (document name and the fact's place in it, evidence offsets) and its conflicts (who says what, by
    source); stories as groups of document names; people with their spellings."""
    import json

    import sqlalchemy as sa

    from coopwatch.kb.schema import (
        canonical_facts,
        canonical_people,
        canonical_sides,
        canonical_stories,
        conflicts,
        documents,
        facts,
        people,
        person_names,
    )

    with kb.read() as c:
        docs = {r.id: r for r in c.execute(sa.select(documents.c.id, documents.c.name, documents.c.story_id))}
        fact_rows = c.execute(sa.select(facts.c.id, facts.c.document_id, facts.c.idx, facts.c.canonical_id,
                                        facts.c.ev_start, facts.c.ev_end)).all()
        source = {f.id: (docs[f.document_id].name, f.idx) for f in fact_rows}
        by_canon: dict[int, list] = {}
        for f in fact_rows:
            by_canon.setdefault(f.canonical_id, []).append((*source[f.id], f.ev_start, f.ev_end))
        names = {r.id: r.name for r in c.execute(sa.select(people.c.id, people.c.name))}
        spellings: dict[int, list[str]] = {}
        for pid, name in c.execute(sa.select(person_names.c.person_id, person_names.c.name)):
            spellings.setdefault(pid, []).append(name)
        linked: dict[int, list] = {}
        for cid, pid, fld in c.execute(sa.select(canonical_people.c.canonical_id, canonical_people.c.person_id,
                                                 canonical_people.c.field)):
            linked.setdefault(cid, []).append((names[pid], sorted(spellings.get(pid, [])), fld))
        sides: dict[int, list] = {}
        for cid, place, role in c.execute(sa.select(canonical_sides.c.canonical_id, canonical_sides.c.place_id,
                                                    canonical_sides.c.role)):
            sides.setdefault(cid, []).append((place, role))
        disputes: dict[int, list] = {}
        for r in c.execute(sa.select(conflicts.c.canonical_id, conflicts.c.field, conflicts.c.label, conflicts.c["values"])):
            values = [(json.dumps(v["value"], ensure_ascii=False, sort_keys=True), sorted(source[i] for i in v["facts"]))
                      for v in r.values]
            disputes.setdefault(r.canonical_id, []).append((r.field, r.label, values))
        story_docs: dict[int, list[str]] = {}
        for d in docs.values():
            story_docs.setdefault(d.story_id, []).append(d.name)
        told: dict[int, list] = {}
        for cid, sid in c.execute(sa.select(canonical_stories.c.canonical_id, canonical_stories.c.story_id)):
            told.setdefault(cid, []).append(sorted(story_docs.get(sid, [f"story {sid} of no document"])))
        canon = []
        for r in c.execute(sa.select(canonical_facts)):
            canon.append((r.type, json.dumps(r.data, ensure_ascii=False, sort_keys=True), r.status, r.n_documents,
                          r.n_sources, r.n_conflicts, str(r.day), r.key, r.block, sorted(by_canon.get(r.id, [])),
                          sorted(disputes.get(r.id, [])), sorted(sides.get(r.id, [])), sorted(linked.get(r.id, [])),
                          json.dumps(r.ctx, sort_keys=True), sorted(told.get(r.id, []))))
        stories: dict[int, list[str]] = {}
        for d in docs.values():
            stories.setdefault(d.story_id, []).append(d.name)
        unlinked = sorted(source[f.id] for f in fact_rows if f.canonical_id is None)
    return {"canonical": sorted(canon, key=repr), "stories": sorted(sorted(g) for g in stories.values()),
            "people": sorted((names[p], sorted(s)) for p, s in spellings.items()), "unfused": unlinked}
