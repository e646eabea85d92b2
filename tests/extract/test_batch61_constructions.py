"""Constructions of the o451–o458 batch, in three wordings of ours: a trip verb with its own subject in another
clause is another trip (visit.trip_in_another_clause), and the first trip's head is of its own clause
(visit.head_subject_after); the day of talks told in the second clause of 'В первый день …, а на второй (день) …'
(links.day_of_trip, dates.day_marker); a generic destination of a flow ('экспорт в республику',
trade.generic_destination); a stopped link that 'вернётся в расписание' (transport.returns_to_service); a protocol of
the twins' cooperation is a protocol, and their twinning told in passing (agreement.twinning_nearby,
agreement.twins_in_passing); the guests at a reception are the delegation's leader and its members
(meeting.guest_is_the_visitor), a signing after 'Состоялись переговоры' by heads below the talks' sides is apart
(meeting.signing_there), and a year of a range is no date of the talks (meeting.date)."""

import pytest

ANOTHER_CLAUSE = [
    ("Губернатор Омской области Виталий Хоценко рассказал, что в 2026 году регион посетили делегации Павлодарской и "
     "Северо-Казахстанской областей, а сам он дважды побывал в Казахстане.",
     [("KZ-55", "RU-OMS", None), ("KZ-59", "RU-OMS", None), ("RU-OMS", "KZ", "Виталий Хоценко"),
      ("RU-OMS", "KZ", "Виталий Хоценко")]),
    ("Делегация Гомельской области прибыла в Брянск, а губернатор Брянской области Александр Богомаз на прошлой неделе "
     "побывал в Минске.", [("BY-HO", "RU-BRY", None), ("RU-BRY", "BY-HM", "Александр Богомаз")]),
    ("В марте Могилёвскую область посетила делегация Смоленской области, а в мае председатель Могилёвского "
     "облисполкома Анатолий Исаченко побывал в Смоленске.",
     [("BY-MA", "RU-SMO", "Анатолий Исаченко"), ("RU-SMO", "BY-MA", None)]),
]


@pytest.mark.parametrize("text,trips", ANOTHER_CLAUSE, ids=["himself-twice", "governor", "chairman"])
def test_a_trip_with_its_own_subject_in_another_clause_is_another_trip(extract, text, trips):
    got = sorted((f["visitor"], f["host"], f["head"]) for f in extract(text, "2026-12-28") if f["type"] == "visit")
    assert got == sorted(trips, key=lambda t: (t[0], t[1], t[2] or "")), got


def test_a_stop_of_the_same_traveller_is_no_other_trip(extract):
    text = "Губернатор Омской области Виталий Хоценко прибыл в Павлодар, а затем он посетил Экибастуз."
    assert len([f for f in extract(text, "2026-12-28") if f["type"] == "visit"]) == 1


SECOND_DAY_CLAUSE = [
    ("С 3 по 5 марта делегация Гродненской области находилась в Калужской области. В первый день гости осмотрели "
     "технопарк, а на второй день в правительстве области прошли переговоры с губернатором Владиславом Шапшой.",
     "2026-03-04"),
    ("С 10 по 12 апреля делегация Костанайской области находилась в Курганской области. В первый день гости побывали на "
     "заводе, а на второй провели переговоры с губернатором Вадимом Шумковым.", "2026-04-11"),
    ("С 20 по 22 мая делегация Витебской области находилась в Псковской области. На первый день пришлась экскурсия по "
     "Пскову, а на второй день состоялись переговоры с губернатором Михаилом Ведерниковым.", "2026-05-21"),
]


@pytest.mark.parametrize("text,day", SECOND_DAY_CLAUSE, ids=["second-day", "elided-day", "excursion-first"])
def test_talks_on_the_day_of_their_own_clause(extract, text, day):
    got = [f["date"] for f in extract(text, "2026-06-10") if f["type"] == "meeting"]
    assert got == [day], got


GENERIC_DESTINATION = [
    ("Товарооборот Минской области с Татарстаном составил 500 млн долларов. Экспорт столичного региона в республику "
     "вырос до 310 млн долларов.", ["BY-MI", "RU-TA"]),
    ("Товарооборот Гомельской области с Башкортостаном вырос до 300 млн долларов. Экспорт в республику составил 200 млн "
     "долларов.", ["BY-HO", "RU-BA"]),
    ("Товарооборот Витебской области с Краснодарским краем вырос до 250 млн долларов. Экспорт в край составил 160 млн "
     "долларов.", ["BY-VI", "RU-KDA"]),
]


@pytest.mark.parametrize("text,parties", GENERIC_DESTINATION, ids=["republic", "republic-bare", "krai"])
def test_a_word_for_a_side_after_v_is_where_the_goods_go(extract, text, parties):
    got = [f["parties"] for f in extract(text, "2027-01-20") if f["type"] == "trade" and f["metric"] == "export"]
    assert got == [parties], got


def test_a_republic_that_is_a_country_is_not_a_region_for_want_of_one(extract):
    text = "Товарооборот Омской области с Казахстаном вырос. Экспорт в республику составил 400 млн долларов."
    got = [f["parties"] for f in extract(text, "2027-01-20") if f["type"] == "trade" and f["metric"] == "export"]
    assert got == [["RU-OMS", "KZ"]], got


RETURNS = [
    ("Пассажирский поезд Калининград — Гродно, отменённый в 2020 году, вернётся в расписание летом.", "planned"),
    ("Поезд Санкт-Петербург — Витебск, отменённый в 2020 году, вернётся в расписание в июне.", "planned"),
    ("Рейсы из Минска в Калининград, отменённые в 2020 году, вернулись в расписание в марте.", "opened"),
]


@pytest.mark.parametrize("text,status", RETURNS, ids=["will-return", "june", "returned"])
def test_a_stopped_link_that_comes_back(extract, text, status):
    got = [f["status"] for f in extract(text, "2026-04-02") if f["type"] == "transport"]
    assert got == [status], got


def test_returning_to_a_question_opens_nothing(extract):
    text = "Стороны вернулись к вопросу о поезде Калининград — Гродно."
    assert "opened" not in [f["status"] for f in extract(text, "2026-04-02") if f["type"] == "transport"]


TWINS_COOPERATION = [
    ("Мэр Брянска Марина Агеева и председатель Гомельского горисполкома Владимир Привалов подписали протокол о "
     "сотрудничестве городов-побратимов на 2026–2027 годы.", "protocol", {"RU-BRY/Брянск", "BY-HO/Гомель"}),
    ("Глава Смоленска и председатель Витебского горисполкома утвердили план мероприятий по развитию сотрудничества "
     "городов-побратимов.", "plan", {"RU-SMO/Смоленск", "BY-VI/Витебск"}),
    ("Председатель Витебского горисполкома Евгений Винокуров и глава Великих Лук подписали меморандум о сотрудничестве "
     "городов-побратимов.", "memorandum", {"BY-VI/Витебск", "RU-PSK/Великие Луки"}),
]


@pytest.mark.parametrize("text,kind,towns", TWINS_COOPERATION, ids=["protocol", "plan", "memorandum"])
def test_a_document_of_the_twins_cooperation_and_their_twinning(extract, text, kind, towns):
    got = sorted((f["kind"], frozenset(f["parties"])) for f in extract(text, "2026-08-08") if f["type"] == "agreement")
    assert got == sorted([(kind, frozenset(towns)), ("twinning", frozenset(towns))]), got


RECEPTIONS = [
    ("Делегация Брянской области во главе с губернатором Александром Богомазом прибыла в Гомель. В составе делегации — "
     "заместитель губернатора Николай Щеглов и глава Брянска Марина Агеева. Гостей встретил председатель Гомельского "
     "облисполкома Иван Крупко.", {"RU-BRY", "BY-HO"},
     {"Александр Богомаз", "Николай Щеглов", "Марина Агеева", "Иван Крупко"}),
    ("Делегация Наманганской области во главе с хокимом Шавкатжоном Абдуразаковым прибыла в Пензу. В составе делегации "
     "— заместитель хокима Азизбек Юлдашев. Гостей принял губернатор Пензенской области Олег Мельниченко.",
     {"UZ-NG", "RU-PNZ"}, {"Шавкатжон Абдуразаков", "Азизбек Юлдашев", "Олег Мельниченко"}),
    ("Делегация Витебской области во главе с председателем облисполкома Александром Субботиным прибыла в Псков. В "
     "составе делегации — мэр Полоцка Игорь Иванов. Гостей принял губернатор Псковской области Михаил Ведерников.",
     {"BY-VI", "RU-PSK"}, {"Александр Субботин", "Игорь Иванов", "Михаил Ведерников"}),
]


@pytest.mark.parametrize("text,parties,people", RECEPTIONS, ids=["bryansk", "namangan", "vitebsk"])
def test_the_guests_are_the_leader_and_the_members(extract, text, parties, people):
    got = [(set(f["parties"]), set(f["participants"])) for f in extract(text, "2026-08-08") if f["type"] == "meeting"]
    assert got == [(parties, people)], got


def test_towns_signing_after_talks_of_their_regions_sign_apart(extract):
    text = ("Делегация Брянской области во главе с губернатором Александром Богомазом прибыла в Гомель. Гостей встретил "
            "председатель Гомельского облисполкома Иван Крупко. Состоялись переговоры, в ходе которых стороны "
            "договорились подготовить новую программу сотрудничества на 2027–2029 годы. Мэр Брянска Марина Агеева и "
            "председатель Гомельского горисполкома Владимир Привалов подписали протокол о сотрудничестве.")
    got = [(set(f["parties"]), f["date"]) for f in extract(text, "2026-08-08") if f["type"] == "meeting"]
    assert got == [({"RU-BRY", "BY-HO"}, None)], got
