"""Pieces every grammar shares: numbers in digits and in words, multipliers, one tokenizer.

The word lists are the lexicon's (``L.number_words``, ``L.multipliers``), read on first use: the
rules that need them are built by the cached functions below, never at import."""

from __future__ import annotations

import re
from collections.abc import Callable
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
    """A yargy parser that finds what yargy's own finds, faster.

    * It builds trees only for the matches it keeps: yargy's ``findall`` normalises every partial
      match ("5 декабря", "декабря 2024", "2024 г.") and only then keeps the longest; our grammars
      carry no agreement constraints, so no match is ever rejected while being built, and choosing
      the spans first gives the same result in half the time.
    * It predicts with one token of lookahead (``Lookahead``): a production that cannot begin
      with the next token (after the last one: that is not empty) is not added to the chart. yargy predicts the whole grammar afresh at
      every token, and most of what it adds dies at once.
    * It parses only the stretches of tokens that some word predicate of the grammar accepts: every
      token of a match was scanned by one, so a token that none accepts ends every match before it
      and begins none after it. Each stretch is its own chart; the matches, their spans (the
      tokens keep their places in the text) and the choice among overlapping ones (yargy's
      ``resolve_spans``, which maximises the words covered, adds up over stretches that share no
      match) are the same.
    ``tests/test_grammars.py`` compares both parsers' matches."""
    from yargy import Parser
    from yargy.parser import Chart, Node, State, prepare_match, prepare_trees
    from yargy.rule.bnf import is_rule
    from yargy.span import resolve_spans

    class LeanParser(Parser):
        def __init__(self, rule, tokenizer=None):
            super().__init__(rule, tokenizer=tokenizer)
            self.lookahead = Lookahead(self.rule)

        def findall(self, text, tokens=None):
            """yargy's ``findall``; ``tokens``: the text's tokens by ``tokenizer()``, made already."""
            tokens = list(self.tagger(self.tokenizer(text) if tokens is None else tokens))
            if self.lookahead.nullable_start:  # an empty match could stand anywhere: one chart
                return self._findall(tokens)
            accepts = self.lookahead.accepts
            out, stretch = [], []
            for token in tokens:
                if accepts(token):
                    stretch.append(token)
                elif stretch:
                    out += self._findall(stretch)
                    stretch = []
            if stretch:
                out += self._findall(stretch)
            return out

        def _findall(self, tokens):
            chart = self._chart(tokens)
            first: dict = {}
            for tree in sorted(prepare_trees(chart.matches(self.rule))):
                first.setdefault(tree.range, tree)
            out = []
            for span in resolve_spans(list(first)):
                match = prepare_match(first[span])
                if match:
                    out.append(match)
            # a chart's columns and states refer to each other: left so, every chart would wait for
            # the cyclic garbage collector (a thousand objects a document, and its collections)
            for column in chart.columns:
                column.states = []
                column.states_index.clear()
            return out

        def _chart(self, tokens):
            """yargy's ``Parser.chart`` over tokens already made (``all=True``)."""
            chart = Chart(tokens)
            for column, next_column in chart:
                self.predict(column, next_column, self.rule)
                for state in column:
                    if state.completed:
                        self.complete(column, state)
                    else:
                        next_term = state.next_term
                        if is_rule(next_term):
                            self.predict(column, next_column, next_term)
                        elif next_column:
                            self.scan(next_column, next_term, state)
            return chart

        def predict(self, column, next_column, rule):
            can_begin = self.lookahead.can_begin
            if next_column is None:  # the last column: no token to begin with, only an empty production may
                token, productions = None, rule.productions
            else:
                token = next_column.token
                productions = rule.predict(token)
            for index, production in enumerate(productions):
                if not can_begin(production, token):
                    continue
                node = Node(rule, production, rank=index, children=[])
                column.append(State(rule, production, dot_index=0, start_column=column, stop_column=column,
                                    node=node))

    speed_up_visitors()
    return LeanParser(grammar, tokenizer=tokenizer())


class Lookahead:
    """Which productions of a yargy grammar (its BNF, from ``start``) can begin with a token.

    A production is left out of a chart column when the next token fails every word predicate
    it can begin with (its FIRST set), provided no rule it can begin with is nullable. Such a
    state and all it predicts in the column are dead — none can scan the token, none completes
    (no empty production), none is completed into (its rules cannot start here) — so yargy's
    chart keeps the same live states in the same order without them. Where a nullable rule can
    begin the production, its empty completion in the column can reach other states, and the
    production is always kept (``first`` is None)."""

    def __init__(self, start) -> None:
        from yargy.rule.bnf import is_rule

        rules: dict[int, object] = {}
        todo = [start]
        while todo:
            r = todo.pop()
            if id(r) in rules:
                continue
            rules[id(r)] = r
            todo += [t for p in r.productions for t in p.terms if is_rule(t)]
        nullable: set[int] = set()
        changed = True
        while changed:
            changed = False
            for key, r in rules.items():
                if key not in nullable and any(all(is_rule(t) and id(t) in nullable for t in p.terms)
                                               for p in r.productions):
                    nullable.add(key)
                    changed = True
        self.first: dict[int, tuple | None] = {}
        for r in rules.values():
            for p in r.productions:
                self.first[id(p)] = self._first(p, nullable, is_rule)
        self.nullable_start = id(start) in nullable
        self.accepted: dict[tuple, bool] = {}
        self.begins: dict[tuple, bool] = {}
        # every word predicate of the grammar, each once; the dictionary predicates (a normal form of
        # the word in a set) as one set (``type`` in this module is yargy's predicate)
        from yargy.predicates.bank import DictionaryPredicate
        from yargy.token import MorphToken

        self.morph_token = MorphToken

        predicates = {id(t): t for r in rules.values() for p in r.productions for t in p.terms if not is_rule(t)}
        self.words = frozenset(w for t in predicates.values() if t.__class__ is DictionaryPredicate for w in t.value)
        self.predicates: tuple = tuple(t for t in predicates.values() if t.__class__ is not DictionaryPredicate)

    @staticmethod
    def _first(production, nullable: set[int], is_rule) -> tuple | None:
        """The word predicates ``production`` can begin with, or None when a nullable rule can begin it."""
        if not production.terms:
            return None
        preds: list = []
        seen: set[int] = set()
        todo = [production.terms[0]]
        while todo:
            term = todo.pop()
            if not is_rule(term):
                if all(term is not p for p in preds):
                    preds.append(term)
                continue
            if id(term) in nullable:
                return None
            if id(term) not in seen:
                seen.add(id(term))
                todo += [p.terms[0] for p in term.productions]
        return tuple(preds)

    # yargy's word predicates read a token's text, type and forms, and its forms are the tokenizer's
    # (cached) analysis of its text: the answers are kept per text and type, for a while
    MEMO = 100_000

    def accepts(self, token) -> bool:
        """Does some word predicate of the grammar accept ``token``? (``DictionaryPredicate`` is yargy's
        test, on the union of the sets.)"""
        key = (token.value, token.type)
        known = self.accepted.get(key)
        if known is None:
            words = self.words
            known = bool(words) and (any(f.normalized in words for f in token.forms)
                                     if isinstance(token, self.morph_token) else token.normalized in words) \
                or any(pred(token) for pred in self.predicates)
            self.accepted[key] = known
            if len(self.accepted) > self.MEMO:
                self.accepted.clear()
        return known

    def can_begin(self, production, token) -> bool:
        """Can ``production`` begin with ``token`` (None: after the last token)?"""
        first = self.first.get(id(production))
        if first is None:
            return True
        if token is None:
            return False
        key = (id(first), token.value, token.type)
        known = self.begins.get(key)
        if known is None:
            known = self.begins[key] = any(pred(token) for pred in first)
            if len(self.begins) > self.MEMO:
                self.begins.clear()
        return known


@cache
def speed_up_visitors() -> None:
    """yargy's tree visitors look their ``visit_<class>`` method up along the item's MRO on every
    call, through failing ``getattr``s (a fifth of the time of the number grammars): remember what
    each lookup found, per visitor class and item class. The same method is found."""
    from yargy.visitor import Visitor

    found: dict[tuple[type, type], Callable] = {}
    original = Visitor.resolve_method

    def resolve_method(self, item):  # noqa: ANN001, ANN202 - yargy's signature
        key = (self.__class__, item.__class__)  # (``type`` here is yargy's predicate)
        method = found.get(key)
        if method is None:
            method = original(self, item).__func__
            found[key] = method
        return method.__get__(self)

    Visitor.resolve_method = resolve_method
