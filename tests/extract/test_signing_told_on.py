"""A signing's date told as an event in the next sentence (sentences written for these tests)."""

import pytest

from tests.conftest import of_type

# agreement.ceremony_told_after: "Церемония прошла …", "Подписание состоялось …" right after the document
CEREMONY_TOLD_AFTER = [
    ("Мэр Уфы Ратмир Мавлиев и аким Шымкента Габит Сыздыкбеков подписали соглашение об установлении дружественных "
     "отношений между двумя городами. Церемония прошла 21 мая 2026 года в столице Башкортостана.", "2026-05-21"),
    ("Губернатор Омской области и аким Павлодарской области подписали дорожную карту сотрудничества. Подписание "
     "состоялось 5 марта 2025 года в Омске.", "2025-03-05"),
    ("Председатель Брестского облисполкома и губернатор Калужской области подписали план мероприятий на 2025–2026 "
     "годы. Торжественная церемония состоялась 14 октября 2024 года в Калуге.", "2024-10-14"),
    # another ceremony, a sentence later: not the signing
    ("Губернатор Омской области и аким Павлодарской области подписали дорожную карту. Стороны обсудили поставки "
     "зерна. Церемония открытия выставки прошла 5 марта 2025 года.", None),
]


@pytest.mark.parametrize("text,day", CEREMONY_TOLD_AFTER)
def test_ceremony_in_the_next_sentence_dates_the_document(extract, text, day):
    got = of_type(extract(text), "agreement")
    assert [f["date"] for f in got] == [day], got
