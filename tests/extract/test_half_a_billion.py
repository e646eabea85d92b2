"""A whole amount in one word, its currency the figure's before ("выйти на полмиллиарда") (the
money grammar) makes a target — wordings of ours."""

import pytest

HALF = [
    ("Олег Чемезов отметил, что по итогам 2024 года товарооборот Свердловской области с Узбекистаном составил 411 млн "
     "долларов. По его словам, цель — выйти на полмиллиарда уже в следующем году.", ["RU-SVE", "UZ"], 2026),
    ("Товарооборот Омской и Павлодарской областей достиг 380 млн долларов. Стороны планируют выйти на полмиллиарда к "
     "2027 году.", ["KZ-55", "RU-OMS"], 2027),
    ("Товарооборот Курской области с Беларусью составил 420 млн долларов. Губернатор поставил задачу в ближайшие три "
     "года выйти на полмиллиарда.", ["BY", "RU-KRS"], 2028),
]


@pytest.mark.parametrize("text,parties,year", HALF, ids=["aim", "plan", "task"])
def test_half_a_billion_is_a_target(extract, text, parties, year):
    got = [(sorted(f["parties"]), f["value_max"], f["currency"], f["year"])
           for f in extract(text, published="2025-05-23") if f["type"] == "target"]
    assert got == [(parties, 500_000_000, "USD", year)], got


def test_half_a_million_people_is_no_amount(extract):
    text = "Население Павлодара — полмиллиона человек, сообщил аким Павлодарской области."
    assert not [f for f in extract(text) if f["type"] in ("trade", "target")]
