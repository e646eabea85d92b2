"""Constructions of the o569–o576 batch, in three wordings of ours: talks told with "сегодня" or "вчера" in a
sentence that opens with the first day of a narrated trip keep their own day (links.own_day_stands)."""

import pytest

OWN_RELATIVE_DAY = [
    ("С 13 мая в Брянской области находится делегация Гомельской области под руководством заместителя председателя "
     "облисполкома Андрея Прокопенко. В первый день гости посетили машиностроительный завод, а сегодня их принял "
     "губернатор Александр Богомаз.", "2026-05-14"),
    ("С 12 мая в Омской области находится делегация Павлодарской области под руководством заместителя акима Нурлана "
     "Сыздыкова. В первый день гости посетили нефтезавод, а сегодня их принял губернатор Виталий Хоценко.",
     "2026-05-14"),
    ("С 12 мая в Псковской области находится делегация Витебской области под руководством заместителя председателя "
     "облисполкома Андрея Шмакова. В первый день гости посетили льнозавод, а вчера их принял губернатор Михаил "
     "Ведерников.", "2026-05-13"),
]


@pytest.mark.parametrize("text,day", OWN_RELATIVE_DAY, ids=["bryansk", "omsk", "pskov"])
def test_talks_told_today_keep_their_day_over_the_trips_first(extract, text, day):
    assert [f["date"] for f in extract(text, "2026-05-14") if f["type"] == "meeting"] == [day]
