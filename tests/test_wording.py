"""Russian that reads as Russian (issue 11 §3): one module (``coopwatch.wording``) says numbers,
counts, money, dates, places in a case, names and titles for the web, the terminal and reports."""

from __future__ import annotations

import re
from datetime import date

import pytest

from coopwatch import facttypes
from coopwatch.wording import (
    agree,
    count,
    currency_in,
    currency_name,
    decline,
    in_place,
    money,
    month_names,
    number,
    percent,
    person_name,
    place_case,
    ru_date,
    ru_moment,
    ru_period,
    title_text,
    years,
)

NBSP = "\u00a0"


def plain(s: str) -> str:
    return s.replace(NBSP, " ").replace("\u202f", " ")


@pytest.mark.parametrize(("n", "phrase", "shown"), [
    (1, "противоречие", "1 противоречие"), (2, "противоречие", "2 противоречия"), (5, "противоречие", "5 противоречий"),
    (21, "место", "21 место"), (73, "документ", "73 документа"), (11, "документ", "11 документов"),
    (111, "факт", "111 фактов"), (162, "человек", "162 человека"), (4, "человек", "4 человека"),
    (1234, "сюжет", "1 234 сюжета"), (0, "источник", "0 источников"),
    (3, "цель по товарообороту", "3 цели по товарообороту"), (22, "белорусский рубль", "22 белорусских рубля"),
])
def test_numerals_agree_with_their_nouns(n: int, phrase: str, shown: str) -> None:
    assert plain(count(n, phrase)) == shown
    assert count(n, phrase) == f"{number(n)}{NBSP}{agree(n, phrase)}"  # never broken between number and noun


@pytest.mark.parametrize(("value", "currency", "approx", "shown"), [
    (62.6e6, "USD", False, "62,6 млн долларов США"), (743e6, "USD", True, "около 743 млн долларов США"),
    (1.25e9, "BYN", False, "1,25 млрд белорусских рублей"), (500, "USD", False, "500 долларов США"),
    (21, "RUB", False, "21 рубль"), (2.5e6, "KZT", False, "2,5 млн тенге"), (None, "USD", False, "—"),
    (3e6, None, False, "3 млн"), (1200, "XYZ", False, "1,2 тыс. XYZ"),
])
def test_money(value: float | None, currency: str | None, approx: bool, shown: str) -> None:
    assert plain(money(value, currency, approx)) == shown


@pytest.mark.parametrize(("currency", "shown"), [
    ("USD", "в долларах США"), ("BYN", "в белорусских рублях"), ("KZT", "в тенге"), ("UZS", "в сумах"), ("AMD", "в драмах"),
    ("GEL", "в лари"),
    ("CHF", "в швейцарских франках"), ("XYZ", "в XYZ"), (None, ""),
])
def test_what_amounts_are_given_in(currency: str | None, shown: str) -> None:
    """A chart's legend names the currency as the amounts do, never by its code."""
    assert currency_in(currency) == shown


@pytest.mark.parametrize(("value", "currency", "shown"), [
    (1, "UZS", "1 сум"), (2, "UZS", "2 сума"), (5, "UZS", "5 сумов"), (21, "UZS", "21 сум"), (22, "UZS", "22 сума"),
    (1.5, "UZS", "1,5 сума"), (3e9, "UZS", "3 млрд сумов"), (2, "AMD", "2 драма"), (24, "AMD", "24 драма"),
    (11, "AMD", "11 драмов"), (2, "KGS", "2 сома"), (5, "KGS", "5 сомов"), (2, "VND", "2 донга"),
    (2, "GEL", "2 лари"), (5, "GEL", "5 лари"),
])
def test_currencies_morphology_reads_as_other_words_agree_too(value: float, currency: str, shown: str) -> None:
    """«сум» and «драм» are, to pymorphy, the genitive plural of «сума» and «драма»: they decline as
    nouns of their declension it knows («шум», «храм»), so every count agrees, not only the
    genitive plural a table once gave."""
    assert plain(money(value, currency)) == shown


def test_a_currency_outside_ours_is_named_by_cldr_and_agrees() -> None:
    assert currency_name("CHF") == "швейцарский франк" and currency_name("USD") == "доллар США"
    assert plain(money(5e6, "CHF")) == "5 млн швейцарских франков" and plain(money(2, "CHF")) == "2 швейцарских франка"


def test_a_moment_in_local_time_to_the_minute() -> None:
    """The journal, the document list and the sources say a moment alike; a time without a zone
    is UTC (as SQLite gives it back)."""
    from datetime import UTC, datetime

    at = datetime(2026, 2, 18, 11, 5, tzinfo=UTC)
    local = at.astimezone()
    assert ru_moment(at) == f"{ru_date(local.date())}, {local:%H:%M}" == ru_moment(at.replace(tzinfo=None))
    assert re.fullmatch(r"\d{1,2} [а-я]+ \d{4}, \d\d:\d\d", ru_moment(at)) and ru_moment(None) == "—"


def test_month_names_for_a_form() -> None:
    names = month_names()
    assert list(names) == list(range(1, 13)) and names[2] == "февраль" and names[12] == "декабрь"


def test_numbers_and_percentages() -> None:
    assert plain(number(1234567)) == "1 234 567" and number(12.5) == "12,5" and number(None) == "—"
    assert plain(percent(5.0, sign=True)) == "+5 %" and plain(percent(-3.25)) == "−3,2 %"


@pytest.mark.parametrize(("raw", "shown"), [
    ("2026-02-18", "18 февраля 2026"), (date(2026, 2, 18), "18 февраля 2026"), ("2025-05", "май 2025"),
    ("2004", "2004 год"),
])
def test_one_date_format(raw: str | date, shown: str) -> None:
    assert ru_date(raw) == shown


def test_periods_and_terms() -> None:
    assert ru_period("2025-01", "2025-03") == "I квартал 2025"
    assert ru_period("2025-07", "2025-12") == "II полугодие 2025"
    assert ru_period("2024-01", "2024-12") == "2024 год"
    assert years(2026, 2027) == "2026–2027 годы" and years(None, 2027) == "до 2027 года"


@pytest.mark.parametrize(("name", "case", "shown"), [
    ("Казань", "Loc", "Казани"), ("Беларусь", "Gen", "Беларуси"), ("Республика Беларусь", "Gen", "Республики Беларусь"),
    ("Минская область", "Gen", "Минской области"), ("Нижний Новгород", "Loc", "Нижнем Новгороде"),
    ("город Минск", "Gen", "города Минска"), ("Санкт-Петербург", "Loc", "Санкт-Петербурге"),
    ("Объединённые Арабские Эмираты", "Gen", "Объединённых Арабских Эмиратов"), ("Алматы", "Loc", "Алматы"),
    ("провинция Хэйлунцзян", "Loc", "провинции Хэйлунцзян"), ("Северо-Казахстанская область", "Gen",
                                                              "Северо-Казахстанской области"),
])
def test_places_decline(name: str, case: str, shown: str) -> None:
    assert decline(name, case) == shown


def test_place_phrases() -> None:
    assert place_case("BY", "Gen", short=True) == "Беларуси"
    assert in_place("RU-TA/Казань") == "в Казани" and in_place("RU-VLA/Владимир") == "во Владимире"


def test_institution_summary_declines_its_places() -> None:
    d = {"type": "institution", "kind": "consulate", "of": "BY", "in": "RU-TA/Казань", "status": "exists", "date": None}
    assert facttypes.get("institution").summary(d) == "Консульство Беларуси в Казани (действует)"


@pytest.mark.parametrize(("title", "shown"), [
    ("посол в российской федерации", "посол в Российской Федерации"),
    ("директор консульского департамента мид", "директор консульского департамента МИД"),
    ("генеральный консул в нижнем новгороде", "генеральный консул в Нижнем Новгороде"),
    ("депутат госсовета", "депутат Госсовета"), ("посол в кнр", "посол в КНР"), ("председатель сгб", "председатель СГБ"),
    ("председатель райисполкома", "председатель райисполкома"), ("раис", "раис"), ("аким", "аким"),
    ("председатель областного исполнительного комитета", "председатель областного исполнительного комитета"),
])
def test_titles_get_their_proper_names_capitals(title: str, shown: str) -> None:
    assert title_text(title) == shown


def test_initials_stay_with_the_surname() -> None:
    assert person_name("Н. Назарбаев") == f"Н.{NBSP}Назарбаев"
    assert person_name("А.В. Богомаз") == f"А.{NBSP}В.{NBSP}Богомаз"
    assert person_name("Рустам Минниханов") == "Рустам Минниханов"


@pytest.mark.parametrize(("data", "shown"), [
    ({"type": "agreement", "kind": "agreement", "parties": ["RU-TA", "BY"], "date": "2019-12-12", "period": None},
     "Республика Татарстан — Республика Беларусь, 12 декабря 2019"),
    ({"type": "agreement", "kind": "plan", "parties": ["RU-TA", "BY-MI"], "date": None, "period": [2026, 2027]},
     "План: Республика Татарстан — Минская область, 2026–2027 годы"),
    ({"type": "meeting", "kind": "talks", "parties": ["RU-TA", "BY"], "date": None},
     "Переговоры: Республика Татарстан — Республика Беларусь"),
    ({"type": "visit", "visitor": "RU-TA", "host": "BY", "head": "Р. Минниханов", "date": "2025-03"},
     f"Республика Татарстан → Республика Беларусь, во главе: Р.{NBSP}Минниханов, март 2025"),
    ({"type": "transport", "mode": "air", "between": ["RU-TA/Казань", "BY-HM"], "status": "exists"},
     "Авиасообщение: Казань — город Минск (действует)"),
    ({"type": "trade", "metric": "turnover", "parties": ["RU-TA", "BY"], "period": ["2024-01", "2024-12"],
      "value": 62.6e6, "currency": "USD", "approx": False},
     "Товарооборот: Республика Татарстан — Республика Беларусь, 2024 год: 62,6 млн долларов США"),
])
def test_fact_labels_do_not_repeat_the_type(data: dict, shown: str) -> None:
    """Shown beside the type's badge («Соглашение»): never «Соглашение (соглашение)» or «Визит: …»."""
    summary = facttypes.get(data["type"]).summary(data)
    assert plain(summary) == plain(shown)
    label = facttypes.type_label(data["type"]).lower()
    assert label not in re.findall(r"\w+", summary.lower())
