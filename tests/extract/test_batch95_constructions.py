"""Constructions of the o713–o720 batch, in three wordings of ours: a verb of exporting or importing with "на N" is a
flow and its worth ("экспортировала продукции на 420 млн, а импортировала — на 610 млн", trade.flow_word,
trade.worth_of_goods); a list of the documents signed between a trip and its reception does not hide who received it
(visit.received_next)."""

import pytest

FLOW_VERBS = [
    ("Курская область экспортировала в Беларусь в 2025 году продукции на 420 млн долларов, а импортировала — на 610 "
     "млн долларов.", {("export", 420e6), ("import", 610e6)}),
    ("В 2025 году Омская область экспортировала в Казахстан товаров на 900 млн долларов.", {("export", 900e6)}),
    ("За полугодие Брянская область импортировала из Беларуси продукции на 350 млн долларов.", {("import", 350e6)}),
]


@pytest.mark.parametrize("text,flows", FLOW_VERBS, ids=["kursk", "omsk", "bryansk"])
def test_a_verb_of_export_or_import_with_its_worth_is_a_flow(extract, text, flows):
    got = {(f["metric"], f["value"]) for f in extract(text, "2026-03-19") if f["type"] == "trade"}
    assert got == flows, got


RECEIVED_AFTER_LIST = [
    ("С 15 по 18 октября делегация Чувашской Республики находилась с визитом в Республике Узбекистан. По итогам визита "
     "подписаны:\n– соглашение о сотрудничестве с Навоийской областью;\n– меморандум о взаимопонимании.\n\nВ Навои "
     "делегацию принял хоким области Нормат Турсунов.", "UZ-NW"),
    ("Делегация Омской области побывала в Казахстане. Подписаны документы:\n– дорожная карта;\n– протокол.\n\nВ "
     "Павлодаре делегацию принял аким области Асаин Байханов.", "KZ-55"),
    ("Делегация Псковской области находилась с визитом в Беларуси. По итогам визита подписаны:\n– план мероприятий;\n"
     "– меморандум.\n\nВ Витебске гостей принял председатель облисполкома Александр Субботин.", "BY-VI"),
]


@pytest.mark.parametrize("text,host", RECEIVED_AFTER_LIST, ids=["navoi", "pavlodar", "vitebsk"])
def test_a_list_of_documents_does_not_hide_who_received_the_trip(extract, text, host):
    got = [f["host"] for f in extract(text, "2026-10-20") if f["type"] == "visit"]
    assert got == [host], got
