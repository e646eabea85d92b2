"""Word classes: every list of Russian words the rules compare against, each defined once.

One class per file in ``data/`` (``paths.LEXICON``), read on first use, never at import:

- a **word class** (``L.sign_verbs``): lemmas, one per line, as the tagger gives them (lower case,
  ``е`` for ``ё``) — compared with ``Token.lemma``;
- a **mapping** (``L.document_kinds``): ``lemma<TAB>value`` lines — ``L.document_kinds["меморандум"]``;
- a **phrase class** (``phrases("document_phrases")``): multi-word phrases written as they read
  in the nominative ("дорожная карта"); they are matched by one yargy ``morph_pipeline``, so every
  case form comes from morphology, not from a list (``find_phrases``).

Case forms come from morphology (``lexicon.forms``): every form of a class's lemmas as a regular
expression (``forms_pattern``), one lemma in a case (``inflect("январь", "Gen")``). For the words
pymorphy does not know, ``declensions/`` holds tables of endings and what they stand for: of
people's names (``paths.NAME_DECLENSIONS``, read by ``extract.names``) and of nouns, most foreign
place names (``paths.NOUN_ENDINGS``, read by ``gazetteer.forms``). Endings the rules compare a
word's end with are classes too (``instrumental_endings``, ``adjective_endings``…).

A file starts with ``#`` lines: what the class is, who reads it. ``# include: other`` adds another
class's entries, so a class that extends one is not written twice; ``tests/test_lexicon.py``
fails when two classes, or a class and the code, define the same word list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from coopwatch import paths


@dataclass(frozen=True)
class LexiconFile:
    name: str
    description: str
    includes: tuple[str, ...]
    entries: tuple[str, ...]  # own lines, in file order
    values: tuple[str | None, ...]  # the mapping's values, or None


def _path(name: str) -> Path:
    return paths.LEXICON / f"{name}.txt"


@cache
def read(name: str) -> LexiconFile:
    path = _path(name)
    if not path.exists():
        raise KeyError(f"no word class {name!r} ({path})")
    description, includes, entries, values = [], [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            body = line.lstrip("# ").rstrip()
            if body.startswith("include:"):
                includes += [x.strip() for x in body[len("include:"):].split(",") if x.strip()]
            else:
                description.append(body)
            continue
        if not line.strip():
            continue
        word, _, value = line.partition("\t")
        entries.append(word.strip())
        values.append(value.strip() or None if "\t" in line else None)
    return LexiconFile(name, " ".join(description), tuple(includes), tuple(entries), tuple(values))


def names() -> list[str]:
    return sorted(p.stem for p in paths.LEXICON.glob("*.txt"))


@cache
def words(name: str) -> frozenset[str]:
    """The lemmas of a word class, with the classes it includes."""
    f = read(name)
    out = set(f.entries)
    for other in f.includes:
        out |= words(other)
    return frozenset(out)


@cache
def mapping(name: str) -> dict[str, str]:
    f = read(name)
    out: dict[str, str] = {}
    for other in f.includes:
        out.update(mapping(other))
    for word, value in zip(f.entries, f.values):
        if value is None:
            raise ValueError(f"{_path(name)}: '{word}' has no value (a mapping needs 'word<TAB>value')")
        out[word] = value
    return out


def is_mapping(name: str) -> bool:
    """A class with values, or one made only of including mappings (``delegation_levels``)."""
    f = read(name)
    if f.entries:
        return any(v is not None for v in f.values)
    return bool(f.includes) and all(is_mapping(other) for other in f.includes)


@cache
def numbers(name: str) -> dict[str, int]:
    """A mapping whose values are integers: ``numbers("months")["май"]`` → 5."""
    return {word: int(value) for word, value in mapping(name).items()}


class _Lexicon:
    """``L.sign_verbs`` → ``words("sign_verbs")``; loaded on first use and kept on the instance."""

    def __getattr__(self, name: str) -> frozenset[str] | dict[str, str]:
        if name.startswith("_"):
            raise AttributeError(name)
        value = mapping(name) if is_mapping(name) else words(name)
        setattr(self, name, value)
        return value


L = _Lexicon()


# ---- phrases --------------------------------------------------------------------------------------


@cache
def phrases(name: str) -> tuple[str, ...]:
    f = read(name)
    out = list(f.entries)
    for other in f.includes:
        out += [p for p in phrases(other) if p not in out]
    return tuple(out)


PHRASE_CLASSES: list[str] = []  # filled by ``phrase_class``: the classes ``find_phrases`` matches


@cache
def phrase_pattern(name: str) -> re.Pattern:
    """Any phrase of class ``name`` as written (no other case forms), longest first, words apart by any space: for raw
    text, before tokens exist ("Читайте также", "в тот же день")."""
    alternatives = sorted((r"\s+".join(map(re.escape, p.split())) for p in words(name)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)


def phrase_class(name: str) -> str:
    """Declare that ``find_phrases`` looks for this class (the rule modules call it at import)."""
    if name not in PHRASE_CLASSES:
        PHRASE_CLASSES.append(name)
        _phrase_index.cache_clear()
    return name


def _key(words_: list[str]) -> tuple[str, ...]:
    from coopwatch.nlp.annotate import lemma_of

    return tuple(lemma_of(w) for w in words_)


@lru_cache(maxsize=1)
def _phrase_index():
    """One yargy parser for every declared phrase class, and the lemma key of each phrase."""
    from yargy.pipelines import morph_pipeline

    from coopwatch.nlp.grammars.common import parser

    by_key: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    every: list[str] = []
    for cls in PHRASE_CLASSES:
        for p in phrases(cls):
            by_key.setdefault(_key(p.split()), []).append((cls, p))
            every.append(p)
    # the grammars' parser: yargy's matches, found faster (only stretches of the phrases' words are parsed)
    return parser(morph_pipeline(sorted(set(every)))), by_key


@dataclass(frozen=True)
class PhraseMatch:
    entries: tuple[tuple[str, str], ...]  # (class, the phrase as the lexicon writes it)
    start: int  # characters, in the text given to find_phrases
    stop: int

    def phrase(self, cls: str) -> str | None:
        return next((p for c, p in self.entries if c == cls), None)


def find_phrases(text: str) -> list[PhraseMatch]:
    """Every phrase of the declared classes in ``text``, in any case form."""
    if not PHRASE_CLASSES:
        return []
    parser, by_key = _phrase_index()
    out = []
    for m in parser.findall(text):
        words_ = text[m.span.start:m.span.stop].split()
        entries = by_key.get(_key(words_))
        if entries is None:  # a form whose out-of-context lemma differs: the same number of words and last word
            last = _key(words_[-1:])[0]
            entries = [e for k, es in by_key.items() if len(k) == len(words_) and k[-1] == last for e in es]
        if entries:
            out.append(PhraseMatch(tuple(entries), m.span.start, m.span.stop))
    return out
