"""Constructions of the o427–o434 batch, in three wordings of ours: two links of one clause each with the ends named
after its word (transport.ends_after_its_word), 'между городами' right after a link of its mode
(transport.same_mode_link_before), a direct journey told by a verb of flying (transport.direct_journey); a date of
another mission's clause (institution.opening_date) and a mission of another kind told before (its_former_status); a
title after 'в ходе визита' as the traveller (visit.frame_subject) and the guests of a framed trip
(visit.guests_of_framed_trip); the camp adjective 'с российской стороны' no side of a figure (trade.sides_before); 'программа
его реализации' (agreement.document_noun) dated by its own clause (agreement.signing_date); talks with a town's head
beside talks with its region's (meeting.with_town_head)."""

import pytest


def _links(facts):
    return sorted((f["mode"], tuple(sorted(f["between"])), f["status"]) for f in facts if f["type"] == "transport")


TWO_LINKS = [
    ("Губернаторы обсудили открытие автобусного сообщения между Благовещенском и Хэйхэ и увеличение числа авиарейсов "
     "из Благовещенска в Харбин.",
     [("air", ("CN-HL/Харбин", "RU-AMU/Благовещенск")), ("road", ("CN-HL/Хэйхэ", "RU-AMU/Благовещенск"))]),
    ("Стороны обсудили запуск поезда между Оренбургом и Актобе и увеличение числа авиарейсов из Оренбурга в Алматы.",
     [("air", ("KZ-75", "RU-ORE/Оренбург")), ("rail", ("KZ-15/Актобе", "RU-ORE/Оренбург"))]),
    ("Губернатор рассказал об открытии паромной линии между Махачкалой и Актау и о росте числа авиарейсов из "
     "Махачкалы в Баку.",
     [("air", ("AZ-BA", "RU-DA/Махачкала")), ("water", ("KZ-47/Актау", "RU-DA/Махачкала"))]),
]


@pytest.mark.parametrize("text,links", TWO_LINKS, ids=["bus-and-flights", "train-and-flights", "ferry-and-flights"])
def test_each_link_of_a_clause_takes_the_ends_after_its_word(extract, text, links):
    got = [(mode, ends) for mode, ends, _ in _links(extract(text, "2026-07-05"))]
    assert got == links, got


def test_one_link_with_two_modes_shares_the_clause_ends(extract):
    text = "Между Казанью и Ташкентом действует авиа- и железнодорожное сообщение."
    got = [(mode, ends) for mode, ends, _ in _links(extract(text, "2026-07-05"))]
    assert got == [("air", ("RU-TA/Казань", "UZ-TK")), ("rail", ("RU-TA/Казань", "UZ-TK"))], got


SAME_MODE_BEFORE = [
    ("Губернаторы обсудили открытие автобусного сообщения между Благовещенском и Хэйхэ и увеличение числа авиарейсов "
     "из Благовещенска в Харбин. Сейчас между городами выполняется три рейса в неделю.",
     ("CN-HL/Харбин", "RU-AMU/Благовещенск")),
    ("Стороны обсудили запуск поезда между Оренбургом и Актобе и увеличение числа авиарейсов из Оренбурга в Алматы. "
     "Сейчас между городами выполняется пять рейсов в неделю.", ("KZ-75", "RU-ORE/Оренбург")),
    ("Губернатор рассказал об открытии паромной линии между Махачкалой и Актау и о росте числа авиарейсов из Махачкалы "
     "в Баку. Между городами выполняется два рейса в неделю.", ("AZ-BA", "RU-DA/Махачкала")),
]


@pytest.mark.parametrize("text,ends", SAME_MODE_BEFORE, ids=["harbin", "almaty", "samarkand"])
def test_between_the_cities_after_a_link_of_its_mode_is_that_link(extract, text, ends):
    got = _links(extract(text, "2026-07-05"))
    assert [e for mode, e, _ in got if mode == "air"] == [ends], got


DIRECT_JOURNEY = [
    ("Сейчас из Екатеринбурга без пересадок можно долететь до Ташкента, Самарканда и Ферганы.",
     [("RU-SVE/Екатеринбург", "UZ-FA/Фергана"), ("RU-SVE/Екатеринбург", "UZ-SA/Самарканд"),
      ("RU-SVE/Екатеринбург", "UZ-TK")]),
    ("Из Уфы в Ош теперь можно напрямую летать два раза в неделю.", [("KG-GO", "RU-BA/Уфа")]),
    ("Из Казани в Самарканд теперь можно улететь без пересадок.", [("RU-TA/Казань", "UZ-SA/Самарканд")]),
]


@pytest.mark.parametrize("text,pairs", DIRECT_JOURNEY, ids=["without-transfers", "directly", "fly-away"])
def test_a_direct_journey_by_air_is_an_air_link(extract, text, pairs):
    got = _links(extract(text, "2026-01-20"))
    assert got == [("air", p, "exists") for p in pairs], got


@pytest.mark.parametrize("text", [
    "Из Омска в Павлодар пока нельзя долететь без пересадки в Москве.",
    "Из Казани до Бишкека можно долететь с пересадкой в Москве.",
    "Делегация долетела из Омска в Павлодар за два часа.",
], ids=["cannot", "with-transfer", "one-journey"])
def test_a_journey_not_direct_or_made_once_is_no_link(extract, text):
    assert _links(extract(text, "2026-01-20")) == []


OTHER_CLAUSE_DATE = [
    ("В Ташкенте начало работу представительство Башкортостана. Ранее Башкортостан открыл торговый дом в Андижане, а в "
     "Уфе с 2023 года работает почётное консульство Узбекистана.", ("trade_house", "RU-BA")),
    ("Ранее Татарстан открыл торговый дом в Ташкенте, а в Казани с 2019 года работает генеральное консульство "
     "Узбекистана.", ("trade_house", "RU-TA")),
    ("Ранее Омская область открыла торговый дом в Павлодаре, а в Омске с 2010 года работает консульство Казахстана.",
     ("trade_house", "RU-OMS")),
]


@pytest.mark.parametrize("text,mission", OTHER_CLAUSE_DATE, ids=["andijan", "tashkent", "pavlodar"])
def test_a_date_of_another_missions_clause_is_not_this_ones(extract, text, mission):
    got = {(f["kind"], f["of"]): (f["status"], f["date"]) for f in extract(text, "2026-04-14")
           if f["type"] == "institution"}
    assert got.get(mission) == ("opened", None), got


FRAMED_TITLE = [
    ("Глава Башкортостана Радий Хабиров открыл представительство республики в Ташкенте. В ходе визита Глава республики "
     "также провёл переговоры с премьер-министром Узбекистана Абдуллой Ариповым.", "Радий Хабиров"),
    ("Губернатор Омской области Виталий Хоценко открыл выставку омских товаров в Павлодаре. Во время визита губернатор "
     "провёл переговоры с акимом Павлодарской области.", "Виталий Хоценко"),
    ("Председатель Минского облисполкома Александр Турчин подписал программу в Твери. В рамках визита председатель "
     "облисполкома встретился с губернатором Тверской области.", "Александр Турчин"),
]


@pytest.mark.parametrize("text,head", FRAMED_TITLE, ids=["glava", "governor", "chairman"])
def test_the_title_a_trip_frames_made_the_trip(extract, text, head):
    got = [f["head"] for f in extract(text, "2026-04-14") if f["type"] == "visit"]
    assert got == [head], got


def test_two_officials_of_both_sides_under_a_frame_make_no_trip_of_their_own(extract):
    text = ("Губернатор Новосибирской области Андрей Травников находится с визитом в Беларуси. В частности, в ходе "
            "визита мэр наукограда Кольцово Николай Красников и председатель Горецкого райисполкома Сергей Кулагин "
            "подписали соглашение о побратимстве.")
    got = [(f["visitor"], f["head"]) for f in extract(text, "2026-04-14") if f["type"] == "visit"]
    assert got == [("RU-NVS", "Андрей Травников")], got


FRAMED_GUESTS = [
    ("Делегация Омской области прибыла в Павлодар. В ходе визита аким Павлодарской области Асаин Байханов показал "
     "гостям нефтехимический завод.", "RU-OMS"),
    ("Делегация Гродненской области работает в Вологде. В рамках визита губернатор Георгий Филимонов принял делегацию "
     "в здании правительства.", "BY-HR"),
    ("Делегация Курской области находится в Гомеле. Во время визита председатель облисполкома Иван Крупко показал "
     "гостям завод.", "RU-KRS"),
]


@pytest.mark.parametrize("text,visitor", FRAMED_GUESTS, ids=["shown", "received", "shown-gomel"])
def test_a_framed_trip_with_guests_is_the_guests_trip(extract, text, visitor):
    got = [f["visitor"] for f in extract(text, "2026-04-14") if f["type"] == "visit"]
    assert got == [visitor], got


CAMP_ADJECTIVE = [
    ("Состоялось заседание рабочей группы Смоленской и Витебской областей. С российской стороны его провёл первый "
     "заместитель губернатора, с белорусской — заместитель председателя Витебского облисполкома. За первый квартал "
     "объём взаимной торговли превысил 95 млн долларов.", {"RU-SMO", "BY-VI"}),
    ("Прошло заседание совета Брянской и Гомельской областей. С белорусской стороны в нём участвовал председатель "
     "облисполкома, с российской — губернатор. За 2025 год товарооборот составил 400 млн долларов.", {"RU-BRY", "BY-HO"}),
    ("Состоялась встреча представителей Омской и Павлодарской областей. С казахстанской стороны её провёл заместитель "
     "акима, с российской — министр экономики. В 2025 году товарооборот вырос до 500 млн долларов.", {"RU-OMS", "KZ-55"}),
]


@pytest.mark.parametrize("text,parties", CAMP_ADJECTIVE, ids=["smolensk", "bryansk", "omsk"])
def test_the_adjective_of_a_speakers_camp_is_no_side_of_a_figure(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2026-05-22") if f["type"] == "trade"]
    assert got == [parties], got


ITS_PROGRAMME = [
    ("Глава республики напомнил, что соглашение между Чувашией и Могилёвской областью действует с 2013 года, а в прошлом "
     "году была принята программа его реализации на 2025–2027 годы.", "2025"),
    ("Губернатор напомнил, что соглашение между Брянской и Гомельской областями действует с 2011 года, а в 2024 году "
     "утверждена программа его реализации на 2024–2026 годы.", "2024"),
    ("Соглашение между Татарстаном и Минской областью действует с 2004 года, а в прошлом году подписана программа его "
     "реализации на 2025–2027 годы.", "2025"),
]


@pytest.mark.parametrize("text,year", ITS_PROGRAMME, ids=["adopted", "approved", "signed"])
def test_a_programme_of_its_implementation_is_a_plan_dated_by_its_clause(extract, text, year):
    got = [f["date"] for f in extract(text, "2026-06-10") if f["type"] == "agreement" and f["kind"] == "plan"]
    assert got == [year], got


def test_a_programme_of_another_thing_is_no_plan(extract):
    text = "Губернатор Брянской области рассказал о программе его визита в Гомель."
    assert [f for f in extract(text, "2026-06-10") if f["type"] == "agreement"] == []


TOWN_HEAD = [
    ("Делегация Могилёвской области провела переговоры с Главой Чувашии Олегом Николаевым. Завершился визит в "
     "Новочебоксарске, где делегация встретилась с главой города.", "RU-CU/Новочебоксарск"),
    ("Делегация Омской области провела переговоры с акимом Павлодарской области Асаином Байхановым. В Экибастузе "
     "гости встретились с акимом города.", "KZ-55/Экибастуз"),
    ("Делегация Нижегородской области провела переговоры с хокимом Ферганской области. В Маргилане делегация "
     "встретилась с хокимом города.", "UZ-FA/Маргилан"),
]


@pytest.mark.parametrize("text,town", TOWN_HEAD, ids=["novocheboksarsk", "ekibastuz", "margilan"])
def test_talks_with_a_towns_head_are_apart_from_its_regions(extract, text, town):
    talks = [f["parties"] for f in extract(text, "2026-06-10") if f["type"] == "meeting"]
    assert len(talks) == 2 and any(town in p for p in talks), talks


def test_talks_continued_with_the_same_head_stay_one(extract):
    text = ("Губернатор Омской области провёл переговоры с акимом Павлодарской области. Переговоры губернатора и акима "
            "продолжились в расширенном составе.")
    assert len([f for f in extract(text, "2026-06-10") if f["type"] == "meeting"]) == 1
