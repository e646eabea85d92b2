"""A year in a relative clause after the document ("соглашение …, которое в 2024 году продлено") is the year of a
later change, not of the signing, however the parser hangs the clause (agreement.own_date) — wordings of ours."""

import pytest

LATER_CHANGE = [
    ("В 2019 году было заключено соглашение о сотрудничестве между Курганской и Костанайской областями, которое в 2024 "
     "году продлено до 2029 года.", "2019"),
    ("В 2018 году подписан меморандум между Омской и Павлодарской областями, который в 2023 году дополнен новыми "
     "разделами.", "2018"),
    ("В 2016 году Брест и Лишуй подписали соглашение о побратимстве, которое в 2022 году наполнено новыми проектами.",
     "2016"),
]


@pytest.mark.parametrize("text,year", LATER_CHANGE, ids=["prolonged", "amended", "filled"])
def test_the_year_of_a_later_change_is_not_the_signing(extract, text, year):
    assert [f["date"] for f in extract(text, "2025-04-02") if f["type"] == "agreement"] == [year]


def test_a_date_in_the_documents_name_stays(extract):
    text = "Действует Соглашение между Казанью и Минском от 12 декабря 2019 года."
    assert [f["date"] for f in extract(text, "2025-04-02") if f["type"] == "agreement"] == ["2019-12-12"]
