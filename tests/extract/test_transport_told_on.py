"""A link opened by its first trip, told in the next sentence without its ends (sentences written for these
tests): transport.first_trip_of_link_before."""

import pytest

from tests.conftest import of_type

FIRST_TRIP_AFTER = [
    ("Стороны договорились о возобновлении регулярного авиасообщения между Хабаровском и Харбином. Первый рейс "
     "авиакомпании «Аврора» выполнен 1 июля.", "air"),
    ("Регионы решили запустить поезд между Оренбургом и Актобе. Первый поезд отправился в путь 3 марта.", "rail"),
    ("Псковская и Витебская области договорились открыть автобусный маршрут между Псковом и Витебском. Первый "
     "автобусный рейс выполнен в понедельник.", "road"),
]


@pytest.mark.parametrize("text,mode", FIRST_TRIP_AFTER)
def test_first_trip_after_opens_the_link(extract, text, mode):
    got = of_type(extract(text), "transport")
    assert [(f["mode"], f["status"]) for f in got] == [(mode, "opened")], got


def test_a_first_trip_planned_keeps_it_planned(extract):
    got = of_type(extract("Стороны договорились о запуске авиасообщения между Хабаровском и Харбином. Первый рейс "
                          "выполнят в июле."), "transport")
    assert [f["status"] for f in got] == ["planned"], got
