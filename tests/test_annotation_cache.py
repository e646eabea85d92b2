"""The opt-in annotation cache (``$COOPWATCH_ANNOTATION_CACHE``, set by ``make test-fast``): the
same annotation as the models give, read back instead of computed, rebuilt when unreadable, and
one folder per version of the annotating code."""

from __future__ import annotations

import pickle

import pytest

from coopwatch.nlp import annotate as A

# these run the Natasha models, which the cache spares make test-fast: they belong to make test
pytestmark = pytest.mark.slow

TEXT = "Губернатор Курской области прибыл в Минск. Стороны обсудили поставки зерна."


def test_cached_annotation_is_the_models_annotation(tmp_path, monkeypatch):
    monkeypatch.delenv(A.CACHE_ENV, raising=False)
    fresh = A.annotate(TEXT)
    monkeypatch.setenv(A.CACHE_ENV, str(tmp_path))
    first = A.annotate(TEXT)
    files = list(tmp_path.glob("annotations-*/*.pickle"))
    assert len(files) == 1 and first == fresh
    # what is read back is the stored object, not a new run of the models
    stored = pickle.loads(files[0].read_bytes())
    stored.tokens[0].lemma = "подменено"
    files[0].write_bytes(pickle.dumps(stored))
    assert A.annotate(TEXT).tokens[0].lemma == "подменено"
    # another text, or the same without syntax, is another entry
    assert A.annotate(TEXT, syntax=False).tokens[0].head == -1
    assert len(list(tmp_path.glob("annotations-*/*.pickle"))) == 2


def test_unreadable_entry_is_computed_again(tmp_path, monkeypatch):
    monkeypatch.setenv(A.CACHE_ENV, str(tmp_path))
    expected = A.annotate(TEXT)
    (entry,) = tmp_path.glob("annotations-*/*.pickle")
    entry.write_bytes(b"not a pickle")
    assert A.annotate(TEXT) == expected
    assert pickle.loads(entry.read_bytes()) == expected


def test_entries_of_another_version_are_removed(tmp_path, monkeypatch):
    old = tmp_path / "annotations-0000000000000000"
    old.mkdir()
    (old / "x.pickle").write_bytes(b"old")
    monkeypatch.setenv(A.CACHE_ENV, str(tmp_path))
    A.annotate(TEXT)
    assert not old.exists()
    assert [p.name.startswith("annotations-") for p in tmp_path.iterdir()] == [True]
