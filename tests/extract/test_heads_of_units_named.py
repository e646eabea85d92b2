"""'Главы городов/регионов подписали' a document between lower units: the heads of the units the title names
(agreement.heads_of_units_named) — wordings of ours."""

import pytest

HEADS_OF_NAMED_UNITS = [
    ("Мэр Рязани Виталий Артемов встретился с председателем Брестского горисполкома Александром Роговым. Главы "
     "городов подписали соглашение о сотрудничестве между Железнодорожным районом Рязани и Ленинским районом "
     "Бреста.", {"Артемов", "Рогов"}),
    ("Глава Витебска Виктор Николайкин и мэр Пскова Елена Полонская встретились в Пскове. Главы городов подписали "
     "соглашение о сотрудничестве между Завеличенским районом Пскова и Первомайским районом Витебска.",
     {"Николайкин", "Полонская"}),
    ("Губернатор Омской области Виталий Хоценко провел переговоры с акимом Павлодарской области Асаином "
     "Байхановым. Главы регионов подписали соглашение о дружественных связях между Омским районом и Павлодарским "
     "районом.", {"Хоценко", "Байханов"}),
]


@pytest.mark.parametrize("text,signers", HEADS_OF_NAMED_UNITS, ids=["mayor", "head-of-city", "regions"])
def test_heads_of_the_units_the_title_names(extract, text, signers):
    got = [f for f in extract(text, published="2025-05-13") if f["type"] == "agreement"]
    assert len(got) == 1, got
    assert {n.split()[-1] for n in got[0]["signatories"]} == signers, got


def test_heads_of_districts_are_not_the_cities_heads(extract):
    # the title names the districts' heads, whom the text does not name: no signatories
    text = ("Главы районов подписали соглашение между Железнодорожным районом Рязани и Ленинским районом Бреста. Мэр "
            "Рязани Виталий Артемов и председатель Брестского горисполкома Александр Рогов присутствовали на "
            "церемонии.")
    got = [f for f in extract(text, published="2025-05-13") if f["type"] == "agreement"]
    assert [f["signatories"] for f in got] == [[]], got


def test_heads_of_the_twins_the_title_names(extract):
    # "Главы городов-побратимов Витебска и Великих Лук": the heads of those cities, for a district of one of them
    text = ("Делегацию Великих Лук возглавил глава города Дмитрий Гаврюшин. Председатель Витебского горисполкома "
            "Евгений Николаев встретил гостей. Главы городов-побратимов Витебска и Великих Лук подписали меморандум о "
            "дружественных отношениях между Октябрьским районом Витебска и Великими Луками.")
    got = [f for f in extract(text, published="2025-08-06") if f["type"] == "agreement"
           and "BY-VI/Витебск/Октябрьский район" in f["parties"]]
    assert len(got) == 1 and {n.split()[-1] for n in got[0]["signatories"]} == {"Гаврюшин", "Николаев"}, got
