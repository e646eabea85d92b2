"""Whether a document, meeting or visit is asserted as done, from the clause it sits in (sentences
written for these tests)."""

import pytest

from tests.conftest import of_type

# clauses.signed_in_relative_clause: the main clause is in the future, the relative clause tells the signing
INTRO = "Губернатор Омской области Виталий Хоценко провел переговоры с акимом Павлодарской области Асаином Байхановым. "
SIGNED_IN_RELATIVE = [
    ("Теперь прежнее соглашение дополнит план мероприятий на 2024–2026 годы, который главы регионов подписали "
     "по итогам встречи.", "plan"),
    ("Основой работы станет дорожная карта, которую губернатор и аким подписали в тот же день.", "roadmap"),
    ("Реализация меморандума, который стороны заключили в ходе встречи, позволит увеличить поставки зерна.",
     "memorandum"),
]
NOT_SIGNED_IN_RELATIVE = [
    "Стороны обсудили проект соглашения, которое планируется подписать в следующем году.",
    "К осени будет подготовлен план мероприятий, который главы регионов подпишут на форуме.",
]


@pytest.mark.parametrize("sentence,kind", SIGNED_IN_RELATIVE)
def test_signed_in_relative_clause(extract, sentence, kind):
    got = [f for f in of_type(extract(INTRO + sentence), "agreement") if f["kind"] == kind]
    assert [sorted(f["parties"]) for f in got] == [["KZ-55", "RU-OMS"]], got


@pytest.mark.parametrize("sentence", NOT_SIGNED_IN_RELATIVE)
def test_not_signed_in_relative_clause(extract, sentence):
    assert of_type(extract(INTRO + sentence), "agreement") == []


# visit.delegation_elsewhere: a place where an event *will be* does not put the invited delegation there
INVITED = [
    "Губернатор Омской области Виталий Хоценко провел в Омске переговоры с акимом Павлодарской области Асаином "
    "Байхановым. Аким Павлодарской области в свою очередь пригласил омичей принять участие в выставке, которая пройдет в Павлодаре в сентябре.",
    "Губернатор Курской области Роман Старовойт встретился в Курске с председателем Гомельского облисполкома "
    "Иваном Крупко. Председатель Гомельского облисполкома пригласил курян на праздник, который состоится в Гомеле летом.",
    "В Нижнем Новгороде прошли переговоры губернатора Нижегородской области Глеба Никитина и хокима Навоийской "
    "области Нормата Турсунова. Хоким Навоийской области пригласил нижегородскую делегацию на инвестиционный форум, который пройдет в Навои осенью.",
]


@pytest.mark.parametrize("sentence", INVITED)
def test_invited_to_a_coming_event_is_no_visit(extract, sentence):
    assert [f for f in of_type(extract(sentence), "visit") if f["visitor"] in ("RU-OMS", "RU-KRS", "RU-NIZ")] == []


def test_delegation_at_the_place_is_a_visit(extract):
    got = of_type(extract("Омская делегация находится в Павлодаре. В Павлодаре омичи провели переговоры с акимом "
                          "Павлодарской области."), "visit")
    assert [(f["visitor"], f["host"]) for f in got] == [("RU-OMS", "KZ-55")]


# clauses._setting: with an intent verb in the present or future, a place is where the intended thing is to be
EXPECTED_AT_EVENT = [
    "В сентябре мы ожидаем делегацию Новосибирской области на Форуме регионов Беларуси и России в Гродно.",
    "Мы ждем губернатора Омской области на форуме в Павлодаре.",
    "Татарстан планирует подписать соглашение с Минской областью на Форуме регионов в Минске.",
]


@pytest.mark.parametrize("text", EXPECTED_AT_EVENT, ids=["expect", "wait", "plan"])
def test_expected_at_an_event_is_no_meeting(extract, text):
    assert not [f for f in extract(text, "2025-04-20") if f["type"] in ("meeting", "agreement")]
