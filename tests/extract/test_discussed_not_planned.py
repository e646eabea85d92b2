"""A mission's opening or a link's organisation that was only discussed is no fact (institution.only_considered,
transport.only_discussed, with 'обсудить' and 'организация' in their word classes) — wordings of ours."""

import pytest

DISCUSSED_MISSIONS = [
    "Стороны также обсудили открытие в Екатеринбурге торгового представительства Кыргызстана.",
    "Губернатор и посол обсудили открытие в Казани генерального консульства Узбекистана.",
    "На встрече обсуждалось открытие торгового дома Омской области в Павлодаре.",
]

DISCUSSED_LINKS = [
    "Стороны обсудили поставки зерна и организацию грузовых железнодорожных перевозок между Новосибирском и "
    "Павлодаром.",
    "На встрече обсуждалась организация автобусного сообщения между Омском и Павлодаром.",
    "Губернатор и аким обсудили организацию паромного сообщения между Астраханью и Актау.",
]


@pytest.mark.parametrize("text", DISCUSSED_MISSIONS, ids=["also", "governor", "passive"])
def test_a_discussed_opening_is_no_plan(extract, text):
    assert [f for f in extract(text, published="2025-11-20") if f["type"] == "institution"] == []


@pytest.mark.parametrize("text", DISCUSSED_LINKS, ids=["freight", "bus", "ferry"])
def test_a_discussed_link_is_no_fact(extract, text):
    assert [f for f in extract(text, published="2025-11-20") if f["type"] == "transport"] == []


def test_agreed_is_planned(extract):
    text = "Стороны договорились об открытии в Екатеринбурге торгового представительства Кыргызстана и об организации " \
           "автобусного сообщения между Омском и Павлодаром."
    got = sorted((f["type"], f["status"]) for f in extract(text, published="2025-11-20")
                 if f["type"] in ("institution", "transport"))
    assert got == [("institution", "planned"), ("transport", "planned")], got
