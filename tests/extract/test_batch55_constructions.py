"""Constructions of the o411–o414 batch, in three wordings of ours: a delegation told first that made its trip "дважды"
(visit.times_made), days of a side in a clause after another trip (visit.days_in_another_clause), and a release's
dateline date joined to a sentence of twins is no date of their twinning (agreement.twinned_since,
dates.is_dateline_date)."""

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


TWICE = [
    "В 2025 году курская делегация дважды побывала в Гомельской области.",
    "Омская делегация трижды посетила Павлодар в прошлом году.",
    "В прошлом году брянская делегация дважды приезжала в Гомель.",
]


@pytest.mark.parametrize("text,times", list(zip(TWICE, (2, 3, 2))), ids=["twice", "thrice", "came-twice"])
def test_a_delegation_told_first_made_its_trip_so_many_times(extract, text, times):
    got = [f for f in extract(text, "2025-12-26") if f["type"] == "visit"]
    assert len(got) == times, got


DAYS_BESIDE = [
    ("Губернатор Курской области подвёл итоги года. В 2025 году курская делегация побывала в Гомельской области, а в "
     "сентябре в Курске прошли Дни Могилёвской области.", ("BY-MA", "RU-KRS", "2025-09")),
    ("Омская делегация посетила Павлодар, а в октябре в Омске прошли Дни Павлодарской области.",
     ("KZ-55", "RU-OMS/Омск", "2025-10")),
    ("В мае делегация Брянской области побывала в Гомеле, а в июне в Брянске прошли Дни Гомельской области.",
     ("BY-HO", "RU-BRY", "2025-06")),
]


@pytest.mark.parametrize("text,trip", DAYS_BESIDE, ids=["kursk", "omsk", "bryansk"])
def test_days_of_a_side_in_another_clause_are_its_trip(extract, text, trip):
    got = [(f["visitor"], f["host"], f["date"]) for f in extract(text, "2025-12-26") if f["type"] == "visit"]
    assert trip in got and len(got) == 2, got
