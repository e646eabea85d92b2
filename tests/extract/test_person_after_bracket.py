"""A person named right after a place's bracketed other name is a person, not part of the place
(nlp.annotate._person_after_bracket) — wordings of ours."""

import pytest

AFTER_BRACKET = [
    # NER makes one LOC span of these, and "Николаев" read as a city
    ("Делегацию встретил Глава Республики Саха (Якутия) Айсен Николаев.", ("Айсен Николаев", "RU-SA")),
    ("Гостей из Хэнтия приветствовал Глава Республики Саха (Якутия) Айсен Николаев.", ("Айсен Николаев", "RU-SA")),
    ("Переговоры с делегацией провел Глава Республики Саха (Якутия) Айсен Николаев.", ("Айсен Николаев", "RU-SA")),
    # NER splits these itself; they must stay right
    ("Делегацию Минской области принял Глава Республики Северная Осетия (Алания) Сергей Меняйло.",
     ("Сергей Меняйло", "RU-SE")),
    ("Гостей из Беларуси встретил Глава Кабардино-Балкарской Республики (КБР) Казбек Коков.",
     ("Казбек Коков", "RU-KB")),
]


@pytest.mark.parametrize("text,role", AFTER_BRACKET, ids=["met", "greeted", "talks", "alania", "kbr"])
def test_the_head_after_the_bracket_is_a_person(extract, text, role):
    got = [(f["person"], f["of"]) for f in extract(text, published="2025-07-11") if f["type"] == "role"]
    assert role in got, got


def test_a_city_after_the_bracket_stays_a_place(extract):
    text = "Губернатор Омской области прибыл в Республику Саха (Якутия). Якутск встретил гостей морозом."
    got = [f for f in extract(text, published="2025-07-11") if f["type"] == "role"]
    assert got == [], got
