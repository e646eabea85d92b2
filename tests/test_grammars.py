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
    # the last one strictly before publication (1 November 2025 is a Saturday)
    ("подписали в минувший четверг", "2025-10-30"),
    ("встретились в прошлую субботу", "2025-10-25"),
    ("в прошедший вторник подписали", "2025-10-28"),
    ("сегодня", "2025-11-01"),
    ("МИНСК, 29 сен – РИА Новости", "2025-09-29"),
    ("на экономическом форуме — 2018 подписали", "2018"),
    ("в рамках ПМЭФ-2021", "2021"),
    ("ранее, в октябре, делегация посетила", "2025-10"),  # the latest October
    ("в декабре делегация посетила", "2024-12"),
    # a part of a month is the month
    ("в начале июня делегация уже приезжала", "2025-06"),
    ("в конце мая 2024 года подписали", "2024-05"),
    ("в середине марта прошлого года", "2024-03"),
    # a full month name takes the sentence's final dot with it (the span allows a dot for "окт."): still the month
    ("Гости прибыли 18 октября.", "2025-10-18"),
    ("Встреча прошла 3 мая.", "2025-05-03"),
    ("Переговоры прошли в сентябре.", "2025-09"),
    ("МИНСК, 5 дек. 2024 г.", "2024-12-05"),
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
    # a year named without "год"
    ("по итогам 2009-го", ["2009-01", "2009-12"]),
    ("в 2024-м году", ["2024-01", "2024-12"]),
    ("весь 2023 год", ["2023-01", "2023-12"]),
    ("2022 год регионы закрыли", ["2022-01", "2022-12"]),
    # several whole years
    ("с 2022 года по 2024 год", ["2022-01", "2024-12"]),
    ("с 2019 по 2021 год", ["2019-01", "2021-12"]),
    ("за 2021–2023 годы", ["2021-01", "2023-12"]),
    ("в 2018-2020 годах", ["2018-01", "2020-12"]),
    # parts of a year
    ("с января по сентябрь 2025 года", ["2025-01", "2025-09"]),
    ("в первой половине 2024 года", ["2024-01", "2024-06"]),
    ("в 1-ой половине 2024 года", ["2024-01", "2024-06"]),
    ("за 1-ую половину 2024 года", ["2024-01", "2024-06"]),
    ("во второй половине прошлого года", ["2024-07", "2024-12"]),
    ("за 10 месяцев 2025 года", ["2025-01", "2025-10"]),
    ("в январе-марте этого года", ["2025-01", "2025-03"]),
    ("в первые три месяца нынешнего года", ["2025-01", "2025-03"]),
    # a half-year with no ordinal is the first
    ("за полугодие 2025 года", ["2025-01", "2025-06"]),
    ("за полугодие текущего года", ["2025-01", "2025-06"]),
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
    # currencies pymorphy lemmatises as other words, or does not decline
    ("5 млрд сомов", 5e9, "KGS", False, None),
    ("40 млрд драмов", 40e9, "AMD", False, None),
    ("3 млн лари", 3e6, "GEL", False, None),
    ("10 млн сомони", 10e6, "TJS", False, None),
    ("2 млрд тенге", 2e9, "KZT", False, None),
    ("5 трлн сумов", 5e12, "UZS", False, None),
    ("¥100 млн", 100e6, "CNY", False, None),
    # a smaller multiple after the first
    ("1 млрд 200 млн долларов", 1.2e9, "USD", False, None),
    ("2 млрд 50 миллионов рублей", 2.05e9, "RUB", False, None),
    ("3 млн 400 тыс. долларов США", 3.4e6, "USD", False, None),
    # an ISO code after the amount
    ("составил 300 млн USD.", 300e6, "USD", False, None),
    ("составил 1,5 млрд RUB в 2024 году", 1.5e9, "RUB", False, None),
    ("вырос до 20 млн BYN", 20e6, "BYN", False, None),
])
def test_money(text, value, currency, approx, low):
    m = find_money(text)[0].value
    assert (m.value, m.currency, m.approx, m.low) == (pytest.approx(value), currency, approx,
                                                      pytest.approx(low) if low else None)


@pytest.mark.parametrize("text,value", [("составил 512,3 млн долларов", 512_300_000.0),
                                        ("156,4 млн долларов США", 156_400_000.0),
                                        ("1,15 млрд рублей", 1_150_000_000.0), ("0,7 млн долларов", 700_000.0)])
def test_money_as_written(text, value):
    """The amount a reader wrote down, exactly: no 512299999.99999994 in the output."""
    assert find_money(text)[0].value.value == value


@pytest.mark.parametrize("text,value,currency,approx", [
    # numbers in words, compound and with a half
    ("шестьсот миллионов рублей", 600e6, "RUB", False),
    ("триста пятьдесят миллионов долларов", 350e6, "USD", False),
    ("двести двадцать один миллион долларов", 221e6, "USD", False),
    ("два с половиной миллиарда долларов", 2.5e9, "USD", False),
    ("полмиллиарда долларов", 5e8, "USD", False),
    # colloquial approximations: "с небольшим", "с лишним", "в районе", "не менее"
    ("триста с небольшим миллионов долларов", 300e6, "USD", True),
    ("700 с лишним миллионов рублей", 700e6, "RUB", True),
    ("$600 млн с лишним — упали", 600e6, "USD", True),
    ("четыреста миллионов долларов с гаком", 400e6, "USD", True),
    ("в районе 200 миллионов долларов", 200e6, "USD", True),
    ("не менее $500 млн", 500e6, "USD", True),
    ("более чем 90 млн долларов", 90e6, "USD", True),
    # "с" opening a phrase of its own is no tail
    ("500 млн долларов с небольшим опережением плана", 500e6, "USD", False),
    # abbreviated currencies
    ("3,89 млрд долл США", 3.89e9, "USD", False),
    ("2 млрд руб.", 2e9, "RUB", False),
])
def test_colloquial_money(text, value, currency, approx):
    m = find_money(text)[0].value
    assert (m.value, m.currency, m.approx) == (pytest.approx(value), currency, approx)


@pytest.mark.parametrize("text", ["сотни миллионов долларов", "десятки миллиардов рублей", "миллионов долларов"])
def test_multiplier_without_its_number_is_no_amount(text):
    assert find_money(text) == []


@pytest.mark.parametrize("text,percent,times", [
    ("вырос на 45%", 45, None), ("на 38,5 процента", 38.5, None), ("в 1,5 раза", None, 1.5), ("вдвое", None, 2),
    ("на 9,6 проц. меньше", 9.6, None), ("на 27,4 проц по сравнению", 27.4, None),
    # a number in words with a half
    ("в два с половиной раза", None, 2.5), ("в три с половиной раза", None, 3.5), ("в полтора раза", None, 1.5),
    # fractions
    ("более чем на треть", 33.3, None), ("на четверть", 25, None), ("на две трети", 66.7, None),
    ("наполовину", 50, None),
])
def test_growth(text, percent, times):
    g = find_growth(text)[0].value
    assert (g.percent, g.times) == (percent, times)


def test_a_share_is_no_change():
    assert find_growth("на долю области пришлась почти четверть общего объёма") == []


@pytest.mark.parametrize("text,number", [
    ("11-го заседания рабочей группы", 11), ("XII заседание", 12), ("Х Форума регионов", 10),
    ("пятое заседание комиссии", 5), ("первого заседания", 1),
    # "второе" reads first as a noun ("второе блюдо"): the ordinal is among its other readings
    ("второе заседание межправкомиссии", 2), ("четвёртого форума", 4), ("двадцать первое заседание", 21),
    ("тридцатого форума", 30),
    # any ending an ordinal in digits takes (the lexicon's ordinal_suffixes)
    ("на 3-ую встречу", 3), ("перед 5-ым форумом", 5), ("ко 2-ому заседанию", 2),
    # Roman numerals typed with Cyrillic Х and Ukrainian І among Latin letters
    ("на ХХІ Форуме межрегионального сотрудничества", 21), ("ХIV Форум регионов", 14), ("в ходе ХХII Форума", 22),
    # adjectives between the ordinal and its event, a hyphenated one too
    ("прошел II Российско-узбекский межрегиональный форум", 2), ("в рамках XIII российско-белорусского молодежного "
     "форума", 13), ("третья международная научная конференция", 3), ("Во II Российско-узбекском межрегиональном форуме",
                                                                     2),
])
def test_ordinals(text, number):
    assert [m.value for m in find_ordinals(text)] == [number]


@pytest.mark.parametrize("text", ["во время Второй мировой войны", "второй день форума", "третий год подряд форум"])
def test_no_ordinal_of_an_event(text):
    assert find_ordinals(text) == []


# ---- the lean parser finds what yargy's own parser finds ----------------------------------------

LEAN_SAMPLES = [
    "Соглашение подписано 5 декабря 2024 г. в Казани, а 10.04.2016 стороны утвердили план на 2026–2027 годы.",
    "Казань. 3 марта 2023 года. По итогам 2022 года товарооборот вырос на 15% и достиг 1,2 млрд долларов США.",
    "За январь–сентябрь 2025 года оборот составил триста с небольшим миллионов рублей, вдвое больше, чем в 2024-м.",
    "В первом полугодии текущего года экспорт увеличился в 1,5 раза, в I квартале — на треть.",
    "С 2021 года по 2023 год стороны провели XII заседание комиссии, а пятое заседание совета — в четверг.",
    "Во второй половине прошлого года на ПМЭФ-2019 подписали дорожную карту до 2030 года.",
    "за 9 месяцев 2025 г. объём торговли составил $ 350 млн, или 548,8 млн. долл. США",
    "11-го заседания межправкомиссии ждут в мае; накануне делегация прибыла в Минск, сегодня — в Гомель.",
    "В 2024 — 2025 гг. планируется открыть 2 новых рейса и довести оборот до 5 млрд руб.",
    "",
    "Без чисел и дат: просто слова о сотрудничестве регионов.",
    "Стороны подписали дорожную карту и совместное заявление; торговым домом займётся дипломатическое "
    "представительство, а оборот вырос по сравнению с прошлым годом (против 2 млрд в сравнении с 2023-м).",
    "Дорожной картой относительно торговых домов, дорожные карты и карта дорожная.",
]


def _grammar_parsers():
    import coopwatch.extract.pipeline  # noqa: F401 - the rule modules declare their phrase classes
    from coopwatch.lexicon import _phrase_index
    from coopwatch.nlp.grammars import date, money, ordinal, percent, period

    return {"phrases": _phrase_index()[0], **{f"date:{k}": date._parser(k) for k in date.KINDS}, "money": money._parser(),
            "ordinal": ordinal._parser(), "growth": percent._parser(), "ranges": period._range_parser(),
            "periods": period._trade_parser()}


def _found(matches) -> list[tuple]:
    return [(m.span.start, m.span.stop, _fact(m)) for m in matches]


def _fact(match) -> str | None:
    try:
        return repr(match.fact)
    except ValueError:  # the phrases: a match without an interpretation
        return None


@pytest.mark.parametrize("text", LEAN_SAMPLES)
def test_lean_parser_finds_what_yargy_finds(text):
    from yargy import Parser

    for name, lean in _grammar_parsers().items():
        plain = Parser.__new__(Parser)  # the same grammar and tokenizer, yargy's own chart and findall
        plain.__dict__.update(lean.__dict__)
        assert _found(lean.findall(text)) == _found(plain.findall(text)), name
        for stop in range(0, len(text), 7):  # windows ending anywhere, as the pipeline cuts them
            assert _found(lean.findall(text[stop // 2:stop])) == _found(plain.findall(text[stop // 2:stop])), name


def test_lookahead_keeps_productions_a_nullable_rule_can_begin():
    from yargy import rule
    from yargy.predicates import eq

    from coopwatch.nlp.grammars.common import parser

    optional_first = parser(rule(eq("в").optional(), eq("мае")))
    assert any(first is None for first in optional_first.lookahead.first.values())
    assert [m.span for m in optional_first.findall("в мае и мае")] == [(0, 5), (8, 11)]
