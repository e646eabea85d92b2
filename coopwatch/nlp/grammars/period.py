"""Periods. Of documents: "на 2026–2027 годы", "2024-26 гг.", "до 2015 года", "на 2025 год".
Of trade figures: "за 2024 год", "по итогам 2015 года", "в прошлом году", "первое полугодие
2025 года", "I полугодие", "за 9 месяцев 2025 года", "за первые 5 месяцев текущего года",
"январь–сентябрь 2025 года", "с января по сентябрь", "первый квартал", "в первой половине года",
"по итогам 2009-го", "весь 2023 год", "с 2022 по 2024 год", "за 2022–2024 годы", "подвели итоги 2024 года"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from yargy import and_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import caseless, custom, dictionary, eq, gte, length_eq, lte, normalized

from coopwatch.lexicon import L, numbers
from coopwatch.nlp.grammars.common import DASH, INT, Match, number_value, number_word, parser
from coopwatch.nlp.grammars.date import year_shift
from coopwatch.nlp.grammars.ordinal import ordinal_word_value

YearRange = fact("YearRange", ["start", "end", "until"])
TradePeriod = fact("TradePeriod", ["year", "last_year", "year_shift", "first_month", "last_month", "months", "half",
                                   "quarter"])

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

ROMAN_SMALL = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _trade_grammar():
    """The trade periods' grammar, built on first use: the numbers, months, year shifts and the endings
    of an ordinal in digits ("1-й квартал", "по итогам 2009-го") are the lexicon's."""
    ordinal_ending = rule(DASH, dictionary(L.ordinal_suffixes))
    part_index = or_(
        rule(custom(lambda w: (ordinal_word_value(w) or 0) in (1, 2, 3, 4))),
        rule(or_(eq("I"), eq("II"), eq("III"), eq("IV"))),
        rule(INT, ordinal_ending),
    )
    year_part = or_(
        rule(YEAR4.interpretation(TradePeriod.year.custom(int)), ordinal_ending.optional(), YEARS_WORD.optional()),
        rule(dictionary(set(numbers("year_shifts"))).interpretation(TradePeriod.year_shift.custom(year_shift)),
             normalized("год")),
    )
    # "с 2022 года по 2024 год", "за 2022–2024 годы": several whole years
    years = or_(
        rule(caseless("с"), YEAR4.interpretation(TradePeriod.year.custom(int)), YEARS_WORD.optional(),
             caseless("по"), YEAR4.interpretation(TradePeriod.last_year.custom(int)), YEARS_WORD.optional()),
        rule(YEAR4.interpretation(TradePeriod.year.custom(int)), DASH,
             YEAR4.interpretation(TradePeriod.last_year.custom(int)), YEARS_WORD),
    )
    half = rule(part_index.interpretation(TradePeriod.half.custom(_part)),
                or_(normalized("полугодие"), normalized("половина")))
    quarter = rule(part_index.interpretation(TradePeriod.quarter.custom(_part)), normalized("квартал"))
    months_count = rule(
        dictionary({"первый"}).optional(),
        or_(INT, number_word()).interpretation(TradePeriod.months.custom(_count)),
        normalized("месяц"),
    )
    months = numbers("months")
    month = dictionary(set(months))
    first_month = month.interpretation(TradePeriod.first_month.normalized().custom(months.get))
    last_month = month.interpretation(TradePeriod.last_month.normalized().custom(months.get))
    # "январь–сентябрь", "с января по сентябрь"
    month_range = or_(rule(first_month, DASH, last_month), rule(caseless("с"), first_month, caseless("по"), last_month))
    return or_(
        years,
        rule(or_(half, quarter, months_count, month_range), year_part.optional()),
        # "2024 год регионы закрыли с оборотом …", "Прошлый год стороны закрыли …": the year as the object, in the
        # nominative form
        rule(YEAR4.interpretation(TradePeriod.year.custom(int)), eq("год")),
        rule(dictionary(set(numbers("year_shifts"))).interpretation(TradePeriod.year_shift.custom(year_shift)),
             eq("год")),
        rule(or_(rule(caseless("за")), rule(caseless("в")), rule(caseless("во")), rule(caseless("на")),
                 rule(normalized("весь")), rule(caseless("по"), normalized("итог")),
                 # "подвели итоги 2024 года: товарооборот …"
                 rule(normalized("итог"))), year_part),
        rule(caseless("по").optional(), normalized("итог"), or_(half, quarter, months_count), year_part.optional()),
        # "за полугодие 2025 года": a half-year with no ordinal is the first (the second would be said); with no year,
        # of the publication's (trade.months_of_publication_year)
        rule(caseless("за"), normalized("полугодие").interpretation(TradePeriod.half.const(1)), year_part.optional()),
    ).interpretation(TradePeriod)


def _part(s: str) -> int | None:
    s = s.strip()
    if s in ROMAN_SMALL:
        return ROMAN_SMALL[s]
    if s[:1].isdigit():
        return int("".join(c for c in s if c.isdigit()))
    return ordinal_word_value(s)


def _count(s: str) -> int | None:
    v = number_value(s)
    return int(v) if v and v == int(v) else None


@dataclass(frozen=True)
class Span:
    """A trade period before anchoring: months of an unknown or relative year."""

    year: int | None
    year_shift: int | None
    first_month: int
    last_month: int
    last_year: int | None = None  # "с 2022 по 2024 год": the last of several years

    def resolve(self, published: date | None) -> list[str] | None:
        year = self.year
        if year is None:
            if self.year_shift is None or published is None:
                return None
            year = published.year + self.year_shift
        last_year = self.last_year or year
        return [f"{year:04d}-{self.first_month:02d}", f"{last_year:04d}-{self.last_month:02d}"]


@lru_cache(maxsize=1)
def _range_parser():
    return parser(RANGE)


@lru_cache(maxsize=1)
def _trade_parser():
    return parser(_trade_grammar())


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
        if not (1 <= first <= last <= 12) or f.last_year is not None and not (f.year or 0) < f.last_year:
            continue
        if f.year is None and f.year_shift is None and not (f.half or f.quarter or f.months or f.first_month):
            continue
        out.append(Match(m.span.start, m.span.stop, Span(f.year, f.year_shift, first, last, f.last_year)))
    return out
