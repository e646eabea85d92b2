"""The web layer's own pieces: evidence highlighting with overlapping spans, the chart options,
the response cache following changes made outside the application, accounts and their hashes."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from coopwatch.kb import curate
from coopwatch.kb.db import KBError, open_kb
from coopwatch.kb.views import DocumentFact, PairView, PlaceRef, TargetPoint, TradePoint
from coopwatch.web import charts, highlight, users

from .conftest import Site


def fact(fid: int, start: int | None, end: int | None) -> DocumentFact:
    return DocumentFact(fid, "meeting", {}, start, end, None, None)


def test_pieces_cover_the_text_once_and_mark_overlaps() -> None:
    text = "Раз два три четыре пять."
    ps = highlight.pieces(text, [fact(1, 4, 12), fact(2, 8, 18), fact(3, 30, 40), fact(4, None, None)])
    assert "".join(p.text for p in ps) == text
    assert [(p.text, p.facts) for p in ps] == [
        ("Раз ", []),
        ("два ", [1]),
        ("три ", [1, 2]),
        ("четыре", [2]),
        (" пять.", []),
    ]
    assert [p.ends for p in ps] == [[], [], [1], [2], []]
    assert highlight.located(text, [fact(1, 4, 12), fact(3, 30, 40)]) == {1}


def _pair(trade: list[TradePoint], targets: list[TargetPoint]) -> PairView:
    a, b = PlaceRef("RU-TA", "Татарстан", "region"), PlaceRef("BY", "Беларусь", "country")
    return PairView(a, b, 0, [], trade, targets, [], [], [])


def test_trade_chart_series_by_period_length_and_targets_as_lines() -> None:
    trade = [
        TradePoint(
            1, "turnover", ["RU-TA", "BY"], ["2024-01", "2024-12"], 743e6, "USD", False, None, 2, True
        ),
        TradePoint(2, "turnover", ["RU-TA", "BY"], ["2023-01", "2023-12"], 690e6, "USD", False, 12, 1, False),
        TradePoint(
            3, "turnover", ["RU-TA", "BY"], ["2025-01", "2025-06"], 400e6, "USD", True, None, 1, False
        ),
        TradePoint(4, "turnover", ["RU-TA", "BY"], None, 1e9, "USD", False, None, 1, False),
        TradePoint(5, "turnover", ["RU-TA", "BY"], ["2022-01", "2022-12"], None, None, False, 5, 1, False),
    ]
    option = charts.trade_chart(
        _pair(trade, [TargetPoint(9, "turnover", ["RU-TA", "BY"], 1e9, 1e9, "USD", 2027, 1)])
    )
    assert option is not None
    lines = {s["name"]: s for s in option["series"]}
    yearly = lines["товарооборот, за год, USD"]
    assert [(p["value"], p["fact"]) for p in yearly["data"]] == [
        (["2023-12", 690e6], 2),
        (["2024-12", 743e6], 1),
    ]
    assert yearly["data"][1]["symbol"] == "diamond"  # the sources disagree
    assert [p["fact"] for p in lines["товарооборот, за полугодие, USD"]["data"]] == [3]
    # a target over its own year alone, labelled at its end
    target = lines["цели"]["data"]
    assert [p["value"] for p in target] == [["2027-01", 1e9], ["2027-12", 1e9]]
    assert target[1]["fact"] == 9 and target[1]["label"] == "цель к 2027: 1 млрд USD"
    assert option["xAxis"]["min"] == "2023-06-01" and option["xAxis"]["max"] == "2028-06-01"
    assert charts.trade_chart(_pair([], [])) is None


def test_money_in_russian() -> None:
    assert charts.money(743e6, "USD") == "743 млн USD"
    assert charts.money(1.5e9, "RUB") == "1,5 млрд RUB"
    assert charts.money(None, "USD") == "—"


def test_cache_follows_changes_made_outside_the_app(site: Site) -> None:
    """A curator working from the command line changes the base: the next page shows it."""
    cid = site.canonical_of("twin-cities", "agreement")
    with httpx.Client(base_url=site.base) as c:
        assert c.get(f"/api/fact/{cid}").json()["fact"]["status"] == "auto"
        other = open_kb(site.db)
        try:
            curate.confirm(other, cid, who="консоль")
        finally:
            other.dispose()
        assert c.get(f"/api/fact/{cid}").json()["fact"]["status"] == "confirmed"
        curate.set_status(site.kb, cid, "auto", who="консоль")
        assert c.get(f"/api/fact/{cid}").json()["fact"]["status"] == "auto"


def test_accounts_hash_passwords_and_check_them(tmp_path: Path) -> None:
    kb = open_kb(str(tmp_path / "u.db"))
    try:
        users.add_user(kb, "anna", "пароль-длинный", "editor")
        with kb.read() as conn:
            stored = conn.execute(users.web_users.select()).first().password_hash
        assert stored.startswith("$argon2id$") and "пароль" not in stored
        assert users.authenticate(kb, "anna", "пароль-длинный") == users.User(1, "anna", "editor")
        assert users.authenticate(kb, "anna", "не тот") is None
        assert users.authenticate(kb, "boris", "пароль-длинный") is None
        with pytest.raises(KBError, match="уже есть"):
            users.add_user(kb, "anna", "другой-пароль", "viewer")
        users.add_user(kb, "anna", "другой-пароль", "viewer", replace=True)
        assert users.authenticate(kb, "anna", "другой-пароль").role == "viewer"
        with pytest.raises(KBError, match="короткий"):
            users.add_user(kb, "vera", "123", "viewer")
        with pytest.raises(KBError, match="роль"):
            users.add_user(kb, "vera", "достаточно-длинный", "superuser")
        assert users.session_secret(kb) == users.session_secret(kb)
    finally:
        kb.dispose()


def test_document_page_escapes_text_and_links_only_web_addresses() -> None:
    from coopwatch.kb.views import DocumentBrief, DocumentView
    from coopwatch.web.app import make_env
    from coopwatch.web.filters import web_url

    text = "Текст <script>alert(1)</script> и «кавычки» & амперсанд."
    view = DocumentView(
        DocumentBrief(1, "x", None, "javascript:alert(1)", None, None),
        text,
        "x.txt",
        [],
        [
            DocumentFact(
                7,
                "meeting",
                {"type": "meeting", "kind": "talks", "parties": ["RU-TA", "BY"]},
                0,
                5,
                "Текст",
                3,
            )
        ],
        [],
    )
    html = (
        make_env()
        .get_template("document.html")
        .render(
            v=view,
            pieces=highlight.pieces(text, view.facts),
            located={7},
            numbers={7: 1},
            user=None,
            csrf="",
            path="/document/1",
            here="",
            done=None,
        )
    )
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "javascript:" not in html
    assert '<mark class="ev t-meeting" data-facts="7">Текст</mark>' in html
    assert web_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert web_url("javascript:alert(1)") is None and web_url("data:text/html,x") is None


def test_concurrent_misses_make_a_body_once(site: Site) -> None:
    import asyncio
    import threading
    import time

    from coopwatch.web.cache import ResponseCache

    cache = ResponseCache(site.kb, check_every=60)
    calls: list[int] = []
    lock = threading.Lock()

    def make() -> bytes:
        with lock:
            calls.append(1)
        time.sleep(0.2)
        return b"body"

    async def run() -> list[bytes]:
        return await asyncio.gather(*(cache.aget("k", make) for _ in range(10)))

    def in_own_loop(coro_fn):  # noqa: ANN001, ANN202 - Playwright's sync API may own this thread's loop
        out: list = []
        t = threading.Thread(target=lambda: out.append(asyncio.run(coro_fn())))
        t.start()
        t.join(30)
        return out[0]

    assert in_own_loop(run) == [b"body"] * 10
    assert len(calls) == 1
    assert in_own_loop(lambda: cache.aget("k", make)) == b"body" and len(calls) == 1
