"""A mission at work for so many years opened that many years before the publication
(institution.working_for_years) — wordings of ours."""

import pytest

FOR_YEARS = [
    ("Губернатор напомнил, что торговый дом Челябинской области уже пять лет работает в Костанае.", "2020"),
    ("Представительство Татарстана в Минске действует 15 лет.", "2010"),
    ("Уже три года в Ташкенте работает торговый дом Башкортостана.", "2022"),
]


@pytest.mark.parametrize("text,year", FOR_YEARS, ids=["five-words", "digits", "three-first"])
def test_years_at_work_give_the_opening_year(extract, text, year):
    got = [f["date"] for f in extract(text, published="2025-09-06") if f["type"] == "institution"]
    assert got == [year], got


def test_since_a_year_is_that_year(extract):
    facts = extract("Торговый дом Татарстана работает в Ташкенте с 2019 года.", published="2025-09-06")
    assert [f["date"] for f in facts if f["type"] == "institution"] == ["2019"]


def test_no_publication_date_no_year(extract):
    facts = extract("Представительство Татарстана в Минске действует 15 лет.")
    assert [f["date"] for f in facts if f["type"] == "institution"] == [None]
