"""Merging the members of one canonical fact: the value it asserts for each field (the best
supported by sources — stories, not copies — and as specific as any member gives it) and the
conflicts, where members disagree beyond the tolerances of ``rules`` (which source says what).

Which fields a type merges how is its ``Fusion.fuse`` (``coopwatch.facttypes``); the building
blocks it uses are here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coopwatch.kb.rules import Member, dates_agree, fusion, order
from coopwatch.kb.text import fuller_name, names_compatible, split_name, surname_key


@dataclass
class Conflict:
    field: str
    label: str
    values: list[dict[str, Any]]  # [{"value": v, "facts": [fact ids]}]


# members grouped by agreeing values of one field: [(value, members)]
Classes = list[tuple[Any, list[Member]]]


def weight(members: list[Member]) -> int:
    """Sources, not copies: the number of distinct stories."""
    return len({m.story_id if m.story_id is not None else -m.document_id - 1 for m in members})


def classes(members: list[Member], key: Callable[[Member], Any], agree: Callable[[Any, Any], bool]) -> Classes:
    """Members grouped by mutually agreeing values of one field (members without it left out)."""
    out: Classes = []
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


def conflict(field_name: str, label: str, found: Classes) -> Conflict | None:
    if len(found) < 2:
        return None
    return Conflict(field_name, label, [{"value": v, "facts": sorted(m.fact_id for m in ms)}
                                        for v, ms in found])


def best(found: Classes, prefer: Callable[[Any], Any] = lambda v: 0) -> Any:
    """The value of the class with most sources (then the preferred one; a tie: the earliest
    source's, in ``rules.order``)."""
    if not found:
        return None
    earliest_first = sorted(found, key=lambda vc: min(order(m) for m in vc[1]))
    return max(earliest_first, key=lambda vc: (weight(vc[1]), prefer(vc[0])))[0]


# Classes carried forward (``Fusion.extend``): each class as [its value, its weight, its members' fact
# ids in order]. ``classes`` puts a member into the first class whose value agrees with its own, and a
# class's value is that of its first member; the first class that agrees with a member's value now is
# the one it went into (the classes formed since came after it), so new members that come after all
# those tallied join the classes as ``classes`` would put them there, and an earlier member of their
# stories (``near``) is found in its class again, which is what a new member's weight asks.
Tallied = list[list[Any]]


def tallied(found: Classes) -> Tallied:
    return [[v, weight(ms), [m.fact_id for m in ms]] for v, ms in found]


def carry(found: Tallied, new: list[Member], near: list[Member], key: Callable[[Member], Any],
          agree: Callable[[Any, Any], bool]) -> Tallied | None:
    """The classes ``classes`` forms on the members tallied and then ``new`` (in order), as ``tallied``
    gives them, from the tallied classes, the new members and the earlier members of their stories; None
    where that cannot be exact (a new member without a story: its source is its document)."""
    out = [[v, w, list(ids)] for v, w, ids in found]

    def first(v: Any) -> int | None:
        return next((i for i, c in enumerate(out) if agree(c[0], v)), None)

    told: set[tuple[int, int | None]] = set()  # (class, story) with an earlier member
    for m in near:
        v = key(m)
        if v is None or v == []:
            continue
        i = first(v)
        if i is None:  # not a member of these classes: not what was tallied
            return None
        told.add((i, m.story_id))
    for m in new:
        v = key(m)
        if v is None or v == []:
            continue
        if m.story_id is None:
            return None
        i = first(v)
        if i is None:
            out.append([v, 0, []])
            i = len(out) - 1
        out[i][2].append(m.fact_id)
        if (i, m.story_id) not in told:
            told.add((i, m.story_id))
            out[i][1] += 1
    return out


def best_tallied(found: Tallied, prefer: Callable[[Any], Any] = lambda v: 0) -> Any:
    """``best`` of tallied classes: they are in the order of their first members."""
    if not found:
        return None
    return max(found, key=lambda c: (c[1], prefer(c[0])))[0]


def tallied_conflict(field_name: str, label: str, found: Tallied,
                     value: Callable[[Any], Any] = lambda v: v) -> Conflict | None:
    """``conflict`` of tallied classes (``value``: what the conflict says of a class's value)."""
    if len(found) < 2:
        return None
    return Conflict(field_name, label, [{"value": value(v), "facts": sorted(ids)} for v, _, ids in found])


def filled(found: Any, new: list[Member], name: str) -> Any:
    """``fill`` carried forward: the field's value on the members tallied (``found``) and then ``new``."""
    if found not in (None, []):
        return found
    return next((m.data.get(name) for m in new if m.data.get(name) not in (None, [])), found)


def people(members: list[Member], field_name: str) -> tuple[list[str], list[Conflict]]:
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

        spellings = classes(ms, pick, names_compatible)
        names.append(merged_name(spellings, pick))
        c = conflict(field_name, split_name(spellings[0][0])[1], spellings)
        if c:
            found.append(c)
    return names, found


def merged_name(spellings: Classes, pick: Callable[[Member], str | None]) -> str:
    """The best supported class of spellings (a tie: the earliest source's), written as fully as any of
    its members writes it."""
    name = best(spellings)
    for rep, ms in spellings:
        if rep == name:
            for m in ms:
                n = pick(m)
                if n and names_compatible(n, name):
                    name = fuller_name(n, name)
    return name


def fill(members: list[Member], out: dict[str, Any], name: str) -> None:
    """The first non-empty value of the field among the members."""
    out[name] = next((m.data.get(name) for m in members if m.data.get(name) not in (None, [])),
                     members[0].data.get(name))


def date_of(members: list[Member], out: dict[str, Any], *, disputed: bool) -> list[Conflict]:
    """The best supported date (the most precise of its agreeing class); with ``disputed``, members
    whose dates disagree are a conflict."""
    found = classes(members, lambda m: m.data.get("date"), dates_agree)
    out["date"] = best(found, prefer=lambda v: len(v)) if found else None
    c = conflict("date", "", found) if disputed else None
    return [c] if c else []


def fuse(members: list[Member]) -> tuple[dict[str, Any], list[Conflict]]:
    """The canonical FACTS.md object for the members of one canonical fact, and its conflicts."""
    members = sorted(members, key=order)
    out: dict[str, Any] = dict(members[0].data)
    f = fusion(out["type"])
    return out, (f.fuse(members, out) if f is not None else [])
