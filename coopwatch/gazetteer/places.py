"""Places: the gazetteer's data model, its loader and the hierarchy of place IDs.

Everything about "which territory is this" is answered by this package and nowhere else.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from coopwatch import paths

LEVELS = ("country", "region", "city", "district")


@lru_cache(maxsize=1)
def district_kinds() -> tuple[str, ...]:
    """Last words of the names of units below the region that are not towns ("Сокольский
    муниципальный округ", "Знаменский сельсовет"), the kinds of ``units.UNIT_NOUNS``: such an ID
    not in the data is a district."""
    from coopwatch.gazetteer.units import UNIT_NOUNS

    return tuple(sorted({noun.kind.split()[-1] for noun in UNIT_NOUNS}))


@dataclass(frozen=True)
class Place:
    id: str
    level: str
    name: str  # official Russian name, nominative
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()

    @property
    def short_name(self) -> str:
        """How people write it: "Беларусь", "Татарстан", "Минская область", "Казань"."""
        words = [n for n in self.names if not n.isupper()]
        if self.level == "country" and words:
            return min(words[:3], key=len)
        if self.level == "region" and self.name.startswith("Республика ") and len(words) > 1:
            return words[1]
        return self.name

    @property
    def parent(self) -> str | None:
        return parent_of(self.id)

    @property
    def country(self) -> str:
        return country_of(self.id)


def parent_of(place_id: str) -> str | None:
    """``RU-BA/Уфа/Центральный район`` → ``RU-BA/Уфа`` → ``RU-BA`` → ``RU`` → None."""
    if "/" in place_id:
        return place_id.rsplit("/", 1)[0]
    if "-" in place_id[:3]:
        return place_id.split("-", 1)[0]
    return None


def country_of(place_id: str) -> str:
    return place_id[:2]


def region_of(place_id: str) -> str | None:
    """The first-level subdivision a place lies in (itself if it is one), or None for a country."""
    head = place_id.split("/", 1)[0]
    return head if "-" in head else None


def lineage(place_id: str) -> list[str]:
    """The place and its ancestors, nearest first."""
    out = []
    p: str | None = place_id
    while p:
        out.append(p)
        p = parent_of(p)
    return out


def contains(outer: str, inner: str) -> bool:
    """True when ``inner`` is ``outer`` or lies inside it."""
    return outer in lineage(inner)


PLACE_ID = re.compile(r"[A-Z]{2}(?:$|[-/])")


def is_place_id(value: object) -> bool:
    """A place ID of the scheme (``BY``, ``RU-TA``, ``BY-HR/Лидский район``), not an organisation's
    name: two Latin capitals, then the end, a dash or a slash."""
    return isinstance(value, str) and PLACE_ID.match(value) is not None


def related(a: str, b: str) -> bool:
    """One place is the other or lies inside it (``BY`` ~ ``BY-MA`` ~ ``BY-MA/Горки``)."""
    return contains(a, b) or contains(b, a)


def district_names_of_town(town: str, adjectives: tuple[str, ...]) -> list[str]:
    """The IDs a district named after this town would have ("BY-HR/Лида", "лидский" → "BY-HR/Лидский район"),
    whether the gazetteer lists that district or the text builds it."""
    if "/" not in town:
        return []
    parent = town.rsplit("/", 1)[0]
    return [f"{parent}/{a[:1].upper()}{a[1:]} район" for a in adjectives]


@dataclass
class Gazetteer:
    places: dict[str, Place] = field(default_factory=dict)
    authorities: dict[str, tuple[str, ...]] = field(default_factory=dict)
    by_adjective: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # places read from a generated file (paths.GENERATED_CITIES): less sure than hand-written ones
    generated: set[str] = field(default_factory=set)

    def get(self, place_id: str) -> Place | None:
        return self.places.get(place_id)

    def level(self, place_id: str) -> str:
        p = self.places.get(place_id)
        if p:
            return p.level
        if "/" in place_id:
            return "district" if place_id.endswith(district_kinds()) else "city"
        return "region" if "-" in place_id else "country"

    def name(self, place_id: str) -> str:
        p = self.places.get(place_id)
        return p.name if p else place_id.rsplit("/", 1)[-1]

    def capital_city(self, place_id: str) -> str | None:
        """A subdivision that is a city (Минск, Москва) is its own city; others have none here."""
        p = self.places.get(place_id)
        return place_id if p and p.level == "city" else None


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """All place files and authorities, loaded once."""
    return load(paths.place_files())


def load(files: list[Path]) -> Gazetteer:
    """The places of these files (an ID listed twice: the first file's row) and the authorities."""
    gz = Gazetteer()
    for path in files:
        for row in read_tsv(path):
            row += [""] * (5 - len(row))
            pid, level, names, adjs, dems = (c.strip() for c in row[:5])
            if not pid or pid in gz.places:
                continue
            name_list = _split(names)
            official = name_list[0] if name_list else pid.rsplit("/", 1)[-1]
            if "/" in pid:  # the ID carries the official name
                official = pid.rsplit("/", 1)[-1]
            place = Place(pid, level or "city", official, name_list, _split(adjs), _split(dems))
            gz.places[pid] = place
            if path == paths.GENERATED_CITIES:
                gz.generated.add(pid)
            for a in place.adjectives:
                gz.by_adjective[a.lower().replace("ё", "е")].append(pid)
    if paths.AUTHORITIES.exists():
        for row in read_tsv(paths.AUTHORITIES):
            if len(row) >= 2 and row[0].strip():
                gz.authorities[row[0].strip()] = _split(row[1])
    return gz


@lru_cache(maxsize=1)
def town_adjectives() -> dict[str, tuple[str, ...]]:
    """Adjective of a town's name → the regions with a town giving it, the likeliest first
    (``paths.TOWN_ADJECTIVES``: "кингисеппский" → RU-LEN). Read only before a unit noun
    ("Кингисеппский район", ``units``): the adjectives of the place files name places alone."""
    if not paths.TOWN_ADJECTIVES.exists():
        return {}
    return {row[0].strip(): _split(row[1]) for row in read_tsv(paths.TOWN_ADJECTIVES) if len(row) >= 2}


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Region → its capital city: from ``capitals.tsv`` where present, else the one city of the
    region that shares the region's adjective ("курский": Курская область → Курск)."""
    gz = gazetteer()
    out: dict[str, str] = {}
    if paths.CAPITALS.exists():
        for row in read_tsv(paths.CAPITALS):
            if len(row) >= 2:
                out[row[0].strip()] = row[1].strip()
    with_adjectives: dict[str | None, list[Place]] = defaultdict(list)
    for c in gz.places.values():
        if c.level == "city" and c.adjectives:
            with_adjectives[c.parent].append(c)
    for p in gz.places.values():
        if p.level != "region" or p.id in out:
            continue
        cities = [c for c in with_adjectives[p.id] if set(c.adjectives) & set(p.adjectives)]
        if len(cities) == 1:
            out[p.id] = cities[0].id
    return out


@lru_cache(maxsize=1)
def capital_cities() -> frozenset[str]:
    return frozenset(_capitals().values())


def capital_of(place_id: str) -> str | None:
    """The capital city of a country or region, if the gazetteer knows it."""
    return _capitals().get(place_id)


@lru_cache(maxsize=1)
def _airports() -> dict[str, str]:
    return {row[0].strip().lower().replace("ё", "е"): row[1].strip()
            for row in read_tsv(paths.AIRPORTS) if len(row) >= 2}


def airport_city(name: str) -> str | None:
    """The city an airport known by a name of its own serves ("Толмачёво" → ``RU-NVS/Новосибирск``)."""
    return _airports().get(name.lower().replace("ё", "е"))
