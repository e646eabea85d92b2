"""Constructions of the o435–o442 batch, in three wordings of ours: a mission's anniversary counted by an ordinal
('пятую годовщину', institution.anniversary_marked) and a mission at work 'с 2019 года' in a clause the parse hangs on
the next one (institution.working_since); a ceremonial reception is no talks (meeting.ceremonial_reception); an
opening with a start day after or before the news (transport.opening_dated), with the dates of a link's sentence read
at all (the date grammars' prefilter now admits link words); an official a participle places in the other side's
town is on a trip there (visit.official_away)."""

import pytest

ANNIVERSARY = [
    ("Генеральное консульство Республики Узбекистан в Казани отметило пятую годовщину со дня открытия.",
     ("UZ", "2021")),
    ("Торговый дом Башкортостана в Андижане отметил третью годовщину работы.", ("RU-BA", "2023")),
    ("Представительство Татарстана в Ташкенте отметило десятую годовщину со дня открытия.", ("RU-TA", "2016")),
]


@pytest.mark.parametrize("text,mission", ANNIVERSARY, ids=["fifth", "third", "tenth"])
def test_an_anniversary_counted_by_an_ordinal_dates_the_opening(extract, text, mission):
    got = [(f["of"], f["date"]) for f in extract(text, "2026-11-20") if f["type"] == "institution"]
    assert got == [mission], got


WORKING_SINCE_BEFORE_A_CLAUSE = [
    ("В Ташкенте с 2019 года работает торговый дом Татарстана, а в 2027 году планируется открыть торговое "
     "представительство республики в Самарканде.", ("RU-TA", "2019")),
    ("В Минске с 2012 года работает представительство Омской области, а в следующем году планируется открыть торговый "
     "дом региона в Гомеле.", ("RU-OMS", "2012")),
    ("В Оше с 2021 года работает торговый дом Свердловской области, а в 2027 году планируется открыть торговый дом "
     "региона в Бишкеке.", ("RU-SVE", "2021")),
    ("В Минске с 2015 года работает представительство Татарстана, а в 2027 году планируется открыть "
     "представительство республики в Гродно.", ("RU-TA", "2015")),
]


@pytest.mark.parametrize("text,mission", WORKING_SINCE_BEFORE_A_CLAUSE, ids=["tashkent", "minsk", "osh", "minsk-2"])
def test_a_mission_at_work_since_a_year_before_another_clause(extract, text, mission):
    got = {(f["of"], f["status"]): f["date"] for f in extract(text, "2026-11-20") if f["type"] == "institution"}
    assert got.get((mission[0], "exists")) == mission[1], got


RECEPTIONS = [
    "На торжественном приёме присутствовали Раис Татарстана Рустам Минниханов и генеральный консул Узбекистана "
    "Азизбек Абдуллаев.",
    "Губернатор Омской области Виталий Хоценко и консул Казахстана Ерлан Ахметов посетили праздничный приём в честь "
    "Дня Республики.",
    "Приём по случаю годовщины открытия консульства посетили мэр Казани Ильсур Метшин и консул Беларуси Иван Петров.",
]


@pytest.mark.parametrize("text", RECEPTIONS, ids=["ceremonial", "festive", "for-the-occasion"])
def test_a_reception_for_an_occasion_is_no_talks(extract, text):
    assert [f for f in extract(text, "2026-11-20") if f["type"] == "meeting"] == []


def test_a_reception_of_a_delegation_is_talks(extract):
    text = ("Во время приёма делегации губернатор Омской области Виталий Хоценко обсудил с акимом Павлодарской области "
            "Асаином Байхановым поставки зерна.")
    assert [f["kind"] for f in extract(text, "2026-11-20") if f["type"] == "meeting"] == ["talks"]


OPENING_DATED = [
    ("Стороны приветствовали открытие с 29 марта прямого авиасообщения между Наманганом и Екатеринбургом.", "planned"),
    ("Губернатор объявил о запуске с 1 июня регулярных рейсов из Уфы в Ош.", "planned"),
    ("Аким приветствовал возобновление с 15 апреля автобусного сообщения между Петропавловском и Курганом.", "planned"),
    ("Губернатор напомнил о запуске с 1 февраля рейсов из Уфы в Ош.", "opened"),
]


@pytest.mark.parametrize("text,status", OPENING_DATED, ids=["welcomed", "announced", "resumed", "past"])
def test_an_opening_from_a_day_is_planned_or_opened_by_that_day(extract, text, status):
    got = [f["status"] for f in extract(text, "2026-03-05") if f["type"] == "transport"]
    assert got == [status], got


def test_a_link_at_work_since_a_year_stays_at_work(extract):
    text = "Губернатор напомнил о запуске с 2024 года рейсов из Уфы в Ош."
    assert [f["status"] for f in extract(text, "2026-03-05") if f["type"] == "transport"] == ["exists"]


QUALIFIED_OFFICIAL = [
    ("На полях Восточного экономического форума губернатор Приморского края Олег Кожемяко встретился с находящимся во "
     "Владивостоке губернатором провинции Цзилинь Ху Юйтином.", ("CN-JL", "RU-PRI", "Ху Юйтин")),
    ("На полях форума мэр Казани Ильсур Метшин встретился с находящимся в Казани председателем Минского горисполкома "
     "Владимиром Кухаревым.", ("BY-HM", "RU-TA/Казань", "Владимир Кухарев")),
    ("На полях форума председатель Гомельского облисполкома Иван Крупко встретился с находящимся в Гомеле губернатором "
     "Брянской области Александром Богомазом.", ("RU-BRY", "BY-HO", "Александр Богомаз")),
]


@pytest.mark.parametrize("text,trip", QUALIFIED_OFFICIAL, ids=["vladivostok", "kazan", "gomel"])
def test_an_official_a_participle_places_on_the_other_side_is_on_a_trip(extract, text, trip):
    got = [(f["visitor"], f["host"], f["head"]) for f in extract(text, "2026-09-09") if f["type"] == "visit"]
    assert got == [trip], got


def test_an_ambassador_a_participle_places_there_is_posted_not_travelling(extract):
    text = ("На полях форума губернатор Омской области встретился с находящимся в Омске послом Казахстана Даниалом "
            "Ахметовым.")
    assert [f for f in extract(text, "2026-09-09") if f["type"] == "visit"] == []
