"""A trip told with no leader, then its territory's head holding talks: that head made the trip
(visit.leader_at_talks_next) — wordings of ours."""

import pytest

LEADER_NEXT = [
    ("В аэропорту Кемерова делегацию Карагандинской области встретил заместитель губернатора Кузбасса Андрей Панов. "
     "9 сентября аким Карагандинской области Ермаганбет Булекпаев провел переговоры с губернатором Кемеровской "
     "области Ильей Середюком.", "Ермаганбет Булекпаев"),
    ("Делегация Витебской области прибыла в Псков. Председатель Витебского облисполкома Александр Субботин провел "
     "переговоры с губернатором Псковской области Михаилом Ведерниковым.", "Александр Субботин"),
    ("Вчера в Омск прибыла делегация Павлодарской области. Сегодня аким Павлодарской области Асаин Байханов "
     "встретился с губернатором Омской области Виталием Хоценко.", "Асаин Байханов"),
    # the host's head holds the talks: nobody of the visitors is named
    ("Делегация Павлодарской области прибыла в Омск. Губернатор Омской области Виталий Хоценко провел переговоры с "
     "гостями.", None),
]


@pytest.mark.parametrize("text,head", LEADER_NEXT, ids=["airport", "arrived", "met", "host-talks"])
def test_the_head_holding_talks_next_made_the_trip(extract, text, head):
    got = [f["head"] for f in extract(text, published="2025-09-10") if f["type"] == "visit"]
    assert got == [head], got


def test_talks_of_another_trip_give_no_head(extract):
    # the March trip is not the one whose talks are told next
    text = ("Делегация Наманганской области во главе с хокимом Шавкатжоном Абдураззаковым прибыла в Пензенскую область. "
            "В марте этого года пензенская делегация побывала в Намангане. Губернатор Пензенской области Олег "
            "Мельниченко провел с хокимом переговоры.")
    got = [f["head"] for f in extract(text, published="2025-09-12") if f["type"] == "visit" and f["visitor"] == "RU-PNZ"]
    assert got == [None], got
