"""A participle of the trip after a name, set off by a comma, tells who travelled — the person it qualifies, not the
sentence's subject, whatever case the tagger gives a foreign surname ("… встретился с послом Александром Рогожником, находящимся с рабочей поездкой в регионе":
visit.head_participle_after; "находиться с рабочей поездкой" tells a trip as "с визитом" does) — wordings of ours."""

import pytest

AFTER_NAME = [
    ("Врио губернатора Курской области Александр Хинштейн встретился с послом Беларуси Александром Рогожником, "
     "находящимся с рабочей поездкой в регионе.", ("BY", "RU-KRS", "Александр Рогожник")),
    ("Губернатор Брянской области Александр Богомаз встретился с послом Беларуси в России Дмитрием Крутым, находящимся "
     "в Брянске с рабочей поездкой.", ("BY", "RU-BRY", "Дмитрий Крутой")),
    ("Губернатор Тюменской области Александр Моор встретился с Послом Узбекистана в России Ботиржоном Асадовым, "
     "находящимся с рабочим визитом в регионе.", ("UZ", "RU-TYU", "Ботиржон Асадов")),
]


@pytest.mark.parametrize("text,trip", AFTER_NAME, ids=["ambassador-kursk", "ambassador-bryansk", "ambassador-tyumen"])
def test_the_person_the_participle_qualifies_travelled(extract, text, trip):
    got = [(f["visitor"], f["host"], f["head"]) for f in extract(text, "2025-03-14") if f["type"] == "visit"]
    assert got == [trip], got


def test_the_subject_qualified_by_the_participle_travelled(extract):
    text = ("Губернатор Омской области Виталий Хоценко, находящийся с рабочей поездкой в Павлодаре, встретился с акимом "
            "области Асаином Байхановым.")
    got = [(f["visitor"], f["host"], f["head"]) for f in extract(text, "2025-03-14") if f["type"] == "visit"]
    assert got == [("RU-OMS", "KZ-55", "Виталий Хоценко")], got
