"""A figure with no period of its own right after a sentence that names the results of a period ("обсудили итоги
2024 года. Товарооборот … превысил полмиллиарда долларов") is of that period (trade.results_told_before; the period
grammar reads "итоги 2024 года" without "по") — wordings of ours."""

import pytest

RESULTS = [
    ("Губернатор Ульяновской области Алексей Русских и Посол Беларуси в России Александр Рогожник обсудили итоги 2024 "
     "года. Товарооборот региона с республикой превысил полмиллиарда долларов.", ["2024-01", "2024-12"]),
    ("На встрече губернатора Омской области и акима Павлодарской области подвели итоги первого полугодия 2025 года. "
     "Товарооборот областей составил 310 млн долларов.", ["2025-01", "2025-06"]),
    ("Стороны подвели итоги 2024 года. Товарооборот Псковской области и Витебской области вырос до 182 млн "
     "долларов.", ["2024-01", "2024-12"]),
]


@pytest.mark.parametrize("text,period", RESULTS, ids=["discussed", "half-year", "summed-up"])
def test_the_figure_is_of_the_results_told_before(extract, text, period):
    got = [f["period"] for f in extract(text, "2025-03-12") if f["type"] == "trade"]
    assert got == [period], got


def test_plans_for_a_year_give_no_period(extract):
    text = ("Губернатор Омской области и аким Павлодарской области обсудили планы на 2026 год. Товарооборот областей "
            "составил 310 млн долларов.")
    assert [f["period"] for f in extract(text, "2025-03-12") if f["type"] == "trade"] == [None]
