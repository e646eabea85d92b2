"""Constructions of the o355–o362 batch, each in three wordings of ours: the countries of a forum's name are not a
document's sides (sides.forum_name_place), a seat of authority named by the kind's own word 'в Доме
Республики' (meeting.seat_named_by_its_kind), a link 'восстановлено' (link_open_verbs), a mission a document provides
to open (institution.document_to_open) and the ends of a link 'между' beside a figure (trade.ends_of_a_link)."""

import pytest

FORUMS = [
    ("Аким Акмолинской области Марат Ахметжанов провел встречу с губернатором Тюменской области Александром Моором. "
     "Стороны обсудили ход реализации дорожной карты, подписанной в рамках XX Форума межрегионального сотрудничества "
     "Казахстана и России.", {"KZ-11", "RU-TYU"}),
    ("Губернатор Оренбургской области встретился с акимом Западно-Казахстанской области. Стороны подписали дорожную "
     "карту в рамках XXI Форума межрегионального сотрудничества России и Казахстана.", {"RU-ORE", "KZ-27"}),
    ("Губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов подписали соглашение на "
     "полях Форума межрегионального сотрудничества России и Казахстана.", {"RU-OMS", "KZ-55"}),
]


@pytest.mark.parametrize("text,parties", FORUMS, ids=["discussed", "signed-at", "sidelines"])
def test_the_countries_of_a_forum_are_not_the_documents_sides(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2025-03-14") if f["type"] == "agreement"]
    assert got == [parties], got


def test_a_forum_of_the_documents_own_sides_still_names_them(extract):
    text = "В рамках Форума регионов Беларуси и России подписано соглашение между Минской и Ярославской областями."
    got = [set(f["parties"]) for f in extract(text, "2025-03-14") if f["type"] == "agreement"]
    assert got == [{"BY-MI", "RU-YAR"}], got


SEATS = [
    ("В Доме Республики состоялись переговоры Главы Башкортостана Радия Хабирова и Премьер-министра Кыргызстана "
     "Адылбека Касымалиева.", "RU-BA"),
    ("Встреча губернатора Приморского края и губернатора провинции Цзилинь прошла в здании администрации края.",
     "RU-PRI"),
    ("Глава Татарстана провёл переговоры с хокимом Ферганской области в Доме Правительства республики.", "RU-TA"),
]


@pytest.mark.parametrize("text,place", SEATS, ids=["house-of-republic", "building-of-krai", "government-house"])
def test_a_seat_named_by_its_kinds_word_is_that_sides(extract, text, place):
    got = [f["place"] for f in extract(text, "2025-10-30") if f["type"] == "meeting"]
    assert got == [place], got


RESTORED = [
    ("Ранее, в 2023 году, было восстановлено автобусное сообщение между Оренбургом и Уральском.", "opened"),
    ("В 2024 году восстановили железнодорожное сообщение между Псковом и Витебском.", "opened"),
    ("С 1 июля будет восстановлено авиасообщение между Омском и Павлодаром.", "planned"),
]


@pytest.mark.parametrize("text,status", RESTORED, ids=["was-restored", "restored", "will-be"])
def test_a_link_restored_opened(extract, text, status):
    got = [f["status"] for f in extract(text, "2025-12-01") if f["type"] == "transport"]
    assert got == [status], got


def test_a_link_not_restored_is_no_fact(extract):
    text = "Автобусное сообщение между Казанью и Ташкентом, действовавшее до 2020 года, пока не восстановлено."
    assert [f for f in extract(text, "2025-12-01") if f["type"] == "transport"] == []


DOCUMENTS = [
    ("Стороны подписали меморандум о создании Торгового дома Башкортостана в Бишкеке.", ("RU-BA", "KG-GB")),
    ("Подписано соглашение об открытии представительства Татарстана в Ташкенте.", ("RU-TA", "UZ-TK")),
    ("Главы регионов подписали меморандум об учреждении торгового дома Самарской области в Фергане.",
     ("RU-SAM", "UZ-FA/Фергана")),
]


@pytest.mark.parametrize("text,mission", DOCUMENTS, ids=["creation", "opening", "founding"])
def test_a_mission_a_document_provides_is_planned(extract, text, mission):
    got = [(f["of"], f["in"], f["status"]) for f in extract(text, "2025-10-30") if f["type"] == "institution"]
    assert got == [(*mission, "planned")], got


LINK_ENDS = [
    ("Губернатор Хабаровского края встретился с делегацией провинции Хэйлунцзян. Стороны договорились довести "
     "товарооборот до не менее чем 3 млрд долларов к 2027 году и открыть прямое авиасообщение между Хабаровском и "
     "Харбином.", ("target", {"RU-KHA", "CN-HL"})),
    ("Губернатор Омской области встретился с акимом Павлодарской области. Товарооборот вырос на 10%, а автобусное "
     "сообщение между Омском и Павлодаром возобновлено.", ("trade", {"RU-OMS", "KZ-55"})),
    ("Губернатор Оренбургской области встретился с акимом Актюбинской области. Стороны намерены нарастить "
     "товарооборот до 1 млрд долларов и увеличить число рейсов между Оренбургом и Актобе.", ("target", {"RU-ORE", "KZ-15"})),
]


@pytest.mark.parametrize("text,figure", LINK_ENDS, ids=["aim-and-flights", "trade-and-bus", "aim-and-trips"])
def test_the_ends_of_a_link_are_not_a_figures_sides(extract, text, figure):
    kind, parties = figure
    got = [set(f["parties"]) for f in extract(text, "2025-04-18") if f["type"] == kind]
    assert got == [parties], got


def test_trade_between_two_places_keeps_them(extract):
    got = [set(f["parties"]) for f in extract("Товарооборот между Омском и Павлодаром вырос на 10%.", "2025-04-18")
           if f["type"] == "trade"]
    assert got == [{"RU-OMS/Омск", "KZ-55/Павлодар"}], got
