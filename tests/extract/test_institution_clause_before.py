"""A mission of an 'а'-clause with no place of its own sits where the sentence opened
(institution.where_of_clause_before) — wordings of ours."""

import pytest

CLAUSE_BEFORE = [
    ("В Ташкенте действуют торговые дома Самарской, Пензенской и Ульяновской областей, а в ближайшее время "
     "откроется торговый дом Оренбургской области.", ("RU-ORE", "UZ-TK", "planned")),
    ("В Ташкенте работает торговый дом Самарской области, а вскоре откроется торговый дом Оренбургской области.",
     ("RU-ORE", "UZ-TK", "planned")),
    ("В Минске действует представительство Татарстана, а в следующем году откроется представительство "
     "Башкортостана.", ("RU-BA", "BY-HM", "planned")),
    # a place of its own stays its own
    ("В Минске действует представительство Татарстана, а в Гомеле откроется представительство Башкортостана.",
     ("RU-BA", "BY-HO/Гомель", "planned")),
]


@pytest.mark.parametrize("text,mission", CLAUSE_BEFORE, ids=["list", "one", "representation", "own_place"])
def test_mission_of_the_next_clause_sits_where_the_sentence_opened(extract, text, mission):
    got = {(f["of"], f["in"], f["status"]) for f in extract(text) if f["type"] == "institution"}
    assert mission in got, got
