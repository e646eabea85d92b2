"""A trip to a city received by the head of one of its districts is that district's guest
(visit.received_inside_city) — wordings of ours."""

import pytest

RECEIVED_BY_A_DISTRICT = [
    ("Делегация Московского района Минска побывала в Ижевске. Гостей принял глава администрации Октябрьского "
     "района Ижевска Олег Кузнецов.", "RU-UD/Ижевск/Октябрьский район"),
    ("Делегация Ленинского района Гродно прибыла в Калининград. Гостей встретил глава администрации Центрального "
     "района Калининграда Андрей Петров.", "RU-KGD/Калининград/Центральный район"),
    ("Делегация Фрунзенского района Минска посетила Казань. Гостей принял глава администрации Вахитовского района "
     "Казани Рустем Абязов.", "RU-TA/Казань/Вахитовский район"),
    # the region's head received them: the region
    ("Делегация Московского района Минска побывала в Ижевске. Гостей принял глава Удмуртии Александр Бречалов.",
     "RU-UD"),
]


@pytest.mark.parametrize("text,host", RECEIVED_BY_A_DISTRICT, ids=["izhevsk", "kaliningrad", "kazan", "region"])
def test_the_host_is_who_received_them(extract, text, host):
    got = [f["host"] for f in extract(text, published="2025-10-10") if f["type"] == "visit"]
    assert got == [host], got
