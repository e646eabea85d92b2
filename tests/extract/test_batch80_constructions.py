"""Constructions of the o593–o600 batch, in three wordings of ours: a trip ('рейс') a vehicle makes is a link of the
vehicle's mode (transport.trip_of_a_vessel); "летает из Ростова-на-Дону в Гюмри" is an air link
(transport.flies_from_to)."""

import pytest

VESSEL_TRIP = [
    ("Теплоход «Амур» совершил первый в этом году рейс из Благовещенска в Хэйхэ.", "water"),
    ("Автобус совершил первый в этом месяце рейс из Пскова в Витебск.", "road"),
    ("Судно совершило первый в этом сезоне рейс из Астрахани в Актау.", "water"),
]


@pytest.mark.parametrize("text,mode", VESSEL_TRIP, ids=["ship", "bus", "vessel"])
def test_a_trip_a_vehicle_makes_is_of_its_mode(extract, text, mode):
    assert [f["mode"] for f in extract(text, "2026-05-20") if f["type"] == "transport"] == [mode]


FLIES = [
    ("Также компания летает из Ростова-на-Дону в Гюмри.", {"RU-ROS/Ростов-на-Дону", "AM-SH/Гюмри"}),
    ("Авиакомпания летает из Уфы в Ташкент по средам.", {"RU-BA/Уфа", "UZ-TK"}),
    ("Перевозчик летает из Минска в Казань дважды в неделю.", {"BY-HM", "RU-TA/Казань"}),
]


@pytest.mark.parametrize("text,ends", FLIES, ids=["rostov", "ufa", "minsk"])
def test_flying_from_one_place_to_another_is_an_air_link(extract, text, ends):
    got = [(f["mode"], set(f["between"])) for f in extract(text, "2026-05-11") if f["type"] == "transport"]
    assert got == [("air", ends)], got


def test_one_flight_that_flew_is_no_link(extract):
    assert [f for f in extract("Вчера губернатор летал из Уфы в Ташкент.", "2026-05-11") if f["type"] == "transport"] == []
