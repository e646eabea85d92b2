"""A bare 'рейсы' after an air word of its sentence is a flight (transport.flight_qualified) — wordings of ours."""

import pytest

FLIGHTS_AGAIN = [
    ("Между Екатеринбургом и Бишкеком ежедневно выполняются прямые авиарейсы, а в следующем году планируется запуск "
     "рейсов в Ош.", {"RU-SVE/Екатеринбург", "KG-GO"}),
    ("Из Казани в Ташкент летают авиарейсы, а с лета откроются рейсы в Наманган.", {"RU-TA/Казань", "UZ-NG/Наманган"}),
    ("Авиасообщение связывает Новосибирск и Минск, а с осени запустят рейсы в Гомель.",
     {"RU-NVS/Новосибирск", "BY-HO/Гомель"}),
]


@pytest.mark.parametrize("text,ends", FLIGHTS_AGAIN, ids=["osh", "namangan", "gomel"])
def test_flights_named_again(extract, text, ends):
    got = [set(f["between"]) for f in extract(text, published="2025-11-20") if f["type"] == "transport"]
    assert ends in got, got


def test_a_bus_trip_is_no_flight(extract):
    text = "Между Омском и Павлодаром ходят автобусы, а с лета запустят рейсы в Экибастуз."
    got = [f["mode"] for f in extract(text, published="2025-11-20") if f["type"] == "transport"]
    assert "air" not in got, got
