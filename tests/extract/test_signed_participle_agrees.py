"""A past signing participle hung on the word that governs the document ("реализацию дорожной карты
…, подписанной в прошлом году") still says the document exists, when it agrees with the document
noun (agreement.signed_before) — wordings of ours."""

import pytest

AGREEING = [
    ("Губернатор Оренбургской области Евгений Солнцев и аким Актюбинской области Асхат Шахаров провели переговоры. "
     "Стороны обсудили реализацию дорожной карты на 2024–2026 годы, подписанной в прошлом году в Актобе.",
     ("roadmap", "2024")),
    ("Губернатор Псковской области встретился с председателем Витебского облисполкома. Стороны обсудили ход реализации "
     "соглашения о сотрудничестве, заключенного в 2019 году в Минске.", ("agreement", "2019")),
    ("Губернатор Курганской области встретился с акимом Костанайской области. Стороны обсудили выполнение программы "
     "сотрудничества, принятой в 2022 году.", ("plan", "2022")),
]


@pytest.mark.parametrize("text,document", AGREEING, ids=["roadmap", "agreement", "programme"])
def test_the_agreeing_participle_tells_it_signed(extract, text, document):
    got = [(f["kind"], f["date"]) for f in extract(text, published="2025-11-21") if f["type"] == "agreement"]
    assert got == [document], got


def test_a_document_only_discussed_is_none(extract):
    text = ("Губернатор Курганской области встретился с акимом Костанайской области. Стороны обсудили подготовку "
            "программы сотрудничества на 2026–2028 годы.")
    assert not [f for f in extract(text, published="2025-11-21") if f["type"] == "agreement"]
