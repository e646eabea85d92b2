"""Constructions of batch o212–o217, wordings of ours: a person titled elsewhere who "находится в" a place of the
other side is on a trip (visit.official_away); a second word of talks in a sentence, with people of its own after
"с", is another meeting with its own participants (meeting.another_partner_in_sentence); a post of "облисполком" is
a Belarusian oblast's, not a Russian region's named beside it (role.oblast_post, role.same_title_elsewhere)."""

import pytest

AWAY = [
    ("В Брестском облисполкоме прошла встреча председателя облисполкома Петра Пархомчика с губернатором Смоленской "
     "области Василием Анохиным. Василий Анохин находится в Бресте по приглашению белорусской стороны.",
     ("RU-SMO", "BY-BR")),
    ("Губернатор Псковской области Михаил Ведерников встретился с председателем Витебского облисполкома. Михаил "
     "Ведерников находится в Витебске с рабочим визитом.", ("RU-PSK", "BY-VI")),
    ("Аким Павлодарской области Асаин Байханов провел переговоры с губернатором Омской области. Асаин Байханов "
     "находится в Омске второй день.", ("KZ-55", "RU-OMS")),
]


@pytest.mark.parametrize("text,trip", AWAY, ids=["brest", "vitebsk", "omsk"])
def test_a_titled_person_away_travelled(extract, text, trip):
    trips = [(f["visitor"], f["host"].split("/")[0]) for f in extract(text, "2025-04-14") if f["type"] == "visit"]
    assert trip in trips, trips


def test_a_diplomat_posted_there_is_no_trip(extract):
    text = ("Губернатор Омской области встретился с генеральным консулом Казахстана в Омске Маратом Ахметовым. Марат "
            "Ахметов находится в Омске с 2022 года.")
    assert [f for f in extract(text, "2025-04-14") if f["type"] == "visit"] == []


TWO_TALKS = [
    ("Хоким Ферганской области Хайрулло Бозоров встретился с Главой Республики Башкортостан Радием Хабировым, а также "
     "провел переговоры с мэром Уфы Ратмиром Мавлиевым.", {"Радий Хабиров", "Ратмир Мавлиев"}),
    ("Председатель Гомельского облисполкома Иван Крупко встретился с губернатором Брянской области Александром "
     "Богомазом, а также провел переговоры с главой Брянска Марией Моськиной.", {"Александр Богомаз", "Мария Моськина"}),
    ("Аким Павлодарской области Асаин Байханов провел переговоры с губернатором Омской области Виталием Хоценко, "
     "также встретился с мэром Омска Сергеем Шелестом.", {"Виталий Хоценко", "Сергей Шелест"}),
]


@pytest.mark.parametrize("text,hosts", TWO_TALKS, ids=["ufa", "bryansk", "omsk"])
def test_two_talks_in_one_sentence(extract, text, hosts):
    talks = [f for f in extract(text, "2025-11-07") if f["type"] == "meeting"]
    assert len(talks) == 2, talks
    assert [len(set(f["participants"]) & hosts) for f in talks] == [1, 1], talks


def test_one_talks_with_two_people(extract):
    text = ("Хоким Ферганской области Хайрулло Бозоров встретился с Главой Республики Башкортостан Радием Хабировым и "
            "Премьер-министром Андреем Назаровым.")
    assert len([f for f in extract(text, "2025-11-07") if f["type"] == "meeting"]) == 1


def test_an_oblast_executive_post_is_belarusian(extract):
    text = ("Губернатор Тульской области Дмитрий Миляев провел переговоры с председателем Могилевского облисполкома "
            "Анатолием Исаченко. В переговорах также приняли участие заместитель губернатора Дмитрий Бирюков и первый "
            "заместитель председателя облисполкома Сергей Михайлов.")
    roles = {f["person"]: f["of"] for f in extract(text, "2025-05-23") if f["type"] == "role"}
    assert roles["Сергей Михайлов"] == "BY-MA" and roles["Дмитрий Бирюков"] == "RU-TUL", roles
