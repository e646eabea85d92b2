"""Talks in the building where an authority sits ("в резиденции губернатора Свердловской области",
"в Доме Правительства Омской области") are held on its territory, and tell the guest's trip there
(meeting.seat_of_authority) — wordings of ours."""

import pytest

SEATS = [
    ("В резиденции губернатора Свердловской области состоялись переговоры Дениса Паслера с полномочным представителем "
     "Правительства Кыргызской Республики в Ошской области Эрмеком Баялиновым.", "RU-SVE", ("KG-O", "RU-SVE")),
    ("В Доме Правительства Омской области губернатор Виталий Хоценко провел переговоры с акимом Павлодарской области "
     "Асаином Байхановым.", "RU-OMS", ("KZ-55", "RU-OMS")),
    ("В здании Гомельского облисполкома председатель облисполкома Иван Крупко провел переговоры с губернатором Брянской "
     "области Александром Богомазом.", "BY-HO", ("RU-BRY", "BY-HO")),
]


@pytest.mark.parametrize("text,venue,trip", SEATS, ids=["residence", "house-of-government", "building"])
def test_talks_at_an_authoritys_seat(extract, text, venue, trip):
    facts = extract(text)
    assert [f["place"] for f in facts if f["type"] == "meeting"] == [venue]
    assert [(f["visitor"], f["host"]) for f in facts if f["type"] == "visit"] == [trip]


def test_talks_by_video_from_the_seat_tell_no_trip(extract):
    text = ("В Доме Правительства Омской области губернатор Виталий Хоценко провел переговоры по видеосвязи с акимом "
            "Павлодарской области Асаином Байхановым.")
    assert not [f for f in extract(text) if f["type"] == "visit"]
