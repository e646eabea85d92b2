"""The adjective of a district the text names stands for it ("Порховская делегация" after "Порховский район":
gazetteer.units.adjectives_of_named_units), and a town and the district named after it are one destination of one
trip (visit.town_and_its_district) — wordings of ours."""

import pytest

ADJECTIVE = [
    ("Порховский район и Глубокский район подписали соглашение о сотрудничестве. Порховская делегация находилась в "
     "Глубокском районе с 25 по 27 июня.", ("RU-PSK/Порховский район", "BY-VI/Глубокский район")),
    ("Сокольский муниципальный округ Вологодской области и Лидский район подписали соглашение. Сокольская делегация "
     "побывала в Лидском районе.", ("RU-VLG/Сокольский муниципальный округ", "BY-HR/Лидский район")),
    ("Кингисеппский район Ленинградской области и Браславский район дружат давно. Кингисеппская делегация находилась "
     "в Браславском районе с визитом.", ("RU-LEN/Кингисеппский район", "BY-VI/Браславский район")),
]


@pytest.mark.parametrize("text,trip", ADJECTIVE, ids=["porkhov", "sokol", "kingisepp"])
def test_the_districts_adjective_names_the_travellers(extract, text, trip):
    got = [(f["visitor"], f["host"]) for f in extract(text, "2025-06-27") if f["type"] == "visit"]
    assert got == [trip], got


def test_an_adjective_of_no_named_district_is_no_side(extract):
    text = "Лидский район посетила делегация. Порховская делегация находилась в Глубокском районе."
    got = [f["visitor"] for f in extract(text, "2025-06-27") if f["type"] == "visit"]
    assert "RU-PSK/Порховский район" not in got, got


TOWN_AND_DISTRICT = [
    ("Гости из Сокольского муниципального округа Вологодской области побывали в Лиде. Делегация Сокольского округа "
     "встретилась с председателем Лидского райисполкома.", "BY-HR/Лидский район"),
    ("Делегация Порховского района побывала в Глубоком. Порховскую делегацию принял председатель Глубокского "
     "райисполкома Сергей Ковальчук.", "BY-VI/Глубокский район"),
    ("Делегация Печорского района побывала в Поставах. Гостей принял председатель Поставского райисполкома Игорь "
     "Шевчик.", "BY-VI/Поставский район"),
]


@pytest.mark.parametrize("text,host", TOWN_AND_DISTRICT, ids=["lida", "glubokoe", "postavy"])
def test_a_town_and_its_district_are_one_trip(extract, text, host):
    got = [f["host"] for f in extract(text, "2025-06-27") if f["type"] == "visit"]
    assert got == [host], got
