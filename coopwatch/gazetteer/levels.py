"""Words that give a place adjective its level: "Курской области", "Минский облисполком",
"Вяземский район Смоленской области", and the region or city a district is placed in."""

from __future__ import annotations

from coopwatch.gazetteer.mention import PlaceMention
from coopwatch.gazetteer.places import Gazetteer
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Token


def is_region_noun(t: Token) -> bool:
    """"области", "облисполком", "провинции": a word of a region's level."""
    return L.level_nouns.get(t.lemma) == "region"


def level_after(tokens: list[Token], j: int, sent: int) -> tuple[str | None, int]:
    """The territorial level a noun group right after token ``j`` names, and where it ends:
    "облисполком", "областной исполнительный комитет", "области", "горисполком", "район" (the level
    nouns of partner countries too: "Гилянской провинции", "Ширакского и Лорийского марзов",
    "Хубсугульского аймака", "Лебапского велаята")."""
    if j >= len(tokens) or tokens[j].sent != sent:
        return None, j
    lem = tokens[j].lemma
    if lem in L.level_nouns:
        return L.level_nouns[lem], j + 1
    if lem in L.executive_adjectives:
        k = j + 1
        while k < len(tokens) and tokens[k].lemma in L.executive_nouns:
            k += 1
        return L.executive_adjectives[lem], k
    if lem == "исполком":
        return "executive", j + 1
    return None, j


def extend_authorities(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer,
                       orgs: list[tuple[int, int]] | None = None) -> list[PlaceMention]:
    """An adjective followed by a level noun picks the place of that level: "Курской области",
    "Минского областного исполнительного комитета", "Гомельский горисполком". Coordinated
    adjectives share the noun: "Курской и Брянской областями"."""
    adjectives = {i for m in mentions if m.form == "adj" for i in range(m.start, m.stop)}
    named = {m.start: m for m in mentions if m.form == "name" and m.stop - m.start == 2}
    for m in mentions:
        if m.form != "adj":
            continue
        j = m.stop
        # skip coordinated adjectives: "Гомельской, Могилевской и Витебской областями"
        while j < len(tokens) and tokens[j].sent == m.sent and (
                tokens[j].text in (",", "и") or j in adjectives
                or (tokens[j].pos == "ADJ" and tokens[j].lemma in gz.by_adjective)):
            j += 1
        if j > m.stop and j in named:  # the last member found whole: "Курской и Брянской областями"
            j = named[j].stop - 1
        level, end = level_after(tokens, j, m.sent)
        if level is None:
            continue
        if level == "executive":
            m.form = "authority"
            if j == m.stop:
                m.stop = end
                m.char_stop = tokens[end - 1].stop
            continue
        if level == "district":
            continue  # districts are units: ``units.generic_units``
        fitting = tuple(c for c in m.candidates if gz.level(c) == level)
        if not fitting:
            continue  # "российского региона": not this adjective's place
        m.candidates = fitting
        if j == m.stop:  # the noun belongs to this adjective itself
            m.stop = end
            m.char_stop = tokens[end - 1].stop
            m.form = "name" if is_region_noun(tokens[j]) else "authority"
            if m.in_org and orgs is not None and not any(a < m.stop and m.start < b and not (m.start <= a and b <= m.stop)
                                                         for a, b in orgs):
                m.in_org = False  # "Самаркандского вилоята" tagged ORG: the territory it names whole, no organisation
    return mentions


def reparent_districts(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> None:
    """"Кировский район Калужской области", "Первомайский район Бишкека": a district named like
    one we know elsewhere (Кировский район of Mogilev oblast, Первомайский район of Minsk) but
    placed by the text in another region or city."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        district = [c for c in m.candidates if gz.level(c) == "district"]
        after = place_after(by_start, tokens, m.stop, gz)
        if not district or after is None or gz.level(after.candidates[0]) not in ("region", "city"):
            continue
        region = after.candidates[0]
        inside = tuple(c for c in district if c.startswith(region + "/"))
        m.candidates = inside or (f"{region}/{district[0].rsplit('/', 1)[1]}",)


# Words between a district and the city it lies in: "Октябрьский район города Уфы", "района г. Махачкалы".
CITY_WORDS = {"город", "г"}


def place_after(by_start: dict[int, PlaceMention], tokens: list[Token], i: int, gz: Gazetteer) -> PlaceMention | None:
    """The place mention right after token ``i - 1``, or after "города"/"г." if it is a city."""
    j = i
    while j < len(tokens) and tokens[j].sent == tokens[i - 1].sent and (tokens[j].lemma in CITY_WORDS or
                                                                        (j > i and tokens[j].text == ".")):
        j += 1
    m = by_start.get(j)
    if m is None or (j > i and gz.level(m.candidates[0]) != "city"):
        return None
    return m
