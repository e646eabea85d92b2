"""A mission at work that a participle of opening dates ("торгового дома …, открытого в марте 2023
года") opened then (institution.opened_participle) — wordings of ours."""

import pytest

OPENED = [
    ("Стороны рассмотрели итоги работы торгового дома Башкортостана в Андижане, открытого в марте 2023 года.", "2023-03"),
    ("Губернатор посетил представительство Омской области в Павлодаре, открытое в 2021 году.", "2021"),
    ("Посол отметил работу генерального консульства Беларуси в Казани, открытого в 2018 году.", "2018"),
]


@pytest.mark.parametrize("text,day", OPENED, ids=["trade-house", "representation", "consulate"])
def test_the_participle_dates_the_opening(extract, text, day):
    got = [(f["status"], f["date"]) for f in extract(text, published="2025-10-29") if f["type"] == "institution"]
    assert got == [("exists", day)], got


def test_a_year_of_the_visit_is_not_the_opening(extract):
    text = "В 2021 году губернатор посетил представительство Омской области в Павлодаре."
    got = [f["date"] for f in extract(text, published="2025-10-29") if f["type"] == "institution"]
    assert got == [None], got
