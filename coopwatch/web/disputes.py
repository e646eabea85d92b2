"""What the sources of a disputed fact say, as an analyst reads it: each value written as the pages
write it («около 150 млн долларов США», not «приблизительно: да; значение: 150000000»), with the
documents that give it named by outlet and headline, the value that most independent sources give
first (then the one said most recently). The order is only shown: each value keeps its place in
the stored list (``index``), which is what an editor's choice refers to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from coopwatch import wording
from coopwatch.kb.views import Conflict, FactView, Source


@dataclass
class SaidValue:
    index: int  # the value's place in ``Conflict.values`` (what a resolution names)
    value: Any
    documents: list[Source]  # one source per document, the most recent first
    n_sources: int  # independent sources (stories) among them
    latest: date | None  # the most recent publication that gives the value


def said_values(fact: FactView, conflict: Conflict) -> list[SaidValue]:
    by_document: dict[int, Source] = {}
    for s in fact.sources:
        by_document.setdefault(s.document_id, s)
    out = []
    for i, v in enumerate(conflict.values):
        docs = [by_document[d] for d in v.documents if d in by_document]
        docs.sort(key=lambda s: (s.published is None, -(s.published.toordinal() if s.published else 0)))
        stories = {s.story_id or -s.document_id for s in docs}
        dated = [s.published for s in docs if s.published]
        out.append(SaidValue(i, v.value, docs, len(stories) or len(v.documents), max(dated) if dated else None))
    out.sort(key=lambda v: (-v.n_sources, -len(v.documents), -(v.latest.toordinal() if v.latest else 0), v.index))
    return out


def value_text(field: str, value: Any, data: dict[str, Any]) -> str | None:
    """A disputed amount as money in the fact's currency, one of a list of people as a name; None
    for any other value (the page writes it as it writes the field)."""
    if isinstance(value, str) and isinstance(data.get(field), list):  # one name of «подписали»
        return wording.person_name(value)
    currency = data.get("currency")
    if isinstance(value, dict) and "value" in value:
        return wording.money(value.get("value"), currency, bool(value.get("approx")))
    if field in ("value", "value_min", "value_max") and isinstance(value, int | float):
        return wording.money(value, currency)
    return None
