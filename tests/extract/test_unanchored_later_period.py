"""A change told for a later (or earlier) period of its own clause is that period's figure even when the period
cannot be anchored ("текущего года" in a text with no date of publication): the figure is kept with its period
unknown (trade.change_of_later_period / trade.change_of_earlier_period) — wordings of ours."""

import pytest

UNANCHORED = [
    "Товарооборот Нижегородской области и Беларуси по итогам 2024 года составил 1,2 млрд долларов, а в январе–апреле "
    "текущего года вырос на 7%.",
    "В 2024 году товарооборот Гомельской и Калужской областей составил 146 млн долларов, за первый квартал текущего "
    "года он вырос на 12%.",
    "За январь–апрель нынешнего года товарооборот Брестской и Рязанской областей вырос на 20%, а по итогам 2024 года "
    "составил 143,6 млн долларов.",
]


@pytest.mark.parametrize("text", UNANCHORED, ids=["later", "later-pronoun", "earlier"])
def test_the_change_of_an_unanchored_period_is_kept(extract, text):
    figures = sorted((f["period"] is None, f["value"], f["growth_pct"]) for f in extract(text) if f["type"] == "trade")
    assert len(figures) == 2 and figures[1][0] and figures[1][2] is not None and figures[0][1] is not None, figures


def test_one_period_told_twice_is_one_figure(extract):
    text = "Товарооборот Гомельской и Калужской областей за 2024 год составил 146 млн долларов, за 2024 год он вырос на 12%."
    assert len([f for f in extract(text) if f["type"] == "trade"]) == 1
