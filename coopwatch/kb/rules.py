"""Fusion: when two extracted facts describe the same real thing. Pure functions over FACTS.md
dicts. Each fact type's own rules (its block, identity and what its canonical fact asserts) are in
its module of ``coopwatch.facttypes`` (``FactType.fusion``, with a table row in the module's
docstring); here are the comparisons they share and the dispatch by type. ``merge`` says what the
canonical fact asserts and where its sources disagree, ``fuse`` applies both to the database.

Same time, for events (meetings, visits: ``Fusion.event``): a fact's day is its date when the text
gives the day, else its document's publication date. Two facts with days are the same event when
the days are at most ``EVENT_WINDOW_DAYS`` apart. Without a day on one side, they are the same
event only when their documents report the same occasion (one story of copies, or the same dated
agreement: see ``occasions_of``) or when the fact itself is distinctive: a meeting at the same
named place with at least two of the same participants, a visit led by the same person.

Values: two exact amounts agree within ``EXACT_TOLERANCE`` (rounding: "742,6 млн" ~ "743 млн");
when either is approximate ("почти", "около") within ``APPROX_TOLERANCE``. So "около 483 млн" and
"483 млн" agree, while "743 млн" and "почти 750 млн" (0.9 % apart) are a conflict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from coopwatch import facttypes
from coopwatch.gazetteer.places import contains, country_of
from coopwatch.kb.text import fold, surname_key
from coopwatch.lexicon import L

EXACT_TOLERANCE = 0.001
APPROX_TOLERANCE = 0.005
TARGET_TOLERANCE = 0.005
GROWTH_TOLERANCE = 0.5
EVENT_WINDOW_DAYS = 7


@dataclass
class Member:
    """One extracted fact with what fusion needs to know about its document."""

    fact_id: int
    data: dict[str, Any]
    document_id: int = 0
    story_id: int | None = None
    published: date | None = None
    occasions: set[str] = field(default_factory=set)  # see ``occasions_of``

    @property
    def day(self) -> date | None:
        """The day it happened (events) or was reported."""
        d = full_date(self.data.get("date"))
        return d or self.published


@dataclass
class Canon:
    """A canonical fact as candidates see it: fused data and its members' stories and days."""

    id: int
    data: dict[str, Any]
    stories: set[int] = field(default_factory=set)
    days: set[date] = field(default_factory=set)
    occasions: set[str] = field(default_factory=set)


# --- small comparisons --------------------------------------------------------------------------

def full_date(value: Any) -> date | None:
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def dates_agree(a: str | None, b: str | None) -> bool:
    """"2019" agrees with "2019-12-12"; null agrees with anything."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def same_place(a: str | None, b: str | None) -> bool:
    """One place lies inside the other (``BY`` ~ ``BY-MI`` ~ ``BY-MI/Борисов``); null agrees."""
    if not a or not b:
        return True
    a, b = fold(a), fold(b)
    return contains(a, b) or contains(b, a)


def sides_agree(xs: list[str] | None, ys: list[str] | None) -> bool:
    """Two lists of sides name the same territories, each at any level of its hierarchy, and at
    least one side exactly (Татарстан–Беларусь ~ Татарстан–Минская область, but Россия–Беларусь is
    not every pair of their regions)."""
    xs, ys = list(xs or []), list(ys or [])
    if len(xs) != len(ys) or not {fold(x) for x in xs} & {fold(y) for y in ys}:
        return False
    remaining = list(ys)
    for x in sorted(xs, key=lambda p: -p.count("/") - p.count("-")):
        hit = next((y for y in remaining if fold(x) == fold(y)), None) or \
            next((y for y in remaining if same_place(x, y)), None)
        if hit is None:
            return False
        remaining.remove(hit)
    return True


def more_specific(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    return b if len(b) > len(a) and same_place(a, b) else a


def specific_sides(xs: list[str], ys: list[str]) -> list[str]:
    """Sides of ``xs`` replaced by their more specific counterparts in ``ys`` (same order)."""
    out, remaining = [], list(ys)
    for x in xs:
        hit = next((y for y in remaining if same_place(x, y)), None)
        if hit is not None:
            remaining.remove(hit)
        out.append(more_specific(x, hit) if hit else x)
    return out


def period_agrees(a: list | None, b: list | None) -> bool:
    if not a or not b:
        return True
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=False))


def amounts_agree(a: float | None, b: float | None, approx: bool) -> bool:
    if a is None or b is None:
        return True
    tol = APPROX_TOLERANCE if approx else EXACT_TOLERANCE
    return abs(a - b) <= tol * max(abs(a), abs(b))


def titles_agree(a: str, b: str) -> bool:
    wa, wb = set(fold(a).split()), set(fold(b).split())
    if wa & wb:
        return True
    return bool(wa & L.head_titles and wb & L.head_titles)


def surnames(names: Iterable[str]) -> set[str]:
    return {surname_key(n) for n in names if n}


def countries(ids: Iterable[str]) -> str:
    return "~".join(sorted({country_of(i) for i in ids if i}))


def same_time(c: Canon, m: Member, distinctive: bool) -> bool:
    if not dates_agree(c.data.get("date"), m.data.get("date")):
        return False
    day = m.day
    if day is not None and c.days:
        return any(abs((day - d).days) <= EVENT_WINDOW_DAYS for d in c.days)
    return bool(m.occasions & c.occasions) or distinctive


def occasions_of(story_id: int | None, agreements: list[tuple[int, dict[str, Any]]]) -> set[str]:
    """What a document reports, as far as it pins down one occasion: its story (copies of one
    release), and every dated agreement it reports (a plan for 2026–2027, a memorandum signed on
    a given day): two reports of the same signing describe the same talks and the same visit."""
    out = {f"s{story_id}"} if story_id is not None else set()
    for cid, d in agreements:
        period = d.get("period") or []
        if full_date(d.get("date")) or (len(period) == 2 and None not in period):
            out.add(f"a{cid}")
    return out


def score(c: Canon, m: Member) -> int:
    """Among several identical candidates, the one sharing most field values wins."""
    return sum(1 for k, v in m.data.items() if v not in (None, [], "") and c.data.get(k) == v)


# --- dispatch to the types' rules -------------------------------------------------------------

def fusion(type_name: str) -> facttypes.Fusion | None:
    ft = facttypes.find(type_name)
    return ft.fusion if ft is not None else None


def is_event(type_name: str) -> bool:
    f = fusion(type_name)
    return f is not None and f.event


def pins_occasion(type_name: str) -> bool:
    f = fusion(type_name)
    return f is not None and f.occasion


def block(data: dict[str, Any]) -> str:
    """Facts can only fuse inside one block: a coarse, exact key (type, kind, countries…)."""
    f = fusion(data["type"])
    return f.block(data) if f is not None else f"{data['type']}|"


def key(data: dict[str, Any]) -> str | None:
    """A narrower key inside the block, for finding candidates fast (a trade figure's period, a
    plan's full period, a target's year). None: no narrowing (a fact without the key may fuse with
    any fact of the block)."""
    f = fusion(data["type"])
    return f.key(data) if f is not None else None


def identical(c: Canon, m: Member) -> bool:
    """Whether ``m`` describes the same real thing as the canonical fact ``c``."""
    if c.data["type"] != m.data["type"]:
        return False
    f = fusion(m.data["type"])
    return f is not None and f.identical(c, m)


def sides(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(place ID, role) of every territorial side of a fact."""
    ft = facttypes.find(data["type"])
    return ft.sides(data) if ft is not None else []


def people_named(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, field) of every person a fact names."""
    ft = facttypes.find(data["type"])
    out: list[tuple[str, str]] = []
    for f in ft.people if ft is not None else ():
        value = data.get(f)
        names = value if isinstance(value, list) else [value]
        out += [(n, f) for n in names if n]
    return out


def orgs_named(data: dict[str, Any]) -> list[str]:
    ft = facttypes.find(data["type"])
    return ft.orgs(data) if ft is not None else []


def canonical_day(data: dict[str, Any], members: list[Member]) -> date | None:
    """The day a timeline sorts the canonical fact by."""
    f = fusion(data["type"])
    raw = f.day(data) if f is not None else data.get("date")
    if isinstance(raw, str) and raw[:4].isdigit():
        parts = raw.split("-")
        try:
            return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
        except ValueError:
            pass
    days = [m.published for m in members if m.published]
    return min(days) if days else None
