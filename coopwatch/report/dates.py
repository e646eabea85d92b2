"""Dates in Russian, as precisely as the sources give them — on the pages, in summaries, exports and
the terminal: "2026-02-18" is «18 февраля 2026», "2025-05" «май 2025», "2004" «2004 год», a trade
figure for ["2024-01", "2024-12"] «2024 год»; a year is never shown as its first day («1 января 2004»)
nor a month as its first («1 декабря 2024»).

A fact's *when* (``FactType.when``) is an ISO prefix ("2004", "2025-05", "2026-02-18") or a period
of months "2024-01..2024-12"; ``ru_when`` says it in Russian. Month names come from the lexicon,
inflected by pymorphy (``coopwatch.lexicon.forms``).
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

NO_DATE = "дата не указана"


@cache
def month_name(number: int, case: str = "Nom") -> str:
    """The lexicon's month ``number`` (1–12) in a case: ``month_name(2)`` → «февраль»,
    ``month_name(2, "Gen")`` → «февраля» (pymorphy's inflection); KeyError for another number."""
    from coopwatch.lexicon import numbers
    from coopwatch.lexicon.forms import inflect

    name = {n: word for word, n in numbers("months").items()}[number]
    return name if case == "Nom" else inflect(name, case)


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


def ru_date(value: Any) -> str:
    """``2026-02-18`` → «18 февраля 2026»; ``2026-02`` → «февраль 2026»; ``2004`` → «2004 год»;
    ``None`` → «дата не указана»; anything else as it is."""
    if value is None or value == "":
        return NO_DATE
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


def ru_period(start: str | None, end: str | None) -> str:
    """A period of months: ["2024-01", "2024-12"] → «2024 год»; ["2025-01", "2025-06"] → «январь —
    июнь 2025»; ["2025-05", "2025-05"] → «май 2025»; ["2022-01", "2024-12"] → «2022–2024 годы»."""
    a, b = _parts(start or ""), _parts(end or "")
    if a is None or b is None or len(a) != 2 or len(b) != 2:
        return f"{ru_date(start) if start else '…'} — {ru_date(end) if end else '…'}"
    (y1, m1), (y2, m2) = a, b
    if (m1, m2) == (1, 12):
        return f"{y1} год" if y1 == y2 else f"{y1}–{y2} годы"
    if y1 == y2:
        return month_name(m1) + f" {y1}" if m1 == m2 else f"{month_name(m1)} — {month_name(m2)} {y1}"
    return f"{month_name(m1)} {y1} — {month_name(m2)} {y2}"


def ru_when(raw: Any) -> str:
    """A fact's *when* in Russian: an ISO prefix, or a period "2024-01..2024-12"."""
    if isinstance(raw, str) and ".." in raw:
        start, _, end = raw.partition("..")
        return ru_period(start or None, end or None)
    return ru_date(raw)
