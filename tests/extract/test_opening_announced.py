"""An opening of a link in the present tense announces it — planned (transport.opening_announced; imperfective
opening verbs in the lexicon) — wordings of ours."""

import pytest

ANNOUNCED = [
    "Авиакомпания «Аврора» с 30 октября открывает регулярные рейсы Хабаровск – Харбин.",
    "Авиакомпания запускает прямые рейсы между Казанью и Ташкентом.",
    "С 1 июня перевозчик возобновляет автобусное сообщение между Оренбургом и Актобе.",
]


@pytest.mark.parametrize("text", ANNOUNCED, ids=["opens", "launches", "resumes"])
def test_an_opening_in_the_present_is_planned(extract, text):
    assert [f["status"] for f in extract(text, "2025-10-15") if f["type"] == "transport"] == ["planned"]


def test_an_opening_in_the_past_opened(extract):
    text = "В прошлом году запустили поезд из Минска в Санкт-Петербург."
    assert [f["status"] for f in extract(text, "2025-10-15") if f["type"] == "transport"] == ["opened"]
