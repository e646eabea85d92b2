"""The NER tagger's one-sequence CRF decoding (``coopwatch.nlp.crf``) answers as slovnet's own."""

from __future__ import annotations

import numpy as np
import pytest
from slovnet.exec.model import CRF, Weight

from coopwatch.nlp.crf import decode_one, decode_single_sequences


def slovnet_crf(transitions: np.ndarray) -> CRF:
    return CRF(Weight(transitions.shape, "float32", transitions))


@pytest.mark.parametrize("seed", range(20))
def test_same_tags_as_slovnet_on_random_scores(seed):
    rng = np.random.default_rng(seed)
    tags = 8
    transitions = rng.normal(size=(tags, tags)).astype(np.float32)
    length = int(rng.integers(1, 300))
    emissions = rng.normal(scale=3, size=(1, length, tags)).astype(np.float32)
    mask = np.ones((1, length), dtype=bool)
    want = slovnet_crf(transitions).decode(emissions, mask)
    got = decode_one(transitions, emissions[0])
    assert len(want) == 1 and got.dtype == want[0].dtype and got.tolist() == want[0].tolist()


def test_ties_go_to_the_first_tag_as_in_slovnet():
    transitions = np.zeros((3, 3), dtype=np.float32)
    emissions = np.zeros((1, 5, 3), dtype=np.float32)  # every path scores the same
    emissions[0, 2, 1] = 1.0
    want = slovnet_crf(transitions).decode(emissions, np.ones((1, 5), dtype=bool))[0]
    assert decode_one(transitions, emissions[0]).tolist() == want.tolist() == [0, 0, 1, 0, 0]


def test_batches_and_padding_still_go_to_slovnet():
    rng = np.random.default_rng(1)
    transitions = rng.normal(size=(4, 4)).astype(np.float32)
    crf = slovnet_crf(transitions)
    decode_single_sequences(crf)
    emissions = rng.normal(size=(2, 6, 4)).astype(np.float32)
    mask = np.array([[True] * 6, [True] * 3 + [False] * 3])
    got = crf.decode(emissions, mask)
    want = CRF.decode(slovnet_crf(transitions), emissions, mask)
    assert [g.tolist() for g in got] == [w.tolist() for w in want] and len(got[1]) == 3
    one = emissions[:1]
    assert crf.decode(one, mask[:1])[0].tolist() == decode_one(transitions, one[0]).tolist()
