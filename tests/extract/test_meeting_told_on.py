"""A meeting's date told in a later sentence about it (sentences written for these tests)."""

import pytest

from tests.conftest import of_type

DATED_AFTER = [
    ("Глава Чувашии Олег Николаев встретился с послом Кыргызстана Аскарбеком Шадиевым. Встреча прошла 14 ноября "
     "2024 года в Чебоксарах.", "2024-11-14"),
    ("Губернатор Омской области Виталий Хоценко провел переговоры с акимом Павлодарской области Асаином "
     "Байхановым. Переговоры состоялись 5 марта 2025 года в Омске.", "2025-03-05"),
    ("Мэр Казани Ильсур Метшин встретился с председателем Минского горисполкома Владимиром Кухаревым. Их встреча "
     "состоялась 20 июня 2023 года.", "2023-06-20"),
    # the date of what was discussed is not the meeting's
    ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. "
     "Стороны обсудили выставку, которая пройдет 5 марта 2025 года.", None),
]


@pytest.mark.parametrize("text,day", DATED_AFTER)
def test_date_of_the_event_in_a_later_sentence(extract, text, day):
    got = of_type(extract(text), "meeting")
    assert [f["date"] for f in got] == [day], got
