"""The Natasha stack behind one call: ``annotate(text) -> Annotated``.

Needs: raw text. Adds: sentences (razdel), tokens with lemma, POS, morphological features and
dependency heads (slovnet morph + syntax over navec embeddings), and NER spans (slovnet NER).
Models load once per process, on first use, never at import time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import lru_cache

_lock = threading.Lock()
_models: dict[str, object] = {}


@dataclass(slots=True)
class Token:
    i: int  # index in the document
    text: str
    start: int
    stop: int
    sent: int
    pos: str = "X"
    feats: dict[str, str] = field(default_factory=dict)
    head: int = -1  # document index of the syntactic head, -1 for the root
    rel: str = ""
    lemma: str = ""
    lower: str = ""  # lower case, ё as е: how rules compare words

    @property
    def case(self) -> str | None:
        return self.feats.get("Case")

    def is_cap(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    stop: int
    text: str
    tokens: list[Token]


@dataclass(slots=True)
class NerSpan:
    type: str  # PER, LOC, ORG
    start: int
    stop: int
    text: str
    tokens: list[Token]
    normal: str = ""


@dataclass
class Annotated:
    text: str
    sentences: list[Sentence]
    tokens: list[Token]
    spans: list[NerSpan]

    def sentence_of(self, char: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= char < s.stop:
                return s
        return None


def models() -> dict[str, object]:
    """Load the Natasha models once (about a second); later calls are free."""
    if _models:
        return _models
    with _lock:
        if not _models:
            from natasha import (
                NewsEmbedding,
                NewsMorphTagger,
                NewsNERTagger,
                NewsSyntaxParser,
            )

            from coopwatch.nlp.segment import LineSegmenter

            emb = NewsEmbedding()
            vocab = morph_vocab()
            _models.update(
                segmenter=LineSegmenter(),
                vocab=vocab,
                morph=NewsMorphTagger(emb),
                syntax=NewsSyntaxParser(emb),
                ner=NewsNERTagger(emb),
            )
            for name in ("morph", "syntax", "ner"):
                remember_encodings(_models[name].infer.encoder)
    return _models


def remember_encodings(encoder, limit: int = 200_000) -> None:
    """Each slovnet model encodes every word anew, per sentence: its id in the model's vocabulary
    (lower case) and the id of its shape ("Xx", "PUNCT_,"), both pure functions of the word. The
    encoder keeps them per word (forgetting all past ``limit`` words): the same ids, without
    ``word_shape``'s string work on every token of every model."""
    from slovnet.shape import word_shape

    words, shapes = encoder.words_vocab, encoder.shapes_vocab
    known: dict[str, tuple[int, int]] = {}

    def item(sentence_words):
        word_ids, shape_ids = [], []
        for word in sentence_words:
            ids = known.get(word)
            if ids is None:
                if len(known) >= limit:
                    known.clear()
                ids = known[word] = (words.encode(word.lower()), shapes.encode(word_shape(word)))
            word_ids.append(ids[0])
            shape_ids.append(ids[1])
        return word_ids, shape_ids

    encoder.item = item  # the instance's own: WordShapeEncoder.__call__ calls self.item


def pymorphy_dictionary() -> None:
    """Name pymorphy's dictionary before an analyser is made: left to find it, pymorphy scans every
    installed package's entry points (``pkg_resources``) for each analyser, a third of a second at
    start-up. The dictionary is the same one (``pymorphy2_dicts_ru``, installed with Natasha); a
    user's own ``PYMORPHY2_DICT_PATH`` wins."""
    import os

    if "PYMORPHY2_DICT_PATH" not in os.environ:
        import pymorphy2_dicts_ru

        os.environ["PYMORPHY2_DICT_PATH"] = pymorphy2_dicts_ru.get_path()


@lru_cache(maxsize=1)
def morph_vocab():
    """pymorphy's analyser alone: enough for the gazetteer and grammars, cheaper than models()."""
    from natasha import MorphVocab

    pymorphy_dictionary()
    return MorphVocab()


@lru_cache(maxsize=200_000)
def lemmatize(word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> str:
    """Lemma of a word in context; cached because news repeats its vocabulary."""
    from natasha.morph.lemma import lemmatize as natasha_lemmatize

    if pos == "PUNCT" or not any(c.isalpha() for c in word):
        return word.lower()
    return natasha_lemmatize(morph_vocab(), word, pos, dict(feats)) or word.lower().replace("ё", "е")


@lru_cache(maxsize=100_000)
def lemma_of(word: str) -> str:
    """Lemma of a word out of context (gazetteer entries, dictionary phrases): the first
    pymorphy parse, nouns and adjectives preferred."""
    w = word.lower().replace("ё", "е")
    if not any(c.isalpha() for c in w):
        return w
    parses = morph_vocab()(w)
    if not parses:
        return w
    for p in parses:
        if p.pos in ("NOUN", "ADJ", "PROPN"):
            return p.normal.replace("ё", "е")
    return parses[0].normal.replace("ё", "е")


def annotate(text: str, *, syntax: bool = True) -> Annotated:
    """Segment, tag, parse and NER-tag ``text``."""
    from natasha import Doc

    m = models()
    doc = Doc(text)
    doc.segment(m["segmenter"])
    doc.tag_morph(m["morph"])
    if syntax:
        doc.parse_syntax(m["syntax"])
    doc.tag_ner(m["ner"])

    tokens: list[Token] = []
    sentences: list[Sentence] = []
    id_to_index: dict[str, int] = {}
    for si, s in enumerate(doc.sents):
        sent_tokens = []
        for t in s.tokens:
            tok = Token(
                i=len(tokens), text=t.text, start=t.start, stop=t.stop, sent=si,
                pos=t.pos or "X", feats=dict(t.feats or {}), rel=t.rel or "",
                lower=t.text.lower().replace("ё", "е"),
            )
            tok.lemma = lemmatize(t.text, tok.pos, tuple(tok.feats.items()))
            if t.id is not None:
                id_to_index[t.id] = tok.i
            tokens.append(tok)
            sent_tokens.append(tok)
        sentences.append(Sentence(index=si, start=s.start, stop=s.stop, text=s.text, tokens=sent_tokens))
    if syntax:
        for s in doc.sents:
            for t in s.tokens:
                if t.head_id in id_to_index and t.id in id_to_index:
                    tokens[id_to_index[t.id]].head = id_to_index[t.head_id]

    spans: list[NerSpan] = []
    by_start = {t.start: t.i for t in tokens}
    for sp in doc.spans:
        first = by_start.get(sp.tokens[0].start) if sp.tokens else None
        if first is None:
            continue
        toks = tokens[first: first + len(sp.tokens)]
        span = NerSpan(type=sp.type, start=sp.start, stop=sp.stop, text=sp.text, tokens=toks, normal=sp.text)
        if sp.type != "LOC":  # names of people and organisations to the nominative; places go by lemmas
            try:
                sp.normalize(m["vocab"])
                span.normal = sp.normal or sp.text
            except Exception:  # natasha's normaliser can fail on odd spans; the text is still usable
                span.normal = sp.text
        spans.append(span)
    return Annotated(text=text, sentences=sentences, tokens=tokens, spans=spans)
