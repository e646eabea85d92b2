"""A trip the text says did not take place is no trip (visit.trip_not_held); "в режиме
видеоконференции" is how a session was held, not another meeting (meeting.format_of_the_event) —
wordings of ours."""

import pytest

NOT_HELD = [
    "Стороны констатировали, что визит калужской делегации в Минскую область, запланированный на сентябрь, не "
    "состоялся, и договорились провести его в ноябре.",
    "Визит губернатора Омской области в Павлодар, намеченный на март, не состоялся.",
    "Поездка белорусской делегации в Казань так и не состоялась из-за непогоды.",
]


@pytest.mark.parametrize("text", NOT_HELD, ids=["planned-not-held", "set-not-held", "never-held"])
def test_a_trip_not_held_is_no_trip(extract, text):
    assert not [f for f in extract(text, published="2025-10-08") if f["type"] == "visit"]


def test_a_trip_held_is_a_trip(extract):
    text = "Визит делегации Гомельской области в Брянск состоялся 12 марта."
    assert [f["date"] for f in extract(text, published="2025-10-08") if f["type"] == "visit"] == ["2025-03-12"]


FORMAT = [
    "Заместители губернаторов провели заседание рабочей группы Минской и Калужской областей. Заседание прошло в режиме "
    "видеоконференции.",
    "В Уфе прошло заседание межправительственной комиссии Башкортостана и Узбекистана. Часть участников присоединилась "
    "в режиме видеоконференции.",
    "Состоялось заседание рабочей группы по сотрудничеству Гомельской и Брянской областей. Заседание прошло в формате "
    "видеоконференции.",
]


@pytest.mark.parametrize("text", FORMAT, ids=["mode", "joined", "format"])
def test_the_format_is_no_meeting(extract, text):
    assert len([f for f in extract(text) if f["type"] == "meeting"]) == 1


def test_a_videoconference_held_is_a_meeting(extract):
    text = "Губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов провели видеоконференцию."
    assert [f["kind"] for f in extract(text) if f["type"] == "meeting"] == ["talks"]
