"""A change told first with a period of its own, then, after a comma, the amount of another period:
two figures (trade.change_of_earlier_period) — wordings of ours."""

import pytest

EARLIER = [
    ("За январь–апрель товарооборот Брестской и Рязанской областей вырос почти на 20%, а по итогам прошлого года "
     "составил 143,6 млн долларов.", ["2025-01", "2025-04"], 20, ["2024-01", "2024-12"], 143_600_000),
    ("В первом квартале товарооборот Омской области с Казахстаном увеличился на 7 процентов, тогда как за 2024 год он "
     "составил 1,2 млрд долларов.", ["2025-01", "2025-03"], 7, ["2024-01", "2024-12"], 1_200_000_000),
    ("За пять месяцев взаимная торговля Татарстана и Беларуси выросла в 1,3 раза, а в 2023 году ее объем достиг 900 "
     "млн долларов.", ["2025-01", "2025-05"], 30, ["2023-01", "2023-12"], 900_000_000),
]


@pytest.mark.parametrize("text,change_period,growth,amount_period,value", EARLIER, ids=["a", "tak-kak", "times"])
def test_the_change_is_its_own_periods_figure(extract, text, change_period, growth, amount_period, value):
    got = {(tuple(f["period"]), f["value"], f["growth_pct"]) for f in extract(text, published="2025-06-18")
           if f["type"] == "trade"}
    assert got == {(tuple(change_period), None, growth), (tuple(amount_period), value, None)}, got


def test_one_period_keeps_change_and_amount_together(extract):
    text = "Товарооборот Брестской и Рязанской областей вырос на 20% и по итогам прошлого года составил 143,6 млн долларов."
    got = [(f["value"], f["growth_pct"]) for f in extract(text, published="2025-06-18") if f["type"] == "trade"]
    assert got == [(143_600_000, 20)], got
