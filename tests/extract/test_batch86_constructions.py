"""Constructions of the o641–o648 batch, in three wordings of ours: a bare 'рейсы' right after a sentence on flights
is flights (transport.flights_told_before), each of the new ends listed after it from the home end of the link before
(transport.new_destination); an aim with no trade word after an aside on the goods that names no number stands for
the trade figure told before the aside (trade.aim_after_an_aside; after another story it is no target, batch 50)."""

import pytest

FLIGHTS_BEFORE = [
    ("Авиакомпания «Ангара» возобновила рейсы из Иркутска в Улан-Батор. Полёты будут выполняться трижды в неделю. "
     "Кроме того, с июня планируется запустить рейсы в Эрдэнэт и Мурэн.",
     [{"RU-IRK/Иркутск", "MN-1"}, {"RU-IRK/Иркутск", "MN-035/Эрдэнэт"}, {"RU-IRK/Иркутск", "MN-041/Мурэн"}]),
    ("Авиакомпания «Уральские авиалинии» летает из Екатеринбурга в Ташкент. С осени планируется открыть рейсы в "
     "Самарканд.", [{"RU-SVE/Екатеринбург", "UZ-TK"}, {"RU-SVE/Екатеринбург", "UZ-SA/Самарканд"}]),
    ("Из аэропорта Казани выполняются прямые авиарейсы в Душанбе. Летом откроются рейсы в Худжанд и Куляб.",
     [{"RU-TA/Казань", "TJ-DU"}, {"RU-TA/Казань", "TJ-SU/Худжанд"}, {"RU-TA/Казань", "TJ-KT/Куляб"}]),
]


@pytest.mark.parametrize("text,links", FLIGHTS_BEFORE, ids=["irkutsk", "yekaterinburg", "kazan"])
def test_bare_flights_after_a_sentence_on_flights_are_flights_to_each_new_end(extract, text, links):
    got = [set(f["between"]) for f in extract(text, "2026-04-17") if f["type"] == "transport"]
    assert got == links, got
    assert all(f["mode"] == "air" for f in extract(text, "2026-04-17") if f["type"] == "transport")


def test_bare_trips_after_flights_in_a_sentence_on_buses_are_no_flights(extract):
    text = ("Авиакомпания «Ангара» возобновила рейсы из Иркутска в Улан-Батор. Автобусный перевозчик откроет рейсы в "
            "Эрдэнэт.")
    got = [(f["mode"], set(f["between"])) for f in extract(text, "2026-04-17") if f["type"] == "transport"]
    assert ("air", {"RU-IRK/Иркутск", "MN-035/Эрдэнэт"}) not in got, got


AIM_AFTER_ASIDE = [
    ("Товарооборот Астраханской области с Ираном за первое полугодие составил 287 миллионов долларов. Основным маршрутом "
     "поставок остаётся Каспийское море. До конца года иранская сторона рассчитывает выйти на 600 млн долларов.", ("RU-AST", "IR")),
    ("Товарооборот Омской области с Казахстаном в прошлом году составил 1,1 млрд долларов. Основу поставок составляет "
     "продукция машиностроения. Стороны намерены выйти на 1,5 млрд долларов к 2028 году.", ("RU-OMS", "KZ")),
    ("Товарооборот Пензенской области с Узбекистаном достиг 40 млн долларов. Основную часть поставок составляют "
     "текстиль и фрукты. В ближайшие годы стороны планируют увеличить его до 100 млн долларов.", ("RU-PNZ", "UZ")),
]


@pytest.mark.parametrize("text,parties", AIM_AFTER_ASIDE, ids=["astrakhan", "omsk", "penza"])
def test_an_aim_after_an_aside_stands_for_the_figure_before(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2026-08-05") if f["type"] == "target"]
    assert got == [set(parties)], got


def test_an_aside_with_a_number_still_tells_the_figure(extract):
    text = ("Товарооборот Брянской области с Беларусью в прошлом году достиг почти 1,5 млрд долларов. При этом на "
            "Гомельскую область пришлось около 40% объема. Стороны рассчитывают выйти на 2 млрд долларов к 2030 году.")
    assert len([f for f in extract(text, "2025-06-09") if f["type"] == "target"]) <= 1
