"""Units below the region named by an adjective and a unit noun, listed in the gazetteer or not.

"Сокольский муниципальный округ Вологодской области" → ``RU-VLG/Сокольский муниципальный округ``,
"Горецким районом" → ``BY-MA/Горецкий район``, "Волковысский райисполком" → the district,
"Октябрьский район Уфы" → ``RU-BA/Уфа/Октябрьский район``, "Псковский и Могилёвский районы"
→ two districts. The parent is the region or city named right after the noun; else the
gazetteer's district of that name (when it knows one); else the region of the town the
adjective comes from ("Вяземский" → Вязьма, Смоленская область; "Кингисеппский" → Кингисепп,
Ленинградская область, by ``places.town_adjectives``, where the document picks among towns of
several regions); else the document's context decides (``resolve.place_unknown``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from coopwatch.gazetteer.forms import sure_forms
from coopwatch.gazetteer.levels import place_after
from coopwatch.gazetteer.mention import PlaceMention
from coopwatch.gazetteer.places import (
    Gazetteer,
    country_of,
    district_kinds,
    gazetteer,
    parent_of,
    town_adjectives,
)
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Token


@dataclass(frozen=True)
class UnitNoun:
    """A noun group naming a unit below the region, by lemmas: its words, the kind of unit the
    ID names ("Сокольский муниципальный округ"; a municipal district is written "район", as
    FACTS.md writes "RU-TA/Рыбно-Слободский район"), the gender the adjective takes in that
    name, whether the group names the unit's authority rather than the unit itself, and whether
    the unit takes the name of its centre town ("Вяземский район" — Вязьма: without a region in the
    text, the town's region is theirs; rural settlements are named after villages, and a village's
    name is shared by many: "Ивановское сельское поселение")."""

    phrase: str
    kind: str
    gender: str = "masc"
    authority: bool = False
    head: int = -1  # which word is the noun whose number tells one unit from a list
    named_after_town: bool = False
    name_after: bool = False  # the name may follow the noun too: "сельское поселение Ивановское"
    short: bool = False  # "Сокольского округа": a unit named in full before, named again by its bare noun
    country: str | None = None  # the one country with units of that name ("муниципальный округ": Russia)
    words: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", tuple(self.phrase.split()))

    def head_token(self, tokens: list[Token], start: int) -> Token:
        return tokens[start + (self.head if self.head >= 0 else len(self.words) + self.head)]


# The noun groups, longest first where one begins another.
UNIT_NOUNS = (
    UnitNoun("муниципальный округ", "муниципальный округ", named_after_town=True, country="RU"),
    UnitNoun("городской округ", "городской округ", named_after_town=True, country="RU"),
    UnitNoun("муниципальный район", "район", named_after_town=True, country="RU"),
    UnitNoun("район", "район", named_after_town=True),
    UnitNoun("районный исполнительный комитет", "район", authority=True, named_after_town=True),
    UnitNoun("районный совет депутат", "район", authority=True, head=1, named_after_town=True),
    UnitNoun("районный совет", "район", authority=True, named_after_town=True),
    UnitNoun("районный исполком", "район", authority=True, named_after_town=True),
    UnitNoun("райисполком", "район", authority=True, named_after_town=True),
    UnitNoun("райсовет", "район", authority=True, named_after_town=True),
    UnitNoun("сельсовет", "сельсовет"),
    UnitNoun("сельский совет", "сельсовет"),
    UnitNoun("сельский исполнительный комитет", "сельсовет", authority=True),
    UnitNoun("сельисполком", "сельсовет", authority=True),
    UnitNoun("сельский поселение", "сельское поселение", "neut", name_after=True, country="RU"),
    UnitNoun("городской поселение", "городское поселение", "neut", name_after=True, country="RU"),
    UnitNoun("округ", "округ", short=True),
    UnitNoun("муниципалитет", "муниципалитет"),  # Georgia
    UnitNoun("улус", "улус", country="RU"),  # Yakutia
    UnitNoun("кожуун", "кожуун", country="RU"),  # Tuva
)
LIST_JOINERS = {",", "и"}


@dataclass
class UnitPhrase:
    members: list[Token]  # the adjectives, in text order ("Псковский", "Могилёвский")
    noun: UnitNoun
    stop: int  # token index after the noun group (after the name, when it follows the noun)
    after: bool = False  # "сельское поселение Ивановское": the name follows the noun


def unit_phrases(tokens: list[Token]) -> list[UnitPhrase]:
    """Every "<adjective>[, <adjective>… и <adjective>] <unit noun group>" of the text."""
    out = []
    i = 0
    while i < len(tokens):
        noun = _noun_at(tokens, i)
        if noun is None:
            i += 1
            continue
        members = _members_before(tokens, i)
        # "Волжский и Палласовский район": a singular noun is the last adjective's alone; a plural
        # one needs a list ("Волгоградские муниципалитеты" are the region's, not one unit)
        if noun.head_token(tokens, i).feats.get("Number") == "Plur":
            members = members if len(members) > 1 else []
        else:
            members = members[-1:]
        end = i + len(noun.words)
        if members:
            out.append(UnitPhrase(members, noun, end))
        elif noun.name_after and end < len(tokens) and tokens[end].sent == tokens[i].sent \
                and (_is_name_adjective(tokens[end]) or _neuter_name(tokens[end])):
            out.append(UnitPhrase([tokens[end]], noun, end + 1, after=True))
        i += len(noun.words)
    return out


# The noun groups by their first word, in the order of UNIT_NOUNS: a token is compared only with the
# groups its lemma can begin.
_BY_FIRST_WORD: dict[str, tuple[UnitNoun, ...]] = {}
for _noun in UNIT_NOUNS:
    _BY_FIRST_WORD[_noun.words[0]] = (*_BY_FIRST_WORD.get(_noun.words[0], ()), _noun)


def _noun_at(tokens: list[Token], i: int) -> UnitNoun | None:
    for noun in _BY_FIRST_WORD.get(tokens[i].lemma, ()):
        words = tokens[i:i + len(noun.words)]
        if len(words) == len(noun.words) and all(_reads_as(t, w) and t.sent == tokens[i].sent
                                                  for t, w in zip(words, noun.words)):
            return noun
    return None


def _reads_as(t: Token, lemma: str) -> bool:
    """The word is a form of ``lemma``: the tagger's lemma, or another of its readings — "муниципальными
    округами" is lemmatised "округа" (the neighbourhood), a homonym whose plural is the unit's."""
    return t.lemma == lemma or (t.pos == "NOUN" and lemma in sure_forms(t.text))


def _is_name_adjective(t: Token) -> bool:
    """A capitalised adjective; NER's tagger often calls one before a plural noun a proper name
    ("Кобринский и Гатчинский районы"), so an adjectival lemma is enough."""
    return t.pos in ("ADJ", "PROPN") and t.lemma.endswith(_masculine_endings()) and t.text[:1].isupper() \
        and t.text.replace("-", "").isalpha()


def _neuter_name(t: Token) -> bool:
    """"Ивановское" after "сельское поселение": a capitalised neuter adjective the tagger may call a proper name."""
    return t.text[:1].isupper() and t.text.isalpha() and t.lower.endswith(tuple(sorted(L.neuter_adjective_endings)))


@lru_cache(maxsize=1)
def _masculine_endings() -> tuple[str, ...]:
    return tuple(sorted(L.masculine_adjective_endings))


def _members_before(tokens: list[Token], i: int) -> list[Token]:
    """The adjectives sharing the noun group at ``i``: "Тотемский, Сокольский и Вожегодский"."""
    members: list[Token] = []
    j = i - 1
    while j >= 0 and tokens[j].sent == tokens[i].sent and _is_name_adjective(tokens[j]) \
            and not _opens_sentence_as_common_word(tokens, j):
        members.insert(0, tokens[j])
        k = j - 1
        if k >= 0 and tokens[k].text in LIST_JOINERS and tokens[k].sent == tokens[i].sent:
            j = k - 1
            if j >= 0 and tokens[j].text == "," and tokens[j].sent == tokens[i].sent:
                j -= 1  # "Тотемский, Сокольский, и Вожегодский" — rare, but harmless
            continue
        break
    return members


def _opens_sentence_as_common_word(tokens: list[Token], j: int) -> bool:
    first = j == 0 or tokens[j - 1].sent != tokens[j].sent
    return first and tokens[j].lemma in L.not_place_adjectives  # "Новый район застроят"


def unit_name(adjective: Token, noun: UnitNoun) -> str:
    """The unit's name in the nominative: "Сокольского" + муниципальный округ → "Сокольский
    муниципальный округ"; "Ивановского" + сельское поселение → "Ивановское сельское поселение"."""
    lemma = adjective.lemma
    if noun.gender == "neut":
        lemma = _neuter(lemma)
    parts = lemma.split("-")
    written = adjective.text.split("-")
    if len(written) == len(parts):  # keep the text's capitals: "Рыбно-Слободский"
        parts = [p[:1].upper() + p[1:] if w[:1].isupper() else p for p, w in zip(parts, written)]
    else:
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    return f"{'-'.join(parts)} {noun.kind}"


def _neuter(masculine: str) -> str:
    if masculine.endswith("ий"):
        return masculine[:-2] + ("ое" if masculine[-3:-2] in "кгхжшчщ" else "ее")
    if masculine.endswith(_masculine_endings()):  # "-ый", "-ой"
        return masculine[:-2] + "ое"
    return masculine


@lru_cache(maxsize=1)
def _units_by_name() -> dict[str, tuple[str, ...]]:
    """Gazetteer units by every name that ends in a unit noun: "Горецкий район" → (BY-MA/…,),
    "Телавский район" → (GE-KA/Телавский муниципалитет,), and the rayons that are Azerbaijan's
    first-level units: "Губинский район" → (AZ-QBA,)."""
    kinds = set(district_kinds())
    out: dict[str, list[str]] = {}
    for p in gazetteer().places.values():
        names = {p.id.rsplit("/", 1)[1]} if "/" in p.id else set()
        names.update(p.names)
        for n in names:
            if n.split()[-1] in kinds and p.id not in out.get(_norm(n), []):
                out.setdefault(_norm(n), []).append(p.id)
    return {k: tuple(v) for k, v in out.items()}


def _norm(name: str) -> str:
    return name.lower().replace("ё", "е")


def unit_candidates(name: str, noun: UnitNoun, parent: str | None, gz: Gazetteer,
                    town_ids: tuple[str, ...] = (), town_regions: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Place IDs a unit of this name may be, most likely first (see the module docstring);
    ``town_ids``: the places the adjective names alone, ``town_regions``: the regions of the towns
    whose adjective it is that the place files do not give one (``places.town_adjectives``)."""
    known = _units_by_name().get(_norm(name), ())
    parent = parent or noun.country  # "Великоустюгского муниципального округа" with no region named: a Russian unit
    if parent and gz.level(parent) in ("region", "city", "district"):  # a selsovet nests in its district
        inside = [k for k in known if parent_of(k) == parent]
        return (inside[0] if inside else f"{parent}/{name}",)
    if parent:  # a country: "Жанибекский район Казахстана"
        known = tuple(k for k in known if country_of(k) == parent)
    if known:
        return known
    towns = [c for c in town_ids if gz.level(c) == "city" and "/" in c and (not parent or country_of(c) == parent)]
    if towns and noun.named_after_town:  # "Вяземский район": named after its town, in its region
        return (f"{towns[0].rsplit('/', 1)[0]}/{name}",)
    regions = [r for r in town_regions if not parent or country_of(r) == parent]
    if regions and noun.named_after_town:  # "Кингисеппский район": Кингисепп; of several, the document decides —
        # and a namesake town's region the document never names gives way to its context ("Завьяловский округ" in a
        # text about Удмуртия is not Алтайский край's for a village Завьялово there)
        return tuple(f"{r}/{name}" for r in regions) + (f"?{parent or ''}/{name}",)
    return (f"?{parent or ''}/{name}",)  # parent decided by the document's context


def generic_units(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> list[PlaceMention]:
    """Mentions for every unit phrase member; returns the new list of mentions (an adjective's
    own mention gives way to the unit it names: "Псковский" in "Псковский и Могилёвский районы")."""
    by_token = {i: m for m in mentions for i in range(m.start, m.stop)}
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    out: list[PlaceMention] = []
    orphans: list[tuple[PlaceMention, str, UnitNoun, int]] = []  # units whose parent is a unit named after them
    for phrase in unit_phrases(tokens):
        parent = _parent_after(place_after(by_start, tokens, phrase.stop, gz), gz)
        group_start = phrase.stop - len(phrase.noun.words) - (1 if phrase.after else 0)
        for adj in phrase.members:
            own = by_token.get(adj.i)
            shared = group_start if len(phrase.members) > 1 else None
            last = adj is phrase.members[-1]
            if own is not None and own.form != "adj" and not _town_form_of_adjective(own, adj, last, gz):
                # the gazetteer knows the whole name ("Лидский район", "Волковысский райисполком"),
                # or the word is a name of its own ("город Волжский")
                if own.stop > adj.i + 1 or own.form in ("authority", "district"):
                    own.shared_head = own.shared_head if shared is None else shared
                continue
            stop = phrase.stop if last else adj.i + 1
            start = group_start if phrase.after else adj.i
            if any(by_token.get(k) not in (None, own) for k in range(min(start, group_start), stop)):
                continue  # the noun group belongs to another mention already
            name = unit_name(adj, phrase.noun)
            if phrase.noun.short:
                full = _named_in_full_before(mentions + out, adj)
                if full is None:
                    continue
                if own is not None:
                    dropped.add(id(own))
                out.append(PlaceMention(candidates=full.candidates, start=start, stop=stop, char_start=tokens[start].start,
                                        char_stop=tokens[stop - 1].stop, form="district", sent=adj.sent,
                                        in_org=own.in_org if own is not None else False, shared_head=shared))
                continue
            towns = own.candidates if own is not None else ()
            regions = town_adjectives().get(_norm(adj.lemma), ()) if own is None or own.form != "adj" else ()
            cands = unit_candidates(name, phrase.noun, parent, gz, () if regions else towns, regions)
            if own is not None:
                dropped.add(id(own))
            out.append(PlaceMention(
                candidates=cands, start=start, stop=stop, char_start=tokens[start].start, char_stop=tokens[stop - 1].stop,
                form="authority" if phrase.noun.authority and last else "district", sent=adj.sent,
                in_org=own.in_org if own is not None else False,
                shared_head=shared))
            if parent is None and last:
                orphans.append((out[-1], name, phrase.noun, phrase.stop))
    _parents_named_after(orphans, mentions + out, tokens, gz)
    kept = [_plural_is_no_unit(m, tokens, gz) if m.form == "name" else m for m in mentions if id(m) not in dropped]
    return [m for m in kept if m is not None] + out


def adjectives_of_named_units(mentions: list[PlaceMention], tokens: list[Token]) -> list[PlaceMention]:
    """"Порховская делегация" after "Порховский район" (a district the gazetteer does not list): the adjective of a
    unit the document names, qualifying a noun that stands for a side, is that unit. Only a masculine name ("район",
    "округ", "улус") reads as the adjective's lemma; a name two units share names neither."""
    units: dict[str, set[str]] = {}
    for m in mentions:
        if m.form not in ("district", "authority") or "/" not in m.resolved:
            continue
        words = m.resolved.rsplit("/", 1)[-1].split()
        if len(words) >= 2 and words[-1] in district_kinds() and words[0].endswith(_masculine_endings()):
            units.setdefault(_norm(words[0]), set()).add(m.resolved)
    taken = {i for m in mentions for i in range(m.start, m.stop)}
    out = []
    for t in tokens:
        found = units.get(_norm(t.lemma)) if t.pos == "ADJ" and t.i not in taken else None
        nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) else None
        if found and len(found) == 1 and nxt is not None and nxt.sent == t.sent and nxt.lemma in L.side_nouns:
            unit = next(iter(found))
            out.append(PlaceMention(candidates=(unit,), start=t.i, stop=t.i + 1, char_start=t.start, char_stop=t.stop,
                                    form="adj", sent=t.sent, id=unit))
    return out


def _parents_named_after(orphans: list[tuple[PlaceMention, str, UnitNoun, int]], mentions: list[PlaceMention],
                         tokens: list[Token], gz: Gazetteer) -> None:
    """"Новосельское сельское поселение Ковровского района": the district after a settlement is a unit this pass
    made too, so the settlement's parent is looked for again once every unit has its mention."""
    by_start = {m.start: m for m in mentions}
    for m, name, noun, stop in orphans:
        parent = _parent_after(place_after(by_start, tokens, stop, gz), gz)
        if parent is not None and gz.level(parent) == "district":
            m.candidates = unit_candidates(name, noun, parent, gz)


def _named_in_full_before(units: list[PlaceMention], adj: Token) -> PlaceMention | None:
    """"Сокольского округа" after "Сокольским муниципальным округом": the unit of that adjective named in full
    before (a bare "округ" names no unit of its own: "федеральный", "автономный" are no names)."""
    first = unit_name(adj, UNIT_NOUNS[0]).split()[0].lower()
    def named(m: PlaceMention) -> bool:
        last = m.candidates[0].rsplit("/", 1)[-1].lower()
        return " " in last and last.split()[0] == first and last.endswith("округ")

    return next((m for m in sorted(units, key=lambda m: -m.start) if m.start < adj.i and m.candidates and named(m)), None)


def _town_form_of_adjective(own: PlaceMention, adj: Token, last: bool, gz: Gazetteer) -> bool:
    """"в Плесецком районе": the town's instrumental ("Плесецком", of Плесецк) is the adjective's
    locative; right before the unit noun, a word the tagger reads as an adjective names the unit,
    unless the town's name is that adjective ("Волжский")."""
    return own.form == "name" and last and own.start == adj.i and own.stop == adj.i + 1 and adj.pos == "ADJ" \
        and _norm(adj.lemma) not in {_norm(gz.name(c)) for c in own.candidates}


@lru_cache(maxsize=1)
def _plural_endings() -> tuple[str, ...]:
    """Adjective endings that are plural only (``L.plural_adjective_endings``: "Брестские", not "-ским")."""
    return tuple(sorted(L.plural_adjective_endings))


def _plural_is_no_unit(m: PlaceMention, tokens: list[Token], gz: Gazetteer) -> PlaceMention | None:
    """"Брестские районы" are the Brest region's districts, not the Brest district the gazetteer
    names alike: a plural adjective with a plural unit noun is the adjective alone (an adjective
    in a list of units stays singular: "Брестский и Каменецкий районы")."""
    first, last = tokens[m.start], tokens[m.stop - 1]
    listed = m.start > 0 and tokens[m.start - 1].text in LIST_JOINERS
    if m.stop - m.start != 2 or _noun_at(tokens, last.i) is None or listed \
            or not first.lower.endswith(_plural_endings()) or not all(gz.level(c) == "district" for c in m.candidates):
        return m
    ids = gz.by_adjective.get(first.lemma)
    if not ids:
        return None
    return PlaceMention(candidates=tuple(ids), start=first.i, stop=first.i + 1, char_start=first.start,
                        char_stop=first.stop, form="adj", sent=m.sent, in_org=m.in_org)


def _parent_after(m: PlaceMention | None, gz: Gazetteer) -> str | None:
    """The region, city, district or country named right after the noun group ("… района
    Вологодской области", "… района Абхазии", "… района Казахстана", "… сельсовета Брестского
    района"); an adjective is not one."""
    if m is None or m.form == "adj":
        return None
    if len(m.candidates) == 1 or all(gz.level(c) == gz.level(m.candidates[0]) for c in m.candidates):
        return m.candidates[0]
    return None
