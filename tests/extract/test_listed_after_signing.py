"""Documents listed as items under 'подписаны следующие документы:' are each signed
(agreement.listed_after_signing) — wordings of ours."""

import pytest

LISTS = [
    ("В рамках визита делегации Оренбургской области в Актюбинскую область подписаны следующие документы:\n"
     "– соглашение о сотрудничестве между Актобе и Оренбургом;\n– протокол о сотрудничестве в сфере здравоохранения "
     "между Актюбинской и Оренбургской областями.", {("agreement", "KZ-15/Актобе"), ("protocol", "KZ-15")}),
    ("Губернатор Омской области и аким Павлодарской области подписали документы:\n• дорожную карту сотрудничества на "
     "2025–2027 годы;\n• соглашение о сотрудничестве между Омском и Павлодаром.",
     {("roadmap", "KZ-55"), ("agreement", "KZ-55/Павлодар")}),
    ("По итогам переговоров Брестской и Смоленской областей были подписаны:\n1) план мероприятий на 2026 год;\n2) "
     "меморандум о сотрудничестве в сфере туризма.", {("plan", "BY-BR"), ("memorandum", "BY-BR")}),
]


@pytest.mark.parametrize("text,expected", LISTS, ids=["dashes", "bullets", "numbers"])
def test_each_listed_document_is_signed(extract, text, expected):
    got = {(f["kind"], next(p for p in f["parties"] if not p.startswith("RU"))) for f in extract(text, published="2025-09-25")
           if f["type"] == "agreement"}
    assert expected <= got, got


def test_a_list_of_topics_signs_nothing(extract):
    text = ("Губернатор Омской области и аким Павлодарской области обсудили следующие вопросы:\n– соглашение о "
            "сотрудничестве между Омском и Павлодаром;\n– поставки зерна.")
    assert [f for f in extract(text, published="2025-09-25") if f["type"] == "agreement"] == []
