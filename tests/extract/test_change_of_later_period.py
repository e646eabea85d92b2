"""'… составил 146 млн долларов, за первый квартал текущего года он вырос на 12%': the later clause is that
period's figure (trade.change_of_later_period) — wordings of ours."""

import pytest

LATER_CHANGE = [
    ("В прошлом году товарооборот Гомельской и Калужской областей составил 146 млн долларов, за первый квартал "
     "текущего года он вырос на 12%.", ["2025-01", "2025-03"], 12),
    ("По итогам 2024 года товарооборот Омской и Павлодарской областей достиг 600 млн долларов, а в январе–марте 2025 "
     "года снизился на 5%.", ["2025-01", "2025-03"], -5),
    ("В 2024 году объем торговли Татарстана и Узбекистана составил 950 млн долларов, за полугодие 2025 года он "
     "увеличился на 18%.", ["2025-01", "2025-06"], 18),
]


@pytest.mark.parametrize("text,period,change", LATER_CHANGE, ids=["quarter", "fell", "half-year"])
def test_the_later_change_is_its_periods(extract, text, period, change):
    got = {(tuple(f["period"] or ()), f["value"], f["growth_pct"]) for f in extract(text, published="2025-07-22")
           if f["type"] == "trade"}
    assert (tuple(period), None, change) in got, got
    assert all(g is None for p, v, g in got if v is not None), got  # the amount's figure has no change of its own


def test_a_change_of_the_amounts_own_period(extract):
    text = "В 2024 году товарооборот Омской и Павлодарской областей составил 600 млн долларов, увеличившись на 9%."
    got = [(f["period"], f["growth_pct"]) for f in extract(text, published="2025-07-22") if f["type"] == "trade"]
    assert got == [(["2024-01", "2024-12"], 9)], got
