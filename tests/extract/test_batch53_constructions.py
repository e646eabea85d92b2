"""Constructions of the o401–o406 batch, each in three wordings of ours: a document being prepared ('готовят к
подписанию', 'разрабатывается': agreement.draft) and the places of a forum's name told before a figure with no sides
(sides.forum_name_place in trade.sides_before)."""

import pytest

PREPARED = [
    "Псковская и Витебская области готовят к подписанию новую программу сотрудничества.",
    "В настоящее время разрабатывается план мероприятий между Брянской и Гомельской областями.",
    "Брянская и Гомельская области готовят к подписанию соглашение о сотрудничестве в сфере образования.",
]


@pytest.mark.parametrize("text", PREPARED, ids=["to-sign", "drafted", "sphere"])
def test_a_document_being_prepared_is_no_fact(extract, text):
    assert [f for f in extract(text, "2025-08-07") if f["type"] == "agreement"] == []


def test_a_document_signed_is_a_fact(extract):
    text = "Омская и Павлодарская области подписали дорожную карту на 2026–2027 годы."
    assert len([f for f in extract(text, "2025-08-07") if f["type"] == "agreement"]) == 1


FORUM_BEFORE = [
    ("Псковская и Витебская области готовят к подписанию новую программу сотрудничества. Документ планируется "
     "подписать в рамках Форума регионов Беларуси и России. Товарооборот между соседями за первое полугодие составил "
     "96 млн долларов.", {"RU-PSK", "BY-VI"}),
    ("Губернатор Омской области встретился с акимом Павлодарской области. Стороны обсудили участие в Форуме "
     "межрегионального сотрудничества России и Казахстана. Товарооборот за полугодие составил 300 млн долларов.",
     {"RU-OMS", "KZ-55"}),
    ("Губернатор Курганской области встретился с акимом Костанайской области. Обсуждалась подготовка к Форуму "
     "межрегионального сотрудничества России и Казахстана. За полугодие товарооборот вырос на 12%.",
     {"RU-KGN", "KZ-39"}),
]


@pytest.mark.parametrize("text,parties", FORUM_BEFORE, ids=["neighbours", "half-year", "growth"])
def test_a_forums_countries_before_a_figure_are_not_its_sides(extract, text, parties):
    got = [set(f["parties"]) for f in extract(text, "2025-08-07") if f["type"] == "trade"]
    assert got == [parties], got
