"""Constructions of the o537–o544 batch, in three wordings of ours: a Vietnamese family name NER tagged apart from the
rest of the name, right after a title ("председателем народного комитета провинции Выонг | Куок Тюаном"), belongs to
it (people._extend_mentions); a name after "города" with any word in a case the noun does not govern ("главой
исполнительной власти города Ниязи Байрамовым") is a person, not a town (gazetteer.settlements)."""

import pytest

VIETNAMESE_NAME = [
    ("Казань, 24 апреля 2026 года\n\nВ Казани с рабочим визитом находится делегация вьетнамской провинции Бакнинь во "
     "главе с председателем народного комитета провинции Выонг Куок Тюаном. Гостей принял Раис Республики Татарстан "
     "Рустам Минниханов.", ("VN-56", "Выонг Куок Тюан")),
    ("Уфа, 14 мая 2026 года\n\nВ Уфе с рабочим визитом находится делегация вьетнамской провинции Биньзыонг во главе с "
     "председателем народного комитета провинции Ле Куанг Тунгом. Гостей принял Глава Башкортостана Радий Хабиров.",
     ("VN-57", "Ле Куанг Тунг")),
    ("Пермь, 14 мая 2026 года\n\nВ Перми с рабочим визитом находится делегация вьетнамской провинции Тхайнгуен во главе "
     "с председателем народного комитета провинции Данг Суан Фонгом. Гостей принял губернатор Пермского края "
     "Дмитрий Махонин.", ("VN-69", "Данг Суан Фонг")),
]


@pytest.mark.parametrize("text,head", VIETNAMESE_NAME, ids=["bac_ninh", "binh_duong", "thai_nguyen"])
def test_a_vietnamese_family_name_ner_left_out_belongs_to_the_name(extract, text, head):
    facts = extract(text, "2026-04-24")
    assert [(f["visitor"], f["head"]) for f in facts if f["type"] == "visit"] == [head], facts
    assert head[1] in [f["person"] for f in facts if f["type"] == "role"], facts


HEAD_OF_TOWN_NAMED = [
    ("Баку, 16 мая 2026 года\n\nГубернатор Астраханской области Игорь Бабушкин находится с рабочим визитом в "
     "Азербайджане. В тот же день в Гяндже губернатор встретился с главой исполнительной власти города Ниязи "
     "Байрамовым.", ("AZ-GA", "Ниязи Байрамов")),
    ("Баку, 20 мая 2026 года\n\nГубернатор Пензенской области Олег Мельниченко находится с рабочим визитом в "
     "Азербайджане. В Шеки губернатор встретился с главой исполнительной власти города Эльхаду Искандаровым.",
     ("AZ-SA", "Эльхаду Искандаров")),
    ("Баку, 22 мая 2026 года\n\nГубернатор Саратовской области Роман Бусаргин находится с рабочим визитом в "
     "Азербайджане. В Сумгаите губернатор встретился с главой исполнительной власти города Эльхаду Искандаровым.",
     ("AZ-SM", "Эльхаду Искандаров")),
]


@pytest.mark.parametrize("text,role", HEAD_OF_TOWN_NAMED, ids=["ganja", "sheki", "sumgait"])
def test_a_name_declined_apart_from_gorod_is_a_person(extract, text, role):
    facts = extract(text, "2026-05-16")
    assert (role[1], role[0]) in [(f["person"], f["of"]) for f in facts if f["type"] == "role"], facts


DAYS_INTO_STAY = [
    ("Павлодар, 14 апреля 2026 года\n\nДелегация Омской области во главе с вице-губернатором Валерием Бойко второй "
     "день работает в Павлодаре.", "2026-04-13"),
    ("Казань, 20 мая 2026 года\n\nДелегация Гродненской области во главе с председателем облисполкома Юрием Караевым "
     "уже третий день находится в Татарстане.", "2026-05-18"),
    ("Минск, 9 сентября 2026 года\n\nНижегородская делегация во главе с губернатором Глебом Никитиным второй день "
     "работает в Минске.", "2026-09-08"),
]


@pytest.mark.parametrize("text,start", DAYS_INTO_STAY, ids=["pavlodar", "kazan", "minsk"])
def test_a_stay_in_its_nth_day_began_days_before(extract, text, start):
    published = {"14 апреля": "2026-04-14", "20 мая": "2026-05-20", "9 сентября": "2026-09-09"}
    day = next(v for k, v in published.items() if k in text)
    assert [f["date"] for f in extract(text, day) if f["type"] == "visit"] == [start]


def test_the_nth_day_of_a_narrated_trip_is_not_counted_from_publication(extract):
    text = ("Минск, 9 сентября 2026 года\n\nС 5 по 8 сентября нижегородская делегация находилась в Беларуси. На второй "
            "день визита губернатор Глеб Никитин посетил Гродно.")
    assert "2026-09-08" not in [f["date"] for f in extract(text, "2026-09-09") if f["type"] == "visit"]
