"""``query.briefing``: what a briefing report reads, on SQLite and PostgreSQL — a pair's facts with
every source, oldest first; counts of all; the people named and in which capacity, with their
positions and those positions' sources; a period; the newest ``limit`` of each type; one place
with all its partners."""

from __future__ import annotations

from datetime import date

from coopwatch.kb import query
from tests.kb.helpers import add
from tests.report.texts import DOCUMENTS, A, B


def load(kb) -> None:  # noqa: ANN001
    for name, text, url, published, facts in DOCUMENTS:
        add(kb, name, text, facts, url=url, published=published)


def test_pair(kb) -> None:  # noqa: ANN001
    load(kb)
    b = query.briefing(kb, A, B)
    assert (b.a.id, b.b.id, b.n_facts) == (A, B, 13)
    assert b.by_type == {"agreement": 3, "target": 2, "trade": 3, "meeting": 2, "visit": 1, "institution": 1,
                         "transport": 1}
    assert b.shown_by_type == b.by_type
    assert (b.first_day, b.last_day) == (date(2017, 5, 19), date(2025, 1, 28))
    days = [f.day for f in b.facts]
    assert days == sorted(days)
    assert all(f.sources for f in b.facts)
    (disputed,) = [f for f in b.facts if f.n_conflicts]
    assert disputed.type == "trade" and {s.outlet for s in disputed.sources} == {"vestnik-kazani.example",
                                                                                  "minsk-delo.example"}
    names = {p.name: p for p in b.people}
    assert set(names) == {"Сергей Волков", "Марат Сафин", "Ильдар Гарипов", "Олег Ракитин", "Павел Жуковский"}
    assert b.named_as[names["Сергей Волков"].id] == {"head": 1, "signatories": 1, "participants": 1}
    (post,) = names["Марат Сафин"].positions
    assert (post.title, post.of, post.first_seen) == ("премьер-министр", A, date(2024, 2, 9))
    assert b.positions[post.fact_id].sources[0].url == "https://vestnik-kazani.example/2024/02/09/plan"


def test_period_and_limit(kb) -> None:  # noqa: ANN001
    load(kb)
    b = query.briefing(kb, A, B, date(2023, 1, 1), date(2024, 12, 31))
    # the 2017 agreement left out; the undated twinning, published in 2024, kept
    assert sorted(f.data["kind"] for f in b.facts if f.type == "agreement") == ["plan", "twinning"]
    assert b.by_type["meeting"] == 2 and "target" not in b.by_type
    b = query.briefing(kb, A, B, limit=1)
    assert b.by_type["meeting"] == 2 and b.shown_by_type["meeting"] == 1
    assert [f.data["number"] for f in b.facts if f.type == "meeting"] == [5]  # the newest
    assert b.shown_by_type["trade"] == 3  # a series is kept whole


def test_place_with_all_partners(kb) -> None:  # noqa: ANN001
    load(kb)
    b = query.briefing(kb, A)
    assert b.b is None and b.by_type["role"] == 3 and b.by_type["agreement"] == 4
    assert {tuple(f.data["parties"]) for f in b.facts if f.type == "agreement"} >= {(A, "KZ")}
    assert query.briefing(kb, "UZ").n_facts == 0
