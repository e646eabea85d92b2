"""The host's side when a press release opens with its city (sides.press_dateline) and when the host met the
guests (role.met_the_guests) — wordings of ours."""

import pytest

# role.met_the_guests: who held talks with the guests is not of the guests' side
MET_THE_GUESTS = [
    ("Вологда, 2 октября 2024 года\n\nДелегация Гродненской области находится в Вологодской области с рабочим "
     "визитом. Глава региона Георгий Филимонов провел с гостями переговоры.", "RU-VLG"),
    ("Гродно, 9 июня 2025 года\n\nДелегация Удмуртии находится в Гродненской области. Глава региона Юрий Караев "
     "встретился с гостями.", "BY-HR"),
    ("Делегация провинции Хэнань работает в Воронежской области. Губернатор Александр Гусев провел с делегацией "
     "переговоры.", "RU-VOR"),
    ("Делегация провинции Ляонин находится в Иркутской области. Губернатор Игорь Кобзев провел с делегацией "
     "переговоры.", "RU-IRK"),
    ("Делегация Амурской области работает в провинции Хэйлунцзян. Губернатор Лян Хуэйлин встретился с гостями.",
     "CN-HL"),
    # named with the place the guests came to: unchanged
    ("Брянск, 3 марта 2025 г.\n\nБелорусская делегация прибыла в Брянскую область. Глава региона Александр Богомаз "
     "провел с гостями переговоры.", "RU-BRY"),
]


@pytest.mark.parametrize("text,of", MET_THE_GUESTS, ids=["vologda", "grodno", "henan", "liaoning", "heilongjiang", "bryansk"])
def test_who_met_the_guests_is_the_host(extract, text, of):
    roles = [f for f in extract(text) if f["type"] == "role"]
    assert [r["of"] for r in roles] == [of], roles


# sides.press_dateline: "Тула, 23 января 2025 г." is where the release was issued — a venue, not the headline's side
DATELINE = [
    ("Тула, 23 января 2025 г.\n\nГубернатор провел переговоры с председателем Бобруйского горисполкома Александром "
     "Шевко. Глава региона подчеркнул, что Тульская область заинтересована в поставках.", ["BY-MA/Бобруйск", "RU-TUL"]),
    ("Вологда, 2 октября 2024 года\n\nДелегация Гродненской области во главе с заместителем председателя "
     "облисполкома Юрием Семёновым находится в Вологодской области. Гости провели переговоры с губернатором "
     "Вологодской области Георгием Филимоновым.", ["BY-HR", "RU-VLG"]),
    ("Курск, 10 апреля 2025 г.\n\nДелегация Гомельской области провела переговоры в Курской области.",
     ["BY-HO", "RU-KRS"]),
    ("Пермь, 5 июня 2025 г.\n\nПермский край посетила делегация Гродненской области. Губернатор провел с гостями "
     "переговоры.", ["BY-HR", "RU-PER"]),
    # the release's city is the only word for the host: still the host
    ("Минск, 4 марта 2025 г.\n\nМэр столицы Владимир Кухарев принял делегацию из Новосибирска.",
     ["BY-HM", "RU-NVS/Новосибирск"]),
]


@pytest.mark.parametrize("text,parties", DATELINE, ids=["tula", "vologda", "kursk", "perm", "minsk"])
def test_release_city_is_not_the_headline_side(extract, text, parties):
    talks = [f for f in extract(text) if f["type"] == "meeting"]
    assert [sorted(m["parties"]) for m in talks] == [sorted(parties)], talks


# sides.press_dateline: a dateline the segmenter joined to the first sentence is no side of it
DATELINE_IN_SENTENCE = [
    ("Павлодар, 5 октября 2025 г. Новосибирская и Омская области подписали соглашения с Павлодарской областью.",
     "agreement", [["KZ-55", "RU-NVS"], ["KZ-55", "RU-OMS"]]),
    ("Минск, 12 марта 2025 г. Брестская и Гомельская области заключили соглашения со Смоленской областью.",
     "agreement", [["BY-BR", "RU-SMO"], ["BY-HO", "RU-SMO"]]),
    ("Казань, 3 апреля 2025 г. Делегация Самаркандской области провела переговоры с руководством Татарстана.",
     "meeting", [["RU-TA", "UZ-SA"]]),
    # the dateline's region named in the sentence stays a side
    ("Уфа, 7 октября 2025 года. Башкортостан и Андижанская область подписали соглашение о сотрудничестве.",
     "agreement", [["RU-BA", "UZ-AN"]]),
]


@pytest.mark.parametrize("text,kind,parties", DATELINE_IN_SENTENCE, ids=["pavlodar", "minsk", "kazan", "ufa"])
def test_dateline_joined_to_the_first_sentence_is_no_side(extract, text, kind, parties):
    got = sorted(sorted(f["parties"]) for f in extract(text) if f["type"] == kind)
    assert got == parties, got
