"""A target told by an aim alone, the trade word left in the sentence before (sentences written for these
tests): trade.aim_without_word."""

import pytest

from tests.conftest import of_type

AIM_WITHOUT_WORD = [
    ("Товарооборот между Псковской и Витебской областями составил 182 млн долларов. Стороны поставили задачу "
     "выйти на 250 млн долларов к 2027 году.", ["BY-VI", "RU-PSK"], 250e6, 2027),
    ("В 2024 году товарооборот Омской и Павлодарской областей достиг 300 млн долларов. К 2027 году стороны "
     "планируют выйти на 500 млн долларов.", ["KZ-55", "RU-OMS"], 500e6, 2027),
    ("Объем торговли Курской области с Беларусью вырос до 400 млн долларов. Цель на 2026 год — 600 млн долларов.",
     ["BY", "RU-KRS"], 600e6, 2026),
]


@pytest.mark.parametrize("text,parties,value,year", AIM_WITHOUT_WORD)
def test_aim_without_trade_word(extract, text, parties, value, year):
    got = of_type(extract(text), "target")
    assert [(sorted(f["parties"]), f["value_max"], f["year"]) for f in got] == [(parties, value, year)], got


def test_companies_plans_are_no_target(extract):
    text = ("Товарооборот Курской области с Беларусью вырос до 400 млн долларов. Предприятия планируют поставить "
            "технику на 50 млн долларов.")
    assert of_type(extract(text), "target") == []
