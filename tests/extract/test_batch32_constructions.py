"""Constructions of the o240–o247 batch, each in three wordings of ours: a link's opening in the present reflexive
("с 1 марта возобновляется сообщение": planned, link_open_verbs), an opening only to be worked out ("договорились
проработать открытие авиарейса": no fact, proposal_words), a mission at work that a participle dates
(institution.at_work_opened_before), and talks in a seat named by its territory's kind ("в краевой администрации":
meeting.seat_named_by_its_kind, so the guest's trip is told)."""

import pytest

OPENS_NOW = [
    ("С 1 марта возобновляется регулярное автобусное сообщение Оренбург – Актобе, приостановленное в 2020 году.",
     ("road", "planned")),
    ("С 1 июня открывается прямой авиарейс Казань – Наманган.", ("air", "planned")),
    ("С 5 апреля запускается пассажирский поезд Челябинск – Астана.", ("rail", "planned")),
]


@pytest.mark.parametrize("text,link", OPENS_NOW, ids=["resumes", "opens", "starts"])
def test_an_opening_in_the_present_is_planned(extract, text, link):
    got = [(f["mode"], f["status"]) for f in extract(text, "2025-02-25") if f["type"] == "transport"]
    assert got == [link], got


TO_BE_WORKED_OUT = [
    "Стороны договорились проработать открытие авиарейса между Оренбургом и Актобе.",
    "Губернатор и аким поручили прорабатывать запуск поезда между Курганом и Костанаем.",
    "Стороны будут рассматривать открытие автобусного маршрута между Омском и Павлодаром.",
]


@pytest.mark.parametrize("text", TO_BE_WORKED_OUT, ids=["flights", "train", "bus"])
def test_an_opening_to_be_worked_out_is_no_fact(extract, text):
    assert [f for f in extract(text, "2025-02-25") if f["type"] == "transport"] == []


AT_WORK = [
    ("В ходе встречи отмечено, что в Фергане успешно работает Торговый дом Татарстана, открытый в 2022 году.", "2022"),
    ("В Ташкенте действует представительство Башкортостана, открытое в 2019 году.", "2019"),
    ("В Минске плодотворно работает торговый дом Омской области, открытый в 2023 году.", "2023"),
]


@pytest.mark.parametrize("text,year", AT_WORK, ids=["fergana", "tashkent", "minsk"])
def test_a_mission_at_work_exists_since_its_opening(extract, text, year):
    got = [(f["status"], f["date"]) for f in extract(text, "2025-10-14") if f["type"] == "institution"]
    assert got == [("exists", year)], got


def test_missions_to_open_instead_of_working_ones_are_planned(extract):
    text = ("До 1 апреля 2026 года в Казани вместо действующего отделения посольства будет открыто генеральное "
            "консульство Беларуси.")
    got = [f["status"] for f in extract(text, "2025-10-14") if f["type"] == "institution" and f["kind"] == "consulate"]
    assert got == ["planned"], got


SEAT_BY_KIND = [
    ("Губернатор Приморского края Олег Кожемяко провёл переговоры с губернатором провинции Цзилинь Ху Юйтином. Встреча "
     "прошла в краевой администрации.", ("CN-JL", "RU-PRI", "Ху Юйтин")),
    ("Губернатор Алтайского края Виктор Томенко встретился с акимом Восточно-Казахстанской области Ермеком "
     "Кошербаевым в здании краевого правительства.", ("KZ-63", "RU-ALT", "Ермек Кошербаев")),
    ("Глава Чувашии Олег Николаев провёл переговоры с хокимом Андижанской области Шухратом Абдурахмоновым в здании "
     "республиканского правительства.", ("UZ-AN", "RU-CU", "Шухрат Абдурахмонов")),
]


@pytest.mark.parametrize("text,trip", SEAT_BY_KIND, ids=["krai-administration", "krai-government", "republic"])
def test_talks_at_a_seat_named_by_its_kind_tell_the_guests_trip(extract, text, trip):
    facts = extract(text, "2025-05-20")
    assert [f["place"] for f in facts if f["type"] == "meeting"] == [trip[1]], facts
    assert [(f["visitor"], f["host"], f["head"]) for f in facts if f["type"] == "visit"] == [trip], facts


def test_a_kind_both_sides_share_names_no_seat(extract):
    text = ("Губернатор Омской области Виталий Хоценко провёл переговоры с акимом Павлодарской области Асаином "
            "Байхановым. Встреча прошла в здании областного правительства.")
    assert [f["place"] for f in extract(text, "2025-05-20") if f["type"] == "meeting"] == [None]
