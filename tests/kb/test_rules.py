"""Fusion rules, table-driven: which facts describe the same real thing, and where sources disagree."""

from __future__ import annotations

from datetime import date

import pytest

from coopwatch.kb import merge, rules
from coopwatch.kb.text import names_compatible

PLAN = {"type": "agreement", "kind": "plan", "parties": ["RU-TA", "BY-MI"], "date": None, "period": [2026, 2027],
        "signatories": []}
TURNOVER = {"type": "trade", "parties": ["RU-TA", "BY"], "metric": "turnover", "period": ["2024-01", "2024-12"],
            "value": 743e6, "currency": "USD", "approx": False, "growth_pct": None}
TALKS = {"type": "meeting", "kind": "talks", "parties": ["RU-TA", "BY"], "participants": [], "date": None,
         "place": None, "number": None}
VISIT = {"type": "visit", "visitor": "BY", "host": "RU-TA", "head": None, "date": None, "places": []}
ROLE = {"type": "role", "person": "Алексей Кушнаренко", "title": "председатель облисполкома", "of": "BY-MI"}
CONSULATE = {"type": "institution", "kind": "consulate", "of": "BY", "in": "RU-TA/Казань", "status": "planned",
             "date": None}


def m(data: dict, fact_id: int = 1, story: int | None = None, published: str | None = None,
      agreements: tuple = (), **changes) -> rules.Member:
    """A fact of a document in ``story`` that also reports ``agreements`` ((canonical id, data) pairs)."""
    return rules.Member(fact_id, {**data, **changes}, fact_id, story, date.fromisoformat(published) if published else None,
                        rules.occasions_of(story, list(agreements)))


def canon(first: rules.Member) -> rules.Canon:
    return rules.Canon(1, first.data, {first.story_id} if first.story_id is not None else set(),
                       {first.day} if first.day else set(), first.occasions)


SAME = [
    ("plan: side named at country level", m(PLAN), m(PLAN, parties=["BY", "RU-TA"]), True),
    ("countries are not every pair of their regions", m(PLAN, parties=["RU", "BY"], period=None),
     m(PLAN, parties=["RU-TA", "BY-HM"], period=None), False),
    ("agreements of other organisations", m(PLAN, orgs=["КАМАЗ"]), m(PLAN, orgs=["Белнефтехим"]), False),
    ("plan: open start of period", m(PLAN), m(PLAN, period=[None, 2027]), True),
    ("plan: other period", m(PLAN), m(PLAN, period=[2024, 2026]), False),
    ("plan: other oblast", m(PLAN), m(PLAN, parties=["RU-TA", "BY-HO"]), False),
    ("plan vs agreement", m(PLAN), m(PLAN, kind="agreement"), False),
    ("agreement: year vs full date", m(PLAN, kind="agreement", period=None, date="2019"),
     m(PLAN, kind="agreement", period=None, date="2019-12-12"), True),
    ("agreement: other day", m(PLAN, date="2026-02-18"), m(PLAN, date="2026-02-19"), False),
    ("twinning: city in region's hierarchy", m(PLAN, kind="twinning", parties=["RU-TA/Казань", "BY-HM"], period=None),
     m(PLAN, kind="twinning", parties=["BY-HM", "RU-TA/Казань"], period=None), True),
    ("trade: same period", m(TURNOVER), m(TURNOVER, value=750e6, approx=True), True),
    ("trade: other period", m(TURNOVER), m(TURNOVER, period=["2023-01", "2023-12"]), False),
    ("trade: region vs oblast are other figures", m(TURNOVER), m(TURNOVER, parties=["RU-TA", "BY-MI"]), False),
    ("trade: both without period, one story", m(TURNOVER, period=None, story=5), m(TURNOVER, period=None, story=5),
     True),
    ("trade: both without period, two stories", m(TURNOVER, period=None, story=5),
     m(TURNOVER, period=None, story=6), False),
    ("trade: other currency", m(TURNOVER), m(TURNOVER, currency="RUB"), False),
    ("meeting: days 2 apart", m(TALKS, published="2024-02-21"), m(TALKS, published="2024-02-23"), True),
    ("meeting: a year apart", m(TALKS, published="2024-02-21"), m(TALKS, published="2025-02-21"), False),
    ("meeting: no dates, one story", m(TALKS, story=3), m(TALKS, story=3), True),
    ("meeting: no dates, two stories", m(TALKS, story=3), m(TALKS, story=4), False),
    ("meeting: no dates, same place and two participants",
     m(TALKS, story=3, place="RU-TA/Казань", participants=["Рустам Минниханов", "Александр Лукашенко"]),
     m(TALKS, story=4, place="RU-TA/Казань", participants=["Минниханов", "Лукашенко"]), True),
    ("meeting: no dates, reports of one dated plan", m(TALKS, story=3, agreements=[(9, PLAN)]),
     m(TALKS, story=4, agreements=[(9, PLAN)]), True),
    ("meeting: no dates, an undated agreement pins nothing", m(TALKS, story=3, agreements=[(9, {**PLAN, "period": None})]),
     m(TALKS, story=4, agreements=[(9, {**PLAN, "period": None})]), False),
    ("visit: no dates, one story", m(VISIT, story=3), m(VISIT, story=3), True),
    ("meeting: other session number", m(TALKS, number=11, story=1), m(TALKS, number=12, story=1), False),
    ("meeting: other place", m(TALKS, place="RU-TA/Казань", story=1), m(TALKS, place="BY-HM", story=1), False),
    ("visit: same head, no dates", m(VISIT, head="Александр Лукашенко", story=1),
     m(VISIT, head="Александр Лукашенко", story=2), True),
    ("visit: oblast vs country delegation", m(VISIT, visitor="BY-MI", story=1), m(VISIT, story=1), True),
    ("visit: country vs other region pair", m(VISIT, visitor="RU", host="BY", story=1),
     m(VISIT, visitor="RU-TA", host="BY-HM", story=1), False),
    ("visit: other direction", m(VISIT, story=1), m(VISIT, visitor="RU-TA", host="BY", story=1), False),
    ("institution: city vs region", m(CONSULATE), m(CONSULATE, **{"in": "RU-TA"}), True),
    ("institution: planned vs opened", m(CONSULATE), m(CONSULATE, status="opened"), False),
    ("role: other first name, same post", m(ROLE), m(ROLE, person="Александр Кушнаренко"), True),
    ("role: head titles", m(ROLE, title="раис", of="RU-TA", person="Рустам Минниханов"),
     m(ROLE, title="глава", of="RU-TA", person="Рустам Минниханов"), True),
    ("role: other post", m(ROLE, title="министр промышленности"), m(ROLE, title="посол"), False),
    ("target: other amount", m({"type": "target", "parties": ["RU-TA", "BY"], "metric": "turnover",
                                "value_min": 1e9, "value_max": 1e9, "currency": "USD", "year": None}),
     m({"type": "target", "parties": ["BY", "RU-TA"], "metric": "turnover", "value_min": 2e9, "value_max": 2e9,
        "currency": "USD", "year": None}), False),
]


@pytest.mark.parametrize(("case", "a", "b", "same"), SAME, ids=[c[0] for c in SAME])
def test_identity(case: str, a: rules.Member, b: rules.Member, same: bool) -> None:
    assert rules.block(a.data) == rules.block(b.data) or not same
    got = rules.block(a.data) == rules.block(b.data) and rules.identical(canon(a), b)
    assert got is same, case


CONFLICTS = [
    ("743 vs почти 750 is a conflict", [m(TURNOVER, 1), m(TURNOVER, 2, value=750e6, approx=True)], ["value"]),
    ("483 vs около 483 agree", [m(TURNOVER, 1, value=483e6), m(TURNOVER, 2, value=483e6, approx=True)], []),
    ("почти 1 млрд vs 998 млн agree", [m(TURNOVER, 1, value=1e9, approx=True), m(TURNOVER, 2, value=998e6)], []),
    ("250,7 vs 250,72 agree (rounding)", [m(TURNOVER, 1, value=250.7e6), m(TURNOVER, 2, value=250.72e6)], []),
    ("growth 45 vs 46", [m(TURNOVER, 1, growth_pct=45), m(TURNOVER, 2, growth_pct=46)], ["growth_pct"]),
    ("signatories: Алексей vs Александр", [m(PLAN, 1, signatories=["Рустам Минниханов", "Алексей Кушнаренко"]),
                                          m(PLAN, 2, signatories=["Рустам Минниханов", "Александр Кушнаренко"])],
     ["signatories"]),
    ("signatories: one missing is no conflict", [m(PLAN, 1, signatories=["Рустам Минниханов"]),
                                                m(PLAN, 2, signatories=["Минниханов", "Алексей Кушнаренко"])], []),
    ("role person given names", [m(ROLE, 1), m(ROLE, 2, person="Александр Кушнаренко")], ["person"]),
    ("role: initials agree", [m(ROLE, 1, person="А. Кушнаренко"), m(ROLE, 2)], []),
    ("visit heads", [m(VISIT, 1, head="Иван Крупко"), m(VISIT, 2, head="Петр Крупко")], ["head"]),
    ("meeting dates", [m(TALKS, 1, date="2024-02-21"), m(TALKS, 2, date="2024-02-22")], ["date"]),
    ("institution dates", [m(CONSULATE, 1, status="opened", date="2025-05"),
                           m(CONSULATE, 2, status="opened", date="2025-06-01")], ["date"]),
]


@pytest.mark.parametrize(("case", "members", "fields"), CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_conflicts(case: str, members: list[rules.Member], fields: list[str]) -> None:
    _, found = merge.fuse(members)
    assert sorted(c.field for c in found) == fields, case
    for c in found:  # which source says what
        assert sorted(f for v in c.values for f in v["facts"]) == sorted(x.fact_id for x in members)


FUSED = [
    ("most specific sides", [m(PLAN, 1, parties=["RU-TA", "BY"]), m(PLAN, 2)], "parties", ["RU-TA", "BY-MI"]),
    ("period filled in", [m(PLAN, 1, period=[None, 2027]), m(PLAN, 2)], "period", [2026, 2027]),
    ("full date kept", [m(PLAN, 1, date="2019"), m(PLAN, 2, date="2019-12-12")], "date", "2019-12-12"),
    ("fuller name", [m(ROLE, 1, person="А. Кушнаренко"), m(ROLE, 2)], "person", "Алексей Кушнаренко"),
    ("fuller title", [m(ROLE, 1, title="председатель"), m(ROLE, 2)], "title", "председатель облисполкома"),
    ("exact value wins a tie", [m(TURNOVER, 1, value=750e6, approx=True), m(TURNOVER, 2)], "value", 743e6),
    ("more stories win", [m(TURNOVER, 1, story=1), m(TURNOVER, 2, story=2, value=750e6, approx=True),
                          m(TURNOVER, 3, story=3, value=750e6, approx=True)], "value", 750e6),
    ("copies count once", [m(TURNOVER, 1, story=1), m(TURNOVER, 2, story=2, value=750e6, approx=True),
                           m(TURNOVER, 3, story=2, value=750e6, approx=True)], "value", 743e6),
    ("city over region", [m(CONSULATE, 1, **{"in": "RU-TA"}), m(CONSULATE, 2)], "in", "RU-TA/Казань"),
]


@pytest.mark.parametrize(("case", "members", "field", "value"), FUSED, ids=[c[0] for c in FUSED])
def test_fused_value(case: str, members: list[rules.Member], field: str, value: object) -> None:
    data, _ = merge.fuse(members)
    assert data[field] == value, case


NAMES = [
    ("Алексей Кушнаренко", "Александр Кушнаренко", False),
    ("А. В. Богомаз", "Александр Богомаз", True),
    ("Богомаз", "Александр Богомаз", True),
    ("Рустам Минниханов", "Рустам Минниханов", True),
    ("Рустам Минниханов", "Рустам Нурганиев", False),
    ("Семён Петров", "Семен Петров", True),
]


@pytest.mark.parametrize(("a", "b", "same"), NAMES)
def test_names(a: str, b: str, same: bool) -> None:
    assert names_compatible(a, b) is same
