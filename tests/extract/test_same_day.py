"""'В тот же день', 'тогда же': the day of the last date the text gave (sentences written for these tests)."""

import pytest

from tests.conftest import of_type

# dates.same_day_as_before
SAME_DAY = [
    ("Мэр Уфы и аким Шымкента подписали соглашение о побратимстве 21 мая 2026 года. В тот же день в Уфе открылось "
     "представительство Шымкента.", "institution", "2026-05-21"),
    ("15 марта 2025 года губернатор Омской области встретился с акимом Павлодарской области. Тогда же стороны "
     "подписали дорожную карту.", "agreement", "2025-03-15"),
    ("Делегация Брестской области прибыла в Калугу 3 октября 2024 года. В этот же день прошло заседание делового "
     "совета Брестской и Калужской областей.", "meeting", "2024-10-03"),
    # nothing dated before: no date
    ("В тот же день в Уфе открылось представительство Шымкента.", "institution", None),
]


@pytest.mark.parametrize("text,kind,day", SAME_DAY)
def test_same_day_as_the_date_before(extract, text, kind, day):
    got = of_type(extract(text), kind)
    assert [f["date"] for f in got] == [day], got


THEN = [
    ("Стороны обсудили итоги визита астраханской делегации в Ашхабад в октябре 2024 года. Тогда было подписано "
     "соглашение между правительством Астраханской области и хякимликом Балканского велаята.", "2024-10"),
    ("Губернатор Омской области Виталий Хоценко побывал в Павлодаре 12 мая 2023 года. Тогда же стороны подписали "
     "меморандум о сотрудничестве.", "2023-05-12"),
    ("Делегация Гомельской области приезжала в Брянск в марте 2022 года. Тогда губернатор и председатель "
     "облисполкома подписали дорожную карту.", "2022-03"),
]


@pytest.mark.parametrize("text,day", THEN)
def test_then_is_the_date_before(extract, text, day):
    got = of_type(extract(text), "agreement")
    assert [f["date"] for f in got] == [day], got


# dates.years_after_before: "Годом позже", "два года спустя" count from the last year the text gave
YEARS_AFTER = [
    ("Соглашение о сотрудничестве между Сыктывкаром и Гродно было подписано в 2019 году. Годом позже города стали "
     "побратимами.", "agreement", "twinning", "2020"),
    ("Омск и Павлодар подписали меморандум в 2016 году. Два года спустя между городами открылось прямое "
     "авиасообщение. А через год в Павлодаре открылось представительство Омской области.", "institution", None, "2019"),
    ("Делегация Брестской области побывала в Калуге в мае 2021 года. Год спустя регионы подписали дорожную карту.",
     "agreement", "roadmap", "2022"),
]


@pytest.mark.parametrize("text,type_,kind,year", YEARS_AFTER)
def test_years_after_the_year_before(extract, text, type_, kind, year):
    got = [f for f in of_type(extract(text), type_) if kind is None or f["kind"] == kind]
    assert [f["date"] for f in got] == [year], got


# dates.day_before_told: "Накануне" after a day the text told is the day before it; with none told, or one still
# ahead, the publication's eve; "накануне визита" is no day at all
DAY_BEFORE = [
    ("Глава Челябинска и аким Костаная 21 мая подписали соглашение о побратимстве. Накануне губернатор Челябинской "
     "области Алексей Текслер встретился с акимом Костанайской области.", "2025-06-01", "2025-05-20"),
    ("1 марта 2024 года в Омске подписан меморандум между Омской и Павлодарской областями. Накануне губернатор Омской "
     "области встретился с акимом Павлодарской области.", "2025-06-01", "2024-02-29"),
    ("Делегация Брестской области прибыла в Калугу 3 октября 2024 года. Накануне в Брянске прошло заседание "
     "рабочей группы Брестской и Брянской областей.", None, "2024-10-02"),
    ("Накануне губернатор Челябинской области встретился с акимом Костанайской области.", "2025-06-01", "2025-05-31"),
    ("Форум пройдет 25 мая в Челябинске. Накануне губернатор Челябинской области встретился с акимом Костанайской "
     "области.", "2025-05-22", "2025-05-21"),
    ("Накануне визита в Костанай губернатор Челябинской области встретился с акимом Костанайской области.",
     "2025-06-01", None),
]


@pytest.mark.parametrize("text,published,day", DAY_BEFORE, ids=["chelyabinsk", "leap", "brest", "eve", "ahead", "prep"])
def test_eve_of_the_day_told(extract, text, published, day):
    got = [f for f in of_type(extract(text, published), "meeting") if f["kind"] in ("talks", "working_group")]
    assert [f["date"] for f in got] == [day], got
