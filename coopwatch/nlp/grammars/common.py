"""Pieces every grammar shares: numbers in digits and in words, multipliers, one tokenizer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from yargy import or_, rule
from yargy.predicates import caseless, dictionary, eq, in_, length_eq, normalized, type

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

THOUSANDS_GROUP = rule(length_eq(3), INT)

# 743 · 1,5 · 1.280 · 1 200 · два
NUMBER = or_(
    rule(INT, or_(COMMA, DOT), INT),
    rule(INT, THOUSANDS_GROUP.repeatable(max=3)),
    rule(INT),
    rule(NUMBER_WORD),
)

MILLIARD = or_(rule(caseless("млрд"), DOT.optional()), rule(normalized("миллиард")))
MILLION = or_(rule(caseless("млн"), DOT.optional()), rule(normalized("миллион")))
THOUSAND = or_(rule(caseless("тыс"), DOT.optional()), rule(normalized("тысяча")))
MULTIPLIER = or_(MILLIARD, MILLION, THOUSAND)

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
    from yargy import Parser

    return Parser(grammar, tokenizer=tokenizer())
