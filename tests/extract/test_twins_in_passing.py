"""Two places right after a word of twins are twinned, whatever else the sentence tells
(agreement.twins_in_passing) — wordings of ours."""

import pytest

IN_PASSING = [
    ("Главы городов-побратимов Витебска и Великих Лук подписали меморандум о сотрудничестве в сфере образования.",
     {"BY-VI/Витебск", "RU-PSK/Великие Луки"}),
    ("Мэры городов-побратимов Гомеля и Брянска подписали план совместных мероприятий на 2026 год.",
     {"BY-HO/Гомель", "RU-BRY/Брянск"}),
    ("Руководители городов-побратимов Орши и Вязьмы заключили соглашение о сотрудничестве в сфере культуры.",
     {"BY-VI/Орша", "RU-SMO/Вязьма"}),
]


@pytest.mark.parametrize("text,twins", IN_PASSING, ids=["heads", "mayors", "leaders"])
def test_twins_told_in_passing(extract, text, twins):
    got = [set(f["parties"]) for f in extract(text, published="2025-08-06")
           if f["type"] == "agreement" and f["kind"] == "twinning"]
    assert twins in got, got


def test_a_twin_of_a_district_stays_apart(extract):
    # the cities are twins; the memorandum twins a district of one with the other: two facts
    text = ("Главы городов-побратимов Витебска и Великих Лук подписали меморандум о дружественных отношениях между "
            "Октябрьским районом Витебска и Великими Луками.")
    got = sorted(sorted(f["parties"]) for f in extract(text, published="2025-08-06")
                 if f["type"] == "agreement" and f["kind"] == "twinning")
    assert got == [["BY-VI/Витебск", "RU-PSK/Великие Луки"],
                   ["BY-VI/Витебск/Октябрьский район", "RU-PSK/Великие Луки"]], got
