"""A mission that moves into new premises works — it exists, dated by when it opened (institution.moved_in); one
whose opening someone took part in opened (institution.opening_took_place) — wordings of ours."""

import pytest

MOVED = [
    ("Генеральное консульство Кыргызской Республики в Новосибирске, открытое в 2019 году, переехало в новое здание.",
     "2019"),
    ("Торговый дом Татарстана в Ташкенте, открытый в 2021 году, переехал в новый офис в центре города.", "2021"),
    ("Представительство Башкортостана в Бишкеке переехало в новое помещение.", None),
]


@pytest.mark.parametrize("text,since", MOVED, ids=["consulate", "trade-house", "representation"])
def test_a_mission_that_moved_exists(extract, text, since):
    missions = [(f["status"], f["date"]) for f in extract(text, "2025-11-20") if f["type"] == "institution"]
    assert missions == [("exists", since)], missions


TOOK_PART = [
    "Посол также принял участие в открытии Почетного консульства Беларуси в Махачкале.",
    "Посол принял участие в церемонии открытия Почетного консульства Беларуси в Махачкале.",
    "Губернатор присутствовал на открытии торгового дома Татарстана в Ташкенте.",
]


@pytest.mark.parametrize("text", TOOK_PART, ids=["opening", "ceremony", "attended"])
def test_an_opening_taken_part_in_opened(extract, text):
    assert [f["status"] for f in extract(text, "2025-03-12") if f["type"] == "institution"] == ["opened"]


def test_an_opening_to_take_part_in_is_planned(extract):
    text = "Губернатор примет участие в открытии торгового дома Татарстана в Ташкенте."
    assert [f["status"] for f in extract(text, "2025-03-12") if f["type"] == "institution"] == ["planned"]
