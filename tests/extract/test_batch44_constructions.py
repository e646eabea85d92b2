"""Constructions of the o331–o338 batch, each in three wordings of ours: a side named before 'во встрече приняли
участие' (meeting.side_told_first), a mission opened 'ранее' with no time (institution.opened_before_the_news),
flights named 'полёты' (bare_flight_nouns) and from an airport named by its city (transport.terminal_of_its_city),
a stopped link whose resumption is discussed (transport.reopening_of_stopped), pairs of districts with their regions
after them (agreement.pairs_told_together), a delegation that 'пробудет' (visit.stay_under_way), a signing 'в
присутствии глав регионов' (meeting.signed_in_presence) and a name written surname first with no patronymic."""

import pytest

from coopwatch.extract.names import read_name

SIDE_FIRST = [
    ("Губернатор Челябинской области Алексей Текслер встретился с делегацией Костанайской области во главе с акимом "
     "Кумаром Аксакаловым. С казахстанской стороны во встрече приняли участие первый заместитель акима области Руслан "
     "Сапаров и руководители управлений.", "Сапаров"),
    ("Председатель Гродненского облисполкома Юрий Караев провёл переговоры с губернатором Калининградской области "
     "Алексеем Беспрозванных. С белорусской стороны в переговорах участвовали заместитель председателя облисполкома "
     "Виктор Лискович и консул Андрей Ковальчук.", "Лискович"),
    ("Аким Павлодарской области Асаин Байханов встретился с губернатором Омской области Виталием Хоценко. Со стороны "
     "акимата в беседе участвовал заместитель акима Нурлан Нурпеисов.", "Нурпеисов"),
]


@pytest.mark.parametrize("text,surname", SIDE_FIRST, ids=["kazakh-side", "belarusian-side", "akimat"])
def test_people_of_a_side_told_first_are_at_the_meeting_told(extract, text, surname):
    meetings = [f for f in extract(text, "2025-09-18") if f["type"] == "meeting"]
    assert len(meetings) == 1, meetings
    assert any(p.endswith(surname) for p in meetings[0]["participants"]), meetings


def test_a_side_told_first_at_a_later_meeting_is_that_meeting(extract):
    text = ("Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином Байхановым. "
            "Через месяц с казахстанской стороной прошла новая встреча с заместителем акима Нурланом Нурпеисовым.")
    assert len([f for f in extract(text, "2025-09-18") if f["type"] == "meeting"]) == 2


EARLIER = [
    ("В Ташкенте открылся Торговый дом Свердловской области. Ранее торговые дома региона начали работу в Казахстане "
     "и Киргизии.", {("KZ", "exists"), ("KG", "exists"), ("UZ-TK", "opened")}),
    ("Ранее в Минске открылось представительство Республики Башкортостан.", {("BY-HM", "exists")}),
    ("Напомним, торговый дом Татарстана открыт в Ташкенте.", {("UZ-TK", "exists")}),
]


@pytest.mark.parametrize("text,missions", EARLIER, ids=["started-work", "opened", "remind"])
def test_a_mission_opened_earlier_with_no_time_works(extract, text, missions):
    got = {(f["in"], f["status"]) for f in extract(text, "2025-11-27") if f["type"] == "institution"}
    assert got == missions, got


def test_a_mission_opened_earlier_at_a_stated_time_opened(extract):
    got = [(f["status"], f["date"]) for f in extract("Ранее, в 2022 году, в Минске открылось представительство "
                                                     "Республики Башкортостан.", "2025-11-27")
           if f["type"] == "institution"]
    assert got == [("opened", "2022")], got


FLIGHTS = [
    ("С летнего расписания увеличится частота полётов из Казани в Наманган и Фергану.",
     {("RU-TA/Казань", "UZ-NG/Наманган", "exists"), ("RU-TA/Казань", "UZ-FA/Фергана", "exists")}),
    ("Стороны договорились увеличить частоту полётов между Казанью и Наманганом.",
     {("RU-TA/Казань", "UZ-NG/Наманган", "exists")}),
    ("Полёты из Уфы в Ташкент выполняет авиакомпания «Ютэйр».", {("RU-BA/Уфа", "UZ-TK", "exists")}),
]


@pytest.mark.parametrize("text,links", FLIGHTS, ids=["frequency-from-to", "frequency-between", "flights-run"])
def test_flights_told_polyoty_are_an_air_link(extract, text, links):
    got = {(*f["between"], f["status"]) for f in extract(text, "2026-01-15") if f["type"] == "transport"}
    assert got == links, got


@pytest.mark.parametrize("text", ["Полёт делегации из Уфы в Ташкент занял четыре часа.",
                                  "Космонавт рассказал о полёте из Байконура."], ids=["one-flight", "space"])
def test_one_flight_is_no_link(extract, text):
    assert [f for f in extract(text, "2026-01-15") if f["type"] == "transport"] == []


AIRPORTS = [
    ("Международный аэропорт «Казань» с 30 марта возобновляет регулярное авиасообщение с Ашхабадом.",
     ("RU-TA/Казань", "TM-S", "planned")),
    ("Аэропорт «Казань» открыл рейсы в Ашхабад.", ("RU-TA/Казань", "TM-S", "opened")),
    ("Аэропорт «Уфа» с июня запускает рейсы в Наманган.", ("RU-BA/Уфа", "UZ-NG/Наманган", "planned")),
]


@pytest.mark.parametrize("text,link", AIRPORTS, ids=["resumes", "opened", "launches"])
def test_an_airport_named_by_its_city_is_an_end(extract, text, link):
    got = [(*f["between"], f["status"]) for f in extract(text, "2026-01-15") if f["type"] == "transport"]
    assert got == [link], got


def test_a_quoted_name_of_another_thing_is_no_end(extract):
    text = "Авиакомпания «Казань» открыла рейсы в Ашхабад."
    assert [f for f in extract(text, "2026-01-15") if f["type"] == "transport"] == []


REOPENING = [
    ("Участники обсудили восстановление автобусного сообщения между Барнаулом и Усть-Каменогорском, приостановленного "
     "в 2020 году.", ("road", "RU-ALT/Барнаул", "KZ-63/Усть-Каменогорск")),
    ("Стороны договорились о возобновлении авиарейсов между Омском и Павлодаром, прерванных в 2022 году.",
     ("air", "RU-OMS/Омск", "KZ-55/Павлодар")),
    ("В ходе встречи обсуждалось восстановление пассажирского железнодорожного сообщения между Читой и Маньчжурией, "
     "прекращённого в 2020 году.", ("rail", "RU-ZAB/Чита", "CN-NM/Маньчжурия")),
]


@pytest.mark.parametrize("text,link", REOPENING, ids=["bus", "flights", "train"])
def test_a_stopped_link_to_reopen_is_planned(extract, text, link):
    got = [(f["mode"], *f["between"], f["status"]) for f in extract(text, "2025-04-22") if f["type"] == "transport"]
    assert got == [(*link, "planned")], got


def test_a_link_stopped_is_no_fact(extract):
    text = "Автобусное сообщение между Барнаулом и Усть-Каменогорском приостановлено в 2020 году."
    assert [f for f in extract(text, "2025-04-22") if f["type"] == "transport"] == []


PAIRS = [
    ("В Витебском облисполкоме подписаны соглашения о сотрудничестве Оршанского района с Гагаринским районом "
     "Смоленской области и Шумячского района Смоленской области с Дубровенским районом.",
     {("BY-VI/Оршанский район", "RU-SMO/Гагаринский район"), ("BY-VI/Дубровенский район", "RU-SMO/Шумячский район")}),
    ("Подписаны соглашения о побратимстве Климовского района Брянской области с Ветковским районом Гомельской области "
     "и Новозыбковского района Брянской области с Добрушским районом Гомельской области.",
     {("BY-HO/Ветковский район", "RU-BRY/Климовский район"), ("BY-HO/Добрушский район", "RU-BRY/Новозыбковский район")}),
    ("Планы сотрудничества подписали Глубокский район Витебской области с Порховским районом Псковской области и "
     "Браславский район Витебской области с Себежским районом Псковской области.",
     {("BY-VI/Глубокский район", "RU-PSK/Порховский район"), ("BY-VI/Браславский район", "RU-PSK/Себежский район")}),
]


@pytest.mark.parametrize("text,pairs", PAIRS, ids=["cooperation", "twinning", "plans"])
def test_pairs_of_districts_with_their_regions_are_each_own(extract, text, pairs):
    got = {tuple(sorted(f["parties"])) for f in extract(text, "2025-10-09") if f["type"] == "agreement"}
    assert got == pairs, got


STAYS = [
    ("Губернатор Ульяновской области Алексей Русских и председатель Могилёвского облисполкома Анатолий Исаченко "
     "подписали план. Белорусская делегация пробудет в регионе три дня.", ("BY-MA", "RU-ULY")),
    ("Делегация Могилёвской области пробудет в Ульяновской области до пятницы.", ("BY-MA", "RU-ULY")),
    ("Гости из Могилёва пробудут в Ульяновске до пятницы.", ("BY-MA/Могилёв", "RU-ULY/Ульяновск")),
]


@pytest.mark.parametrize("text,trip", STAYS, ids=["adjective", "delegation", "guests"])
def test_a_stay_to_go_on_is_a_trip_under_way(extract, text, trip):
    got = [(f["visitor"], f["host"]) for f in extract(text, "2025-03-14") if f["type"] == "visit"]
    assert got == [trip], got


def test_a_trip_to_come_is_still_no_fact(extract):
    text = "Делегация Могилёвской области приедет в Ульяновскую область в мае."
    assert [f for f in extract(text, "2025-03-14") if f["type"] == "visit"] == []


PRESENCE = [
    ("Губернатор Омской области Виталий Хоценко встретился с акимом Северо-Казахстанской области Гауезом "
     "Нурмухамбетовым. В присутствии глав регионов мэр Омска Сергей Шелест и аким Петропавловска Аскар Кусаинов "
     "подписали соглашение о побратимстве.", {"Шелест", "Кусаинов"}),
    ("Губернатор Брянской области Александр Богомаз провёл переговоры с председателем Гомельского облисполкома Иваном "
     "Крупко. В присутствии губернатора и председателя облисполкома глава Климовского района Андрей Шкуратов и "
     "председатель Ветковского райисполкома Сергей Петренко подписали соглашение.", {"Шкуратов", "Петренко"}),
    ("Глава Татарстана Рустам Минниханов встретился с председателем Минского облисполкома Александром Турчиным. При "
     "участии глав регионов мэр Казани Ильсур Метшин и председатель Борисовского райисполкома Олег Дмитриев подписали "
     "меморандум.", {"Метшин", "Дмитриев"}),
]


@pytest.mark.parametrize("text,signers", PRESENCE, ids=["presence", "presence-titles", "participation"])
def test_signers_before_the_heads_of_the_talks_were_at_them(extract, text, signers):
    meetings = [f for f in extract(text, "2025-08-05") if f["type"] == "meeting"]
    assert len(meetings) == 1, meetings
    assert signers <= {p.split()[-1] for p in meetings[0]["participants"]}, meetings


def test_towns_signing_after_their_regions_talks_signed_apart(extract):
    text = ("Губернатор Брянской области Александр Богомаз провёл переговоры с председателем Гомельского облисполкома "
            "Иваном Крупко. Позднее глава Климовского района Андрей Шкуратов и председатель Ветковского райисполкома "
            "Сергей Петренко подписали соглашение.")
    meetings = [f for f in extract(text, "2025-08-05") if f["type"] == "meeting"]
    assert not any(p.endswith("Шкуратов") for m in meetings for p in m["participants"]), meetings


@pytest.mark.parametrize("words,name", [(["Абдурахимов", "Шерзод"], "Шерзод Абдурахимов"),
                                        (["Иванова", "Анна"], "Анна Иванова"),
                                        (["Сапаровым", "Русланом"], "Руслан Сапаров")],
                         ids=["uzbek", "woman", "instrumental"])
def test_a_surname_written_first_without_patronymic(words, name):
    assert read_name(words)[0].text == name


@pytest.mark.parametrize("words", [["Мартин", "Иванов"], ["Вениамин", "Петров"]], ids=["martin", "veniamin"])
def test_a_given_name_like_a_surname_stays_first(words):
    assert read_name(words)[0].text == " ".join(words)
