"""institution — a mission of one side in the other: a consulate, an embassy (office), a
representation, a trade house; opened, planned or existing.

Fusion: the same thing when kind, ``of`` and status are the same and ``in`` agrees: a consulate is
one building, named by its city or by its region ("в Казани", "в Татарстане"), so ``in`` may be one
place inside the other (``of``, the side it represents, is exact). Fused: ``in`` as specific as any
source names it, the date (a conflict when sources disagree).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field

from coopwatch.facttypes import Extraction, FactType, Fusion, Labels
from coopwatch.facttypes.common import DateText, PlaceId, short_place
from coopwatch.gazetteer.places import country_of
from coopwatch.kb import merge
from coopwatch.kb.rules import Member, more_specific, same_place
from coopwatch.kb.text import fold
from coopwatch.models import FactBase
from coopwatch.wording import in_place, place_case, ru_date

Status = Literal["opened", "planned", "exists"]
STATUSES = {"opened": "открыто", "planned": "планируется", "exists": "действует"}


class InstitutionFact(FactBase):
    type: Literal["institution"] = "institution"
    kind: Literal["consulate", "embassy", "embassy_office", "representation", "trade_house", "other"]
    of: PlaceId
    in_: PlaceId = Field(alias="in", serialization_alias="in")
    status: Status
    date: DateText = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self) -> dict[str, Any]:
        out = self.model_dump(exclude={"evidence"}, by_alias=True)
        if self.evidence is not None:
            out["evidence"] = self.evidence.text
        return out


KINDS = {"consulate": "консульство", "embassy": "посольство", "embassy_office": "отделение посольства",
         "representation": "представительство", "trade_house": "торговый дом", "other": "другое"}
LABELS = Labels(
    one="Представительство", many="Представительства",
    fields={"kind": "вид", "of": "чей", "in": "где", "status": "статус", "date": "дата"},
    values={"kind": KINDS, "status": STATUSES},
)


def block(data: dict[str, Any]) -> str:
    return f"institution|{data['kind']}|{fold(data['of'])}|{country_of(data['in'])}|{data['status']}"


def compatible(x: Member, y: Member) -> bool:
    return same_place(x.data["in"], y.data["in"])


def fuse(members: list[Member], out: dict[str, Any]) -> list[merge.Conflict]:
    found = merge.date_of(members, out, disputed=True)
    place = None
    for m in members:
        place = more_specific(place, m.data["in"])
    out["in"] = place
    return found


def summary(d: dict[str, Any]) -> str:
    """"Консульство Беларуси в Казани (действует)": the sender in the genitive, the place in the
    locative, names as people write them."""
    kind = KINDS.get(d["kind"], d["kind"])
    kind = "представительство" if kind == "другое" else kind
    return (f"{kind.capitalize()} {place_case(d['of'], 'Gen', short=True)} {in_place(d['in'], short=True)} "
            f"({STATUSES.get(d['status'], d['status'])})")


def describe(f: dict[str, Any]) -> tuple[str, str, str]:
    return (f"{short_place(f['of'])} в {short_place(f['in'])}", KINDS[f["kind"]],
            ", ".join(x for x in [STATUSES[f["status"]], ru_date(f["date"]) if f.get("date") else ""] if x))


def profile(m: Member) -> Any:
    return fold(m.data["in"])


TYPE = FactType(
    name="institution",
    model=InstitutionFact,
    extraction=Extraction("coopwatch.extract.institution:extract", ("phrases", "places", "titles", "dates", "camps"),
                          merge="coopwatch.extract.institution:merge_missions"),
    fusion=Fusion(block, compatible, fuse, profile=profile),
    labels=LABELS,
    summary=summary,
    describe=describe,
    sides=lambda d: [(d["of"], "of"), (d["in"], "in")],
    export=("kind", "of", "in", "date", "status"),
    colour="#e3f6f5",
)
