"""Guests named by the place they come from are a delegation (visit.guests_from); a delegation that departed for a
place is on a trip there, a train that departed is not (verbs needing travellers, a word class) — wordings of ours."""

import pytest

GUESTS = [
    ("Гостей из Бобруйска принял мэр Набережных Челнов Наиль Магдеев.", ("BY-MA/Бобруйск", "RU-TA/Набережные Челны")),
    ("Гостей из Гомеля приняли губернатор Брянской области и мэр Брянска.", ("BY-HO/Гомель", "RU-BRY")),
    ("В Доме правительства гостей из Павлодара принял губернатор Омской области Виталий Хоценко.",
     ("KZ-55/Павлодар", "RU-OMS")),
]


@pytest.mark.parametrize("text,trip", GUESTS, ids=["bobruisk", "gomel", "pavlodar"])
def test_guests_from_a_place_travelled(extract, text, trip):
    trips = [(f["visitor"], f["host"]) for f in extract(text, "2025-10-14") if f["type"] == "visit"]
    assert len(trips) == 1 and trips[0][0] == trip[0] and trips[0][1].startswith(trip[1]), trips


DEPARTED = [
    ("Делегация Лидского района во главе с председателем райисполкома Юрием Мулярчиком отправилась в Вологодскую "
     "область.", ("BY-HR/Лидский район", "RU-VLG")),
    ("Делегация Оренбургской области выехала в Актюбинскую область.", ("RU-ORE", "KZ-15")),
    ("Губернатор Омской области Виталий Хоценко вылетел в Павлодар.", ("RU-OMS", "KZ-55/Павлодар")),
]


@pytest.mark.parametrize("text,trip", DEPARTED, ids=["set-off", "drove", "flew"])
def test_a_delegation_that_departed_travels(extract, text, trip):
    assert [(f["visitor"], f["host"]) for f in extract(text, "2025-03-05") if f["type"] == "visit"] == [trip]


def test_a_train_that_departed_is_no_trip(extract):
    text = "Из Челябинска в Ташкент отправился первый контейнерный поезд."
    assert [f for f in extract(text, "2025-03-05") if f["type"] == "visit"] == []
