"""Constructions of the o467–o474 batch, in three wordings of ours: a mission that 'продолжает работу', opened in a
year the participle gives, exists (institution.at_work_opened_before); the territories listed before a plural
'которые' of a trip travelled, one trip each (visit.travellers_before_which); a government's envoy in a region of its
own country, the country left unsaid, heads the region (role.envoy_in_own_region)."""

import pytest

GOES_ON = [
    ("В то же время в Самаре продолжает работу торговое представительство Узбекистана, открытое в 2021 году.",
     ("UZ", "exists", "2021")),
    ("В Минске продолжает работу представительство Омской области, открытое в 2015 году.", ("RU-OMS", "exists", "2015")),
    ("В Ташкенте продолжает действовать торговый дом Татарстана, открытый в 2019 году.", ("RU-TA", "exists", "2019")),
]


@pytest.mark.parametrize("text,mission", GOES_ON, ids=["samara", "minsk", "tashkent"])
def test_a_mission_going_on_at_work_exists_since_its_opening(extract, text, mission):
    got = [(f["of"], f["status"], f["date"]) for f in extract(text, "2026-06-06") if f["type"] == "institution"]
    assert got == [mission], got


LISTED_TRAVELLERS = [
    ("Раис Татарстана Рустам Минниханов встретился с хокимами Ферганской, Наманганской и Андижанской областей, которые "
     "находятся в Казани с рабочим визитом.", ["UZ-AN", "UZ-FA", "UZ-NG"], "RU-TA"),
    ("Губернатор Омской области Виталий Хоценко встретился с акимами Павлодарской и Северо-Казахстанской областей, "
     "которые находятся в Омске с рабочим визитом.", ["KZ-55", "KZ-59"], "RU-OMS"),
    ("Глава Башкортостана Радий Хабиров встретился с хокимами Андижанской и Бухарской областей, которые прибыли в Уфу "
     "на форум.", ["UZ-AN", "UZ-BU"], "RU-BA"),
]


@pytest.mark.parametrize("text,visitors,host", LISTED_TRAVELLERS, ids=["kazan", "omsk", "ufa"])
def test_the_territories_before_which_travelled(extract, text, visitors, host):
    got = sorted((f["visitor"], f["host"]) for f in extract(text, "2026-04-22") if f["type"] == "visit")
    assert got == [(v, host) for v in visitors], got


ENVOYS = [
    ("Полномочный представитель правительства в Чуйской области Жаныбек Абиров провёл встречу с делегацией "
     "Новосибирской области. Напомним, в Бишкеке работает представительство Новосибирской области.", "KG-C"),
    ("Полномочный представитель правительства в Ошской области Эркин Исаков подписал меморандум с губернатором "
     "Омской области.", "KG-O"),
    ("Делегация Новосибирской области прибыла в Бишкек. Полномочный представитель правительства в Чуйской области "
     "Жаныбек Абиров принял гостей.", "KG-C"),
]


@pytest.mark.parametrize("text,region", ENVOYS, ids=["chuy", "osh", "chuy-after-bishkek"])
def test_a_governments_envoy_in_a_region_heads_it(extract, text, region):
    got = [f["of"] for f in extract(text, "2026-03-12") if f["type"] == "role"
           and f["title"].startswith("полномочный представитель")]
    assert got == [region], got
