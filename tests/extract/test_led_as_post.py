"""A mission as what a person leads is a post, not a mission fact (institution.led_as_post) — wordings of ours."""

import pytest

LED_MISSIONS = [
    "Андрей Фурсевич, ранее возглавлявший отделение посольства Беларуси в Уфе, выступил на форуме.",
    "Сергей Петров, который возглавлял генеральное консульство России в Бресте, стал послом.",
    "Илья Смирнов возглавил представительство Республики Беларусь в Новосибирске в 2023 году.",
]


@pytest.mark.parametrize("text", LED_MISSIONS, ids=["participle", "relative", "took-over"])
def test_a_mission_someone_leads_is_a_post(extract, text):
    got = [f for f in extract(text, published="2025-06-27") if f["type"] == "institution"]
    assert got == [], got


def test_a_mission_that_does_something_is_one(extract):
    # the mission is the clause's subject; who leads it is told aside
    text = "Генеральное консульство Беларуси в Казани, которое возглавляет Андрей Фурсевич, выдало две тысячи виз."
    got = [(f["kind"], f["of"], f["in"]) for f in extract(text, published="2025-06-27") if f["type"] == "institution"]
    assert got == [("consulate", "BY", "RU-TA/Казань")], got
