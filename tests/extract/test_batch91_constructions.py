"""Constructions of the o681–o688 batch, in three wordings of ours: a route of three stops joined by dashes
("поезд Гомель — Брянск — Москва") is a link from its first stop to each stop on the other side
(transport.route_in_name, transport.route_right_after)."""

import pytest

THREE_STOPS = [
    ("Возобновляется курсирование поезда Гомель — Брянск — Москва, отменённого в 2022 году.",
     [{"BY-HO/Гомель", "RU-BRY/Брянск"}, {"BY-HO/Гомель", "RU-MOW"}]),
    ("С июня откроется автобусный маршрут Витебск — Смоленск — Москва.",
     [{"BY-VI/Витебск", "RU-SMO/Смоленск"}, {"BY-VI/Витебск", "RU-MOW"}]),
    ("Поезд Минск — Орша — Смоленск — Москва будет ходить ежедневно.",
     [{"BY-HM", "RU-SMO/Смоленск"}, {"BY-HM", "RU-MOW"}]),
]


@pytest.mark.parametrize("text,links", THREE_STOPS, ids=["gomel", "vitebsk", "minsk"])
def test_a_route_of_several_stops_links_its_first_stop_to_each_across(extract, text, links):
    got = [set(f["between"]) for f in extract(text, "2026-01-14") if f["type"] == "transport"]
    assert sorted(got, key=sorted) == sorted(links, key=sorted), got
