"""Constructions of the o561–o568 batch, in three wordings of ours: a figure in a sentence that opens with "При этом"
right after a figure with a period is of that period (trade.same_period_as_before); "они подписали" after a sentence
naming two people of different sides makes them the signers (agreement.plural_pronoun_signatories); the people at
talks the text places "в рамках Форума" are at the forum (links.talks_within_forum)."""

import pytest

CONTINUED_FIGURE = [
    ("Товарооборот Чувашии с Беларусью за первое полугодие 2026 года снизился на 6,4% и составил 12,8 млрд рублей. При "
     "этом экспорт республики в Беларусь вырос в 2,3 раза.", ["2026-01", "2026-06"]),
    ("Товарооборот Омской области с Казахстаном за девять месяцев 2026 года составил 700 млн долларов. При этом "
     "экспорт региона в Казахстан вырос на 12%.", ["2026-01", "2026-09"]),
    ("Товарооборот Татарстана с Узбекистаном за январь–август 2026 года вырос на 20%. При этом экспорт республики в "
     "Узбекистан увеличился на 25%.", ["2026-01", "2026-08"]),
]


@pytest.mark.parametrize("text,period", CONTINUED_FIGURE, ids=["cheboksary", "omsk", "kazan"])
def test_a_figure_that_goes_on_from_the_one_before_takes_its_period(extract, text, period):
    got = [f["period"] for f in extract(text, "2026-10-28") if f["type"] == "trade" and f["metric"] == "export"]
    assert got == [period], got


def test_a_figure_two_sentences_on_keeps_no_period(extract):
    text = ("Товарооборот Омской области с Казахстаном за девять месяцев 2026 года составил 700 млн долларов. Губернатор "
            "посетил выставку. При этом экспорт региона в Казахстан вырос на 12%.")
    assert [f["period"] for f in extract(text, "2026-10-28") if f["type"] == "trade" and f["metric"] == "export"] \
        == [None]


THEY_SIGNED = [
    ("Председатель Совета Республики Наталья Кочанова провела в Минске встречу с Председателем Государственного Совета "
     "Татарстана Фаридом Мухаметшиным. По итогам встречи они подписали соглашение о сотрудничестве.",
     {"Наталья Кочанова", "Фарид Мухаметшин"}),
    ("Губернатор Омской области Виталий Хоценко провёл переговоры с акимом Павлодарской области Асаином Байхановым. "
     "По итогам переговоров они подписали дорожную карту.", {"Виталий Хоценко", "Асаин Байханов"}),
    ("Глава Башкортостана Радий Хабиров встретился с хокимом Андижанской области Шухратбеком Абдурахмоновым. Затем "
     "они подписали меморандум о сотрудничестве.", {"Радий Хабиров", "Шухратбек Абдурахмонов"}),
]


@pytest.mark.parametrize("text,signers", THEY_SIGNED, ids=["minsk", "omsk", "ufa"])
def test_they_who_signed_are_the_two_named_before(extract, text, signers):
    got = [set(f["signatories"]) for f in extract(text, "2026-05-22") if f["type"] == "agreement"]
    assert got == [signers], got


TALKS_WITHIN_FORUM = [
    ("Аким Костанайской области Кумар Аксакалов провёл переговоры с губернатором Курганской области Вадимом Шумковым. "
     "Переговоры прошли в Костанае в рамках Форума межрегионального сотрудничества России и Казахстана.",
     {"Кумар Аксакалов", "Вадим Шумков"}),
    ("Губернатор Оренбургской области Евгений Солнцев провёл переговоры с акимом Актюбинской области Асхатом "
     "Шахаровым. Встреча прошла на полях Форума межрегионального сотрудничества России и Казахстана.",
     {"Евгений Солнцев", "Асхат Шахаров"}),
    ("Губернатор Псковской области Михаил Ведерников встретился с председателем Витебского облисполкома Александром "
     "Субботиным. Встреча прошла в рамках Форума регионов России и Беларуси.",
     {"Михаил Ведерников", "Александр Субботин"}),
]


@pytest.mark.parametrize("text,people", TALKS_WITHIN_FORUM, ids=["kostanay", "uralsk", "pskov"])
def test_people_at_talks_within_a_forum_are_at_it(extract, text, people):
    got = [set(f["participants"]) for f in extract(text, "2026-09-24") if f.get("kind") == "forum"]
    assert got == [people], got
