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
