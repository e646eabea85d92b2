"""Constructions of the o495–o502 batch, in three wordings of ours: a second aim after a dash with its own year ('к 2030
году, а уже по итогам текущего года — до 700 млн', target.second_target); a region's whole trade a partner has a
share of is no figure of the two (trade.share_of_a_total); organisations named after their towns sign between those
towns (agreement.organisations_home); 'Дни культуры Беларуси' (visit.days_of_a_side); a participle after a foreign
name read as a plural dative (visit.head_participle_after); where a traveller arrived is no side of the figure told
next (sides.trip_destination in trade.sides_before)."""

import pytest

SECOND_AIM = [
    ("Павлодарская и Омская области намерены довести взаимный товарооборот до 1 млрд долларов к 2030 году, а уже по "
     "итогам текущего года — до 700 млн.", [(1e9, 2030), (7e8, 2026)]),
    ("Брянская и Гомельская области намерены довести товарооборот до 500 млн долларов к 2028 году, а уже в этом году — "
     "до 350 млн.", [(5e8, 2028), (3.5e8, 2026)]),
    ("Татарстан и Узбекистан рассчитывают выйти на 1 млрд долларов товарооборота к 2030 году, а в 2027 году — на 700 "
     "млн.", [(1e9, 2030), (7e8, 2027)]),
]


@pytest.mark.parametrize("text,aims", SECOND_AIM, ids=["this-year", "in-this-year", "year-named"])
def test_a_second_aim_after_a_dash_with_its_own_year(extract, text, aims):
    got = sorted(((f["value_max"], f["year"]) for f in extract(text, "2026-01-19") if f["type"] == "target"),
                 reverse=True)
    assert got == aims, got


SHARE_OF_TOTAL = [
    "На долю Беларуси приходится около 60 процентов внешнеторгового оборота Брянской области, который в 2025 году "
    "составил 1,1 млрд долларов.",
    "На долю Казахстана приходится почти половина внешнеторгового оборота Омской области, который за девять месяцев "
    "составил 1,3 млрд долларов.",
    "На долю Узбекистана пришлось 12% товарооборота Татарстана, который в 2025 году достиг 22 млрд долларов.",
]


@pytest.mark.parametrize("text", SHARE_OF_TOTAL, ids=["percent", "half", "sign"])
def test_the_whole_a_partner_has_a_share_of_is_no_figure(extract, text):
    assert [f for f in extract(text, "2026-02-02") if f["type"] == "trade"] == []


def test_a_figure_with_its_share_of_the_whole_stays(extract):
    text = "Товарооборот Брянской области с Беларусью составил 1,1 млрд долларов, на его долю приходится 60% внешней торговли региона."
    assert [f["value"] for f in extract(text, "2026-02-02") if f["type"] == "trade"] == [1.1e9]


ORGANISATIONS = [
    ("Гродненский государственный университет имени Янки Купалы и Казанский федеральный университет подписали договор "
     "о сотрудничестве в сфере образования и науки.", {"BY-HR/Гродно", "RU-TA/Казань"}),
    ("Витебский государственный технологический университет и Смоленский государственный университет подписали договор "
     "о сотрудничестве.", {"BY-VI/Витебск", "RU-SMO/Смоленск"}),
    ("Брестский государственный технический университет и Новосибирский государственный технический университет "
     "заключили соглашение о сотрудничестве.", {"BY-BR/Брест", "RU-NVS/Новосибирск"}),
]


@pytest.mark.parametrize("text,towns", ORGANISATIONS, ids=["grodno", "vitebsk", "brest"])
def test_organisations_named_after_their_towns_sign_between_them(extract, text, towns):
    got = [set(f["parties"]) for f in extract(text, "2026-04-15") if f["type"] == "agreement"]
    assert got == [towns], got


DAYS_OF_CULTURE = [
    ("В Казани открылись Дни культуры Беларуси. Белорусскую делегацию возглавил министр культуры Анатолий Маркевич.",
     ("BY", "RU-TA/Казань")),
    ("В Уфе прошли Дни культуры Узбекистана.", ("UZ", "RU-BA/Уфа")),
    ("В Минске открылись Дни экономики Татарстана.", ("RU-TA", "BY-HM")),
]


@pytest.mark.parametrize("text,trip", DAYS_OF_CULTURE, ids=["culture-kazan", "culture-ufa", "economy-minsk"])
def test_days_of_a_topic_of_a_side_are_its_trip(extract, text, trip):
    got = [(f["visitor"], f["host"]) for f in extract(text, "2026-09-24") if f["type"] == "visit"]
    assert got == [trip], got


PARTICIPLE_AFTER_NAME = [
    ("Губернатор Приморского края Олег Кожемяко провёл переговоры с губернатором провинции Ляонин Ли Лэчэном, прибывшим "
     "во Владивосток на Восточный экономический форум.", ("CN-LN", "Ли Лэчэн")),
    ("Губернатор Хабаровского края Дмитрий Демешин провёл переговоры с губернатором провинции Ляонин Ли Лэчэном, "
     "прибывшим в Хабаровск на ярмарку.", ("CN-LN", "Ли Лэчэн")),
]


@pytest.mark.parametrize("text,trip", PARTICIPLE_AFTER_NAME, ids=["vladivostok", "khabarovsk"])
def test_a_participle_read_as_a_plural_dative_still_qualifies_the_name(extract, text, trip):
    got = [(f["visitor"], f["head"]) for f in extract(text, "2026-09-05") if f["type"] == "visit"]
    assert got == [trip], got


TRAVELLED_TO = [
    ("Гомельская и Брянская области намерены довести товарооборот до 600 млн долларов. Об этом шла речь на встрече "
     "председателя облисполкома Ивана Крупко с губернатором Брянской области Александром Богомазом, прибывшим в Гомель. "
     "В 2025 году товарооборот составил 450 млн долларов.", {"RU-BRY", "BY-HO"}),
    ("Костанайская и Курганская области намерены довести товарооборот до 200 млн долларов. Об этом шла речь на встрече "
     "акима области Кумара Аксакалова с губернатором Курганской области Вадимом Шумковым, прибывшим в Костанай. В 2025 "
     "году товарооборот составил 140 млн долларов.", {"RU-KGN", "KZ-39"}),
    ("Витебская и Псковская области намерены довести товарооборот до 150 млн долларов. Об этом шла речь на встрече "
     "председателя облисполкома Александра Субботина с губернатором Псковской области Михаилом Ведерниковым, прибывшим "
     "в Витебск. В 2025 году товарооборот составил 90 млн долларов.", {"RU-PSK", "BY-VI"}),
]


@pytest.mark.parametrize("text,parties", TRAVELLED_TO, ids=["gomel", "kostanay", "vitebsk"])
def test_where_a_traveller_arrived_is_no_side_of_the_next_figure(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2026-01-19") if f["type"] == "trade"]
    assert got == [parties], got
