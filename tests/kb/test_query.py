"""The read API the web UI and reports use, and full-text search by Russian word forms."""

from __future__ import annotations

from datetime import date

import pytest

from coopwatch.kb import query
from coopwatch.kb.db import KB, KBError

from . import texts
from .helpers import add


@pytest.fixture
def filled(kb: KB) -> KB:
    add(kb, "kazan", texts.KAZAN_PLAN, texts.KAZAN_PLAN_FACTS, published="2026-02-18", url="https://a.example/1")
    add(kb, "minsk", texts.MINSK_VIEW, texts.MINSK_VIEW_FACTS, published="2026-02-19", url="https://b.example/2")
    add(kb, "brest", texts.BREST, texts.BREST_FACTS, published="2023-05-12")
    return kb


def test_overview(filled: KB) -> None:
    o = query.overview(filled)
    assert (o.n_documents, o.n_stories, o.n_facts) == (3, 3, 8)
    assert o.by_type == {"agreement": 1, "trade": 1, "role": 2, "visit": 1}
    assert o.n_conflicts == 3 and o.n_curated == 0
    assert (o.first_published, o.last_published) == (date(2023, 5, 12), date(2026, 2, 19))
    assert {(a.id, b.id) for a, b, _ in o.top_pairs} == {("BY", "RU-TA"), ("BY-MI", "RU-TA"), ("BY-BR", "RU-PNZ")}


PAIRS = [  # (a, b, types of the pair's canonical facts) — each side with everything inside it
    ("RU-TA", "BY", ["agreement", "trade"]),
    ("BY", "RU-TA", ["agreement", "trade"]),
    ("RU-TA", "BY-MI", ["agreement"]),
    ("RU", "BY", ["agreement", "trade", "visit"]),
    ("RU-TA/Казань", "BY", []),
    ("RU-PNZ", "BY-BR", ["visit"]),
]


@pytest.mark.parametrize(("a", "b", "types"), PAIRS)
def test_pair_rolls_up_the_hierarchy(filled: KB, a: str, b: str, types: list[str]) -> None:
    assert sorted(v.type for v in query.pair(filled, a, b).timeline) == types


def test_pair_view(filled: KB) -> None:
    p = query.pair(filled, "RU-TA", "BY")
    assert p.a.name == "Республика Татарстан" and p.n_facts == 2
    [t] = p.trade
    assert t.period == ["2024-01", "2024-12"] and t.disputed and t.n_sources == 2
    assert [a.data["kind"] for a in p.agreements] == ["plan"]
    # people as any source names them: the two spellings stay two people until a curator merges them
    assert {x.name for x in p.people} == {"Рустам Минниханов", "Алексей Кушнаренко", "Александр Кушнаренко"}
    kush = next(x for x in p.people if x.name == "Алексей Кушнаренко")
    assert [(pos.title, pos.of, str(pos.first_seen)) for pos in kush.positions] == [
        ("председатель областного исполкома", "BY-MI", "2026-02-18")]  # the fuller title
    assert len(p.conflicts) == 2
    src = p.agreements[0].sources[0]
    assert (src.name, src.outlet, str(src.published)) == ("kazan", "a.example", "2026-02-18")


def test_place_view(filled: KB) -> None:
    v = query.place(filled, "RU-TA")
    assert [x.id for x in v.lineage] == ["RU"]
    assert v.by_type == {"agreement": 1, "trade": 1}
    assert [(p.place.id, p.n_facts) for p in v.partners] == [("BY", 1), ("BY-MI", 1)]
    assert [(p.place.id, p.n_facts) for p in v.partner_countries] == [("BY", 2)]
    by = query.place(filled, "BY")
    assert {c.id for c, _ in by.children} == {"BY-MI", "BY-BR"}
    assert by.n_facts == 4  # roll-up: its regions' facts and roles count for the country


FILTERS = [
    (query.FactFilter(type="role"), 2),
    (query.FactFilter(place="BY-MI"), 2),
    (query.FactFilter(pair=("RU-PNZ", "BY")), 1),
    (query.FactFilter(conflicts_only=True), 3),
    (query.FactFilter(date_from=date(2024, 1, 1)), 3),  # not the 2023 visit
    (query.FactFilter(min_sources=2), 3),
    (query.FactFilter(status="confirmed"), 0),
]


@pytest.mark.parametrize(("f", "n"), FILTERS)
def test_fact_filters(filled: KB, f: query.FactFilter, n: int) -> None:
    page = query.facts(filled, f, per_page=1)
    assert page.total == n and len(page.items) == min(1, n)


SEARCHES = [  # query in another form than the text → documents found
    ("подписанный план", ["kazan", "minsk"]),
    ("Казанью", ["kazan", "minsk"]),
    ("товарооборотом", ["kazan", "minsk"]),
    ("делегации губернаторов", ["brest"]),
    ("торговых домов", ["brest"]),
    ("Кушнаренко Брест", []),
    ("", []),
]


@pytest.mark.parametrize(("q", "names"), SEARCHES)
def test_search_word_forms(filled: KB, q: str, names: list[str]) -> None:
    page = query.search(filled, q)
    assert sorted(h.doc.name for h in page.items) == names and page.total == len(names)


def test_search_filters_and_snippet(filled: KB) -> None:
    assert [h.doc.name for h in query.search(filled, "Казани", type="visit").items] == []
    assert sorted(h.doc.name for h in query.search(filled, "план", place="BY-MI").items) == ["kazan", "minsk"]
    assert [h.doc.name for h in query.search(filled, "план", date_from=date(2026, 2, 19)).items] == ["minsk"]
    [hit] = query.search(filled, "делегацию", place="BY").items
    assert "«Делегация»" in hit.snippet


def test_document_and_errors(filled: KB) -> None:
    with pytest.raises(KBError, match="документ №404 не найден"):
        query.document(filled, 404)
    with pytest.raises(KBError, match="факт №404 не найден"):
        query.fact(filled, 404)
    assert query.pair(filled, "XX", "YY").timeline == []
    data = query.as_dict(query.pair(filled, "RU-TA", "BY"))
    assert data["trade"][0]["period"] == ["2024-01", "2024-12"]
