"""A mission's opening date is the date of the clause that names it, before a date of another
clause of its sentence (institution.opening_date) — wordings of ours."""

import pytest

OWN_CLAUSE = [
    ("Губернатор напомнил, что Генеральное консульство Кыргызстана работает в Екатеринбурге с 2019 года, а в прошлом "
     "году в Оше открылось представительство Свердловской области.", "representation", "2024"),
    ("В 2015 году регионы подписали соглашение о сотрудничестве, а в 2018 году в Минске открылось представительство "
     "Тюменской области.", "representation", "2018"),
    ("Торговый дом Татарстана в Ташкенте работает с 2020 года, а в марте 2023 года в Самарканде открылся торговый дом "
     "Башкортостана.", "trade_house", "2023-03"),
]


@pytest.mark.parametrize("text,kind,day", OWN_CLAUSE, ids=["osh", "minsk", "samarkand"])
def test_the_clauses_own_date(extract, text, kind, day):
    got = [f["date"] for f in extract(text, published="2025-07-03") if f["type"] == "institution" and f["status"] == "opened"]
    assert got == [day], got


def test_one_clause_one_date(extract):
    facts = extract("В 2019 году в Казани открылось генеральное консульство Узбекистана.")
    assert [f["date"] for f in facts if f["type"] == "institution"] == ["2019"]
