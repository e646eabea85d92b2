"""A session of a council of regions whose name gives no countries, in a text of two countries' sides, is a
commission of those sides (meeting.council_of_regions) — wordings of ours."""

import pytest

COUNCILS = [
    "Форум регионов России и Казахстана прошел в Астане. Кроме того, состоялось заседание Совета приграничных регионов.",
    "Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. Затем "
    "прошло заседание совета приграничных регионов.",
    "Делегация Гродненской области прибыла в Калининград. В тот же день состоялось заседание Совета регионов под "
    "председательством губернатора Алексея Беспрозванных.",
]


@pytest.mark.parametrize("text", COUNCILS, ids=["forum", "talks", "delegation"])
def test_a_council_of_regions_is_a_commission(extract, text):
    got = [f for f in extract(text, published="2025-09-05") if f["type"] == "meeting" and f["kind"] == "commission"]
    assert len(got) == 1 and len(got[0]["parties"]) == 2, got


def test_a_council_of_one_country_is_none(extract):
    text = "В Омске прошло заседание совета регионов Сибирского федерального округа."
    got = [f for f in extract(text, published="2025-09-05") if f["type"] == "meeting"]
    assert got == [], got
