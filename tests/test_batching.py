"""Sentences batched by length (``coopwatch.nlp.batching``): the batches, and the same tags as
Natasha's own batches of eight in text order."""

from __future__ import annotations

import pytest

from coopwatch.nlp.batching import MOST, ByLength, batches


def test_batches_follow_length_and_cut_where_it_doubles():
    lengths = [30, 4, 5, 61, 12, 9, 28]
    got = batches(lengths)
    assert sorted(i for g in got for i in g) == list(range(len(lengths)))
    assert got == [[1, 2, 5], [4], [6, 0], [3]]  # 4, 5, 9 (≤ 2·4 + 2); 12; 28, 30 (> 2·12 + 2); 61 (> 2·28 + 2)


def test_batches_hold_at_most_MOST():
    got = batches([7] * (2 * MOST + 1))
    assert [len(g) for g in got] == [MOST, MOST, 1]


def test_empty_sentences_ride_with_the_shortest_words():
    # slovnet cannot parse a batch of empty sentences alone
    assert batches([0, 40, 0, 5]) == [[0, 2, 3], [1]]


def test_no_sentences_no_batches():
    assert batches([]) == []


SENTENCES = [
    "Казань и Минск.",
    "Губернатор Курской области прибыл в Минск во главе делегации, в которую вошли руководители "
    "министерств, ведомств и крупнейших предприятий региона, чтобы обсудить поставки зерна, "
    "строительство жилья и совместные проекты в машиностроении на ближайшие три года.",
    "Стороны подписали соглашение.",
    "Товарооборот вырос на 12 %.",
    "Визит продлится два дня.",
    "Следующее заседание рабочей группы пройдёт в Гомеле весной.",
    "Итоги.",
]


@pytest.mark.slow  # runs the models
@pytest.mark.parametrize("model", ["morph", "syntax"])
def test_same_tags_as_natashas_batches(model):
    from natasha import Doc

    from coopwatch.nlp.annotate import models

    m = models()
    text = " ".join(SENTENCES * 6)  # 42 sentences: more than one batch of either kind

    def tagged(tagger):
        doc = Doc(text)
        doc.segment(m["segmenter"])
        if model == "morph":
            doc.tag_morph(tagger)
            return [(t.text, t.pos, t.feats) for t in doc.tokens]
        doc.parse_syntax(tagger)
        return [(t.text, t.id, t.head_id, t.rel) for t in doc.tokens]

    natasha = tagged(m[model])
    assert len(natasha) > 300
    assert tagged(ByLength(m[model])) == natasha
    assert (m[model].batch_size, m[model].infer.encoder.batch_size) == (8, 8)  # Natasha's own, set back
