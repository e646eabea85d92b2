"""Signatories told by their titles, not their names (sentences written for these tests)."""

import pytest

from tests.conftest import of_type

# clauses.signed_in_relative_clause (now also for signatories): "протокол, который подписали главы регионов" — the relative clause signs the
# document; "главы регионов" are the heads the text has named
RELATIVE_CLAUSE = [
    ("Губернатор Хабаровского края Дмитрий Демешин провел переговоры с губернатором провинции Хэйлунцзян Ван Цзы. "
     "Договоренности закреплены в протоколе, который подписали главы регионов.", ["Дмитрий Демешин", "Ван Цзы"]),
    ("Глава Чувашии Олег Николаев встретился с председателем Витебского облисполкома Александром Субботиным. Итогом "
     "стала программа сотрудничества, которую подписали руководители регионов.",
     ["Олег Николаев", "Александр Субботин"]),
    ("Аким Костанайской области Кумар Аксакалов прибыл в Курган, где провел переговоры с губернатором Курганской "
     "области Вадимом Шумковым. Итоги закрепил меморандум, который подписали главы двух регионов.",
     ["Кумар Аксакалов", "Вадим Шумков"]),
]


@pytest.mark.parametrize("text,names", RELATIVE_CLAUSE)
def test_signed_in_a_relative_clause(extract, text, names):
    got = of_type(extract(text), "agreement")
    assert [sorted(f["signatories"]) for f in got] == [sorted(names)], got


def test_a_relative_clause_of_intent_signs_nothing(extract):
    got = of_type(extract("Губернатор Курской области Алексей Смирнов принял председателя Гомельского облисполкома "
                          "Ивана Крупко. Стороны обсудили меморандум, который планируют подписать главы регионов."),
                  "agreement")
    assert got == [], got


# role.title_without_name: a plural title ("Главы двух регионов") is several people, never the one holder
def test_plural_heads_are_both_heads(extract):
    got = of_type(extract("Глава Чувашии Олег Николаев провел переговоры с председателем Витебского облисполкома "
                          "Александром Субботиным. Главы двух регионов подписали программу сотрудничества на "
                          "2025–2027 годы."), "agreement")
    assert [sorted(f["signatories"]) for f in got] == [["Александр Субботин", "Олег Николаев"]], got


# agreement.titled_signatories: bare titles as the subjects of the signing stand for the people who hold them
TITLED = [
    ("Губернатор Курской области Алексей Смирнов принял председателя Гомельского облисполкома Ивана Крупко. "
     "Губернатор и председатель облисполкома подписали план мероприятий.", ["Алексей Смирнов", "Иван Крупко"]),
    ("Мэр Казани Ильсур Метшин встретился с председателем Минского горисполкома Владимиром Кухаревым. Соглашение о "
     "сотрудничестве подписали мэр и председатель горисполкома.", ["Ильсур Метшин", "Владимир Кухарев"]),
    ("Аким Павлодарской области Асаин Байханов прибыл в Омск, где его принял губернатор Виталий Хоценко. Меморандум "
     "скрепили подписями губернатор и аким.", ["Асаин Байханов", "Виталий Хоценко"]),
    # a governor the text never names signs, but is nobody's name
    ("Аким Павлодарской области Асаин Байханов прибыл в Омск. Меморандум подписали губернатор Омской области и аким "
     "в присутствии посла.", ["Асаин Байханов"]),
]


@pytest.mark.parametrize("text,names", TITLED)
def test_titles_sign_for_their_holders(extract, text, names):
    got = of_type(extract(text), "agreement")
    assert [sorted(f["signatories"]) for f in got] == [sorted(names)], got


# role.title_without_name with one post named two ways (lexicon same_posts): "глава белорусского правительства",
# "белорусского премьера" are the premier the text named; "глава города" the mayor
SAME_POST_OTHER_NAME = [
    ("Премьер-министр Беларуси Александр Турчин прибыл в Тюмень. Глава белорусского правительства и губернатор "
     "Тюменской области Александр Моор подписали программу сотрудничества.", ["Александр Моор", "Александр Турчин"]),
    ("Мэр Гомеля Владимир Привалов посетил Брянск. Градоначальник Гомеля и глава Брянска Марина Дбар подписали план "
     "мероприятий.", ["Владимир Привалов", "Марина Дбар"]),
    ("Премьер-министр Кыргызстана Адылбек Касымалиев прибыл в Уфу. Кыргызский премьер и Глава Башкортостана Радий "
     "Хабиров подписали соглашение о сотрудничестве.", ["Адылбек Касымалиев", "Радий Хабиров"]),
    ("Премьер-министр Узбекистана Абдулла Арипов прибыл в Казань. Раис Татарстана Рустам Минниханов и председатель "
     "правительства Узбекистана подписали дорожную карту.", ["Абдулла Арипов", "Рустам Минниханов"]),
]


@pytest.mark.parametrize("text,names", SAME_POST_OTHER_NAME, ids=["premier", "mayor", "premier_short", "chairman"])
def test_post_named_another_way_signs_for_its_holder(extract, text, names):
    got = of_type(extract(text), "agreement")
    assert [sorted(f["signatories"]) for f in got] == [sorted(names)], got


def test_guest_named_by_another_post_name_takes_part(extract):
    got = of_type(extract("Премьер-министр Беларуси Александр Турчин прибыл в Тюмень. Белорусского премьера встретил "
                          "губернатор Тюменской области Александр Моор."), "meeting")
    assert [sorted(f["participants"]) for f in got] == [["Александр Моор", "Александр Турчин"]], got


# a bare head's title signs for the head the text named under another head's word ("Глава региона Александр Моор" …
# "аким области и губернатор подписали"); a generic post signing names its side (agreement.signing_posts); a rare
# title opening the sentence is its subject however the tagger reads it
TITLES_OF_HEADS = [
    ("Аким Северо-Казахстанской области Гауез Нурмухамбетов находится в Тюменской области. Глава региона Александр "
     "Моор провел с ним переговоры. По итогам встречи аким области и губернатор подписали соглашение.",
     ["KZ-59", "RU-TYU"], ["Александр Моор", "Гауез Нурмухамбетов"]),
    ("Глава государства Шавкат Мирзиёев принял губернатора Оренбургской области Евгения Солнцева. Губернатор также "
     "встретился с хокимом Ташкентской области Зойиром Мирзаевым. Хоким области и губернатор подписали меморандум.",
     ["RU-ORE", "UZ-TO"], ["Евгений Солнцев", "Зойир Мирзаев"]),
    ("Раис Татарстана Рустам Минниханов принял хокима Бухарской области Ботира Зарипова. Хоким области и Раис "
     "подписали дорожную карту.", ["RU-TA", "UZ-BU"], ["Ботир Зарипов", "Рустам Минниханов"]),
]


@pytest.mark.parametrize("text,parties,names", TITLES_OF_HEADS, ids=["tyumen", "tashkent", "bukhara"])
def test_heads_titles_sign_for_their_sides(extract, text, parties, names):
    got = [(sorted(f["parties"]), sorted(f["signatories"])) for f in extract(text) if f["type"] == "agreement"]
    assert got == [(parties, names)], got
