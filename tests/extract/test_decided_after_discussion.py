"""A mission named bare right after its opening was discussed, now decided or about to start, is
the one discussed: its sender and place (institution.decided_after_discussion) — wordings of ours."""

import pytest

DECIDED = [
    ("Стороны обсудили открытие в Навои торгового дома Ульяновской области. По словам губернатора, решение об открытии "
     "торгового дома принято, он начнет работу до конца года.", ("trade_house", "RU-ULY", "UZ-NW/Навои")),
    ("Стороны обсудили открытие в Казани генерального консульства Узбекистана. Министр сообщил, что консульство "
     "откроется в следующем году.", ("consulate", "UZ", "RU-TA/Казань")),
    ("На встрече обсуждалось открытие в Минске представительства Тюменской области. Представительство начнет работу в "
     "марте.", ("representation", "RU-TYU", "BY-HM")),
]


@pytest.mark.parametrize("text,mission", DECIDED, ids=["decided", "will-open", "will-start"])
def test_the_discussed_mission_decided(extract, text, mission):
    got = [(f["kind"], f["of"], f["in"], f["status"]) for f in extract(text, published="2025-04-18")
           if f["type"] == "institution"]
    assert got == [(*mission, "planned")], got


def test_only_discussed_is_no_fact(extract):
    text = "Стороны обсудили открытие в Навои торгового дома Ульяновской области. Губернатор поблагодарил гостей."
    assert not [f for f in extract(text) if f["type"] == "institution"]


BESIDE = [
    ("Стороны обсудили открытие в Самаре почетного консульства Казахстана — соответствующее решение уже принято "
     "казахстанским МИД.", ("consulate", "KZ", "RU-SAM/Самара")),
    ("Губернатор и посол обсудили открытие в Омске генерального консульства Казахстана, решение об этом уже принято.",
     ("consulate", "KZ", "RU-OMS/Омск")),
    ("На встрече обсудили открытие в Ташкенте торгового дома Татарстана: решение утверждено правительством республики.",
     ("trade_house", "RU-TA", "UZ-TK")),
]


@pytest.mark.parametrize("text,mission", BESIDE, ids=["dash", "comma", "colon"])
def test_a_decision_told_beside_makes_it_planned(extract, text, mission):
    got = [(f["kind"], f["of"], f["in"], f["status"]) for f in extract(text) if f["type"] == "institution"]
    assert got == [(*mission, "planned")], got
