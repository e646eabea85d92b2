"""yargy grammars: dates, periods, money, growth, ordinals (phrases written for these tests)."""

from datetime import date

import pytest

from coopwatch.nlp.grammars.date import find_dates, resolve
from coopwatch.nlp.grammars.money import find_money
from coopwatch.nlp.grammars.ordinal import find_ordinals
from coopwatch.nlp.grammars.percent import find_growth
from coopwatch.nlp.grammars.period import find_trade_periods, find_year_ranges

PUBLISHED = date(2025, 11, 1)


@pytest.mark.parametrize("text,expected", [
    ("подписан 13 июля 2017 г. в Астане", "2017-07-13"),
    ("10.04.2016 09:10", "2016-04-10"),
    ("заключено в апреле 2019 года", "2019-04"),
    ("подписано в 1997 году", "1997"),
    ("в сентябре прошлого года", "2024-09"),
    ("9 января текущего года", "2025-01-09"),
    ("подписали в четверг", "2025-10-30"),
    ("сегодня", "2025-11-01"),
    ("МИНСК, 29 сен – РИА Новости", "2025-09-29"),
    ("на экономическом форуме — 2018 подписали", "2018"),
    ("в рамках ПМЭФ-2021", "2021"),
    ("ранее, в октябре, делегация посетила", "2025-10"),  # the latest October
    ("в декабре делегация посетила", "2024-12"),
])
def test_dates(text, expected):
    found = find_dates(text)
    assert found, text
    assert resolve(found[0].value, PUBLISHED) == expected


def test_relative_date_without_publication_is_unknown():
    assert resolve(find_dates("в прошлом году")[0].value, None) is None


@pytest.mark.parametrize("text,expected", [
    ("План мероприятий на 2026–2027 годы", [2026, 2027]),
    ("на 2024-26 годы", [2024, 2026]),
    ("программа до 2015 года", [None, 2015]),
    ("на 2025 год", [2025, 2025]),
])
def test_year_ranges(text, expected):
    assert [m.value for m in find_year_ranges(text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("за 2024 год", ["2024-01", "2024-12"]),
    ("по итогам первого полугодия 2025 года", ["2025-01", "2025-06"]),
    ("за 9 месяцев 2025 года", ["2025-01", "2025-09"]),
    ("в январе–марте 2024 года", ["2024-01", "2024-03"]),
    ("за первый квартал 2023 года", ["2023-01", "2023-03"]),
    ("в прошлом году", ["2024-01", "2024-12"]),
    ("в I полугодии", None),
])
def test_trade_periods(text, expected):
    found = find_trade_periods(text)
    assert found, text
    assert found[0].value.resolve(PUBLISHED) == expected


@pytest.mark.parametrize("text,value,currency,approx,low", [
    ("743 млн долларов США", 743e6, "USD", False, None),
    ("$1 млрд", 1e9, "USD", False, None),
    ("1,280 миллиарда долларов", 1.28e9, "USD", False, None),
    ("почти миллиард долларов", 1e9, "USD", True, None),
    ("130 млрд российских рублей", 130e9, "RUB", False, None),
    ("около 760 млн долларов", 760e6, "USD", True, None),
    ("1,5–2 млрд долларов", 2e9, "USD", False, 1.5e9),
    ("15 млрд белорусских рублей", 15e9, "BYN", False, None),
    ("один миллиард долларов", 1e9, "USD", False, None),
])
def test_money(text, value, currency, approx, low):
    m = find_money(text)[0].value
    assert (m.value, m.currency, m.approx, m.low) == (pytest.approx(value), currency, approx,
                                                      pytest.approx(low) if low else None)


@pytest.mark.parametrize("text,percent,times", [
    ("вырос на 45%", 45, None), ("на 38,5 процента", 38.5, None), ("в 1,5 раза", None, 1.5), ("вдвое", None, 2),
])
def test_growth(text, percent, times):
    g = find_growth(text)[0].value
    assert (g.percent, g.times) == (percent, times)


@pytest.mark.parametrize("text,number", [
    ("11-го заседания рабочей группы", 11), ("XII заседание", 12), ("Х Форума регионов", 10),
    ("пятое заседание комиссии", 5), ("первого заседания", 1),
    # "второе" reads first as a noun ("второе блюдо"): the ordinal is among its other readings
    ("второе заседание межправкомиссии", 2), ("четвёртого форума", 4), ("двадцать первое заседание", 21),
    ("тридцатого форума", 30),
    # Roman numerals typed with Cyrillic Х and Ukrainian І among Latin letters
    ("на ХХІ Форуме межрегионального сотрудничества", 21), ("ХIV Форум регионов", 14), ("в ходе ХХII Форума", 22),
])
def test_ordinals(text, number):
    assert [m.value for m in find_ordinals(text)] == [number]
