"""Constructions of the o481–o486 batch, in three wordings of ours: a forum
with no name of its own right after a forum named with its sides — held or only announced — is of those sides, not of
the people the announcement names (meeting.forum_named_before); 'стороны' signing at a forum of a region are the
forum's sides (agreement.forum_sides_signed_at)."""

import pytest

FORUM_BEFORE = [
    ("В апреле в Бресте пройдёт IV Форум регионов Беларуси и Курской области. В нём примут участие губернатор Курской "
     "области Александр Хинштейн и председатель Брестского облисполкома Пётр Пархомчик. Напомним, в прошлом году форум "
     "прошёл в Курске.", {"BY", "RU-KRS"}),
    ("В сентябре в Омске состоится Форум межрегионального сотрудничества России и Казахстана. Ожидается участие "
     "губернатора Омской области Виталия Хоценко и акима Павлодарской области Асаина Байханова. В прошлом году форум "
     "прошёл в Петропавловске.", {"RU", "KZ"}),
    ("В июне в Нижнем Новгороде откроется Форум регионов Беларуси и России. Приедет председатель Гомельского "
     "облисполкома Иван Крупко, его встретит губернатор Глеб Никитин. Предыдущий форум прошёл в Витебске.", {"BY", "RU"}),
]


@pytest.mark.parametrize("text,parties", FORUM_BEFORE, ids=["kursk", "kazakhstan", "belarus"])
def test_a_bare_forum_after_a_named_one_is_of_its_sides(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2026-03-04") if f["type"] == "meeting"]
    assert got == [parties], got


SIGNED_AT_FORUM = [
    ("В апреле в Бресте пройдёт IV Форум регионов Беларуси и Курской области. Ожидается, что в нём примут участие "
     "губернатор Курской области Александр Хинштейн и председатель Брестского облисполкома Пётр Пархомчик. Напомним, в "
     "прошлом году форум прошёл в Курске, тогда стороны подписали дорожную карту сотрудничества на 2025–2027 годы.",
     {"BY", "RU-KRS"}),
    ("В мае пройдёт Форум регионов Беларуси и Брянской области. Ожидается участие губернатора Брянской области "
     "Александра Богомаза и председателя Гомельского облисполкома Ивана Крупко. В прошлом году форум прошёл в Брянске, и "
     "стороны подписали меморандум.", {"BY", "RU-BRY"}),
    ("В октябре в Оренбурге пройдёт Форум регионов Казахстана и Оренбургской области. Ожидается участие губернатора "
     "Оренбургской области Евгения Солнцева и акима Актюбинской области Асхата Шахарова. В прошлом году форум прошёл в "
     "Актобе, и стороны подписали дорожную карту.", {"KZ", "RU-ORE"}),
]


@pytest.mark.parametrize("text,parties", SIGNED_AT_FORUM, ids=["kursk", "bryansk", "orenburg"])
def test_the_sides_signing_at_a_forum_of_a_region_are_the_forums(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2026-03-04") if f["type"] == "agreement"]
    assert got == [parties], got


def test_the_sides_signing_at_a_forum_of_two_countries_are_the_people(extract):
    text = ("На XII Форуме регионов Беларуси и России губернатор Псковской области встретился с председателем Витебского "
            "облисполкома. На форуме стороны подписали соглашение о сотрудничестве.")
    got = [set(f["parties"]) for f in extract(text, "2026-03-04") if f["type"] == "agreement"]
    assert got == [{"BY-VI", "RU-PSK"}], got
