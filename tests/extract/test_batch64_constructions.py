"""Constructions of the o475–o480 batch, in wordings of ours: a governor's post of a delegation from a city that is a
region with a governor (role._fits, lexicon governed_cities); a diplomat posted where 'в ходе визита' went makes no
trip (visit.frame_subject); twin relations of both sides named by a word for each ('побратимских связей двух
городов') beside a document signed (agreement.twin_relations_of_both)."""

import pytest

GOVERNED_CITY = [
    ("Мэр Минска принял делегацию Санкт-Петербурга во главе с вице-губернатором Владимиром Княгининым.",
     "Владимир Княгинин"),
    ("Мэр Еревана Тигран Авинян принял делегацию Санкт-Петербурга, возглавляемую вице-губернатором Евгением Григорьевым. "
     "Отмечено, что с марта откроется прямое авиасообщение между Санкт-Петербургом и Гюмри.", "Евгений Григорьев"),
]


@pytest.mark.parametrize("text,person", GOVERNED_CITY, ids=["minsk", "yerevan-gyumri"])
def test_a_governors_post_of_a_city_with_a_governor(extract, text, person):
    got = [f["of"] for f in extract(text, "2026-02-12") if f["type"] == "role" and f["person"] == person]
    assert got == ["RU-SPE"], got


POSTED_THERE = [
    "В ходе визита в Астраханскую область генеральный консул Туркменистана в Астрахани Мырат Атаев встретился с "
    "губернатором Игорем Бабушкиным.",
    "В ходе визита в Саратовскую область генеральный консул Казахстана в Саратове Ерлан Тулегенов встретился с "
    "губернатором.",
    "Во время визита в Свердловскую область генеральный консул Узбекистана в Екатеринбурге встретился с губернатором "
    "Денисом Паслером.",
]


@pytest.mark.parametrize("text", POSTED_THERE, ids=["astrakhan", "saratov", "yekaterinburg"])
def test_a_diplomat_posted_where_the_trip_went_makes_none(extract, text):
    assert [f for f in extract(text, "2026-08-18") if f["type"] == "visit"] == []


def test_an_ambassador_travelling_to_a_region_makes_a_trip(extract):
    text = "В ходе визита в Ярославль посол Беларуси Дмитрий Крутой встретился с губернатором."
    assert [f["visitor"] for f in extract(text, "2026-08-18") if f["type"] == "visit"] == ["BY"]


TWIN_RELATIONS = [
    ("Мэр Еревана Тигран Авинян принял делегацию Санкт-Петербурга. Стороны обсудили подготовку к празднованию 30-летия "
     "побратимских связей двух городов и подписали программу сотрудничества на 2026–2028 годы.", {"AM-ER", "RU-SPE"}),
    ("Мэр Казани Ильсур Метшин принял делегацию Минска. Стороны обсудили подготовку к 20-летию побратимских отношений "
     "двух городов и подписали план мероприятий.", {"RU-TA/Казань", "BY-HM"}),
    ("Мэр Бишкека Айбек Джунушалиев принял делегацию Екатеринбурга. Стороны отметили 15-летие побратимских связей двух "
     "городов и подписали меморандум о сотрудничестве.", {"KG-GB", "RU-SVE/Екатеринбург"}),
]


@pytest.mark.parametrize("text,towns", TWIN_RELATIONS, ids=["yerevan", "kazan", "bishkek"])
def test_twin_relations_of_both_towns_are_their_twinning(extract, text, towns):
    got = [set(f["parties"]) for f in extract(text, "2026-02-12") if f["type"] == "agreement" and f["kind"] == "twinning"]
    assert got == [towns], got
