"""The keys a word may have in the place index: its possible nominatives, in any case.

A gazetteer name is stored once, in the nominative, word by word (``data_key``); a word of a
text is looked up under every nominative it may have (``text_keys``): pymorphy's normal forms,
and for a word pymorphy does not know — most foreign place names — the nominatives that
Russian case endings give back ("Дорнода" → "Дорнод", "Хоабиня" → "Хоабинь").
"""

from __future__ import annotations

from functools import lru_cache

from coopwatch.nlp.annotate import Token, lemma_of, morph_vocab

# The place index keeps a node's places under the empty key (no word is empty).
ENTRIES = ""

# Consonants after which pymorphy may drop a final soft sign ("Тяньцзине" → "тяньцзин").
SOFT_AFTER = "бвгджзклмнпрстфхцчшщ"

MIN_STEM = 3


def data_key(word: str) -> tuple[str, bool]:
    """Key of one word of a gazetteer name, and whether the text must capitalise it."""
    if len(word) >= 2 and word.isupper() and word.isalpha():
        return "=" + word, True
    return lemma_of(word), word[:1].isupper()


@lru_cache(maxsize=1)
def case_endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Singular case endings of Russian nouns, each with the endings the nominative may have instead
    (``paths.NOUN_ENDINGS``)."""
    from coopwatch import paths
    from coopwatch.gazetteer.places import read_tsv

    return tuple((ending, tuple(n.strip("-") for n in nominatives))
                 for ending, *nominatives in read_tsv(paths.NOUN_ENDINGS))


def guessed_nominatives(word: str) -> set[str]:
    """Nominatives a word pymorphy does not know may have, by its case ending."""
    out = set()
    for ending, nominatives in case_endings():
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= MIN_STEM:
            out.update(stem + n for n in nominatives)
    return out


@lru_cache(maxsize=100_000)
def word_forms(word: str) -> frozenset[str]:
    """Every key a word of a text may have in the index: ``sure_forms`` and ``guessed_forms``."""
    return sure_forms(word) | guessed_forms(word)


@lru_cache(maxsize=100_000)
def sure_forms(word: str) -> frozenset[str]:
    """The word's pymorphy normal forms, the same with a soft sign pymorphy dropped
    ("Тяньцзине" → "тяньцзинь"), and for a hyphenated word its parts' forms joined
    ("Каменска-Уральского" → "каменск-уральский")."""
    w = word.lower().replace("ё", "е")
    out = {w}
    for p in morph_vocab()(w):
        out.add(p.normal.replace("ё", "е"))
    for n in list(out):
        if n and n[-1] in SOFT_AFTER:
            out.add(n + "ь")
    if "-" in w:
        parts = [sorted(word_forms(x)) for x in w.split("-") if x]
        if len(parts) == 2 and all(parts):
            out.update(f"{a}-{b}" for a in parts[0] for b in parts[1])
    # the index keys data words by ``lemma_of``; map each guess the same way
    return frozenset(out | {lemma_of(x) for x in out})


@lru_cache(maxsize=100_000)
def guessed_forms(word: str) -> frozenset[str]:
    """For a word pymorphy does not know, the nominatives its case ending gives back
    ("Мазандарана" → "мазандаран", "Хоабиня" → "хоабинь"), less its ``sure_forms``."""
    w = word.lower().replace("ё", "е")
    if not w.isalpha() or morph_vocab().word_is_known(w):
        return frozenset()
    out = guessed_nominatives(w)
    return frozenset(out | {lemma_of(x) for x in out}) - sure_forms(word)


def text_keys(tok: Token) -> dict[str, bool]:
    """The token's keys, each with whether it is only a guess (a guess loses to a sure key)."""
    keys = {k: False for k in sure_forms(tok.text)}
    keys[tok.lemma] = False
    for k in guessed_forms(tok.text):
        keys.setdefault(k, True)
    if len(tok.text) >= 2 and tok.text.isupper() and tok.text.isalpha():
        keys["=" + tok.text] = False
    keys.pop(ENTRIES, None)  # never a word, the index's slot for places
    return keys
