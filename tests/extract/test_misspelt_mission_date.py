"""A sentence whose only fact word is a misspelt mission noun ("Генконсулство") still has its dates read — the
pipeline's sentence filter knows the misspellings (institution.misspelt_noun) — wordings of ours."""

import pytest

DATED = [
    ("Генконсулство Казахстана в Астрахани работает с 2008 года.", "2008"),
    ("Посолство Узбекистана в Москве действует с 1992 года.", "1992"),
    ("Представительсво Татарстана в Ташкенте работает с мая 2019 года.", "2019-05"),
]


@pytest.mark.parametrize("text,day", DATED, ids=["consulate", "embassy", "representation"])
def test_the_date_of_a_misspelt_mission(extract, text, day):
    missions = [f for f in extract(text, "2025-08-09") if f["type"] == "institution"]
    assert [f["date"] for f in missions] == [day], missions


def test_a_long_word_that_is_no_mission_reads_no_date(extract):
    text = "Генконсультант Казахстана в Астрахани работает с 2008 года."
    assert [f for f in extract(text, "2025-08-09") if f["type"] == "institution"] == []
