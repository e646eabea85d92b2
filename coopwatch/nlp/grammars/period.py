"""Periods. Of documents: "на 2026–2027 годы", "2024-26 гг.", "до 2015 года", "на 2025 год".
Of trade figures: "за 2024 год", "по итогам 2015 года", "в прошлом году", "первое полугодие
2025 года", "I полугодие", "за 9 месяцев 2025 года", "за первые 5 месяцев текущего года",
"январь–сентябрь 2025 года", "первый квартал"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from yargy import and_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import caseless, dictionary, eq, gte, length_eq, lte, normalized

from coopwatch.nlp.grammars.common import DASH, INT, NUMBER_WORD, NUMBER_WORDS, Match, parser
from coopwatch.nlp.grammars.date import MONTHS, YEAR_SHIFTS, year_shift

YearRange = fact("YearRange", ["start", "end", "until"])
TradePeriod = fact("TradePeriod", ["year", "year_shift", "first_month", "last_month", "months", "half", "quarter"])

YEAR4 = and_(gte(1900), lte(2100), length_eq(4))
YEARS_WORD = or_(rule(normalized("год")), rule(caseless("гг"), eq(".").optional()), rule(caseless("г"), eq(".").optional()))


RANGE = or_(
    rule(
        YEAR4.interpretation(YearRange.start.custom(int)), DASH,
        or_(YEAR4, and_(length_eq(2), gte(0), lte(99))).interpretation(YearRange.end.custom(int)),
        YEARS_WORD.optional(),
    ),
    rule(caseless("до").interpretation(YearRange.until.const(True)),
         YEAR4.interpretation(YearRange.end.custom(int)), YEARS_WORD),
    rule(caseless("на"), YEAR4.interpretation(YearRange.start.custom(int)), normalized("год")),
).interpretation(YearRange)

ORDINALS = {"первый": 1, "второй": 2, "третий": 3, "четвертый": 4}
ROMAN_SMALL = {"I": 1, "II": 2, "III": 3, "IV": 4}
PART_INDEX = or_(
    rule(dictionary(set(ORDINALS))),
    rule(or_(eq("I"), eq("II"), eq("III"), eq("IV"))),
    rule(INT, DASH, dictionary({"й", "е", "ом", "го", "ое"})),
)

YEAR_PART = or_(
    rule(YEAR4.interpretation(TradePeriod.year.custom(int)), YEARS_WORD.optional()),
    rule(dictionary(set(YEAR_SHIFTS)).interpretation(TradePeriod.year_shift.custom(year_shift)),
         normalized("год")),
)

HALF = rule(PART_INDEX.interpretation(TradePeriod.half.custom(lambda s: _part(s))), normalized("полугодие"))
QUARTER = rule(PART_INDEX.interpretation(TradePeriod.quarter.custom(lambda s: _part(s))), normalized("квартал"))
MONTHS_COUNT = rule(
    dictionary({"первый"}).optional(),
    or_(INT, NUMBER_WORD).interpretation(TradePeriod.months.custom(lambda s: _count(s))),
    normalized("месяц"),
)
MONTH = dictionary(set(MONTHS))
MONTH_RANGE = rule(
    MONTH.interpretation(TradePeriod.first_month.normalized().custom(MONTHS.get)), DASH,
    MONTH.interpretation(TradePeriod.last_month.normalized().custom(MONTHS.get)),
)

TRADE_PERIOD = or_(
    rule(or_(HALF, QUARTER, MONTHS_COUNT, MONTH_RANGE), YEAR_PART.optional()),
    rule(or_(rule(caseless("за")), rule(caseless("в")), rule(caseless("во")), rule(caseless("на")),
             rule(caseless("по"), normalized("итог"))), YEAR_PART),
    rule(caseless("по"), normalized("итог"), or_(HALF, QUARTER, MONTHS_COUNT), YEAR_PART.optional()),
).interpretation(TradePeriod)


def _part(s: str) -> int | None:
    from coopwatch.nlp.annotate import lemma_of

    s = s.strip()
    if s in ROMAN_SMALL:
        return ROMAN_SMALL[s]
    if s[:1].isdigit():
        return int("".join(c for c in s if c.isdigit()))
    return ORDINALS.get(lemma_of(s))


def _count(s: str) -> int | None:
    from coopwatch.nlp.annotate import lemma_of

    s = s.strip()
    if s.isdigit():
        return int(s)
    v = NUMBER_WORDS.get(lemma_of(s))
    return int(v) if v else None


@dataclass(frozen=True)
class Span:
    """A trade period before anchoring: months of an unknown or relative year."""

    year: int | None
    year_shift: int | None
    first_month: int
    last_month: int

    def resolve(self, published: date | None) -> list[str] | None:
        year = self.year
        if year is None:
            if self.year_shift is None or published is None:
                return None
            year = published.year + self.year_shift
        return [f"{year:04d}-{self.first_month:02d}", f"{year:04d}-{self.last_month:02d}"]


@lru_cache(maxsize=1)
def _range_parser():
    return parser(RANGE)


@lru_cache(maxsize=1)
def _trade_parser():
    return parser(TRADE_PERIOD)


def find_year_ranges(text: str) -> list[Match]:
    """Document periods as ``[start, end]`` (either may be None)."""
    out = []
    for m in _range_parser().findall(text):
        f = m.fact
        start, end = f.start, f.end
        if start is not None and end is not None and end < 100:
            end = start // 100 * 100 + end
        if f.until:
            value = [None, end]
        elif end is None:
            value = [start, start]
        else:
            value = [start, end]
        if value[0] is not None and value[1] is not None and value[1] < value[0]:
            continue
        out.append(Match(m.span.start, m.span.stop, value))
    return out


def find_trade_periods(text: str) -> list[Match]:
    """Trade periods as ``Span`` values (resolve them against the publication date)."""
    out = []
    for m in _trade_parser().findall(text):
        f = m.fact
        first, last = 1, 12
        if f.half:
            first, last = (1, 6) if f.half == 1 else (7, 12)
        elif f.quarter:
            first, last = 3 * f.quarter - 2, 3 * f.quarter
        elif f.months:
            last = f.months
        elif f.first_month:
            first, last = f.first_month, f.last_month or f.first_month
        if not (1 <= first <= last <= 12):
            continue
        if f.year is None and f.year_shift is None and not (f.half or f.quarter or f.months or f.first_month):
            continue
        out.append(Match(m.span.start, m.span.stop, Span(f.year, f.year_shift, first, last)))
    return out
