"""Days of a narrated trip: "В первый день гостей принял …" is a day of the trip (the guests are whom the host
received, not another count); a meeting held in one side's place is not on a trip to the other side told nearer
(links.held_on_the_other_trip); "По его итогам подписан протокол" is signed at the meeting just told
(links.signed_at_it) — wordings of ours."""

import pytest

FIRST_DAY = [
    "С 14 по 17 апреля делегация Республики Татарстан находится в Согдийской области. В первый день гостей принял "
    "председатель Согдийской области Раджаббой Ахмадзода.",
    "С 14 по 17 апреля делегация Брестской области находилась в Тульской области. В первый день делегацию принял "
    "губернатор Тульской области Дмитрий Миляев.",
    "С 14 по 17 апреля делегация Гомельской области работала в Брянской области. В первый день визита гостей из "
    "Гомеля принял губернатор Брянской области Александр Богомаз.",
]


@pytest.mark.parametrize("text", FIRST_DAY, ids=["guests", "delegation", "guests-from"])
def test_the_first_day_of_the_trip(extract, text):
    talks = [f for f in extract(text, "2025-04-18") if f["type"] == "meeting"]
    assert [f["date"] for f in talks] == ["2025-04-14"], talks


def test_a_day_of_another_count_is_not_the_trip_day(extract):
    text = ("С 14 по 17 апреля делегация Брестской области находилась в Тульской области. На третий день форума "
            "губернатор Тульской области Дмитрий Миляев встретился с председателем Брестского облисполкома.")
    talks = [f for f in extract(text, "2025-04-18") if f["type"] == "meeting"]
    assert [f["date"] for f in talks] != ["2025-04-16"], talks


RETURN_TRIP = [
    ("С 14 по 17 апреля делегация Республики Татарстан находится в Согдийской области. «Это ответный визит после "
     "поездки согдийской делегации в Казань в прошлом году», — отметил Алексей Песошин. На второй день визита в "
     "Худжанде прошло заседание рабочей группы по сотрудничеству Татарстана и Согдийской области.", "2025-04-15"),
    ("С 3 по 5 июня делегация Брестской области находилась в Рязанской области. Брестские гости напомнили о визите "
     "рязанской делегации в Брест в 2023 году. На третий день поездки в Рязани прошло заседание рабочей группы по "
     "сотрудничеству Брестской и Рязанской областей.", "2025-06-05"),
    ("С 10 по 12 сентября делегация Курской области работала в Гомельской области. Курские гости вспомнили о "
     "поездке гомельской делегации в Курск весной. На второй день визита в Гомеле прошло заседание рабочей группы "
     "Курской и Гомельской областей.", "2025-09-11"),
]


@pytest.mark.parametrize("text,day", RETURN_TRIP, ids=["khujand", "ryazan", "gomel"])
def test_the_session_is_on_the_trip_to_where_it_was_held(extract, text, day):
    sessions = [f for f in extract(text, "2025-09-20") if f["type"] == "meeting" and f["kind"] == "working_group"]
    assert [f["date"] for f in sessions] == [day], sessions


SIGNED_AT_IT = [
    "Заседание рабочей группы Татарстана и Согдийской области прошло 15 апреля 2025 года. По его итогам подписан "
    "протокол.",
    "Встреча губернатора Брянской области и председателя Гомельского облисполкома состоялась 15 апреля 2025 года. "
    "По ее итогам подписана дорожная карта.",
    "Заседание совета делового сотрудничества Курской и Гомельской областей прошло 15 апреля 2025 года. В его ходе "
    "подписан план мероприятий.",
]


@pytest.mark.parametrize("text", SIGNED_AT_IT, ids=["its-outcome", "her-outcome", "its-course"])
def test_signed_at_the_meeting_a_pronoun_stands_for(extract, text):
    docs = [f for f in extract(text, "2025-04-20") if f["type"] == "agreement"]
    assert [f["date"] for f in docs] == ["2025-04-15"], docs


def test_a_pronoun_of_something_else_ties_nothing(extract):
    text = ("Заседание рабочей группы Татарстана и Согдийской области прошло 15 апреля 2025 года. Губернатор "
            "рассказал о своем опыте; по итогам года подписан протокол.")
    docs = [f for f in extract(text, "2025-04-20") if f["type"] == "agreement"]
    assert all(f["date"] != "2025-04-15" for f in docs), docs


TRAVELLERS = [
    ("Брестские гости напомнили о визите рязанской делегации в Брест в 2023 году.", ("RU-RYA", "BY-BR")),
    ("Курские гости вспомнили о поездке гомельской делегации в Курск весной.", ("BY-HO", "RU-KRS")),
    ("Белорусские гости рассказали о визите тульской делегации в Могилев в прошлом году.", ("RU-TUL", "BY-MA")),
]


@pytest.mark.parametrize("text,direction", TRAVELLERS, ids=["ryazan", "gomel", "tula"])
def test_the_delegation_the_trip_noun_names_travelled(extract, text, direction):
    trips = [(f["visitor"], f["host"].split("/")[0]) for f in extract(text, "2025-09-20") if f["type"] == "visit"]
    assert trips == [direction], trips


def test_the_delegation_before_the_trip_noun_travelled(extract):
    text = "Рязанская делегация рассказала о визите в Брест в 2023 году."
    trips = [(f["visitor"], f["host"].split("/")[0]) for f in extract(text, "2025-09-20") if f["type"] == "visit"]
    assert trips == [("RU-RYA", "BY-BR")], trips
