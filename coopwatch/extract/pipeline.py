"""The extraction pipeline: the one place that knows the order of the stages.

Each stage declares what it needs from the ``Context`` and what it adds; ``check_order`` proves
at import that every need is met by an earlier stage.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from coopwatch.extract import (
    agreement,
    institution,
    meeting,
    role,
    target,
    trade,
    transport,
    visit,
)
from coopwatch.extract.context import Context, compute_camps
from coopwatch.models import Document, DocumentFacts

log = logging.getLogger("coopwatch")


@dataclass(frozen=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[Context], None]


def _annotate(ctx: Context) -> None:
    from coopwatch.nlp.annotate import annotate

    ctx.ann = annotate(ctx.document.text)


def _places(ctx: Context) -> None:
    from coopwatch.gazetteer.matcher import find_places

    ctx.places = find_places(ctx.ann)


def _people(ctx: Context) -> None:
    from coopwatch.extract.people import find_people

    ctx.people = find_people(ctx.ann, {i for m in ctx.places for i in range(m.start, m.stop)})


def _titles(ctx: Context) -> None:
    from coopwatch.extract.titles import find_titles

    ctx.titles = find_titles(ctx.ann, ctx.places, ctx.people)


# Cheap tests that a sentence can hold what a grammar finds: yargy's chart parser costs far more
# than a regular expression, and most sentences hold no money, no period and no date.
MONTHS = r"январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр"
WEEKDAYS = r"понедельник|вторник|сред[уа]|четверг|пятниц|суббот|воскресен"
PREFILTERS = {
    "dates": re.compile(rf"\d|{MONTHS}|{WEEKDAYS}|сегодня|вчера|накануне|завтра|прошл\w* год|текущ\w* год", re.I),
    "money": re.compile(r"млн|млрд|миллиард|миллион|тыс|\$|€|₽|доллар|рубл|евро|юан|тенге", re.I),
    "growth": re.compile(r"%|процент|раз[а]?\b|вдвое|втрое|вчетверо", re.I),
    "periods": re.compile(r"год|полугод|квартал|месяц|" + MONTHS, re.I),
    "ranges": re.compile(r"\d{4}"),
    "ordinals": re.compile(r"заседан|форум|сесси|съезд|совещан|комисси|встреч", re.I),
}


def _numbers(ctx: Context) -> None:
    """Dates, periods, money, growth and ordinals by yargy grammars, each run only on sentences
    its prefilter admits."""
    from coopwatch.nlp.grammars.common import Match
    from coopwatch.nlp.grammars.date import find_dates
    from coopwatch.nlp.grammars.money import find_money
    from coopwatch.nlp.grammars.ordinal import find_ordinals
    from coopwatch.nlp.grammars.percent import find_growth
    from coopwatch.nlp.grammars.period import find_trade_periods, find_year_ranges

    grammars = [("dates", find_dates, ctx.dates), ("money", find_money, ctx.money),
                ("growth", find_growth, ctx.growth), ("periods", find_trade_periods, ctx.trade_periods),
                ("ranges", find_year_ranges, ctx.year_ranges), ("ordinals", find_ordinals, ctx.ordinals)]
    for s in ctx.sentences:
        for name, find, into in grammars:
            for a, b in windows(s.text, PREFILTERS[name]):
                into.extend(Match(m.start + s.start + a, m.stop + s.start + a, m.value) for m in find(s.text[a:b]))


RADIUS = 60  # characters of context a grammar needs around its keyword ("почти 1,5 млрд долларов США")


def windows(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    """Stretches of ``text`` around the keyword's hits, merged, cut at spaces, so a grammar parses
    a few dozen characters instead of a whole sentence."""
    spans: list[list[int]] = []
    for m in pattern.finditer(text):
        a = max(0, m.start() - RADIUS)
        b = min(len(text), m.end() + RADIUS)
        if a > 0:
            a = text.find(" ", a) + 1 or a
        if b < len(text):
            cut = text.rfind(" ", m.end(), b)
            b = cut if cut > m.end() else b
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [(a, b) for a, b in spans]


def _camps(ctx: Context) -> None:
    ctx.camps = compute_camps(ctx)


def _facts(module) -> Callable[[Context], None]:
    """A fact stage: its rules' failure on a document costs that type's facts only, and is
    reported as the document's warning."""
    name = module.__name__.rsplit(".", 1)[-1]

    def run(ctx: Context) -> None:
        try:
            ctx.facts.extend(module.extract(ctx))
        except Exception as e:  # reported, not hidden: see DocumentFacts.warnings
            log.exception("rules for %s failed on %s", name, ctx.document.id)
            ctx.warnings.append(f"правила «{name}» не сработали: {type(e).__name__}: {e}")
    return run


STAGES: list[Stage] = [
    Stage("annotate", ("document",), ("ann",), _annotate),
    Stage("places", ("ann",), ("places",), _places),
    Stage("people", ("ann", "places"), ("people",), _people),
    Stage("titles", ("ann", "places", "people"), ("titles",), _titles),
    Stage("numbers", ("ann",), ("dates", "money", "growth", "year_ranges", "trade_periods", "ordinals"), _numbers),
    Stage("camps", ("places",), ("camps",), _camps),
    Stage("role", ("titles", "camps"), ("facts",), _facts(role)),
    Stage("agreement", ("places", "people", "titles", "dates", "year_ranges", "camps"), ("facts",), _facts(agreement)),
    Stage("meeting", ("places", "people", "titles", "dates", "ordinals", "camps"), ("facts",), _facts(meeting)),
    Stage("visit", ("places", "people", "titles", "dates", "camps"), ("facts",), _facts(visit)),
    Stage("trade", ("places", "money", "growth", "trade_periods", "camps"), ("facts",), _facts(trade)),
    Stage("target", ("places", "money", "dates", "camps"), ("facts",), _facts(target)),
    Stage("institution", ("places", "dates", "camps"), ("facts",), _facts(institution)),
    Stage("transport", ("places", "camps"), ("facts",), _facts(transport)),
]


def check_order(stages: list[Stage]) -> None:
    have = {"document"}
    for st in stages:
        missing = set(st.needs) - have
        if missing:
            raise RuntimeError(f"stage {st.name} needs {sorted(missing)} before it runs")
        have.update(st.adds)


check_order(STAGES)


def run_stages(document: Document) -> Context:
    ctx = Context(document=document)
    for st in STAGES:
        st.run(ctx)
    return ctx


def extract_document(document: Document) -> DocumentFacts:
    """All facts of one document, deduplicated, in the contract's form."""
    ctx = run_stages(document)
    seen, facts = set(), []
    for f in ctx.facts:
        k = f.key()
        if k not in seen:
            seen.add(k)
            facts.append(f)
    return DocumentFacts(doc=document.id, published=document.published, facts=facts,
                         warnings=list(document.meta.get("warnings", [])) + ctx.warnings)
