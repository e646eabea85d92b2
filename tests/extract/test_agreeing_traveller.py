"""A participle of the trip before its noun ("с находящимся в регионе с рабочим визитом
Премьер-министром …") qualifies the first title after it in its own case: that official made the
trip, not the sentence's subject (visit.agreeing_traveller) — wordings of ours."""

import pytest

AGREEING = [
    ("Губернатор Ярославской области Михаил Евраев провел переговоры с находящимся в регионе с рабочим визитом "
     "Премьер-министром Республики Беларусь Александром Турчиным.", "BY", "Александр Турчин"),
    ("Раис Татарстана Рустам Минниханов встретился с прибывшим в Казань с официальным визитом председателем "
     "Гомельского облисполкома Иваном Крупко.", "BY-HO", "Иван Крупко"),
    ("Глава Чувашии Олег Николаев провел встречу с находящимся в республике с официальным визитом Премьер-министром "
     "Беларуси Александром Турчиным.", "BY", "Александр Турчин"),
    ("Губернатор Псковской области Михаил Ведерников встретился с прибывшим в область с рабочим визитом председателем "
     "Витебского облисполкома Александром Субботиным.", "BY-VI", "Александр Субботин"),
]


@pytest.mark.parametrize("text,visitor,head", AGREEING, ids=["yaroslavl", "kazan", "cheboksary", "pskov"])
def test_the_official_the_participle_agrees_with_travelled(extract, text, visitor, head):
    got = [(f["visitor"], f["head"]) for f in extract(text) if f["type"] == "visit"]
    assert got == [(visitor, head)], got


def test_the_subject_travelled_when_the_participle_is_his(extract):
    text = ("Прибывший в Минск губернатор Тульской области Дмитрий Миляев провел переговоры с Премьер-министром "
            "Беларуси Александром Турчиным.")
    got = [(f["visitor"], f["head"]) for f in extract(text) if f["type"] == "visit"]
    assert got == [("RU-TUL", "Дмитрий Миляев")], got
