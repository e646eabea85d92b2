"""Merging the members of one canonical fact: the value it asserts for each field (the best
supported by sources — stories, not copies — and as specific as any member gives it) and the
conflicts, where members disagree beyond the tolerances of ``rules`` (which source says what)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coopwatch.kb.rules import (
    EVENTS,
    GROWTH_TOLERANCE,
    Member,
    amounts_agree,
    dates_agree,
    more_specific,
    specific_sides,
)
from coopwatch.kb.text import fold, fuller_name, names_compatible, split_name, surname_key


@dataclass
class Conflict:
    field: str
    label: str
    values: list[dict[str, Any]]  # [{"value": v, "facts": [fact ids]}]


def _weight(members: list[Member]) -> int:
    """Sources, not copies: the number of distinct stories."""
    return len({m.story_id if m.story_id is not None else -m.fact_id for m in members})


def _classes(members: list[Member], key: Callable[[Member], Any],
             agree: Callable[[Any, Any], bool]) -> list[tuple[Any, list[Member]]]:
    """Members grouped by mutually agreeing values of one field (members without it left out)."""
    out: list[tuple[Any, list[Member]]] = []
    for m in members:
        v = key(m)
        if v is None or v == []:
            continue
        for i, (rep, ms) in enumerate(out):
            if agree(rep, v):
                ms.append(m)
                out[i] = (rep, ms)
                break
        else:
            out.append((v, [m]))
    return out


def _conflict(field_name: str, label: str, classes: list[tuple[Any, list[Member]]]) -> Conflict | None:
    if len(classes) < 2:
        return None
    return Conflict(field_name, label, [{"value": v, "facts": sorted(m.fact_id for m in ms)}
                                        for v, ms in classes])


def _best(classes: list[tuple[Any, list[Member]]], prefer: Callable[[Any], Any] = lambda v: 0) -> Any:
    if not classes:
        return None
    return max(classes, key=lambda vc: (_weight(vc[1]), prefer(vc[0]), -min(m.fact_id for m in vc[1])))[0]


def _people(members: list[Member], field_name: str) -> tuple[list[str], list[Conflict]]:
    """Union of the named people by surname; a conflict where given names differ."""
    by_surname: dict[str, list[Member]] = {}
    order: list[str] = []
    for m in members:
        for name in m.data.get(field_name) or []:
            k = surname_key(name)
            if k not in by_surname:
                by_surname[k] = []
                order.append(k)
            if m not in by_surname[k]:
                by_surname[k].append(m)
    names, found = [], []
    for k in order:
        ms = by_surname[k]

        def pick(m: Member, k: str = k) -> str | None:
            return next((n for n in m.data.get(field_name) or [] if surname_key(n) == k), None)

        classes = _classes(ms, pick, names_compatible)
        names.append(_merged_name(classes, pick))
        c = _conflict(field_name, split_name(classes[0][0])[1], classes)
        if c:
            found.append(c)
    return names, found


def _merged_name(classes: list[tuple[Any, list[Member]]], pick: Callable[[Member], str | None]) -> str:
    """The best supported class of spellings (a tie: the earliest source's), written as fully as any of
    its members writes it."""
    best = _best(classes)
    for rep, ms in classes:
        if rep == best:
            for m in ms:
                n = pick(m)
                if n and names_compatible(n, best):
                    best = fuller_name(n, best)
    return best


def fuse(members: list[Member]) -> tuple[dict[str, Any], list[Conflict]]:
    """The canonical FACTS.md object for the members of one canonical fact, and its conflicts."""
    members = sorted(members, key=lambda m: m.fact_id)
    first = dict(members[0].data)
    t = first["type"]
    out: dict[str, Any] = dict(first)
    found: list[Conflict] = []

    def fill(name: str) -> None:  # the first non-empty value
        out[name] = next((m.data.get(name) for m in members if m.data.get(name) not in (None, [])),
                         first.get(name))

    if t in ("agreement", "meeting"):
        parties = first["parties"]
        for m in members[1:]:
            parties = specific_sides(parties, m.data["parties"])
        out["parties"] = parties
    if t in ("agreement", "meeting", "visit", "institution"):
        classes = _classes(members, lambda m: m.data.get("date"), dates_agree)
        if t in EVENTS or t == "institution":
            c = _conflict("date", "", classes)
            if c:
                found.append(c)
        out["date"] = _best(classes, prefer=lambda v: len(v)) if classes else None
        if t == "agreement" and len(classes) == 1:
            out["date"] = max((m.data.get("date") or "" for m in members), key=len) or None
    if t == "agreement":
        period = None
        for m in members:
            p = m.data.get("period")
            if p:
                period = [x if x is not None else y for x, y in zip(p, period or [None] * len(p), strict=False)]
        out["period"] = period
        out["signatories"], cs = _people(members, "signatories")
        found += cs
        orgs: list[str] = []
        for m in members:
            orgs += [o for o in m.data.get("orgs") or [] if o not in orgs]
        if orgs or "orgs" in out:
            out["orgs"] = orgs
    if t == "meeting":
        out["participants"], cs = _people(members, "participants")
        found += cs
        place = None
        for m in members:
            place = more_specific(place, m.data.get("place"))
        out["place"] = place
        fill("number")
    if t == "visit":
        for f in ("visitor", "host"):
            v = None
            for m in members:
                v = more_specific(v, m.data[f])
            out[f] = v
        heads, cs = _people([Member(m.fact_id, {"head": [m.data["head"]] if m.data.get("head") else []},
                                    m.document_id, m.story_id) for m in members], "head")
        out["head"] = heads[0] if heads else None
        found += [Conflict("head", c.label, c.values) for c in cs]
        places: list[str] = []
        for m in members:
            places += [p for p in m.data.get("places") or [] if p not in places]
        out["places"] = places
    if t == "trade":
        classes = _classes(members, lambda m: (m.data.get("value"), bool(m.data.get("approx"))),
                           lambda a, b: amounts_agree(a[0], b[0], a[1] or b[1]))
        best = _best(classes, prefer=lambda v: not v[1])
        out["value"], out["approx"] = best if best else (None, bool(first.get("approx")))
        c = _conflict("value", "", [({"value": v[0], "approx": v[1]}, ms) for v, ms in classes])
        if c:
            found.append(c)
        g = _classes(members, lambda m: m.data.get("growth_pct"), lambda a, b: abs(a - b) <= GROWTH_TOLERANCE)
        out["growth_pct"] = _best(g)
        c = _conflict("growth_pct", "", g)
        if c:
            found.append(c)
        fill("currency")
        fill("period")
    if t == "target":
        fill("currency")
        fill("year")
        g = _classes(members, lambda m: m.data.get("value_min"), lambda a, b: amounts_agree(a, b, True))
        out["value_min"] = _best(g)
        c = _conflict("value_min", "", g)
        if c:
            found.append(c)
    if t == "institution":
        place = None
        for m in members:
            place = more_specific(place, m.data["in"])
        out["in"] = place
    if t == "transport":
        between = first["between"]
        for m in members[1:]:
            between = specific_sides(between, m.data["between"])
        out["between"] = between
    if t == "role":
        classes = _classes(members, lambda m: m.data["person"], names_compatible)
        out["person"] = _merged_name(classes, lambda m: m.data["person"])
        c = _conflict("person", split_name(classes[0][0])[1], classes)
        if c:
            found.append(c)
        titles = _classes(members, lambda m: m.data["title"], lambda a, b: fold(a) == fold(b))
        out["title"] = _best(titles, prefer=lambda v: len(v))
    return out, found
