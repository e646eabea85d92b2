"""A past participle of opening agreeing with the link's word ("моста Благовещенск — Хэйхэ, открытого в 2022 году")
says the link opened, whatever the sentence plans for it, and that it is more than a topic of talks
(transport.opened_participle) — wordings of ours."""

import pytest

OPENED = [
    ("На переговорах стороны обсудили загрузку автомобильного моста Благовещенск — Хэйхэ, открытого в 2022 году.",
     ("road", "opened")),
    ("Губернатор и аким обсудили развитие авиасообщения между Омском и Павлодаром, запущенного в 2023 году.",
     ("air", "opened")),
    ("Стороны договорились увеличить загрузку паромной линии Баку — Актау, открытой в прошлом году.", ("water", "opened")),
]


@pytest.mark.parametrize("text,link", OPENED, ids=["bridge", "flights", "ferry"])
def test_the_participle_opened_the_link(extract, text, link):
    got = [(f["mode"], f["status"]) for f in extract(text, "2025-06-05") if f["type"] == "transport"]
    assert got == [link], got


def test_a_participle_of_another_noun_opens_nothing(extract):
    text = ("Губернатор и аким обсудили развитие авиасообщения между Омском и Павлодаром и работу торговой площадки, "
            "открытой в 2023 году.")
    assert [f for f in extract(text, "2025-06-05") if f["type"] == "transport"] == []
