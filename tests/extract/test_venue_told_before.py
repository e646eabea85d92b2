"""An event told in a sentence opening with 'до этого', 'затем', 'перед этим' is where the event just
before was ("Церемония прошла в Перми. До этого главы регионов провели переговоры"); talks held there
with the other side's head tell of his trip (meeting.venue_told_before) — wordings of ours."""

import pytest

TOLD_BEFORE = [
    ("Губернатор Пермского края Дмитрий Махонин и председатель Гродненского облисполкома Юрий Караев подписали дорожную "
     "карту. Церемония прошла в Перми. До этого главы регионов провели переговоры.", "RU-PER/Пермь",
     ("BY-HR", "RU-PER", "Юрий Караев")),
    ("Губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов открыли выставку. Церемония "
     "открытия прошла в Омске. Затем Виталий Хоценко и Асаин Байханов провели переговоры.", "RU-OMS/Омск",
     ("KZ-55", "RU-OMS", "Асаин Байханов")),
    ("Раис Татарстана Рустам Минниханов и председатель Минского облисполкома Александр Турчин подписали план. "
     "Церемония подписания прошла в Казани. Перед этим Рустам Минниханов провел переговоры с Александром Турчиным.",
     "RU-TA/Казань", ("BY-MI", "RU-TA", "Александр Турчин")),
]


@pytest.mark.parametrize("text,venue,trip", TOLD_BEFORE, ids=["before-that", "then", "prior"])
def test_the_talks_are_where_the_event_before_was(extract, text, venue, trip):
    facts = extract(text)
    assert [f["place"] for f in facts if f["type"] == "meeting"] == [venue]
    assert [(f["visitor"], f["host"], f["head"]) for f in facts if f["type"] == "visit"] == [trip]


def test_later_is_another_time_and_place(extract):
    text = ("Губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов открыли выставку. "
            "Церемония открытия прошла в Омске. Позже главы регионов провели переговоры.")
    assert [f["place"] for f in extract(text) if f["type"] == "meeting"] == [None]
