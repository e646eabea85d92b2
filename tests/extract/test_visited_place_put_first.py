"""The guests are the side of who came, not of the place visited put first ("Астраханскую область посетил хоким
Бухарской области …. Гостя принял губернатор": sides.guests_side) — wordings of ours."""

import pytest

FRONTED = [
    ("Астраханскую область посетил хоким Бухарской области Ботир Зарипов. Гостя принял губернатор Игорь Бабушкин.",
     {"UZ-BU", "RU-AST"}, ("Игорь Бабушкин", "RU-AST")),
    ("Омскую область посетил аким Павлодарской области Асаин Байханов. Гостя принял губернатор Виталий Хоценко.",
     {"KZ-55", "RU-OMS"}, ("Виталий Хоценко", "RU-OMS")),
    ("Брянскую область посетил председатель Гомельского облисполкома Иван Крупко. Гостя принял губернатор Александр "
     "Богомаз.", {"BY-HO", "RU-BRY"}, ("Александр Богомаз", "RU-BRY")),
]


@pytest.mark.parametrize("text,sides,host", FRONTED, ids=["astrakhan", "omsk", "bryansk"])
def test_the_guest_came_from_the_subjects_side(extract, text, sides, host):
    facts = extract(text, "2025-07-10")
    assert [set(f["parties"]) for f in facts if f["type"] == "meeting"] == [sides], facts
    assert (host[0], host[1]) in {(f["person"], f["of"]) for f in facts if f["type"] == "role"}, facts


def test_the_subject_before_the_verb_came(extract):
    text = "Хоким Бухарской области Ботир Зарипов посетил Астраханскую область. Гостя принял губернатор Игорь Бабушкин."
    assert [set(f["parties"]) for f in extract(text, "2025-07-10") if f["type"] == "meeting"] == [{"UZ-BU", "RU-AST"}]
