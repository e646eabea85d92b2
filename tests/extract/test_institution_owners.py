"""Whose mission it is (sentences written for these tests): a mission of companies is no territory's."""

import pytest

from tests.conftest import of_type

COMPANIES = [
    "Губернатор Нижегородской области Глеб Никитин встретился с хокимом Навоийской области. Дорожная карта "
    "предусматривает открытие в Навои представительства нижегородских предприятий.",
    "Делегация Гродненской области побывала в Ташкенте. В Ташкенте работает торговый дом белорусских производителей.",
    "Губернатор Омской области посетил Алматы. В Алматы открылось представительство омских компаний.",
]


@pytest.mark.parametrize("text", COMPANIES)
def test_mission_of_companies_is_no_institution(extract, text):
    assert of_type(extract(text), "institution") == []


def test_mission_of_the_region_is_one(extract):
    got = of_type(extract("Губернатор Омской области посетил Алматы. В Алматы открылось представительство Омской "
                          "области."), "institution")
    assert [(f["of"], f["in"]) for f in got] == [("RU-OMS", "KZ-75")]
