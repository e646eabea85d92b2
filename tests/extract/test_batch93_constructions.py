"""Constructions of the o697–o704 batch, in three wordings of ours: a Belarusian surname in ‑ёнок loses its vowel when
declined ("Лисичёнком" → "Лисичёнок", lexicon/declensions/names.tsv); people at talks told "В рамках форума" by the bare
noun are at the text's one forum (links.talks_within_forum)."""

import pytest

FLEETING = [
    ("В рамках форума она провела встречу с председателем Лидского райисполкома Андреем Лисичёнком.", "Андрей Лисичёнок"),
    ("Губернатор Смоленской области встретился с председателем Шкловского райисполкома Павлом Ковалёнком.",
     "Павел Ковалёнок"),
    ("Губернатор встретился с председателем Оршанского райисполкома Игорем Макаёнком.", "Игорь Макаёнок"),
]


@pytest.mark.parametrize("text,name", FLEETING, ids=["lisichyonok", "kovalyonok", "makayonok"])
def test_a_surname_in_yonok_keeps_its_vowel_in_the_nominative(extract, text, name):
    people = {f["person"] for f in extract(text, "2026-04-15") if f["type"] == "role"} \
        | {p for f in extract(text, "2026-04-15") if f["type"] == "meeting" for p in f["participants"]}
    assert name in people, people


TALKS_WITHIN_FORUM = [
    "Заместитель губернатора Владимирской области Ольга Беляева приняла участие в VIII Форуме малых городов России и "
    "Беларуси в Лиде. В рамках форума она провела встречу с председателем Лидского райисполкома Андреем Лисичёнком.",
    "Заместитель губернатора Псковской области Вадим Шубин принял участие в IX Форуме малых городов России и Беларуси в "
    "Полоцке. В рамках форума он провёл встречу с председателем Полоцкого райисполкома Андреем Соколовым.",
    "Глава Кирилловского округа Ирина Петрова приняла участие в Форуме малых городов России и Беларуси в Мозыре. В "
    "рамках форума она провела встречу с председателем Мозырского райисполкома Олегом Савиным.",
]


@pytest.mark.parametrize("text", TALKS_WITHIN_FORUM, ids=["lida", "polotsk", "mozyr"])
def test_the_people_of_talks_within_the_forum_are_at_it(extract, text):
    facts = extract(text, "2026-04-15")
    talks = [f for f in facts if f["type"] == "meeting" and f["kind"] == "talks"]
    forums = [f for f in facts if f["type"] == "meeting" and f["kind"] == "forum"]
    assert len(talks) == 1 and len(forums) == 1, facts
    assert set(talks[0]["participants"]) <= set(forums[0]["participants"]), forums
