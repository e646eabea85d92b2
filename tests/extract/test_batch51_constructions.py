"""Constructions of the o387–o394 batch, in three wordings of ours: a trip told as 'я' by the one who speaks — the
sentence's own attribution or the one person an interview has answer (visit.speaker_travelled)."""

import pytest

SPEAKERS = [
    ("«В прошлом году я побывал в Костанае», — сказал губернатор Курганской области Вадим Шумков.",
     ("RU-KGN", "Вадим Шумков", "2024")),
    ("«В мае я посетил Минск и встретился с премьер-министром Беларуси», — рассказал губернатор Брянской области "
     "Александр Богомаз.", ("RU-BRY", "Александр Богомаз", "2024-05")),
    ("Курган, 3 марта 2025 г. — Были ли вы в Казахстане? — Да, в феврале я побывал в Петропавловске. На вопросы "
     "ответил губернатор Курганской области Вадим Шумков.", ("RU-KGN", "Вадим Шумков", "2025-02")),
]


@pytest.mark.parametrize("text,trip", SPEAKERS, ids=["said", "told", "interview"])
def test_a_trip_told_as_i_is_the_speakers(extract, text, trip):
    got = [(f["visitor"], f["head"], f["date"]) for f in extract(text, "2025-03-03") if f["type"] == "visit"]
    assert got == [trip], got


def test_i_with_two_speakers_and_no_attribution_names_no_one(extract):
    text = ("Губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов ответили на вопросы "
            "журналистов. — В прошлом году я побывал в Минске.")
    assert [f["head"] for f in extract(text, "2025-03-03") if f["type"] == "visit"] in ([], [None])
