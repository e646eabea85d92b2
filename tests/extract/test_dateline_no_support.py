"""A release's dateline ("Оренбург, 21 ноября 2025 г.") says where it was issued, not which place an
adjective of the text names: "оренбургской продукции" beside the governor of Оренбургская область is
the region's (gazetteer.resolve) — wordings of ours."""

import pytest

DATELINED = [
    ("Оренбург, 21 ноября 2025 г.\n\nГубернатор Оренбургской области Евгений Солнцев и аким Актюбинской области Асхат "
     "Шахаров провели переговоры. Евгений Солнцев сообщил, что экспорт оренбургской продукции в Актюбинскую область "
     "вырос на 14%. В декабре в Оренбурге пройдет заседание рабочей группы.", "RU-ORE"),
    ("Омск, 3 марта 2025 г.\n\nГубернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области. "
     "Экспорт омской продукции в Павлодарскую область вырос на 8%. Встреча прошла в Омске.", "RU-OMS"),
    ("Курган, 5 мая 2025 г.\n\nГубернатор Курганской области Вадим Шумков встретился с акимом Костанайской области. "
     "Экспорт курганской продукции в Костанайскую область вырос на 11%. Переговоры прошли в Кургане.", "RU-KGN"),
]


@pytest.mark.parametrize("text,exporter", DATELINED, ids=["orenburg", "omsk", "kurgan"])
def test_the_adjective_is_the_regions(extract, text, exporter):
    got = [f["parties"][0] for f in extract(text) if f["type"] == "trade"]
    assert got == [exporter], got
