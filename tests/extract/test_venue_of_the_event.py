"""In a sentence after the meeting's, a place is its venue only on a word of the event: what
opened or took place there must be the event ("Встреча прошла в Уфе"), not a mission ("в Оше
открылось представительство") (meeting.venue_of_the_event) — wordings of ours."""

import pytest

NOT_VENUE = [
    "Губернатор Свердловской области Денис Паслер провел переговоры с полномочным представителем Правительства "
    "Кыргызской Республики в Ошской области Эрмеком Баялиновым. Губернатор напомнил, что в прошлом году в Оше "
    "открылось представительство Свердловской области.",
    "Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. Аким "
    "отметил, что в Павлодаре открылся торговый дом Омской области.",
    "Губернатор Курганской области Вадим Шумков провел переговоры с акимом Костанайской области Кумаром Аксакаловым. "
    "Губернатор напомнил, что в Костанае открылось консульство России.",
]


@pytest.mark.parametrize("text", NOT_VENUE, ids=["representation", "trade-house", "consulate"])
def test_what_opened_there_gives_no_venue(extract, text):
    facts = extract(text, published="2025-07-03")
    assert [f["place"] for f in facts if f["type"] == "meeting"] == [None]
    assert not [f for f in facts if f["type"] == "visit"]


def test_the_meeting_held_there_gives_its_venue(extract):
    text = ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. "
            "Встреча прошла в Павлодаре.")
    assert [f["place"] for f in extract(text) if f["type"] == "meeting"] == ["KZ-55/Павлодар"]


DISCUSSED_LATER = [
    "Губернатор Ульяновской области Алексей Русских принял делегацию Навоийской области во главе с первым заместителем "
    "хокима Ортиком Алиевым. Стороны обсудили открытие в Навои торгового дома Ульяновской области.",
    "Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. Стороны "
    "обсудили строительство в Павлодаре логистического центра.",
    "Глава Башкортостана Радий Хабиров провел переговоры с хокимом Андижанской области Шухратбеком Абдурахмоновым. "
    "Стороны обсудили проведение в Андижане ярмарки башкирских товаров.",
]


@pytest.mark.parametrize("text", DISCUSSED_LATER, ids=["trade-house", "logistics", "fair"])
def test_a_place_of_what_was_discussed_later_is_no_venue(extract, text):
    facts = extract(text, published="2025-04-18")
    assert [f["place"] for f in facts if f["type"] == "meeting"] == [None]
