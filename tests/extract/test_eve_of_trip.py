"""'Накануне визита' after the trip's day is told is the day before it (dates.day_before_told) — wordings of ours."""

import pytest

EVE_OF_TRIP = [
    ("В пятницу, 9 мая, делегация Гродненской области прибыла в Калининград. Накануне визита стороны провели "
     "заседание рабочей группы в режиме видеоконференции.", "2025-05-08"),
    ("12 марта губернатор Омской области прибыл в Павлодар. Накануне поездки состоялось заседание рабочей группы "
     "Омской и Павлодарской областей.", "2025-03-11"),
    ("10 апреля делегация Брестской области прибыла в Смоленск. Накануне приезда гостей прошло заседание рабочей "
     "группы Брестской и Смоленской областей.", "2025-04-09"),
    # the eve of another event is no day the text gives
    ("Губернатор Омской области 20 июня встретился с акимом Павлодарской области. Накануне форума прошло заседание "
     "рабочей группы Омской и Павлодарской областей.", None),
]


@pytest.mark.parametrize("text,day", EVE_OF_TRIP, ids=["visit", "trip", "arrival", "forum"])
def test_eve_of_the_trip(extract, text, day):
    got = [f["date"] for f in extract(text, published="2025-06-25")
           if f["type"] == "meeting" and f["kind"] == "working_group"]
    assert got == [day], got
