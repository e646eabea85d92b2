"""Constructions of the o515–o520 batch, in three wordings of ours: a participle of the trip after a name, with a
longer place between it and the trip's noun ('находящимся в столице Татарстана с рабочим визитом'), qualifies that
person, who travels (visit.head_participle_after); a surname in a patronymic's form is declined as a surname ("Сергеем
Кузьмичом" → "Сергей Кузьмич", names._noun_readings)."""

import pytest

LONG_PLACE = [
    ("Мэр Казани Ильсур Метшин встретился с послом Беларуси в России Александром Рогожником, находящимся в столице "
     "Татарстана с рабочим визитом.", ("BY", "Александр Рогожник")),
    ("Губернатор Омской области встретился с акимом Павлодарской области Асаином Байхановым, находящимся в "
     "административном центре региона с рабочим визитом.", ("KZ-55", "Асаин Байханов")),
    ("Глава Чувашии Олег Николаев встретился с председателем Могилёвского облисполкома Анатолием Исаченко, находящимся в "
     "столице республики с официальным визитом.", ("BY-MA", "Анатолий Исаченко")),
]


@pytest.mark.parametrize("text,trip", LONG_PLACE, ids=["kazan", "omsk", "cheboksary"])
def test_a_participle_far_from_the_trips_noun_still_names_the_traveller(extract, text, trip):
    got = [(f["visitor"], f["head"]) for f in extract(text, "2026-02-28") if f["type"] == "visit"]
    assert got == [trip], got


PATRONYMIC_SURNAME = [
    ("Губернатор принял делегацию Брестской области во главе с заместителем председателя облисполкома Сергеем "
     "Кузьмичом.", "Сергей Кузьмич"),
    ("Встреча с Иваном Лукичом прошла в Омске.", "Иван Лукич"),
    ("Губернатор встретился с председателем райисполкома Андреем Ильичом.", "Андрей Ильич"),
]


@pytest.mark.parametrize("text,name", PATRONYMIC_SURNAME, ids=["kuzmich", "lukich", "ilyich"])
def test_a_surname_in_a_patronymics_form_is_declined_as_a_surname(text, name):
    from coopwatch.extract.pipeline import run_stages
    from coopwatch.models import Document

    ctx = run_stages(Document(id="t", text=text))
    got = [m.name for s in range(len(ctx.sentences)) for m in ctx.people_in(s)]
    assert got == [name], got
