"""Sides of facts whose sentence does not name them, resolved from the document (sentences
written for these tests)."""

import pytest

from tests.conftest import of_type

# sides.camp_held_level: the headline names the city, the body the region whose head is named;
# "регионы", "области", "стороны" are the regions.
CAMP_HELD_LEVEL = [
    ("Аким Карагандинской области посетил Челябинск\n\nГостей принял губернатор Челябинской области "
     "Алексей Текслер. Ранее регионы заключили соглашение о сотрудничестве.", "agreement", ["KZ-35", "RU-CHE"]),
    ("Делегация Гродненской области побывала в Смоленске\n\nВ Смоленске белорусов принял губернатор "
     "Смоленской области Василий Анохин. Стороны подписали соглашение о сотрудничестве.",
     "agreement", ["BY-HR", "RU-SMO"]),
    ("Губернатор Курской области приехал в Гомель\n\nРоман Старовойт провел переговоры с председателем "
     "Гомельского облисполкома Иваном Крупко. В 2023 году товарооборот регионов составил 120 млн долларов.",
     "trade", ["RU-KRS", "BY-HO"]),
]

# the other way round: the city's own head is named, so the city stays the side
CITY_HELD = [
    ("Мэр Казани посетил Минск\n\nМэр Казани Ильсур Метшин встретился с председателем Минского "
     "горисполкома Владимиром Кухаревым. Стороны подписали соглашение о сотрудничестве.",
     "agreement", ["RU-TA/Казань", "BY-HM"]),
]


@pytest.mark.parametrize("text,kind,parties", CAMP_HELD_LEVEL + CITY_HELD)
def test_camp_side_is_the_held_level(extract, text, kind, parties):
    got = of_type(extract(text), kind)
    assert [sorted(f["parties"]) for f in got] == [sorted(parties)], got

