"""A document's sentences through a slovnet tagger in batches of similar length.

Natasha hands a tagger (morphology, syntax) a document's sentences in text order, eight at a time,
and slovnet pads every batch to its longest sentence: a batch of a four-word headline and a
sixty-word sentence costs eight sixty-word sentences, and news mixes the two (the padded words
were three quarters again the real ones on the dev and fresh corpora). ``ByLength`` sorts the
sentences by length, cuts batches where the length doubles, and gives the tags back in text
order.

The tags are the same: slovnet zeroes the padding after every convolution layer (the padding
word's and shape's embeddings are zero too), so a sentence's tags do not depend on the sentences
batched with it; ``tests/test_batching.py`` compares with Natasha's own batches.
"""

from __future__ import annotations

from collections.abc import Iterable

MOST = 32  # sentences in one batch
GROWTH = 2  # a batch ends before a sentence more than twice as long as its shortest (plus SLACK words)
SLACK = 2


def batches(lengths: list[int]) -> list[list[int]]:
    """Indexes of ``lengths`` in batches: ascending length, a new batch once a sentence is more
    than ``GROWTH`` times the batch's shortest (empty ones aside: slovnet cannot parse a batch of
    empty sentences alone) plus ``SLACK``, or once the batch holds ``MOST``."""
    out: list[list[int]] = []
    group: list[int] = []
    shortest = 0
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        n = lengths[i]
        if shortest and (n > GROWTH * shortest + SLACK or len(group) >= MOST):
            out.append(group)
            group, shortest = [], 0
        group.append(i)
        shortest = shortest or n
    if group:
        out.append(group)
    return out


class ByLength:
    """A Natasha tagger or parser (``NewsMorphTagger``, ``NewsSyntaxParser``) whose ``map`` runs
    the sentences in ``batches`` and answers in their order: ``doc.tag_morph(ByLength(tagger))``."""

    def __init__(self, tagger) -> None:  # noqa: ANN001 - natasha's tagger
        self.tagger = tagger

    def map(self, items: Iterable[list[str]]) -> list:
        items = list(items)
        out: list = [None] * len(items)
        api, encoder = self.tagger, self.tagger.infer.encoder
        sizes = api.batch_size, encoder.batch_size
        # one slovnet batch per group: slovnet cuts what it is given by these sizes (set back after,
        # so that the tagger batches as Natasha made it for anyone else)
        api.batch_size = encoder.batch_size = MOST
        try:
            for group in batches([len(words) for words in items]):
                for i, markup in zip(group, api.map([items[i] for i in group]), strict=True):
                    out[i] = markup
        finally:
            api.batch_size, encoder.batch_size = sizes
        return out
