"""Units below a district: a settlement whose district is named right after it nests in that district
even though the district is a unit the same pass makes ("Новосельское сельское поселение Ковровского
района"); a selsovet's executive ("Кореличского сельисполкома") is the selsovet named before
(gazetteer.units, gazetteer.resolve) — wordings of ours."""

import pytest

SETTLEMENTS = [
    ("Кореличский сельсовет Кореличского района Гродненской области и Новосельское сельское поселение Ковровского "
     "района Владимирской области подписали соглашение о сотрудничестве.",
     {"BY-HR/Кореличский район/Кореличский сельсовет", "RU-VLA/Ковровский район/Новосельское сельское поселение"}),
    ("Мирский сельсовет Кореличского района и Лавровское сельское поселение Судогодского района Владимирской области "
     "подписали меморандум.",
     {"BY-HR/Кореличский район/Мирский сельсовет", "RU-VLA/Судогодский район/Лавровское сельское поселение"}),
    ("Красносельское сельское поселение Юрьев-Польского района Владимирской области и Жодинский горисполком подписали "
     "соглашение о сотрудничестве.",
     {"RU-VLA/Юрьев-Польский район/Красносельское сельское поселение", "BY-MI/Жодино"}),
]


@pytest.mark.parametrize("text,parties", SETTLEMENTS, ids=["settlement-second", "selsovet-first", "settlement-first"])
def test_a_settlement_nests_in_the_district_after_it(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text) if f["type"] == "agreement"]
    assert got == [parties], got


def test_a_selsovets_executive_is_the_selsovet_named_before(extract):
    text = ("Кореличский сельсовет Кореличского района Гродненской области и Новосельское сельское поселение Ковровского "
            "района Владимирской области подписали соглашение о сотрудничестве. Документ подписали председатель "
            "Кореличского сельисполкома Валентина Савич и глава поселения Сергей Лапшин.")
    got = {f["person"]: f["of"] for f in extract(text) if f["type"] == "role"}
    assert got["Валентина Савич"] == "BY-HR/Кореличский район/Кореличский сельсовет"
