"""A dateline's date joined to the first sentence gives way to the sentence's own date
(dates.dateline_gives_way) — wordings of ours."""

import pytest

DATELINE_AND_DAY = [
    ("Курск. 15.01.2025. Вчера, 14 января, в режиме видеоконференции прошло заседание рабочей группы по "
     "сотрудничеству Курской и Гомельской областей.", "2025-01-15", "2025-01-14"),
    ("Гомель. 22.05.2025. Накануне в Гомеле состоялась встреча председателя Гомельского облисполкома Ивана Крупко с "
     "губернатором Калужской области Владиславом Шапшой.", "2025-05-22", "2025-05-21"),
    ("Брест. 16.06.2025. 12 июня в Бресте прошло заседание рабочей группы Брестской и Калужской областей.",
     "2025-06-16", "2025-06-12"),
]


@pytest.mark.parametrize("text,published,day", DATELINE_AND_DAY, ids=["yesterday", "eve", "point"])
def test_the_sentences_own_day(extract, text, published, day):
    got = [f["date"] for f in extract(text, published=published) if f["type"] == "meeting"]
    assert got == [day], got


def test_a_dateline_alone_dates_the_news(extract):
    text = "Курск. 15.01.2025. В Курске прошло заседание рабочей группы по сотрудничеству Курской и Гомельской областей."
    got = [f["date"] for f in extract(text, published="2025-01-15") if f["type"] == "meeting"]
    assert got == ["2025-01-15"], got
