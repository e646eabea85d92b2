"""Constructions of the o232–o239 batch, each in three wordings of ours: a day before the document is no count
(agreement.aggregate_count), "её возглавляет" after a delegation (visit.delegation_as_pronoun), an envoy's seat named
"в области" (role.generic_seat), a year's results before a colon ("подвели итоги 2024 года: …", grammars.period),
and a unit's kind in a post ("глава городского округа Коломна", titles)."""

import pytest

DAY_BEFORE_DOCUMENT = [
    ("9 сентября соглашение об установлении дружественных отношений подписали председатель Бобруйского горисполкома "
     "Александр Гричаник и глава городского округа Коломна Александр Гречищев.", "2025-09-09"),
    ("12 мая меморандум о сотрудничестве подписали губернатор Омской области Виталий Хоценко и аким Павлодарской "
     "области Асаин Байханов.", "2025-05-12"),
    ("3 марта программу сотрудничества подписали губернатор Брянской области Александр Богомаз и председатель "
     "Гомельского облисполкома Иван Крупко.", "2025-03-03"),
]


@pytest.mark.parametrize("text,day", DAY_BEFORE_DOCUMENT, ids=["twinning", "memorandum", "programme"])
def test_a_day_before_the_document_is_no_count(extract, text, day):
    got = [(f["date"], len(f["signatories"])) for f in extract(text, "2025-09-10") if f["type"] == "agreement"]
    assert got == [(day, 2)], got


def test_a_count_before_the_document_stays_an_aggregate(extract):
    text = "В 2024 году 12 соглашений подписали Брянская и Гомельская области."
    assert [f for f in extract(text, "2025-09-10") if f["type"] == "agreement"] == []


LED_BY_HER = [
    ("В Чебоксарах с рабочим визитом находится делегация Андижанской области Узбекистана. Её возглавляет первый "
     "заместитель хокима области Абдурахмонов Шухрат Абдуллаевич.", "Шухрат Абдурахмонов"),
    ("Делегация Гомельской области прибыла в Брянск. Её возглавил председатель облисполкома Иван Крупко.", "Иван Крупко"),
    ("В Омск прибыла делегация Павлодарской области. Ее возглавляет аким области Асаин Байханов.", "Асаин Байханов"),
]


@pytest.mark.parametrize("text,head", LED_BY_HER, ids=["andijan", "gomel", "pavlodar"])
def test_the_pronoun_stands_for_the_delegation(extract, text, head):
    got = [f["head"] for f in extract(text, "2025-05-15") if f["type"] == "visit"]
    assert got == [head], got


def test_her_met_is_no_leader(extract):
    text = "В Омск прибыла делегация Павлодарской области. Ее встретил губернатор Виталий Хоценко."
    assert [f["head"] for f in extract(text, "2025-05-15") if f["type"] == "visit"] == [None]


ENVOY_SEAT = [
    ("Глава Башкортостана Радий Хабиров встретился с делегацией Чуйской области Киргизии во главе с полномочным "
     "представителем Президента Кыргызской Республики в области Бактыбеком Сыдыковым.", ("Бактыбек Сыдыков", "KG-C")),
    ("Делегацию Иссык-Кульской области возглавил полномочный представитель Правительства Кыргызской Республики в "
     "области Кубанычбек Жолдошев.", ("Кубанычбек Жолдошев", "KG-Y")),
    ("В Красноярск прибыла делегация Ошской области. Её возглавил полпред Президента Кыргызстана в области Эркинбек "
     "Жолдошев.", ("Эркинбек Жолдошев", "KG-O")),
]


@pytest.mark.parametrize("text,role", ENVOY_SEAT, ids=["chuy", "issyk-kul", "osh"])
def test_the_envoys_seat_is_the_region_named_before(extract, text, role):
    got = {(f["person"], f["of"]) for f in extract(text, "2025-11-12") if f["type"] == "role"}
    assert role in got, got


RESULTS_OF_A_YEAR = [
    "Губернатор Свердловской области встретился с послом. Стороны подвели итоги 2024 года: товарооборот области с "
    "Беларусью вырос на 6,5% и достиг 870 млн долларов.",
    "Подводя итоги 2024 года, губернатор отметил, что товарооборот Омской области с Казахстаном составил 1,2 млрд "
    "долларов.",
    "Итоги 2024 года впечатляют: товарооборот Татарстана и Узбекистана вырос до 700 млн долларов.",
]


@pytest.mark.parametrize("text", RESULTS_OF_A_YEAR, ids=["colon", "gerund", "subject"])
def test_the_years_results_are_the_figures_period(extract, text):
    got = [f["period"] for f in extract(text, "2025-03-04") if f["type"] == "trade"]
    assert got == [["2024-01", "2024-12"]], got


UNIT_POSTS = [
    ("Глава городского округа Коломна Александр Гречищев принял гостей.", "глава городского округа", "RU-MOS/Коломна"),
    ("Глава Коломенского городского округа Александр Гречищев принял гостей.", "глава городского округа",
     "RU-MOS/Коломна"),
    ("Глава Порховского района Ирина Бакина приняла гостей.", "глава района", "RU-PSK/Порховский район"),
]


@pytest.mark.parametrize("text,title,of", UNIT_POSTS, ids=["okrug-name-after", "okrug-adjective", "district"])
def test_the_units_kind_stays_in_the_post(extract, text, title, of):
    got = [(f["title"], f["of"]) for f in extract(text, "2025-09-10") if f["type"] == "role"]
    assert got == [(title, of)], got


YEARS_BEFORE_DOCUMENT = [
    ("Исполнилось 16 лет Договору о дружбе и сотрудничестве между Казанью и Ташкентом от 2 июня 2009 года.",
     "2009-06-02"),
    ("Исполнилось 20 лет Соглашению о побратимстве между Брестом и Тулой от 12 мая 2005 года.", "2005-05-12"),
    ("Исполнилось 10 лет Меморандуму о сотрудничестве между Казанью и Минском от 3 марта 2015 года.", "2015-03-03"),
]


@pytest.mark.parametrize("text,day", YEARS_BEFORE_DOCUMENT, ids=["treaty", "twinning", "memorandum"])
def test_years_before_the_document_are_no_count(extract, text, day):
    # agreement.aggregate_count: "16 лет" are years the document has been in force, not a count of documents
    assert [f["date"] for f in extract(text, "2025-06-02") if f["type"] == "agreement"] == [day]
