"""Constructions of the o665–o672 batch, in three wordings of ours: visitors who "became the guests" of a place or
an authority made a trip there (visit.became_guests); who received the other side's guests in a town holds the post
of that town or of its region (role.host_where_received); a name with "ё" read by the tagger as an adjective before
a noun is still the town ("В Могилёве делегацию принял …", gazetteer.matcher); a meeting's date is its own clause's
("Вчера гости посетили завод, а сегодня их принял губернатор", meeting.date)."""

import pytest

BECAME_GUESTS = [
    ("Гостем Минского облисполкома стала делегация Ленинградской области.", ("RU-LEN", "BY-MI")),
    ("Гостями Казани стала делегация Бухарской области.", ("UZ-BU", "RU-TA/Казань")),
    ("На прошлой неделе гостем Гомельского облисполкома стала делегация Брянской области.", ("RU-BRY", "BY-HO")),
]


@pytest.mark.parametrize("text,trip", BECAME_GUESTS, ids=["minsk_oblast", "kazan", "gomel"])
def test_visitors_who_became_a_places_guests_made_a_trip(extract, text, trip):
    got = [(f["visitor"], f["host"]) for f in extract(text, "2026-03-02") if f["type"] == "visit"]
    assert got == [trip], got


def test_guests_of_a_forum_are_no_trip_to_it(extract):
    text = "Гостями форума стала делегация Ленинградской области."
    assert [f for f in extract(text, "2026-03-02") if f["type"] == "visit"] == []


HOST_WHERE_RECEIVED = [
    ("Завершился визит ульяновской делегации в Республику Беларусь. За три дня представители региона побывали в "
     "Минске, Гомеле и Могилёве. В Могилёве делегацию принял председатель облисполкома Анатолий Исаченко.", "BY-MA"),
    ("Завершился визит тульской делегации в Беларусь. Гости побывали в Бресте и Гродно. В Гродно гостей принял "
     "председатель облисполкома Юрий Караев.", "BY-HR"),
    ("Завершился визит брянской делегации в Беларусь. Гости побывали в Минске и Гомеле. В Гомеле гостей принял "
     "первый заместитель председателя облисполкома Виталий Ладутько.", "BY-HO"),
    ("Завершилась поездка смоленской делегации в Беларусь. Гости побывали в Минске, Бресте и Могилёве. В Могилёве "
     "гостей принял заместитель председателя облисполкома Валерий Малашко.", "BY-MA"),
]


@pytest.mark.parametrize("text,of", HOST_WHERE_RECEIVED, ids=["mogilev", "grodno", "gomel", "mogilev_deputy"])
def test_who_received_guests_in_a_town_holds_its_regions_post(extract, text, of):
    got = [f["of"] for f in extract(text, "2026-12-04") if f["type"] == "role"]
    assert got == [of], got


YO_NAMES = [
    ("В Могилёве делегацию принял председатель.", "BY-MA/Могилёв"),
    ("В Жигулёвске делегацию принял глава города.", "RU-SAM/Жигулёвск"),
    ("В Будённовске делегацию принял глава округа.", "RU-STA/Будённовск"),
]


@pytest.mark.parametrize("text,place", YO_NAMES, ids=["mogilev", "zhigulyovsk", "budyonnovsk"])
def test_a_town_with_yo_before_a_noun_stays_the_town(text, place):
    from coopwatch.extract.pipeline import run_stages
    from coopwatch.models import Document

    ctx = run_stages(Document(id="t", text=text))
    assert [m.id for m in ctx.places] == [place]


OWN_CLAUSE_DATE = [
    ("Делегация Гомельской области находится в Пермском крае. Вчера гости посетили моторный завод, а сегодня их "
     "принял губернатор Пермского края Дмитрий Махонин.", "2026-08-27"),
    ("Делегация Витебской области находится в Смоленской области. 25 августа гости осмотрели льнозавод, а 26 августа "
     "их принял губернатор Смоленской области Василий Анохин.", "2026-08-26"),
    ("Делегация Брестской области находится во Владимирской области. Вчера гости побывали в Суздале, а сегодня с "
     "ними встретился губернатор Владимирской области Александр Авдеев.", "2026-08-27"),
]


@pytest.mark.parametrize("text,day", OWN_CLAUSE_DATE, ids=["today", "written", "met_today"])
def test_a_meetings_date_is_its_own_clauses(extract, text, day):
    got = [f["date"] for f in extract(text, "2026-08-27") if f["type"] == "meeting"]
    assert got == [day], got
