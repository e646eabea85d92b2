"""``coopwatch export``: canonical facts for analysts' own tools.

- ``jsonl``: one canonical fact per line — the FACTS.md fields (``type``, ``kind``, ``parties``, …)
  plus ``id``, ``when``, ``status``, ``n_sources``, ``sources`` (document, outlet, URL, date, evidence
  sentence) and ``conflicts`` (empty when the sources agree).

``when`` (in every format) is when the fact happened as precisely as its sources say — "2004",
"2025-05", "2026-02-18", or a period of months "2024-01..2024-12" — and for a fact without a date the
day it was first reported; never a year or a month padded to its first day.
- ``csv``: one row per canonical fact, for a Russian Excel as it is (UTF-8 with a byte-order mark,
  ";" between columns, decimal commas), lists joined by ", "; the columns of the FACTS.md fields are
  those the fact types export (``FactType.export``). ``xlsx``: the same table as an Excel workbook.
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
from coopwatch.kb.views import FactView, document_label, place_ref

FORMATS = ("jsonl", "csv", "xlsx", "graphml")
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
    out["sources"] = [{"document": s.name, "document_id": s.document_id, "headline": s.headline, "outlet": s.outlet,
                       "url": s.url,
                       "date": s.published.isoformat() if s.published else None, "story": s.story_id,
                       "evidence": s.evidence, "start": s.start, "end": s.end} for s in v.sources]
    names = {s.fact_id: s.name for s in v.sources}
    out["conflicts"] = [{"field": c.field, "label": c.label, "resolved": c.resolved,
                         "values": [{"value": cv.value, "documents": sorted({names.get(f, str(f)) for f in cv.fact_ids})}
                                    for cv in c.values]} for c in v.conflicts]
    return out


def _cell(value: Any) -> Any:
    """A value as a spreadsheet shows it: lists joined by ", ", yes/no in Russian, None empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join("" if x is None else str(x) for x in value)
    if isinstance(value, bool):
        return "да" if value else "нет"
    return value


def write_jsonl(kb: KB, out: Path, include_rejected: bool = False) -> int:
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for v in iter_facts(kb, include_rejected):
            fh.write(json.dumps(to_json(v), ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def csv_fields() -> list[str]:
    """The columns of the tables (CSV, XLSX): each type's export columns once, in registry order,
    between the common ones."""
    return CSV_HEAD + [c for c in facttypes.export_columns() if c not in CSV_HEAD + CSV_TAIL] + CSV_TAIL


def rows(kb: KB, include_rejected: bool = False) -> Iterator[dict[str, Any]]:
    """One row per canonical fact, ``csv_fields`` as keys, values as a spreadsheet shows them (numbers
    stay numbers). Documents are named by outlet and headline (``views.document_label``)."""
    for v in iter_facts(kb, include_rejected):
        row = {k: _cell(x) for k, x in v.data.items()}
        row.update(id=v.id, when=when(v) or "", summary=v.summary, curation=v.status + (" (исправлен)" if v.corrected else ""),
                   status=_cell(v.data.get("status")), n_documents=v.n_documents, n_sources=v.n_sources,
                   n_conflicts=v.n_conflicts, conflict_fields=", ".join(sorted({c.field for c in v.conflicts})),
                   urls=" ".join(sorted({s.url for s in v.sources if s.url})),
                   documents="; ".join(sorted({document_label(s.outlet, s.headline) for s in v.sources})))
        yield {k: row.get(k, "") for k in csv_fields()}


def _excel_number(value: Any) -> Any:
    """A number as a Russian Excel reads it from CSV: a decimal comma, no ".0" on whole numbers."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value).replace(".", ",")
    return value


def write_csv(kb: KB, out: Path, include_rejected: bool = False) -> int:
    """CSV that a Russian Excel opens as it is: UTF-8 with a byte-order mark (else Excel reads
    Windows-1251), ";" between columns (the list separator of the Russian locale), decimal commas.
    pandas: ``read_csv(path, sep=";", decimal=",", encoding="utf-8-sig")``."""
    n = 0
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=csv_fields(), delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        for row in rows(kb, include_rejected):
            w.writerow({k: _excel_number(x) for k, x in row.items()})
            n += 1
    return n


def write_xlsx(kb: KB, out: Path, include_rejected: bool = False) -> int:
    """An Excel workbook (openpyxl): one sheet «Факты», a bold frozen header, numbers as numbers,
    dates as text at the precision the sources give ("2004", "2025-05")."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = "Факты"
    fields = csv_fields()
    ws.append(fields)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A2"
    n = 0
    widths = [len(f) for f in fields]
    for row in rows(kb, include_rejected):
        values = [row[f] for f in fields]
        ws.append(values)
        widths = [max(w, min(60, len(str(x)))) for w, x in zip(widths, values)]
        n += 1
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w + 2
    wb.save(out)
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
    writers = {"jsonl": write_jsonl, "csv": write_csv, "xlsx": write_xlsx, "graphml": write_graphml}
    return writers[fmt](kb, out, include_rejected)
