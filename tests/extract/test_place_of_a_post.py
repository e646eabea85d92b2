"""A place right before an inflected name is where that person's post is (a title told by ellipsis: "… в Чуйской
области Асылбеком Кудайбергеновым и в Ошской области Мирланом Кемеловым"), not where the meeting was
(meeting.place_of_a_post) — wordings of ours."""

import pytest

POSTS = [
    "Губернатор Новосибирской области Андрей Травников провел переговоры с полномочными представителями "
    "Правительства Кыргызской Республики в Чуйской области Асылбеком Кудайбергеновым и в Ошской области Мирланом "
    "Кемеловым.",
    "Губернатор Омской области Виталий Хоценко встретился с генеральными консулами Казахстана в Новосибирске "
    "Маратом Ахметовым и в Омске Ерланом Сеитовым.",
    "Глава Татарстана Рустам Минниханов провел встречу с представителями Узбекистана в Самаркандской области "
    "Шухратом Каримовым и в Бухарской области Ботиром Зариповым.",
]


@pytest.mark.parametrize("text", POSTS, ids=["osh", "omsk", "bukhara"])
def test_a_post_told_by_ellipsis_is_no_venue(extract, text):
    talks = [f for f in extract(text, "2025-06-18") if f["type"] == "meeting"]
    assert talks and all(f["place"] is None for f in talks), talks


def test_a_place_before_a_subject_is_the_venue(extract):
    text = "В Минске Александр Турчин провел переговоры с губернатором Брянской области Александром Богомазом."
    talks = [f for f in extract(text, "2025-06-18") if f["type"] == "meeting"]
    assert [f["place"] for f in talks] == ["BY-HM"], talks
