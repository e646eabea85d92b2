"""Constructions of the o657–o664 batch, in three wordings of ours: a bare 'оборот' stands for the trade word of up
to three sentences before, a qualified 'оборот' among them (trade.turnover_again); an aim right after a sentence that
tells the figure on ('Это на 17 процентов больше') stands for that figure's trade word (trade.aim_after_an_aside)."""

import pytest

BARE_TURNOVER = [
    ("Товарооборот Гродненской области с Калининградской областью в 2025 году составил 142 млн долларов. В текущем "
     "году стороны рассчитывают выйти на 150–160 млн долларов. В первом полугодии 2026 года оборот уже достиг 81 млн "
     "долларов.", 81e6),
    ("За январь–август внешнеторговый оборот Челябинской области с Казахстаном составил 1,63 млрд долларов. Годом "
     "ранее показатель был выше. Губернатор считает, что в ближайшие два года оборот можно довести до 3 млрд "
     "долларов.", 3e9),
    ("Товарооборот Омской области с Казахстаном в 2025 году составил 1,1 млрд долларов. Основу поставок составляет "
     "продукция машиностроения. Казахстан остаётся главным партнёром региона. За первый квартал 2026 года оборот "
     "достиг 290 млн долларов.", 290e6),
]


@pytest.mark.parametrize("text,value", BARE_TURNOVER, ids=["grodno", "chelyabinsk", "omsk"])
def test_a_bare_turnover_stands_for_the_trade_word_a_few_sentences_before(extract, text, value):
    facts = extract(text, "2026-07-17")
    got = [f.get("value", f.get("value_max")) for f in facts if f["type"] in ("trade", "target")]
    assert value in got, facts


def test_a_companys_turnover_is_no_trade_between_sides(extract):
    text = "Оборот компании «Белшина» в прошлом году составил 300 млн долларов."
    assert [f for f in extract(text, "2026-07-17") if f["type"] == "trade"] == []


AIM_AFTER_CHANGE = [
    ("Товарооборот Самарской области и Беларуси за семь месяцев составил 298,6 млн долларов. Это на 17 процентов "
     "больше, чем годом ранее. «Наша задача — по итогам года превысить полмиллиарда», — сказал вице-губернатор.",
     5e8),
    ("Товарооборот Тульской области с Беларусью за полгода составил 400 млн долларов. Это на 10% больше, чем год "
     "назад. Стороны намерены выйти на миллиард долларов к 2028 году.", 1e9),
    ("Товарооборот Кировской области с Казахстаном в 2025 году составил 120 млн долларов. Это на 5% больше уровня "
     "прошлого года. В ближайшие три года стороны планируют довести его до 200 млн долларов.", 2e8),
]


@pytest.mark.parametrize("text,value", AIM_AFTER_CHANGE, ids=["samara", "tula", "kirov"])
def test_an_aim_after_the_figure_told_on_is_its_target(extract, text, value):
    got = [f["value_max"] for f in extract(text, "2026-09-08") if f["type"] == "target"]
    assert got == [value], got
