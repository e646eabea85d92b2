"""The quality gate: extraction on ../shared/corpus/dev against its gold facts, scored by the
project's scorer. Fails below the issue's thresholds or below the pinned floors."""

import json
from pathlib import Path

import pytest

from tests.conftest import DEV, needs_shared

FLOOR = json.loads((Path(__file__).parent / "quality_floor.json").read_text(encoding="utf-8"))
TYPES = ["agreement", "meeting", "visit", "trade", "target", "institution", "transport", "role"]


@pytest.fixture(scope="module")
def scores():
    needs_shared()
    from coopwatch.runner import evaluate

    table, summary = evaluate(DEV / "gold.jsonl", DEV / "docs", as_json=True)
    assert summary.n_failed == 0, summary.failures
    return json.loads(table)


def test_issue_thresholds(scores):
    assert scores["ALL"]["key_f1"] >= 0.85
    assert scores["ALL"]["full_f1"] >= 0.75
    for t in TYPES:
        assert scores[t]["key_f1"] >= 0.75, t


@pytest.mark.parametrize("name", ["ALL", *TYPES])
def test_floor(scores, name):
    for measure in ("key_f1", "full_f1"):
        assert scores[name][measure] >= FLOOR[name][measure], (
            f"{name} {measure} упал: {scores[name][measure]:.3f} < {FLOOR[name][measure]} (tests/quality_floor.json)")


def test_no_rule_failures_on_dev():
    needs_shared()
    from coopwatch.extract import extract_document
    from coopwatch.ingest import read_paths

    warnings = [(d.id, w) for d in read_paths([DEV / "docs"]) for w in extract_document(d).warnings
                if "правила" in w]
    assert warnings == []
