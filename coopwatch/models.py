"""Documents and facts: the data every stage of coopwatch hands to the next.

Facts serialise exactly to the contract in ``shared/schema/FACTS.md``: one pydantic model per
fact type (in its module of ``coopwatch.facttypes``, on ``FactBase``), chosen by ``type``.
``to_json()`` gives the contract's dict (evidence as the sentence text); the evidence offsets stay
available to the knowledge base and the web UI.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SerializeAsAny

from coopwatch import facttypes

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


class FactBase(BaseModel):
    """What every fact has: its evidence, the contract's JSON, its identity inside a document."""

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


def fact_from_json(data: dict[str, Any]) -> FactBase:
    """Parse one FACTS.md fact object by the model its type registered (evidence given as text
    keeps no offsets). A type nobody registered, or data its model rejects: ``ValueError``."""
    data = dict(data)
    ev = data.pop("evidence", None)
    try:
        fact = facttypes.model_for(data).model_validate(data)
    except ValueError as e:
        raise ValueError(f"факт типа {data.get('type')}: {facttypes.problems(e)}") from e
    if isinstance(ev, str):
        fact.evidence = Evidence(start=-1, end=-1, text=ev)
    elif isinstance(ev, dict):
        fact.evidence = Evidence(**ev)
    return fact


class DocumentFacts(BaseModel):
    """The extraction result for one document: one line of the JSON Lines output."""

    doc: str
    published: date | None = None
    facts: list[SerializeAsAny[FactBase]] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "published": self.published.isoformat() if self.published else None,
            "facts": [f.to_json() for f in self.facts],
        }
