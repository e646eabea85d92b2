"""Constructions of the o617–o624 batch, in three wordings of ours: "Из Беларуси в регион поставлено продукции на 140
млн долларов" is the export of the side shipped from (trade.shipment_between for a passive verb of shipping, the ends
before it, a generic word for a side among them), its amount the worth of the goods after "на", not a change
(trade.worth_of_goods)."""

import pytest

SHIPPED = [
    ("Пермь, 3 марта 2026 года. Губернатор Пермского края встретился с послом Беларуси. Из Беларуси в регион "
     "поставлено продукции на 140 млн долларов.", (["BY", "RU-PER"], 140e6)),
    ("Омск, 3 марта 2026 года. Губернатор Омской области встретился с акимом Павлодарской области. Из Омской области "
     "в Казахстан поставлено продукции на 210 млн долларов.", (["RU-OMS", "KZ"], 210e6)),
    ("Уфа, 3 марта 2026 года. Глава Башкортостана встретился с послом Узбекистана. Из Узбекистана в республику "
     "поставлено товаров на 95 млн долларов.", (["UZ", "RU-BA"], 95e6)),
]


@pytest.mark.parametrize("text,flow", SHIPPED, ids=["perm", "omsk", "ufa"])
def test_goods_shipped_from_one_side_to_the_other_are_its_export(extract, text, flow):
    got = [(f["parties"], f["value"]) for f in extract(text, "2026-03-03") if f["type"] == "trade"]
    assert got == [flow], got


def test_goods_shipped_under_a_contract_are_no_figure(extract):
    text = "По контракту из Беларуси в регион поставлено продукции на 140 млн долларов."
    assert [f for f in extract(text, "2026-03-03") if f["type"] == "trade"] == []


THIS_IS_MORE = [
    ("Объём взаимной торговли Гродненской и Смоленской областей за январь–октябрь достиг 300 млн долларов. Это на 14% "
     "больше, чем за тот же период прошлого года.", 14),
    ("Товарооборот Омской области с Казахстаном в 2025 году составил 700 млн долларов. Это на 9% больше, чем годом "
     "ранее.", 9),
    ("Товарооборот Брянской области с Беларусью в 2025 году составил 2 млрд долларов. Это на 3% меньше, чем в 2024 "
     "году.", -3),
]


@pytest.mark.parametrize("text,growth", THIS_IS_MORE, ids=["grodno", "omsk", "bryansk"])
def test_a_change_told_by_eto_is_the_figures_before(extract, text, growth):
    got = [f["growth_pct"] for f in extract(text, "2026-11-14") if f["type"] == "trade"]
    assert got == [growth], got
