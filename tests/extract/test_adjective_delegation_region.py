"""A delegation named by its country's adjective, in a text that names that country more than any of its regions,
is the one region of it whose officials are named by then (visit.adjective_refined) — wordings of ours (the
first fails without that; the others are found through the talks' partner too)."""

import pytest

REFINED = [
    ("Губернатор Красноярского края Михаил Котюков встретился с полномочным представителем Правительства Кыргызской "
     "Республики в Иссык-Кульской области Ибраевым Ырысбеком. Киргизская делегация находится в крае с трехдневным "
     "визитом. Товарооборот края с Кыргызстаном вырос на 10%.", "KG-Y"),
    ("Губернатор Новосибирской области Андрей Травников провел переговоры с полномочным представителем Правительства "
     "Кыргызской Республики в Чуйской области Асылбеком Кудайбергеновым. Киргизская делегация находится в области "
     "с рабочим визитом. Поставки в Кыргызстан выросли на 15%.", "KG-C"),
    ("Губернатор Свердловской области Денис Паслер встретился с полномочным представителем Правительства Кыргызской "
     "Республики в Ошской области Мирланом Кемеловым. Кыргызская делегация находится на Урале с рабочим визитом. "
     "Товарооборот области с Кыргызстаном превысил 100 млн долларов.", "KG-O"),
]


@pytest.mark.parametrize("text,visitor", REFINED, ids=["issyk-kul", "chui", "osh"])
def test_the_delegation_is_of_the_region_whose_official_was_met(extract, text, visitor):
    trips = [f for f in extract(text, "2025-06-18") if f["type"] == "visit"]
    assert [f["visitor"] for f in trips] == [visitor], trips


def test_an_official_named_only_later_leaves_the_country(extract):
    text = ("Киргизская делегация находится в Красноярском крае с трехдневным визитом. Товарооборот края с Кыргызстаном "
            "вырос на 10%. Котюков также рассказал о переговорах, которые прошли в прошлом году с полномочным "
            "представителем Правительства Кыргызской Республики в Иссык-Кульской области Ибраевым Ырысбеком.")
    trips = [f for f in extract(text, "2025-06-18") if f["type"] == "visit"]
    assert [f["visitor"] for f in trips] == ["KG"], trips
