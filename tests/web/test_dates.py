"""Dates keep their precision everywhere they are shown (issue 11): "в 2004 году" is «2004 год», "в мае
2025" «май 2025», a yearly trade figure «2024 год» — on the pages, in the API, in the exports and in the
terminal table; never «1 января 2004», «1 мая 2025» or «1 декабря 2024»."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest

from coopwatch import facttypes
from coopwatch.kb import export
from coopwatch.kb.db import KB, open_kb
from coopwatch.wording.dates import ru_date, ru_period, ru_when
from tests.kb.helpers import add

from .conftest import serving

AGREEMENT_2004 = {"type": "agreement", "kind": "agreement", "parties": ["RU-TA", "BY"], "date": "2004", "period": None,
                  "signatories": [], "evidence": "Соглашение о сотрудничестве было подписано в 2004 году."}
SESSION_MAY = {"type": "meeting", "kind": "working_group", "parties": ["RU-TA", "BY"], "participants": [],
               "date": "2025-05", "place": None, "number": 7,
               "evidence": "Седьмое заседание рабочей группы прошло в мае 2025 года."}
TRADE_2024 = {"type": "trade", "parties": ["RU-TA", "BY"], "metric": "turnover", "period": ["2024-01", "2024-12"],
              "value": 743e6, "currency": "USD", "approx": False, "growth_pct": None,
              "evidence": "Товарооборот за 2024 год составил 743 млн долларов."}
TEXT = ("Раис напомнил: соглашение о сотрудничестве было подписано в 2004 году. Седьмое заседание рабочей группы "
        "прошло в мае 2025 года. Товарооборот за 2024 год составил 743 млн долларов.")
NEVER = ("1 января 2004", "1 мая 2025", "1 декабря 2024", "1 января 2024", "2004-01-01", "2025-05-01", "2024-12-01")


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KB:
    kb = open_kb(str(tmp_path_factory.mktemp("dates") / "kb.db"))
    add(kb, "dates", TEXT, [AGREEMENT_2004, SESSION_MAY, TRADE_2024], published="2026-02-18")
    return kb


CASES = [("2026-02-18", "18 февраля 2026"), ("2025-05", "май 2025"), ("2004", "2004 год"), (None, "дата не указана"),
         ("не дата", "не дата"), ("2025-13", "2025-13")]


@pytest.mark.parametrize(("raw", "shown"), CASES)
def test_dates(raw: str | None, shown: str) -> None:
    assert ru_date(raw) == shown


PERIODS = [(("2024-01", "2024-12"), "2024 год"), (("2025-01", "2025-06"), "I полугодие 2025"), (("2025-01", "2025-05"), "январь — май 2025"),
           (("2025-05", "2025-05"), "май 2025"), (("2022-01", "2024-12"), "2022–2024 годы"),
           (("2023-07", "2024-06"), "июль 2023 — июнь 2024"), ((None, "2024-06"), "… — июнь 2024")]


@pytest.mark.parametrize(("period", "shown"), PERIODS)
def test_periods(period: tuple[str | None, str], shown: str) -> None:
    assert ru_period(*period) == shown
    assert ru_when(f"{period[0] or ''}..{period[1]}") == shown


def test_pages_and_api_keep_the_precision(kb: KB) -> None:
    with serving(kb) as base:
        pages = {path: httpx.get(base + path).text for path in ("/facts", "/pair?a=RU-TA&b=BY", "/", "/place/RU-TA")}
        api = httpx.get(f"{base}/api/facts", params={"a": "RU-TA", "b": "BY"}).json()
        fact_pages = [httpx.get(f"{base}/fact/{f['id']}").text for f in api["items"]]
    for path in ("/facts", "/pair?a=RU-TA&b=BY"):
        for shown in ("2004 год", "май 2025", "2024 год"):
            assert shown in pages[path], f"{path}: нет «{shown}»"
    for path, html in [*pages.items(), *(("/fact", p) for p in fact_pages)]:
        for wrong in NEVER:
            assert wrong not in html, f"{path}: «{wrong}»"
    assert sorted(f["when"] for f in api["items"]) == ["2004", "2024-01..2024-12", "2025-05"]


def test_exports_keep_the_precision(kb: KB, tmp_path: Path) -> None:
    export.export(kb, "jsonl", tmp_path / "f.jsonl")
    rows = [json.loads(x) for x in (tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["type"]: r["when"] for r in rows} == {"agreement": "2004", "meeting": "2025-05",
                                                     "trade": "2024-01..2024-12"}
    assert any("2024 год" in r["summary"] for r in [{"summary": v.summary} for v in export.iter_facts(kb)])
    export.export(kb, "csv", tmp_path / "f.csv")
    text = (tmp_path / "f.csv").read_text(encoding="utf-8")
    export.export(kb, "graphml", tmp_path / "f.graphml")
    dates = {e.text for e in ET.parse(tmp_path / "f.graphml").iter() if e.text and e.text[:2] == "20"}
    assert {"2004", "2025-05", "2024-01..2024-12"} <= dates
    for wrong in NEVER:
        assert wrong not in text and wrong not in " ".join(dates)


def test_the_terminal_table_keeps_the_precision() -> None:
    rows = {t: facttypes.get(t).describe(f) for t, f in
            (("agreement", AGREEMENT_2004), ("meeting", SESSION_MAY), ("trade", TRADE_2024))}
    assert "2004 год" in rows["agreement"][2]
    assert "май 2025" in rows["meeting"][2]
    assert "2024 год" in rows["trade"][2]
    assert "2024 год" in facttypes.get("trade").summary(TRADE_2024)
