"""The report's own wording: note numbers joined into runs. Numerals, dates, money and place names are the
project's (``coopwatch.wording``)."""

from __future__ import annotations


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
