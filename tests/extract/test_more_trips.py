"""More trips of a link is a link that runs — it exists (transport.more_trips); "Стороны … между городами" names
the two ends once — wordings of ours."""

import pytest

MORE = [
    ("Вице-губернатор Санкт-Петербурга посетила Хошимин. Стороны обсудили увеличение числа прямых рейсов между "
     "городами.", ["RU-SPE", "VN-SG"]),
    ("Стороны договорились увеличить частоту прямых рейсов между Казанью и Ташкентом.", ["RU-TA/Казань", "UZ-TK"]),
    ("Перевозчики намерены нарастить количество поездов между Минском и Москвой.", ["BY-HM", "RU-MOW"]),
]


@pytest.mark.parametrize("text,ends", MORE, ids=["number", "frequency", "trains"])
def test_more_trips_of_a_running_link(extract, text, ends):
    links = [f for f in extract(text, "2025-10-28") if f["type"] == "transport"]
    assert [(sorted(f["between"]), f["status"]) for f in links] == [(sorted(ends), "exists")], links


def test_a_link_to_open_is_planned(extract):
    text = "Стороны договорились открыть прямые рейсы между Казанью и Ташкентом."
    assert [f["status"] for f in extract(text, "2025-10-28") if f["type"] == "transport"] == ["planned"]
