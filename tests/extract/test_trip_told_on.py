"""One trip told over several sentences of a text that carries no publication date (sentences written
for these tests): an undated mention of the same delegation goes on telling the dated trip."""

import pytest

from tests.conftest import of_type

FIRST = ("Делегация Карагандинской области во главе с акимом Ермаганбетом Булекпаевым 3 октября 2024 года "
         "находилась с рабочим визитом в Челябинской области. Гостей принял губернатор Алексей Текслер. ")
TOLD_ON = [
    "Кроме того, карагандинская делегация побывала на металлургическом комбинате и в университете.",
    "Также казахстанские гости посетили тракторный завод.",
    "Делегация Карагандинской области осмотрела в Магнитогорске металлургический комбинат.",
]


@pytest.mark.parametrize("sentence", TOLD_ON)
def test_undated_mention_is_the_same_trip(extract, sentence):
    got = of_type(extract(FIRST + sentence), "visit")
    assert [(f["visitor"], f["date"]) for f in got] == [("KZ-35", "2024-10-03")], got


def test_two_dated_trips_stay_two(extract):
    got = of_type(extract("В 2019 году делегация Карагандинской области посетила Челябинск. В 2023 году "
                          "делегация Карагандинской области снова посетила Челябинск."), "visit")
    assert sorted(f["date"] for f in got) == ["2019", "2023"]


# visit.day_of_the_trip: a visit told on a day of the narrated trip is that trip — one fact, its places added, and the
# meeting of a later day dated from the trip's first day
NARRATED_DAYS = [
    ("С 14 по 16 мая делегация Гродненской области во главе с заместителем председателя облисполкома Игорем Поповым "
     "находилась в Республике Татарстан. В первый день визита гродненцы посетили ПАО «КАМАЗ» в Набережных Челнах. На "
     "второй день делегация провела переговоры в Казани с министром промышленности Татарстана Олегом Коробченко.",
     ("BY-HR", "2025-05-14", "RU-TA/Набережные Челны"), "2025-05-15"),
    ("3 июня делегация Омской области прибыла в Павлодарскую область. На следующий день омичи побывали в Экибастузе. "
     "Затем делегация провела переговоры с акимом Павлодарской области Асаином Байхановым.",
     ("RU-OMS", "2025-06-03", "KZ-55/Экибастуз"), None),
    ("С 2 по 4 апреля делегация Витебской области находилась в Смоленской области. Во второй день поездки витебляне "
     "посетили Вязьму, где провели переговоры с главой района Иваном Петровым.",
     ("BY-VI", "2025-04-02", "RU-SMO/Вязьма"), None),
]


@pytest.mark.parametrize("text,trip,talks", NARRATED_DAYS, ids=["grodno", "omsk", "vitebsk"])
def test_visit_on_a_day_of_the_trip_is_that_trip(extract, text, trip, talks):
    facts = extract(text, "2025-11-20")
    visits = of_type(facts, "visit")
    assert [(f["visitor"].split("/")[0], f["date"]) for f in visits] == [trip[:2]], visits
    assert trip[2] in visits[0]["places"], visits
    if talks:
        assert [f["date"] for f in of_type(facts, "meeting")] == [talks]


def test_next_trip_is_still_planned(extract):
    # "следующий" before a trip, not before "день", is a trip to come
    text = "Делегация Омской области посетила Павлодар в мае. Следующий визит омичей в Павлодар намечен на осень."
    assert len(of_type(extract(text, "2025-11-20"), "visit")) == 1
