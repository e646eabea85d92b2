"""Constructions of the o415–o420 batch, in three wordings of ours: flights counted to a timetable ('14 рейсов в
неделю') qualify a bare 'рейс' (transport.flight_qualified), unless another mode is named; and a link that runs now in
its own clause exists, whatever another clause says of its future (transport.runs_now)."""

import pytest

SCHEDULED = [
    ("По словам акима, между Алматы и Новосибирском выполняется 14 рейсов в неделю.", ("KZ-75", "RU-NVS/Новосибирск")),
    ("Между Казанью и Ташкентом выполняется два рейса в день.", ("RU-TA/Казань", "UZ-TK")),
    ("Между Оренбургом и Актобе выполняется пять рейсов в неделю.", ("RU-ORE/Оренбург", "KZ-15/Актобе")),
]


@pytest.mark.parametrize("text,ends", SCHEDULED, ids=["weekly", "daily", "words"])
def test_flights_counted_to_a_timetable_are_an_air_link(extract, text, ends):
    got = [(f["mode"], *f["between"]) for f in extract(text, "2025-04-14") if f["type"] == "transport"]
    assert got == [("air", *ends)], got


@pytest.mark.parametrize("text", ["Автобусы между Омском и Павлодаром совершают 4 рейса в день.",
                                  "Всего за год выполнено 14 рейсов."], ids=["buses", "no-timetable"])
def test_trips_of_buses_or_without_a_timetable_are_no_air_link(extract, text):
    assert [f for f in extract(text, "2025-04-14") if f["type"] == "transport" and f["mode"] == "air"] == []


RUNS_NOW = [
    "По словам акима, между Алматы и Новосибирском выполняется 14 рейсов в неделю, а летом их станет больше.",
    "Между Казанью и Ташкентом выполняется семь рейсов в неделю, а осенью их станет вдвое больше.",
    "Между Оренбургом и Актобе выполняется пять рейсов в неделю, а с июня их станет восемь.",
]


@pytest.mark.parametrize("text", RUNS_NOW, ids=["more", "twice-more", "eight"])
def test_a_link_that_runs_now_exists_whatever_comes_later(extract, text):
    assert [f["status"] for f in extract(text, "2025-04-14") if f["type"] == "transport"] == ["exists"]


def test_a_link_to_run_from_a_date_is_planned(extract):
    text = "С 1 июня будут выполняться прямые рейсы из Казани в Ош."
    assert [f["status"] for f in extract(text, "2025-04-14") if f["type"] == "transport"] == ["planned"]
