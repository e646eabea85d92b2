"""'Аналогичные документы заключили Костанайская и Челябинская, а также Актюбинская и Оренбургская области': one
document like the last per pair the list names (agreement.same_kind_sides, sides.adjective_is_side) — wordings of
ours."""

import pytest

LIKE_THE_LAST = [
    ("На полях форума аким Северо-Казахстанской области и губернатор Тюменской области подписали дорожную карту "
     "сотрудничества. Аналогичные документы заключили Костанайская и Челябинская, а также Актюбинская и "
     "Оренбургская области.", [{"KZ-59", "RU-TYU"}, {"KZ-39", "RU-CHE"}, {"KZ-15", "RU-ORE"}]),
    ("На полях форума аким Северо-Казахстанской области и губернатор Тюменской области подписали дорожную карту. "
     "Аналогичные документы заключили Костанайская и Челябинская области.", [{"KZ-59", "RU-TYU"}, {"KZ-39", "RU-CHE"}]),
    ("Минская и Смоленская области подписали дорожную карту сотрудничества. Аналогичные документы подписали "
     "Витебская и Псковская, а также Гомельская и Брянская области.",
     [{"BY-MI", "RU-SMO"}, {"BY-VI", "RU-PSK"}, {"BY-HO", "RU-BRY"}]),
    # one subject of its own: the last document's partner
    ("Гомель подписал соглашение с Брянском, аналогичное соглашение подписал и Мозырь.",
     [{"RU-BRY/Брянск", "BY-HO/Гомель"}, {"RU-BRY/Брянск", "BY-HO/Мозырь"}]),
]


@pytest.mark.parametrize("text,pairs", LIKE_THE_LAST, ids=["two-pairs", "adjectives", "pairs-again", "one-own"])
def test_one_document_per_pair_named(extract, text, pairs):
    got = [set(f["parties"]) for f in extract(text, published="2025-09-05") if f["type"] == "agreement"]
    assert sorted(map(sorted, got)) == sorted(map(sorted, pairs)), got
