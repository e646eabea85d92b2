"""Pieces every grammar shares: numbers in digits and in words, multipliers, one tokenizer.

The word lists are the lexicon's (``L.number_words``, ``L.multipliers``), read on first use: the
rules that need them are built by the cached functions below, never at import."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from yargy import and_, or_, rule
from yargy.predicates import caseless, dictionary, eq, in_, in_caseless, length_eq, normalized, type

INT = type("INT")
DOT = eq(".")
COMMA = eq(",")
DASH = in_({"-", "–", "—", "‑", "−"})
THOUSANDS_GROUP = and_(INT, length_eq(3))
_NUMBER_RE = re.compile(r"(\d+)(?:[.,](\d+))?")
_AND_A_HALF = re.compile(r"\s+с\s+половин\w*$", re.I)


@cache
def number_words() -> dict[str, float]:
    """"два" → 2, "полтора" → 1.5, "триста" → 300."""
    from coopwatch.lexicon import L

    return {w: float(v) for w, v in L.number_words.items()}


@cache
def multipliers() -> dict[str, float]:
    """"млрд" → 1e9, "миллион" → 1e6, "полмиллиарда" → 5e8."""
    from coopwatch.lexicon import L

    return {w: float(v) for w, v in L.multipliers.items()}


@cache
def number_word():
    return dictionary(set(number_words()))


@cache
def number():
    """743 · 1,5 · 1.280 · 1 200 · два · триста пятьдесят · два с половиной."""
    word = number_word()
    core = or_(
        rule(INT, or_(COMMA, DOT), INT),
        rule(INT, THOUSANDS_GROUP.optional()),
        rule(word, word.optional(), word.optional()),
    )
    return rule(core, rule(caseless("с"), normalized("половина")).optional())


@cache
def multiplier():
    # Alternatives of single words are one predicate, not alternative rules: an Earley chart
    # predicts every rule at every word, so a grammar of few rules parses many times faster.
    words = multipliers()
    return rule(or_(dictionary(set(words)), in_caseless(set(words))), DOT.optional())


def number_value(text: str) -> float | None:
    """Value of a matched number: "1,5" → 1.5, "1 200" → 1200, "двух" → 2, "триста пятьдесят" → 350,
    "два с половиной" → 2.5."""
    t = text.strip().replace("\u00a0", " ")
    half = _AND_A_HALF.search(t)
    if half:
        base = number_value(t[:half.start()])
        return base + 0.5 if base is not None else None
    digits = re.sub(r"(?<=\d)\s+(?=\d{3}\b)", "", t)
    m = _NUMBER_RE.fullmatch(digits)
    if m:
        return float(f"{m[1]}.{m[2]}") if m[2] else float(m[1])
    from coopwatch.nlp.annotate import lemma_of

    values = [number_words().get(lemma_of(w)) for w in t.split()]
    if not values or None in values:
        return None
    return sum(values)


def multiplier_value(text: str) -> float:
    from coopwatch.nlp.annotate import lemma_of

    w = text.strip(". ").lower()
    return multipliers().get(w) or multipliers().get(lemma_of(w), 1.0)


@dataclass(frozen=True)
class Match:
    """A grammar match: character span in the text it was run on, and its value."""

    start: int
    stop: int
    value: Any


def tokenizer():
    """One morphological tokenizer for all grammars (and the lexicon's phrases), so their pymorphy
    cache is shared."""
    from coopwatch.nlp.annotate import morph_tokenizer

    return morph_tokenizer()


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
