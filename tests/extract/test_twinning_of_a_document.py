"""A twinning word inside a document's own name twins nothing unless the document is made
(agreement.twinning_of_a_document) — wordings of ours."""

import pytest

NOT_MADE = [
    "Мэрия Бишкека и администрация Екатеринбурга парафировали текст соглашения об установлении побратимских "
    "отношений, которое планируется подписать в 2026 году.",
    "Минск и Новосибирск готовят проект соглашения о побратимских связях.",
    "Руководители Могилева и Смоленска обсудили текст соглашения о побратимстве, которое будет подписано осенью.",
]


@pytest.mark.parametrize("text", NOT_MADE, ids=["initialled", "prepared", "to-be-signed"])
def test_a_draft_twins_nothing(extract, text):
    got = [f for f in extract(text, published="2025-11-14") if f["type"] == "agreement"]
    assert got == [], got


def test_a_twinning_stated_stays(extract):
    text = "Гомель и Брянск — города-побратимы с 1993 года."
    got = [f["kind"] for f in extract(text, published="2025-11-14") if f["type"] == "agreement"]
    assert got == ["twinning"], got
