"""A dash inside a meeting's quoted name ("форум «Оренбуржье — Казахстан»") is the name's own: the
sides after it are still the name's (meeting.name_ended) — wordings of ours."""

import pytest

QUOTED = [
    ("В Оренбурге прошел XVI Межрегиональный форум «Оренбуржье — Казахстан». В форуме приняли участие губернатор "
     "Оренбургской области Евгений Солнцев и аким Актюбинской области Асхат Шахаров.", {"RU-ORE", "KZ"}),
    ("В Омске прошел VII форум «Омская область — Казахстан». В нем участвовали губернатор Омской области Виталий "
     "Хоценко и аким Павлодарской области Асаин Байханов.", {"RU-OMS", "KZ"}),
    ("В Гродно состоялся форум «Гродненская область — Россия». На форуме выступили председатель Гродненского "
     "облисполкома Юрий Караев и губернатор Псковской области Михаил Ведерников.", {"BY-HR", "RU"}),
]


@pytest.mark.parametrize("text,parties", QUOTED, ids=["orenburg", "omsk", "grodno"])
def test_the_quoted_names_sides(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text) if f["type"] == "meeting" and f["kind"] == "forum"]
    assert got == [parties], got


def test_a_dash_after_the_name_still_ends_it(extract):
    text = ("ХII Форум регионов Беларуси и России прошел в Витебске — на полях форума подписаны соглашения между "
            "Витебской и Псковской областями.")
    got = [set(f["parties"]) for f in extract(text) if f["type"] == "meeting" and f["kind"] == "forum"]
    assert got == [{"BY", "RU"}], got
