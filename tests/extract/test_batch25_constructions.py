"""Constructions of batch o192–o197, wordings of ours: an East Asian family name written first stays as written in an
oblique case ("с Цзян Чэнгуаном"); a narrated day's trip to another region of the same country is the same trip,
hosted by the country (visit.next_stop_of_trip); "Здесь состоялись переговоры" goes on with the day just told; the
ordinal of a "бизнес-форум"; the signers of the regions' document are not at their districts' talks
(links.signed_at_talks)."""

import pytest

EAST_ASIAN = [
    ("Премьер-министр Башкортостана Андрей Назаров провел переговоры с заместителем губернатора провинции Шаньдун "
     "Цзян Чэнгуаном.", "Цзян Чэнгуан"),
    ("Губернатор Приморского края встретился с губернатором провинции Цзилинь Ху Юйтином.", "Ху Юйтин"),
    ("Делегацию провинции Хэйлунцзян возглавил заместитель губернатора Ван Сюэфэн, с Ван Сюэфэном встретился "
     "губернатор Амурской области.", "Ван Сюэфэн"),
]


@pytest.mark.parametrize("text,name", EAST_ASIAN, ids=["jiang", "hu", "wang"])
def test_an_east_asian_family_name_stays_as_written(extract, text, name):
    people = {f["person"] for f in extract(text, "2025-03-13") if f["type"] == "role"}
    assert name in people, people


NEXT_STOP = [
    "Делегация Пензенской области с 8 по 11 июня находится в Узбекистане. В первый день губернатор Олег Мельниченко "
    "встретился с хокимом Андижанской области. На следующий день пензенская делегация прибыла в Наманган.",
    "С 3 по 6 мая делегация Брянской области находилась в Беларуси. В первый день гостей принял председатель "
    "Гомельского облисполкома. На следующий день брянцы посетили Могилев.",
    "Делегация Омской области с 10 по 12 июля работает в Казахстане. В первый день губернатор провел переговоры с "
    "акимом Павлодарской области. На второй день омичи прибыли в Астану.",
]


@pytest.mark.parametrize("text", NEXT_STOP, ids=["namangan", "mogilev", "astana"])
def test_the_next_stop_is_the_same_trip(extract, text):
    trips = [f for f in extract(text, "2025-07-20") if f["type"] == "visit"]
    assert len(trips) == 1 and "-" not in trips[0]["host"], trips


def test_a_trip_home_is_another(extract):
    text = ("Делегация Пензенской области с 8 по 11 июня находится в Узбекистане. На следующий день в Пензу прибыла "
            "делегация Андижанской области.")
    assert len([f for f in extract(text, "2025-07-20") if f["type"] == "visit"]) == 2


def test_here_goes_on_with_the_day(extract):
    text = NEXT_STOP[0] + " Здесь состоялись переговоры с хокимом Наманганской области Шавкатом Абдураззаковым."
    talks = {tuple(sorted(f["parties"])): f["date"] for f in extract(text, "2025-06-10") if f["type"] == "meeting"}
    assert talks.get(("RU-PNZ", "UZ-NG")) == "2025-06-09", talks


@pytest.mark.parametrize("text,number", [
    ("В Калуге прошел I Калужско-Белорусский бизнес-форум.", 1),
    ("В Калуге прошел II Калужско-Белорусский бизнес-форум.", 2),
    ("В Самаре прошел III Российско-узбекский бизнес-форум.", 3),
], ids=["first", "second", "third"])
def test_the_ordinal_of_a_business_forum(extract, text, number):
    assert [f["number"] for f in extract(text, "2025-08-29") if f["type"] == "meeting"] == [number]


def test_the_regions_signers_are_not_at_their_districts_talks(extract):
    text = ("Программу сотрудничества подписали губернатор Ивановской области Станислав Воскресенский и председатель "
            "Витебского облисполкома Александр Субботин. В составе делегации – председатель Оршанского райисполкома "
            "Игорь Бушило. Он провел переговоры с главой Кинешмы Вячеславом Ступиным.")
    talks = [f for f in extract(text, "2025-10-21") if f["type"] == "meeting"]
    assert [sorted(f["participants"]) for f in talks] == [["Вячеслав Ступин", "Игорь Бушило"]], talks
