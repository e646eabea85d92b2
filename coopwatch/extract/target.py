"""target — a stated goal or forecast for trade between two sides.

Each candidate is a trade word of a sentence, or a word standing for the one before ("довести
его до 500 млн"), with an amount it is only to reach: under an aim, a plan, a forecast or a
future. The rules, in the order they decide (each is a ``@rule``; ``coopwatch explain`` shows
which fired, ``benchmarks/rules.py`` what each is worth):

Which words, amounts and sides — the trade rules, asked for what is aimed at
  trade.turnover_word, trade.flow_word, trade.estimate_not_figure, trade.amount_of_change
  (trade.level_reached), trade.amount_before_word, trade.aim_noun_before, trade.aim_verb_before
  (clauses.unrealised), trade.currency_of_other_amount, trade.figure_of_pronoun, trade.aim_without_word,
  trade.aim_after_an_aside;
  trade.parts_not_whole, trade.goods_destination, trade.goods_source, trade.importer_named_first,
  trade.sides_before (and the shared sides.* rules)
Its other fields
  target.year_set, target.years_ahead, target.end_of_this_year, target.second_target, target.later_than_the_year (a range "1,5–2 млрд" gives ``value_min`` and
  ``value_max`` from the money grammar; a single value gives both)
One fact per target
  target.merge_targets
"""

from __future__ import annotations

import re
from functools import cache

from coopwatch.extract import trade
from coopwatch.extract.context import Context
from coopwatch.extract.rulebook import UNCHANGED, merged, rule
from coopwatch.facttypes.target import TargetFact
from coopwatch.lexicon import L
from coopwatch.nlp.grammars.common import Match, multipliers, number_words
from coopwatch.nlp.grammars.date import resolve


@cache
def ellipsis() -> re.Pattern:
    """A second aim told by ellipsis: "и на два", "и до 3 млрд", "и на 1,5 миллиарда", "а уже по итогам текущего года — до
    700 млн" (its number, the word after it)."""
    return re.compile(rf"(?:\bи|[—–])\s+{trade.aim_prepositions()}\s+(\d+(?:[.,]\d+)?|\w+)(?:\s+(\w+))?", re.I)


@rule("target.year_set", "the year set for the amount: the nearest before it in the sentence ('к 2030 году', 'в "
      "2019 году', 'по итогам текущего, 2023 года', 'в текущем году' with a publication date), else one right after "
      "it in its clause ('до 2 млрд долларов к 2027 году'); not the year of a figure reached before ('в 2024 году "
      "составил 1 млрд, а в 2025 году он должен вырасти до 1,2 млрд')", "Брянская область и Беларусь намерены к 2027 "
      "году довести товарооборот до 2 млрд долларов.")
def year_set(ctx: Context, sent: int, amount: Match) -> int | None:
    years = []
    for d in ctx.in_sentence(ctx.dates, sent):
        if d.value.month is None and d.value.day_shift is None and d.value.weekday is None:
            value = resolve(d.value, ctx.document.published)
            if value and len(value) == 4:
                years.append((d, int(value)))
    before = [y for d, y in years if d.start < amount.start]
    if before:
        return before[-1]
    text = ctx.document.text
    after = [y for d, y in years if d.start >= amount.stop and not any(c in text[amount.stop:d.start] for c in ",;:—–")]
    return after[0] if after else years_ahead(ctx, sent, amount) or end_of_this_year(ctx, sent, amount)


@rule("target.end_of_this_year", "'К концу года стороны рассчитывают выйти на 150 млн', 'по итогам года': a year's "
      "end with no year named is the publication's year", "Товарооборот Пензенской области с Узбекистаном составил 40 млн "
      "долларов. К концу года стороны рассчитывают выйти на 150 млн долларов.", off=None)
def end_of_this_year(ctx: Context, sent: int, amount: Match) -> int | None:
    published = ctx.document.published
    if published is None:
        return None
    tokens = ctx.tokens_of(sent)
    return published.year if any(a.lemma in L.year_end_nouns and b.lemma == "год" and not b.text[:1].isdigit()
                                 for a, b in zip(tokens, tokens[1:]) if b.stop <= amount.start
                                 or a.start >= amount.stop) else None


@rule("target.years_ahead", "'в ближайшие три года увеличить до 1,5 млрд', 'в течение пяти лет', 'через два года': "
      "so many years after the publication", "Товарооборот Самарской области и Казахстана в 2024 году превысил 1 млрд "
      "долларов. Губернатор поставил задачу в ближайшие три года увеличить его до 1,5 млрд долларов.")
def years_ahead(ctx: Context, sent: int, amount: Match) -> int | None:
    published = ctx.document.published
    if published is None:
        return None
    words = [t for t in ctx.tokens_of(sent) if t.stop <= amount.start]
    for k in range(1, len(words) - 1):  # "<opener> три года", the opener ending right before the number
        number, noun = words[k], words[k + 1]
        n = int(number.text) if number.text.isdigit() else L.number_words.get(number.lemma)
        opener = " ".join(w.lower for w in words[max(k - 2, 0):k])
        if n and noun.lemma in L.year_nouns and any(opener.endswith(o) for o in L.years_ahead_openers):
            return published.year + int(float(n))
    return None


@rule("target.second_target", "'выйти на один миллиард, а в долгосрочной перспективе — и на два': a second target, "
      "in the first one's unit", "Гродненская и Калининградская области рассчитывают выйти на 500 млн долларов "
      "товарооборота, а затем и на 700.")
def second_target(ctx: Context, sent: int, amount: Match) -> float | None:
    from coopwatch.nlp.annotate import lemma_of

    s = ctx.ann.sentences[sent]
    m = ellipsis().search(ctx.document.text[amount.stop: s.stop])
    if not m:
        return None
    if amount.value.value is None:
        return None
    # "и на миллиард", "и на 1,5 миллиарда": a multiplier of its own; "и на два": the first amount's
    own = multipliers().get(lemma_of(m[1]).strip("."))
    if own is not None:
        return own
    digits = m[1].replace(",", ".")
    number = number_words().get(lemma_of(m[1])) or (float(digits) if digits.replace(".", "", 1).isdigit() else None)
    if not number:
        return None
    own = multipliers().get(lemma_of(m[2]).strip(".")) if m[2] else None
    if own is not None:
        return number * own
    first = next((t for t in ctx.ann.tokens if t.start >= amount.start), None)
    unit = 1.0
    for t in ctx.ann.tokens[first.i: first.i + 4] if first else []:
        unit = multipliers().get(t.lemma.strip("."), unit)
    return number * unit


def year_of_second(ctx: Context, sent: int, amount: Match) -> int | None:
    """"до 1 млрд к 2030 году, а уже по итогам текущего года — до 700 млн": a year told after the first amount is the
    second's (``second_target``)."""
    end = ctx.ann.sentences[sent].stop
    turn = re.search(r",\s+а\b|\sа\s", ctx.document.text[amount.stop:end])  # where the second aim's words begin
    if turn is None:
        return None
    for d in ctx.in_sentence(ctx.dates, sent):
        if d.start >= amount.stop + turn.start():
            value = resolve(d.value, ctx.document.published)
            if value and value[:4].isdigit():
                return int(value[:4])
    return None


@rule("target.later_than_the_year", "'к 2027 году выйти на 700 млн, а в перспективе — и на миллиард': a second target "
      "put further off ('в перспективе', 'затем') is not for the first one's year", "Товарооборот Ульяновской области "
      "с Беларусью планируется вывести на 700 миллионов долларов к 2027 году, а в перспективе — и на миллиард.",
      off=False)
def later_than_the_year(ctx: Context, sent: int, amount: Match) -> bool:
    s = ctx.ann.sentences[sent]
    between = [t for t in ctx.tokens_of(sent) if amount.stop <= t.start < s.stop]
    cut = next((k for k, t in enumerate(between)
                if t.lower in L.aim_level_prepositions and k > 0 and between[k - 1].lower == "и"), None)
    return any(t.lemma in L.intent_words or t.lemma in L.next_step_words for t in between[:cut])


def extract(ctx: Context) -> list[TargetFact]:
    facts: list[TargetFact] = []
    for s in ctx.sentences:
        for c, fig in trade.figure_candidates(ctx, s.index, "target", planned=True):
            amount = fig.amount
            if amount is None or amount.value.value is None:
                c.drop("цель без суммы")
                continue
            parties = trade.trade_sides(ctx, s.index, fig.word, fig.stop)
            if not parties:
                c.drop("стороны не названы")
                continue
            value = amount.value
            year = year_set(ctx, s.index, amount)
            facts.append(c.made(TargetFact(parties=parties, metric=fig.word.metric, value_min=value.low or value.value,
                                           value_max=value.value, currency=value.currency, year=year,
                                           evidence=ctx.evidence(s.index))))
            second = second_target(ctx, s.index, amount)
            if second is not None:
                later = later_than_the_year(ctx, s.index, amount)
                facts.append(c.made(TargetFact(parties=parties, metric=fig.word.metric, value_min=second,
                                               value_max=second, currency=value.currency,
                                               year=year_of_second(ctx, s.index, amount) or (None if later else year),
                                               evidence=ctx.evidence(s.index))))
    return merge_targets(facts)


@rule("target.merge_targets", "one fact per sides and value; the year any mention gives", "Курская область и "
      "Беларусь намерены довести товарооборот до 2 млрд долларов. Губернатор подтвердил, что к 2027 году "
      "товарооборот Курской области и Беларуси планируется довести до 2 млрд долларов.", off=UNCHANGED)
def merge_targets(facts: list[TargetFact]) -> list[TargetFact]:
    out: dict[tuple, TargetFact] = {}
    for f in facts:
        key = (frozenset(f.parties), f.value_max)
        old = out.get(key)
        if old is None:
            out[key] = f
            continue
        merged(old, f)
        if old.year is None:
            old.year = f.year
    return list(out.values())
