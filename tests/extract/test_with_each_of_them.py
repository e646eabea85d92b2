""""Провел переговоры с каждым из акимов": one talks per person the document gives that title, each
with the one who held them (meeting.with_each_of_them) — wordings of ours."""

import pytest

EACH = [
    ("В форуме приняли участие губернатор Оренбургской области Евгений Солнцев, аким Актюбинской области Асхат Шахаров "
     "и аким Западно-Казахстанской области Нариман Турегалиев. На полях форума губернатор провел переговоры с каждым "
     "из акимов.", {("KZ-15", "Асхат Шахаров"), ("KZ-27", "Нариман Турегалиев")}),
    ("В Минск прибыли губернатор Брянской области Александр Богомаз и губернатор Смоленской области Василий Анохин. "
     "Председатель Минского облисполкома Александр Турчин провел переговоры с каждым из губернаторов.",
     {("RU-BRY", "Александр Богомаз"), ("RU-SMO", "Василий Анохин")}),
    ("В Казани побывали хоким Самаркандской области Эркинжон Турдимов и хоким Бухарской области Ботир Зарипов. Раис "
     "Татарстана Рустам Минниханов встретился с каждым из хокимов.",
     {("UZ-SA", "Эркинжон Турдимов"), ("UZ-BU", "Ботир Зарипов")}),
]


@pytest.mark.parametrize("text,partners", EACH, ids=["akims", "governors", "khokims"])
def test_one_talks_with_each(extract, text, partners):
    talks = [f for f in extract(text) if f["type"] == "meeting" and f["kind"] == "talks"]
    got = {(next(p for p in f["parties"] if p in {x for x, _ in partners}),
            next(n for n in f["participants"] if n in {y for _, y in partners})) for f in talks}
    assert got == partners and len(talks) == 2, talks


def test_talks_with_one_named_are_one(extract):
    text = ("Губернатор Оренбургской области Евгений Солнцев провел переговоры с акимом Актюбинской области Асхатом "
            "Шахаровым.")
    assert len([f for f in extract(text) if f["type"] == "meeting"]) == 1
