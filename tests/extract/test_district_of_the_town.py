"""'района' after a town named in its sentence is the district named after that town (sides.district_of_the_town),
and the town a trip verb went to is where the talks were, not the partner met (meeting.town_visited_not_met) —
wordings of ours."""

import pytest

DISTRICTS = [
    ("Делегация Костромской области посетила Мозырь, где встретилась с руководством района.",
     {"RU-KOS", "BY-HO/Мозырский район"}),
    ("Делегация Костромской области побывала в Жлобине, где встретилась с руководством района.",
     {"RU-KOS", "BY-HO/Жлобинский район"}),
    ("Брянская делегация посетила Речицу, где провела переговоры с руководством района.",
     {"RU-BRY", "BY-HO/Речицкий район"}),
]


@pytest.mark.parametrize("text,sides", DISTRICTS, ids=["mozyr", "zhlobin", "rechitsa"])
def test_the_leadership_of_the_towns_district(extract, text, sides):
    assert [set(f["parties"]) for f in extract(text, "2025-06-02") if f["type"] == "meeting"] == [sides]


def test_the_town_visited_with_its_own_head_met(extract):
    text = "Губернатор Брянской области посетил Гомель, где встретился с председателем Гомельского облисполкома."
    assert [set(f["parties"]) for f in extract(text, "2025-06-02") if f["type"] == "meeting"] == [{"RU-BRY", "BY-HO"}]
