"""Dates: "5 декабря 2024 г.", "10.04.2016", "в апреле 2019 года", "в 1997 году", and the
relative ones — "сегодня", "накануне", "в четверг", "в сентябре прошлого года", "9 января
текущего года" — which ``resolve`` anchors to the publication date."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from yargy import and_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import dictionary, gte, in_caseless, length_eq, lte, normalized

from coopwatch.lexicon import L, numbers
from coopwatch.lexicon.forms import adjective_stem
from coopwatch.nlp.grammars.common import DASH, DOT, Match, parser, tokenizer

Date = fact("Date", ["year", "month", "day", "year_shift", "day_shift", "weekday"])

# The words are the lexicon's (months, month_abbreviations, weekdays, year_shifts, day_shifts,
# dated_events, in_prepositions); the grammars are built on first use, not at import.


@cache
def year_shift_stems() -> tuple[tuple[str, int], ...]:
    """The stems of the year-shift adjectives — the lemma without its two-letter ending ("прошл",
    "текущ", "эт") — and their shifts, longest first."""
    stems = {adjective_stem(word): shift for word, shift in numbers("year_shifts").items()}
    return tuple(sorted(stems.items(), key=lambda s: (-len(s[0]), s[0])))


def year_shift(word: str) -> int | None:
    """"прошлого" → -1, "текущем" → 0, "следующем" → 1 (pymorphy may read the adjective as a noun)."""
    w = word.strip().lower()
    for stem, shift in year_shift_stems():
        if w.startswith(stem):
            return shift
    return None


def _month_value(s: str) -> int | None:
    # the month word's span takes an optional dot (for "окт."), so a sentence's final dot comes with a full name too:
    # "прибыли 18 октября." normalises to "октябрь ."
    word = s.strip().rstrip(".").strip()
    return numbers("months").get(word) or numbers("month_abbreviations").get(word.lower())


@cache
def _grammars() -> dict:
    months, abbreviations = numbers("months"), numbers("month_abbreviations")
    weekdays, day_shifts = numbers("weekdays"), numbers("day_shifts")
    in_ = in_caseless(L.in_prepositions)
    month_word = rule(or_(dictionary(set(months)), in_caseless(set(abbreviations))), DOT.optional()).interpretation(
        Date.month.normalized().custom(_month_value))
    month_number = and_(gte(1), lte(12), length_eq(2)).interpretation(Date.month.custom(int))
    day = and_(gte(1), lte(31)).interpretation(Date.day.custom(int))
    year = and_(gte(1900), lte(2100), length_eq(4)).interpretation(Date.year.custom(int))
    year_word = rule(or_(in_caseless({"г", "гг"}), normalized("год")), DOT.optional())
    year_shift_word = dictionary(set(numbers("year_shifts"))).interpretation(Date.year_shift.custom(year_shift))
    relative_year = rule(year_shift_word, normalized("год"))
    any_year = or_(rule(year, year_word.optional()), relative_year)

    # One grammar per kind of date, each small: an Earley chart predicts every rule at every word, so
    # the pipeline parses a window with the grammar of the keyword that opened it.
    month_date = or_(
        rule(day, DASH, and_(gte(1), lte(31)), month_word, any_year.optional()),  # "15–17 мая": the first day
        rule(day, month_word, any_year.optional()),
        rule(month_word, any_year),
        rule(in_, month_word, any_year.optional()),  # "в октябре": the latest October
        rule(in_, dictionary(L.month_parts), month_word, any_year.optional()),  # "в начале июня": the month
    ).interpretation(Date)
    numeric_date = or_(
        rule(day, DOT, month_number, DOT, year, year_word.optional()),
        rule(year, DASH, month_number, DASH, day),
    ).interpretation(Date)
    # an event named with its year: "на ПМЭФ-2018", "на форуме — 2019", "на выставке «Иннопром-2021»"
    year_date = or_(
        rule(year, year_word),
        rule(in_caseless({"в"}).optional(), relative_year),
        rule(dictionary(L.dated_events), DASH, year),
    ).interpretation(Date)
    relative_date = or_(
        rule(dictionary(set(day_shifts)).interpretation(Date.day_shift.normalized().custom(day_shifts.get))),
        rule(in_, dictionary(set(weekdays)).interpretation(Date.weekday.normalized().custom(weekdays.get))),
    ).interpretation(Date)
    return {"month": month_date, "numeric": numeric_date, "year": year_date, "relative": relative_date}


KINDS = ("month", "numeric", "year", "relative")


@cache
def _parser(kind: str):
    return parser(_grammars()[kind])


def find_dates(text: str, kinds: tuple[str, ...] = KINDS) -> list[Match]:
    """Date expressions in ``text`` (values are yargy ``Date`` facts, see ``resolve``), the
    longest where two overlap."""
    tokens = list(tokenizer()(text)) if len(kinds) > 1 else None  # the kinds share one tokenizer
    found = [Match(m.span.start, m.span.stop, m.fact) for k in kinds for m in _parser(k).findall(text, tokens)]
    found.sort(key=lambda m: (m.start, -m.stop))
    out: list[Match] = []
    for m in found:
        if out and m.start < out[-1].stop:
            continue
        out.append(m)
    return out


def resolve(d, published: date | None) -> str | None:
    """ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) of a matched ``Date``, or None when it
    is relative and there is no publication date to anchor it."""
    if d.day_shift is not None:
        return (published + timedelta(days=d.day_shift)).isoformat() if published else None
    if d.weekday is not None:
        if not published:
            return None
        back = (published.weekday() - d.weekday) % 7
        return (published - timedelta(days=back)).isoformat()
    year = d.year
    if year is None and d.year_shift is not None:
        if not published:
            return None
        year = published.year + d.year_shift
    if year is None and d.month is not None and published is not None:
        # "5 декабря" with no year: the latest such day not after publication
        year = published.year
        if (d.month, d.day or 1) > (published.month, published.day):
            year -= 1
    if year is None:
        return None
    if d.month is None:
        return f"{year:04d}"
    if d.day is None:
        return f"{year:04d}-{d.month:02d}"
    try:
        return date(year, d.month, d.day).isoformat()
    except ValueError:
        return None


def is_full(d) -> bool:
    """Day, month and year all written out (what a dateline must have)."""
    return d.year is not None and d.month is not None and d.day is not None
