"""target — a goal for a trade figure: "довести товарооборот до 1 млрд долларов к 2030 году".

Fusion: the same thing when the parties are exactly the same (as a set) and the metric too; the year
and the currency agree where both give them; the upper value agrees within 0.5 %; and both give the
same year (or neither does), or they are copies of one release. Fused: currency,
year, the lower value (a conflict beyond 0.5 %).
"""

from __future__ import annotations

from typing import Any, Literal

from coopwatch.facttypes import Extraction, FactType, Fusion, Labels
from coopwatch.facttypes.common import (
    Currency,
    PlaceId,
    party_key,
    party_sides,
    places,
    short_place,
)
from coopwatch.facttypes.trade import METRICS, Metric
from coopwatch.kb import merge
from coopwatch.kb.rules import Member, amounts_agree
from coopwatch.models import FactBase
from coopwatch.wording import money


class TargetFact(FactBase):
    type: Literal["target"] = "target"
    parties: list[PlaceId]
    metric: Metric = "turnover"
    value_min: float | None = None
    value_max: float | None = None
    currency: Currency = None
    year: int | None = None


LABELS = Labels(
    one="Цель", many="Цели",
    fields={"parties": "стороны", "metric": "показатель", "value_min": "от", "value_max": "до", "currency": "валюта",
            "year": "год"},
    values={"metric": METRICS},
)


def block(data: dict[str, Any]) -> str:
    return f"target|{data.get('metric')}|{party_key(data.get('parties', []), ordered=False)}"


def key(data: dict[str, Any]) -> str | None:
    return str(data["year"]) if data.get("year") is not None else None


def compatible(x: Member, y: Member) -> bool:
    a, b = x.data, y.data
    return ((not a.get("currency") or not b.get("currency") or a["currency"] == b["currency"])
            and (a.get("year") is None or b.get("year") is None or a["year"] == b["year"])
            and amounts_agree(a.get("value_max"), b.get("value_max"), True))


def evidence(x: Member, y: Member) -> bool:
    """The same year (or neither gives one), or copies of one release: "2 млрд в 2023 году" is not
    the "2 млрд в долгосрочной перспективе" of another year's talks."""
    return x.data.get("year") == y.data.get("year") or (x.story_id is not None and x.story_id == y.story_id)


def _low(m: Member) -> float | None:
    return m.data.get("value_min")


def _lows_agree(a: float, b: float) -> bool:
    return amounts_agree(a, b, True)


def fuse(members: list[Member], out: dict[str, Any]) -> list[merge.Conflict]:
    merge.fill(members, out, "currency")
    merge.fill(members, out, "year")
    lows = merge.classes(members, _low, _lows_agree)
    out["value_min"] = merge.best(lows)
    c = merge.conflict("value_min", "", lows)
    return [c] if c else []


# A pair's target is repeated in every item about its talks for years, so its fused result is carried
# forward member by member (``Fusion.extend``), as a post's is: the classes of the lower value
# (``merge.carry``: value, weight and members of each; its conflict lists them all), currency and year
# (the first given, ``merge.filled``). Exact for every member with a story; a member without one:
# recomputed.

def tally(members: list[Member]) -> dict[str, Any]:
    filled: dict[str, Any] = {}
    merge.fill(members, filled, "currency")
    merge.fill(members, filled, "year")
    return {"lows": merge.tallied(merge.classes(members, _low, _lows_agree)), **filled}


def extend(out: dict[str, Any], tally: dict[str, Any], new: list[Member], near: list[Member],
           ) -> tuple[dict[str, Any], dict[str, Any]] | None:
    lows = merge.carry(tally["lows"], new, near, _low, _lows_agree)
    if lows is None:
        return None
    after = {"lows": lows, "currency": merge.filled(tally["currency"], new, "currency"),
             "year": merge.filled(tally["year"], new, "year")}
    return {**out, "currency": after["currency"], "year": after["year"], "value_min": merge.best_tallied(lows)}, after


def disputes(tally: dict[str, Any]) -> list[merge.Conflict]:
    """The conflicts ``fuse`` finds on the members tallied."""
    c = merge.tallied_conflict("value_min", "", tally["lows"])
    return [c] if c else []


def summary(d: dict[str, Any]) -> str:
    """"Товарооборот: Республика Татарстан — Республика Беларусь, 1 млрд долларов США к 2027 году" (the
    type's badge beside it says it is a target)."""
    return (f"{METRICS.get(d.get('metric', 'turnover'), '').capitalize()}: " + places(d.get("parties"))
            + f", {amount(d)}" + (f" к {d['year']} году" if d.get("year") else ""))


def amount(f: dict[str, Any]) -> str:
    """"1 млрд долларов США", a range "от 800 млн до 1 млрд долларов США"."""
    value = money(f.get("value_max"), f.get("currency"))
    if f.get("value_min") not in (None, f.get("value_max")):
        return f"от {money(f['value_min'], None)} до {value}"
    return value


def describe(f: dict[str, Any]) -> tuple[str, str, str]:
    value = amount(f) if f.get("value_max") is not None else ""
    return places(f["parties"], short_place), "цель: " + METRICS[f["metric"]], \
        ", ".join(x for x in [value, str(f.get("year") or "")] if x)


def profile(m: Member) -> Any:
    """What ``compatible`` and ``evidence`` look at besides the story (``story_evidence``: one story
    is evidence enough, and the canonical fact keeps its members' stories as a set)."""
    d = m.data
    return (d.get("currency"), d.get("year"), d.get("value_max"))


TYPE = FactType(
    name="target",
    model=TargetFact,
    extraction=Extraction("coopwatch.extract.target:extract", ("places", "people", "titles", "money", "growth", "dates", "camps"),
                          merge="coopwatch.extract.target:merge_targets"),
    fusion=Fusion(block, compatible, fuse, evidence=evidence, key=key, profile=profile, story_evidence=True,
                  tally=tally, extend=extend, disputes=disputes),
    labels=LABELS,
    summary=summary,
    describe=describe,
    sides=party_sides,
    export=("metric", "parties", "year", "value_min", "value_max", "currency"),
    sections=frozenset({"pair.targets", "place.partners"}),
    colour="#fbe3e3",
)
