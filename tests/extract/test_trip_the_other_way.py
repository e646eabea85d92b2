"""Talks in one side's city with the other side's official tell of that official's trip even when
the text tells a trip the other way between the two countries (links.trip_the_other_way); a year
at the end of the sentence before is not the date of talks told next (meeting.date) — wordings of ours."""

import pytest

OTHER_WAY = [
    ("Глава Дагестана Сергей Меликов провел переговоры с главой исполнительной власти Габалинского района Азербайджана "
     "Сабухи Абдуллаевым. Встреча прошла в Махачкале. Ранее дагестанская делегация посещала Баку.",
     ("AZ-QAB", "RU-DA", "Сабухи Абдуллаев")),
    ("Губернатор Омской области Виталий Хоценко провел переговоры с акимом Павлодарской области Асаином Байхановым. "
     "Встреча прошла в Омске. В прошлом году омская делегация побывала в Павлодаре.",
     ("KZ-55", "RU-OMS", "Асаин Байханов")),
    ("В Пскове губернатор Псковской области Михаил Ведерников провел переговоры с председателем Витебского "
     "облисполкома Александром Субботиным. Весной псковская делегация посещала Витебск.",
     ("BY-VI", "RU-PSK", "Александр Субботин")),
]


@pytest.mark.parametrize("text,trip", OTHER_WAY, ids=["makhachkala", "omsk", "pskov"])
def test_the_guests_trip_is_told_beside_one_the_other_way(extract, text, trip):
    got = {(f["visitor"], f["host"], f["head"]) for f in extract(text, published="2025-06-10") if f["type"] == "visit"}
    assert trip in got and len(got) == 2, got


def test_the_guests_trip_told_already_is_not_told_again(extract):
    text = ("Аким Павлодарской области Асаин Байханов прибыл в Омск. Губернатор Омской области Виталий Хоценко провел с "
            "ним переговоры. Встреча прошла в Омске.")
    assert len([f for f in extract(text) if f["type"] == "visit"]) == 1


YEAR_BEFORE = [
    "Глава Дагестана Сергей Меликов провел переговоры с главой исполнительной власти Габалинского района Азербайджана "
    "Сабухи Абдуллаевым. Меликов напомнил, что Дербентский и Габалинский районы являются побратимами с 2021 года. "
    "Стороны обсудили восстановление поезда.",
    "Мэр Казани Ильсур Метшин провел переговоры с председателем Минского горисполкома Владимиром Кухаревым. Метшин "
    "отметил, что Казань и Минск стали побратимами в 2014 году. Стороны обсудили обмен делегациями.",
    "Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. Хоценко "
    "напомнил, что торговый дом работает в Павлодаре с 2019 года. Стороны обсудили поставки зерна.",
]


@pytest.mark.parametrize("text", YEAR_BEFORE, ids=["twins-since", "twinned-in", "working-since"])
def test_a_year_of_the_sentence_before_is_not_the_talks_date(extract, text):
    got = [f["date"] for f in extract(text, published="2025-02-14") if f["type"] == "meeting"]
    assert got and all(d is None for d in got), got
