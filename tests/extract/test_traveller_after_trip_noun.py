"""The title right after a trip noun is who made the trip (visit.traveller_after_trip_noun) — wordings of ours."""

import pytest

TRAVELLER = [
    ("Премьер-министр Республики Беларусь Александр Турчин провел переговоры с губернатором Ярославской области. "
     "Итогом визита белорусского премьера в Ярославль стала программа сотрудничества.", "Александр Турчин"),
    ("Губернатор Омской области Виталий Хоценко провел переговоры с акимом Павлодарской области. В ходе визита "
     "губернатора в Павлодар стороны обсудили торговлю.", "Виталий Хоценко"),
    ("Мэр Новосибирска Максим Кудрявцев встретился с мэром Минска Владимиром Кухаревым. В рамках поездки мэра "
     "Новосибирска в Минск подписан протокол.", "Максим Кудрявцев"),
]


@pytest.mark.parametrize("text,head", TRAVELLER, ids=["premier", "governor", "mayor"])
def test_title_after_trip_noun_heads_the_trip(extract, text, head):
    visits = [f for f in extract(text) if f["type"] == "visit"]
    assert [v["head"] for v in visits] == [head], visits


def test_trip_noun_without_a_title_has_no_head(extract):
    text = ("Губернатор Омской области Виталий Хоценко провел переговоры с акимом Павлодарской области. В ходе визита "
            "делегации в Павлодар стороны обсудили торговлю.")
    visits = [f for f in extract(text) if f["type"] == "visit"]
    assert all(v["head"] in (None, "Виталий Хоценко") for v in visits), visits
