"""slovnet's embedding lookup and convolution with fewer NumPy calls (``coopwatch.nlp.slovnet_ops``)
give bit-for-bit the arrays of slovnet's own."""

from __future__ import annotations

import numpy as np
import pytest
from slovnet.exec.model import BatchNorm1d, Conv1d, NavecEmbedding, ReLU, Weight

from coopwatch.nlp.slovnet_ops import FlatNavecLookup, InPlaceNorm, PaddedConv, lighten, relu


def weight(array: np.ndarray) -> Weight:
    return Weight(array.shape, str(array.dtype), array)


def test_lookup_reads_the_same_codes():
    rng = np.random.default_rng(0)
    codes = rng.normal(size=(10, 16, 3)).astype(np.float32)
    indexes = rng.integers(0, 16, size=(50, 10)).astype(np.uint8)
    emb = NavecEmbedding("navec", weight(indexes), weight(codes))
    ids = rng.integers(0, 50, size=(4, 7))
    want, got = emb(ids), FlatNavecLookup(emb)(ids)
    assert got.shape == want.shape == (4, 7, 30) and got.dtype == want.dtype
    assert np.array_equal(got, want)


@pytest.mark.parametrize(("batch", "length", "padding"), [(1, 1, 1), (3, 9, 1), (8, 40, 2), (2, 5, 0)])
def test_convolution_gives_the_same_numbers(batch, length, padding):
    rng = np.random.default_rng(length)
    conv = Conv1d(weight(rng.normal(size=(6, 5, 3)).astype(np.float32)), weight(rng.normal(size=6).astype(np.float32)),
                  padding)
    x = rng.normal(size=(batch, length, 5)).astype(np.float32).swapaxes(2, 1)  # as the encoder hands it
    want, got = conv(x), PaddedConv(conv)(x)
    assert got.shape == want.shape and got.dtype == want.dtype
    assert np.array_equal(got, want)  # bit for bit: the same matrix product on the same windows


def same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and a.dtype == b.dtype and a.tobytes() == np.ascontiguousarray(b).tobytes()


def test_rectifier_keeps_negative_zero_and_nan_as_clip_does():
    x = np.array([[[-1.5, -0.0, 0.0, 2.0, np.nan, -np.inf]]], dtype=np.float32).swapaxes(2, 1)
    assert same_bits(np.ascontiguousarray(relu(x)), ReLU()(x))
    rng = np.random.default_rng(3)
    y = rng.normal(size=(4, 8, 11)).astype(np.float32)
    assert same_bits(relu(y), ReLU()(y))


def test_normalisation_gives_the_same_numbers():
    rng = np.random.default_rng(4)
    channels = 6
    arrays = [rng.normal(size=channels).astype(np.float32) for _ in range(4)]
    arrays[3] = np.abs(arrays[3]) + 0.1  # std
    norm = BatchNorm1d(*(weight(a) for a in arrays))  # weight, bias, mean, std
    x = rng.normal(size=(3, 9, channels)).astype(np.float32).swapaxes(2, 1)  # batch × channels × length
    want, got = norm(x), InPlaceNorm(norm)(x)
    assert same_bits(np.ascontiguousarray(got), np.ascontiguousarray(want))


@pytest.mark.slow  # loads the models
def test_a_lightened_model_tags_as_before():
    from natasha import Doc

    from coopwatch.nlp.annotate import models
    from coopwatch.nlp.loading import news_models

    text = "Губернатор Курской области прибыл в Минск. Стороны подписали соглашение о поставках зерна."

    def tagged(m):
        doc = Doc(text)
        doc.segment(models()["segmenter"])
        doc.tag_morph(m["morph"])
        doc.parse_syntax(m["syntax"])
        doc.tag_ner(m["ner"])
        return [(t.pos, t.feats, t.head_id, t.rel) for t in doc.tokens], [(s.start, s.stop, s.type) for s in doc.spans]

    plain = news_models()
    want = tagged(plain)
    for m in plain.values():
        lighten(m.infer.model)
    assert isinstance(plain["ner"].infer.model.emb.word, FlatNavecLookup)
    assert tagged(plain) == want
