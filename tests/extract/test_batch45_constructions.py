"""Constructions of the o339–o346 batch, each in three wordings of ours: talks that go on about a link's opening
(transport.talks_go_on), a mission whose opening is prepared or planned in its own clause
(institution.opening_prepared), a mission 'в городе' the text has named (institution.territory_word_after_in), a
post of a 'райисполком' that is a Belarusian district's (role.belarusian_body_post), a district's delegation in a
district (visit.district_to_district), and a delegation named again at
another stop of its trip (visit.delegation_told_again)."""

import pytest

TALKS_GO_ON = [
    ("Продолжаются переговоры об открытии морской грузовой линии между портами Астрахань и Туркменбаши.",
     ("water", "RU-AST/Астрахань", "TM-B/Туркменбаши")),
    ("Продолжаются переговоры о запуске прямых авиарейсов между Казанью и Ашхабадом.", ("air", "RU-TA/Казань", "TM-S")),
    ("Переговоры об организации автобусного сообщения между Омском и Павлодаром продолжаются.",
     ("road", "RU-OMS/Омск", "KZ-55/Павлодар")),
]


@pytest.mark.parametrize("text,link", TALKS_GO_ON, ids=["sea-line", "flights", "bus"])
def test_a_link_whose_opening_talks_go_on_is_planned(extract, text, link):
    got = [(f["mode"], *f["between"], f["status"]) for f in extract(text, "2025-09-09") if f["type"] == "transport"]
    assert got == [(*link, "planned")], got


def test_a_link_that_goes_on_exists(extract):
    got = [f["status"] for f in extract("Авиакомпания продлила рейсы из Казани в Ташкент до конца октября.",
                                        "2025-09-09") if f["type"] == "transport"]
    assert got == ["exists"], got


PREPARED = [
    ("Стороны обсудили подготовку к открытию в Екатеринбурге торгового представительства Казахстана.",
     ("representation", "KZ", "RU-SVE/Екатеринбург")),
    ("Губернатор и посол обсудили открытие в Омске генерального консульства Казахстана, которое планируется открыть в "
     "2026 году.", ("consulate", "KZ", "RU-OMS/Омск")),
    ("На встрече обсуждалась подготовка к открытию торгового дома Татарстана в Ташкенте.",
     ("trade_house", "RU-TA", "UZ-TK")),
]


@pytest.mark.parametrize("text,mission", PREPARED, ids=["preparing", "planned-clause", "preparation-discussed"])
def test_a_mission_prepared_is_planned(extract, text, mission):
    got = [(f["kind"], f["of"], f["in"], f["status"]) for f in extract(text, "2025-10-14") if f["type"] == "institution"]
    assert got == [(*mission, "planned")], got


@pytest.mark.parametrize("text", [
    "Губернатор и посол обсудили открытие в Омске генерального консульства Казахстана.",
    "Стороны обсудили подготовку визита липецкой делегации в провинцию Шаньдун и возможность открытия в Цзинане "
    "представительства Липецкой области."], ids=["only-discussed", "possibility-beside-preparing"])
def test_a_mission_only_discussed_is_no_fact(extract, text):
    assert [f for f in extract(text, "2025-10-14") if f["type"] == "institution"] == []


TERRITORY_WORD = [
    ("Глава Екатеринбурга Алексей Орлов встретился с генеральным консулом Казахстана. Стороны обсудили подготовку к "
     "открытию в городе торгового представительства Казахстана.", ("KZ", "RU-SVE/Екатеринбург")),
    ("Раис Татарстана встретился с послом Узбекистана. Посол сообщил, что в республике скоро откроется торговый дом "
     "Узбекистана.", ("UZ", "RU-TA")),
    ("Губернатор Омской области встретился с послом Казахстана. В регионе уже работает почётное консульство "
     "Казахстана.", ("KZ", "RU-OMS")),
]


@pytest.mark.parametrize("text,mission", TERRITORY_WORD, ids=["city", "republic", "region"])
def test_a_mission_in_a_territory_word_is_in_the_territory_named(extract, text, mission):
    got = [(f["of"], f["in"]) for f in extract(text, "2025-10-14") if f["type"] == "institution"]
    assert got == [mission], got


def test_a_territory_word_of_a_relative_clause_places_no_mission(extract):
    text = ("Губернатор Саратовской области встретился с генеральным консулом Казахстана. По словам губернатора, "
            "консульство поможет жителям Западно-Казахстанской области, которые часто бывают в регионе.")
    assert [f for f in extract(text, "2025-10-14") if f["type"] == "institution"] == []


COMMITTEES = [
    ("На следующий день брянцы побывали в Речицком районе, где провели встречу с председателем райисполкома Сергеем "
     "Пашкевичем.", ("Сергей Пашкевич", "BY-HO/Речицкий район")),
    ("Смоляне побывали в Дубровенском районе, где их принял председатель райисполкома Иван Сидоренко.",
     ("Иван Сидоренко", "BY-VI/Дубровенский район")),
    ("Делегация Брянской области побывала в Речицком районе, где прошла встреча с председателем райисполкома Сергеем "
     "Пашкевичем.", ("Сергей Пашкевич", "BY-HO/Речицкий район")),
]


@pytest.mark.parametrize("text,role", COMMITTEES, ids=["demonym", "received", "delegation"])
def test_a_post_of_a_district_committee_is_belarusian(extract, text, role):
    got = [(f["person"], f["of"]) for f in extract(text, "2025-04-18") if f["type"] == "role"]
    assert got == [role], got


def test_a_russian_post_beside_a_belarusian_district_stays_russian(extract):
    text = ("Брянцы побывали в Речицком районе, где провели встречу с заместителем губернатора Брянской области "
            "Николаем Симоненко.")
    got = [f["of"] for f in extract(text, "2025-04-18") if f["type"] == "role"]
    assert got == ["RU-BRY"], got


STOPS = [
    ("Делегация Кирилловского муниципального округа Вологодской области во главе с главой округа Андреем Ивановым "
     "побывала в Лиозненском районе Витебской области. Гостей принял председатель Лиозненского райисполкома Сергей "
     "Ковалёв. Также вологодская делегация посетила Бабиновичский сельсовет.",
     ("RU-VLG/Кирилловский муниципальный округ", "BY-VI/Лиозненский район")),
    ("Делегация Омской области побывала в Павлодаре. Также омская делегация посетила Экибастуз, где ознакомилась с "
     "работой угольного разреза.", ("RU-OMS", "KZ-55/Павлодар")),
    ("Делегация Псковской области побывала в Витебске. Кроме того, псковская делегация посетила Полоцк.",
     ("RU-PSK", "BY-VI/Витебск")),
]


@pytest.mark.parametrize("text,trip", STOPS, ids=["selsovet", "town", "besides"])
def test_a_delegation_named_again_at_another_stop_is_one_trip(extract, text, trip):
    got = [(f["visitor"], f["host"]) for f in extract(text, "2025-07-11") if f["type"] == "visit"]
    assert got == [trip], got


@pytest.mark.parametrize("text", [
    "Делегация Омской области побывала в Павлодаре. Ранее омская делегация посетила Экибастуз.",
    "Губернатор Пензенской области Олег Мельниченко рассказал о сотрудничестве с Узбекистаном. Наши делегации были в "
    "Самарканде, в Бухаре."], ids=["before", "plural"])
def test_an_earlier_trip_or_several_delegations_are_trips_of_their_own(extract, text):
    assert len([f for f in extract(text, "2025-07-11") if f["type"] == "visit"]) == 2


DISTRICTS = [
    ("Делегация Кирилловского муниципального округа Вологодской области во главе с главой округа Андреем Ивановым "
     "побывала в Лиозненском районе Витебской области. Гостей принял председатель Лиозненского райисполкома Сергей "
     "Ковалёв.", ("RU-VLG/Кирилловский муниципальный округ", "BY-VI/Лиозненский район")),
    ("Делегация Порховского района Псковской области побывала в Глубокском районе Витебской области.",
     ("RU-PSK/Порховский район", "BY-VI/Глубокский район")),
    ("Делегация Гагаринского района Смоленской области побывала в Оршанском районе Витебской области.",
     ("RU-SMO/Гагаринский район", "BY-VI/Оршанский район")),
]


@pytest.mark.parametrize("text,trip", DISTRICTS, ids=["okrug", "district", "another-district"])
def test_a_districts_delegation_in_a_district_is_its_guest(extract, text, trip):
    got = [(f["visitor"], f["host"]) for f in extract(text, "2025-07-11") if f["type"] == "visit"]
    assert got == [trip], got


def test_a_regions_delegation_in_the_other_regions_capital_is_the_regions_guest(extract):
    text = ("Аким Павлодарской области встретился с губернатором Омской области. Делегация Омской области прибыла в "
            "Павлодар.")
    assert [(f["visitor"], f["host"]) for f in extract(text, "2025-07-11") if f["type"] == "visit"] == [
        ("RU-OMS", "KZ-55")]
