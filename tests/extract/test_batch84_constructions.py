"""Constructions of the o625–o632 batch, in three wordings of ours: freight trips ('грузовые рейсы') are no flight
link without an air word (transport.cargo_trips); the hosts' talks "с белорусскими коллегами" in a text about one
Belarusian oblast are with that oblast (sides.delegation_country_unit); "столица Урала", "столица Сибири" are the
cities (gazetteer); "в столице Татарстана" is where something happened, as "в Казани" (PlaceMention.head)."""

import pytest

CARGO_TRIPS = [
    "Обсудили увеличение числа грузовых рейсов между Благовещенском и Хэйхэ.",
    "Стороны договорились нарастить количество грузовых рейсов из Оренбурга в Актобе.",
    "Грузовые рейсы между Читой и Маньчжурией выполняются ежедневно.",
]


@pytest.mark.parametrize("text", CARGO_TRIPS, ids=["more_trips", "from_to", "runs_daily"])
def test_freight_trips_without_an_air_word_are_no_flight_link(extract, text):
    assert [f for f in extract(text, "2026-06-19") if f["type"] == "transport"] == []


CARGO_FLIGHTS = [
    ("Авиакомпания выполняет грузовые рейсы из Новосибирска в Чжэнчжоу.", {"RU-NVS/Новосибирск", "CN-HA/Чжэнчжоу"}),
    ("Грузовые авиарейсы между Новосибирском и Чжэнчжоу выполняются ежедневно.",
     {"RU-NVS/Новосибирск", "CN-HA/Чжэнчжоу"}),
    ("Прямые грузовые рейсы из Казани в Ташкент выполняются дважды в неделю.", {"RU-TA/Казань", "UZ-TK"}),
]


@pytest.mark.parametrize("text,ends", CARGO_FLIGHTS, ids=["airline", "air_word", "direct"])
def test_freight_flights_named_as_flights_are_air_links(extract, text, ends):
    got = [(f["mode"], set(f["between"])) for f in extract(text, "2026-06-19") if f["type"] == "transport"]
    assert got == [("air", ends)], got


COUNTERPARTS = [
    ("Делегация Витебской области во главе с председателем облисполкома Александром Субботиным находится с рабочим "
     "визитом в Смоленске. Губернатор Смоленской области Василий Анохин провёл переговоры с белорусскими коллегами.",
     {"RU-SMO", "BY-VI"}),
    ("Делегация Костанайской области прибыла в Курган. Губернатор Курганской области Вадим Шумков провёл встречу с "
     "казахстанскими партнёрами.", {"RU-KGN", "KZ-39"}),
    ("Делегация Самаркандской области находится с визитом в Пензе. Губернатор Пензенской области Олег Мельниченко "
     "встретился с узбекскими гостями.", {"RU-PNZ", "UZ-SA"}),
]


@pytest.mark.parametrize("text,parties", COUNTERPARTS, ids=["colleagues", "partners", "guests"])
def test_counterparts_named_by_a_country_adjective_are_the_visiting_territory(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2026-05-15") if f["type"] == "meeting"]
    assert got == [parties], got


def test_counterparts_of_a_country_stay_the_country_in_a_text_about_it(extract):
    text = ("Посол Беларуси в России Александр Рогожник прибыл в Смоленск. Губернатор Смоленской области Василий "
            "Анохин провёл переговоры с белорусскими коллегами.")
    assert [set(f["parties"]) for f in extract(text, "2026-05-15") if f["type"] == "meeting"] == [{"RU-SMO", "BY"}]


NICKNAMES = [
    ("Сейчас из столицы Урала можно улететь напрямую в Ташкент.", {"RU-SVE/Екатеринбург", "UZ-TK"}),
    ("Между столицей Сибири и Алматы летают прямые рейсы.", {"RU-NVS/Новосибирск", "KZ-75"}),
    ("Прямые рейсы из столицы Урала в Наманган начнутся в октябре.", {"RU-SVE/Екатеринбург", "UZ-NG/Наманган"}),
]


@pytest.mark.parametrize("text,ends", NICKNAMES, ids=["ural_from", "siberia_between", "ural_route"])
def test_a_city_named_as_the_capital_of_its_land(extract, text, ends):
    got = [set(f["between"]) for f in extract(text, "2026-10-09") if f["type"] == "transport"]
    assert got == [ends], got


CAPITAL_VENUES = [
    ("В столице Казахстана глава Татарстана Рустам Минниханов встретился с Президентом страны Касым-Жомартом "
     "Токаевым.", "KZ-71"),
    ("В столице Беларуси губернатор Брянской области Александр Богомаз провёл переговоры с Премьер-министром "
     "Беларуси.", "BY-HM"),
    ("Переговоры губернатора Омской области и акима Павлодарской области прошли в столице Прииртышья.", "RU-OMS/Омск"),
]


@pytest.mark.parametrize("text,place", CAPITAL_VENUES, ids=["kazakhstan", "belarus", "omsk"])
def test_in_the_capital_of_a_land_is_where_it_happened(extract, text, place):
    assert [f["place"] for f in extract(text, "2026-03-01") if f["type"] == "meeting"] == [place]
