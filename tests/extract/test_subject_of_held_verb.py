"""A forum that is the subject of a verb of holding is held, however long its name (meeting.subject_of_held_verb)
— wordings of ours."""

import pytest

HELD_AS_SUBJECT = [
    ("Форум регионов России и Казахстана прошел в Уральске 5 сентября.", ["KZ", "RU"]),
    ("Форум регионов Беларуси и России состоялся в Витебске.", ["BY", "RU"]),
    ("Форум межрегионального сотрудничества России и Узбекистана открылся в Ташкенте.", ["RU", "UZ"]),
    ("Форум регионов Беларуси и России завершил работу в Витебске.", ["BY", "RU"]),
]


@pytest.mark.parametrize("text,parties", HELD_AS_SUBJECT, ids=["passed", "took-place", "opened", "ended"])
def test_a_forum_held_as_the_subject(extract, text, parties):
    got = [f for f in extract(text, published="2025-09-27") if f["type"] == "meeting"]
    assert [(f["kind"], sorted(f["parties"])) for f in got] == [("forum", parties)], got


def test_a_forum_to_be_held_is_no_fact(extract):
    got = [f for f in extract("Форум регионов России и Казахстана пройдет в Уральске.", published="2025-09-27")
           if f["type"] == "meeting"]
    assert got == [], got
