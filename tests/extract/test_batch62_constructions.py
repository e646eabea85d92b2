"""Constructions of the o459–o466 batch, in wordings of ours: a district named after a namesake town of a region the
document never names lies in the region it does name (gazetteer.resolve, units.unit_candidates); a stop in another
place of the trip's region keeps its host (visit.merge_same_trip); 'Стороны обсудили' right after a trip are the trip's
sides (sides.sides_of_trip_before); one meeting with the heads of regions not named is no talks of two sides
(meeting.meetings_with_many)."""

import pytest

NAMESAKE = [
    ("В Ижевске, столице Удмуртии, побывала делегация Бреста. Также делегация посетила Завьяловский муниципальный "
     "округ, где подписан протокол о намерениях с Брестским районом.", "protocol"),
    ("Делегация Брестского района прибыла в Ижевск, столицу Удмуртии. С Завьяловским муниципальным округом подписано "
     "соглашение о сотрудничестве.", "agreement"),
    ("Глава Удмуртии принял делегацию Гродно. Завьяловский муниципальный округ и Гродненский район подписали "
     "меморандум о сотрудничестве.", "memorandum"),
]


@pytest.mark.parametrize("text,kind", NAMESAKE, ids=["protocol", "fronted-partner", "subjects"])
def test_a_district_of_a_namesake_town_lies_in_the_region_the_text_names(extract, text, kind):
    got = [p for f in extract(text, "2026-07-24") if f["type"] == "agreement" and f["kind"] == kind
           for p in f["parties"] if "Завьяловский" in p]
    assert got == ["RU-UD/Завьяловский муниципальный округ"], got


def test_a_district_of_a_town_keeps_its_region_when_the_text_names_no_other(extract):
    got = [f["visitor"] for f in extract("Делегация Кингисеппского района прибыла в Минск.", "2026-07-24")
           if f["type"] == "visit"]
    assert got == ["RU-LEN/Кингисеппский район"], got


STOP_IN_REGION = [
    ("Делегация Витебска побывала в Пскове. Также делегация посетила Печорский район.", "RU-PSK/Псков"),
    ("Делегация Гомеля побывала в Ижевске. Также делегация посетила Завьяловский муниципальный округ Удмуртии.",
     "RU-UD/Ижевск"),
    ("Делегация Лиды побывала в Казани. Также делегация посетила Зеленодольский район.", "RU-TA/Казань"),
]


@pytest.mark.parametrize("text,host", STOP_IN_REGION, ids=["pskov", "izhevsk", "kazan"])
def test_a_stop_in_the_same_region_keeps_the_trips_host(extract, text, host):
    got = [f["host"] for f in extract(text, "2026-07-24") if f["type"] == "visit"]
    assert got == [host], got


SIDES_DISCUSSED = [
    ("Оршанский район посетила делегация Гагаринского муниципального округа Смоленской области во главе с главой округа "
     "Ольгой Ивановой. Стороны обсудили выполнение соглашения.",
     {"BY-VI/Оршанский район", "RU-SMO/Гагаринский муниципальный округ"}),
    ("Глубокский район посетила делегация Порховского района Псковской области во главе с главой района Андреем "
     "Ивановым. Стороны обсудили развитие туризма.", {"BY-VI/Глубокский район", "RU-PSK/Порховский район"}),
    ("Кричевский район посетила делегация Людиновского района Калужской области во главе с главой администрации "
     "Сергеем Петровым. Стороны обсудили поставки молока.", {"BY-MA/Кричевский район", "RU-KLU/Людиновский район"}),
]


@pytest.mark.parametrize("text,parties", SIDES_DISCUSSED, ids=["orsha", "glubokoe", "krichev"])
def test_the_sides_discussing_after_a_trip_are_the_trips(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2026-05-30") if f["type"] == "meeting"]
    assert got == [parties], got


def test_sides_discussing_after_no_trip_need_their_own_names(extract):
    text = "Губернатор рассказал о новых заводах. Стороны обсудили поставки молока."
    assert [f for f in extract(text, "2026-05-30") if f["type"] == "meeting"] == []


ONE_MEETING_WITH_MANY = [
    "Об этом сообщил министр иностранных дел Беларуси Максим Рыженков на встрече с руководителями российских регионов.",
    "Губернатор Омской области Виталий Хоценко выступил на встрече с акимами казахстанских областей.",
    "Посол Беларуси Дмитрий Крутой рассказал о поставках на встрече с губернаторами российских регионов.",
]


@pytest.mark.parametrize("text", ONE_MEETING_WITH_MANY, ids=["minister", "akims", "governors"])
def test_one_meeting_with_heads_of_regions_not_named_is_no_talks(extract, text):
    assert [f for f in extract(text, "2026-10-09") if f["type"] == "meeting"] == []


def test_one_meeting_with_heads_of_named_regions_is_talks_with_each(extract):
    text = "Губернатор Омской области провёл встречу с руководителями Павлодарской и Северо-Казахстанской областей."
    got = sorted(tuple(sorted(f["parties"])) for f in extract(text, "2026-10-09") if f["type"] == "meeting")
    assert got == [("KZ-55", "RU-OMS"), ("KZ-59", "RU-OMS")], got
