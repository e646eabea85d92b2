"""Sides listed before "с" and as many partners after it, bound by "соответственно", pair in order
(agreement.respectively_paired); units listed under one plural noun are found in every case
("муниципальными округами", which the tagger lemmatises as the homonym "округа") and an unplaced one lies
in its listed sibling's region — wordings of ours."""

import pytest

PAIRED = [
    ("Соглашения о сотрудничестве подписали Приморский и Холмогорский муниципальные округа Архангельской области "
     "с Витебским и Полоцким районами соответственно.",
     {("BY-VI/Витебский район", "RU-ARK/Приморский муниципальный округ"),
      ("BY-VI/Полоцкий район", "RU-ARK/Холмогорский муниципальный округ")}),
    ("Лидский и Новогрудский районы подписали соглашения с Сокольским и Тотемским муниципальными округами "
     "Вологодской области соответственно.",
     {("BY-HR/Лидский район", "RU-VLG/Сокольский муниципальный округ"),
      ("BY-HR/Новогрудский район", "RU-VLG/Тотемский муниципальный округ")}),
    ("Могилев и Бобруйск заключили договоры о побратимстве с Тулой и Коломной соответственно.",
     {("BY-MA/Могилёв", "RU-TUL/Тула"), ("BY-MA/Бобруйск", "RU-MOS/Коломна")}),
    ("Меморандумы о сотрудничестве подписали Гомельская и Могилевская области с Брянской и Смоленской областями "
     "соответственно.",
     {("BY-HO", "RU-BRY"), ("BY-MA", "RU-SMO")}),
]


@pytest.mark.parametrize("text,pairs", PAIRED, ids=["okrugs-first", "okrugs-after", "twin-cities", "regions"])
def test_respectively_pairs_in_order(extract, text, pairs):
    got = {tuple(sorted(f["parties"])) for f in extract(text) if f["type"] == "agreement"}
    assert got == pairs, got


def test_without_respectively_one_home_many_partners(extract):
    # one side before "с": a document with each partner, nothing to pair
    text = "Гомельская область подписала соглашения с Брянской и Смоленской областями."
    got = {tuple(sorted(f["parties"])) for f in extract(text) if f["type"] == "agreement"}
    assert got == {("BY-HO", "RU-BRY"), ("BY-HO", "RU-SMO")}, got


def test_unplaced_unit_takes_its_listed_siblings_region(extract):
    text = "Лидский и Новогрудский районы подписали соглашения с Сокольским и Тотемским муниципальными округами соответственно."
    got = {p for f in extract(text) if f["type"] == "agreement" for p in f["parties"] if p.startswith("RU")}
    assert got == {"RU-VLG/Сокольский муниципальный округ", "RU-VLG/Тотемский муниципальный округ"}, got
