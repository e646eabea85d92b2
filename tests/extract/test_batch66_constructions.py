"""Constructions of the o487–o494 batch, in three wordings of ours: a consul posted in another region of the host's
country, received by the host's head, came on a trip (visit.received_head, visit.posted_elsewhere); one posted there
did not."""

import pytest

CONSUL_CAME = [
    ("Вчера губернатор Курганской области Вадим Шумков принял Генерального консула Республики Казахстан в Екатеринбурге "
     "Нурлана Кулбаева.", ("KZ", "RU-KGN", "Нурлан Кулбаев")),
    ("Губернатор Омской области Виталий Хоценко принял Генерального консула Казахстана в Новосибирске Ерлана Ахметова.",
     ("KZ", "RU-OMS", "Ерлан Ахметов")),
    ("Губернатор Брянской области Александр Богомаз принял Генерального консула Беларуси в Смоленске Александра "
     "Петрова.", ("BY", "RU-BRY", "Александр Петров")),
]


@pytest.mark.parametrize("text,trip", CONSUL_CAME, ids=["kurgan", "omsk", "bryansk"])
def test_a_consul_posted_in_another_region_came_to_be_received(extract, text, trip):
    got = [(f["visitor"], f["host"], f["head"]) for f in extract(text, "2026-03-13") if f["type"] == "visit"]
    assert got == [trip], got


def test_a_consul_posted_in_the_hosts_region_made_no_trip(extract):
    text = "Губернатор Свердловской области Денис Паслер принял Генерального консула Казахстана в Екатеринбурге Нурлана Кулбаева."
    assert [f for f in extract(text, "2026-03-13") if f["type"] == "visit"] == []
