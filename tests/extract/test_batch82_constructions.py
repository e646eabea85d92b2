"""Constructions of the o609–o616 batch, in three wordings of ours: "за полугодие" with no year is the first half of
the publication's year (grammars.period, trade.months_of_publication_year)."""

import pytest

HALF_YEAR_WITHOUT_YEAR = [
    "Экспорт Оренбургской области в Казахстан за полугодие составил 610 млн долларов.",
    "Товарооборот Омской области с Казахстаном за полугодие вырос на 8% и достиг 350 млн долларов.",
    "За полугодие товарооборот Брянской области с Беларусью составил 900 млн долларов.",
]


@pytest.mark.parametrize("text", HALF_YEAR_WITHOUT_YEAR, ids=["orenburg", "omsk", "bryansk"])
def test_a_half_year_without_a_year_is_of_the_publications(extract, text):
    assert [f["period"] for f in extract(text, "2026-08-18") if f["type"] == "trade"] == [["2026-01", "2026-06"]]
