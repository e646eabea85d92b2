"""A second aim told by ellipsis ("а в перспективе — и на миллиард"): its own multiplier (target.second_target), no
year of the first when put further off (target.later_than_the_year), and not the trade word's own amount
(trade.second_of_ellipsis) — wordings of ours."""

import pytest

SECOND = [
    ("Товарооборот Ульяновской области с Беларусью планируется вывести на 700 миллионов долларов к 2027 году, а в "
     "перспективе — и на миллиард.", [(7e8, 2027), (1e9, None)]),
    ("Товарооборот Ульяновской области с Беларусью планируется вывести на 700 миллионов долларов к 2027 году, а в "
     "перспективе — и на 1 миллиард.", [(7e8, 2027), (1e9, None)]),
    ("Омская область и Казахстан намерены к 2026 году выйти на 1,5 млрд долларов товарооборота, а затем и на 2 "
     "миллиарда.", [(1.5e9, 2026), (2e9, None)]),
]


@pytest.mark.parametrize("text,aims", SECOND, ids=["bare-billion", "one-billion", "then-two"])
def test_the_second_aim_has_its_own_amount_and_no_year(extract, text, aims):
    got = [(f["value_max"], f["year"]) for f in extract(text, "2025-03-12") if f["type"] == "target"]
    assert got == aims, got


AMOUNT_BEFORE_THE_WORD = [
    ("Омская область и Казахстан намерены к 2026 году выйти на 1,5 млрд долларов товарооборота, а затем и на 2 "
     "миллиарда.", 1.5e9),
    ("Курская область и Беларусь планируют к 2027 году выйти на 1 млрд долларов товарооборота, а затем и на 1,5 "
     "миллиарда.", 1e9),
    ("Челябинская область и Казахстан намерены к 2028 году выйти на 5 млрд долларов товарооборота, а затем и на 6 "
     "миллиардов.", 5e9),
]


@pytest.mark.parametrize("text,first", AMOUNT_BEFORE_THE_WORD, ids=["omsk", "kursk", "chelyabinsk"])
def test_the_amount_after_and_on_is_not_the_words_own(extract, text, first):
    got = [(f["value_max"], f["year"]) for f in extract(text, "2025-03-12") if f["type"] == "target"]
    assert got[0][0] == first and len(got) == 2, got


def test_a_second_aim_up_to_a_level(extract):
    text = ("Алтайский край и Казахстан намерены к 2030 году довести объём товарооборота до 2 млрд долларов, а затем и "
            "до 3 млрд.")
    got = [(f["value_max"], f["year"]) for f in extract(text, "2025-03-12") if f["type"] == "target"]
    assert got == [(2e9, 2030), (3e9, None)], got


def test_a_second_aim_in_the_first_ones_unit_keeps_it(extract):
    text = "Гродненская и Калининградская области рассчитывают выйти на 500 млн долларов товарооборота, а затем и на 700."
    got = [f["value_max"] for f in extract(text, "2025-03-12") if f["type"] == "target"]
    assert got == [5e8, 7e8], got
