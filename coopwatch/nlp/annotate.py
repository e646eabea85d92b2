"""The Natasha stack behind one call: ``annotate(text) -> Annotated``.

Needs: raw text. Adds: sentences (razdel), tokens with lemma, POS, morphological features and
dependency heads (slovnet morph + syntax over navec embeddings), and NER spans (slovnet NER).
Models load once per process, on first use, never at import time.

A run of more than ``MAX_TOKEN`` characters without a space (a pasted hash, a run-together line)
is no word, and slovnet fails on one of some tens of thousands of characters, losing the whole
article: such runs are cut to ``MAX_TOKEN`` characters before the models see the text, with a
warning; every offset is mapped back to the original text.

``$COOPWATCH_ANNOTATION_CACHE`` (a directory; opt-in, ``make test-fast`` sets it): each text's
annotation is kept there, keyed by the text and by the versions of everything that makes it (the
Natasha packages and models, this module, the segmenter, and the modules that load and run the
models faster: ``loading``, ``batching``, ``crf``, ``slovnet_ops``), and read back instead of running
the models again — the rule tests annotate the same thousand sentences on every run.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import threading
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from coopwatch.nlp.letters import cyrillic_lookalikes

_lock = threading.Lock()
_models: dict[str, object] = {}
MAX_TOKEN = 200
# The tagger's (Universal Dependencies) cases under pymorphy's names, for comparing a token with its parses.
UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
# anchored at a word's first character: unanchored, the search would start again at every
# character of every word and read each word to its end each time
LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_TOKEN + 1},}}")


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
    warnings: list[str] = field(default_factory=list)  # what was done to the text to parse it

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
            from coopwatch.nlp.crf import decode_single_sequences
            from coopwatch.nlp.loading import news_models
            from coopwatch.nlp.segment import LineSegmenter
            from coopwatch.nlp.slovnet_ops import lighten

            _models.update(segmenter=LineSegmenter(), vocab=morph_vocab(), **news_models())
            for name in ("morph", "syntax", "ner"):
                remember_encodings(_models[name].infer.encoder)
                lighten(_models[name].infer.model)
            decode_single_sequences(_models["ner"].infer.model.head.crf)
            remember_inflections()
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


@lru_cache(maxsize=1)
def remember_inflections(limit: int = 100_000) -> None:
    """Natasha normalises a name ("Рустама Минниханова" → "Рустам Минниханов") word by word, each
    word put in the nominative by pymorphy (``natasha.norm.inflect_word``: its paradigm built anew
    every time), though the answer is a pure function of the word, its part of speech and its
    features. Natasha's normaliser is given one that keeps the answers per word (forgetting all
    past ``limit``): the same words, once per name instead of once per mention."""
    from natasha import norm

    original = norm.inflect_word
    known: dict[tuple, str] = {}

    def inflect_word(vocab, token):  # noqa: ANN001, ANN202 - natasha's signature
        key = (vocab, token.text, token.pos, tuple(token.feats.items()) if token.feats else ())
        word = known.get(key)
        if word is None:
            if len(known) >= limit:
                known.clear()
            word = known[key] = original(vocab, token)
        return word

    norm.inflect_word = inflect_word  # the module's own: inflect_words looks it up there


@lru_cache(maxsize=1)
def dictionary_path() -> str:
    """pymorphy2's Russian dictionary. Every analyser is given it: without a path, each one looks
    it up by scanning all installed distributions (pkg_resources), a quarter of a second apiece."""
    import pymorphy2_dicts_ru

    return pymorphy2_dicts_ru.get_path()


@lru_cache(maxsize=1)
def morph_vocab():
    """pymorphy's analyser alone (Natasha's ``MorphVocab``): enough for the gazetteer and
    grammars, cheaper than models()."""
    from natasha import MorphVocab
    from natasha.morph.vocab import MorphForm
    from pymorphy2 import MorphAnalyzer

    from coopwatch.nlp import mend_pymorphy

    mend_pymorphy()

    class Vocab(MorphVocab):
        def __init__(self) -> None:  # MorphVocab's own, with the dictionary's path
            MorphAnalyzer.__init__(self, path=dictionary_path(), result_type=MorphForm)

    return Vocab()


@lru_cache(maxsize=1)
def morph_tokenizer():
    """One yargy tokenizer with a cached pymorphy analyser for every yargy parser (the grammars,
    the lexicon's phrases): one dictionary loaded, one cache of parses."""
    from yargy.morph import CachedMorphAnalyzer, MorphAnalyzer  # yargy.morph fits pymorphy2 to 3.11
    from yargy.tokenizer import MorphTokenizer

    class Morph(CachedMorphAnalyzer):
        def __init__(self) -> None:  # CachedMorphAnalyzer's own, with morph_vocab's parses
            MorphAnalyzer.__init__(self, SharedParses(morph_vocab()))

    return MorphTokenizer(morph=Morph())


class SharedParses:
    """pymorphy's analyser as yargy reads it (``parse`` and ``TagClass``), answering from
    ``morph_vocab``: the same parses (one analyser, one dictionary), and a word the tagger's
    lemmatiser or the gazetteer has parsed already ("соглашение", "области") is not parsed again.
    Each parse is pymorphy's plain ``Parse`` (natasha's ``MorphForm`` is one, with UD features
    added), as yargy's own analyser returns it."""

    def __init__(self, vocab) -> None:  # noqa: ANN001 - natasha's MorphVocab
        from pymorphy2.analyzer import Parse

        self.vocab = vocab
        self.TagClass = vocab.TagClass
        self.result_type = type("Parse", (Parse,), {"_morph": vocab, "_dict": vocab.dictionary})

    def parse(self, word: str) -> list:
        return [self.result_type(*p) for p in self.vocab.parse(word)]


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


def shorten(text: str) -> tuple[str, Callable[[int], int], list[str]]:
    """``text`` with every run of more than ``MAX_TOKEN`` non-space characters cut to that length,
    the map from its offsets back to ``text``'s, and a warning per cut."""
    runs = [m.span() for m in LONG_RUN.finditer(text)]
    if not runs:
        return text, lambda i: i, []
    pieces: list[str] = []
    ends: list[int] = []  # where each cut run ends in the short text
    shifts: list[int] = []  # characters dropped up to and including each cut
    at = length = dropped = 0
    for a, b in runs:
        pieces.append(text[at:a + MAX_TOKEN])
        length += a + MAX_TOKEN - at
        dropped += b - a - MAX_TOKEN
        ends.append(length)
        shifts.append(dropped)
        at = b
    pieces.append(text[at:])

    def back(i: int) -> int:
        k = bisect_right(ends, i)
        return i + (shifts[k - 1] if k else 0)

    warnings = [f"слишком длинное слово ({b - a} символов без пробела, с позиции {a}) обрезано до "
                f"{MAX_TOKEN} символов перед разбором" for a, b in runs]
    return "".join(pieces), back, warnings


CACHE_ENV = "COOPWATCH_ANNOTATION_CACHE"
# what the annotation depends on besides the text: these distributions (the models ship inside them)
MODEL_PACKAGES = ("natasha", "slovnet", "navec", "razdel", "pymorphy2", "pymorphy2-dicts-ru")


def annotate(text: str, *, syntax: bool = True) -> Annotated:
    """Segment, tag, parse and NER-tag ``text`` (over-long runs cut first: see ``shorten``; from
    ``$COOPWATCH_ANNOTATION_CACHE`` when set)."""
    root = os.environ.get(CACHE_ENV)
    if not root:
        return _annotate(text, syntax)
    path = _cache_dir(root) / (hashlib.sha1(f"{int(syntax)}\0{text}".encode()).hexdigest() + ".pickle")
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.PickleError, EOFError, AttributeError, TypeError, ValueError):
        pass
    ann = _annotate(text, syntax)
    try:
        tmp = path.with_suffix(f".{os.getpid()}.tmp")  # parallel test processes may write it at once
        tmp.write_bytes(pickle.dumps(ann, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(path)
    except OSError:
        pass  # an unwritable cache costs the next run the models' time, nothing else
    return ann


@lru_cache(maxsize=4)
def _cache_dir(root: str):
    """``root/<version>``: one folder per version of the annotating code and packages; folders of
    other versions are removed."""
    from pathlib import Path

    from coopwatch import paths
    from coopwatch.nlp import batching, crf, letters, loading, segment, slovnet_ops

    digest = hashlib.sha1(_installed_versions().encode())
    for module in (__file__, segment.__file__, letters.__file__, loading.__file__, batching.__file__,
                   crf.__file__, slovnet_ops.__file__):
        digest.update(Path(module).read_bytes())
    for words in segment.LEXICON_READ:  # the word lists the segmenter reads make the annotation too
        digest.update((paths.LEXICON / f"{words}.txt").read_bytes())
    base = Path(root)
    here = base / f"annotations-{digest.hexdigest()[:16]}"
    try:
        here.mkdir(parents=True, exist_ok=True)
        for old in base.glob("annotations-*"):
            if old != here and old.is_dir():
                for f in old.iterdir():
                    f.unlink(missing_ok=True)
                old.rmdir()
    except OSError:
        pass
    return here


def _installed_versions() -> str:
    """The installed versions of ``MODEL_PACKAGES``: the names of their ``.dist-info`` folders
    (importlib.metadata, which parses each package's metadata, costs a tenth of a second more)."""
    from importlib.util import find_spec
    from pathlib import Path

    wanted = {n.replace("-", "_").lower() for n in MODEL_PACKAGES}
    site = Path(find_spec("natasha").origin).parents[1]
    found = sorted(e for e in os.listdir(site) if e.endswith(".dist-info") and e.split("-", 1)[0].lower() in wanted)
    if len(found) == len(wanted):
        return ";".join(found)
    from importlib.metadata import PackageNotFoundError, version  # installed in several places

    def one(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "-"

    return ";".join(f"{n}={one(n)}" for n in MODEL_PACKAGES)


def _annotate(text: str, syntax: bool) -> Annotated:
    from natasha import Doc

    from coopwatch.nlp.batching import ByLength

    original = text
    text, back, warnings = shorten(original)
    text = cyrillic_lookalikes(text)  # one for one: offsets stay the original's
    m = models()
    doc = Doc(text)
    doc.segment(m["segmenter"])
    doc.tag_morph(ByLength(m["morph"]))
    if syntax:
        doc.parse_syntax(ByLength(m["syntax"]))
    doc.tag_ner(m["ner"])

    tokens: list[Token] = []
    sentences: list[Sentence] = []
    id_to_index: dict[str, int] = {}
    for si, s in enumerate(doc.sents):
        sent_tokens = []
        for t in s.tokens:
            tok = Token(
                i=len(tokens), text=t.text, start=back(t.start), stop=back(t.stop), sent=si,
                pos=t.pos or "X", feats=dict(t.feats or {}), rel=t.rel or "",
                lower=t.text.lower().replace("ё", "е"),
            )
            tok.lemma = lemmatize(t.text, tok.pos, tuple(tok.feats.items()))
            if t.id is not None:
                id_to_index[t.id] = tok.i
            tokens.append(tok)
            sent_tokens.append(tok)
        start, stop = back(s.start), back(s.stop)
        sentences.append(Sentence(index=si, start=start, stop=stop, text=original[start:stop], tokens=sent_tokens))
    if syntax:
        for s in doc.sents:
            for t in s.tokens:
                if t.head_id in id_to_index and t.id in id_to_index:
                    tokens[id_to_index[t.id]].head = id_to_index[t.head_id]

    spans: list[NerSpan] = []
    by_start = {t.start: t.i for t in tokens}
    for sp in doc.spans:
        first = by_start.get(back(sp.tokens[0].start)) if sp.tokens else None
        if first is None:
            continue
        toks = tokens[first: first + len(sp.tokens)]
        start, stop = back(sp.start), back(sp.stop)
        span = NerSpan(type=sp.type, start=start, stop=stop, text=original[start:stop], tokens=toks,
                       normal=sp.text)
        if sp.type != "LOC":  # names of people and organisations to the nominative; places go by lemmas
            try:
                sp.normalize(m["vocab"])
                span.normal = sp.normal or sp.text
            except Exception:  # natasha's normaliser can fail on odd spans; the text is still usable
                span.normal = sp.text
        spans.append(span)
    spans = [piece for span in spans for piece in _person_after_bracket(span, original)]
    return Annotated(text=original, sentences=sentences, tokens=tokens, spans=spans, warnings=warnings)


def _person_after_bracket(span: NerSpan, text: str) -> list[NerSpan]:
    """NER runs a place's bracketed other name into the person named after it: "Глава Республики Саха (Якутия)
    Айсен Николаев" is one LOC span, and "Николаев" then reads as a city. A place or organisation span that goes on
    past its closing bracket with two or three capitalised words, the first a given name, is two spans: the
    place, and a person."""
    close = max((k for k, t in enumerate(span.tokens) if t.text == ")"), default=None)
    if span.type == "PER" or close is None:
        return [span]
    head, tail = span.tokens[: close + 1], span.tokens[close + 1:]
    if not 2 <= len(tail) <= 3 or not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in tail) \
            or not any("Name" in str(p.tag) for p in morph_vocab()(tail[0].text.lower())):
        return [span]
    def piece(kind: str, toks: list[Token]) -> NerSpan:
        start, stop = toks[0].start, toks[-1].stop
        return NerSpan(type=kind, start=start, stop=stop, text=text[start:stop], tokens=toks, normal=text[start:stop])
    return [piece(span.type, head), piece("PER", tail)]
