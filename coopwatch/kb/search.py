"""Full-text search over documents that understands Russian word forms.

SQLite: the FTS5 table ``documents_fts`` indexes ``documents.lemmas`` (pymorphy2 lemmas); the
query's words are lemmatised the same way, so "соглашения" finds "соглашение", "Казани" finds
"Казань". PostgreSQL: ``to_tsvector('russian', text)`` (its Snowball stemmer, GIN index from the
migration) against ``plainto_tsquery('russian', q)``. Every word of the query must occur.
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch.kb.schema import documents
from coopwatch.kb.text import lemma, words

WORD = re.compile(r"\w+")
COLUMNS = (documents.c.id, documents.c.name, documents.c.outlet, documents.c.url, documents.c.published,
           documents.c.story_id, documents.c.headline, documents.c.text)


def fts_query(q: str) -> str:
    """FTS5 MATCH syntax: every lemma as a quoted phrase (quotes inside doubled), all required."""
    lemmas = [lemma(w) for w in words(q)]
    return " ".join('"' + x.replace('"', '""') + '"' for x in lemmas if x)


def find(conn: Connection, q: str, cond: list[Any], limit: int, offset: int) -> tuple[int, list[Any]]:
    if not words(q):
        return 0, []
    if conn.dialect.name == "postgresql":
        tsq = sa.func.plainto_tsquery(sa.literal_column("'russian'"), q)
        vec = sa.func.to_tsvector(sa.literal_column("'russian'"), documents.c.text)
        rank = sa.func.ts_rank(vec, tsq).label("rank")
        match = sa.select(documents.c.id).where(vec.op("@@")(tsq), *cond)
        base = sa.select(*COLUMNS, rank).where(vec.op("@@")(tsq), *cond)
        order = [rank.desc(), documents.c.id]
    else:
        fts = sa.table("documents_fts", sa.column("rowid"), sa.column("documents_fts"))
        rank = sa.literal_column("bm25(documents_fts)")
        found = fts.c.documents_fts.op("MATCH")(fts_query(q))
        match = sa.select(documents.c.id).join(fts, fts.c.rowid == documents.c.id).where(found, *cond)
        base = sa.select(*COLUMNS, (-rank).label("rank")).join(fts, fts.c.rowid == documents.c.id).where(found, *cond)
        order = [rank, documents.c.id]
    # the count needs neither the rank nor the texts: only the ranked page reads them
    total = conn.execute(sa.select(sa.func.count()).select_from(match.subquery())).scalar_one()
    rows = conn.execute(base.order_by(*order).limit(limit).offset(offset)).all()
    return total, rows


def snippet(text: str, q: str, width: int = 220) -> str:
    """The passage around the first word whose lemma (or stem) matches a query word, the matched
    words in «»."""
    wanted = {lemma(w) for w in words(q)}
    stems = {w[:5] for w in wanted if len(w) >= 5}

    def matches(m: re.Match) -> bool:
        x = lemma(m.group())
        return x in wanted or (len(m.group()) >= 5 and x[:5] in stems)

    # only as far as the first hit, then only inside the passage: a long text is not lemmatised whole
    first = next((m for m in WORD.finditer(text) if matches(m)), None)
    if first is None:
        return text[:width].strip() + ("…" if len(text) > width else "")
    start = max(0, first.start() - width // 3)
    end = min(len(text), start + width)
    inside = takewhile(lambda m: m.start() < end, WORD.finditer(text, first.start()))
    hits = [m for m in inside if matches(m)]
    out, pos = [], start
    for m in hits:
        if m.start() < start or m.end() > end:
            continue
        out += [text[pos:m.start()], "«", m.group(), "»"]
        pos = m.end()
    out.append(text[pos:end])
    return ("…" if start else "") + "".join(out).replace("\n", " ").strip() + ("…" if end < len(text) else "")
