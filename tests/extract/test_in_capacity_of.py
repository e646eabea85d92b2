"""A trip made "в качестве главы Смоленского района" was the district's, the post the traveller held
then (visit.in_capacity_of) — wordings of ours."""

import pytest

CAPACITY = [
    ("Губернатор Смоленской области Василий Анохин напомнил, что в 2019 году он посещал Брест в качестве главы "
     "Смоленского района.", "RU-SMO/Смоленский район"),
    ("Губернатор Тульской области Дмитрий Миляев рассказал, что в 2018 году побывал в Гомеле в качестве главы Тулы.",
     "RU-TUL/Тула"),
    ("Аким Павлодарской области Асаин Байханов в 2017 году посетил Омск в должности акима Павлодара.", "KZ-55/Павлодар"),
]


@pytest.mark.parametrize("text,visitor", CAPACITY, ids=["district", "city", "post"])
def test_the_trip_of_the_post_held_then(extract, text, visitor):
    assert [f["visitor"] for f in extract(text, published="2025-09-04") if f["type"] == "visit"] == [visitor]


def test_a_trip_with_no_such_words_is_the_posts_now(extract):
    text = "Губернатор Смоленской области Василий Анохин напомнил, что в 2019 году он посещал Брест."
    assert [f["visitor"] for f in extract(text, published="2025-09-04") if f["type"] == "visit"] == ["RU-SMO"]
