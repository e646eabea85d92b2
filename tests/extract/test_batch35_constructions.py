"""Constructions of the o264–o271 batch, each in three wordings of ours: a town the gazetteer places, before a region
in the nominative that opens the next clause, stays where it is ("в Нижнем Новгороде Могилёвская область
подписала": gazetteer.resolve), a trip put off is no trip (visit.trip_not_held), and bare "рейсы" with where from
and where to after them are flights (transport.from_and_to_after)."""

import pytest

TOWN_THEN_SUBJECT = [
    ("В рамках XII Форума регионов Беларуси и России в Нижнем Новгороде Могилёвская область подписала соглашения с "
     "Нижегородской областью в сферах образования и здравоохранения.", {"BY-MA", "RU-NIZ"}),
    ("В Казани Гродненская область подписала соглашение с Татарстаном.", {"BY-HR", "RU-TA"}),
    ("В Ульяновске Минская область подписала программу сотрудничества с Ульяновской областью.", {"BY-MI", "RU-ULY"}),
]


@pytest.mark.parametrize("text,parties", TOWN_THEN_SUBJECT, ids=["nizhny", "kazan", "ulyanovsk"])
def test_the_subject_after_a_town_is_a_party(extract, text, parties):
    docs = [f for f in extract(text, "2025-06-28") if f["type"] == "agreement"]
    assert docs and all(set(f["parties"]) == parties for f in docs), docs


def test_a_town_before_its_region_in_the_genitive_is_that_regions(extract):
    text = "Делегация Гомельской области побывала в Кирове Калужской области."
    assert [f["places"] for f in extract(text, "2025-06-28") if f["type"] == "visit"] == [["RU-KLU/Киров"]]


PUT_OFF = [
    "Визит делегации Витебской области в Псков, намеченный на 12 мая, перенесён на осень.",
    "Поездку губернатора Омской области в Павлодар пришлось отложить.",
    "Визит делегации Минской области в Татарстан отменён из-за погоды.",
]


@pytest.mark.parametrize("text", PUT_OFF, ids=["postponed", "put-off", "cancelled"])
def test_a_trip_put_off_is_no_trip(extract, text):
    assert [f for f in extract(text, "2025-05-08") if f["type"] == "visit"] == []


def test_a_trip_put_off_earlier_and_then_made_stays(extract):
    text = "Визит делегации Минской области в Татарстан, перенесённый с мая, состоялся 12 июня."
    assert len([f for f in extract(text, "2025-06-20") if f["type"] == "visit"]) == 1


FROM_AND_TO = [
    ("Рейсы в Ереван из Минеральных Вод уже выполняются ежедневно.", {"AM-ER", "RU-STA/Минеральные Воды"}),
    ("Рейсы из Казани в Ташкент выполняются три раза в неделю.", {"RU-TA/Казань", "UZ-TK"}),
    ("Рейсы в Минск из Калининграда выполняются ежедневно.", {"BY-HM", "RU-KGD/Калининград"}),
]


@pytest.mark.parametrize("text,ends", FROM_AND_TO, ids=["yerevan", "tashkent", "minsk"])
def test_flights_from_and_to(extract, text, ends):
    got = [(f["mode"], set(f["between"])) for f in extract(text, "2025-06-03") if f["type"] == "transport"]
    assert got == [("air", ends)], got


def test_buses_named_are_no_flights(extract):
    text = "Рейсы автобусов из Омска в Павлодар выполняются ежедневно."
    assert all(f["mode"] != "air" for f in extract(text, "2025-06-03") if f["type"] == "transport")
