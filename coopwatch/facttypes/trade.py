"""trade — a trade figure between sides: turnover, export or import over a period.

Fusion: the same thing when the metric is the same; the parties exactly (a set for turnover, in
order for export and import); the period is the same (a figure for 2023 is not the one for 2024), or
both give none and come from one story of copies; the currency agrees. Fused: the value (``rules`` tolerances: an approximate value agrees
within 0.5 %, exact ones within rounding; a conflict beyond), growth (±0.5 points), currency, period.
"""

from __future__ import annotations

from typing import Any, Literal

from coopwatch.facttypes import Extraction, FactType, Fusion, Labels
from coopwatch.facttypes.common import (
    Currency,
    DateText,
    PlaceId,
    party_key,
    party_sides,
    places,
    short_place,
)
from coopwatch.kb import merge
from coopwatch.kb.rules import GROWTH_TOLERANCE, Member, amounts_agree
from coopwatch.models import FactBase
from coopwatch.wording import money, percent, ru_when

Metric = Literal["turnover", "export", "import"]


class TradeFact(FactBase):
    type: Literal["trade"] = "trade"
    parties: list[PlaceId]
    metric: Metric
    period: list[DateText] | None = None
    value: float | None = None
    currency: Currency = None
    approx: bool = False
    growth_pct: float | None = None


METRICS = {"turnover": "товарооборот", "export": "экспорт", "import": "импорт"}
LABELS = Labels(
    one="Торговля", many="Показатели торговли", counted="показатель торговли",
    fields={"parties": "стороны", "metric": "показатель", "period": "период", "value": "значение",
            "currency": "валюта", "approx": "приблизительно", "growth_pct": "рост, %"},
    values={"metric": METRICS},
)


def block(data: dict[str, Any]) -> str:
    """Turnover is between a set of parties; export and import go from one to the other; the
    period, always equal between fused figures."""
    parties = party_key(data.get("parties", []), ordered=data.get("metric") != "turnover")
    return f"trade|{data.get('metric')}|{parties}|{key(data)}"


def key(data: dict[str, Any]) -> str:
    """The period ("-" for none)."""
    return "..".join(data["period"]) if data.get("period") else "-"


def compatible(x: Member, y: Member) -> bool:
    a, b = x.data, y.data
    return not (a.get("currency") and b.get("currency") and a["currency"] != b["currency"])


def evidence(x: Member, y: Member) -> bool:
    """A figure without a period is only the same as another in a copy of the same release."""
    return bool(x.data.get("period")) or (x.story_id is not None and x.story_id == y.story_id)


def _value(m: Member) -> tuple[float | None, bool]:
    return m.data.get("value"), bool(m.data.get("approx"))


def _values_agree(a: Any, b: Any) -> bool:
    return amounts_agree(a[0], b[0], a[1] or b[1])


def _growth(m: Member) -> float | None:
    return m.data.get("growth_pct")


def _growths_agree(a: float, b: float) -> bool:
    return abs(a - b) <= GROWTH_TOLERANCE


def fuse(members: list[Member], out: dict[str, Any]) -> list[merge.Conflict]:
    found: list[merge.Conflict] = []
    values = merge.classes(members, _value, _values_agree)
    chosen = merge.best(values, prefer=lambda v: not v[1])
    out["value"], out["approx"] = chosen if chosen else (None, bool(members[0].data.get("approx")))
    c = merge.conflict("value", "", [({"value": v[0], "approx": v[1]}, ms) for v, ms in values])
    if c:
        found.append(c)
    growth = merge.classes(members, _growth, _growths_agree)
    out["growth_pct"] = merge.best(growth)
    c = merge.conflict("growth_pct", "", growth)
    if c:
        found.append(c)
    merge.fill(members, out, "currency")
    merge.fill(members, out, "period")
    return found


# A figure for a period is reported again in every item about the pair until the next one is out (a
# year's turnover, in a stream, hundreds of times), so its fused result is carried forward member by
# member (``Fusion.extend``), as a post's is. What ``fuse`` computes, for members that come after all
# those fused: the value classes and the growth classes (``merge.carry``: each class's value, weight and
# members; its conflict lists them all), currency and period (the first given, ``merge.filled``). Exact
# for every member with a story; a member without one: recomputed.

def tally(members: list[Member]) -> dict[str, Any]:
    filled: dict[str, Any] = {}
    merge.fill(members, filled, "currency")
    merge.fill(members, filled, "period")
    values = merge.classes(members, _value, _values_agree)
    return {"values": [[list(v), w, ids] for v, w, ids in merge.tallied(values)],  # (as JSON keeps them)
            "growth": merge.tallied(merge.classes(members, _growth, _growths_agree)), **filled}


def extend(out: dict[str, Any], tally: dict[str, Any], new: list[Member], near: list[Member],
           ) -> tuple[dict[str, Any], dict[str, Any]] | None:
    values = merge.carry(tally["values"], new, near, lambda m: list(_value(m)), _values_agree)
    growth = merge.carry(tally["growth"], new, near, _growth, _growths_agree)
    if values is None or growth is None:
        return None
    value, approx = merge.best_tallied(values, prefer=lambda v: not v[1])
    after = {"values": values, "growth": growth, "currency": merge.filled(tally["currency"], new, "currency"),
             "period": merge.filled(tally["period"], new, "period")}
    return {**out, "value": value, "approx": approx, "growth_pct": merge.best_tallied(growth),
            "currency": after["currency"], "period": after["period"]}, after


def disputes(tally: dict[str, Any]) -> list[merge.Conflict]:
    """The conflicts ``fuse`` finds on the members tallied."""
    found = [merge.tallied_conflict("value", "", tally["values"], lambda v: {"value": v[0], "approx": v[1]}),
             merge.tallied_conflict("growth_pct", "", tally["growth"])]
    return [c for c in found if c]


def when(data: dict[str, Any]) -> str | None:
    """The period the figure covers ("2024-01..2024-12": «2024 год»)."""
    p = data.get("period")
    return f"{p[0] or ''}..{p[-1] or ''}" if p else None


def day(data: dict[str, Any]) -> Any:
    """The end of the period the figure covers."""
    return data["period"][-1] if data.get("period") else data.get("date")


def summary(d: dict[str, Any]) -> str:
    """"Товарооборот: Республика Татарстан — Республика Беларусь, 2024 год: 743 млн долларов США"."""
    period = ru_when(when(d)) if d.get("period") else "период не указан"
    return (f"{METRICS[d['metric']].capitalize()}: " + places(d.get("parties"))
            + f", {period}: {money(d.get('value'), d.get('currency'), bool(d.get('approx')))}")


def describe(f: dict[str, Any]) -> tuple[str, str, str]:
    growth = f"рост {percent(f['growth_pct'], sign=True)}" if f.get("growth_pct") is not None else ""
    period = ru_when(when(f)) if f.get("period") else "период не указан"
    amount = money(f.get("value"), f.get("currency"), bool(f.get("approx"))) if f.get("value") is not None else ""
    return places(f["parties"], short_place), METRICS[f["metric"]], ", ".join(x for x in [amount, growth, period] if x)


def profile(m: Member) -> Any:
    return (m.data.get("currency"), bool(m.data.get("period")), None if m.data.get("period") else m.story_id)


TYPE = FactType(
    name="trade",
    model=TradeFact,
    extraction=Extraction("coopwatch.extract.trade:extract", ("phrases", "places", "titles", "dates", "money", "growth", "trade_periods", "camps"),
                          merge="coopwatch.extract.trade:merge_figures"),
    fusion=Fusion(block, compatible, fuse, evidence=evidence, key=key, day=day, profile=profile, tally=tally,
                  extend=extend, disputes=disputes),
    labels=LABELS,
    summary=summary,
    describe=describe,
    sides=party_sides,
    export=("metric", "parties", "period", "value", "currency", "approx", "growth_pct"),
    sections=frozenset({"pair.trade", "place.partners"}),
    colour="#f3e3f7",
    when=when,
)
