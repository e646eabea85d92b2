"""A mission at work since a date opened then (institution.working_since) — wordings of ours."""

import pytest

WORKING_SINCE = [
    ("Рустам Минниханов напомнил, что в Минске с 2010 года работает постоянное представительство Татарстана.",
     "2010"),
    ("Генеральное консульство Узбекистана действует в Казани с марта 2019 года.", "2019-03"),
    ("С 2016 года в Уфе функционирует торговый дом Республики Беларусь.", "2016"),
]


@pytest.mark.parametrize("text,date", WORKING_SINCE, ids=["works", "acts", "functions"])
def test_working_since_is_when_it_opened(extract, text, date):
    got = [(f["status"], f["date"]) for f in extract(text, published="2025-10-10") if f["type"] == "institution"]
    assert got == [("exists", date)], got


def test_a_date_of_another_verb_is_not_the_missions(extract):
    text = "С 2016 года товарооборот вырос вдвое, а в Уфе работает торговый дом Беларуси."
    got = [(f["status"], f["date"]) for f in extract(text, published="2025-10-10") if f["type"] == "institution"]
    assert got == [("exists", None)], got
