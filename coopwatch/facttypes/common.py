"""What the types' summaries and table rows share: place names, amounts, periods, the lines of the
types whose sides are a list of parties."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Annotated, Any

from pydantic import AfterValidator

from coopwatch.gazetteer.places import gazetteer
from coopwatch.kb.text import fold
from coopwatch.wording import person_name, ru_date, years

# FACTS.md place IDs: a country code, an optional subdivision code, then up to three names of lower
# places after "/" (no markup characters, double quotes or control characters in a name).
PLACE_ID = re.compile(r"[A-Z]{2}(?:-[A-Z0-9]{1,3})?(?:/[^/<>&\"`\x00-\x1f\x7f]{1,100}){0,3}")
DATE_TEXT = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def check_place_id(value: str) -> str:
    """A place ID of the scheme whose country or subdivision the gazetteer knows (a city or a district
    below it may be one the text names and the gazetteer does not)."""
    if not PLACE_ID.fullmatch(value):
        raise ValueError(f"«{value[:80]}» — не код места по FACTS.md (RU-TA, BY, RU-TA/Казань)")
    head = value.split("/", 1)[0]
    if gazetteer().get(head) is None:
        raise ValueError(f"код места «{head}» не найден в справочнике мест")
    return value


@cache
def _currencies() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def check_currency(value: str | None) -> str | None:
    """An ISO 4217 currency code (``USD``, ``RUB``, ``BYN``)."""
    if value is not None and value not in _currencies():
        raise ValueError(f"«{value[:80]}» — не код валюты ISO 4217 (USD, RUB, BYN…)")
    return value


def check_date(value: str | None) -> str | None:
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (FACTS.md dates)."""
    if value is not None and not DATE_TEXT.fullmatch(value):
        raise ValueError(f"«{value[:80]}» — не дата ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ")
    return value


PlaceId = Annotated[str, AfterValidator(check_place_id)]  # "RU-TA", "BY-HM", "RU-TA/Казань" — see gazetteer.places
Currency = Annotated[str | None, AfterValidator(check_currency)]
DateText = Annotated[str | None, AfterValidator(check_date)]


def place_name(place_id: str | None) -> str:
    """The full name, for summaries ("?" for none)."""
    return gazetteer().name(place_id) if place_id else "?"


def short_place(place_id: str | None) -> str:
    """The short name, for the terminal table ("—" for none)."""
    if not place_id:
        return "—"
    p = gazetteer().get(place_id)
    return p.short_name if p is not None else place_id.rsplit("/", 1)[-1]


def places(ids: list[str] | None, name: Callable[[str | None], str] = place_name) -> str:
    return " — ".join(name(p) for p in ids or [])


def term(p: list | None) -> str:
    """A document's term of years: «2026–2027 годы», «до 2027 года»; "" for none."""
    if not p or len(p) != 2 or p == [None, None]:
        return ""
    return years(p[0], p[1])


def head(kind_label: str, type_label: str) -> str:
    """The head of a summary: the kind's name unless it is the type's own ("соглашение" of an
    agreement, "другое"), which the type's badge beside the summary already says."""
    if fold(kind_label) in (fold(type_label), "другое"):
        return ""
    return kind_label[:1].upper() + kind_label[1:] + ": "


def party_key(parties: list[str], *, ordered: bool) -> str:
    """Parties as an exact key: in their order, or as a set."""
    return ">".join(fold(p) for p in (parties if ordered else sorted(parties, key=fold)))


def party_sides(data: dict[str, Any], field: str = "parties", role: str = "party") -> list[tuple[str, str]]:
    return [(p, role) for p in data.get(field) or []]


def parties_summary(type_label: str, kinds: Mapping[str, str], d: dict[str, Any]) -> str:
    """"План: Республика Татарстан — Минская область, 2026–2027 годы, 12 марта 2025" — shown beside
    the type's badge, so the type is not named again ("Соглашение (соглашение)")."""
    s = head(kinds.get(d["kind"], d["kind"]), type_label) + places(d.get("parties"))
    return ", ".join(x for x in [s, term(d.get("period")), ru_date(d["date"]) if d.get("date") else ""] if x)


def parties_row(kinds: Mapping[str, str], people_field: str, f: dict[str, Any]) -> tuple[str, str, str]:
    """The terminal table's row of an agreement or a meeting."""
    people = f.get(people_field) or []
    details = ", ".join(x for x in [ru_date(f["date"]) if f.get("date") else "", term(f.get("period")),
                                    ", ".join(person_name(p) for p in people)] if x)
    return places(f["parties"], short_place), kinds.get(f["kind"], f["kind"]), details
