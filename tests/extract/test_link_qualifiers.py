"""Adjectives between a mode word and its link noun ("железнодорожное пассажирское сообщение",
"автобусный международный маршрут") leave the mode named (transport.mode_before_link) — wordings of ours."""

import pytest

QUALIFIED = [
    ("Стороны договорились возобновить регулярное железнодорожное пассажирское сообщение между Владивостоком и "
     "Хуньчунем в 2026 году.", ("rail", "planned")),
    ("Между Омском и Павлодаром открыт автобусный международный маршрут.", ("road", "opened")),
    ("Запущено железнодорожное грузовое сообщение между Казанью и Ташкентом.", ("rail", "opened")),
]


@pytest.mark.parametrize("text,link", QUALIFIED, ids=["passenger", "international", "freight"])
def test_the_mode_before_qualifiers(extract, text, link):
    got = [(f["mode"], f["status"]) for f in extract(text, published="2025-10-07") if f["type"] == "transport"]
    assert got == [link], got


def test_a_qualifier_alone_names_no_mode(extract):
    assert not [f for f in extract("Между Омском и Павлодаром открыт международный маршрут.") if f["type"] == "transport"]
