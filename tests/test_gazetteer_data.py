"""Sanity checks for the hand-made gazetteer data (coopwatch/gazetteer/data/*.tsv).

Standard library + pycountry only: the data must parse, every place ID must follow the
scheme of shared/schema/FACTS.md, every ISO code must exist in pycountry, and the
subdivision lists we claim to cover must be complete.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

try:
    import pycountry
except ImportError:  # the format checks still run; the ISO checks are skipped
    pycountry = None

needs_pycountry = pytest.mark.skipif(pycountry is None, reason="pycountry is not installed")

DATA = Path(__file__).resolve().parent.parent / "coopwatch" / "gazetteer" / "data"

PLACE_FILES = {
    "countries.tsv": {"country"},
    "regions_ru.tsv": {"region"},
    "regions_cis.tsv": {"region"},
    "regions_other.tsv": {"region"},
    "cities.tsv": {"city"},
    "cities_geonames.tsv": {"city"},  # generated (tools/build_gazetteer_cities.py), checked alike
    "districts.tsv": {"district"},
    "districts_cis.tsv": {"district"},
}
LEVELS = {"country", "region", "city", "district"}

# Countries whose first-level subdivisions must all be present (regions or cities with codes).
COMPLETE = ["RU", "BY", "KZ", "UZ", "KG", "TJ", "AM", "AZ", "MD", "GE", "TM", "UA", "MN", "CN",
            "IN", "TR", "IR", "VN", "RS", "DE", "AE"]

COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
SUBDIV_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
NAME_PART_RE = re.compile(r"^[А-Яа-яЁё0-9][А-Яа-яЁё0-9 ,.()’'«»—–-]*$")
LATIN_RE = re.compile(r"[A-Za-z]")
ADJ_RE = re.compile(r"^[а-яё]+(-[а-яё]+)*(ий|ый|ой)$")
DEMONYM_RE = re.compile(r"^[а-яё]+(-[а-яё]+)*[ыие]$")


def norm(s: str) -> str:
    return s.casefold().replace("ё", "е")


def read_rows(name: str) -> list[tuple[int, list[str]]]:
    rows = []
    with open(DATA / name, encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            rows.append((no, line.split("\t")))
    return rows


def load_places() -> list[dict]:
    places = []
    for fname in PLACE_FILES:
        for no, cols in read_rows(fname):
            places.append(
                {
                    "file": fname,
                    "line": no,
                    "cols": cols,
                    "id": cols[0] if cols else "",
                    "level": cols[1] if len(cols) > 1 else "",
                    "names": cols[2].split("|") if len(cols) > 2 else [],
                    "adjectives": [a for a in cols[3].split("|")] if len(cols) > 3 and cols[3] else [],
                    "demonyms": [d for d in cols[4].split("|")] if len(cols) > 4 and cols[4] else [],
                }
            )
    return places


PLACES = load_places()
IDS = {p["id"] for p in PLACES}
NORM_IDS = {norm(p["id"]) for p in PLACES}


def subdivision(code: str):
    try:
        return pycountry.subdivisions.get(code=code)
    except KeyError:
        return None


def where(p: dict) -> str:
    return f"{p['file']}:{p['line']} {p['id']!r}"


def test_files_exist_and_utf8():
    for fname in list(PLACE_FILES) + ["authorities.tsv", "capitals.tsv"]:
        path = DATA / fname
        assert path.is_file(), fname
        path.read_bytes().decode("utf-8")


def test_column_counts():
    bad = [where(p) for p in PLACES if not 3 <= len(p["cols"]) <= 5]
    assert not bad, bad
    bad = [f"authorities.tsv:{no}" for no, cols in read_rows("authorities.tsv") if len(cols) != 2]
    assert not bad, bad


def test_levels_valid_and_match_file():
    bad = [where(p) for p in PLACES if p["level"] not in LEVELS or p["level"] not in PLACE_FILES[p["file"]]]
    assert not bad, bad


def test_no_blank_cells_or_stray_spaces():
    bad = []
    for p in PLACES:
        for cell in p["cols"]:
            if cell != cell.strip():
                bad.append(where(p))
        for part in p["names"] + p["adjectives"] + p["demonyms"]:
            if not part or part != part.strip() or "  " in part:
                bad.append(where(p))
    assert not bad, bad


def test_names_nonempty_and_cyrillic():
    bad = []
    for p in PLACES:
        if not p["names"]:
            bad.append(where(p))
        for n in p["names"]:
            if LATIN_RE.search(n) or not NAME_PART_RE.match(n):
                bad.append(f"{where(p)} name {n!r}")
    assert not bad, bad


def test_no_duplicate_names_within_entry():
    bad = []
    for p in PLACES:
        c = Counter(norm(n) for n in p["names"])
        bad += [f"{where(p)} {n!r}" for n, k in c.items() if k > 1]
    assert not bad, bad


def test_adjectives_and_demonyms_shape():
    bad = []
    for p in PLACES:
        bad += [f"{where(p)} adj {a!r}" for a in p["adjectives"] if not ADJ_RE.match(a)]
        bad += [f"{where(p)} demonym {d!r}" for d in p["demonyms"] if not DEMONYM_RE.match(d)]
    assert not bad, bad


def test_ids_well_formed_and_levels_consistent():
    bad = []
    for p in PLACES:
        pid, level = p["id"], p["level"]
        if "/" in pid:
            head, *rest = pid.split("/")
            ok = SUBDIV_RE.match(head) and all(r and r == r.strip() and NAME_PART_RE.match(r) for r in rest)
            ok = ok and level in {"city", "district"}
        elif COUNTRY_RE.match(pid):
            ok = level == "country"
        elif SUBDIV_RE.match(pid):
            ok = level in {"region", "city"}
        else:
            ok = False
        if not ok:
            bad.append(where(p))
    assert not bad, bad


def test_no_duplicate_ids():
    c = Counter(norm(p["id"]) for p in PLACES)
    assert not [i for i, k in c.items() if k > 1]


@needs_pycountry
def test_codes_exist_in_pycountry():
    bad = []
    for p in PLACES:
        head = p["id"].split("/")[0]
        if COUNTRY_RE.match(head):
            if pycountry.countries.get(alpha_2=head) is None:
                bad.append(where(p))
        elif subdivision(head) is None:
            bad.append(where(p))
    assert not bad, bad


def test_parents_exist():
    bad = []
    for p in PLACES:
        if "/" in p["id"]:
            parent = p["id"].rsplit("/", 1)[0]
            if parent not in IDS:
                bad.append(where(p))
    assert not bad, bad


@needs_pycountry
def test_subdivision_entries_are_first_level():
    """A coded subdivision in the data is first-level (no ISO parent)."""
    bad = []
    for p in PLACES:
        if SUBDIV_RE.match(p["id"]):
            sub = subdivision(p["id"])
            if sub is not None and sub.parent_code:
                bad.append(where(p))
    assert not bad, bad


@needs_pycountry
def test_every_country_present():
    missing = [c.alpha_2 for c in pycountry.countries if c.alpha_2 not in IDS]
    assert not missing, missing


@needs_pycountry
@pytest.mark.parametrize("cc", COMPLETE)
def test_first_level_subdivisions_complete(cc):
    expected = {s.code for s in pycountry.subdivisions.get(country_code=cc) if not s.parent_code}
    have = Counter(p["id"] for p in PLACES if p["id"].startswith(cc + "-") and "/" not in p["id"])
    assert set(have) == expected, (sorted(expected - set(have)), sorted(set(have) - expected))
    assert all(k == 1 for k in have.values())


def test_partial_countries_are_not_mixed_up():
    """Outside COMPLETE, only some subdivisions are listed (those holding a capital); every
    coded entry there must still be a real first-level subdivision (checked above) of a
    country that exists in the data."""
    bad = [where(p) for p in PLACES if SUBDIV_RE.match(p["id"]) and p["id"][:2] not in IDS]
    assert not bad, bad


def test_every_russian_region_has_a_city():
    regions = {p["id"] for p in PLACES if p["file"] == "regions_ru.tsv"}
    with_city = {p["id"].split("/")[0] for p in PLACES if p["level"] == "city" and "/" in p["id"]}
    assert not sorted(regions - with_city)


@needs_pycountry
def test_russian_regions_file():
    ids = {p["id"] for p in PLACES if p["file"] == "regions_ru.tsv"}
    expected = {s.code for s in pycountry.subdivisions.get(country_code="RU")} - {"RU-MOW", "RU-SPE"}
    assert ids == expected
    assert len(ids) == 81


def test_city_subdivisions_in_cities_file():
    for code in ["RU-MOW", "RU-SPE", "BY-HM", "KZ-71", "KZ-75", "KZ-79", "KG-GB", "KG-GO", "UZ-TK",
                 "TJ-DU", "AM-ER", "AZ-BA", "MD-CU", "GE-TB", "TM-S", "CN-BJ", "CN-SH", "CN-TJ", "CN-CQ"]:
        [p] = [p for p in PLACES if p["id"] == code]
        assert p["file"] == "cities.tsv" and p["level"] == "city", code


def test_districts_coverage():
    def count(prefix: str, suffix: str = "район") -> int:
        return sum(1 for p in PLACES if p["level"] == "district" and p["id"].startswith(prefix)
                   and p["id"].count("/") == prefix.count("/") and p["id"].endswith(suffix))

    assert sum(count(f"BY-{o}/") for o in ["BR", "HO", "HR", "MA", "MI", "VI"]) == 118
    assert count("RU-TA/") == 43
    assert count("RU-BA/") == 54
    assert count("BY-HM/") == 9
    assert count("RU-TA/Казань/") == 7
    assert count("RU-BA/Уфа/") == 7


def test_known_entries():
    by_id = {p["id"]: p for p in PLACES}
    assert "Татарстан" in by_id["RU-TA"]["names"]
    assert "РБ" in by_id["BY"]["names"] and "РБ" in by_id["RU-BA"]["names"]
    assert "Кузбасс" in by_id["RU-KEM"]["names"]
    assert "Костанайщина" in by_id["KZ-39"]["names"]
    assert "минский" in by_id["BY-HM"]["adjectives"]
    assert "RU-TA/Казань" in by_id and "BY-MA/Горки" in by_id and "KZ-39/Костанай" in by_id
    assert "BY-MI/Стародорожский район" in by_id
    assert "RU-BA/Уфа/Орджоникидзевский район" in by_id


def test_authorities():
    rows = read_rows("authorities.tsv")
    assert rows
    seen = Counter()
    bad = []
    for no, cols in rows:
        pid, names = cols[0], cols[1].split("|")
        if pid not in IDS:
            bad.append(f"authorities.tsv:{no} unknown id {pid!r}")
        for n in names:
            if not n or n != n.strip() or LATIN_RE.search(n):
                bad.append(f"authorities.tsv:{no} name {n!r}")
            seen[norm(n)] += 1
    assert not bad, bad
    assert not [n for n, k in seen.items() if k > 1]


def test_capitals():
    rows = read_rows("capitals.tsv")
    by_id = {p["id"]: p for p in PLACES}
    seen = Counter()
    bad = []
    for no, cols in rows:
        if len(cols) != 2:
            bad.append(f"capitals.tsv:{no} columns")
            continue
        owner, cap = cols
        seen[owner] += 1
        if owner not in by_id or by_id[owner]["level"] not in {"country", "region"}:
            bad.append(f"capitals.tsv:{no} owner {owner!r}")
        if cap not in by_id or by_id[cap]["level"] != "city":
            bad.append(f"capitals.tsv:{no} capital {cap!r}")
        elif cap[:2] != owner[:2]:
            bad.append(f"capitals.tsv:{no} capital in another country")
        elif by_id[owner]["level"] == "region" and not cap.startswith(owner + "/") and "/" in cap:
            bad.append(f"capitals.tsv:{no} capital outside its region")
    assert not bad, bad
    assert not [o for o, k in seen.items() if k > 1]
    assert {"RU", "BY", "KZ", "RU-TA", "RU-BA", "BY-HO", "KZ-39"} <= set(seen)


GENERATED = ("cities_geonames.tsv", "town_adjectives.tsv")


@pytest.mark.parametrize("fname", GENERATED)
def test_generated_files_credit_geonames(fname):
    head = "".join(line for line in (DATA / fname).read_text(encoding="utf-8").splitlines(True)
                   if line.startswith("#"))
    assert "GENERATED by tools/build_gazetteer_cities.py" in head
    assert "GeoNames" in head and "CC BY 4.0" in head


def test_generated_towns_leave_hand_written_names_alone():
    """A generated town takes no name a hand-written place has (the hand-written row decides)."""
    hand = {norm(n) for p in PLACES if p["file"] != "cities_geonames.tsv" for n in p["names"]}
    bad = [f"{where(p)} {n!r}" for p in PLACES if p["file"] == "cities_geonames.tsv"
           for n in p["names"] if norm(n) in hand]
    assert not bad, bad


def test_town_adjectives():
    rows = read_rows("town_adjectives.tsv")
    regions = {p["id"] for p in PLACES if p["level"] == "region"}
    hand = {norm(a) for p in PLACES for a in p["adjectives"]}
    seen = Counter()
    bad = []
    for no, cols in rows:
        if len(cols) != 2 or not ADJ_RE.match(cols[0]):
            bad.append(f"town_adjectives.tsv:{no} {cols!r}")
            continue
        adj, ids = cols
        seen[adj] += 1
        listed = ids.split("|")
        if not listed or len(set(listed)) != len(listed) or not set(listed) <= regions:
            bad.append(f"town_adjectives.tsv:{no} regions {ids!r}")
        if norm(adj) in hand:
            bad.append(f"town_adjectives.tsv:{no} {adj!r} is a hand-written adjective")
    assert not bad, bad
    assert not [a for a, k in seen.items() if k > 1]
    assert len(rows) > 1000
