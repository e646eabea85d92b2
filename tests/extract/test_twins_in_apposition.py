"""Two places joined by "и" right before ", города-побратимы" are twinned (agreement.twins_in_apposition), since the
date after the word (agreement.twinned_since); that date is not the signing date of the document the sentence tells
(agreement.date_of_twins) — wordings of ours."""

import pytest

APPOSED = [
    ("Людиново и Кричев, города-побратимы с 2012 года, подписали программу сотрудничества на 2025–2027 годы.",
     {"RU-KLU/Людиново", "BY-MA/Кричев"}, "2012"),
    ("Брест и Орел — города-побратимы с 2004 года — подписали план мероприятий на 2025 год.",
     {"BY-BR/Брест", "RU-ORL/Орёл"}, "2004"),
    ("Гомель и Брянск, города-побратимы с 1993 года, заключили соглашение о сотрудничестве в сфере культуры.",
     {"BY-HO/Гомель", "RU-BRY/Брянск"}, "1993"),
]


@pytest.mark.parametrize("text,twins,since", APPOSED, ids=["lyudinovo", "brest", "gomel"])
def test_twins_in_apposition_and_their_date(extract, text, twins, since):
    facts = [f for f in extract(text, "2025-03-19") if f["type"] == "agreement"]
    twinning = [f for f in facts if f["kind"] == "twinning"]
    assert [(set(f["parties"]), f["date"]) for f in twinning] == [(twins, since)], facts
    assert all(f["date"] is None for f in facts if f["kind"] != "twinning"), facts


def test_two_places_not_next_to_the_word_are_no_twins(extract):
    text = "Гомель подписал с Брянском программу, а Орел, город-побратим Бреста, — план мероприятий."
    twins = [set(f["parties"]) for f in extract(text, "2025-03-19") if f["kind"] == "twinning"]
    assert {"BY-HO/Гомель", "RU-BRY/Брянск"} not in twins, twins
