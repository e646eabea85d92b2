"""Constructions of the o296–o301 batch, each in three wordings of ours: an aim "удвоить — до 300 млн" (aim_verbs), a
trip to the city of a session of the visitor with a country, and documents signed "по итогам заседания" that name no
side (links.host_of_the_session, links.parties_of_its_session), and a bare embassy placed by the list before it
(institution.embassy_in_capital)."""

import pytest

DOUBLED = [
    ("По словам губернатора, в прошлом году товарооборот Свердловской области с Киргизией превысил 150 млн долларов, а "
     "к 2030 году его планируется удвоить — до 300 млн долларов.", 3e8),
    ("В прошлом году товарооборот Омской области с Казахстаном превысил 1 млрд долларов, а к 2030 году его планируется "
     "удвоить — до 2 млрд долларов.", 2e9),
    ("Товарооборот Татарстана и Узбекистана составил 800 млн долларов; стороны намерены утроить его — до 2,4 млрд "
     "долларов.", 2.4e9),
]


@pytest.mark.parametrize("text,aim", DOUBLED, ids=["sverdlovsk", "omsk", "tatarstan"])
def test_doubled_to_an_amount_is_an_aim(extract, text, aim):
    assert [f["value_max"] for f in extract(text, "2025-04-14") if f["type"] == "target"] == [aim]


SESSION_IN_THE_CITY = [
    ("28 октября в Минск прибыла делегация Республики Татарстан во главе с Премьер-министром республики Алексеем "
     "Песошиным. В тот же день прошло заседание Совместной комиссии по торгово-экономическому сотрудничеству между "
     "Республикой Татарстан и Республикой Беларусь. По итогам заседания подписаны протокол и план мероприятий.",
     ("RU-TA", "BY"), {"RU-TA", "BY"}),
    ("12 мая в Ташкент прибыла делегация Башкортостана. В тот же день прошло заседание рабочей группы по сотрудничеству "
     "между Республикой Башкортостан и Республикой Узбекистан. По итогам заседания подписан протокол.",
     ("RU-BA", "UZ"), {"RU-BA", "UZ"}),
    ("3 июня в Алматы прибыла делегация Омской области. В тот же день прошло заседание межрегиональной комиссии Омской "
     "области и Республики Казахстан. По итогам заседания подписан протокол.", ("RU-OMS", "KZ"), {"RU-OMS", "KZ"}),
]


@pytest.mark.parametrize("text,trip,parties", SESSION_IN_THE_CITY, ids=["minsk", "tashkent", "almaty"])
def test_the_sessions_side_hosts_the_trip_and_signs(extract, text, trip, parties):
    facts = extract(text, "2025-10-29")
    assert [(f["visitor"], f["host"]) for f in facts if f["type"] == "visit"] == [trip], facts
    assert all(set(f["parties"]) == parties for f in facts if f["type"] == "agreement"), facts


def test_a_session_elsewhere_leaves_the_trip(extract):
    text = ("«Наши делегации были в Самарканде, в Бухаре, участвовали во втором совете регионов России и Узбекистана в "
            "Москве», — отметил губернатор Пензенской области Олег Мельниченко.")
    hosts = [f["host"] for f in extract(text, "2025-10-29") if f["type"] == "visit"]
    assert hosts and "UZ" not in hosts, hosts


EMBASSY = [
    ("Функции консульства переданы отделению посольства Беларуси в Казани, сообщили в пресс-службе посольства.",
     ("BY", "RU")),
    ("Работу ведёт отделение посольства Казахстана в Омске, пояснили в пресс-службе посольства.", ("KZ", "RU")),
    ("Документы принимает отделение посольства Узбекистана в Новосибирске, уточнили на сайте посольства.", ("UZ", "RU")),
]


@pytest.mark.parametrize("text,embassy", EMBASSY, ids=["kazan", "omsk", "novosibirsk"])
def test_a_bare_embassy_sits_in_the_country(extract, text, embassy):
    got = [(f["of"], f["in"]) for f in extract(text, "2025-07-02") if f["type"] == "institution" and f["kind"] == "embassy"]
    assert got == [embassy], got


def test_documents_of_a_session_in_the_capital_are_the_sessions(extract):
    text = ("28 октября в Минск прибыла делегация Республики Татарстан во главе с Премьер-министром республики Алексеем "
            "Песошиным. В тот же день в Доме правительства прошло заседание Совместной комиссии между Республикой "
            "Татарстан и Республикой Беларусь. Заседание провели Алексей Песошин и Министр промышленности Беларуси "
            "Александр Ефимов. По итогам заседания подписан протокол.")
    assert [set(f["parties"]) for f in extract(text, "2025-10-29") if f["type"] == "agreement"] == [{"RU-TA", "BY"}]
