"""What the types' summaries and table rows share: place names, amounts, periods, the lines of the
types whose sides are a list of parties."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from coopwatch.gazetteer.places import gazetteer
from coopwatch.kb.text import fold
from coopwatch.report.dates import ru_date

PlaceId = str  # "RU-TA", "BY-HM", "RU-TA/Казань" — see gazetteer.places


def place_name(place_id: str | None) -> str:
    """The full name, for summaries ("?" for none)."""
    return gazetteer().name(place_id) if place_id else "?"


def short_place(place_id: str | None) -> str:
    """The short name, for the terminal table ("—" for none)."""
    if not place_id:
        return "—"
    p = gazetteer().get(place_id)
    return p.short_name if p is not None else place_id.rsplit("/", 1)[-1]


def places(ids: list[str] | None, name: Callable[[str | None], str] = place_name) -> str:
    return " — ".join(name(p) for p in ids or [])


def money(v: float | None, cur: str | None) -> str:
    """An amount for summaries: "743 млн USD", "—" for none."""
    if v is None:
        return "—"
    for div, word in ((1e9, "млрд"), (1e6, "млн"), (1e3, "тыс.")):
        if abs(v) >= div:
            return f"{v / div:.4g} {word} {cur or ''}".strip()
    return f"{v:g} {cur or ''}".strip()


def table_money(value: float | None, currency: str | None) -> str:
    """An amount for the terminal table: "742,6 млн USD", "" for none."""
    if value is None:
        return ""
    for div, word in ((1e9, "млрд"), (1e6, "млн"), (1e3, "тыс.")):
        if abs(value) >= div:
            return f"{value / div:.4g} {word} {currency or ''}".strip().replace(".", ",", 1)
    return f"{value:.0f} {currency or ''}".strip()


def table_period(p: list | None) -> str:
    if not p:
        return ""
    a, b = p
    return f"{a or '…'}–{b or '…'}"


def party_key(parties: list[str], *, ordered: bool) -> str:
    """Parties as an exact key: in their order, or as a set."""
    return ">".join(fold(p) for p in (parties if ordered else sorted(parties, key=fold)))


def party_sides(data: dict[str, Any], field: str = "parties", role: str = "party") -> list[tuple[str, str]]:
    return [(p, role) for p in data.get(field) or []]


def parties_summary(head: str, kinds: Mapping[str, str], d: dict[str, Any]) -> str:
    """"Соглашение (план): Татарстан — Минская область, 2026–2027, 2025-03-12"."""
    s = f"{head} ({kinds.get(d['kind'], d['kind'])}): " + places(d.get("parties"))
    if d.get("period"):
        s += ", " + "–".join("…" if x is None else str(x) for x in d["period"])
    if d.get("date"):
        s += f", {ru_date(d['date'])}"
    return s


def parties_row(kinds: Mapping[str, str], people_field: str, f: dict[str, Any]) -> tuple[str, str, str]:
    """The terminal table's row of an agreement or a meeting."""
    people = f.get(people_field) or []
    details = ", ".join(x for x in [ru_date(f["date"]) if f.get("date") else "", table_period(f.get("period")),
                                    ", ".join(people)] if x)
    return places(f["parties"], short_place), kinds.get(f["kind"], f["kind"]), details
