"""Constructions of the o503–o508 batch, in three wordings of ours: a council whose name holds the sides' compound
adjective ('Совета Белорусско-Нижегородского делового сотрудничества', meeting.business_council); a name alone as the
subject of a clause a trip frames made the trip (visit.frame_subject); talks that 'состоятся' in their own clause,
after a clause of a day past, are not held (meeting.coming_event)."""

import pytest

COMPOUND_COUNCIL = [
    ("В Минске прошло XII заседание Совета Белорусско-Нижегородского делового сотрудничества. Заседание провели "
     "заместитель Премьер-министра Беларуси Виктор Каранкевич и губернатор Нижегородской области Глеб Никитин.", 12),
    ("В Казани прошло заседание Совета Татарстано-Белорусского делового сотрудничества. Его провели Раис Татарстана "
     "Рустам Минниханов и заместитель Премьер-министра Беларуси Виктор Каранкевич.", None),
    ("В Ярославле прошло седьмое заседание Совета Белорусско-Ярославского делового сотрудничества. Заседание провели "
     "губернатор Ярославской области Михаил Евраев и министр промышленности Беларуси Александр Рогожник.", 7),
]


@pytest.mark.parametrize("text,number", COMPOUND_COUNCIL, ids=["nizhny", "kazan", "yaroslavl"])
def test_a_council_named_by_the_sides_compound_adjective(extract, text, number):
    got = [(f["kind"], f["number"]) for f in extract(text, "2026-12-17") if f["type"] == "meeting"]
    assert got == [("commission", number)], got


FRAMED_NAME = [
    ("Губернатор Нижегородской области Глеб Никитин провёл заседание совета. В рамках визита в Минск Глеб Никитин также "
     "встретился с председателем Мингорисполкома Владимиром Кухаревым.", ("RU-NIZ", "Глеб Никитин")),
    ("Аким Павлодарской области Асаин Байханов принял участие в заседании комиссии. Во время поездки в Омск Асаин "
     "Байханов также встретился с мэром города.", ("KZ-55", "Асаин Байханов")),
    ("Глава Башкортостана Радий Хабиров принял участие в форуме. В ходе визита в Бишкек Радий Хабиров также встретился "
     "с мэром города.", ("RU-BA", "Радий Хабиров")),
]


@pytest.mark.parametrize("text,trip", FRAMED_NAME, ids=["minsk", "omsk", "bishkek"])
def test_a_name_alone_as_the_framed_subject_made_the_trip(extract, text, trip):
    got = [(f["visitor"], f["head"]) for f in extract(text, "2026-12-17") if f["type"] == "visit"]
    assert got == [trip], got


TALKS_TO_COME = [
    "Делегация Акмолинской области Казахстана во главе с заместителем акима Ермеком Кошербаевым находится с рабочей "
    "поездкой в Тюменской области. В первый день гости посетили агропромышленные предприятия, а 4 апреля состоятся "
    "переговоры в правительстве региона.",
    "Делегация Витебской области находится с рабочей поездкой в Псковской области. В первый день гости посетили "
    "льнозавод, а 12 мая состоятся переговоры в администрации области.",
    "Делегация Гомельской области во главе с заместителем председателя облисполкома находится в Брянской области. В "
    "первый день гости посетили предприятия, а 20 июня пройдут переговоры в правительстве региона.",
]


@pytest.mark.parametrize("text", TALKS_TO_COME, ids=["tyumen", "pskov", "bryansk"])
def test_talks_that_will_take_place_in_their_own_clause_are_not_held(extract, text):
    assert [f for f in extract(text, "2026-04-03") if f["type"] == "meeting"] == []


def test_talks_that_took_place_in_their_own_clause_are_held(extract):
    text = ("Делегация Омской области прибыла в Павлодар. Вчера гости осмотрели предприятия, а сегодня состоялись "
            "переговоры с акимом Асаином Байхановым.")
    assert [f["kind"] for f in extract(text, "2026-04-03") if f["type"] == "meeting"] == ["talks"]
