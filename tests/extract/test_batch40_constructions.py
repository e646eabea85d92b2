"""Constructions of the o302–o309 batch, each in three wordings of ours: a surname pymorphy also reads as a plural
given name ("Байханов Асаин Куанышевич": names), a head of one side receiving an official of another country
(visit.received_head), 'региона' in a release dated in one of the two regions (role.region_of_the_dateline), and a
Uzbek "вилоят" NER tags as an organisation (gazetteer.levels)."""

import pytest

SURNAME_FIRST = [
    ("Соглашение подписали Хоценко Виталий Павлович и Байханов Асаин Куанышевич.", "Асаин Байханов"),
    ("В переговорах участвовали Байханов Асаин Куанышевич и Хоценко Виталий Павлович.", "Асаин Байханов"),
    ("Документ от казахстанской стороны подписал Байханов Асаин Куанышевич.", "Асаин Байханов"),
]


@pytest.mark.parametrize("text,name", SURNAME_FIRST, ids=["signed", "took-part", "alone"])
def test_a_surname_read_as_a_plural_given_name_stays_a_surname(extract, text, name):
    from coopwatch.extract.names import read_name
    assert read_name(["Байханов", "Асаин", "Куанышевич"])[0].text == name
    people = {p for f in extract(text, "2025-03-11") for p in f.get("signatories", []) + f.get("participants", [])}
    assert not people or name in people, people


RECEIVED = [
    ("Президент Узбекистана Шавкат Мирзиёев принял Главу Башкортостана Радия Хабирова.",
     ("RU-BA", "UZ", "Радий Хабиров")),
    ("Губернатор Омской области Виталий Хоценко принял акима Павлодарской области Асаина Байханова.",
     ("KZ-55", "RU-OMS", "Асаин Байханов")),
    ("Председатель Мингорисполкома Владимир Кухарев принял мэра Казани Ильсура Метшина.",
     ("RU-TA/Казань", "BY-HM", "Ильсур Метшин")),
]


@pytest.mark.parametrize("text,trip", RECEIVED, ids=["president", "governor", "city"])
def test_a_foreign_official_received_came(extract, text, trip):
    assert [(f["visitor"], f["host"], f["head"]) for f in extract(text, "2025-04-03") if f["type"] == "visit"] == [trip]


@pytest.mark.parametrize("text", [
    "Губернатор Брянской области Александр Богомаз принял посла Беларуси Дмитрия Крутого.",
    "Губернатор Омской области Виталий Хоценко принял губернатора Новосибирской области Андрея Травникова.",
], ids=["diplomat", "same-country"])
def test_a_diplomat_or_a_compatriot_received_is_no_trip(extract, text):
    assert [f for f in extract(text, "2025-04-03") if f["type"] == "visit"] == []


DATELINE_REGION = [
    ("Калининград, 6 августа 2025 г.\n\nГубернатор Калининградской области Алексей Беспрозванных принял делегацию "
     "Брестской области. В переговорах также участвовал министр сельского хозяйства региона Семён Лёвин.",
     ("Семён Лёвин", "RU-KGD")),
    ("Смоленск, 12 мая 2025 г.\n\nГубернатор Смоленской области принял делегацию Витебской области. В переговорах также "
     "участвовал заместитель губернатора региона Андрей Ковалёв.", ("Андрей Ковалёв", "RU-SMO")),
    ("Оренбург, 3 июня 2025 года\n\nГубернатор Оренбургской области принял делегацию Актюбинской области. Министр "
     "экономики региона Ирина Сорокина рассказала о проектах.", ("Ирина Сорокина", "RU-ORE")),
]


@pytest.mark.parametrize("text,role", DATELINE_REGION, ids=["kaliningrad", "smolensk", "orenburg"])
def test_the_region_is_the_datelines(extract, text, role):
    assert role in {(f["person"], f["of"]) for f in extract(text) if f["type"] == "role"}


VILOYAT = [
    "Делегация Самаркандского вилоята во главе с хокимом Эркинжоном Турдимовым прибыла в Казань. Гостей принял Раис "
    "Республики Татарстан Рустам Минниханов.",
    "Делегация Бухарского вилоята прибыла в Уфу. Гостей принял Глава Башкортостана Радий Хабиров.",
    "Делегация Андижанского вилоята прибыла в Пензу. Гостей принял губернатор Пензенской области Олег Мельниченко.",
]


@pytest.mark.parametrize("text", VILOYAT, ids=["samarkand", "bukhara", "andijan"])
def test_a_viloyat_is_a_side(extract, text):
    assert [f for f in extract(text, "2025-06-19") if f["type"] == "meeting"], extract(text, "2025-06-19")
