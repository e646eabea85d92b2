"""Charter flights between two sides' cities are an air link ("чартерные рейсы" — a flight qualifier of the
lexicon) — wordings of ours."""

import pytest

CHARTERS = [
    ("С апреля между Челябинском и Наманганом будут выполняться чартерные рейсы.",
     ["RU-CHE/Челябинск", "UZ-NG/Наманган"], "planned"),
    ("Между Уфой и Андижаном выполняются чартерные рейсы.", ["RU-BA/Уфа", "UZ-AN/Андижан"], "exists"),
    ("Летом запущены чартерные рейсы из Самары в Ташкент.", ["RU-SAM/Самара", "UZ-TK"], "opened"),
]


@pytest.mark.parametrize("text,ends,status", CHARTERS, ids=["planned", "exists", "opened"])
def test_charter_flights_are_an_air_link(extract, text, ends, status):
    links = [(f["mode"], sorted(f["between"]), f["status"]) for f in extract(text, "2025-03-03") if f["type"] == "transport"]
    assert links == [("air", sorted(ends), status)], links


def test_a_charter_of_goods_alone_is_no_flight(extract):
    text = "Компания отправила чартерную партию зерна из Самары в Ташкент."
    assert [f for f in extract(text, "2025-03-03") if f["type"] == "transport"] == []
