"""The extraction pipeline: the one place that knows the order of the stages.

Each stage declares what it reads from the ``Context`` (``needs``) and everything it writes:
``adds`` — fields it fills or appends to — and ``amends`` — attributes it sets on the items of a
field an earlier stage added (``"titles.of"``: the role stage decides whose position each title
is). ``check_order`` proves at import that every need is met by an earlier stage and that no
stage writes a field after a stage that needs it has read it;
``tests/extract/test_stage_contracts.py`` proves, by snapshots of the ``Context`` before and after
each stage, that a stage writes nothing it does not declare. Any stage may append to
``warnings``, the document's report (a fact stage whose rules fail says so there).

The fact stages between ``camps`` and ``links`` are the registered fact types'
(``coopwatch.facttypes``), in registry order, and are rebuilt when a type is registered or
unregistered.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from coopwatch import facttypes
from coopwatch.extract import links
from coopwatch.extract.context import Context, compute_camps
from coopwatch.lexicon import L
from coopwatch.lexicon.forms import (
    WordForms,
    adjective_stem,
    alternation,
    forms,
    forms_alternation,
    stem,
    whole_forms,
)
from coopwatch.models import Document, DocumentFacts
from coopwatch.nlp.annotate import Annotated

log = logging.getLogger("coopwatch")


REPORT = "warnings"  # written by any stage: the document's report, read by no stage


@dataclass(frozen=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[Context], None]
    amends: tuple[str, ...] = ()  # "field.attribute" of items an earlier stage added

    @property
    def writes(self) -> set[str]:
        """The ``Context`` fields this stage may change."""
        return set(self.adds) | {a.split(".", 1)[0] for a in self.amends}


def _annotate(ctx: Context) -> None:
    from coopwatch.nlp.annotate import annotate

    ctx.ann = annotate(ctx.document.text)
    ctx.warnings.extend(ctx.ann.warnings)


def _phrases(ctx: Context) -> None:
    """The lexicon's multi-word phrases ("дорожная карта", "во главе с") in any case form, on tokens."""
    from bisect import bisect_left, bisect_right

    from coopwatch.extract.context import PhraseMention
    from coopwatch.lexicon import find_phrases

    tokens = ctx.ann.tokens
    starts = [t.start for t in tokens]
    stops = [t.stop for t in tokens]
    for m in find_phrases(ctx.document.text):
        first, last = bisect_left(starts, m.start), bisect_right(stops, m.stop) - 1
        if first <= last < len(tokens) and tokens[first].sent == tokens[last].sent:
            ctx.phrases.append(PhraseMention(m.entries, first, last + 1, tokens[first].sent))


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
# than a regular expression, and most sentences hold no money, no period and no date. Their words are
# the lexicon's, in every form (``lexicon.forms``), compiled on first use (``prefilters``).
@cache
def prefilters() -> dict[str, re.Pattern]:
    """The keyword of each grammar, around which ``windows`` cuts what it parses."""
    from coopwatch.nlp.grammars.date import year_shift_stems

    # full names in every form, and the abbreviations the grammar reads ("5 дек. 2024", "10 сент")
    months = _words(L.months) + rf"|(?<!\w)(?:{alternation(L.month_abbreviations)})(?!\w)"
    shifts = alternation(s for s, _ in year_shift_stems())
    ordinal_stems = alternation(adjective_stem(w) for w in L.ordinal_numbers)
    return {
        "month": re.compile(months, re.I),
        "numeric": re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}|\b[12]\d{3}-\d\d-\d\d"),
        "year": re.compile(rf"\b[12]\d{{3}}\b|{shifts}\w* год", re.I),
        "relative": re.compile(_words(L.weekdays) + "|" + _words(L.day_shifts), re.I),
        "money": money_phrase(),
        # a percent, a ratio ("в 1,5 раза", "вдвое") or a fraction ("на треть")
        "growth": re.compile("%|" + _words(L.ratio_nouns | set(L.times_words) | set(L.fraction_words)), re.I),
        # "по итогам 2009-го", "в 2024 снова вырос" name a year without the word "год"
        "periods": re.compile(_words(L.period_nouns) + r"|\b(?:19|20)\d\d\b|" + months, re.I),
        "ranges": re.compile(r"\d{4}"),
        # an ordinal before the session it counts: "11-го заседания", "XII заседание", "пятое заседание", "II
        # Российско-узбекский межрегиональный форум" (``ordinal.event_qualifiers``)
        "ordinals": re.compile(rf"(?:{alternation(L.tens)}\s+)?(?:\d+-?[а-я]*|\b[IVXLХІ]+\b|{ordinal_stems})[а-яё]*"
                               rf"\s+(?:[а-яё]+(?:-[а-яё]+)?\s+){{0,3}}(?:[а-яё]+-)?{alternation(stem(w) for w in L.counted_events)}",
                               re.I),
    }


def _words(lemmas) -> str:
    """Every form of the lemmas, as a whole word."""
    return rf"(?<!\w){forms_alternation(lemmas)}(?!\w)"


def _money_words(lemmas) -> str:
    """Every form of the money words pymorphy declines ("рублей", "тысячами"), and the beginning of a
    word for those it does not ("сумов", "млн", "долл."), as the grammar reads them; after a digit too
    ("5млн")."""
    lemmas = sorted(lemmas)
    declined = [w for w in lemmas if forms(w) != {w}]
    undeclined = [w for w in lemmas if forms(w) == {w}]
    return rf"(?<![а-яё])(?:{forms_alternation(declined)}(?![а-яё])|{alternation(undeclined)}[а-яё]*)"


@cache
def money_phrase() -> re.Pattern:
    """The multiplier, currency or sign of an amount and what follows it ("млрд долларов США", "млн с
    лишним"), or a number and its currency ("500 долларов"); the window reaches back for the number
    and the words before it (RADIUS). The words are the money grammar's: ``L.multipliers``,
    ``L.currency_words``."""
    currencies = _money_words(w for w in L.currency_words if w.isalpha())
    signs = "".join(re.escape(w) for w in L.currency_words if not w.isalpha())
    number = r"\d[\d\s]*(?:[.,]\d+)?"
    return re.compile(
        rf"{_money_words(L.multipliers)}\.?(?:\s+[а-яё]+ск[а-яё]*)?(?:\s+{currencies}\.?)?(?:\s+США)?(?:\s+с\s+[а-яё]+)?"
        rf"|[{signs}]\s*{number}"
        rf"|{number}\s+{currencies}(?:\s+США)?", re.I)


@cache
def money_words() -> re.Pattern:
    """A multiplier, a currency or its sign anywhere in a sentence."""
    signs = "".join(re.escape(w) for w in L.currency_words if not w.isalpha())
    return re.compile(rf"{_money_words(set(L.multipliers) | {w for w in L.currency_words if w.isalpha()})}|[{signs}]", re.I)


# Dates and year ranges matter only in sentences that report a fact (a range is a document's period, and
# no date inside it is an event's), periods only beside trade figures, ordinals only beside a session:
# the rules read them from the fact's own sentence.
@cache
def fact_words() -> WordForms:
    return whole_forms(L.fact_words)


@cache
def session_words() -> re.Pattern:
    return re.compile(alternation(stem(w) for w in L.counted_events), re.I)


@cache
def trade_words() -> WordForms:
    """Any form of a word the trade and target rules read a figure beside: a trade word
    (``L.turnover_words``, ``L.export_words``, ``L.import_words``, ``L.flow_verbs``), a word standing for one
    (``L.trade_anaphora``: "довести его до 500 млн") or for its figure (``L.same_amount_words``:
    "почти на столько же за 10 месяцев")."""
    return whole_forms(L.turnover_words | L.export_words | L.import_words | L.trade_anaphora
                      | L.same_amount_words | L.shipment_nouns | set(L.flow_verbs))


class Filter(Protocol):
    """What a sentence filter is asked: is it in the text?"""

    def search(self, text: str) -> object: ...


@dataclass(frozen=True)
class AllOf:
    """A sentence filter: every one of the patterns is found in the text. The patterns are searched one
    by one, not joined into one pattern: compiling a join of large alternations anew costs a twentieth
    of a second at every start."""

    patterns: tuple[Filter, ...]

    def search(self, text: str) -> bool:
        return all(p.search(text) for p in self.patterns)


@dataclass(frozen=True)
class AnyOf:
    """A sentence filter: one of the patterns is found in the text (searched one by one, as ``AllOf``)."""

    patterns: tuple[Filter, ...]

    def search(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns)


@dataclass(frozen=True)
class MisspeltMissions:
    """A sentence filter: a mission noun misspelt by one letter ("Генконсулство Казахстана работает с 2008 года")
    is a fact word the word lists cannot hold."""

    def search(self, text: str) -> bool:
        from coopwatch.extract.institution import misspelt_mission

        return any(misspelt_mission(w.lower().replace("ё", "е")) for w in LONG_WORD.findall(text))


LONG_WORD = re.compile(r"\w{8,}")


@cache
def aim_words() -> WordForms:
    return whole_forms(L.aim_nouns | L.aim_verbs)


@cache
def aimed_money() -> AllOf:
    """An amount beside an aim, which may stand for the trade word of the sentence before ("Стороны
    поставили задачу выйти на 250 млн долларов к 2027 году": ``trade.aim_without_word``)."""
    return AllOf((aim_words(), money_words()))


@cache
def amount_after_dash() -> AllOf:
    """A figure told on by ellipsis, its trade word in the sentence before ("А годом ранее за тот же период – 140 млн":
    ``trade.figure_told_on``)."""
    return AllOf((re.compile(r"[–—-]\s*(?:\w+\s+)?\d"), money_words()))


@cache
def trade_money() -> AnyOf:
    """Amounts matter only beside a trade word or a word standing for one, beside an aim, or after a dash."""
    return AnyOf((AllOf((trade_words(), money_words())), aimed_money(), amount_after_dash()))


@cache
def trade_periods_words() -> AnyOf:
    """Periods matter beside a trade word, beside an amount told on after a dash, or as the results of a period the
    next sentence's figure is of ("Стороны подвели итоги 2024 года. Товарооборот …": ``trade.results_told_before``)."""
    return AnyOf((trade_words(), amount_after_dash(), whole_forms(L.result_nouns)))


@cache
def fact_or_trade_words() -> AnyOf:
    """A sentence reporting a fact, or a trade figure told through a word standing for it ("К 2027 году
    стороны намерены довести его до 250 млн долларов")."""
    return AnyOf((fact_words(), trade_words(), aimed_money(), MisspeltMissions()))


SENTENCE_FILTERS = {"month": fact_or_trade_words, "numeric": fact_or_trade_words, "year": fact_or_trade_words,
                    "relative": fact_or_trade_words,
                    "periods": trade_periods_words, "ranges": fact_words, "money": trade_money,
                    "ordinals": session_words}


def _numbers(ctx: Context) -> None:
    """Dates, periods, money, growth and ordinals by yargy grammars, each run only on sentences
    its prefilter admits."""
    from coopwatch.nlp.grammars.common import Match
    from coopwatch.nlp.grammars.date import find_dates
    from coopwatch.nlp.grammars.money import find_money
    from coopwatch.nlp.grammars.ordinal import find_ordinals
    from coopwatch.nlp.grammars.percent import find_growth
    from coopwatch.nlp.grammars.period import find_trade_periods, find_year_ranges

    def dates_of(kind):
        return lambda text: find_dates(text, (kind,))

    grammars = [("month", dates_of("month"), ctx.dates), ("numeric", dates_of("numeric"), ctx.dates),
                ("year", dates_of("year"), ctx.dates), ("relative", dates_of("relative"), ctx.dates),
                ("money", find_money, ctx.money),
                ("growth", find_growth, ctx.growth), ("periods", find_trade_periods, ctx.trade_periods),
                ("ranges", find_year_ranges, ctx.year_ranges), ("ordinals", find_ordinals, ctx.ordinals)]
    for s in ctx.sentences:
        admitted: dict[Callable, bool] = {}  # one search per filter and sentence, however many grammars share it
        for name, find, into in grammars:
            f = SENTENCE_FILTERS.get(name)
            if f is not None:
                ok = admitted.get(f)
                if ok is None:  # (not ``setdefault``: its argument, the search, would run every time)
                    ok = admitted[f] = bool(f().search(s.text))
                if not ok:
                    continue
            for a, b in windows(s.text, prefilters()[name], RADIUS[name]):
                into.extend(Match(m.start + s.start + a, m.stop + s.start + a, m.value) for m in find(s.text[a:b]))
    ctx.dates = _outermost(ctx.dates)  # a year window inside a date window: keep the whole date
    from coopwatch.extract.dates import (
        dateline_gives_way,
        day_before_told,
        same_day_as_before,
        years_after_before,
    )

    ctx.dates = day_before_told(dateline_gives_way(ctx.dates, ctx), ctx)
    from coopwatch.extract.trade import year_before_period

    ctx.trade_periods = year_before_period(ctx.trade_periods, ctx.document.text)
    told_before = same_day_as_before(ctx.document.text, ctx.dates) + years_after_before(ctx.document.text, ctx.dates)
    ctx.dates = sorted(ctx.dates + told_before, key=lambda m: m.start)


def _outermost(matches: list) -> list:
    ordered = sorted(matches, key=lambda m: (m.start, -m.stop))
    out: list = []
    for m in ordered:
        if out and out[-1].start <= m.start and m.stop <= out[-1].stop:
            continue
        out.append(m)
    return out


# characters of context a grammar needs around its keyword, before and after it: "почти на 1,5–2
# млрд долларов США", "триста с небольшим миллионов", "по итогам первого полугодия 2025 года",
# "5 декабря 2024 г."
RADIUS = {"month": 22, "numeric": 2, "year": 12, "relative": (16, 4), "money": (30, 2), "growth": 20, "periods": 20,
          "ranges": 15, "ordinals": 2}


def windows(text: str, pattern: re.Pattern, radius: int | tuple[int, int]) -> list[tuple[int, int]]:
    """Stretches of ``text`` around the keyword's hits, merged, cut at spaces, so a grammar parses
    a few dozen characters instead of a whole sentence."""
    before, after = radius if isinstance(radius, tuple) else (radius, radius)
    spans: list[list[int]] = []
    for m in pattern.finditer(text):
        a = max(0, m.start() - before)
        b = min(len(text), m.end() + after)
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


def _guarded(name: str, run: Callable[[Context], None]) -> Callable[[Context], None]:
    """A fact stage's rules failing on a document cost that stage's work only, and are reported
    as the document's warning."""

    def guarded(ctx: Context) -> None:
        try:
            run(ctx)
        except Exception as e:  # reported, not hidden: see DocumentFacts.warnings
            log.exception("rules for %s failed on %s", name, ctx.document.id)
            ctx.warnings.append(f"правила «{name}» не сработали: {type(e).__name__}: {e}")
    return guarded


def _facts(module, amend: Callable[[Context], None] | None = None) -> Callable[[Context], None]:
    """A stage of a rule module: ``module.extract``, or ``amend`` that completes the facts found."""
    return _guarded(module.__name__.rsplit(".", 1)[-1], amend or (lambda ctx: ctx.facts.extend(module.extract(ctx))))


def _fact_stage(ft: facttypes.FactType) -> Stage:
    """The stage of a registered fact type: its extraction function adds its facts. The function
    is imported here, with the pipeline: so are the named rules of its module (``rulebook``)."""
    extract = ft.extraction.extract

    def run(ctx: Context) -> None:
        ctx.facts.extend(extract(ctx))
    return Stage(ft.name, ft.extraction.needs, ("facts",), _guarded(ft.name, run), amends=ft.extraction.amends)


def _stages() -> list[Stage]:
    return [
        Stage("annotate", ("document",), ("ann",), _annotate),
        Stage("phrases", ("ann",), ("phrases",), _phrases),
        Stage("places", ("ann",), ("places",), _places),
        Stage("people", ("ann", "places"), ("people",), _people),
        Stage("titles", ("ann", "places", "people"), ("titles",), _titles),
        Stage("numbers", ("ann", "places"), ("dates", "money", "growth", "year_ranges", "trade_periods", "ordinals"), _numbers),
        Stage("camps", ("places",), ("camps",), _camps),
        *(_fact_stage(ft) for ft in facttypes.all_types()),
        Stage("links", ("facts", "dates", "places"), ("facts",), _facts(links, links.link)),
    ]


def check_order(stages: list[Stage]) -> None:
    """Every need is added by an earlier stage, every amended field too, and a stage reads a field
    only once every stage that writes it has run (the fact rules read the titles' ``of`` the role
    stage sets, so they come after it)."""
    have = {"document"}
    for i, st in enumerate(stages):
        missing = set(st.needs) - have
        if missing:
            raise RuntimeError(f"stage {st.name} needs {sorted(missing)} before it runs")
        amended = {a.split(".", 1)[0] for a in st.amends} - have
        if amended:
            raise RuntimeError(f"stage {st.name} amends {sorted(amended)}, which no earlier stage adds")
        for later in stages[i + 1:]:
            early = set(st.needs) & later.writes
            if early:
                raise RuntimeError(f"stage {st.name} reads {sorted(early)} before {later.name} writes it")
        have.update(st.adds)


STAGES: list[Stage] = _stages()
check_order(STAGES)


def _rebuild() -> None:
    """The registry changed: the same list, new stages (checked before they replace the old ones)."""
    stages = _stages()
    check_order(stages)
    STAGES[:] = stages


facttypes.on_change(_rebuild)


def run_stages(document: Document, until: str | None = None, *, ann: Annotated | None = None) -> Context:
    """The stages in order over ``document``, up to and including the stage named ``until`` (all
    of them by default). ``ann``: the text annotated already (the entity layer annotates without
    syntax); the stage that would add it is skipped."""
    names = [st.name for st in STAGES]
    if until is not None and until not in names:
        raise ValueError(f"no stage {until!r}; the stages are {names}")
    ctx = Context(document=document, ann=ann)
    given = {"ann"} if ann is not None else set()
    for st in STAGES:
        if not (st.adds and set(st.adds) <= given and not st.amends):
            st.run(ctx)
        if st.name == until:
            break
    return ctx


def extract_document(document: Document) -> DocumentFacts:
    """All facts of one document, deduplicated, in the contract's form."""
    return document_facts(run_stages(document))


def document_facts(ctx: Context) -> DocumentFacts:
    """The facts of a context the stages have run over, deduplicated, in the contract's form."""
    from coopwatch.extract.rulebook import merged

    document = ctx.document
    seen: dict[tuple, object] = {}
    facts = []
    for f in ctx.facts:
        k = f.key()
        # one fact per key, except where a rule made several on purpose ("соглашения в сферах образования,
        # здравоохранения и туризма": three documents no field tells apart)
        if k in seen and id(f) not in ctx.repeated:
            merged(seen[k], f)
            continue
        seen[k] = f
        facts.append(f)
    # the facts were validated when the rules made them: no second pass through pydantic
    return DocumentFacts.model_construct(doc=document.id, published=document.published, facts=facts,
                                         warnings=list(document.meta.get("warnings", [])) + ctx.warnings)
