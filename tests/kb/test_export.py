"""Exports for analysts' tools: JSON Lines with sources and conflicts, CSV for pandas, GraphML for Gephi."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from coopwatch.kb import curate, query
from coopwatch.kb.db import KB, KBError
from coopwatch.kb.export import export

from . import texts
from .helpers import add


@pytest.fixture
def filled(kb: KB) -> KB:
    add(kb, "kazan", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS, published="2026-02-18", url="https://a.example/1")
    add(kb, "minsk", texts.MINSK_VIEW, texts.MINSK_VIEW_FACTS, published="2026-02-19")
    add(kb, "brest", texts.BREST, texts.BREST_FACTS)
    return kb


def test_jsonl(filled: KB, tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    assert export(filled, "jsonl", out) == 5
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    trade = next(r for r in rows if r["type"] == "trade")
    assert {k: trade[k] for k in ("parties", "metric", "period", "currency")} == {
        "parties": ["RU-TA", "BY"], "metric": "turnover", "period": ["2024-01", "2024-12"], "currency": "USD"}
    assert [(s["document"], s["outlet"], s["date"]) for s in trade["sources"]] == [
        ("kazan", "a.example", "2026-02-18"), ("minsk", None, "2026-02-19")]
    assert trade["sources"][0]["evidence"] == texts.KAZAN_PLAN_FACTS[1]["evidence"]
    [c] = trade["conflicts"]
    assert c["field"] == "value" and sorted(v["documents"][0] for v in c["values"]) == ["kazan", "minsk"]
    visit = next(r for r in rows if r["type"] == "visit")
    assert visit["conflicts"] == [] and visit["visitor"] == "RU-PNZ"


def test_rejected_left_out(filled: KB, tmp_path: Path) -> None:
    visit = query.facts(filled, query.FactFilter(type="visit")).items[0]
    curate.reject(filled, visit.id, who="t")
    assert export(filled, "jsonl", tmp_path / "a.jsonl") == 4
    assert export(filled, "jsonl", tmp_path / "b.jsonl", include_rejected=True) == 5


def test_csv_opens_in_a_russian_excel(filled: KB, tmp_path: Path) -> None:
    """UTF-8 with a byte-order mark (without it Excel reads Windows-1251), ";" between columns (the
    Russian list separator), decimal commas; documents named by outlet and headline."""
    out = tmp_path / "facts.csv"
    export(filled, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw[3:].split(b"\r\n")[0].count(b";") >= 10
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    trade = next(r for r in rows if r["type"] == "trade")
    assert trade["parties"] == "RU-TA, BY" and trade["n_sources"] == "2" and trade["conflict_fields"] == "value"
    assert trade["value"] in ("743000000", "750000000") and trade["approx"] in ("да", "нет")
    assert next(r for r in rows if r["type"] == "agreement")["summary"].startswith("План: ")
    assert "a.example: " in trade["documents"] and "kazan" not in trade["documents"]


def test_xlsx(filled: KB, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "facts.xlsx"
    assert export(filled, "xlsx", out) == 5
    ws = load_workbook(out).active
    assert ws.title == "Факты" and ws.freeze_panes == "A2"
    head = [c.value for c in ws[1]]
    rows = [dict(zip(head, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    trade = next(r for r in rows if r["type"] == "trade")
    assert trade["value"] in (743e6, 750e6) and isinstance(trade["value"], int | float)  # a number, not text
    assert trade["parties"] == "RU-TA, BY"


def test_graphml_reads_back(filled: KB, tmp_path: Path) -> None:
    out = tmp_path / "facts.graphml"
    assert export(filled, "graphml", out) == 3
    g = nx.read_graphml(out)
    assert g.nodes["RU-TA"]["label"] == "Республика Татарстан"
    assert {(a, b) for a, b in g.edges()} >= {("RU-TA", "BY-MI"), ("RU-PNZ", "BY-BR")}


def test_bad_format_and_folder(filled: KB, tmp_path: Path) -> None:
    with pytest.raises(KBError, match="неизвестный формат «xml»"):
        export(filled, "xml", tmp_path / "x")
    with pytest.raises(KBError, match="папка для файла не существует"):
        export(filled, "csv", tmp_path / "no" / "x.csv")
