"""Dates in Russian, as precisely as the sources give them — on the pages, in summaries, exports,
reports and the terminal: "2026-02-18" is «18 февраля 2026», "2025-05" «май 2025», "2004" «2004 год»,
a trade figure for ["2024-01", "2024-12"] «2024 год», ["2025-01", "2025-03"] «I квартал 2025»; a year
is never shown as its first day («1 января 2004») nor a month as its first («1 декабря 2024»).

A fact's *when* (``FactType.when``) is an ISO prefix ("2004", "2025-05", "2026-02-18") or a period
of months "2024-01..2024-12"; ``ru_when`` says it in Russian. Month names come from the lexicon,
inflected by pymorphy (``coopwatch.lexicon.forms``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import cache
from typing import Any

NO_DATE = "дата не указана"
NO_PERIOD = "период не указан"
ROMAN = ("I", "II", "III", "IV")
# (first month, last month) → the part of a year, with its Roman number ("I квартал")
QUARTERS = {(1 + 3 * i, 3 + 3 * i): f"{ROMAN[i]} квартал" for i in range(4)}
HALVES = {(1, 6): "I полугодие", (7, 12): "II полугодие"}


@cache
def month_name(number: int, case: str = "Nom") -> str:
    """The lexicon's month ``number`` (1–12) in a case: ``month_name(2)`` → «февраль»,
    ``month_name(2, "Gen")`` → «февраля» (pymorphy's inflection); KeyError for another number."""
    from coopwatch.lexicon import numbers
    from coopwatch.lexicon.forms import inflect

    name = {n: word for word, n in numbers("months").items()}[number]
    return name if case == "Nom" else inflect(name, case)


def month_names() -> dict[int, str]:
    """Month number → its name in the nominative («1: январь» … «12: декабрь»), for a form's select."""
    return {n: month_name(n) for n in range(1, 13)}


def ru_moment(value: datetime | None, empty: str = "—") -> str:
    """A moment as a person at the server reads it, in its local time to the minute: «18 февраля
    2026, 14:05» (the journal, documents loaded, sources crawled). A time without a zone is UTC
    (SQLite gives them back so)."""
    if value is None:
        return empty
    at = value if value.tzinfo else value.replace(tzinfo=UTC)
    local = at.astimezone()
    return f"{ru_date(local.date())}, {local:%H:%M}"


def _parts(value: str) -> list[int] | None:
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    if not 1 <= len(parts) <= 3 or len(value.split("-")[0]) != 4:
        return None
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return None
    return parts


def ru_date(value: Any, empty: str = NO_DATE) -> str:
    """``2026-02-18`` → «18 февраля 2026»; ``2026-02`` → «февраль 2026»; ``2004`` → «2004 год»;
    ``None`` → «дата не указана» (``empty``); anything else as it is."""
    if value is None or value == "":
        return empty
    if isinstance(value, date):
        return f"{value.day} {month_name(value.month, 'Gen')} {value.year}"
    parts = _parts(str(value))
    if parts is None:
        return str(value)
    if len(parts) == 3:
        return f"{parts[2]} {month_name(parts[1], 'Gen')} {parts[0]}"
    if len(parts) == 2:
        return f"{month_name(parts[1])} {parts[0]}"
    return f"{parts[0]} год"


def short_date(d: date | None) -> str:
    """«18.02.2026» — for the narrow columns of the terminal."""
    return d.strftime("%d.%m.%Y") if d else NO_DATE


def ru_period(start: str | None, end: str | None) -> str:
    """A period of months: ["2024-01", "2024-12"] → «2024 год»; ["2025-01", "2025-03"] → «I квартал
    2025»; ["2025-01", "2025-06"] → «I полугодие 2025»; ["2025-01", "2025-09"] → «январь — сентябрь
    2025»; ["2025-05", "2025-05"] → «май 2025»; ["2022-01", "2024-12"] → «2022–2024 годы»."""
    a, b = _parts(start or ""), _parts(end or "")
    if a is None or b is None or len(a) != 2 or len(b) != 2:
        return f"{ru_date(start) if start else '…'} — {ru_date(end) if end else '…'}"
    (y1, m1), (y2, m2) = a, b
    if (m1, m2) == (1, 12):
        return f"{y1} год" if y1 == y2 else f"{y1}–{y2} годы"
    if y1 == y2:
        if m1 == m2:
            return f"{month_name(m1)} {y1}"
        part = QUARTERS.get((m1, m2)) or HALVES.get((m1, m2))
        if part:
            return f"{part} {y1}"
        return f"{month_name(m1)} — {month_name(m2)} {y1}"
    return f"{month_name(m1)} {y1} — {month_name(m2)} {y2}"


def trade_period(p: list[str] | None) -> str:
    """A trade figure's period (``ru_period``); «период не указан» for none."""
    if not p or len(p) != 2:
        return NO_PERIOD
    return ru_period(p[0], p[1])


def ru_when(raw: Any) -> str:
    """A fact's *when* in Russian: an ISO prefix, or a period "2024-01..2024-12"."""
    if isinstance(raw, str) and ".." in raw:
        start, _, end = raw.partition("..")
        return ru_period(start or None, end or None)
    return ru_date(raw)


def years(start: int | None, end: int | None) -> str:
    """A document's term: «2026–2027 годы», «до 2027 года», «с 2026 года», «2026 год»."""
    if start is None and end is None:
        return "срок не указан"
    if start is None:
        return f"до {end} года"
    if end is None:
        return f"с {start} года"
    if start == end:
        return f"{start} год"
    return f"{start}–{end} годы"


def _ym(s: str) -> tuple[int, int]:
    y, m = s.split("-")[:2]
    return int(y), int(m)


def annual_year(p: list[str] | None) -> int | None:
    """The year a period covers whole (January to December of one year), else None."""
    try:
        (y1, m1), (y2, m2) = _ym(p[0]), _ym(p[1])  # type: ignore[index]
    except (ValueError, TypeError, IndexError):
        return None
    return y1 if y1 == y2 and (m1, m2) == (1, 12) else None
