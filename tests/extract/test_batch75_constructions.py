"""Constructions of the o553–o560 batch, in three wordings of ours: a link "like" the one told before is of its mode
(transport.similar_link); a phone call between the sides is talks, with no trip (meeting.phone_call); "в Алматы с
акимом города" — a generic title's place named before it, in a country the trip went on to that the document's
camps leave out, when the title belongs to that country alone (sides.kind_named_before with the title's country)."""

import pytest

SIMILAR_LINK = [
    ("Из китайского Чэнду в Екатеринбург прибыл первый контейнерный поезд. Ранее аналогичный маршрут связал "
     "Екатеринбург с Сианем.", {"rail"}),
    ("Между Владивостоком и китайским Хуньчунем открыт автобусный рейс. Ранее аналогичный маршрут связал Уссурийск с "
     "Суйфэньхэ.", {"road"}),
    ("Из Астрахани в Актау отправился первый паром. Ранее подобная линия связала Махачкалу с Актау.", {"water"}),
]


@pytest.mark.parametrize("text,modes", SIMILAR_LINK, ids=["rail", "bus", "ferry"])
def test_a_link_like_the_one_before_is_of_its_mode(extract, text, modes):
    got = [f["mode"] for f in extract(text, "2026-07-10") if f["type"] == "transport"]
    assert len(got) == 2 and set(got) == modes, got


PHONE_CALL = [
    ("Временно исполняющий обязанности губернатора Курской области Александр Хинштейн провёл телефонный разговор с "
     "председателем Гомельского облисполкома Иваном Крупко.", {"RU-KRS", "BY-HO"}),
    ("Губернатор Омской области Виталий Хоценко провёл телефонный разговор с акимом Павлодарской области Асаином "
     "Байхановым.", {"RU-OMS", "KZ-55"}),
    ("Глава Башкортостана Радий Хабиров и хоким Андижанской области Шухратбек Абдурахмонов провели разговор по "
     "телефону.", {"RU-BA", "UZ-AN"}),
]


@pytest.mark.parametrize("text,sides", PHONE_CALL, ids=["kursk", "omsk", "ufa"])
def test_a_phone_call_is_talks_with_no_trip(extract, text, sides):
    facts = extract(text, "2026-06-04")
    assert [set(f["parties"]) for f in facts if f["type"] == "meeting"] == [sides]
    assert [f for f in facts if f["type"] == "visit"] == []


def test_a_conversation_with_journalists_is_no_talks(extract):
    text = ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области. В разговоре с "
            "журналистами губернатор рассказал о планах.")
    assert len([f for f in extract(text, "2026-06-04") if f["type"] == "meeting"]) == 1


AKIM_OF_A_CITY_VISITED_NEXT = [
    ("11 марта в Ташкенте Раис Татарстана Рустам Минниханов провёл переговоры с Премьер-министром Узбекистана "
     "Абдуллой Ариповым. На следующий день он встретился в Алматы с акимом города Ерболатом Досаевым.",
     ("Ерболат Досаев", "KZ-75")),
    ("11 марта в Минске губернатор Омской области Виталий Хоценко провёл переговоры с Премьер-министром Беларуси. На "
     "следующий день он встретился в Астане с акимом города Женисом Касымбеком.", ("Женис Касымбек", "KZ-71")),
    ("11 марта в Баку глава Дагестана Сергей Меликов провёл переговоры с Премьер-министром Азербайджана. На следующий "
     "день он встретился в Ташкенте с хокимом города Шавкатом Умурзаковым.", ("Шавкат Умурзаков", "UZ-TK")),
]


@pytest.mark.parametrize("text,role", AKIM_OF_A_CITY_VISITED_NEXT, ids=["almaty", "astana", "tashkent"])
def test_the_head_of_a_city_of_a_third_country_visited_next(extract, text, role):
    assert role in [(f["person"], f["of"]) for f in extract(text, "2026-03-12") if f["type"] == "role"]
