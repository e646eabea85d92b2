"""A document after its signing verb with "и"/"также" before it is one more document, not the one
of its kind told before (agreement.another_of_its_kind_too) — wordings of ours."""

import pytest

TOO = [
    ("По итогам заседания программу сотрудничества между Орловской и Витебской областями на 2026–2028 годы приняли "
     "губернатор Андрей Клычков и председатель облисполкома Александр Субботин. Тогда же был утвержден и план "
     "мероприятий по ее реализации на 2026 год.", "plan"),
    ("Губернатор Омской области и аким Павлодарской области подписали план мероприятий на 2025–2027 годы. Тогда же "
     "был подписан и план совместных действий на 2025 год.", "plan"),
    ("Брестская и Смоленская области подписали программу сотрудничества на 2025–2027 годы. Кроме того, была "
     "утверждена и программа развития приграничной торговли.", "plan"),
    ("Псковская и Витебская области подписали протокол заседания рабочей группы. Также был подписан и протокол о "
     "намерениях по развитию туризма.", "protocol"),
    ("Мэры Казани и Минска подписали меморандум о сотрудничестве. На церемонии был подписан также меморандум между "
     "университетами городов.", "memorandum"),
]


@pytest.mark.parametrize("text,kind", TOO, ids=["then-too", "plan-too", "programme-too", "protocol-too", "also"])
def test_one_more_document(extract, text, kind):
    docs = [f for f in extract(text, published="2025-11-05") if f["type"] == "agreement"]
    assert [f["kind"] for f in docs] == [kind, kind], docs
    assert docs[0]["parties"] == docs[1]["parties"] or set(docs[0]["parties"]) == set(docs[1]["parties"])


def test_the_document_named_again_is_one(extract):
    text = "Мэры Казани и Минска подписали меморандум о сотрудничестве. Этот меморандум был подписан в ратуше."
    assert len([f for f in extract(text) if f["type"] == "agreement"]) == 1
