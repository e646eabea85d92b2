"""agreement — a signed (or planned) document between sides: an agreement, a plan, a memorandum…

Fusion: compatible when the kind is the same; the parties are the same territories at the same
level (Tatarstan–Belarus is not Tatarstan–Minsk oblast, two regions are not two of their
districts); the organisations agree where both name some; date and period agree where both give them
("2019" ~ "2019-12-12", but not 2004 and 2022). The same agreement when, besides, both are told alike
(dated alike, naming organisations alike), or the same two people or organisations signed, or one is
reported on the other's day. Fused: the most precise agreeing date, the period filled in, signatories (a
conflict when the same surname comes with different given names), organisations. A dated agreement
pins down the occasion its document reports (``rules.occasions_of``).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, PrivateAttr

from coopwatch.facttypes import Extraction, FactType, Fusion, Labels
from coopwatch.facttypes.common import DateText, PlaceId, parties_row, parties_summary, party_key, party_sides
from coopwatch.kb import merge
from coopwatch.kb.rules import Member, dates_agree, period_agrees, reported_on, surnames, surnames_key
from coopwatch.kb.text import fold
from coopwatch.models import FactBase


class AgreementFact(FactBase):
    type: Literal["agreement"] = "agreement"
    kind: Literal["agreement", "plan", "protocol", "memorandum", "contract", "roadmap",
                  "declaration", "twinning", "other"]
    parties: list[PlaceId]
    orgs: list[str] = Field(default_factory=list)
    date: DateText = None
    period: list[int | None] | None = None
    signatories: list[str] = Field(default_factory=list)
    # named only as what another document implements ("план по реализации соглашения"): signed before
    # the event that signed the other one, so the links never give it that event's date (not output)
    _implemented: bool = PrivateAttr(default=False)


KINDS = {"agreement": "соглашение", "plan": "план", "protocol": "протокол", "memorandum": "меморандум",
         "contract": "договор", "roadmap": "дорожная карта", "declaration": "декларация",
         "twinning": "побратимство", "other": "другое"}
LABELS = Labels(
    one="Соглашение", many="Соглашения", table="Документ",
    fields={"kind": "вид", "parties": "стороны", "date": "дата", "period": "период", "signatories": "подписали",
            "orgs": "организации"},
    values={"kind": KINDS},
)


def block(data: dict[str, Any]) -> str:
    return f"agreement|{data['kind']}|{party_key(data.get('parties', []), ordered=False)}"


def key(data: dict[str, Any]) -> str | None:
    """A plan's full period."""
    period = data.get("period") or []
    return f"{period[0]}-{period[1]}" if len(period) == 2 and None not in period else None


def _orgs(d: dict[str, Any]) -> set[str]:
    return {fold(o) for o in d.get("orgs") or []}


def _orgs_key(d: dict[str, Any]) -> tuple[str, ...]:
    return tuple(sorted(_orgs(d)))


def compatible(x: Member, y: Member) -> bool:
    """Not of other organisations; dates and periods that can be one."""
    a, b = x.data, y.data
    orgs_a, orgs_b = _orgs(a), _orgs(b)
    if orgs_a and orgs_b and not orgs_a & orgs_b:
        return False
    return dates_agree(a.get("date"), b.get("date")) and period_agrees(a.get("period"), b.get("period"))


def evidence(x: Member, y: Member) -> bool:
    """Told alike (both undated, or both dated, or both with a period; both naming organisations or
    neither), or signed by the same two people, or by the same organisations, or reported on the day
    it was signed. A vague report ("the agreement", no date) is not surely the one dated 2004 or the
    plan for 2024–2026, and an agreement of two companies is not surely their countries' one."""
    a, b = x.data, y.data
    if (bool(a.get("date")) == bool(b.get("date")) and bool(a.get("period")) == bool(b.get("period"))
            and bool(_orgs(a)) == bool(_orgs(b))):
        return True
    if len(surnames(a.get("signatories") or []) & surnames(b.get("signatories") or [])) >= 2 or _orgs(a) & _orgs(b):
        return True
    return reported_on(x, y) or reported_on(y, x)


def fuse(members: list[Member], out: dict[str, Any]) -> list[merge.Conflict]:
    dates = merge.classes(members, lambda m: m.data.get("date"), dates_agree)
    out["date"] = merge.best(dates, prefer=len) if dates else None
    if len(dates) == 1:  # agreeing dates: the most precise ("2025-03" and "2025-03-12")
        out["date"] = max((m.data.get("date") or "" for m in members), key=len) or None
    period = None
    for m in members:
        p = m.data.get("period")
        if p:
            period = [x if x is not None else y for x, y in zip(p, period or [None] * len(p), strict=False)]
    out["period"] = period
    out["signatories"], found = merge.people(members, "signatories")
    orgs: list[str] = []
    for m in members:
        orgs += [o for o in m.data.get("orgs") or [] if o not in orgs]
    if orgs or "orgs" in out:
        out["orgs"] = orgs
    return found


def profile(m: Member) -> Any:
    d = m.data
    return (d.get("date"), tuple(d.get("period") or ()), _orgs_key(d), surnames_key(d.get("signatories")),
            None if d.get("date") else m.published)


TYPE = FactType(
    name="agreement",
    model=AgreementFact,
    extraction=Extraction("coopwatch.extract.agreement:extract",
                          ("phrases", "places", "people", "titles", "dates", "money", "year_ranges", "camps"),
                          merge="coopwatch.extract.agreement:merge_mentions"),
    fusion=Fusion(block, compatible, fuse, evidence=evidence, key=key, occasion=True, profile=profile,
                  reach=0),
    labels=LABELS,
    summary=lambda d: parties_summary(LABELS.one, KINDS, d),
    describe=lambda d: parties_row(KINDS, "signatories", d),
    sides=party_sides,
    people={"signatories": "подписал(а)"},
    orgs=lambda d: list(d.get("orgs") or []),
    export=("kind", "parties", "date", "period", "signatories"),
    sections=frozenset({"pair.timeline", "pair.agreements", "place.agreements", "place.partners"}),
    colour="#dceefd",
)
