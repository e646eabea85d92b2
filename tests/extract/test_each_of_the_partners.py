"""Plural documents signed "с каждым из" the partners the talks just listed are one per partner, signed at those
talks (agreement.with_each_named_before, links.signed_with_each_met) — wordings of ours."""

import pytest

EACH = [
    ("27 июня председатель Витебского облисполкома Александр Субботин провёл переговоры с губернаторами Псковской и "
     "Смоленской областей. С каждым из регионов подписаны планы мероприятий на 2025–2027 годы.",
     [["BY-VI", "RU-PSK"], ["BY-VI", "RU-SMO"]], "2025-06-27"),
    ("27 июня губернатор Омской области провёл переговоры с акимами Павлодарской и Северо-Казахстанской областей. С "
     "каждым из них подписаны соглашения о сотрудничестве.", [["RU-OMS", "KZ-55"], ["RU-OMS", "KZ-59"]], "2025-06-27"),
    ("15 мая Глава Татарстана провёл переговоры с хокимами Самаркандской, Бухарской и Навоийской областей. С каждой из "
     "областей республика подписала дорожные карты.", [["RU-TA", "UZ-SA"], ["RU-TA", "UZ-BU"], ["RU-TA", "UZ-NW"]],
     "2025-05-15"),
]


@pytest.mark.parametrize("text,pairs,day", EACH, ids=["vitebsk", "omsk", "tatarstan"])
def test_one_document_per_partner_met(extract, text, pairs, day):
    docs = [f for f in extract(text, "2025-06-28") if f["type"] == "agreement"]
    assert [f["parties"] for f in docs] == pairs, docs
    assert {f["date"] for f in docs} == {day}, docs


def test_plural_documents_without_each_stay_an_aggregate(extract):
    text = ("Губернатор Омской области встретился с акимами Павлодарской и Северо-Казахстанской областей. Подписаны "
            "соглашения о сотрудничестве.")
    assert [f for f in extract(text, "2025-06-28") if f["type"] == "agreement"] == []


def test_documents_with_each_take_the_talks_day(extract):
    text = ("8 апреля губернатор Курской области провёл переговоры с председателями Гомельского и Брестского "
            "облисполкомов. С каждой из областей подписаны протоколы о сотрудничестве.")
    docs = [f for f in extract(text, "2025-04-09") if f["type"] == "agreement"]
    assert [(f["parties"], f["date"]) for f in docs] == [(["RU-KRS", "BY-HO"], "2025-04-08"),
                                                        (["RU-KRS", "BY-BR"], "2025-04-08")], docs
