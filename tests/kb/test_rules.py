"""Fusion rules, table-driven: which facts describe the same real thing, and where sources disagree."""

from __future__ import annotations

import itertools
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
      occasions: tuple[str, ...] = (), doc: int | None = None, **changes) -> rules.Member:
    """A fact of document ``doc`` (by default its own) in ``story`` that reports the occasions given."""
    return rules.Member(fact_id, {**data, **changes}, doc if doc is not None else fact_id, story,
                        date.fromisoformat(published) if published else None, set(occasions))


AGREEMENT = {**PLAN, "kind": "agreement", "period": None}
SAME = [
    ("plan: parties in another order", m(PLAN), m(PLAN, 2, parties=["BY-MI", "RU-TA"]), True),
    ("plan: a side at country level is another pair", m(PLAN), m(PLAN, 2, parties=["BY", "RU-TA"]), False),
    ("countries are not every pair of their regions", m(PLAN, parties=["RU", "BY"], period=None),
     m(PLAN, 2, parties=["RU-TA", "BY-HM"], period=None), False),
    ("districts are not their regions (issue 11)",
     m(AGREEMENT, parties=["RU-TA", "BY"], date="2004"),
     m(AGREEMENT, 2, parties=["BY-MI/Стародорожский район", "RU-TA/Рыбно-Слободский район"], date="2022"), False),
    ("agreements of other organisations", m(PLAN, orgs=["КАМАЗ"]), m(PLAN, 2, orgs=["Белнефтехим"]), False),
    ("plan: open start of period", m(PLAN), m(PLAN, 2, period=[None, 2027]), True),
    ("plan: other period", m(PLAN), m(PLAN, 2, period=[2024, 2026]), False),
    ("plan: other oblast", m(PLAN), m(PLAN, 2, parties=["RU-TA", "BY-HO"]), False),
    ("plan vs agreement", m(PLAN), m(PLAN, 2, kind="agreement"), False),
    ("agreement: year vs full date", m(AGREEMENT, date="2019"), m(AGREEMENT, 2, date="2019-12-12"), True),
    ("agreement: 2004 vs 2022", m(AGREEMENT, date="2004"), m(AGREEMENT, 2, date="2022"), False),
    ("agreement: an undated one is not surely the 2022 one", m(AGREEMENT), m(AGREEMENT, 2, date="2022"), False),
    ("agreement: undated, the same two signatories", m(AGREEMENT, signatories=["Рустам Минниханов", "Алексей Кушнаренко"]),
     m(AGREEMENT, 2, date="2022", signatories=["Минниханов", "Кушнаренко"]), True),
    ("agreement: undated, reported on the day of the signing", m(AGREEMENT, published="2024-12-06"),
     m(AGREEMENT, 2, date="2024-12-05"), True),
    ("agreement: both undated", m(AGREEMENT), m(AGREEMENT, 2), True),
    ("agreement: of organisations, not surely of their territories", m(AGREEMENT, orgs=["КАМАЗ"]), m(AGREEMENT, 2),
     False),
    ("agreement: an organisation named by one report, the same signatories",
     m(PLAN, orgs=["Казанский Кремль"], signatories=["Рустам Минниханов", "Алексей Кушнаренко"]),
     m(PLAN, 2, period=[None, 2027], signatories=["Рустам Минниханов", "Александр Кушнаренко"]), True),
    ("target: another year", m({"type": "target", "parties": ["RU-TA", "BY"], "metric": "turnover", "value_min": 2e9,
                                "value_max": 2e9, "currency": "USD", "year": 2023}),
     m({"type": "target", "parties": ["RU-TA", "BY"], "metric": "turnover", "value_min": 2e9, "value_max": 2e9,
        "currency": "USD", "year": None}, 2), False),
    ("commission: the same month", m(TALKS, kind="commission", date="2024-05", story=1),
     m(TALKS, 2, kind="commission", date="2024-05-27", story=2), True),
    ("talks: the same month is not enough", m(TALKS, date="2024-05", story=1), m(TALKS, 2, date="2024-05-27", story=2),
     False),
    ("agreement: other day", m(PLAN, date="2026-02-18"), m(PLAN, 2, date="2026-02-19"), False),
    ("two agreements of one document", m(AGREEMENT, 1, doc=5), m(AGREEMENT, 2, doc=5), False),
    ("twinning: same cities in other order", m(PLAN, kind="twinning", parties=["RU-TA/Казань", "BY-HM"], period=None),
     m(PLAN, 2, kind="twinning", parties=["BY-HM", "RU-TA/Казань"], period=None), True),
    ("twinning: a city is not its region", m(PLAN, kind="twinning", parties=["RU-TA/Казань", "BY-HM"], period=None),
     m(PLAN, 2, kind="twinning", parties=["BY-HM", "RU-TA"], period=None), False),
    ("trade: same period", m(TURNOVER), m(TURNOVER, 2, value=750e6, approx=True), True),
    ("trade: other period", m(TURNOVER), m(TURNOVER, 2, period=["2023-01", "2023-12"]), False),
    ("trade: region vs oblast are other figures", m(TURNOVER), m(TURNOVER, 2, parties=["RU-TA", "BY-MI"]), False),
    ("trade: both without period, one story", m(TURNOVER, period=None, story=5),
     m(TURNOVER, 2, period=None, story=5), True),
    ("trade: both without period, two stories", m(TURNOVER, period=None, story=5),
     m(TURNOVER, 2, period=None, story=6), False),
    ("trade: other currency", m(TURNOVER), m(TURNOVER, 2, currency="RUB"), False),
    ("meeting: days 2 apart", m(TALKS, published="2024-02-21"), m(TALKS, 2, published="2024-02-23"), True),
    ("meeting: a year apart", m(TALKS, published="2024-02-21"), m(TALKS, 2, published="2025-02-21"), False),
    ("meeting: no dates, one story", m(TALKS, story=3), m(TALKS, 2, story=3), True),
    ("meeting: no dates, two stories", m(TALKS, story=3), m(TALKS, 2, story=4), False),
    ("meeting: no dates, same place and two participants",
     m(TALKS, story=3, place="RU-TA/Казань", participants=["Рустам Минниханов", "Александр Лукашенко"]),
     m(TALKS, 2, story=4, place="RU-TA/Казань", participants=["Минниханов", "Лукашенко"]), True),
    ("meeting: no dates, reports of one dated plan", m(TALKS, story=3, occasions=("a9",)),
     m(TALKS, 2, story=4, occasions=("a9",)), True),
    ("meeting: reports of two plans", m(TALKS, story=3, occasions=("a9",)), m(TALKS, 2, story=4, occasions=("a8",)),
     False),
    ("visit: no dates, one story", m(VISIT, story=3), m(VISIT, 2, story=3), True),
    ("meeting: other session number", m(TALKS, number=11, story=1), m(TALKS, 2, number=12, story=1), False),
    ("meeting: same session number, two stories", m(TALKS, kind="forum", number=21, story=1),
     m(TALKS, 2, kind="forum", number=21, story=2), True),
    ("meeting: a session of 2022 and one of 2023", m(TALKS, kind="working_group", date="2022", story=1),
     m(TALKS, 2, kind="working_group", date="2023", story=1), False),
    ("meeting: «в мае» is not the publication day", m(TALKS, number=1, date="2024-05", published="2024-07-04"),
     m(TALKS, 2, number=1, date="2024-05-27", published="2024-05-28"), True),
    ("meeting: a month, no other evidence", m(TALKS, date="2024-05", published="2024-07-04", story=1),
     m(TALKS, 2, date="2024-05-27", story=2), False),
    ("meeting: other place", m(TALKS, place="RU-TA/Казань", story=1), m(TALKS, 2, place="BY-HM", story=1), False),
    ("meeting: a city inside the venue region", m(TALKS, place="RU-TA/Казань", story=1),
     m(TALKS, 2, place="RU-TA", story=1), True),
    ("visit: same head, no dates", m(VISIT, head="Александр Лукашенко", story=1),
     m(VISIT, 2, head="Александр Лукашенко", story=2), True),
    ("visit: other heads", m(VISIT, head="Иван Крупко", story=1), m(VISIT, 2, head="Олег Петров", story=1), False),
    ("visit: oblast vs country delegation", m(VISIT, visitor="BY-MI", story=1), m(VISIT, 2, story=1), False),
    ("visit: country vs other region pair", m(VISIT, visitor="RU", host="BY", story=1),
     m(VISIT, 2, visitor="RU-TA", host="BY-HM", story=1), False),
    ("visit: other direction", m(VISIT, story=1), m(VISIT, 2, visitor="RU-TA", host="BY", story=1), False),
    ("institution: city vs region", m(CONSULATE), m(CONSULATE, 2, **{"in": "RU-TA"}), True),
    ("institution: planned vs opened", m(CONSULATE), m(CONSULATE, 2, status="opened"), False),
    ("role: other first name, same post", m(ROLE), m(ROLE, 2, person="Александр Кушнаренко"), True),
    ("role: head titles", m(ROLE, title="раис", of="RU-TA", person="Рустам Минниханов"),
     m(ROLE, 2, title="глава", of="RU-TA", person="Рустам Минниханов"), True),
    ("role: other post", m(ROLE, title="министр промышленности"), m(ROLE, 2, title="посол"), False),
    ("role: titles sharing only «и»", m(ROLE, title="министр архитектуры и строительства"),
     m(ROLE, 2, title="чрезвычайный и полномочный посол"), False),
    ("target: other amount", m({"type": "target", "parties": ["RU-TA", "BY"], "metric": "turnover",
                                "value_min": 1e9, "value_max": 1e9, "currency": "USD", "year": None}),
     m({"type": "target", "parties": ["BY", "RU-TA"], "metric": "turnover", "value_min": 2e9, "value_max": 2e9,
        "currency": "USD", "year": None}, 2), False),
]


@pytest.mark.parametrize(("case", "a", "b", "same"), SAME, ids=[c[0] for c in SAME])
def test_identity(case: str, a: rules.Member, b: rules.Member, same: bool) -> None:
    assert rules.block(a.data) == rules.block(b.data) or not same
    assert rules.identical(a, b) is same, case
    assert rules.identical(b, a) is same, f"{case} (the other way round)"


def test_occasions_are_dated_agreements() -> None:
    assert rules.occasions_of([PLAN]) != set()
    assert rules.occasions_of([{**PLAN, "date": "2026-02-18", "period": None}]) != set()
    assert rules.occasions_of([{**PLAN, "period": [None, 2027]}, {**PLAN, "period": None, "date": "2026"}]) == set()


def clusters_of(found: list[rules.Cluster]) -> list[list[int]]:
    return sorted(sorted(x.fact_id for x in c.members) for c in found)


def test_a_vague_fact_does_not_chain_two_years() -> None:
    """Tatarstan–Belarus agreements of 2004 and 2022 and an undated one: whichever way they come,
    the two years never share a canonical fact, and the undated one is surely neither."""
    facts = [m(AGREEMENT, 1, parties=["RU-TA", "BY"], date="2004", published="2024-01-10"),
             m(AGREEMENT, 2, parties=["RU-TA", "BY"], published="2024-01-11"),
             m(AGREEMENT, 3, parties=["BY", "RU-TA"], date="2022", published="2024-01-12")]
    got = {json_key(clusters_of(rules.partition(p))) for p in itertools.permutations(facts)}
    assert got == {json_key([[1], [2], [3]])}


def json_key(x: object) -> str:
    return repr(x)


def test_partition_does_not_depend_on_arrival() -> None:
    facts = [m(TALKS, i, story=1 + i % 2, published=f"2024-02-{10 + i:02d}", number=n)
             for i, n in enumerate([None, 5, None, 6, 5, None], start=1)]
    results = {json_key(clusters_of(rules.partition(p))) for p in itertools.permutations(facts)}
    assert len(results) == 1


def test_a_curated_fact_takes_only_what_agrees_with_it() -> None:
    seed = rules.Cluster(7, [m(AGREEMENT, 1, date="2019")], pinned=True,
                         asserted=rules.Member(0, {**AGREEMENT, "date": "2019-12-12"}))
    found = rules.partition([m(AGREEMENT, 2, date="2019-12-12"), m(AGREEMENT, 3, date="2019-05-01")], [seed])
    assert clusters_of(found) == [[1, 2], [3]]
    assert found[0].id == 7


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


def test_facts_of_one_profile_behave_alike() -> None:
    """``Fusion.profile`` is sound: two facts with the same profile (and, for a type whose story is
    evidence only, the same story) are compatible with, and evidently the same as, exactly the same
    other facts (gold facts of both corpora, with stories, publication days and occasions drawn at
    random)."""
    checked = 0
    for members in _gold_blocks().values():
        by_profile: dict = {}
        for x in members:
            f = rules.fusion(x.data["type"])
            key = (rules._profile(x), x.story_id) if f is not None and f.story_evidence else rules._profile(x)
            by_profile.setdefault(key, []).append(x)
        for alike in by_profile.values():
            for a, c in itertools.combinations(alike, 2):
                for b in members:
                    if b.document_id in (a.document_id, c.document_id):
                        continue  # two facts of one document are never one
                    assert rules.identical(a, b) == rules.identical(c, b), (a.data, c.data, b.data)
                    checked += 1
    assert checked > 1000


def _gold_blocks() -> dict[str, list[rules.Member]]:
    """The gold facts of both corpora, each twice, with stories, publication days and occasions drawn
    at random, by block."""
    import json
    import random

    from .helpers import SHARED

    if not (SHARED / "corpus" / "fresh").is_dir():
        pytest.skip("нет корпусов ../shared/corpus")
    rnd = random.Random(3)
    found = []
    for corpus in ("dev", "fresh"):
        for line in (SHARED / "corpus" / corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            for f in json.loads(line)["facts"]:
                for _ in range(2):
                    found.append(rules.Member(len(found) + 1, f, len(found) + 1, rnd.choice([None, 1, 2]),
                                             rnd.choice([None, date(2024, 5, 27), date(2024, 5, 30), date(2025, 1, 9)]),
                                             set(rnd.sample(["a1", "a2"], rnd.randint(0, 1)))))
    blocks: dict[str, list[rules.Member]] = {}
    for x in found:
        blocks.setdefault(rules.block(x.data), []).append(x)
    return blocks


def test_a_story_that_is_evidence_only_is_nothing_else() -> None:
    """``Fusion.story_evidence`` is sound: the story does not change whether two facts are
    compatible; two compatible facts of one story are evidently one; and between facts of different
    stories the evidence is what it is without stories (the profile, which leaves the story out, is
    then all it looks at)."""
    from dataclasses import replace

    checked = 0
    for members in _gold_blocks().values():
        f = rules.fusion(members[0].data["type"])
        if f is None or not f.story_evidence:
            continue
        for a, b in itertools.permutations(members, 2):
            if a.document_id == b.document_id:
                continue
            storyless_a, storyless_b = replace(a, story_id=None), replace(b, story_id=None)
            assert rules.compatible(a, b) == rules.compatible(storyless_a, storyless_b), (a.data, b.data)
            if a.story_id is not None and a.story_id == b.story_id:
                assert rules.evidence(a, b), (a.data, b.data)
            else:
                assert rules.evidence(a, b) == rules.evidence(storyless_a, storyless_b), (a.data, b.data)
            checked += 1
    assert checked > 100
