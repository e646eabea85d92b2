"""Constructions of the o521–o528 batch, in three wordings of ours: a given name no dictionary knows and a surname
after a title in the instrumental are a person, not a town after "города" (people and gazetteer.settlements); a side
named only by its town is its region when "между областями" says the level (sides.region_of_town_side); an airport
known by a name of its own is its city (gazetteer.matcher.named_airports); "X, возглавивший делегацию" led the trip
(visit.leader_before_participle)."""

import pytest

AKIM_OF_THE_TOWN = [
    ("Омск, 9 октября 2026 года\n\nМэр Омска Сергей Шелест принял делегацию казахстанского Аксу во главе с"
     " акимом города Жанболатом Жаксылыковым. Города энергетиков договорились развивать сотрудничество в "
     "сфере образования, спорта и жилищно-коммунального хозяйства.\n\nВ присутствии представителей "
     "предприятий главы городов подписали меморандум о сотрудничестве.\n\nНапомним, соглашение о "
     "сотрудничестве между Омской и Павлодарской областями было подписано в 2024 году.",
     ('KZ-55/Аксу', 'Жанболат Жаксылыков')),
    ("Астрахань, 9 октября 2026 года\n\nГлава Астрахани Игорь Седов принял делегацию казахстанского "
     "Жанаозена во главе с акимом города Куанышбеком Тлеужановым. Города нефтяников договорились развивать"
     " сотрудничество в сфере образования, спорта и жилищно-коммунального хозяйства.\n\nВ присутствии "
     "представителей предприятий главы городов подписали меморандум о сотрудничестве.\n\nНапомним, "
     "соглашение о сотрудничестве между Астраханской и Мангистауской областями было подписано в 2024 году.",
     ('KZ-47/Жанаозен', 'Куанышбек Тлеужанов')),
    ("Омск, 9 октября 2026 года\n\nМэр Омска Сергей Шелест принял делегацию казахстанского Экибастуза во "
     "главе с акимом города Нурлыбеком Кабиденовым. Города энергетиков договорились развивать "
     "сотрудничество в сфере образования, спорта и жилищно-коммунального хозяйства.\n\nВ присутствии "
     "представителей предприятий главы городов подписали меморандум о сотрудничестве.\n\nНапомним, "
     "соглашение о сотрудничестве между Омской и Павлодарской областями было подписано в 2024 году.",
     ('KZ-55/Экибастуз', 'Нурлыбек Кабиденов')),
]


@pytest.mark.parametrize("text,trip", AKIM_OF_THE_TOWN, ids=["aksu", "zhanaozen", "ekibastuz"])
def test_a_foreign_name_after_a_title_is_a_person_not_a_town(extract, text, trip):
    facts = extract(text, "2026-10-09")
    assert [(f["visitor"], f["head"]) for f in facts if f["type"] == "visit"] == [trip], facts
    assert ("аким", trip[0]) in [(f["title"], f["of"]) for f in facts if f["type"] == "role"], facts


TOWN_SIDE_OF_REGIONS = [
    ("Делегация Омской области второй день работает в Павлодаре. Аким области Асаин Байханов принял гостей. По его "
     "словам, в 2025 году товарооборот между областями составил 612 млн долларов.", {"RU-OMS", "KZ-55"}),
    ("Делегация Гродненской области находится в Смоленске. Губернатор области Василий Анохин провёл с гостями "
     "переговоры. За девять месяцев товарооборот между областями вырос на 10%.", {"BY-HR", "RU-SMO"}),
    ("Делегация Оренбургской области побывала в Актобе. Аким области принял гостей. В прошлом году товарооборот между "
     "регионами достиг 900 млн долларов.", {"RU-ORE", "KZ-15"}),
]


@pytest.mark.parametrize("text,sides", TOWN_SIDE_OF_REGIONS, ids=["pavlodar", "smolensk", "aktobe"])
def test_a_side_named_only_by_its_town_is_its_region_between_regions(extract, text, sides):
    assert [set(f["parties"]) for f in extract(text, "2026-04-14") if f["type"] == "trade"] == [sides]


def test_between_towns_keeps_the_towns(extract):
    text = ("Делегация Витебска находится в Смоленске. Мэр города принял гостей. В 2025 году товарооборот между городами "
            "составил 20 млн долларов.")
    assert [set(f["parties"]) for f in extract(text, "2026-04-14") if f["type"] == "trade"] == [
        {"BY-VI/Витебск", "RU-SMO/Смоленск"}]


AIRPORT_BY_ITS_NAME = [
    ("Сейчас из аэропорта Толмачёво без пересадок можно улететь в Ташкент и Бишкек.",
     [{"RU-NVS/Новосибирск", "UZ-TK"}, {"RU-NVS/Новосибирск", "KG-GB"}]),
    ("Из аэропорта Кольцово выполняются прямые рейсы в Душанбе и Худжанд.",
     [{"RU-SVE/Екатеринбург", "TJ-DU"}, {"RU-SVE/Екатеринбург", "TJ-SU/Худжанд"}]),
    ("Из аэропорта «Манас» открыты прямые рейсы в Казань и Уфу.",
     [{"KG-GB", "RU-TA/Казань"}, {"KG-GB", "RU-BA/Уфа"}]),
]


@pytest.mark.parametrize("text,links", AIRPORT_BY_ITS_NAME, ids=["tolmachevo", "koltsovo", "manas"])
def test_an_airport_known_by_its_own_name_is_its_city(extract, text, links):
    got = [set(f["between"]) for f in extract(text, "2026-02-20") if f["type"] == "transport"]
    assert sorted(got, key=sorted) == sorted(links, key=sorted), got


def test_a_town_of_the_airport_name_elsewhere_stays_the_town(extract):
    text = "Мэр наукограда Кольцово принял делегацию Витебской области. Губернатор Новосибирской области встретил гостей."
    assert {"RU-NVS/Кольцово"} <= {f.get("host") for f in extract(text, "2026-02-20") if f["type"] == "visit"}


LEADER_BEFORE_PARTICIPLE = [
    ("Минск, 17 сентября 2026 года\n\nВ МИД Беларуси состоялось заседание рабочей группы. Заседание провели "
     "заместитель министра иностранных дел Беларуси Игорь Назарук и министр экономического развития Ульяновской "
     "области Юрий Пахомов, возглавивший ульяновскую делегацию.\n\nПо итогам заседания подписан протокол.",
     ("RU-ULY", "Юрий Пахомов")),
    ("Заседание рабочей группы в Минске провели заместитель министра иностранных дел Беларуси Игорь Назарук и вице-"
     "губернатор Псковской области Вера Емельянова, возглавившая псковскую делегацию.", ("RU-PSK", "Вера Емельянова")),
    ("В Ташкенте прошло заседание рабочей группы. Его провели хоким Ташкентской области Зойир Мирзаев и министр "
     "сельского хозяйства Башкортостана Ильшат Фазрахманов, возглавлявший башкирскую делегацию.",
     ("RU-BA", "Ильшат Фазрахманов")),
]


@pytest.mark.parametrize("text,trip", LEADER_BEFORE_PARTICIPLE, ids=["ulyanovsk", "pskov", "bashkortostan"])
def test_the_name_before_a_participle_of_leading_led_the_trip(extract, text, trip):
    got = [(f["visitor"], f["head"]) for f in extract(text, "2026-09-17") if f["type"] == "visit"]
    assert got == [trip], got
