"""A place in what was said is not the venue of the meeting where it was said
(meeting.reported_apart) — wordings of ours."""

import pytest

REPORTED = [
    "В Уфе готовится к открытию консульство Узбекистана, сообщил премьер-министр Башкортостана Андрей Назаров на "
    "встрече с послом Узбекистана Ботиржоном Асадовым.",
    "Губернатор Омской области Виталий Хоценко на встрече с послом Казахстана Даниялом Ахметовым рассказал, что в "
    "Павлодаре откроется торговый дом.",
    "В Казани заработает новый рейс, заявил Раис Татарстана Рустам Минниханов на встрече с послом Беларуси "
    "Александром Рогожником.",
]


@pytest.mark.parametrize("text", REPORTED, ids=["content-first", "that-clause", "statement-first"])
def test_a_place_in_what_was_said_is_no_venue(extract, text):
    facts = extract(text, published="2025-02-27")
    assert [f["place"] for f in facts if f["type"] == "meeting"] == [None]
    assert not [f for f in facts if f["type"] == "visit"]


def test_the_venue_of_talks_reported_by_the_press_stays(extract):
    text = "Переговоры губернатора Омской области и акима Павлодарской области прошли в Омске, сообщила пресс-служба."
    assert [f["place"] for f in extract(text) if f["type"] == "meeting"] == ["RU-OMS/Омск"]
