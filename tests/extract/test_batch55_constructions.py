"""Constructions of the o411–o414 batch, in three wordings of ours: a release's dateline date joined to a sentence of
twins is no date of their twinning (agreement.twinned_since, dates.is_dateline_date)."""

import pytest

DATELINE_TWINS = [
    ("Иркутск, 15 мая 2025 г. В Иркутске торжественно отметили 30-летие побратимских отношений с Улан-Батором. "
     "Соглашение о побратимстве Иркутск и Улан-Батор подписали в 1995 году.", "1995"),
    ("Казань, 10 июня 2025 г. В Казани отметили 20-летие побратимских отношений с Минском.", None),
    ("Витебск, 3 сентября 2025 г. В Витебске прошли мероприятия к юбилею побратимских связей со Смоленском.", None),
]


@pytest.mark.parametrize("text,date", DATELINE_TWINS, ids=["signed-after", "anniversary", "jubilee"])
def test_the_dateline_date_is_not_the_twinnings(extract, text, date):
    assert [f["date"] for f in extract(text) if f["type"] == "agreement" and f["kind"] == "twinning"] == [date]


def test_a_year_beside_the_twins_is_theirs(extract):
    text = "Брест, 4 марта 2025 г. Брест и Орёл стали побратимами в 2004 году."
    assert [f["date"] for f in extract(text) if f["type"] == "agreement"] == ["2004"]
