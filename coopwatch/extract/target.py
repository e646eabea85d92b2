"""target — a stated goal or forecast for trade between two sides.

Rules:
- a trade word with an amount it is to reach, under an aim, a plan, a forecast or a future
  ("задача довести товарооборот до $1 млрд", "планируют увеличить … до 2 млрд", "могут выйти на
  уровень 2 миллиардов", "в 2019 году сохранят товарооборот на уровне в один миллиард");
- "выйти на один миллиард, а в долгосрочной перспективе — и на два": two targets, the second
  taking the first one's unit and currency;
- "довести его до 500 млн": the trade word of the sentence before;
- a range ("1,5–2 млрд") gives ``value_min`` and ``value_max``; a single value gives both;
- year: the year the sentence sets ("по итогам текущего, 2023 года", "в 2019 году", "в текущем
  году" with a publication date), else null;
- sides as for trade figures.
"""

from __future__ import annotations

import re

from coopwatch.extract import trade
from coopwatch.extract.context import Context
from coopwatch.facttypes.target import TargetFact
from coopwatch.nlp.grammars.common import NUMBER_WORDS
from coopwatch.nlp.grammars.date import resolve

ELLIPSIS = re.compile(r"\bи\s+на\s+(\w+)\b", re.I)


def _year(ctx: Context, sent: int) -> int | None:
    """"к 2030 году", "в текущем году" (with a publication date)."""
    for d in ctx.in_sentence(ctx.dates, sent):
        if d.value.month is None and d.value.day_shift is None and d.value.weekday is None:
            value = resolve(d.value, ctx.document.published)
            if value and len(value) == 4:
                return int(value)
    return None


def extract(ctx: Context) -> list[TargetFact]:
    facts: list[TargetFact] = []
    for s in ctx.sentences:
        found = trade.figures(ctx, s.index, planned=True) or trade.pronoun_figure(ctx, s.index, planned=True)
        for w, amount, stop in found:
            if amount is None or amount.value.value is None:
                continue
            parties = trade.trade_sides(ctx, s.index, w, stop)
            if not parties:
                continue
            value = amount.value
            year = _year(ctx, s.index)
            facts.append(TargetFact(parties=parties, metric=w.metric, value_min=value.low or value.value,
                                    value_max=value.value, currency=value.currency, year=year,
                                    evidence=ctx.evidence(s.index)))
            second = _elliptic(ctx, s.index, amount)
            if second is not None:
                facts.append(TargetFact(parties=parties, metric=w.metric, value_min=second, value_max=second,
                                        currency=value.currency, year=year, evidence=ctx.evidence(s.index)))
    return merge(facts)


def _elliptic(ctx: Context, sent: int, amount) -> float | None:
    """"… на уровень один миллиард долларов, а в долгосрочной перспективе — и на два"."""
    s = ctx.ann.sentences[sent]
    tail = ctx.document.text[amount.stop: s.stop]
    m = ELLIPSIS.search(tail)
    if not m:
        return None
    from coopwatch.nlp.annotate import lemma_of

    number = NUMBER_WORDS.get(lemma_of(m[1])) or (float(m[1]) if m[1].isdigit() else None)
    if not number or amount.value.value is None:
        return None
    first = next((t for t in ctx.ann.tokens if t.start >= amount.start), None)
    unit = 1.0
    for t in ctx.ann.tokens[first.i: first.i + 4] if first else []:
        unit = {"миллиард": 1e9, "млрд": 1e9, "миллион": 1e6, "млн": 1e6}.get(t.lemma.strip("."), unit)
    return number * unit


def merge(facts: list[TargetFact]) -> list[TargetFact]:
    out: dict[tuple, TargetFact] = {}
    for f in facts:
        key = (frozenset(f.parties), f.value_max)
        old = out.get(key)
        if old is None:
            out[key] = f
        elif old.year is None:
            old.year = f.year
    return list(out.values())
