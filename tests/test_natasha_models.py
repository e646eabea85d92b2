"""Extraction's loader of Natasha's models (``coopwatch.nlp.loading``) gives what Natasha's own
loaders give: every weight array and vocabulary the same, the same tags on the same text — only
the work tagging never uses is left out, and the taggers' common word vocabulary is indexed once."""

from __future__ import annotations

import numpy as np
import pytest

from coopwatch.nlp import loading

# loads every model twice (three seconds): make test, not make test-fast
pytestmark = pytest.mark.slow

TEXT = ("Губернатор Курской области Александр Хинштейн прибыл в Минск. 5 декабря 2024 года стороны "
        "подписали дорожную карту сотрудничества, товарооборот вырос на 12 %.")


@pytest.fixture(scope="module")
def both():
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

    emb = NewsEmbedding()
    natasha = {"morph": NewsMorphTagger(emb), "syntax": NewsSyntaxParser(emb), "ner": NewsNERTagger(emb)}
    return natasha, loading.news_models()


def weights(model) -> list[tuple[str, np.ndarray]]:
    """Every array of a slovnet model, by where it sits."""
    found = []

    def walk(node, where):
        if isinstance(node, np.ndarray):
            found.append((where, node))
        elif isinstance(node, list):
            for i, x in enumerate(node):
                walk(x, f"{where}[{i}]")
        elif hasattr(node, "__attributes__"):
            for name in node.__attributes__:
                walk(getattr(node, name), f"{where}.{name}")

    walk(model, "model")
    return found


@pytest.mark.parametrize("name", ["morph", "syntax", "ner"])
def test_same_weights_and_vocabularies(both, name):
    natasha, ours = both
    theirs, mine = natasha[name].infer, ours[name].infer
    a, b = weights(theirs.model), weights(mine.model)
    assert [w for w, _ in a] == [w for w, _ in b] and len(a) > 10
    for (where, x), (_, y) in zip(a, b):
        assert x.dtype == y.dtype and np.array_equal(x, y), where
    for vocab in ("words_vocab", "shapes_vocab"):
        assert getattr(theirs.encoder, vocab).items == getattr(mine.encoder, vocab).items
    assert [getattr(theirs.decoder, v).items for v in vars(theirs.decoder)] == \
        [getattr(mine.decoder, v).items for v in vars(mine.decoder)]


def test_the_word_vocabulary_is_indexed_once(both):
    _, ours = both
    vocabs = {id(ours[n].infer.encoder.words_vocab) for n in ("morph", "syntax", "ner")}
    assert len(vocabs) == 1
    from slovnet.exec import pack

    assert pack.bytes_vocab.__module__ == "slovnet.exec.pack"  # slovnet's reader is back after loading


def test_same_tags_on_the_same_text(both):
    from natasha import Doc, Segmenter

    def tagged(models):
        doc = Doc(TEXT)
        doc.segment(Segmenter())
        doc.tag_morph(models["morph"])
        doc.parse_syntax(models["syntax"])
        doc.tag_ner(models["ner"])
        return ([(t.text, t.pos, t.feats, t.head_id, t.rel) for t in doc.tokens],
                [(s.start, s.stop, s.type) for s in doc.spans])

    natasha, ours = both
    tokens, spans = tagged(ours)
    assert (tokens, spans) == tagged(natasha)
    assert ("Минск", "LOC") in {(TEXT[a:b], t) for a, b, t in spans}


def test_the_embedding_has_no_similarity_tables():
    emb = loading.TaggingEmbedding()
    assert emb.pq.codes.shape[0] == emb.pq.qdim and emb.pq.indexes.shape[0] == emb.pq.vectors
    assert not hasattr(emb.pq, "ab") and emb.vocab is None
