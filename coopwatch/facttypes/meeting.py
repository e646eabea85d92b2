"""meeting — talks, a session of a working group or commission, a forum, between sides.

Fusion: compatible when the kind is the same; the parties are the same territories at the same
level; the venue agrees (one inside the other), the session numbers are equal where both give one,
and the dates can be one event (``rules.same_days``: the 2022 and the 2023 session are two). The
same meeting when, besides, there is evidence: both have days (close ones), or one story of copies,
or the same dated agreement reported (``rules.same_occasion``), or the same session number, or a
session of a standing body (commission, working group, forum) in the same month, or the same named
venue with two of the same participants. Fused: the venue as specific as any source
gives it, date (a conflict when sources disagree), participants (a conflict on different given
names), the number.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from coopwatch.facttypes import Extraction, FactType, Fusion, Labels
from coopwatch.facttypes.common import DateText, PlaceId, parties_row, parties_summary, party_key, party_sides
from coopwatch.kb import merge
from coopwatch.kb.rules import (
    EVENT_WINDOW_DAYS,
    Member,
    more_specific,
    same_days,
    same_occasion,
    same_place,
    surnames,
    surnames_key,
)
from coopwatch.kb.text import fold
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
    return f"meeting|{data['kind']}|{party_key(data.get('parties', []), ordered=False)}"


def compatible(x: Member, y: Member) -> bool:
    a, b = x.data, y.data
    if a.get("number") is not None and b.get("number") is not None and a["number"] != b["number"]:
        return False
    return same_place(a.get("place"), b.get("place")) and same_days(x, y)


def evidence(x: Member, y: Member) -> bool:
    a, b = x.data, y.data
    if same_occasion(x, y) or (a.get("number") is not None and a.get("number") == b.get("number")):
        return True
    if a["kind"] != "talks" and len(a.get("date") or "") >= 7 and len(b.get("date") or "") >= 7:
        return True  # a standing body's sessions in the same month (same_days: the dates agree)
    return bool(a.get("place") and b.get("place")
                and len(surnames(a.get("participants", [])) & surnames(b.get("participants", []))) >= 2)


def fuse(members: list[Member], out: dict[str, Any]) -> list[merge.Conflict]:
    found = merge.date_of(members, out, disputed=True)
    out["participants"], cs = merge.people(members, "participants")
    found += cs
    place = None
    for m in members:
        place = more_specific(place, m.data.get("place"))
    out["place"] = place
    merge.fill(members, out, "number")
    return found


def profile(m: Member) -> Any:
    d = m.data
    return (d.get("number"), d.get("place") and fold(d["place"]), d.get("date"), None if d.get("date") else m.published,
            m.story_id, tuple(sorted(m.occasions)), surnames_key(d.get("participants")))


TYPE = FactType(
    name="meeting",
    model=MeetingFact,
    extraction=Extraction("coopwatch.extract.meeting:extract",
                          ("places", "people", "titles", "dates", "year_ranges", "ordinals", "camps"),
                          merge="coopwatch.extract.meeting:merge_same_meeting"),
    fusion=Fusion(block, compatible, fuse, evidence=evidence, event=True, profile=profile,
                  reach=EVENT_WINDOW_DAYS),
    labels=LABELS,
    summary=lambda d: parties_summary(LABELS.one, KINDS, d),
    describe=lambda d: parties_row(KINDS, "participants", d),
    sides=party_sides,
    people={"participants": "участник встречи"},
    export=("kind", "parties", "date", "number", "place", "participants"),
    colour="#e6f4e6",
)
