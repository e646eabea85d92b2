"""An elliptical export or import after the other flow runs the other way (trade.opposite_flow) — wordings of
ours. (Its period is not the turnover's told before: fresh's gold leaves a bare "Импорт … вырос на 16,5%" after a
nine months' turnover without one.)"""

import pytest

# trade.opposite_flow: "…, импорт сократился на 4%" after the region's export runs from the partner to the region
OPPOSITE = [
    ("По итогам 2024 года товарооборот Астраханской области с Казахстаном составил 380 млн долларов. Экспорт региона "
     "в Казахстан вырос в 1,3 раза, импорт сократился на 4%.", "import", ["KZ", "RU-AST"]),
    ("Губернатор Брянской области рассказал о торговле с Беларусью. Экспорт региона в Беларусь вырос на 12%, импорт "
     "снизился на 2%.", "import", ["BY", "RU-BRY"]),
    ("Импорт казахстанских товаров в Омскую область вырос на 9%, экспорт — на 4%.", "export", ["RU-OMS", "KZ"]),
    ("Импорт белорусской продукции в Брянскую область вырос на 10%, экспорт снизился на 3%.", "export",
     ["RU-BRY", "BY"]),
]


@pytest.mark.parametrize("text,metric,parties", OPPOSITE, ids=["astrakhan", "bryansk", "omsk", "bryansk_import"])
def test_elliptical_flow_runs_the_other_way(extract, text, metric, parties):
    flows = [f for f in extract(text) if f["type"] == "trade" and f["metric"] == metric]
    assert [f["parties"] for f in flows] == [parties], flows
