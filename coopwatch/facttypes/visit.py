"""visit — a delegation (or a head) of one side travels to the other.

Fusion: the same thing when visitor and host agree (one exactly, the other in its hierarchy), the
dates agree and it is the same time (``rules.same_time``: a visit led by the same person is
distinctive). Fused: visitor and host as specific as any source names them, date (a conflict when
sources disagree), the head (a conflict on different given names), every place visited.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from coopwatch.facttypes import Extraction, FactType, Fusion, Labels
from coopwatch.facttypes.common import DateText, PlaceId, place_name, short_place
from coopwatch.gazetteer.places import country_of
from coopwatch.kb import merge
from coopwatch.kb.rules import Canon, Member, more_specific, same_place, same_time, sides_agree
from coopwatch.kb.text import surname_key
from coopwatch.models import FactBase


class VisitFact(FactBase):
    type: Literal["visit"] = "visit"
    visitor: PlaceId
    host: PlaceId
    head: str | None = None
    date: DateText = None
    places: list[PlaceId] = Field(default_factory=list)


LABELS = Labels(
    one="Визит", many="Визиты",
    fields={"visitor": "кто приехал", "host": "принимающая сторона", "head": "глава делегации", "date": "дата",
            "places": "посещённые места"},
)


def block(data: dict[str, Any]) -> str:
    return f"visit|{country_of(data['visitor'])}>{country_of(data['host'])}"


def identical(c: Canon, m: Member) -> bool:
    a, b = c.data, m.data
    if not sides_agree([a["visitor"], a["host"]], [b["visitor"], b["host"]]) or \
            not (same_place(a["visitor"], b["visitor"]) and same_place(a["host"], b["host"])):
        return False
    distinctive = bool(a.get("head") and b.get("head") and surname_key(a["head"]) == surname_key(b["head"]))
    return same_time(c, m, distinctive)


def fuse(members: list[Member], out: dict[str, Any]) -> list[merge.Conflict]:
    found = merge.date_of(members, out, disputed=True)
    for f in ("visitor", "host"):
        v = None
        for m in members:
            v = more_specific(v, m.data[f])
        out[f] = v
    heads, cs = merge.people([Member(m.fact_id, {"head": [m.data["head"]] if m.data.get("head") else []},
                                     m.document_id, m.story_id) for m in members], "head")
    out["head"] = heads[0] if heads else None
    found += [merge.Conflict("head", c.label, c.values) for c in cs]
    places: list[str] = []
    for m in members:
        places += [p for p in m.data.get("places") or [] if p not in places]
    out["places"] = places
    return found


def summary(d: dict[str, Any]) -> str:
    s = f"{LABELS.one}: {place_name(d['visitor'])} → {place_name(d['host'])}"
    return s + (f", во главе: {d['head']}" if d.get("head") else "") + (f", {d['date']}" if d.get("date") else "")


def describe(f: dict[str, Any]) -> tuple[str, str, str]:
    return (f"{short_place(f['visitor'])} → {short_place(f['host'])}", "визит",
            ", ".join(x for x in [f.get("head") or "", f.get("date") or ""] if x))


TYPE = FactType(
    name="visit",
    model=VisitFact,
    extraction=Extraction("coopwatch.extract.visit:extract", ("places", "people", "titles", "dates", "year_ranges", "camps"),
                          merge="coopwatch.extract.visit:merge_same_trip"),
    fusion=Fusion(block, identical, fuse, event=True),
    labels=LABELS,
    summary=summary,
    describe=describe,
    sides=lambda d: [(d["visitor"], "visitor"), (d["host"], "host")],
    people={"head": "глава делегации"},
    export=("visitor", "host", "date", "head"),
    colour="#fdf1dc",
)
