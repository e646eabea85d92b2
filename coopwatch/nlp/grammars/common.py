"""Pieces every grammar shares: numbers in digits and in words, multipliers, one tokenizer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from yargy import and_, or_, rule
from yargy.predicates import dictionary, eq, in_, in_caseless, length_eq, type

INT = type("INT")
DOT = eq(".")
COMMA = eq(",")
DASH = in_({"-", "–", "—", "‑", "−"})

# "один миллиард", "два", "полторы тысячи"
NUMBER_WORDS = {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
    "восемь": 8, "девять": 9, "десять": 10, "полтора": 1.5, "двадцать": 20, "тридцать": 30,
    "сорок": 40, "пятьдесят": 50, "сто": 100, "двести": 200, "триста": 300,
    "четыреста": 400, "пятьсот": 500,
}
NUMBER_WORD = dictionary(set(NUMBER_WORDS))

THOUSANDS_GROUP = and_(INT, length_eq(3))

# 743 · 1,5 · 1.280 · 1 200 · два
NUMBER = or_(
    rule(INT, or_(COMMA, DOT), INT),
    rule(INT, THOUSANDS_GROUP.optional()),
    rule(NUMBER_WORD),
)

# Alternatives of single words are one predicate, not alternative rules: an Earley chart predicts
# every rule at every word, so a grammar of few rules parses many times faster.
MULTIPLIER_WORD = or_(dictionary({"миллиард", "миллион", "тысяча"}), in_caseless({"млрд", "млн", "тыс"}))
MULTIPLIER = rule(MULTIPLIER_WORD, DOT.optional())

MULTIPLIERS = {"млрд": 1e9, "миллиард": 1e9, "млн": 1e6, "миллион": 1e6, "тыс": 1e3, "тысяча": 1e3}
_NUMBER_RE = re.compile(r"(\d+)(?:[.,](\d+))?")


def number_value(text: str) -> float | None:
    """Value of a matched number: "1,5" → 1.5, "1 200" → 1200, "двух" → 2."""
    t = text.strip().replace("\u00a0", " ")
    digits = re.sub(r"(?<=\d)\s+(?=\d{3}\b)", "", t)
    m = _NUMBER_RE.fullmatch(digits)
    if m:
        return float(f"{m[1]}.{m[2]}") if m[2] else float(m[1])
    from coopwatch.nlp.annotate import lemma_of

    return NUMBER_WORDS.get(lemma_of(t))


def multiplier_value(text: str) -> float:
    from coopwatch.nlp.annotate import lemma_of

    w = text.strip(". ").lower()
    return MULTIPLIERS.get(w) or MULTIPLIERS.get(lemma_of(w), 1.0)


@dataclass(frozen=True)
class Match:
    """A grammar match: character span in the text it was run on, and its value."""

    start: int
    stop: int
    value: Any


@lru_cache(maxsize=1)
def tokenizer():
    """One morphological tokenizer for all grammars, so their pymorphy cache is shared."""
    from yargy.tokenizer import MorphTokenizer

    return MorphTokenizer()


def parser(grammar):
    """A yargy parser that builds trees only for the matches it keeps.

    yargy's ``findall`` normalises every partial match ("5 декабря", "декабря 2024", "2024 г.")
    and only then keeps the longest; our grammars carry no agreement constraints, so no match is
    ever rejected while being built, and choosing the spans first gives the same result in half
    the time."""
    from yargy import Parser
    from yargy.parser import prepare_match, prepare_trees
    from yargy.span import resolve_spans

    class LeanParser(Parser):
        def findall(self, text):
            first: dict = {}
            for tree in sorted(prepare_trees(self.matches(text))):
                first.setdefault(tree.range, tree)
            out = []
            for span in resolve_spans(list(first)):
                match = prepare_match(first[span])
                if match:
                    out.append(match)
            return out

    return LeanParser(grammar, tokenizer=tokenizer())
