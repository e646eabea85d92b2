"""Constructions of the o288–o295 batch, each in three wordings of ours: a town between a head's title and a full name
("Аким Семея Бакытжан Салимов": gazetteer.matcher), flights "между" two towns after a count of trips
(transport.from_and_to_after), an anniversary that dates a mission (institution.anniversary_marked), a forum of many
countries (meeting.many_countries_at_it), and one more partner "а также с …" (sides.partners_after)."""

import pytest

TOWN_BEFORE_NAME = [
    ("Аким Семея Бакытжан Салимов и глава Рубцовска Дмитрий Фельдман подписали соглашение о сотрудничестве между "
     "городами.", ("Бакытжан Салимов", "KZ-10/Семей")),
    ("Аким Семея Бакытжан Салимов принял делегацию Рубцовска.", ("Бакытжан Салимов", "KZ-10/Семей")),
    ("Делегацию Рубцовска принял аким Семея Бакытжан Салимов.", ("Бакытжан Салимов", "KZ-10/Семей")),
]


@pytest.mark.parametrize("text,role", TOWN_BEFORE_NAME, ids=["signing", "received", "receiver-after"])
def test_the_town_after_the_title_is_no_part_of_the_name(extract, text, role):
    assert role in {(f["person"], f["of"]) for f in extract(text, "2025-08-19") if f["type"] == "role"}


def test_a_surname_put_first_stays_a_surname(extract):
    people = {f["person"] for f in extract("Мэр Королёв Андрей Иванович прибыл в Минск.", "2025-08-19")
              if f["type"] == "role"}
    assert not any(p.split()[0] == "Королёв" for p in people if len(p.split()) > 2), people


FLIGHTS_BETWEEN = [
    ("Стороны договорились увеличить число рейсов между Благовещенском и Харбином.",
     {"RU-AMU/Благовещенск", "CN-HL/Харбин"}),
    ("Губернатор и аким обсудили увеличение количества рейсов между Омском и Павлодаром.",
     {"RU-OMS/Омск", "KZ-55/Павлодар"}),
    ("Стороны договорились увеличить частоту рейсов между Казанью и Ташкентом.", {"RU-TA/Казань", "UZ-TK"}),
]


@pytest.mark.parametrize("text,ends", FLIGHTS_BETWEEN, ids=["blagoveshchensk", "omsk", "kazan"])
def test_more_flights_between_two_towns_is_a_link(extract, text, ends):
    got = [(f["mode"], set(f["between"]), f["status"]) for f in extract(text, "2025-06-12") if f["type"] == "transport"]
    assert got == [("air", ends, "exists")], got


ANNIVERSARY = [
    ("Представительство Республики Татарстан в Республике Узбекистан отметило пятилетие.", "2020"),
    ("Генеральное консульство Беларуси в Казани отмечает десятилетие.", "2015"),
    ("Торговый дом Башкортостана в Ташкенте отпраздновал пятилетие.", "2020"),
]


@pytest.mark.parametrize("text,year", ANNIVERSARY, ids=["representation", "consulate", "trade-house"])
def test_an_anniversary_dates_the_opening(extract, text, year):
    assert [f["date"] for f in extract(text, "2025-09-10") if f["type"] == "institution"] == [year]


MANY_COUNTRIES = [
    "Раис Татарстана Рустам Минниханов провёл переговоры с министром иностранных дел Узбекистана Бахтиёром Саидовым. "
    "Всего в форуме приняли участие представители 87 стран.",
    "Губернатор Омской области встретился с акимом Павлодарской области. Форум собрал делегации из 12 стран.",
    "На полях форума губернатор Омской области встретился с акимом Павлодарской области. В форуме участвовали гости из "
    "30 государств.",
]


@pytest.mark.parametrize("text", MANY_COUNTRIES, ids=["87", "12", "30"])
def test_a_forum_of_many_countries_is_no_forum_of_the_sides(extract, text):
    assert [f for f in extract(text, "2025-05-16") if f["type"] == "meeting" and f["kind"] == "forum"] == []


ALSO_WITH = [
    ("Раис Татарстана Рустам Минниханов провёл переговоры с министром иностранных дел Узбекистана Бахтиёром Саидовым, "
     "а также с делегацией провинции Хубэй.", [{"RU-TA", "UZ"}, {"RU-TA", "CN-HB"}]),
    ("Губернатор Омской области Виталий Хоценко провёл переговоры с послом Беларуси Александром Рогожником, а также с "
     "делегацией провинции Хэнань.", [{"RU-OMS", "BY"}, {"RU-OMS", "CN-HA"}]),
    ("Глава Башкортостана Радий Хабиров встретился с министром инвестиций Узбекистана Лазизом Кудратовым, а также с "
     "делегацией Гомельской области.", [{"RU-BA", "UZ"}, {"RU-BA", "BY-HO"}]),
]


@pytest.mark.parametrize("text,pairs", ALSO_WITH, ids=["hubei", "henan", "gomel"])
def test_one_more_partner_after_also_with(extract, text, pairs):
    # (a country's envoy beside a region of that country may be one meeting: left as it is)
    talks = [set(f["parties"]) for f in extract(text, "2025-05-16") if f["type"] == "meeting"]
    assert talks == pairs, talks


def test_a_town_the_ner_ends_its_span_at_is_the_title_territory(extract):
    # NER ends the person at the town and starts the name after it: "Аким Актобе | Асхат Шахаров"
    roles = {(f["person"], f["of"]) for f in extract("Аким Актобе Асхат Шахаров прибыл в Оренбург.", "2025-08-19")
             if f["type"] == "role"}
    assert ("Асхат Шахаров", "KZ-15/Актобе") in roles, roles
