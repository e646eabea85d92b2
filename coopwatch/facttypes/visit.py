"""visit — a delegation (or a head) of one side travels to the other.

Fusion: compatible when visitor and host are the same territories at the same level (an oblast's
delegation is not the country's), the dates can be one trip (``rules.same_days``) and the heads, where
both name one, have the same surname. The same trip when, besides, both have days (close ones), or
one story of copies, or the same dated agreement reported (``rules.same_occasion``), or the same
head. Fused: date (a conflict when sources disagree), the head (a conflict on different given
names), every place visited.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from coopwatch.facttypes import Extraction, FactType, Fusion, Labels
from coopwatch.facttypes.common import DateText, PlaceId, place_name, short_place
from coopwatch.kb import merge
from coopwatch.kb.rules import EVENT_WINDOW_DAYS, Member, same_days, same_occasion
from coopwatch.kb.text import fold, surname_key
from coopwatch.models import FactBase
from coopwatch.wording import person_name, ru_date


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
    return f"visit|{fold(data['visitor'])}>{fold(data['host'])}"


def _heads(a: dict[str, Any], b: dict[str, Any]) -> tuple[str, str] | None:
    if a.get("head") and b.get("head"):
        return surname_key(a["head"]), surname_key(b["head"])
    return None


def compatible(x: Member, y: Member) -> bool:
    heads = _heads(x.data, y.data)
    return (heads is None or heads[0] == heads[1]) and same_days(x, y)


def evidence(x: Member, y: Member) -> bool:
    return same_occasion(x, y) or _heads(x.data, y.data) is not None


def fuse(members: list[Member], out: dict[str, Any]) -> list[merge.Conflict]:
    found = merge.date_of(members, out, disputed=True)
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
    """"Республика Татарстан → Республика Беларусь, во главе: Рустам Минниханов, 5 марта 2025" (beside
    the type's badge «Визит»)."""
    s = f"{place_name(d['visitor'])} → {place_name(d['host'])}"
    return s + (f", во главе: {person_name(d['head'])}" if d.get("head") else "") \
        + (f", {ru_date(d['date'])}" if d.get("date") else "")


def describe(f: dict[str, Any]) -> tuple[str, str, str]:
    return (f"{short_place(f['visitor'])} → {short_place(f['host'])}", "визит",
            ", ".join(x for x in [person_name(f["head"]) if f.get("head") else "",
                                  ru_date(f["date"]) if f.get("date") else ""] if x))


def profile(m: Member) -> Any:
    d = m.data
    return (d.get("head") and surname_key(d["head"]), d.get("date"), None if d.get("date") else m.published,
            m.story_id, tuple(sorted(m.occasions)))


TYPE = FactType(
    name="visit",
    model=VisitFact,
    extraction=Extraction("coopwatch.extract.visit:extract", ("places", "people", "titles", "dates", "year_ranges", "camps"),
                          merge="coopwatch.extract.visit:merge_same_trip"),
    fusion=Fusion(block, compatible, fuse, evidence=evidence, event=True, profile=profile,
                  reach=EVENT_WINDOW_DAYS),
    labels=LABELS,
    summary=summary,
    describe=describe,
    sides=lambda d: [(d["visitor"], "visitor"), (d["host"], "host")],
    people={"head": "глава делегации"},
    export=("visitor", "host", "date", "head"),
    colour="#fdf1dc",
)
