"""Constructions of batch o206–o211, wordings of ours: "Совет по сотрудничеству регионов" is the two sides' council
(meeting.council_of_regions); documents listed after "По итогам встречи подписаны:" take the meeting's date
(links.item_of_signing_list); "а с Казахстаном в целом – 210 млн" is the whole partner's figure
(trade.listed_partner)."""

import pytest

COUNCILS = [
    "Председатель Витебского облисполкома Александр Субботин и губернатор Смоленской области Василий Анохин провели в "
    "Витебске заседание Совета по сотрудничеству регионов.",
    "Губернатор Брянской области и председатель Гомельского облисполкома провели заседание Совета по "
    "взаимодействию регионов.",
    "В Омске прошло заседание Совета по сотрудничеству приграничных регионов Омской и Павлодарской областей.",
]


@pytest.mark.parametrize("text", COUNCILS, ids=["vitebsk", "bryansk", "omsk"])
def test_a_council_of_the_two_regions(extract, text):
    assert [f["kind"] for f in extract(text, "2025-07-30") if f["type"] == "meeting"] == ["commission"]


LISTED = [
    ("Делегация Гомельской области находится в Калужской области. 24 сентября гостей принял губернатор Калужской "
     "области Владислав Шапша.\n\nПо итогам встречи подписаны:\n– дорожная карта по реализации соглашения о "
     "сотрудничестве на 2025–2027 годы;\n– меморандум о сотрудничестве в сфере образования.", "2025-09-24"),
    ("15 мая губернатор Брянской области встретился с председателем Гомельского облисполкома.\n\nПо итогам встречи "
     "подписаны документы:\n– план мероприятий на 2025–2026 годы;\n– меморандум о сотрудничестве в сфере туризма.",
     "2025-05-15"),
    ("10 июня аким Павлодарской области провел переговоры с губернатором Омской области.\n\nПо итогам переговоров "
     "подписаны:\n– дорожная карта на 2025–2027 годы;\n– протокол о намерениях.", "2025-06-10"),
]


@pytest.mark.parametrize("text,day", LISTED, ids=["kaluga", "bryansk", "omsk"])
def test_listed_documents_take_the_meetings_date(extract, text, day):
    docs = [f for f in extract(text, "2025-09-25") if f["type"] == "agreement" and f["kind"] != "agreement"]
    assert len(docs) == 2 and all(f["date"] == day for f in docs), docs


def test_the_partner_as_a_whole(extract):
    text = ("В 2024 году товарооборот Томской области с Павлодарской областью составил 58 млн долларов, а с Казахстаном "
            "в целом – 210 млн.")
    figures = {tuple(sorted(f["parties"])): f["value"] for f in extract(text, "2025-05-22") if f["type"] == "trade"}
    assert figures == {("KZ-55", "RU-TOM"): 58e6, ("KZ", "RU-TOM"): 210e6}, figures
