"""Case forms of a class's words from morphology (pymorphy), not from lists: every form of a lemma,
one form in a given case, and patterns that find any form in a text.

Forms are written with ``е`` for ``ё`` (as the lexicon writes lemmas); the patterns match either.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache


def _vocab():
    from coopwatch.nlp.annotate import morph_vocab

    return morph_vocab()


@cache
def forms(lemma: str) -> frozenset[str]:
    """The lemma and every form of the pymorphy paradigms whose lemma it is ("май" → "мая", "маю"…)."""
    out = {lemma}
    for p in _vocab().parse(lemma):
        if p.normal_form.replace("ё", "е") == lemma:
            out.update(f.word.replace("ё", "е") for f in p.lexeme)
    return frozenset(out)


@cache
def stem(lemma: str) -> str:
    """The beginning all forms of a noun share: "заседание" → "заседан", "ярмарка" → "ярмар"."""
    return os.path.commonprefix(sorted(forms(lemma)))


def adjective_stem(lemma: str) -> str:
    """An adjective or ordinal without its two-letter ending: "прошлый" → "прошл", "этот" → "эт"."""
    return lemma[:-2]


@cache
def inflect(lemma: str, case: str) -> str:
    """The lemma in a case, by its first parse as a noun or adjective (UD names: "Gen", "Loc"…):
    ``inflect("январь", "Gen")`` → "января"."""
    for p in _vocab().parse(lemma):
        if p.normal_form.replace("ё", "е") == lemma and p.pos in ("NOUN", "ADJ"):
            form = p.inflect({case})
            if form is not None:
                return form.word
    raise ValueError(f"pymorphy cannot put '{lemma}' in the case {case}")


def alternation(words: Iterable[str]) -> str:
    """A regular expression of the words, "е" matching "ё", as a trie: the words' common beginnings
    are written once ("ма(?:й|я|ю|е(?:м)?)"), so a search costs as much for thousands of forms as
    for a few, and the longest word wins where several begin at one place."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return "(?:" + _branches(trie) + ")"


def _branches(node: dict) -> str:
    alts = [("[её]" if ch == "е" else re.escape(ch)) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def forms_alternation(lemmas: Iterable[str]) -> str:
    """A regular expression of every form of the lemmas."""
    return alternation(f for lemma in lemmas for f in forms(lemma))


def forms_pattern(lemmas: Iterable[str]) -> re.Pattern:
    """Every form of the lemmas as a whole word, in any letter case."""
    return re.compile(r"(?<!\w)" + forms_alternation(lemmas) + r"(?!\w)", re.I)


WORD = re.compile(r"\w+")


def fold(word: str) -> str:
    """A word as ``forms_pattern`` compares it: case-folded, ``ё`` as ``е``. (For every letter of the
    lexicon's forms, the characters ``re.IGNORECASE`` matches with it are exactly those that fold
    to it: ``tests/test_lexicon.py`` checks every code point.)"""
    return word.casefold().replace("ё", "е")


@dataclass(frozen=True)
class WordForms:
    """Is some form of the lemmas in a text as a whole word? The answer of
    ``forms_pattern(lemmas).search``, without that pattern: a match of it is a whole word of the
    text (``\\w`` on both sides is excluded), so each word is folded and looked up in the set of
    forms. Forms written with a hyphen ("онлайн-встреча") are more than one word: they keep a
    pattern of their own. A pattern of a few thousand forms costs a twentieth of a second to compile
    at every start, and its search tries the forms at every letter of every sentence."""

    words: frozenset[str]
    joined: re.Pattern | None  # the forms that are not one word

    def search(self, text: str) -> bool:
        if not self.words.isdisjoint(folded_words(text)):
            return True
        return self.joined is not None and self.joined.search(text) is not None


@lru_cache(maxsize=64)
def folded_words(text: str) -> frozenset[str]:
    """The words of a text, each folded (``fold``): several ``WordForms`` asked about one sentence
    (the sentence filters of the grammars) split and fold it once."""
    return frozenset(fold(w) for w in WORD.findall(text))


def whole_forms(lemmas: Iterable[str]) -> WordForms:
    """``WordForms`` of every form of the lemmas."""
    every = {f for lemma in lemmas for f in forms(lemma)}
    single = {f for f in every if WORD.fullmatch(f)}
    joined = sorted(every - single)
    pattern = re.compile(r"(?<!\w)" + alternation(joined) + r"(?!\w)", re.I) if joined else None
    return WordForms(frozenset(fold(f) for f in single), pattern)
