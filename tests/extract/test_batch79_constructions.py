"""Constructions of the o585–o592 batch, in three wordings of ours: "На приёме присутствовал …" right after a
reception held for an occasion is that ceremony, not talks (meeting.ceremonial_reception)."""

import pytest

RECEPTION_TOLD_BEFORE = [
    "Генконсулство Узбекистана в Казани, открытое в 2016 году, провело приём по случаю Дня Конституции. На приёме "
    "присутствовал Премьер-министр Республики Татарстан Алексей Песошин.",
    "Генеральное консульство Казахстана в Омске провело приём по случаю Дня Республики. На приёме присутствовал "
    "губернатор Омской области Виталий Хоценко.",
    "Посольство Беларуси провело в Уфе приём по случаю Дня Независимости. На приёме присутствовал Глава Башкортостана "
    "Радий Хабиров.",
]


@pytest.mark.parametrize("text", RECEPTION_TOLD_BEFORE, ids=["kazan", "omsk", "ufa"])
def test_a_reception_told_before_as_a_ceremony_is_no_talks(extract, text):
    assert [f for f in extract(text, "2026-12-03") if f["type"] == "meeting"] == []
