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


# trade.listed_partner with the region's noun left out ("с Могилёвской — 110 млн"); the first figure's partner is its
# own, not the ones listed after it (trade_sides' ``listed``)
LISTED_PARTNERS = [
    ("Губернатор Брянской области рассказал о связях с Беларусью. Товарооборот с Гомельской областью в 2024 году "
     "составил 320 млн долларов, с Могилёвской — 110 млн, с Брестской — 45 млн долларов.",
     [(["BY-HO", "RU-BRY"], 320e6), (["BY-MA", "RU-BRY"], 110e6), (["BY-BR", "RU-BRY"], 45e6)]),
    ("Аким Павлодарской области рассказал о торговле с Россией. В 2024 году товарооборот с Омской областью достиг "
     "500 млн долларов, с Новосибирской — 210 млн, с Алтайским краем — 150 млн.",
     [(["KZ-55", "RU-OMS"], 500e6), (["KZ-55", "RU-NVS"], 210e6), (["KZ-55", "RU-ALT"], 150e6)]),
    ("Глава Чувашии рассказал о торговле с Беларусью. В 2024 году товарооборот с Минской областью составил 80 млн "
     "долларов, с Витебской — 35 млн.", [(["BY-MI", "RU-CU"], 80e6), (["BY-VI", "RU-CU"], 35e6)]),
    # a word of approximation or of the level between the dash and the amount; a destination of goods
    ("За восемь месяцев 2025 года товарооборот Алтайского края с Казахстаном составил 587 млн долларов, что на 4% "
     "выше уровня прошлого года, а с Павлодарской областью – около 60 млн долларов.",
     [(["KZ", "RU-ALT"], 587e6), (["KZ-55", "RU-ALT"], 60e6)]),
    ("Товарооборот Омской области с Казахстаном в 2024 году составил 1,2 млрд долларов, а с Павлодарской областью — "
     "почти 300 млн долларов.", [(["KZ", "RU-OMS"], 1.2e9), (["KZ-55", "RU-OMS"], 300e6)]),
    ("Экспорт Татарстана в Беларусь вырос до 700 млн долларов, в Минскую область — до 200 млн.",
     [(["BY", "RU-TA"], 700e6), (["BY-MI", "RU-TA"], 200e6)]),
]


@pytest.mark.parametrize("text,figures", LISTED_PARTNERS)
def test_figures_listed_by_partner(extract, text, figures):
    got = of_type(extract(text), "trade")
    assert [(sorted(f["parties"]), f["value"]) for f in got] == figures, got


# trade.bracketed_partner: an amount in brackets right after a partner
BRACKETED = [
    ("Наибольший товарооборот Оренбургская область имеет с Актюбинской (210 млн долларов) и Западно-Казахстанской "
     "(150 млн долларов) областями Казахстана.", [(["KZ-15", "RU-ORE"], 210e6), (["KZ-27", "RU-ORE"], 150e6)]),
    ("Товарооборот Брянской области с Гомельской (320 млн долларов) и Могилёвской (110 млн долларов) областями "
     "Беларуси вырос.", [(["BY-HO", "RU-BRY"], 320e6), (["BY-MA", "RU-BRY"], 110e6)]),
    ("В 2024 году товарооборот Омской области с Казахстаном (1,2 млрд долларов) и Узбекистаном (95 млн долларов) "
     "вырос.", [(["KZ", "RU-OMS"], 1.2e9), (["RU-OMS", "UZ"], 95e6)]),
]


@pytest.mark.parametrize("text,figures", BRACKETED)
def test_bracketed_figure_per_partner(extract, text, figures):
    got = of_type(extract(text), "trade")
    assert [(sorted(f["parties"]), f["value"]) for f in got] == figures, got
