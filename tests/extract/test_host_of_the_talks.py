"""A trip told beside talks, to the country their partner is a region or city of, is hosted by that partner — the
level of the receiving authority (links.host_of_the_talks); a business mission is a delegation — wordings of ours."""

import pytest

HOSTED = [
    ("Губернатор Забайкальского края Александр Осипов в Чойбалсане провел переговоры с губернатором Восточного аймака "
     "Монголии Баяржаргалом Дамдинсурэном. Забайкальская делегация находится в Монголии с рабочим визитом.",
     "RU-ZAB", "MN-061"),
    ("Губернатор Омской области Виталий Хоценко в Павлодаре провел переговоры с акимом Павлодарской области Асаином "
     "Байхановым. Омская делегация находится в Казахстане с рабочим визитом.", "RU-OMS", "KZ-55"),
    ("Глава Татарстана Рустам Минниханов в Самарканде провел переговоры с хокимом Самаркандской области Эркинжоном "
     "Турдимовым. Делегация Татарстана находится в Узбекистане с официальным визитом.", "RU-TA", "UZ-SA"),
]


@pytest.mark.parametrize("text,visitor,host", HOSTED, ids=["choibalsan", "pavlodar", "samarkand"])
def test_the_trip_is_hosted_by_the_partner_of_the_talks(extract, text, visitor, host):
    trips = [(f["visitor"], f["host"]) for f in extract(text, "2025-07-05") if f["type"] == "visit"]
    assert trips == [(visitor, host)], trips


def test_talks_at_home_leave_the_trip_abroad_alone(extract):
    text = ("Губернатор Омской области Виталий Хоценко в Омске провел переговоры с акимом Павлодарской области Асаином "
            "Байхановым. Омская делегация на прошлой неделе находилась в Казахстане с рабочим визитом.")
    trips = [(f["visitor"], f["host"]) for f in extract(text, "2025-07-05") if f["type"] == "visit" and f["visitor"] == "RU-OMS"]
    assert trips == [("RU-OMS", "KZ")], trips


BUSINESS_MISSIONS = [
    "Бизнес-миссия Самарской области работает в Навоийской области Республики Узбекистан.",
    "Бизнес-миссия Самарской области прибыла в Навоийскую область.",
    "В Навоийской области находится бизнес-миссия Самарской области.",
]


@pytest.mark.parametrize("text", BUSINESS_MISSIONS, ids=["works", "arrived", "is-there"])
def test_a_business_mission_travels(extract, text):
    trips = [(f["visitor"], f["host"]) for f in extract(text, "2025-07-05") if f["type"] == "visit"]
    assert trips == [("RU-SAM", "UZ-NW")], trips
