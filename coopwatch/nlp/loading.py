"""Natasha's news models as extraction loads them: the weights and vocabularies of Natasha's own
loaders (``NewsEmbedding``, ``NewsMorphTagger``, ``NewsSyntaxParser``, ``NewsNERTagger``), less
the work at every start that tagging never uses (half a second of each process):

* the embedding (navec) without its word list and without the tables navec computes for word
  similarity (norms, products of centroids): a slovnet tagger reads only the embedding's id and
  its product-quantisation indexes and codes (``InjectNavecVisitor``), and has its own words;
* the three taggers' word vocabularies (the same 250 000 words in each package) indexed once and
  shared: a vocabulary is only read (``encode``, ``decode``).

``tests/test_natasha_models.py`` compares every array and vocabulary with Natasha's own loaders.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

from navec import Navec
from navec.pq import PQ


class TaggingPQ(PQ):
    """navec's product quantisation with its indexes and codes alone: ``PQ.precompute`` builds the
    tables of ``sim`` (a fifth of a second), which tagging never asks."""

    def precompute(self) -> None:
        pass


class TaggingEmbedding(Navec):
    """``NewsEmbedding`` as the slovnet taggers read it: meta and product quantisation, no word
    list (the taggers map words to rows through their own vocabularies)."""

    def __init__(self, path: str | None = None) -> None:
        from natasha.data import NEWS_EMBEDDING
        from navec.meta import Meta
        from navec.navec import META, PQ_
        from navec.tar import Tar

        with Tar(path or NEWS_EMBEDDING) as tar:
            meta = Meta.from_file(tar.load(META))
            pq = TaggingPQ.from_file(tar.load(PQ_))
        Navec.__init__(self, meta, None, pq)


@contextmanager
def shared_vocabularies() -> Iterator[None]:
    """While the taggers load, a vocabulary whose content was indexed already (by another tagger's
    package) is that same ``Vocab``; slovnet's reader is restored after."""
    from gzip import decompress

    from slovnet.exec import pack

    original = pack.bytes_vocab
    indexed: dict[bytes, object] = {}

    def bytes_vocab(data: bytes):  # noqa: ANN202 - slovnet's Vocab
        key = hashlib.sha1(decompress(data)).digest()  # the packages' gzip headers differ, the words do not
        vocab = indexed.get(key)
        if vocab is None:
            vocab = indexed[key] = original(data)
        return vocab

    pack.bytes_vocab = bytes_vocab  # the module's own: Pack.load_vocab looks it up there
    try:
        yield
    finally:
        pack.bytes_vocab = original


def news_models() -> dict[str, object]:
    """The morphology tagger, syntax parser and NER tagger over one embedding."""
    from natasha import NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

    emb = TaggingEmbedding()
    with shared_vocabularies():
        return {"morph": NewsMorphTagger(emb), "syntax": NewsSyntaxParser(emb), "ner": NewsNERTagger(emb)}
