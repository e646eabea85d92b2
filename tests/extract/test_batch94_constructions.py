"""Constructions of the o705–o712 batch, in three wordings of ours: partners listed with amounts after dashes in the
sentence after a figure (trade.partners_told_on); a link "по этому направлению" runs between the ends just told, and
stands though another carrier stopped (transport.route_named_back); "Из Новосибирска в Ташкент летают ежедневно"
(transport.flies_from_to); "с делегациями Казахстана, Узбекистана и Беларуси" is a trip of each
(sides.listed_delegation); a link with only a "потенциал" of opening is no fact (transport.only_a_possibility)."""

import pytest

PARTNERS_TOLD_ON = [
    ("В 2025 году товарооборот Омской области с Казахстаном составил 1,1 млрд долларов. Для сравнения: с Китаем — 420 "
     "млн долларов, с Беларусью — 180 млн долларов.", {("CN", 420e6), ("BY", 180e6)}),
    ("Товарооборот Новосибирской области с Беларусью в 2025 году составил 300 млн долларов. С Казахстаном — 700 млн "
     "долларов, с Узбекистаном — 150 млн долларов.", {("KZ", 700e6), ("UZ", 150e6)}),
    ("За полугодие товарооборот Самарской области с Казахстаном составил 500 млн долларов. Для сравнения, с "
     "Беларусью — 210 млн долларов.", {("BY", 210e6)}),
]


@pytest.mark.parametrize("text,figures", PARTNERS_TOLD_ON, ids=["omsk", "novosibirsk", "samara"])
def test_partners_listed_after_a_figure_have_figures_of_their_own(extract, text, figures):
    facts = [f for f in extract(text, "2026-11-03") if f["type"] == "trade"]
    got = {(p, f["value"]) for f in facts for p in f["parties"] if "-" not in p}
    assert figures <= got, facts
    periods = {tuple(f["period"] or ()) for f in facts}
    assert len(periods) == 1, facts


ROUTE_NAMED_BACK = [
    ("Авиакомпания «Северный ветер» отменила рейсы из Красноярска в Ташкент. При этом рейсы «Уральских авиалиний» по "
     "этому направлению продолжат выполняться.", {"RU-KYA/Красноярск", "UZ-TK"}),
    ("Перевозчик приостановил рейсы из Казани в Наманган. Рейсы другой авиакомпании на данном маршруте продолжат "
     "выполняться.", {"RU-TA/Казань", "UZ-NG/Наманган"}),
    ("Авиакомпания «Азимут» прекратила полёты из Сочи в Ереван. При этом рейсы «Аэрофлота» по этому направлению "
     "продолжают выполняться.", {"RU-KDA/Сочи", "AM-ER"}),
]


@pytest.mark.parametrize("text,ends", ROUTE_NAMED_BACK, ids=["krasnoyarsk", "kazan", "sochi"])
def test_flights_on_this_route_run_between_the_ends_just_told(extract, text, ends):
    got = [set(f["between"]) for f in extract(text, "2026-10-08") if f["type"] == "transport"]
    assert got == [ends], got


FLY_BEFORE = [
    ("Из Новосибирска в Ташкент летают ежедневно.", {"RU-NVS/Новосибирск", "UZ-TK"}),
    ("Из Казани в Душанбе самолёты летают трижды в неделю.", {"RU-TA/Казань", "TJ-DU"}),
    ("Из Уфы в Бишкек сейчас летают по средам.", {"RU-BA/Уфа", "KG-GB"}),
]


@pytest.mark.parametrize("text,ends", FLY_BEFORE, ids=["novosibirsk", "kazan", "ufa"])
def test_flying_from_and_to_told_before_the_verb_is_an_air_link(extract, text, ends):
    got = [(f["mode"], set(f["between"])) for f in extract(text, "2026-10-08") if f["type"] == "transport"]
    assert got == [("air", ends)], got


DELEGATIONS = [
    ("На выставке губернатор Свердловской области Денис Паслер провёл переговоры с делегациями Казахстана, "
     "Узбекистана и Беларуси.", {"KZ", "UZ", "BY"}),
    ("Губернатор Омской области Виталий Хоценко встретился с делегациями Казахстана и Кыргызстана.", {"KZ", "KG"}),
    ("Глава Татарстана Рустам Минниханов принял делегации Узбекистана, Таджикистана и Азербайджана.",
     {"UZ", "TJ", "AZ"}),
]


@pytest.mark.parametrize("text,visitors", DELEGATIONS, ids=["sverdlovsk", "omsk", "tatarstan"])
def test_delegations_of_several_countries_each_made_a_trip(extract, text, visitors):
    got = {f["visitor"] for f in extract(text, "2026-07-09") if f["type"] == "visit"}
    assert got == visitors, got


POTENTIAL = [
    "«Мы видим большой потенциал в открытии прямых рейсов Павлодар — Новосибирск», — отметил аким.",
    "Губернатор отметил перспективы запуска поезда Оренбург — Актобе.",
    "Стороны оценили потенциал открытия авиасообщения между Казанью и Худжандом.",
]


@pytest.mark.parametrize("text", POTENTIAL, ids=["pavlodar", "orenburg", "kazan"])
def test_a_link_with_only_a_potential_is_no_fact(extract, text):
    assert [f for f in extract(text, "2026-07-21") if f["type"] == "transport"] == []
