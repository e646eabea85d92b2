"""Writing documents and their facts: one document, its facts, its story and the fusion of its
facts are committed together or not at all.

``prepare`` does the heavy, database-free part (extraction, lemmas, MinHash) and runs in worker
processes; ``add`` and ``replace_facts`` write in the main process.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch.kb import fuse, rules, stories
from coopwatch.kb.schema import canonical_facts, documents, facts
from coopwatch.kb.text import content_hash, headline, lemmatize, outlet_of
from coopwatch.models import Document, DocumentFacts


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """A hash of the extractor's code and data: documents extracted by another version are stale
    (the fact types' registry lists the extraction stages, so a new type makes them stale too)."""
    from coopwatch.paths import PACKAGE as root

    h = hashlib.sha1()
    for pkg in ("extract", "facttypes", "nlp", "gazetteer"):
        for f in sorted((root / pkg).rglob("*")):
            if f.is_file() and f.suffix in (".py", ".tsv"):
                h.update(f.relative_to(root).as_posix().encode())
                h.update(f.read_bytes())
    return h.hexdigest()


@dataclass
class PreparedFact:
    data: dict[str, Any]  # FACTS.md object without evidence
    start: int | None = None
    end: int | None = None
    evidence: str | None = None


@dataclass
class Prepared:
    """A document ready to be written (built in a worker process)."""

    doc: Document
    content_hash: str
    lemmas: str
    minhash: bytes
    facts: list[PreparedFact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extractor_version: str | None = None


def facts_of(result: DocumentFacts | list[Any], text: str) -> list[PreparedFact]:
    """Facts with evidence offsets; evidence given only as text is located in the document."""
    out = []
    items = result.facts if isinstance(result, DocumentFacts) else result
    for f in items:
        data = f.to_json()
        data.pop("evidence", None)
        ev = f.evidence
        start = end = None
        ev_text = ev.text if ev else None
        if ev is not None and 0 <= ev.start <= ev.end <= len(text):
            start, end = ev.start, ev.end
        elif ev_text:
            pos = text.find(ev_text)
            if pos >= 0:
                start, end = pos, pos + len(ev_text)
        out.append(PreparedFact(data, start, end, ev_text))
    return out


def prepare(doc: Document, given: list[Any] | None = None, *, chash: str | None = None) -> Prepared:
    """Extract (unless ``given`` facts come with the document), lemmatise, sign. ``chash``: the
    content hash, when the caller has it already (the batch driver computes it once per document)."""
    sig = stories.to_bytes(stories.signature(doc.text))
    p = Prepared(doc=doc, content_hash=chash or content_hash(doc.text), lemmas=lemmatize(doc.text), minhash=sig,
                 warnings=list(doc.meta.get("warnings", [])))
    if given is not None:
        p.facts = facts_of(given, doc.text)
        p.extractor_version = "given"
        return p
    from coopwatch.extract import extract_document

    result = extract_document(doc)
    p.facts = facts_of(result, doc.text)
    # the extractor's report repeats what reading the document found: each said once
    p.warnings = list(dict.fromkeys(p.warnings + result.warnings))
    p.extractor_version = extractor_version()
    return p


_SAME_TEXT_OR_URL = sa.select(documents.c.id, documents.c.content_hash).where(
    sa.or_(documents.c.content_hash == sa.bindparam("chash"), documents.c.url == sa.bindparam("url")))


def find_existing(conn: Connection, chash: str, url: str | None) -> tuple[int | None, str | None]:
    """(document id, why) when the document is stored already: same text (first), or same URL —
    one statement for both."""
    rows = conn.execute(_SAME_TEXT_OR_URL, {"chash": chash, "url": url}).all()
    for r in rows:
        if r.content_hash == chash:
            return r.id, "text"
    return (rows[0].id, "url") if rows else (None, None)


def add(conn: Connection, p: Prepared, touched: fuse.Touched | None = None) -> tuple[str, int]:
    """Store one prepared document. Returns ("added"|"skipped"|"updated", document id). With
    ``touched``, what is to be fused anew is added to it (the caller fuses once for a batch, in the
    same transaction); else it is fused now."""
    existing, why = find_existing(conn, p.content_hash, p.doc.url)
    if existing is not None and why == "text":
        return "skipped", existing
    mine = fuse.Touched() if touched is None else touched
    d = p.doc
    values = dict(name=d.id, headline=headline(d.text), content_hash=p.content_hash, url=d.url,
                  outlet=outlet_of(d.url, d.source),
                  source=d.source, published=d.published, text=d.text, lemmas=p.lemmas,
                  meta=_jsonable(d.meta), minhash=None, extractor_version=p.extractor_version,  # 0013
                  ingested_at=datetime.now(UTC), relevant=bool(p.facts))
    if existing is not None:  # the page at this URL changed: new text, facts extracted anew
        conn.execute(documents.update().where(documents.c.id == existing).values(**values))
        stories.remove(conn, existing)
        placed = stories.place_in_story(conn, existing, stories.from_bytes(p.minhash))
        for moved in placed.moved:
            mine.add_document(conn, moved)
        replace_facts(conn, existing, p.facts, p.extractor_version, mine)
        outcome, doc_id = "updated", existing
    else:
        doc_id = conn.execute(documents.insert().values(**values)).inserted_primary_key[0]
        placed = stories.place_in_story(conn, doc_id, stories.from_bytes(p.minhash))
        for moved in placed.moved:
            mine.add_document(conn, moved, now=False)
        _insert_facts(conn, doc_id, p.facts, d.published, p.content_hash, placed.story_id)
        mine.add_document(conn, doc_id, now=False)
        outcome = "added"
    if touched is None:
        mine.apply(conn)
    return outcome, doc_id


def _insert_facts(conn: Connection, doc_id: int, items: list[PreparedFact], published: date | None, chash: str,
                  story_id: int | None, anchors: list[fuse.Anchor] = ()) -> None:
    """The facts of a document, each in its block with its rank and day, and with the document's
    story; a fact read from the same sentence as a fact of a curated canonical fact before
    (re-extraction) stays with that canonical fact."""
    rows = []
    for i, f in enumerate(items):
        span = (f.start, f.end) if f.start is not None and f.end is not None else None
        anchor = next((a.canonical_id for a in anchors if span and a.type == f.data["type"]
                       and a.start < span[1] and span[0] < a.end), None)
        rows.append(dict(document_id=doc_id, idx=i, type=f.data["type"], data=f.data, ev_start=f.start, ev_end=f.end,
                         ev_text=f.evidence, block=rules.block(f.data), canonical_id=anchor,
                         rank=rules.rank(published, chash, i), day=rules.reach_day(f.data, published),
                         story_id=story_id))
    if rows:
        conn.execute(facts.insert(), rows)


def replace_facts(conn: Connection, doc_id: int, items: list[PreparedFact], version: str | None,
                  touched: fuse.Touched | None = None) -> None:
    """Re-extraction of one document: its old facts leave their canonical facts, the new ones
    join (curated canonical facts keep the facts read from the same sentences)."""
    mine = fuse.Touched() if touched is None else touched
    old = conn.execute(sa.select(facts.c.type, facts.c.ev_start, facts.c.ev_end, facts.c.canonical_id,
                                 canonical_facts.c.status, canonical_facts.c.corrected)
                       .join(canonical_facts, canonical_facts.c.id == facts.c.canonical_id)
                       .where(facts.c.document_id == doc_id)).all()
    anchors = [fuse.Anchor(r.type, r.ev_start, r.ev_end, r.canonical_id) for r in old
               if fuse.curated(r) and r.ev_start is not None]
    mine.add_document(conn, doc_id)  # the blocks the old facts leave
    mine.canonicals |= {r.canonical_id for r in old}
    conn.execute(facts.delete().where(facts.c.document_id == doc_id))
    doc = conn.execute(sa.select(documents.c.published, documents.c.content_hash, documents.c.story_id)
                       .where(documents.c.id == doc_id)).one()
    _insert_facts(conn, doc_id, items, doc.published, doc.content_hash, doc.story_id, anchors)
    mine.add_document(conn, doc_id)  # and those the new ones join
    conn.execute(documents.update().where(documents.c.id == doc_id).values(extractor_version=version,
                                                                           relevant=bool(items)))
    if touched is None:
        mine.apply(conn)


def _jsonable(meta: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in meta.items():
        out[k] = v.isoformat() if isinstance(v, date) else v
    return out
