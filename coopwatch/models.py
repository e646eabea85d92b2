"""Documents and facts: the data every stage of coopwatch hands to the next.

Facts serialise exactly to the contract in ``shared/schema/FACTS.md``: one pydantic model per
fact type, discriminated by ``type``. ``Fact.to_json()`` gives the contract's dict (evidence as
the sentence text); the evidence offsets stay available to the knowledge base and the web UI.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

PlaceId = str  # "RU-TA", "BY-HM", "RU-TA/Казань" — see gazetteer.places


class Document(BaseModel):
    """One input text, as read by ``coopwatch.ingest``."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    url: str | None = None
    published: date | None = None
    source: str | None = None  # the path or URL it was read from
    meta: dict[str, Any] = Field(default_factory=dict)


class Evidence(BaseModel):
    """Where a fact was read: character offsets into ``Document.text`` and the sentence(s)."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str


class _Fact(BaseModel):
    model_config = ConfigDict(extra="forbid")

    evidence: Evidence | None = None

    def to_json(self) -> dict[str, Any]:
        """The FACTS.md object: every contract field, evidence as plain text."""
        out = self.model_dump(exclude={"evidence"})
        if out.get("orgs") == []:
            del out["orgs"]
        if self.evidence is not None:
            out["evidence"] = self.evidence.text
        return out

    def key(self) -> tuple:
        """Identity of the fact inside one document, used to drop duplicates."""
        data = self.model_dump(exclude={"evidence"})
        return tuple(sorted((k, _freeze(v)) for k, v in data.items()))


def _freeze(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


class AgreementFact(_Fact):
    type: Literal["agreement"] = "agreement"
    kind: Literal["agreement", "plan", "protocol", "memorandum", "contract", "roadmap",
                  "declaration", "twinning", "other"]
    parties: list[PlaceId]
    orgs: list[str] = Field(default_factory=list)
    date: str | None = None
    period: list[int | None] | None = None
    signatories: list[str] = Field(default_factory=list)


class MeetingFact(_Fact):
    type: Literal["meeting"] = "meeting"
    kind: Literal["talks", "working_group", "commission", "forum", "other"]
    parties: list[PlaceId]
    participants: list[str] = Field(default_factory=list)
    date: str | None = None
    place: PlaceId | None = None
    number: int | None = None


class VisitFact(_Fact):
    type: Literal["visit"] = "visit"
    visitor: PlaceId
    host: PlaceId
    head: str | None = None
    date: str | None = None
    places: list[PlaceId] = Field(default_factory=list)


class TradeFact(_Fact):
    type: Literal["trade"] = "trade"
    parties: list[PlaceId]
    metric: Literal["turnover", "export", "import"]
    period: list[str] | None = None
    value: float | None = None
    currency: str | None = None
    approx: bool = False
    growth_pct: float | None = None


class TargetFact(_Fact):
    type: Literal["target"] = "target"
    parties: list[PlaceId]
    metric: Literal["turnover", "export", "import"] = "turnover"
    value_min: float | None = None
    value_max: float | None = None
    currency: str | None = None
    year: int | None = None


class InstitutionFact(_Fact):
    type: Literal["institution"] = "institution"
    kind: Literal["consulate", "embassy", "embassy_office", "representation", "trade_house", "other"]
    of: PlaceId
    in_: PlaceId = Field(alias="in", serialization_alias="in")
    status: Literal["opened", "planned", "exists"]
    date: str | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self) -> dict[str, Any]:
        out = self.model_dump(exclude={"evidence"}, by_alias=True)
        if self.evidence is not None:
            out["evidence"] = self.evidence.text
        return out


class TransportFact(_Fact):
    type: Literal["transport"] = "transport"
    mode: Literal["air", "rail", "road", "water"]
    between: list[PlaceId]
    status: Literal["exists", "opened", "planned"]


class RoleFact(_Fact):
    type: Literal["role"] = "role"
    person: str
    title: str
    of: str  # a place ID or an organisation's name


Fact = Annotated[
    AgreementFact | MeetingFact | VisitFact | TradeFact | TargetFact | InstitutionFact | TransportFact | RoleFact,
    Field(discriminator="type"),
]
FACT_TYPES = ("agreement", "meeting", "visit", "trade", "target", "institution", "transport", "role")

_fact_adapter: TypeAdapter = TypeAdapter(Fact)


def fact_from_json(data: dict[str, Any]) -> _Fact:
    """Parse one FACTS.md fact object (evidence given as text keeps no offsets)."""
    data = dict(data)
    ev = data.pop("evidence", None)
    fact = _fact_adapter.validate_python(data)
    if isinstance(ev, str):
        fact.evidence = Evidence(start=-1, end=-1, text=ev)
    elif isinstance(ev, dict):
        fact.evidence = Evidence(**ev)
    return fact


class DocumentFacts(BaseModel):
    """The extraction result for one document: one line of the JSON Lines output."""

    doc: str
    published: date | None = None
    facts: list[Fact] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "published": self.published.isoformat() if self.published else None,
            "facts": [f.to_json() for f in self.facts],
        }
