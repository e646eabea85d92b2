"""Every data file coopwatch ships, in one place (package data, read-only)."""

import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent

GAZETTEER_DATA = PACKAGE / "gazetteer" / "data"
COUNTRIES = GAZETTEER_DATA / "countries.tsv"
AUTHORITIES = GAZETTEER_DATA / "authorities.tsv"
CAPITALS = GAZETTEER_DATA / "capitals.tsv"
AIRPORTS = GAZETTEER_DATA / "airports.tsv"
# Generated from GeoNames by tools/build_gazetteer_cities.py: towns (a place file read after the
# hand-written ones) and the adjectives of towns that name their districts.
GENERATED_CITIES = GAZETTEER_DATA / "cities_geonames.tsv"
TOWN_ADJECTIVES = GAZETTEER_DATA / "town_adjectives.tsv"


def place_files(generated: bool = True) -> list[Path]:
    """Countries first, then regions, cities and districts: earlier files win ties (the generated
    towns come after the hand-written ones)."""
    order = ["countries", "regions", "cities", "districts"]
    skip = {AUTHORITIES.name, CAPITALS.name, AIRPORTS.name, TOWN_ADJECTIVES.name} | (set() if generated else {GENERATED_CITIES.name})
    files = [p for p in GAZETTEER_DATA.glob("*.tsv") if p.name not in skip]
    return sorted(files, key=lambda p: (next((i for i, o in enumerate(order) if p.stem.startswith(o)), 9), p.name))


EXTRACT_DATA = PACKAGE / "extract" / "data"
TITLES = EXTRACT_DATA / "titles.tsv"

LEXICON = PACKAGE / "lexicon" / "data"
# Declension tables: endings and what they stand for, for words pymorphy does not know
DECLENSIONS = PACKAGE / "lexicon" / "declensions"
NAME_DECLENSIONS = DECLENSIONS / "names.tsv"
NOUN_ENDINGS = DECLENSIONS / "nouns.tsv"

SAMPLES = PACKAGE / "samples"


def cache_dir() -> Path:
    """Where derived data (the compiled place index) is kept: ``$COOPWATCH_CACHE``, else
    ``$XDG_CACHE_HOME/coopwatch``, else ``~/.cache/coopwatch``."""
    if os.environ.get("COOPWATCH_CACHE"):
        return Path(os.environ["COOPWATCH_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "coopwatch"
