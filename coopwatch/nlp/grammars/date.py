"""Dates: "5 декабря 2024 г.", "10.04.2016", "в апреле 2019 года", "в 1997 году", and the
relative ones — "сегодня", "накануне", "в четверг", "в сентябре прошлого года", "9 января
текущего года" — which ``resolve`` anchors to the publication date."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

from yargy import and_, or_, rule
from yargy.interpretation import fact
from yargy.predicates import dictionary, gte, in_caseless, length_eq, lte, normalized

from coopwatch.nlp.grammars.common import DASH, DOT, Match, parser

Date = fact("Date", ["year", "month", "day", "year_shift", "day_shift", "weekday"])

MONTHS = {
    "январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7,
    "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
}
MONTH_ABBR = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}
WEEKDAYS = {"понедельник": 0, "вторник": 1, "среда": 2, "четверг": 3, "пятница": 4, "суббота": 5, "воскресенье": 6}
YEAR_SHIFTS = {"прошлый": -1, "прошедший": -1, "минувший": -1, "текущий": 0, "этот": 0, "нынешний": 0,
               "следующий": 1, "будущий": 1, "позапрошлый": -2}
_SHIFT_STEMS = {"позапрошл": -2, "прошл": -1, "прошедш": -1, "минувш": -1, "текущ": 0, "эт": 0,
                "нынешн": 0, "следующ": 1, "будущ": 1}


def year_shift(word: str) -> int | None:
    """"прошлого" → -1, "текущем" → 0, "следующем" → 1 (pymorphy may read the adjective as a noun)."""
    w = word.strip().lower()
    for stem, shift in _SHIFT_STEMS.items():
        if w.startswith(stem):
            return shift
    return None
DAY_SHIFTS = {"сегодня": 0, "вчера": -1, "накануне": -1, "позавчера": -2, "завтра": 1}

MONTH_WORD = rule(or_(dictionary(set(MONTHS)), in_caseless(set(MONTH_ABBR))), DOT.optional()).interpretation(Date.month.normalized().custom(lambda s: MONTHS.get(s) or MONTH_ABBR.get(s.strip(".").lower())))
MONTH_NUMBER = and_(gte(1), lte(12), length_eq(2)).interpretation(Date.month.custom(int))
DAY = and_(gte(1), lte(31)).interpretation(Date.day.custom(int))
YEAR = and_(gte(1900), lte(2100), length_eq(4)).interpretation(Date.year.custom(int))
YEAR_WORD = rule(or_(in_caseless({"г", "гг"}), normalized("год")), DOT.optional())
YEAR_SHIFT = dictionary(set(YEAR_SHIFTS)).interpretation(Date.year_shift.custom(year_shift))
RELATIVE_YEAR = rule(YEAR_SHIFT, normalized("год"))
ANY_YEAR = or_(rule(YEAR, YEAR_WORD.optional()), RELATIVE_YEAR)

# One grammar per kind of date, each small: an Earley chart predicts every rule at every word, so
# the pipeline parses a window with the grammar of the keyword that opened it.
MONTH_DATE = or_(
    rule(DAY, DASH, and_(gte(1), lte(31)), MONTH_WORD, ANY_YEAR.optional()),  # "15–17 мая": the first day
    rule(DAY, MONTH_WORD, ANY_YEAR.optional()),
    rule(MONTH_WORD, ANY_YEAR),
    rule(in_caseless({"в", "во"}), MONTH_WORD, ANY_YEAR.optional()),  # "в октябре": the latest October
).interpretation(Date)
NUMERIC_DATE = or_(
    rule(DAY, DOT, MONTH_NUMBER, DOT, YEAR, YEAR_WORD.optional()),
    rule(YEAR, DASH, MONTH_NUMBER, DASH, DAY),
).interpretation(Date)
# an event named with its year: "на ПМЭФ-2018", "на форуме — 2019", "на выставке «Иннопром-2021»"
EVENT = dictionary({"форум", "бизнес-форум", "выставка", "саммит", "ярмарка", "иннопром", "пмэф", "вэф", "спиэф"})
YEAR_DATE = or_(
    rule(YEAR, YEAR_WORD),
    rule(in_caseless({"в"}).optional(), RELATIVE_YEAR),
    rule(EVENT, DASH, YEAR),
).interpretation(Date)
RELATIVE_DATE = or_(
    rule(dictionary(set(DAY_SHIFTS)).interpretation(Date.day_shift.normalized().custom(DAY_SHIFTS.get))),
    rule(in_caseless({"в", "во"}), dictionary(set(WEEKDAYS)).interpretation(
        Date.weekday.normalized().custom(WEEKDAYS.get))),
).interpretation(Date)
GRAMMARS = {"month": MONTH_DATE, "numeric": NUMERIC_DATE, "year": YEAR_DATE, "relative": RELATIVE_DATE}


@cache
def _parser(kind: str):
    return parser(GRAMMARS[kind])


def find_dates(text: str, kinds: tuple[str, ...] = tuple(GRAMMARS)) -> list[Match]:
    """Date expressions in ``text`` (values are yargy ``Date`` facts, see ``resolve``), the
    longest where two overlap."""
    found = [Match(m.span.start, m.span.stop, m.fact) for k in kinds for m in _parser(k).findall(text)]
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
