"""A link of an 'а'-clause that names no ends runs between the ends of the clause before, and a missing link
(transport.ends_of_clause_before, transport.no_link) — wordings of ours."""

import pytest

CLAUSE_BEFORE = [
    ("Между Улан-Удэ и Улан-Батором выполняются регулярные авиарейсы, а со следующего года планируется запуск "
     "пассажирского поезда.", ("rail", ["MN-1", "RU-BU/Улан-Удэ"], "planned")),
    ("Омск и Павлодар связывает железнодорожное сообщение, а в следующем году откроется автобусный маршрут.",
     ("road", ["KZ-55/Павлодар", "RU-OMS/Омск"], "planned")),
    ("Между Оренбургом и Актобе курсирует автобус, а с лета планируется запуск авиарейса.",
     ("air", ["KZ-15/Актобе", "RU-ORE/Оренбург"], "planned")),
]


@pytest.mark.parametrize("text,link", CLAUSE_BEFORE, ids=["rail", "bus", "air"])
def test_link_of_the_next_clause_runs_between_the_same_ends(extract, text, link):
    got = [(f["mode"], sorted(f["between"]), f["status"]) for f in extract(text) if f["type"] == "transport"]
    assert link in got, got


def test_own_ends_stay_their_own(extract):
    text = "Из Краснодара в Ереван летают рейсы, а с весны планируется запуск рейсов из Сочи в Гюмри."
    got = sorted(sorted(f["between"]) for f in extract(text) if f["type"] == "transport")
    assert got == [["AM-ER", "RU-KDA/Краснодар"], ["AM-SH/Гюмри", "RU-KDA/Сочи"]], got


# transport.no_link: a link said to be missing is no fact
NO_LINK = [
    "Прямого авиасообщения между Омском и Павлодаром нет.",
    "Между Казанью и Ташкентом не летают прямые рейсы.",
    "Прямое авиасообщение между Уфой и Ташкентом пока отсутствует.",
]


@pytest.mark.parametrize("text", NO_LINK, ids=["net", "ne", "otsutstvuet"])
def test_missing_link_is_no_fact(extract, text):
    assert [f for f in extract(text) if f["type"] == "transport"] == []


def test_missing_link_of_the_next_clause_leaves_the_first(extract):
    text = "Между Оренбургом и Актобе курсирует регулярный автобус, а авиасообщения пока нет."
    got = [(f["mode"], f["status"]) for f in extract(text) if f["type"] == "transport"]
    assert got == [("road", "exists")], got
