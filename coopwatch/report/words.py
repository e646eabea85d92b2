"""The report's own wording — note numbers joined into runs — and, for the report's modules, the
project's Russian wording (``coopwatch.wording``: numerals, dates, money, place names)."""

from __future__ import annotations

from coopwatch.wording import (  # noqa: F401 - what the report modules import from here
    CURRENCIES,
    NBSP,
    THIN,
    agree,
    annual_year,
    count,
    level_phrase,
    money,
    number,
    percent,
    person_name,
    place_name,
    places,
    ru_date,
    short_date,
    title_text,
    trade_period,
    years,
)


def refs_text(numbers_: list[int]) -> str:
    """Note numbers with runs joined: [1, 2, 3, 7] → "1–3, 7"."""
    out: list[str] = []
    run: list[int] = []
    for n in sorted(set(numbers_)):
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            out.append(f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)))
        run = [n]
    if run:
        out.append(f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)))
    return ", ".join(out)
