"""``coopwatch export``: canonical facts for analysts' own tools.

- ``jsonl``: one canonical fact per line — the FACTS.md fields (``type``, ``kind``, ``parties``, …)
  plus ``id``, ``when``, ``status``, ``n_sources``, ``sources`` (document, outlet, URL, date, evidence
  sentence) and ``conflicts`` (empty when the sources agree).

``when`` (in every format) is when the fact happened as precisely as its sources say — "2004",
"2025-05", "2026-02-18", or a period of months "2024-01..2024-12" — and for a fact without a date the
day it was first reported; never a year or a month padded to its first day.
- ``csv``: one row per canonical fact, lists joined by ``;``, for pandas and spreadsheets; the
  columns of the FACTS.md fields are those the fact types export (``FactType.export``).
- ``graphml``: places as nodes (name, level, country), canonical facts between them as edges
  (type, summary, date, sources), for Gephi — written by networkx.

Rejected facts are left out unless ``include_rejected``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from coopwatch import facttypes
from coopwatch.kb import query, rules
from coopwatch.kb.db import KB, KBError
from coopwatch.kb.schema import canonical_facts
from coopwatch.kb.views import FactView, place_ref

FORMATS = ("jsonl", "csv", "graphml")
# the columns every row has, around the FACTS.md fields the fact types export (``FactType.export``)
CSV_HEAD = ["id", "type"]
CSV_TAIL = ["when", "summary", "curation", "n_documents", "n_sources", "n_conflicts", "conflict_fields", "urls", "documents"]
PAGE = 500


def iter_facts(kb: KB, include_rejected: bool = False) -> Iterator[FactView]:
    last = 0
    while True:
        with kb.read() as conn:
            q = sa.select(*query.VIEW).where(canonical_facts.c.id > last)
            if not include_rejected:
                q = q.where(canonical_facts.c.status != "rejected")
            rows = conn.execute(q.order_by(canonical_facts.c.id).limit(PAGE)).all()
            if not rows:
                return
            views = query.views(conn, rows)
        yield from views
        last = rows[-1].id


def when(v: FactView) -> str | None:
    """As precisely as the sources say; undated: the day it was first reported."""
    return v.when or (v.day.isoformat() if v.day else None)


def to_json(v: FactView) -> dict[str, Any]:
    out: dict[str, Any] = {"id": v.id, **v.data, "when": when(v), "status": v.status, "n_documents": v.n_documents,
                           "n_sources": v.n_sources}
    if v.corrected:
        out["corrected"] = sorted(v.corrected)
    out["sources"] = [{"document": s.name, "document_id": s.document_id, "outlet": s.outlet, "url": s.url,
                       "date": s.published.isoformat() if s.published else None, "story": s.story_id,
                       "evidence": s.evidence, "start": s.start, "end": s.end} for s in v.sources]
    names = {s.fact_id: s.name for s in v.sources}
    out["conflicts"] = [{"field": c.field, "label": c.label, "resolved": c.resolved,
                         "values": [{"value": cv.value, "documents": sorted({names.get(f, str(f)) for f in cv.fact_ids})}
                                    for cv in c.values]} for c in v.conflicts]
    return out


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join("" if x is None else str(x) for x in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def write_jsonl(kb: KB, out: Path, include_rejected: bool = False) -> int:
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for v in iter_facts(kb, include_rejected):
            fh.write(json.dumps(to_json(v), ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def csv_fields() -> list[str]:
    """The CSV columns: each type's export columns once, in registry order, between the common ones."""
    return CSV_HEAD + [c for c in facttypes.export_columns() if c not in CSV_HEAD + CSV_TAIL] + CSV_TAIL


def write_csv(kb: KB, out: Path, include_rejected: bool = False) -> int:
    n = 0
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=csv_fields(), extrasaction="ignore")
        w.writeheader()
        for v in iter_facts(kb, include_rejected):
            row = {k: _cell(x) for k, x in v.data.items()}
            row.update(id=v.id, when=when(v) or "", summary=v.summary, curation=v.status + (" (исправлен)" if v.corrected else ""),
                       status=_cell(v.data.get("status")), n_documents=v.n_documents, n_sources=v.n_sources,
                       n_conflicts=v.n_conflicts, conflict_fields=";".join(sorted({c.field for c in v.conflicts})),
                       urls=";".join(sorted({s.url for s in v.sources if s.url})),
                       documents=";".join(sorted({s.name for s in v.sources})))
            w.writerow(row)
            n += 1
    return n


def write_graphml(kb: KB, out: Path, include_rejected: bool = False) -> int:
    import networkx as nx

    g = nx.MultiGraph()
    n = 0
    for v in iter_facts(kb, include_rejected):
        sides = [p for p, _ in rules.sides(v.data)]
        for a, b in combinations(dict.fromkeys(sides), 2):
            for p in (a, b):
                if p not in g:
                    ref = place_ref(p)
                    g.add_node(p, label=ref.name, level=ref.level, country=p[:2])
            g.add_edge(a, b, key=v.id, fact_id=v.id, type=v.type, label=v.summary,
                       date=when(v) or "", n_sources=v.n_sources, n_conflicts=v.n_conflicts,
                       status=v.status)
            n += 1
    nx.write_graphml(g, out)
    return n


def export(kb: KB, fmt: str, out: Path, include_rejected: bool = False) -> int:
    """Write canonical facts in ``fmt``; returns how many facts (graphml: edges) were written."""
    if fmt not in FORMATS:
        raise KBError(f"неизвестный формат «{fmt}»: допустимы {', '.join(FORMATS)}")
    if not out.parent.exists():
        raise KBError(f"папка для файла не существует: {out.parent}")
    return {"jsonl": write_jsonl, "csv": write_csv, "graphml": write_graphml}[fmt](kb, out, include_rejected)
