"""The fusion test set (benchmarks/data/fusion_pairs.tsv) names real gold facts and is consistent, and
fusion reaches its targets on it: pairwise precision ≥ 0.98 and recall ≥ 0.90 (benchmarks/fusion.py)."""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest

from benchmarks import fusion as bench

pytestmark = pytest.mark.skipif(not (bench.SHARED / "corpus" / "fresh").is_dir(),
                                reason=f"нет корпусов {bench.SHARED / 'corpus'}")


def test_the_pairs_name_gold_facts_of_their_type() -> None:
    gold = bench.gold()
    pairs = bench.load_pairs()
    seen = set()
    for p in pairs:
        for doc, idx in (p.a, p.b):
            assert doc in gold and idx < len(gold[doc]), f"{doc}#{idx}: нет такого факта"
            assert gold[doc][idx]["type"] == p.type, f"{doc}#{idx}: не {p.type}"
        assert p.a[0] != p.b[0], "факты одного документа — разные по договору FACTS.md"
        assert p.label in {"same", "different", "unsure"}
        key = frozenset((p.a, p.b))
        assert key not in seen, f"пара повторена: {p}"
        seen.add(key)
    assert {p.near for p in pairs if p.label == "different"} >= {"parent-child", "other-year", "other-session"}


def test_same_is_transitive_over_the_listed_pairs() -> None:
    """Three facts labelled one real fact pairwise never contradict each other."""
    label = {frozenset((p.a, p.b)): p.label for p in bench.load_pairs()}
    same = defaultdict(set)
    for k, v in label.items():
        if v == "same":
            a, b = sorted(k)
            same[a].add(b)
            same[b].add(a)
    for x, ys in same.items():
        for a, b in itertools.combinations(sorted(ys), 2):
            assert label.get(frozenset((a, b)), "same") == "same", f"{x} ~ {a}, {x} ~ {b}, но {a} ≁ {b}"


@pytest.mark.slow
def test_fusion_reaches_its_targets() -> None:
    scores = bench.run()
    total = scores["всего"]
    assert total.precision >= bench.TARGET_PRECISION, "\n".join(total.errors)
    assert total.recall >= bench.TARGET_RECALL, "\n".join(total.errors)
