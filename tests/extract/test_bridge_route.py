"""A bridge named by the route it carries is a link (transport.bridge_route) — wordings of ours."""

import pytest

BRIDGES = [
    ("Грузовики идут по мосту Благовещенск — Хэйхэ круглосуточно.", "road", {"RU-AMU/Благовещенск", "CN-HL/Хэйхэ"}),
    ("Железнодорожный мост Забайкальск — Маньчжурия работает с 2010 года.", "rail",
     {"RU-ZAB/Забайкальск", "CN-NM/Маньчжурия"}),
    ("Стороны обсудили работу мостового перехода Благовещенск — Хэйхэ и договорились о запуске в июле "
     "авиасообщения между Благовещенском и Харбином.", "road", {"RU-AMU/Благовещенск", "CN-HL/Хэйхэ"}),
]


@pytest.mark.parametrize("text,mode,ends", BRIDGES, ids=["bridge", "rail-bridge", "crossing"])
def test_a_bridge_with_its_route_is_a_link(extract, text, mode, ends):
    got = [set(f["between"]) for f in extract(text, published="2025-10-10")
           if f["type"] == "transport" and f["mode"] == mode]
    assert got == [ends], got


def test_a_bridge_of_friendship_is_no_link(extract):
    text = "Губернатор назвал сотрудничество с Хэйлунцзяном мостом дружбы между Благовещенском и Харбином."
    assert [f for f in extract(text, published="2025-10-10") if f["type"] == "transport"] == []
