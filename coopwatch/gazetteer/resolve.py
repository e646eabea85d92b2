"""One place per mention: the candidate the rest of the document supports."""

from __future__ import annotations

from collections import Counter

from coopwatch.gazetteer.mention import PlaceMention
from coopwatch.gazetteer.places import Gazetteer, contains, country_of, lineage
from coopwatch.nlp.annotate import Token

# Countries whose every district (район; not their selsovets) the gazetteer lists (districts.tsv):
# a district it does not know is not in one of their regions ("принял делегацию Брестской области в Сосновском районе").
EVERY_DISTRICT_LISTED = {"BY"}


def resolve(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> None:
    """Pick one candidate per mention: the one the document supports elsewhere, else the
    first listed (countries before regions before cities)."""
    support: Counter[str] = Counter()
    for m in mentions:
        if len(m.candidates) == 1 and not m.candidates[0].startswith("?") and not _dateline(m, tokens):
            for anc in lineage(m.candidates[0]):
                support[anc] += 1 if anc == m.candidates[0] else 0.25
    for m in mentions:
        if len(m.candidates) == 1:
            m.id = m.candidates[0]
            continue
        # of equally supported towns or districts, the one inside a place the document names
        # ("Октябрьский район" in a text about Уфа); between levels the listed order stands
        # (a country before a region of its name, "Гонконг"; a region before its capital)
        below_region = all(gz.level(c) in ("city", "district") for c in m.candidates)
        best = max(m.candidates, key=lambda c: (
            support[c] + 0.1 * sum(support[d] for d in support if contains(c, d) and d != c),
            sum(support[a] for a in lineage(c)[1:]) if below_region else 0,
            -m.candidates.index(c)))
        unknown = next((c for c in m.candidates if c.startswith("?")), None)
        if unknown is not None and not best.startswith("?") and not support[lineage(best)[1]] and any(
                support[r] >= 1 and gz.level(r) == "region" and country_of(r) == country_of(best) for r in support):
            best = unknown  # a town's region the document never names, another it does: the context decides
        m.id = best
    for m in mentions:
        if m.id and m.id.startswith("?"):
            m.id = place_unknown(m, mentions, gz)
    town_of_region_named(mentions, tokens, gz)
    one_place_per_name(mentions, gz)


def _dateline(m: PlaceMention, tokens: list[Token]) -> bool:
    """"Оренбург, 21 ноября 2025 г.": where a release was issued says nothing of which place an adjective of the text
    names ("оренбургской продукции" is the region's when the region is the side)."""
    return m.start == 0 and m.stop < len(tokens) and tokens[m.stop].text == ","


def _name(place_id: str) -> str:
    return place_id.rsplit("/", 1)[-1]


def _local(m: PlaceMention, gz: Gazetteer) -> bool:
    return bool(m.id) and "/" in m.id and not m.id.startswith("?")


def town_of_region_named(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> None:
    """"в Кирове Калужской области": a town or district followed by a region in the genitive that does not contain
    the place the gazetteer knows by that name is that region's own (``RU-KLU/Киров``)."""
    for m, nxt in zip(mentions, mentions[1:]):
        if not _local(m, gz) or nxt.start != m.stop or nxt.sent != m.sent or m.form not in ("name", "district") \
                or not nxt.id or nxt.form != "name" or gz.level(nxt.id) != "region":
            continue
        if tokens[nxt.stop - 1].case not in ("Gen", None):
            continue  # "в Нижнем Новгороде Могилёвская область подписала …": a subject, not the town's region
        if not any(contains(nxt.id, c) for c in m.candidates):
            m.id = f"{nxt.id}/{_name(m.id)}"


def one_place_per_name(mentions: list[PlaceMention], gz: Gazetteer) -> None:
    """"Кировского района Калужской области" once, then "Кировского района": within a document a town or
    district name given once with its region means that place wherever it is named alone."""
    anchored: dict[str, set[str]] = {}
    for m, nxt in zip(mentions, mentions[1:]):
        if _local(m, gz) and nxt.start == m.stop and nxt.sent == m.sent and nxt.id and nxt.form == "name" and "/" not in nxt.id \
                and "-" in nxt.id and contains(nxt.id, m.id):
            anchored.setdefault(_name(m.id), set()).add(m.id)
    for m in mentions:
        ids = anchored.get(_name(m.id)) if _local(m, gz) else None
        if ids and len(ids) == 1 and m.id not in ids:
            m.id = next(iter(ids))


def place_unknown(m: PlaceMention, mentions: list[PlaceMention], gz: Gazetteer) -> str:
    """A district whose region neither the text around it nor the gazetteer gives
    (``?/Name``, or ``?KZ/Name`` when only the country is named): the nearest region (of that
    country, and not of a country whose every district the gazetteer lists) mentioned before it
    in the document; failing that, the most mentioned one; with no region of its country named, the region of a town
    of it named (the nearest before it). A unit listed with others under one noun
    ("Сокольский и Тотемский муниципальные округа") is in the region of a sibling the gazetteer places. With
    no region at all the ID stays unplaced (``?/Name``), which no fact takes as a side."""
    country, name = m.id[1:].split("/", 1)
    # "Кореличский сельсовет Кореличского района …" before, "Кореличского сельисполкома" now: the unit named before
    same = [x.id for x in mentions if x.id and not x.id.startswith("?") and x.id.rsplit("/", 1)[-1] == name
            and (not country or country_of(x.id) == country)]
    if len(set(same)) == 1:
        return same[0]
    # "Сокольский и Тотемский муниципальные округа": units sharing one noun lie in one region — a listed sibling's
    siblings = [x.id for x in mentions if m.shared_head is not None and x.shared_head == m.shared_head and x is not m
                and _local(x, gz) and (not country or country_of(x.id) == country)
                and not (name.endswith(" район") and country_of(x.id) in EVERY_DISTRICT_LISTED)]
    if siblings:
        return f"{siblings[0].rsplit('/', 1)[0]}/{name}"
    regions = [x for x in mentions if x.id and not x.id.startswith("?") and gz.level(x.id) == "region"
               and (not country or x.id.startswith(country + "-"))
               and not (name.endswith(" район") and country_of(x.id) in EVERY_DISTRICT_LISTED)]
    before = [x for x in regions if x.start < m.start and x.form != "adj"]
    if before:
        return f"{before[-1].id}/{name}"
    if regions:
        return f"{Counter(x.id for x in regions).most_common(1)[0][0]}/{name}"
    # no region of its country named: the region of a town of it the document names, before it first ("Великий
    # Устюг, 18 сентября. Глава Великоустюгского муниципального округа …")
    towns = [x for x in mentions if x.id and not x.id.startswith("?") and gz.level(x.id) == "city" and "/" in x.id
             and country and country_of(x.id) == country]
    if towns:
        before = [x for x in towns if x.start < m.start]
        nearest = before[-1] if before else towns[0]
        return f"{nearest.id.split('/', 1)[0]}/{name}"
    return m.id
