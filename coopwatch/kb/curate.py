"""Curation: a person confirms, rejects or corrects a canonical fact, or merges two people. Every
change is written to ``audit_log`` (who, when, before, after, note) in the same transaction.

Decisions live on the canonical fact (``status``, ``corrected``) and on the person
(``merged_into``), which ingest and re-extraction never overwrite: new and re-extracted facts keep
joining the curated canonical fact, and a merged person's spellings keep resolving to the person
kept.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from coopwatch import facttypes
from coopwatch.kb import changes as change_log
from coopwatch.kb import fuse
from coopwatch.kb.db import KB, KBError, NotFound
from coopwatch.kb.schema import (
    audit_log,
    canonical_facts,
    canonical_people,
    org_names,
    orgs,
    people,
    person_names,
)


def correctable(type_name: str) -> list[str]:
    """The fields of a type an editor may correct (its registry entry says which)."""
    ft = facttypes.find(type_name)
    return sorted(ft.editable()) if ft is not None else []


def current_user() -> str:
    return os.environ.get("COOPWATCH_USER") or getpass.getuser()


def _log(conn: Connection, who: str, action: str, target: str, target_id: int, before: Any, after: Any,
         note: str | None) -> None:
    conn.execute(audit_log.insert().values(at=datetime.now(UTC), who=who, action=action, target=target,
                                           target_id=target_id, before=before, after=after, note=note))


log_change = _log  # for the other writers of the audit log (coopwatch.crawl.sources)


def _canonical(conn: Connection, cid: int) -> Any:
    row = conn.execute(sa.select(canonical_facts).where(canonical_facts.c.id == cid)).first()
    if row is None:
        raise NotFound(f"канонический факт №{cid} не найден")
    return row


def _state(row: Any) -> dict[str, Any]:
    return {"status": row.status, "corrected": row.corrected}


NO_VALUE = None  # a field the fact did not give


def set_status(kb: KB, cid: int, status: str, *, who: str | None = None, note: str | None = None) -> None:
    """``confirmed``, ``rejected`` or back to ``auto``."""
    if status not in ("confirmed", "rejected", "auto"):
        raise KBError(f"неизвестное решение «{status}»: допустимы confirmed, rejected, auto")
    action = {"confirmed": "confirm", "rejected": "reject", "auto": "reset"}[status]
    with kb.write() as conn:
        row = _canonical(conn, cid)
        conn.execute(canonical_facts.update().where(canonical_facts.c.id == cid).values(status=status))
        change_log.note_canonicals(conn, [cid])
        fuse.refuse(conn, {row.block})  # its block anew from the first fact: a curated fact comes first
        _log(conn, who or current_user(), action, "canonical_fact", cid, _state(row),
             {"status": status, "corrected": row.corrected}, note)


def confirm(kb: KB, cid: int, **kw: Any) -> None:
    set_status(kb, cid, "confirmed", **kw)


def reject(kb: KB, cid: int, **kw: Any) -> None:
    set_status(kb, cid, "rejected", **kw)


def correct(kb: KB, cid: int, changes: dict[str, Any], *, who: str | None = None, note: str | None = None) -> None:
    """Set field values of a canonical fact: the fields its type lets an editor correct, checked
    against the type's FACTS.md model (``coopwatch.facttypes``)."""
    with kb.write() as conn:
        row = _canonical(conn, cid)
        allowed = correctable(row.type)
        bad = sorted(set(changes) - set(allowed))
        if bad:
            raise KBError(f"поле {', '.join(bad)} нельзя исправить у факта типа {row.type}; "
                          f"можно: {', '.join(allowed)}")
        corrected = {**(row.corrected or {}), **changes}
        try:
            facttypes.get(row.type).validate({**row.data, **corrected})
        except ValueError as e:
            raise KBError(f"исправление не подходит к факту типа {row.type}: {facttypes.problems(e)}") from e
        conn.execute(canonical_facts.update().where(canonical_facts.c.id == cid)
                     .values(corrected=corrected, status="confirmed"))
        was = fuse.effective(row.data, row.corrected)
        # what each field asserted before and asserts now: the log reads as "was → became"
        _log(conn, who or current_user(), "correct", "canonical_fact", cid,
             {**_state(row), "fields": {k: was.get(k, NO_VALUE) for k in changes}},
             {"status": "confirmed", "corrected": corrected, "fields": dict(changes)}, note)
        fuse.recompute(conn, [cid])


def merge_people(kb: KB, keep: int, merge: int, *, who: str | None = None, note: str | None = None) -> None:
    """One person, not two: ``merge``'s spellings and mentions go to ``keep``."""
    if keep == merge:
        raise KBError("нельзя объединить человека с самим собой")
    with kb.write() as conn:
        rows = {r.id: r for r in conn.execute(sa.select(people).where(people.c.id.in_([keep, merge])))}
        for pid in (keep, merge):
            if pid not in rows:
                raise NotFound(f"человек №{pid} не найден")
            if rows[pid].merged_into is not None:
                raise KBError(f"человек №{pid} уже объединён с №{rows[pid].merged_into}")
        names = list(conn.execute(sa.select(person_names.c.name).where(person_names.c.person_id == merge)).scalars())
        named = conn.execute(sa.select(canonical_people.c.canonical_id)
                             .where(canonical_people.c.person_id.in_([keep, merge]))).scalars()
        change_log.note_canonicals(conn, named)
        change_log.note_people(conn, [keep, merge])
        conn.execute(people.update().where(people.c.id == merge).values(merged_into=keep))
        conn.execute(person_names.update().where(person_names.c.person_id == merge).values(person_id=keep))
        conn.execute(canonical_people.update().where(canonical_people.c.person_id == merge).values(person_id=keep))
        _log(conn, who or current_user(), "merge_people", "person", keep,
             {"keep": {"id": keep, "name": rows[keep].name}, "merge": {"id": merge, "name": rows[merge].name}},
             {"id": keep, "names_added": names}, note)


def merge_orgs(kb: KB, keep: int, merge: int, *, who: str | None = None, note: str | None = None) -> None:
    """One organisation, not two ("Минский тракторный завод" and "МТЗ"): ``merge``'s names become
    aliases of ``keep`` and resolve to it from now on."""
    if keep == merge:
        raise KBError("нельзя объединить организацию с самой собой")
    with kb.write() as conn:
        rows = {r.id: r for r in conn.execute(sa.select(orgs).where(orgs.c.id.in_([keep, merge])))}
        for oid in (keep, merge):
            if oid not in rows:
                raise NotFound(f"организация №{oid} не найдена")
        names = list(conn.execute(sa.select(org_names.c.name).where(org_names.c.org_id == merge)).scalars())
        conn.execute(org_names.update().where(org_names.c.org_id == merge).values(org_id=keep))
        change_log.note_everything(conn)  # organisations are named inside the facts' data: no index to them
        conn.execute(orgs.delete().where(orgs.c.id == merge))
        _log(conn, who or current_user(), "merge_orgs", "org", keep,
             {"keep": {"id": keep, "name": rows[keep].name}, "merge": {"id": merge, "name": rows[merge].name}},
             {"id": keep, "names_added": names}, note)


def history(kb: KB, target: str | None = None, target_id: int | None = None, *, limit: int | None = None,
            offset: int = 0, who: str | None = None) -> list[dict[str, Any]]:
    """The audit log, newest first (optionally of one canonical fact or person, or by one person)."""
    q = _where(sa.select(audit_log), target, target_id, who).order_by(audit_log.c.id.desc()).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    with kb.read() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def count_history(kb: KB, target: str | None = None, target_id: int | None = None, who: str | None = None) -> int:
    with kb.read() as conn:
        return conn.execute(_where(sa.select(sa.func.count()).select_from(audit_log), target, target_id, who)).scalar_one()


def _where(q: Any, target: str | None, target_id: int | None, who: str | None) -> Any:
    if target:
        q = q.where(audit_log.c.target == target)
    if target_id is not None:
        q = q.where(audit_log.c.target_id == target_id)
    if who:
        q = q.where(audit_log.c.who == who)
    return q


@dataclass(frozen=True)
class Change:
    """One thing an entry of the log changed: a field of a fact, its status, or who was merged."""

    field: str  # a FACTS.md field, "status", or "merge" for merged people and organisations
    was: Any
    became: Any


def changes(entry: dict[str, Any]) -> list[Change]:
    """What an entry changed, field by field, as "was → became". Entries written before the log kept
    each field's earlier value show the earlier correction (or nothing) as what was."""
    before, after = entry.get("before") or {}, entry.get("after") or {}
    out: list[Change] = []
    if entry["action"] in ("merge_people", "merge_orgs"):
        merged = (before.get("merge") or {}).get("name")
        kept = (before.get("keep") or {}).get("name")
        return [Change("merge", merged, kept)]
    if entry["action"] == "correct":
        now = after.get("fields")
        if now is None:  # an older entry: the corrections as a whole
            old = before.get("corrected") or {}
            now = {k: v for k, v in (after.get("corrected") or {}).items() if old.get(k) != v}
            was = {k: old.get(k) for k in now}
        else:
            was = before.get("fields") or {}
        out += [Change(k, was.get(k), v) for k, v in now.items()]
    if before.get("status") != after.get("status") and "status" in after:
        out.append(Change("status", before.get("status"), after.get("status")))
    return out
