"""A trip told without a date starts on the day a narrated day of it names ("В первый день визита, 2 марта, …"),
counted back from a later day (visit.day_told_on_the_trip); a dated mention of a later day of the trip is not its
start (visit.first_day_counted_back) — wordings of ours."""

import pytest

TOLD_LATER = [
    ("Делегация Витебского облисполкома во главе с Дмитрием Демидовым работает в Поморье. В первый день визита, "
     "2 марта, гости встретились с губернатором Архангельской области Александром Цыбульским.", "2025-03-02"),
    ("Делегация Гродненской области находится в Пермском крае. На второй день поездки, 3 марта, гродненцы провели "
     "переговоры с губернатором Пермского края.", "2025-03-02"),
    ("Брянская делегация продолжает работу в Гомельской области. В третий день визита (4 марта) брянцы встретились "
     "с председателем Гомельского облисполкома.", "2025-03-02"),
    ("Делегация Оренбургской области работает в Актюбинской области. В первый день визита, 2 марта, состоялось "
     "заседание рабочей группы Оренбургской и Актюбинской областей.", "2025-03-02"),
]


@pytest.mark.parametrize("text,start", TOLD_LATER, ids=["first-day", "second-day", "third-day-brackets", "session"])
def test_the_trip_starts_on_the_day_counted_back(extract, text, start):
    trips = [f for f in extract(text, "2025-03-06") if f["type"] == "visit"]
    assert [f["date"] for f in trips] == [start], trips


DAY_OF_TRIP = [
    ("Делегация Гомельской области находится в Брянской области. На второй день визита, 3 марта, гости побывали "
     "на заводе.", "2025-03-02"),
    ("Делегация Могилевской области работает в Тульской области. На третий день поездки, 5 марта, гости побывали "
     "в Новомосковске.", "2025-03-03"),
    ("Делегация Гомельской области находится в Брянской области. На следующий день, 3 марта, гости побывали на "
     "заводе.", None),
]


@pytest.mark.parametrize("text,start", DAY_OF_TRIP, ids=["second", "third", "next"])
def test_a_later_day_is_not_the_start(extract, text, start):
    trips = [f for f in extract(text, "2025-03-06") if f["type"] == "visit"]
    assert [f["date"] for f in trips] == [start], trips


def test_a_trip_with_its_own_date_keeps_it(extract):
    text = ("Делегация Гомельской области 1 марта прибыла в Брянскую область. На следующий день, 2 марта, гости "
            "побывали на заводе.")
    assert [f["date"] for f in extract(text, "2025-03-06") if f["type"] == "visit"] == ["2025-03-01"]
