"""meeting — talks, a session of a working group or commission, a forum, between sides.

Fusion: the same thing when the kind is the same; the parties agree (hierarchy, as agreements); the
place, the session number and the date agree; and it is the same time (``rules.same_time``: a
meeting at the same named place with two of the same participants is distinctive). Fused: parties
and place as specific as any source gives them, date (a conflict when sources disagree),
participants (a conflict on different given names), the number.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from coopwatch.facttypes import Extraction, FactType, Fusion, Labels
from coopwatch.facttypes.common import DateText, PlaceId, parties_row, parties_summary, party_sides
from coopwatch.kb import merge
from coopwatch.kb.rules import (
    Canon,
    Member,
    countries,
    more_specific,
    same_place,
    same_time,
    sides_agree,
    surnames,
)
from coopwatch.models import FactBase


class MeetingFact(FactBase):
    type: Literal["meeting"] = "meeting"
    kind: Literal["talks", "working_group", "commission", "forum", "other"]
    parties: list[PlaceId]
    participants: list[str] = Field(default_factory=list)
    date: DateText = None
    place: PlaceId | None = None
    number: int | None = None


KINDS = {"talks": "переговоры", "working_group": "рабочая группа", "commission": "комиссия", "forum": "форум",
         "other": "другое"}
LABELS = Labels(
    one="Встреча", many="Встречи",
    fields={"kind": "вид", "parties": "стороны", "participants": "участники", "date": "дата", "place": "место",
            "number": "номер"},
    values={"kind": KINDS},
)


def block(data: dict[str, Any]) -> str:
    return f"meeting|{data['kind']}|{countries(data.get('parties', []))}"


def identical(c: Canon, m: Member) -> bool:
    a, b = c.data, m.data
    if not (a["kind"] == b["kind"] and sides_agree(a["parties"], b["parties"])
            and same_place(a.get("place"), b.get("place"))):
        return False
    if a.get("number") is not None and b.get("number") is not None and a["number"] != b["number"]:
        return False
    distinctive = bool(a.get("place") and b.get("place")
                       and len(surnames(a.get("participants", [])) & surnames(b.get("participants", []))) >= 2)
    return same_time(c, m, distinctive)


def fuse(members: list[Member], out: dict[str, Any]) -> list[merge.Conflict]:
    out["parties"] = merge.sides_of(members, "parties")
    found = merge.date_of(members, out, disputed=True)
    out["participants"], cs = merge.people(members, "participants")
    found += cs
    place = None
    for m in members:
        place = more_specific(place, m.data.get("place"))
    out["place"] = place
    merge.fill(members, out, "number")
    return found


TYPE = FactType(
    name="meeting",
    model=MeetingFact,
    extraction=Extraction("coopwatch.extract.meeting:extract",
                          ("places", "people", "titles", "dates", "year_ranges", "ordinals", "camps"),
                          merge="coopwatch.extract.meeting:merge_same_meeting"),
    fusion=Fusion(block, identical, fuse, event=True),
    labels=LABELS,
    summary=lambda d: parties_summary(LABELS.one, KINDS, d),
    describe=lambda d: parties_row(KINDS, "participants", d),
    sides=party_sides,
    people={"participants": "участник встречи"},
    export=("kind", "parties", "date", "number", "place", "participants"),
    colour="#e6f4e6",
)
