"""A link whose opening is only a possibility looked at ("обсудили возможность открытия прямого
авиасообщения") is no fact; its opening discussed outright is planned (transport.only_a_possibility)
— wordings of ours."""

import pytest

POSSIBLE = [
    "Стороны обсудили возможность открытия прямого авиасообщения между Казанью и Ханоем.",
    "Губернатор предложил рассмотреть возможность запуска поезда между Омском и Павлодаром.",
    "Стороны изучают возможность возобновления автобусного сообщения между Псковом и Витебском.",
]


@pytest.mark.parametrize("text", POSSIBLE, ids=["discussed", "proposed", "studied"])
def test_a_possible_link_is_no_fact(extract, text):
    assert not [f for f in extract(text) if f["type"] == "transport"]


def test_an_opening_discussed_is_planned(extract):
    text = "Стороны обсудили открытие прямого авиасообщения между Казанью и Ханоем."
    assert [f["status"] for f in extract(text) if f["type"] == "transport"] == ["planned"]
