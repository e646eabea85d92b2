"""Constructions of the o347–o354 batch, each in three wordings of ours: the side that opened a mission as the
verb's subject (institution.opener_as_subject), an opening under 'готовность' (no decision: only_considered), the
years 'Документ рассчитан на …' told right after a document (agreement.period_told_after), and one who reports on
his talks 'по итогам переговоров с …' (meeting.reported_own_talks)."""

import pytest

OPENERS = [
    ("В Минске открылось представительство Ярославской области. Напомним, в 2024 году аналогичное представительство в "
     "Минске открыла Вологодская область.", ("RU-VLG", "BY-HM", "2024")),
    ("Губернатор Самарской области посетил Ташкент. Торговый дом в Ташкенте в 2021 году открыл Татарстан.",
     ("RU-TA", "UZ-TK", "2021")),
    ("Глава Башкортостана Радий Хабиров встретился с послом Беларуси. Представительство в Минске в 2019 году открыла "
     "Чувашия.", ("RU-CU", "BY-HM", "2019")),
]


@pytest.mark.parametrize("text,mission", OPENERS, ids=["similar", "object-first", "republic"])
def test_the_side_that_opened_a_mission_sends_it(extract, text, mission):
    got = {(f["of"], f["in"], f["date"]) for f in extract(text, "2025-04-15") if f["type"] == "institution"}
    assert mission in got, got


READINESS = [
    "Руководство республики выразило готовность открыть в Бишкеке торговый дом Татарстана.",
    "Посол подтвердил готовность Узбекистана открыть в Казани генеральное консульство.",
    "Губернатор заявил о готовности открыть представительство области в Минске.",
]


@pytest.mark.parametrize("text", READINESS, ids=["expressed", "confirmed", "declared"])
def test_a_mission_one_is_ready_to_open_is_no_plan(extract, text):
    assert [f for f in extract(text, "2025-10-02") if f["type"] == "institution"] == []


def test_a_mission_decided_is_planned(extract):
    got = [f["status"] for f in extract("Руководство республики решило открыть в Бишкеке торговый дом Татарстана.",
                                        "2025-10-02") if f["type"] == "institution"]
    assert got == ["planned"], got


PERIODS = [
    ("Вчера, 11 марта, Глава Чувашии Олег Николаев и председатель Витебского облисполкома Александр Субботин "
     "скрепили подписями дорожную карту по развитию сотрудничества. Документ рассчитан на 2025–2027 годы.", [2025, 2027]),
    ("Губернатор Омской области и аким Павлодарской области подписали план мероприятий. Документ рассчитан до 2027 "
     "года.", [None, 2027]),
    ("Главы регионов подписали программу сотрудничества Брянской и Гомельской областей. Документ охватывает 2026–2028 "
     "годы.", [2026, 2028]),
]


@pytest.mark.parametrize("text,years", PERIODS, ids=["calculated", "until", "covers"])
def test_the_years_a_document_covers_told_right_after(extract, text, years):
    got = [f["period"] for f in extract(text, "2025-03-12") if f["type"] == "agreement"]
    assert got == [years], got


def test_the_years_of_another_document_are_not_the_last_ones(extract):
    text = ("Главы регионов подписали программу сотрудничества Брянской и Гомельской областей. Соглашение о "
            "сотрудничестве действует с 2010 года.")
    got = {f["kind"]: f["period"] for f in extract(text, "2025-03-12") if f["type"] == "agreement"}
    assert got.get("plan") is None, got


OWN_TALKS = [
    ("Самарская и Ташкентская области намерены нарастить товарооборот, заявил губернатор Вячеслав Федорищев по итогам "
     "переговоров с хокимом Ташкентской области Зойиром Мирзаевым.", "Федорищев"),
    ("Стороны договорились о поставках зерна, сообщил губернатор Омской области Виталий Хоценко по итогам встречи с "
     "акимом Павлодарской области Асаином Байхановым.", "Хоценко"),
    ("Товарооборот вырос на 20%, отметил Глава Чувашии Олег Николаев по итогам переговоров с председателем Витебского "
     "облисполкома Александром Субботиным.", "Николаев"),
]


@pytest.mark.parametrize("text,surname", OWN_TALKS, ids=["stated", "reported", "noted"])
def test_one_who_reports_on_his_talks_with_someone_held_them(extract, text, surname):
    meetings = [f for f in extract(text, "2025-06-20") if f["type"] == "meeting"]
    assert len(meetings) == 1 and any(p.endswith(surname) for p in meetings[0]["participants"]), meetings


def test_a_press_officer_reporting_is_not_at_the_talks(extract):
    text = ("Губернатор Омской области встретился с акимом Павлодарской области. Стороны договорились о поставках "
            "зерна, сообщила руководитель пресс-службы губернатора Анна Иванова.")
    meetings = [f for f in extract(text, "2025-06-20") if f["type"] == "meeting"]
    assert not any(p.endswith("Иванова") for m in meetings for p in m["participants"]), meetings
