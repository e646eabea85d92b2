"""A dash-joined post ('помощник Президента — инспектор по Могилевской области') and the area after 'по' it answers
for, which is not whose post it is (titles: lexicon area_prepositions) — wordings of ours."""

import pytest

ANSWERS_FOR = [
    ("Бывший министр сельского хозяйства Беларуси, а ныне помощник Президента — инспектор по Могилевской области "
     "Игорь Брыло принял участие в обсуждении.", "Игорь Брыло"),
    ("Помощник Президента Республики Беларусь — инспектор по Брестской области Анатолий Лис встретился с губернатором "
     "Смоленской области.", "Анатолий Лис"),
    ("В переговорах с губернатором Брянской области участвовал помощник Президента — инспектор по Гомельской области "
     "Андрей Ляхов.", "Андрей Ляхов"),
]


@pytest.mark.parametrize("text,person", ANSWERS_FOR, ids=["former_then", "named_country", "no_country"])
def test_post_answering_for_an_area_is_the_countrys(extract, text, person):
    roles = {f["person"]: (f["title"], f["of"]) for f in extract(text) if f["type"] == "role"}
    assert roles.get(person) == ("помощник президента — инспектор", "BY"), roles


def test_a_department_for_an_affair_keeps_its_territory(extract):
    text = ("Во встрече участвовала заведующая отделом по управлению муниципальным имуществом администрации "
            "Ткуарчалского района Серафима Хеладзе.")
    roles = [f for f in extract(text) if f["type"] == "role"]
    assert [r["of"] for r in roles] == ["GE-AB/Ткуарчалский район"], roles
