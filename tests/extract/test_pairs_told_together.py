"""Plural documents of pairs "A с B" listed together: one document per pair
(agreement.pairs_told_together) — wordings of ours."""

import pytest

PAIRS = [
    ("Соглашения о сотрудничестве заключили также Курганская область с Северо-Казахстанской и Оренбургская область с "
     "Западно-Казахстанской.", [{"RU-KGN", "KZ-59"}, {"RU-ORE", "KZ-27"}]),
    ("Меморандумы подписали Гомель с Брянском, Могилев со Смоленском и Витебск с Псковом.",
     [{"BY-HO/Гомель", "RU-BRY/Брянск"}, {"BY-MA/Могилёв", "RU-SMO/Смоленск"}, {"BY-VI/Витебск", "RU-PSK/Псков"}]),
    ("Кроме того, соглашения о сотрудничестве подписали Самарская область с Ташкентской областью и Пензенская область с "
     "Наманганской областью.", [{"RU-SAM", "UZ-TO"}, {"RU-PNZ", "UZ-NG"}]),
]


@pytest.mark.parametrize("text,pairs", PAIRS, ids=["elided-nouns", "three-cities", "full-names"])
def test_one_document_per_pair(extract, text, pairs):
    got = [set(f["parties"]) for f in extract(text) if f["type"] == "agreement"]
    assert got == pairs, got


def test_one_home_with_documents_of_its_own_per_partner_stays(extract):
    text = "Губернатор Омской области подписал соглашение с Павлодарской областью и план мероприятий с Северо-Казахстанской областью."
    got = sorted((f["kind"], frozenset(f["parties"])) for f in extract(text) if f["type"] == "agreement")
    assert got == [("agreement", frozenset({"RU-OMS", "KZ-55"})), ("plan", frozenset({"RU-OMS", "KZ-59"}))]
