"""transport — a direct link between two places: flights, trains, buses, ships; existing, opened or
planned.

Fusion: the same thing when mode and status are the same and the ends are the same places (at the
same level: Kazan–Minsk is not Tatarstan–Belarus).
"""

from __future__ import annotations

from typing import Any, Literal

from coopwatch.facttypes import Extraction, FactType, Fusion, Labels
from coopwatch.facttypes.common import PlaceId, party_key, party_sides, places, short_place
from coopwatch.facttypes.institution import STATUSES
from coopwatch.models import FactBase


class TransportFact(FactBase):
    type: Literal["transport"] = "transport"
    mode: Literal["air", "rail", "road", "water"]
    between: list[PlaceId]
    status: Literal["exists", "opened", "planned"]


MODES = {"air": "авиа", "rail": "ж/д", "road": "авто", "water": "водное"}
LINKS = {"air": "авиасообщение", "rail": "железнодорожное сообщение", "road": "автобусное сообщение",
         "water": "водное сообщение"}  # a summary's head
LABELS = Labels(
    one="Сообщение", many="Сообщения", counted="транспортное сообщение",
    fields={"mode": "вид сообщения", "between": "между", "status": "статус"},
    values={"mode": MODES, "status": STATUSES},
)


def block(data: dict[str, Any]) -> str:
    return f"transport|{data['mode']}|{party_key(data.get('between', []), ordered=False)}|{data['status']}"


def summary(d: dict[str, Any]) -> str:
    """"Авиасообщение: Казань — город Минск (действует)"."""
    link = LINKS.get(d["mode"], d["mode"])
    return f"{link[:1].upper() + link[1:]}: " + places(d.get("between")) + f" ({STATUSES.get(d['status'], d['status'])})"


def describe(f: dict[str, Any]) -> tuple[str, str, str]:
    return places(f["between"], short_place), MODES[f["mode"]], STATUSES[f["status"]]


def profile(m: Any) -> Any:
    return ()


# Nothing of a link is fused — its canonical fact asserts its first member's data — so a link that
# keeps being reported (the air link of a pair, named in every third item about it) carries its
# result forward as it is (``Fusion.extend``): members that come after all those fused leave the
# first one first, and a link has no conflicts. Without this, a link grown by an eighth was read
# whole again (and every one that grew in an ingest, at its end).

def tally(members: list[Any]) -> dict[str, Any]:
    return {}


def extend(out: dict[str, Any], tally: dict[str, Any], new: list[Any], near: list[Any],
           ) -> tuple[dict[str, Any], dict[str, Any]]:
    return out, tally


TYPE = FactType(
    name="transport",
    model=TransportFact,
    extraction=Extraction("coopwatch.extract.transport:extract", ("places", "camps"),
                          merge="coopwatch.extract.transport:merge_links"),
    fusion=Fusion(block, profile=profile, tally=tally, extend=extend),
    labels=LABELS,
    summary=summary,
    describe=describe,
    sides=lambda d: party_sides(d, "between", "between"),
    export=("mode", "between", "status"),
    colour="#eeeeee",
)
