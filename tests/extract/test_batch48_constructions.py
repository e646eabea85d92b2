"""Constructions of the o363–o370 batch, each in three wordings of ours: the leadership or a body of a territory that
made a trip (visit.body_side) and the days of a traveller's programme told right after a trip with no date
(visit.days_told_next)."""

import pytest

BODIES = [
    ("Губернатор Приморского края Олег Кожемяко встретился с послом Китая. В июле руководство провинции Хэйлунцзян "
     "посетило Приморье.", ("CN-HL", "RU-PRI", "2025-07")),
    ("Раис Татарстана встретился с хокимом Бухарской области. В прошлом году власти Бухары побывали в Казани.",
     ("UZ-BU/Бухара", "RU-TA", "2024")),
    ("Глава Удмуртии встретился с послом Беларуси. В мае правительство Могилёвской области посетило Ижевск.",
     ("BY-MA", "RU-UD", "2025-05")),
]


@pytest.mark.parametrize("text,trip", BODIES, ids=["leadership", "authorities", "government"])
def test_a_territorys_body_that_travelled_is_its_trip(extract, text, trip):
    got = [(f["visitor"], f["host"], f["date"]) for f in extract(text, "2025-12-03") if f["type"] == "visit"]
    assert got == [trip], got


def test_a_mission_that_visited_is_no_trip_of_its_country(extract):
    text = "Глава Удмуртии встретился с послом Беларуси. В мае посольство Беларуси посетило Ижевск."
    assert [f for f in extract(text, "2025-12-03") if f["type"] == "visit" and f["visitor"] == "BY"] == []


DAYS_NEXT = [
    ("Губернатор Приморского края Олег Кожемяко вылетел в Харбин. С 3 по 5 декабря он примет участие в "
     "российско-китайском форуме.", "2025-12-03"),
    ("Делегация Омской области прибыла в Павлодар. С 12 по 14 мая она посетит предприятия области.", "2025-05-12"),
    ("Глава Татарстана Рустам Минниханов прибыл в Ташкент. С 20 по 22 октября он проведёт переговоры с руководством "
     "Узбекистана.", "2025-10-20"),
]


@pytest.mark.parametrize("text,day", DAYS_NEXT, ids=["flew", "delegation", "arrived"])
def test_the_days_of_the_programme_told_next_date_the_trip(extract, text, day):
    got = [f["date"] for f in extract(text, "2025-12-03") if f["type"] == "visit"]
    assert got == [day], got


def test_a_year_told_next_is_no_day_of_the_trip(extract):
    text = "Губернатор Приморского края Олег Кожемяко вылетел в Харбин. С 2024 года он возглавляет совет губернаторов."
    assert [f["date"] for f in extract(text, "2025-12-03") if f["type"] == "visit"] == [None]
