"""One guest ("Китайский гость прибыл в Хабаровск накануне"), the subject of the trip, is the one
person of his side the text named before (visit.the_guest_named_before) — wordings of ours."""

import pytest

GUEST = [
    ("Губернатор Хабаровского края Дмитрий Демешин провел переговоры с секретарем парткома провинции Хэйлунцзян Сюй "
     "Цинем. Китайский гость прибыл в Хабаровск накануне.", "Сюй Цинь"),
    ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. "
     "Казахстанский гость прибыл в Омск утром.", "Асаин Байханов"),
    ("Раис Татарстана Рустам Минниханов принял председателя Минского облисполкома Александра Турчина. Белорусский гость "
     "прибыл в Казань накануне.", "Александр Турчин"),
]


@pytest.mark.parametrize("text,head", GUEST, ids=["khabarovsk", "omsk", "kazan"])
def test_the_one_guest_is_the_one_named(extract, text, head):
    assert [f["head"] for f in extract(text) if f["type"] == "visit"] == [head]


def test_two_named_before_leave_it_open(extract):
    text = ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым и его "
            "заместителем Ерланом Жаналиновым. Казахстанский гость прибыл в Омск утром.")
    assert [f["head"] for f in extract(text) if f["type"] == "visit"] == [None]
