"""The entity benchmark harness (benchmarks/entities.py) works: its scoring rules on hand-made
spans, and one run over a couple of documents of each benchmark (needs ../shared/benchmarks)."""

from __future__ import annotations

import re

import pytest

from benchmarks import entities as bench
from benchmarks.datasets import FACTRU_TEST, NEREL_TEST, factru_docs, nerel_docs
from benchmarks.scoring import TypedSpan, outermost, prepare, token_bounds, token_io_scores

needs_data = pytest.mark.skipif(
    not (FACTRU_TEST.is_dir() and NEREL_TEST.is_dir()),
    reason=f"нет данных бенчмарков: {FACTRU_TEST.parent.parent} (../shared/benchmarks) не найден")


def test_outermost_keeps_the_outer_span():
    spans = [TypedSpan(0, 9, "ORG"), TypedSpan(4, 9, "LOC"), TypedSpan(12, 20, "PER")]
    assert outermost(spans) == [TypedSpan(0, 9, "ORG"), TypedSpan(12, 20, "PER")]


def test_token_io_scoring_gives_partial_credit():
    text = "Глава МИД России Сергей Лавров прилетел в Минск"
    bounds = token_bounds(text)
    gold = prepare([TypedSpan(17, 30, "PER"), TypedSpan(6, 9, "ORG"), TypedSpan(10, 16, "LOC"),
                    TypedSpan(42, 47, "LOC")], bounds)
    # the prediction takes "Лавров" only, and "МИД России" as one organisation; a span whose
    # ends are not token boundaries ("Мин") is dropped
    pred = prepare([TypedSpan(24, 30, "PER"), TypedSpan(6, 16, "ORG"), TypedSpan(42, 45, "LOC")], bounds)
    scores = token_io_scores(pred, gold, bounds)
    assert (scores["PER"].tp_pred, scores["PER"].n_pred, scores["PER"].n_gold) == (1, 1, 2)
    assert (scores["ORG"].tp_pred, scores["ORG"].n_pred, scores["ORG"].n_gold) == (1, 2, 1)
    assert (scores["LOC"].n_pred, scores["LOC"].n_gold) == (0, 2)
    assert scores["PER"].precision == 1.0 and scores["PER"].recall == 0.5


def test_mapping_file_is_well_formed():
    mapping = bench.load_mapping()
    assert len(mapping) > 100
    for qid, pid in mapping.items():
        assert re.fullmatch(r"Q\d+", qid), qid
        assert pid == "" or re.fullmatch(r"[A-Z]{2}(-[A-Z0-9]{1,3})?(/[^/\t]+)*", pid), (qid, pid)


@needs_data
def test_readers_resolve_references():
    fdoc = factru_docs(limit=1)[0]
    assert fdoc.text and fdoc.objects and fdoc.entities
    for obj in fdoc.objects.values():
        for s in obj.spans:
            assert 0 <= s.start < s.stop <= len(fdoc.text)
    ndoc = nerel_docs(limit=1)[0]
    for ent in ndoc.entities.values():
        if len(ent.fragments) == 1:
            assert ndoc.text[ent.start:ent.stop] == ent.text
    assert all(r.arg1 in ndoc.entities and r.arg2 in ndoc.entities for r in ndoc.relations)


@needs_data
def test_harness_runs_on_a_couple_of_documents(capsys):
    assert bench.main(["--limit", "2", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "factRuEval-2016 test: 2 documents; NEREL test: 2 documents." in out
    for typ in ("PER", "LOC", "ORG"):
        row = next(line for line in out.splitlines() if line.startswith(f"| {typ} |"))
        figures = [float(x) for x in re.findall(r"\d\.\d{3}", row)]
        assert len(figures) == 6 and all(0 <= f <= 1 for f in figures)
    assert "| factRuEval-2016 test, `Occupation` |" in out
    assert "| NEREL test, `WORKS_AS` + `WORKPLACE` |" in out
    assert "| countries |" in out and "| cities |" in out
