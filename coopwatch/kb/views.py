"""Typed values the read API (``coopwatch.kb.query``) returns: plain dataclasses, JSON-ready
through ``dataclasses.asdict``, with Russian one-line summaries for people to read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from coopwatch import facttypes
from coopwatch.gazetteer.places import gazetteer

T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    items: list[T]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass
class PlaceRef:
    id: str
    name: str
    level: str


@dataclass
class Source:
    """One document supporting a canonical fact, and the sentence it says it in."""

    fact_id: int
    document_id: int
    name: str
    outlet: str | None
    url: str | None
    published: date | None
    story_id: int | None
    evidence: str | None
    start: int | None
    end: int | None


@dataclass
class ConflictValue:
    value: Any
    fact_ids: list[int]
    documents: list[int]


@dataclass
class Conflict:
    field: str
    label: str  # the surname, for a conflict inside a list of people
    values: list[ConflictValue]
    resolved: bool  # a curator corrected the field


@dataclass
class FactView:
    """A canonical fact: what the knowledge base asserts, from which sources, where they disagree."""

    id: int
    type: str
    data: dict[str, Any]  # FACTS.md object, curator's corrections applied
    status: str  # auto | confirmed | rejected
    corrected: dict[str, Any] | None
    day: date | None
    n_documents: int
    n_sources: int  # stories, not copies
    n_conflicts: int  # unresolved
    summary: str
    sources: list[Source] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    # when it happened, as precisely as the sources say ("2004", "2025-05", "2024-01..2024-12"; None:
    # the fact gives no date, and ``day`` is when it was first reported); ``coopwatch.report.dates``
    when: str | None = None


@dataclass
class TradePoint:
    fact_id: int
    metric: str
    parties: list[str]
    period: list[str] | None
    value: float | None
    currency: str | None
    approx: bool
    growth_pct: float | None
    n_sources: int
    disputed: bool


@dataclass
class TargetPoint:
    fact_id: int
    metric: str
    parties: list[str]
    value_min: float | None
    value_max: float | None
    currency: str | None
    year: int | None
    n_sources: int


@dataclass
class Position:
    fact_id: int
    title: str
    of: str
    of_name: str
    first_seen: date | None
    last_seen: date | None
    n_sources: int


@dataclass
class PersonBrief:
    id: int
    name: str
    positions: list[Position] = field(default_factory=list)


@dataclass
class PersonView:
    id: int
    name: str
    names: list[str]
    merged_from: list[int]
    positions: list[Position]
    facts: list[FactView]


@dataclass
class Organisation:
    id: int
    name: str
    aliases: list[str]


@dataclass
class PairView:
    a: PlaceRef
    b: PlaceRef
    n_facts: int  # all canonical facts of the pair; the lists below hold the latest ``limit`` of each
    timeline: list[FactView]  # oldest first (undated last); sources filled in for disputed facts only
    # (query.fact(id) gives every source; query.facts(kb, FactFilter(pair=(a, b)), page) every fact)
    trade: list[TradePoint]
    targets: list[TargetPoint]
    agreements: list[FactView]
    people: list[PersonBrief]
    conflicts: list[FactView]


@dataclass
class Partner:
    place: PlaceRef
    n_facts: int
    n_sources: int
    by_type: dict[str, int]


@dataclass
class PlaceView:
    place: PlaceRef
    lineage: list[PlaceRef]  # parents, nearest first
    children: list[tuple[PlaceRef, int]]  # places inside it that have facts, with their counts
    n_facts: int  # its own and its children's (roll-up)
    by_type: dict[str, int]
    partners: list[Partner]  # at the level the sources name them
    partner_countries: list[Partner]  # rolled up to countries


@dataclass
class NamedPerson:
    id: int
    name: str
    field: str  # the fact's field naming them: person, signatories, participants, head


@dataclass
class Link:
    """Facts between two places (for the network picture of a place's partners)."""

    a: str
    b: str
    n_facts: int


@dataclass
class FirstSource:
    document_id: int
    fact_id: int  # the extracted fact in that document (anchor on the document page)
    label: str  # the outlet, else the document's name


@dataclass
class DocumentBrief:
    id: int
    name: str
    outlet: str | None
    url: str | None
    published: date | None
    story_id: int | None


@dataclass
class DocumentRow:
    """A line of the document list."""

    doc: DocumentBrief
    relevant: bool  # any cooperation fact extracted; those without are hidden from lists by default
    n_facts: int
    ingested_at: datetime


@dataclass
class DocumentFact:
    fact_id: int
    type: str
    data: dict[str, Any]
    start: int | None
    end: int | None
    evidence: str | None
    canonical_id: int | None


@dataclass
class DocumentView:
    doc: DocumentBrief
    text: str
    source: str | None
    warnings: list[str]
    facts: list[DocumentFact]
    story: list[DocumentBrief]  # other versions of the same story


@dataclass
class SearchHit:
    doc: DocumentBrief
    snippet: str
    rank: float


@dataclass
class Overview:
    n_documents: int
    n_stories: int
    n_facts: int  # extracted
    n_canonical: int
    n_conflicts: int  # canonical facts with unresolved conflicts
    n_curated: int
    by_type: dict[str, int]
    top_pairs: list[tuple[PlaceRef, PlaceRef, int]]
    first_published: date | None
    last_published: date | None


# --- summaries ------------------------------------------------------------------------------


def place_ref(place_id: str) -> PlaceRef:
    gz = gazetteer()
    return PlaceRef(place_id, gz.name(place_id), gz.level(place_id))


def summary(d: dict[str, Any]) -> str:
    """A Russian one-liner by the fact's type: "Соглашение (план): Татарстан — Минская область, 2026–2027"."""
    ft = facttypes.find(d["type"])
    return ft.summary(d) if ft is not None else d["type"]


@dataclass
class BriefingFacts:
    """Everything a briefing report (``coopwatch.report``) says about a pair of places or one place
    over a period: the facts with every source, the people they name with their positions."""

    a: PlaceRef
    b: PlaceRef | None  # None: a place with all its partners
    n_facts: int  # canonical facts in the scope and period, not rejected
    by_type: dict[str, int]  # all of them, by type
    first_day: date | None  # of the dated ones
    last_day: date | None
    facts: list[FactView]  # the newest ``limit`` of each type (trade and targets: all), oldest first
    shown_by_type: dict[str, int]
    people: list[PersonBrief]  # named by ``facts``, most named first
    named_as: dict[int, dict[str, int]]  # person → the field naming them (signatories, participants, head…) → facts
    positions: dict[int, FactView]  # the role facts behind the people's positions, with their sources
