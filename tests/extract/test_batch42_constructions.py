"""Constructions of the o318–o324 batch, each in three wordings of ours: a ferry crossing and a ferry named alone
(link_nouns 'переправа', mode_nouns 'паром'), and a mission told "там" or "к ним" after missions of its kind in one
place (institution.place_of_missions_before)."""

import pytest

FERRIES = [
    ("Паромная переправа Махачкала – Туркменбаши возобновила работу после ремонта причалов.", "opened"),
    ("Паром Махачкала – Туркменбаши возобновил работу.", "opened"),
    ("Из Махачкалы в Туркменбаши ходит паром.", "exists"),
]


@pytest.mark.parametrize("text,status", FERRIES, ids=["crossing", "ferry", "runs"])
def test_a_ferry_is_a_water_link(extract, text, status):
    got = [(f["mode"], set(f["between"]), f["status"]) for f in extract(text, "2025-05-14") if f["type"] == "transport"]
    assert got == [("water", {"RU-DA/Махачкала", "TM-B/Туркменбаши"}, status)], got


def test_a_crossing_of_a_river_is_no_link_between_sides(extract):
    assert [f for f in extract("Паромная переправа через Волгу закрыта.", "2025-05-14") if f["type"] == "transport"] == []


THERE = [
    ("В Ташкенте работают торговые дома Самарской, Пензенской и Ульяновской областей. В ближайшее время к ним "
     "присоединится торговый дом Оренбургской области.", ("RU-ORE", "UZ-TK")),
    ("В Минске работают представительства Татарстана и Башкортостана. Вскоре там откроется представительство Чувашии.",
     ("RU-CU", "BY-HM")),
    ("В Казани действуют генеральные консульства Узбекистана и Таджикистана. В следующем году к ним добавится "
     "консульство Киргизии.", ("KG", "RU-TA/Казань")),
]


@pytest.mark.parametrize("text,mission", THERE, ids=["join-them", "there", "add-to-them"])
def test_a_mission_told_there_sits_with_the_ones_before(extract, text, mission):
    got = {(f["of"], f["in"]) for f in extract(text, "2025-11-07") if f["type"] == "institution"
           and f["status"] == "planned"}
    assert got == {mission}, got


def test_a_mission_with_no_place_and_no_pointer_stays_unplaced(extract):
    text = ("В Казани действуют генеральные консульства Узбекистана и Таджикистана. Министерству выделено "
            "финансирование для открытия генерального консульства.")
    assert len([f for f in extract(text, "2025-11-07") if f["type"] == "institution"]) == 2
