"""Talks recalled inside a past participle's phrase with an earlier year are an earlier meeting, kept apart from
the one told (meeting.recalled_meeting) — wordings of ours."""

import pytest

RECALLED = [
    ("Председатель Брестского облисполкома Петр Пархомчик встретился с Раисом Татарстана Рустамом Миннихановым. "
     "Стороны вернулись к договоренностям, достигнутым на встрече руководителей регионов в 2021 году.", "2021"),
    ("Губернатор Омской области Виталий Хоценко провел переговоры с акимом Павлодарской области. Стороны обсудили "
     "выполнение решений, принятых на встрече в 2022 году.", "2022"),
    ("Губернатор Омской области Виталий Хоценко провел переговоры с акимом Павлодарской области. Они напомнили о "
     "договоренностях, достигнутых на переговорах в Павлодаре в 2023 году.", "2023"),
]


@pytest.mark.parametrize("text,year", RECALLED, ids=["agreements", "decisions", "talks"])
def test_recalled_talks_are_an_earlier_meeting(extract, text, year):
    dates = sorted(str(f["date"]) for f in extract(text, published="2024-05-20") if f["type"] == "meeting")
    assert dates == sorted([year, "None"]), dates


def test_talks_recalled_without_a_year_are_the_talks_told(extract):
    text = ("Губернатор Омской области Виталий Хоценко 14 мая провел переговоры с акимом Павлодарской области. Стороны "
            "обсудили договоренности, достигнутые на встрече.")
    dates = [f["date"] for f in extract(text, published="2024-05-20") if f["type"] == "meeting"]
    assert dates == ["2024-05-14"], dates
