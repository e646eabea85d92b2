"""The curation log as a person reads it: each entry with who, when, what it was about and, field by
field, what was and what became — in Russian, for the «Журнал правок» page, a fact's own page and
``coopwatch curate history``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from coopwatch import facttypes
from coopwatch.gazetteer.places import is_place_id
from coopwatch.kb import curate
from coopwatch.kb.db import KB
from coopwatch.kb.fuse import effective
from coopwatch.kb.schema import canonical_facts
from coopwatch.report import words
from coopwatch.report.dates import ru_date, ru_period

ACTIONS = {  # what the person did, before what it was done to
    "confirm": "подтвердил(а)",
    "reject": "отклонил(а)",
    "reset": "вернул(а) на проверку",
    "correct": "исправил(а)",
    "merge_people": "объединил(а) записи:",
    "merge_orgs": "объединил(а) записи:",
}
STATUS = {"auto": "не проверен", "confirmed": "подтверждён", "rejected": "отклонён"}
NOTHING = "—"


@dataclass(frozen=True)
class ChangeLine:
    field: str  # FACTS.md name, "status" or "merge"
    label: str  # «период», «статус», «объединено»
    was: str
    became: str


@dataclass(frozen=True)
class Entry:
    id: int
    at: str  # ISO, seconds, UTC
    shown_at: str  # «18 февраля 2026, 14:05»
    who: str
    action: str
    action_name: str
    target: str  # canonical_fact, person, org
    target_id: int
    fact_type: str | None  # the type of the canonical fact, when it is one
    note: str | None
    changes: list[ChangeLine]
    before: Any = None  # the log's own record, for programs (``curate.history``)
    after: Any = None


def value_text(field: str, value: Any, fact_type: str | None = None, data: dict[str, Any] | None = None) -> str:
    """A field's value as the pages show it: place names, dates at their precision, money, labels."""
    if value is None or value == [] or value == "":
        return NOTHING
    data = data or {}
    if field == "status":
        return STATUS.get(value, str(value))
    if field in facttypes.labelled_fields():
        return facttypes.value_label(value, field, fact_type)
    if field == "date":
        return ru_date(value)
    if field == "period" and isinstance(value, list) and len(value) == 2:
        a, b = value
        if isinstance(a, str) or isinstance(b, str):
            return ru_period(a, b)
        return f"{a or '…'}–{b or '…'}"
    if field in ("value", "value_min", "value_max") and isinstance(value, int | float):
        return words.money(float(value), data.get("currency"))
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, int | float):
        return words.number(float(value))
    if isinstance(value, str) and is_place_id(value):
        return words.place_name(value)
    if isinstance(value, list):
        return ", ".join(value_text(field, v, fact_type, data) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{facttypes.field_label(k, fact_type)}: {value_text(k, v, fact_type, value)}"
                         for k, v in value.items())
    return str(value)


def _label(field: str, fact_type: str | None) -> str:
    if field == "status":
        return "статус"
    if field == "merge":
        return "объединено"
    return facttypes.field_label(field, fact_type)


def _shown(at: datetime | None) -> tuple[str, str]:
    if at is None:
        return "", ""
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    local = at.astimezone()
    return at.isoformat(timespec="seconds"), f"{ru_date(local.date())}, {local:%H:%M}"


def entries(kb: KB, target: str | None = None, target_id: int | None = None, *, limit: int | None = None,
            offset: int = 0, who: str | None = None) -> list[Entry]:
    """The log, newest first, each entry with its changes field by field."""
    raw = curate.history(kb, target, target_id, limit=limit, offset=offset, who=who)
    facts = _facts(kb, {e["target_id"] for e in raw if e["target"] == "canonical_fact"})
    out = []
    for e in raw:
        fact_type, data = facts.get(e["target_id"], (None, {})) if e["target"] == "canonical_fact" else (None, {})
        lines = [
            ChangeLine(c.field, _label(c.field, fact_type),
                       value_text(c.field, c.was, fact_type, data), value_text(c.field, c.became, fact_type, data))
            for c in curate.changes(e)
        ]
        at, shown = _shown(e["at"])
        out.append(Entry(e["id"], at, shown, e["who"], e["action"], ACTIONS.get(e["action"], e["action"]),
                         e["target"], e["target_id"], fact_type, e["note"], lines, e.get("before"), e.get("after")))
    return out


def _facts(kb: KB, ids: set[int]) -> dict[int, tuple[str, dict[str, Any]]]:
    """The type and what each canonical fact asserts now (its currency names the amounts)."""
    if not ids:
        return {}
    cf = canonical_facts.c
    with kb.read() as conn:
        rows = conn.execute(sa.select(cf.id, cf.type, cf.data, cf.corrected).where(cf.id.in_(sorted(ids))))
        return {r.id: (r.type, effective(r.data, r.corrected)) for r in rows}


def subject(e: Entry) -> str:
    """What an entry is about: «факт №12 (соглашение)», «человек №5»."""
    if e.target == "canonical_fact":
        kind = facttypes.type_label(e.fact_type).lower() if e.fact_type else ""
        return f"факт №{e.target_id}" + (f" ({kind})" if kind else "")
    return {"person": "человек", "org": "организация"}.get(e.target, e.target) + f" №{e.target_id}"


ENTRIES_PER_PAGE = 50


def line(e: Entry) -> str:
    """One entry as a line of the terminal: «18 февраля 2026, 14:05 — redaktor исправил(а) факт №12
    (соглашение): период: 2025–2028 → 2025–2030; статус: не проверен → подтверждён — «по тексту»»."""
    what = "; ".join(f"{c.label}: {c.was} → {c.became}" for c in e.changes)
    return (f"{e.shown_at} — {e.who} {e.action_name} {subject(e)}"
            + (f": {what}" if what else "") + (f" — «{e.note}»" if e.note else ""))
