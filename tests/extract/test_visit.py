"""visit rules (texts written for these tests)."""

import pytest

from tests.conftest import assert_facts

CASES = [
    # "который находится … с визитом": the person it refers to travelled, not the subject
    ("Глава Республики Мордовия Артём Здунов провел рабочую встречу с председателем Гродненского облисполкома "
     "Юрием Караевым, который находится в Саранске с рабочим визитом.",
     [{"visitor": "BY-HR", "host": "RU-MO", "head": "Юрий Караев"}]),
    # "делегация района": the district of the side that travelled
    ("Стародорожский район Минской области и Рыбно-Слободский муниципальный район Республики Татарстан "
     "подписали соглашение о сотрудничестве. Делегация района находилась в Татарстане с 28 февраля по 2 марта.",
     [{"visitor": "BY-MI/Стародорожский район", "host": "RU-TA"}]),
    # the place visited before the verb, the visitor after it; "в России" is where the post is
    ("На прошлой неделе Тюменскую область с официальным визитом посетил посол Узбекистана в России "
     "Ботиржон Асадов.",
     [{"visitor": "UZ", "host": "RU-TYU", "head": "Ботиржон Асадов"}]),
    # where he was is not said: no trip
    ("На выставке побывал губернатор Орловской области Андрей Клычков.", []),
    # the headline's city and the body's country are one trip; who received it decides the host
    ("Самарская делегация прибыла в Минск\n\nС официальным визитом в Беларуси находится делегация Самарской "
     "области во главе с губернатором Вячеславом Федорищевым. Его принял Премьер-министр Беларуси Александр "
     "Турчин.",
     [{"visitor": "RU-SAM", "host": "BY", "head": "Вячеслав Федорищев"}]),
    ("Делегация Курской области во главе с губернатором Романом Старовойтом прибыла в Беларусь.",
     [{"visitor": "RU-KRS", "host": "BY", "head": "Роман Старовойт"}]),
    ("Президент Белоруссии Александр Лукашенко прибыл в Казань, где его встретил Раис Татарстана "
     "Рустам Минниханов.",
     [{"visitor": "BY", "host": "RU-TA", "head": "Александр Лукашенко"}]),
    ("Омская делегация находится с рабочим визитом в Витебске.",
     [{"visitor": "RU-OMS", "host": "BY-VI/Витебск"}]),
    # the traveller is the subject, not the host named after the trip
    ("Мэр Ярославля Артем Молчанов в ходе рабочего визита в Витебск встретился с председателем Витебского "
     "горисполкома Евгением Николаевым.",
     [{"visitor": "RU-YAR/Ярославль", "host": "BY-VI/Витебск", "head": "Артем Молчанов"}]),
    # the hosts named, the guests are the other side
    ("Делегация Самаркандской области Узбекистана находится с визитом в Татарстане. В Доме Правительства РТ "
     "делегацию принял Раис Татарстана Рустам Минниханов.",
     [{"visitor": "UZ-SA", "host": "RU-TA"}]),
    # visitors at work in a place: a trip without a travel verb
    ("Официальная делегация Омской области работает в Казахстане с 3 по 5 июня.",
     [{"visitor": "RU-OMS", "host": "KZ"}]),
    ("Делегация, возглавляемая губернатором Псковской области, работает в Витебской области.",
     [{"visitor": "RU-PSK", "host": "BY-VI"}]),
    ("Третий день работы курян в Гомеле был посвящён промышленности.",
     [{"visitor": "RU-KRS", "host": "BY-HO/Гомель"}]),
    ("Делегация Курской области работает над проектом нового соглашения.", []),
    # announced, not made
    ("Губернатор Орловской области Андрей Клычков посетит Брестскую область в июне.", []),
    ("Делегации казахстанских областей регулярно приезжают в Татарстан.", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_visit(extract, text, expected):
    assert_facts(extract(text), "visit", expected)


def test_the_day_a_trip_ended_is_not_its_date(extract):
    facts = extract("Вчера завершился трехдневный визит делегации Гомельской области в Брянскую область.", "2025-01-15")
    assert_facts(facts, "visit", [{"visitor": "BY-HO", "host": "RU-BRY", "date": None}])


def test_past_trip_is_its_own_fact(extract):
    facts = extract("Раис Татарстана Рустам Минниханов прибыл в Астану. Годом ранее, в сентябре 2024 года, Минниханов также "
                    "посещал Астану.", published="2025-11-01")
    assert_facts(facts, "visit", [{"visitor": "RU-TA", "host": "KZ-71", "date": None},
                                  {"visitor": "RU-TA", "host": "KZ-71", "date": "2024-09"}])
