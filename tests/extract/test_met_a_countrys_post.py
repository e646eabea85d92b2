"""A generic head who met a post of one country only (аким, хоким, председатель облисполкома) is of the other side
(role.met_a_countrys_post) — wordings of ours."""

import pytest

GENERIC_HEAD_MET = [
    ("Губернатор Омской области и аким Павлодарской области обсудили торговлю. Глава региона Виталий Хоценко "
     "встретился с акимом области Асаином Байхановым.", ("Хоценко", "RU-OMS")),
    ("Калининградская и Гродненская области подписали соглашение. Глава региона Алексей Беспрозванных провел "
     "переговоры с председателем облисполкома Юрием Караевым.", ("Беспрозванных", "RU-KGD")),
    ("Пензенская и Наманганская области обсудили поставки. Губернатор региона Олег Мельниченко встретился с хокимом "
     "области Шавкатжоном Абдураззаковым.", ("Мельниченко", "RU-PNZ")),
]


@pytest.mark.parametrize("text,role", GENERIC_HEAD_MET, ids=["akim", "oblispolkom", "hokim"])
def test_the_generic_head_is_of_the_other_side(extract, text, role):
    got = {(f["person"].split()[-1], f["of"]) for f in extract(text, published="2025-03-20") if f["type"] == "role"}
    assert role in got, got


def test_a_relative_clause_of_the_guest_is_not_where_the_head_went(extract):
    # "который прибыл в Омск" tells of the akim: Omsk is not a side the head met
    text = ("Товарооборот Омской и Павлодарской областей превысил 600 млн долларов. Об этом сообщил глава региона "
            "Виталий Хоценко на встрече с акимом области Асаином Байхановым, который прибыл в Омск накануне.")
    got = {(f["person"].split()[-1], f["of"]) for f in extract(text, published="2025-03-20") if f["type"] == "role"}
    assert ("Хоценко", "RU-OMS") in got, got
