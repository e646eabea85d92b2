"""The gold-places benchmark harness (benchmarks/gold_places.py) on a corpus made here."""

from __future__ import annotations

import json

from benchmarks import gold_places


def test_place_ids_are_read_from_every_place_field():
    facts = [
        {"type": "agreement", "parties": ["RU-VLG/Сокольский муниципальный округ", "BY-HR/Лидский район"]},
        {"type": "visit", "visitor": "RU-UD/Ижевск", "host": "BY", "places": ["BY-HR/Гродно"]},
        {"type": "institution", "of": "UZ", "in": "RU-BA/Уфа"},
        {"type": "role", "person": "Илья Икан", "title": "председатель концерна", "of": "Белнефтехим"},
        {"type": "transport", "between": ["RU-TA/Казань", "KZ-71"]},
    ]
    assert gold_places.gold_place_ids(facts) == {
        "RU-VLG/Сокольский муниципальный округ", "BY-HR/Лидский район", "RU-UD/Ижевск", "BY",
        "BY-HR/Гродно", "UZ", "RU-BA/Уфа", "RU-TA/Казань", "KZ-71"}


def test_recall_counts_each_document_and_id_once(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "Лидский район и Сокольский муниципальный округ Вологодской области подписали соглашение. "
        "Лидский район представил программу.", encoding="utf-8")
    gold = {"doc": "a", "facts": [
        {"type": "agreement", "parties": ["RU-VLG/Сокольский муниципальный округ", "BY-HR/Лидский район"]},
        {"type": "role", "person": "Иван Петров", "title": "глава", "of": "BY-HR/Лида"}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    found, total, missed = gold_places.measure(tmp_path)
    assert (found, total) == (2, 3)
    assert missed == [("a", "BY-HR/Лида")]
