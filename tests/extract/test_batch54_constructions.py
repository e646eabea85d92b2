"""Constructions of the o407–o410 batch, each in three wordings of ours: a percent of the level read only right after
it (trade.percent_of_level), 'приблизился к' as approximate (approx_markers), talks whose results are signed by
people new to the text (meeting.signed_after_it), the year a periodic document was signed after where it was
signed (agreement.own_date) and a decision still to be taken (institution.decision_to_come)."""

import pytest

CHANGES = [
    ("Губернатор Вологодской области встретился с делегацией Гродненской области. По итогам прошлого года "
     "товарооборот с Гродненской областью вырос почти на треть и приблизился к 60 миллионам долларов.", (33.3, True)),
    ("Губернатор Омской области встретился с акимом Павлодарской области. В 2024 году товарооборот вырос на 12% и "
     "приблизился к 900 млн долларов.", (12.0, True)),
    ("Глава Чувашии встретился с председателем Витебского облисполкома. Товарооборот в 2024 году вырос на 7% и "
     "приблизился к 100 млн долларов.", (7.0, True)),
]


@pytest.mark.parametrize("text,change", CHANGES, ids=["third", "percent", "seven"])
def test_a_rise_then_a_level_approached(extract, text, change):
    got = [(f["growth_pct"], f["approx"]) for f in extract(text, "2025-04-17") if f["type"] == "trade"]
    assert got == [change], got


def test_a_percent_of_the_level_before(extract):
    text = "Товарооборот Гомельской области с Брянской областью составил 118,2% к уровню прошлого года."
    assert [f["growth_pct"] for f in extract(text, "2025-04-17") if f["type"] == "trade"] == [18.2]


SIGNED_AFTER = [
    ("Губернатор Вологодской области Георгий Филимонов принял делегацию Гродненской области во главе с Виктором "
     "Лисковичем. По итогам переговоров Виктор Лискович и первый заместитель губернатора Антон Дмитриев подписали "
     "план мероприятий.", "Дмитриев"),
    ("Председатель Могилёвского облисполкома Анатолий Исаченко встретился с губернатором Ульяновской области Алексеем "
     "Русских. По итогам встречи министры экономики Иван Петров и Олег Сидоров подписали дорожную карту.", "Сидоров"),
    ("Аким Павлодарской области Асаин Байханов провёл переговоры с губернатором Омской области Виталием Хоценко. По "
     "итогам переговоров заместители глав регионов Нурлан Нурпеисов и Валерий Бойко подписали протокол.", "Бойко"),
]


@pytest.mark.parametrize("text,signer", SIGNED_AFTER, ids=["reception", "meeting", "deputies"])
def test_the_signers_of_the_talks_results_were_at_them(extract, text, signer):
    meetings = [f for f in extract(text, "2025-04-17") if f["type"] == "meeting"]
    assert len(meetings) == 1 and any(p.endswith(signer) for p in meetings[0]["participants"]), meetings


SIGNED_WHERE = [
    ("Председатель Минского облисполкома встретился с губернатором Ярославской области. Стороны обсудили выполнение "
     "программы сотрудничества на 2024–2026 годы, подписанной в Ярославле в 2023 году.", "2023"),
    ("Губернатор встретился с председателем Гомельского облисполкома. Стороны обсудили реализацию дорожной карты "
     "Брянской и Гомельской областей на 2025–2027 годы, подписанной в Гомеле в 2024 году.", "2024"),
    ("Стороны обсудили ход выполнения плана мероприятий Омской и Павлодарской областей на 2024–2026 годы, подписанного "
     "в Павлодаре в 2023 году.", "2023"),
]


@pytest.mark.parametrize("text,year", SIGNED_WHERE, ids=["yaroslavl", "gomel", "pavlodar"])
def test_the_year_signed_after_where_is_the_date(extract, text, year):
    assert [f["date"] for f in extract(text, "2026-02-19") if f["type"] == "agreement"] == [year]


TO_COME = [
    "Губернатор предложил открыть в Минске представительство Ярославской области. Решение об открытии "
    "представительства будет принято в ближайшее время.",
    "Решение об открытии консульства Казахстана в Омске пока не принято.",
    "Посол сообщил, что решение об открытии генерального консульства Узбекистана в Казани будет принято до конца года.",
]


@pytest.mark.parametrize("text", TO_COME, ids=["soon", "not-yet", "by-year-end"])
def test_a_decision_still_to_be_taken_is_no_plan(extract, text):
    assert [f for f in extract(text, "2026-02-19") if f["type"] == "institution"] == []


def test_a_decision_taken_is_a_plan(extract):
    text = ("Стороны обсудили открытие в Самаре почетного консульства Казахстана — соответствующее решение уже принято "
            "казахстанским МИД.")
    assert [f["status"] for f in extract(text, "2026-02-19") if f["type"] == "institution"] == ["planned"]
