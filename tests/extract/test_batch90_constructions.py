"""Constructions of the o673–o680 batch, in three wordings of ours: after a twinning, a memorandum or agreement of a
sphere of cooperation ("о сотрудничестве в сфере туризма") is another document, not the twinning named again
(agreement.document_of_a_sphere)."""

import pytest

SPHERE_AFTER_TWINNING = [
    "Мэр Казани Ильсур Метшин и хоким Самарканда Фуркат Тураев подписали договор о побратимстве между двумя городами. "
    "Кроме того, стороны подписали меморандум о сотрудничестве в сфере туризма.",
    "Гомель и Брянск подписали договор о побратимстве. Также города подписали соглашение о сотрудничестве в области "
    "образования.",
    "Витебск и Великие Луки стали городами-побратимами. Главы городов также подписали меморандум о сотрудничестве в "
    "сфере культуры.",
]


@pytest.mark.parametrize("text", SPHERE_AFTER_TWINNING, ids=["tourism", "education", "culture"])
def test_a_document_of_a_sphere_after_a_twinning_is_another(extract, text):
    kinds = sorted(f["kind"] for f in extract(text, "2026-11-05") if f["type"] == "agreement")
    assert len(kinds) == 2 and "twinning" in kinds, kinds


def test_the_twinning_named_again_stays_one(extract):
    text = "Гомель и Брянск подписали договор о побратимстве. Соглашение между Гомелем и Брянском скрепили подписями мэры."
    assert [f["kind"] for f in extract(text, "2026-11-05") if f["type"] == "agreement"] == ["twinning"]
