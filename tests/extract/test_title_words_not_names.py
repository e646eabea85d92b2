"""Words of a diplomat's title that NER takes for a name ("с Чрезвычайным и Полномочным Послом",
"Временным Поверенным") are the title's, not a person (people: title modifiers are trimmed off
NER's person spans) — wordings of ours."""

import pytest

TITLES = [
    ("Губернатор Омской области Виталий Хоценко провел встречу с Чрезвычайным и Полномочным Послом Кыргызстана в "
     "России Алымбеком Орозбековым. По словам посла, товарооборот растет.", "Орозбеков"),
    ("В Уфе сообщил об этом премьер-министр Башкортостана Андрей Назаров на встрече с Чрезвычайным и Полномочным "
     "Послом Узбекистана Ботиржоном Асадовым. По словам премьера, в Ташкенте работает торговый дом республики.",
     "Асадов"),
    ("Мэр Казани Ильсур Метшин встретился с Временным Поверенным в делах Беларуси в России Иваном Петровым.",
     "Петров"),
]


@pytest.mark.parametrize("text,envoy", TITLES, ids=["extraordinary", "with-premier-later", "charge-d-affaires"])
def test_title_words_are_nobody(extract, text, envoy):
    facts = extract(text, published="2025-02-27")
    people = {f["person"] for f in facts if f["type"] == "role"}
    people |= {p for f in facts if f["type"] == "meeting" for p in f["participants"]}
    assert not [p for p in people if p.split()[0] in ("Чрезвычайный", "Временным", "Временный", "Поверенный")], people
    assert any(f["type"] == "role" and f["person"].endswith(envoy) and f["of"] != "RU" for f in facts), facts


def test_a_chargé_daffaires_is_a_post_of_the_country(extract):
    facts = extract("Мэр Казани Ильсур Метшин встретился с временным поверенным в делах Республики Беларусь Иваном Петровым.")
    assert {(f["person"], f["of"]) for f in facts if f["type"] == "role"} >= {("Иван Петров", "BY")}
