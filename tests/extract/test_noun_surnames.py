"""Surnames that are nouns for a person or animal, declined as nouns: "Кузнецом" → Кузнец, and
with a fleeting vowel "Зайцем" → Заяц, "Орлом" → Орёл, "Соловьем" → Соловей (names) — wordings of
ours."""

import pytest

from coopwatch.extract.names import read_name

NAMES = [
    (["Владимиром", "Зайцем"], "Заяц"),
    (["Владимира", "Зайца"], "Заяц"),
    (["Игорем", "Орлом"], "Орел"),
    (["Олегом", "Львом"], "Лев"),
    (["Иваном", "Кузнецом"], "Кузнец"),
    (["Петром", "Швецом"], "Швец"),
    (["Алексеем", "Соловьем"], "Соловей"),
    # not nouns of that kind: the paradigms read them as before
    (["Ивана", "Петрова"], "Петров"),
    (["Сергеем", "Соколом"], "Сокол"),
    (["Ли", "Цзюнем"], "Цзюнь"),
    (["Натальей", "Кочановой"], "Кочанова"),
]


@pytest.mark.parametrize("words,surname", NAMES, ids=[" ".join(w) for w, _ in NAMES])
def test_noun_surname_nominative(words, surname):
    assert read_name(words)[0].surname == surname


def test_one_person_through_the_cases(extract):
    text = ("Делегацию Брестской области возглавил заместитель председателя облисполкома Владимир Заяц. Губернатор "
            "Рязанской области Павел Малков провел переговоры с Владимиром Зайцем.")
    facts = extract(text)
    assert {f["person"] for f in facts if f["type"] == "role"} == {"Владимир Заяц", "Павел Малков"}
    assert [sorted(f["participants"]) for f in facts if f["type"] == "meeting"] == [["Владимир Заяц", "Павел Малков"]]
