"""'Имя Фамилия, <participle clause>, а ныне TITLE': the post is the person's named before the clause
(role.former_clause_before) — wordings of ours."""

import pytest

NOW_AFTER_FORMER_CLAUSE = [
    ("Андрей Фурсевич, ранее возглавлявший отделение посольства в Уфе, а ныне генеральный консул Беларуси в "
     "Казани, рассказал о работе консульства.", ("Андрей Фурсевич", "BY")),
    ("Игорь Петров, долгое время руководивший Лидским районом, а ныне председатель Гродненского облисполкома, "
     "встретился с губернатором Псковской области.", ("Игорь Петров", "BY-HR")),
    ("Елена Соколова, прежде работавшая в администрации Пскова, а сейчас заместитель губернатора Псковской "
     "области, приняла гостей из Витебска.", ("Елена Соколова", "RU-PSK")),
    # a name inside the clause is not the holder
    ("Андрей Фурсевич, ранее работавший вместе с Иваном Крупко, а ныне генеральный консул Беларуси в Казани, "
     "рассказал о работе консульства.", ("Андрей Фурсевич", "BY")),
]


@pytest.mark.parametrize("text,role", NOW_AFTER_FORMER_CLAUSE, ids=["consul", "chairman", "deputy", "name-inside"])
def test_the_post_now_is_of_the_name_before_the_clause(extract, text, role):
    got = [(f["person"], f["of"]) for f in extract(text, published="2025-06-27") if f["type"] == "role"]
    assert got == [role], got
