"""'за тот же период': the period of the figure told just before (trade.same_period_as_before) — wordings of ours."""

import pytest

SAME_PERIOD = [
    ("Экспорт Оренбургской области в Казахстан по итогам 2024 года составил 1,5 млрд долларов. Импорт из Казахстана "
     "за тот же период — около 900 млн долларов.", "import", ["2024-01", "2024-12"]),
    ("По итогам 2024 года экспорт Курганской области в Казахстан составил 250 млн долларов. Импорт из республики "
     "за то же время составил 90 млн долларов.", "import", ["2024-01", "2024-12"]),
    ("За 2024 год товарооборот Челябинской области с Казахстаном составил 2,1 млрд долларов. В тот же период экспорт "
     "области в республику достиг 1,6 млрд долларов.", "export", ["2024-01", "2024-12"]),
]


@pytest.mark.parametrize("text,metric,period", SAME_PERIOD, ids=["import", "same-time", "export"])
def test_the_same_period_is_the_one_before(extract, text, metric, period):
    got = [f["period"] for f in extract(text, published="2025-07-25") if f["type"] == "trade" and f["metric"] == metric]
    assert got == [period], got


def test_no_phrase_no_period(extract):
    text = ("За 2024 год товарооборот Челябинской области с Казахстаном составил 2,1 млрд долларов. Экспорт области в "
            "республику достиг 1,6 млрд долларов.")
    got = [f["period"] for f in extract(text, published="2025-07-25") if f["type"] == "trade" and f["metric"] == "export"]
    assert got == [None], got
