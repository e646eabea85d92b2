"""What the pages that combine several knowledge-base answers return (JSON under ``/api``); the
other pages return ``coopwatch.kb.views`` values as they are."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from coopwatch.kb.journal import ChangeLine, Entry
from coopwatch.kb.views import (
    DocumentRow,
    DocumentView,
    FactView,
    Link,
    NamedPerson,
    Overview,
    Page,
    PersonView,
    PlaceRef,
    PlaceView,
)
from coopwatch.web.trace import DocumentTrace


@dataclass
class OverviewPage:
    overview: Overview
    latest: list[FactView]  # newest canonical facts
    n_places: int  # places named as a side of some fact
    n_people: int


@dataclass
class PairRow:
    a: PlaceRef
    b: PlaceRef
    n_facts: int


@dataclass
class PlaceRow:
    place: PlaceRef
    n_facts: int


@dataclass
class PlacePage:
    view: PlaceView
    agreements: Page[FactView]
    roles: Page[FactView]  # people holding positions of this place (or inside it)
    links: list[Link]  # for the network picture: who cooperates with whom


@dataclass
class AuditEntry:
    at: str
    who: str
    action: str
    note: str | None
    after: Any
    changes: list[ChangeLine] = field(default_factory=list)  # field by field: what was, what became
    shown_at: str = ""  # «18 февраля 2026, 14:05»


@dataclass
class JournalPage:
    entries: list[Entry]
    total: int
    page: int
    per_page: int


@dataclass
class FactPage:
    fact: FactView
    people: list[NamedPerson]
    namesakes: dict[str, list[NamedPerson]]  # person id (as text) → other records with that surname
    correctable: list[str]
    history: list[AuditEntry] = field(default_factory=list)


@dataclass
class DocumentPage(DocumentView):
    trace: DocumentTrace | None = None  # the rules behind the facts: for editors only, else null


@dataclass
class PersonPage:
    view: PersonView
    capacity: dict[str, list[str]]  # canonical fact id (as text) → signatories, participants, head, person


@dataclass
class Me:
    name: str | None
    role: str | None
    csrf_token: str | None


@dataclass
class ErrorOut:
    detail: str  # in Russian


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "Не найдено"}}


@dataclass
class DocumentList:
    """The document list: a page of documents and how many are hidden (no cooperation facts)."""

    documents: Page[DocumentRow]
    hidden: int


@dataclass
class SourceRow:
    """A source the crawler follows, with its state (``coopwatch.crawl.sources``)."""

    id: int
    url: str
    name: str
    kind: str  # auto (not read yet), feed, sitemap, page
    kind_name: str
    paused: bool
    state: str  # in Russian: на паузе, ошибка, работает…
    failing: bool  # the last run could not read the source itself
    added_at: datetime
    added_by: str
    last_run_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    last_error_at: datetime | None
    last_counts: dict[str, int]
    n_pages: int
    n_documents: int
    n_irrelevant: int
    n_failed: int
