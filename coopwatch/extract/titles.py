"""Position titles: "министр промышленности и торговли Татарстана", "председатель Минского
областного исполнительного комитета", "председатель концерна «Белнефтехим»". Who holds them is
``holders``' business.

A title phrase is read in these steps:

1. ``title_heads.title_def`` — its head, a lemma of ``data/titles.tsv``, also when a dash inside
   it is not a hyphen ("Премьер–министр"), it is a participle ("заведующая") or a former post
   ("экс-мэр");
2. ``_left_edge`` — words before the head that belong to the title: modifiers ("первый",
   "чрезвычайный и полномочный", "временный"), a place adjective ("белорусский вице-премьер"),
   "и.о." (acting), and words that make it a former post ("бывший", "экс-", "предыдущий",
   "в прошлом");
3. ``_complement`` — the tail after the head: the genitive complement with its coordinated nouns,
   a "по …" area, a "в <place>" location, a quoted name, a dash-joined second title, a side of a
   joint body ("сопредседатель комиссии от белорусской стороны"), "в делах" of a chargé
   d'affaires; a bracketed gloss is skipped ("хоким (глава) Ташкента");
4. ``_whose`` — what the complement says of whose post it is: the territories (a place or an
   authority), the location, which is not the holder's territory ("консул в Казани", "руководитель
   новосибирского отделения белорусского посольства"), an organisation, a generic word for a
   territory ("глава региона"), and whether the body is a joint one;
5. ``_title_text`` — the title as FACTS writes it: lower case, nominative, the names of
   territories and organisations left out ("председатель облисполкома").

Needs: tokens, place mentions, people. Adds: ``TitleMention`` objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from coopwatch.extract.normal import org_name, quoted_tokens
from coopwatch.extract.people import Person, PersonMention
from coopwatch.extract.title_heads import (
    HYPHENS,
    TitleDef,
    compound_prefix,
    starts_compound,
    title_def,
    title_defs,
)
from coopwatch.gazetteer.matcher import PlaceMention
from coopwatch.gazetteer.places import country_of, district_kinds
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Annotated, Token, lemma_of, morph_vocab


def generic_places() -> dict[str, str]:
    """Words that stand for a territory, with its level (``L.generic_territories``); "столица" in a title
    names a capital ("мэр столицы"), not any city."""
    return {w: ("capital" if w == "столица" else kind) for w, kind in L.generic_territories.items()
            if not kind.startswith("BY-")}


DASHES = ("—", "–", "-")
QUOTES = "«»\"“”„"


@dataclass
class TitleMention:
    start: int  # token range of the whole title phrase
    stop: int
    sent: int
    head: str
    scope: str  # country | region | city | any | org, or several joined by |
    country: str | None  # the country the position exists in, when the title says ("облисполком" → BY)
    text: str  # lower case, nominative, territory and organisation names removed
    places: list[PlaceMention] = field(default_factory=list)  # whose position it is
    location: PlaceMention | None = None  # "посол … в России", "новосибирское отделение посольства"
    org: str | None = None
    generic: str | None = None  # "глава региона" → "region"
    generic_word: str | None = None  # the word itself: "края" in "правительства края" → "край"
    implies: str | None = None
    former: bool = False
    plural: bool = False  # "президенты РФ и Казахстана Владимир Путин и Касым-Жомарт Токаев"
    person: Person | None = None
    person_mention: PersonMention | None = None
    # the person is not named here: the document's only holder of this title (role._corefer), or
    # the one untitled person the title stands for in a sentence near it (holders._coreferent)
    coref: bool = False
    of: str | None = None  # resolved by roles: a place ID or an organisation name
    joint: bool = False  # a post in a body of both sides ("сопредседатель комиссии от белорусской стороны")


@dataclass
class _Edge:
    start: int
    places: list[PlaceMention]
    former: bool
    acting: int  # tokens of an "и.о." before the head, 0 if none


@dataclass
class _Whose:
    places: list[PlaceMention]
    location: PlaceMention | None
    org_noun: Token | None
    generic: str | None
    removed: set[int]  # complement tokens left out of the title's text
    side: list[Token]  # "от белорусской стороны"
    generic_word: str | None = None
    answered: PlaceMention | None = None  # "инспектор по Могилевской области": the area, not whose post


def find_titles(ann: Annotated, places: list[PlaceMention], people: list[Person]) -> list[TitleMention]:
    """The document's titles, each bound to its holder where the text says who (``holders``)."""
    from coopwatch.extract.holders import bind_holders

    tokens = ann.tokens
    place_at = {i: m for m in places for i in range(m.start, m.stop)}
    person_tokens = {i for p in people for m in p.mentions for i in range(m.start, m.stop)}
    out: list[TitleMention] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        d = title_def(t)
        if starts_compound(tokens, i):
            i += 1  # "Премьер министр": read at its second part
            continue
        if d is None or t.i in person_tokens or (t.i in place_at and place_at[t.i].form != "adj") \
                or _leads_a_delegation(tokens, i):
            i += 1
            continue
        compound = compound_prefix(tokens, i)
        if compound is not None:
            d = compound[0]
        title = _title_at(ann, t, d, place_at, person_tokens)
        out.append(title)
        i = max(title.stop, i + 1)
    return bind_holders(ann, out, people, places)


def _leads_a_delegation(tokens: list[Token], i: int) -> bool:
    """"во главе с хокимом …": the phrase says who leads, the word "главе" in it is no post."""
    return 0 < i < len(tokens) - 1 and tokens[i - 1].lower == "во" and tokens[i + 1].lower in L.with_prepositions


def _title_at(ann: Annotated, head: Token, d: TitleDef, place_at: dict[int, PlaceMention],
              person_tokens: set[int]) -> TitleMention:
    tokens = ann.tokens
    edge = _left_edge(tokens, head, place_at)
    territorial = not {"country", "any", "org"} & set(d.scope.split("|"))
    stop, complement = _complement(tokens, head.i + 1, head.sent, place_at, person_tokens, territorial)
    whose = _whose(tokens, complement, edge.places, place_at)
    places = whose.places
    org = None
    if whose.org_noun is not None:
        after_org = [t for t in complement if t.i > whose.org_noun.i]
        generic = any(t.lemma in generic_places() and not t.is_cap() for t in after_org)
        org = org_name(ann, [t for t in complement if t not in whose.side], whose.org_noun, bool(places), generic)
    if org is not None:
        quoted = quoted_tokens(complement)
        whose.removed.update(quoted)
        if quoted:
            places = [p for p in places if p.start not in quoted]
    scope, country = _scope(d, head, complement, tokens)
    # a body of both sides: said so ("от белорусской стороны", "сопредседатель", "белорусской части"), or a body
    # named by common words only ("председатель постоянной комиссии"), which no one side owns by name
    # ("совет" is no organisation noun — a region's "областной совет" is its own — but "сопредседатель совета
    # делового сотрудничества" holds a post in a joint one)
    body = whose.org_noun if org is not None else next((t for t in complement if t.lemma in L.joint_bodies), None)
    # "руководитель белорусской части межправкомиссии": one side's part of a body is a joint body's, whatever its name
    side_part = any(t.lemma == "часть" and t.i - 1 in place_at and place_at[t.i - 1].form == "adj" for t in complement)
    joint = side_part or body is not None and body.lemma in L.joint_bodies and bool(
        whose.side or d.head == "сопредседатель" or any(t.lemma == "часть" for t in complement)
        or org is not None and org == org.lower())
    return TitleMention(
        start=edge.start, stop=stop, sent=head.sent, head=d.head, scope=scope, country=country,
        text=_title_text(tokens, head, d, edge, complement, whose.removed, place_at), places=places,
        location=whose.location, org=org, generic=whose.generic, generic_word=whose.generic_word, implies=d.implies or _federal_area(complement) or _country_answered_for(whose), former=edge.former,
        plural=plural_form(head), joint=joint)


def plural_form(head: Token) -> bool:
    """The word is plural: as tagged, or a form that can only be plural ("акимы", "акимами", which the tagger may read
    as singular before a list of names); not a form that can only be singular."""
    parses = [p for p in morph_vocab()(head.lower) if p.normal_form == head.lemma]
    if head.feats.get("Number") == "Plur":
        # (but not "хокимом", a singular the tagger may read as plural: every reading of the form is singular)
        return not (parses and all("sing" in p.tag for p in parses))
    return bool(parses) and all("plur" in p.tag for p in parses)


def _left_edge(tokens: list[Token], head: Token, place_at: dict[int, PlaceMention]) -> _Edge:
    start = head.i
    places: list[PlaceMention] = []
    # "экс-президент", "кандидат в мэры": no position held
    former = head.lemma.startswith("экс") or any(t.lemma == "кандидат" for t in tokens[max(head.i - 2, 0): head.i])
    acting = 0
    compound = compound_prefix(tokens, head.i)
    if compound is not None:
        start -= compound[1]  # "вице премьер": the first part written apart
    while start > 0:
        prev = tokens[start - 1]
        if prev.sent != head.sent and not _acting_at(tokens, start):
            break
        if prev.lemma in L.title_modifiers or (prev.text == "и" and start - 2 >= 0
                                                and tokens[start - 2].lemma in L.title_modifiers):
            start -= 1
        elif prev.lemma in L.former_post_words:
            former = True
            start -= 1
        elif prev.i in place_at and place_at[prev.i].form == "adj" and not place_at[prev.i].in_org:
            places.append(place_at[prev.i])
            start -= 1
        elif _acting_at(tokens, start):
            acting = _acting_at(tokens, start)
            start -= acting
        else:
            break
    if start >= 2 and [t.lower for t in tokens[start - 2:start]] == ["в", "прошлом"]:
        former = True  # "Иван Петров, в прошлом министр экономики"
    return _Edge(start, places, former, acting)


def _acting_at(tokens: list[Token], start: int) -> int:
    """How many tokens before ``start`` spell "и.о." ("И.о. губернатора", "и. о. мэра"), else 0."""
    for n, spelling in ((4, ["и", ".", "о", "."]), (3, ["и", ".", "о."]), (2, ["и.", "о."]), (1, ["и.о."]),
                        (3, ["и.", "о", "."])):
        if start >= n and [t.lower for t in tokens[start - n:start]] == spelling:
            return n
    return 0


def _complement(tokens: list[Token], j: int, sent: int, place_at: dict[int, PlaceMention],
                person_tokens: set[int], territorial: bool = False) -> tuple[int, list[Token]]:
    """The tail of a title (see the module docstring, step 3). A territory's own post ("аким Павлодарской
    области") has no location: "в Омске" after its territory is where something happened."""
    out: list[Token] = []
    first = j
    in_quotes = False
    while j < len(tokens) and tokens[j].sent == sent and j not in person_tokens:
        t = tokens[j]
        nxt = tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].sent == sent else None
        gloss = _gloss_end(tokens, j, sent) if not out or out[-1].i == j - 1 else 0
        if gloss:
            j = gloss  # "хоким (глава) Ташкента": the gloss is no part of the title
            continue
        if territorial and t.lower in L.where_prepositions and any(x.i in place_at for x in out):
            break
        area = _post_area_at(tokens, j, sent) if out else 0
        if area:  # "полномочный представитель Президента в Сибирском федеральном округе"
            out.extend(tokens[j:j + area])
            j += area
            continue
        side = _side_at(tokens, j, sent, place_at)
        if side or (not out and t.lower == "в" and nxt is not None and nxt.lemma == "дело"):
            n = side or 2  # "от белорусской стороны"; "поверенный в делах"
            out.extend(tokens[j:j + n])
            j += n
            continue
        if t.text in ("«", "„", "“") or (t.text == '"' and not in_quotes):
            in_quotes = True
        elif t.text in ("»", "”") or (t.text == '"' and in_quotes):
            in_quotes = False
        elif not (in_quotes or _continues(t, nxt, out, place_at) or not out and t.case == "Ins"
                  and tokens[first - 1].lower.startswith(_instrumental_title_stems())):
            break
        out.append(t)
        j += 1
    while out and (out[-1].text in (",", "и", "«") + DASHES or out[-1].pos == "ADP"):
        out.pop()
    return (out[-1].i + 1 if out else first), out


def _continues(t: Token, nxt: Token | None, out: list[Token], place_at: dict[int, PlaceMention]) -> bool:
    """Does the complement go on with ``t``?"""
    defs = title_defs()
    area = any(o.lower == "по" for o in out)  # "министр по делам молодежи"
    if t.case == "Gen" or t.i in place_at or (t.text.isupper() and len(t.text) >= 2):
        return True
    if t.pos == "ADJ" and t.case is None and nxt is not None and nxt.case == "Gen":
        return True  # "национально-культурной автономии": the tagger gave the adjective no case
    if t.pos in ("NOUN", "PROPN") and t.case not in ("Nom", "Gen") and _could_be_genitive(t):
        return True  # "секретарем парткома": the tagger copied the head's case onto its complement
    if t.lemma in generic_places() and t.case == "Nom" and _only_genitive(t):
        return True  # "губернатор аймака Батбаяр Нэргуй": the foreign name made the tagger read "аймака" as nominative
    if t.lower in L.title_head_forms:
        return True  # "помощник раиса", "пресс-службы Раиса РТ": the tagger reads a woman's name
    if t.text in (",", "и") and nxt is not None:
        if nxt.case == "Gen" and nxt.pos in ("NOUN", "ADJ", "PROPN") and nxt.lemma not in defs and out \
                and not (out[-1].i in place_at and nxt.lemma.split("-")[0] in L.apposition_nouns):
            return True  # "министр промышленности и торговли" (not "аким Уральска, центра области": its place's aside)
        if t.text == "и" and nxt.lemma in defs and any(o.lemma in defs for o in out) \
                and (nxt.case == "Gen" or nxt.rel == "conj" and nxt.head in {o.i for o in out}):
            return True  # "заместителей губернатора и председателя облисполкома": the deputies' two chiefs
        if nxt.case in ("Dat", "Loc") and nxt.pos in ("NOUN", "ADJ") and area:
            return True
    if t.text in DASHES and nxt is not None and (nxt.lemma in defs or nxt.lemma in L.title_modifiers) \
            and not any(o.lemma in L.joint_bodies for o in out):
        return True  # "статс-секретарь – заместитель министра" (not "сопредседатель комиссии — министр …": two posts)
    if t.lemma in defs and out and out[-1].text in DASHES:
        return True
    if t.lower == "по" and nxt is not None and nxt.pos in ("NOUN", "ADJ") and nxt.case in ("Dat", "Loc"):
        return True
    if t.case in ("Dat", "Loc") and area or t.case == "Ins" and area and t.pos in ("NOUN", "ADJ"):
        return True  # "заведующая отделом по управлению муниципальным имуществом"
    if t.text in (",", "и") and nxt is not None and nxt.i in place_at and out and out[-1].i in place_at:
        return True  # "губернаторы провинций Мазандаран и Гилян": coordinated places
    prep = out[-1].lower if out else None
    if (t.lower in L.where_prepositions or t.lower in L.with_prepositions) and nxt is not None and nxt.i in place_at \
            and nxt.case in ("Loc", "Ins", "Acc"):
        return True  # "посол в России"
    if t.i in place_at and (prep in L.where_prepositions or prep in L.with_prepositions):
        return True
    if t.lower in L.where_prepositions and nxt is not None and nxt.lemma in L.generic_territories \
            and any(o.lemma in L.envoy_senders for o in out):
        return True  # "полномочный представитель Президента Кыргызской Республики в области": the envoy's seat
    if t.lemma in L.generic_territories and prep in L.where_prepositions and any(o.lemma in L.envoy_senders for o in out):
        return True
    if t.lower in L.where_prepositions and nxt is not None and nxt.lemma in L.city_nouns and nxt.i + 1 in place_at:
        return True  # "генеральный консул в городе Казани"
    if t.lemma in L.city_nouns and prep in L.where_prepositions and t.i + 1 in place_at:
        return True
    if t.lemma in L.city_nouns and out and (out[-1].lemma in L.generic_territories or out[-1].text in DASHES
                                            and len(out) > 1 and out[-2].lemma in L.generic_territories) \
            and t.i + 1 in place_at:
        return True  # "глава администрации городского округа (–) город Уфа": the municipality's official name
    if t.text in DASHES and out and out[-1].lemma in L.generic_territories and nxt is not None \
            and nxt.lemma in L.city_nouns and nxt.i + 1 in place_at:
        return True
    return t.case == "Ins" and prep in L.with_prepositions


def _country_answered_for(whose: _Whose) -> str | None:
    """"помощник Президента — инспектор по Гомельской области" with no territory of its own: a post of the country of
    the area it answers for."""
    if whose.answered is None or whose.places or not whose.answered.resolved:
        return None
    return country_of(whose.answered.resolved)


def _federal_area(complement: list[Token]) -> str | None:
    """"полномочный представитель Президента в Сибирском федеральном округе": a post over a federal area is Russia's."""
    for n, tok in enumerate(complement):
        area = _post_area_at(complement, n, tok.sent)
        if area and any(t.lemma in L.federal_area_words for t in complement[n:n + area]):
            return "RU"
    return None


def _post_area_at(tokens: list[Token], j: int, sent: int) -> int:
    """"в Сибирском федеральном округе" at ``j``: the area a post covers, which the gazetteer does not list
    (``L.post_area_nouns``); its length, else 0."""
    if tokens[j].lower not in L.where_prepositions:
        return 0
    for k in range(j + 1, min(j + 5, len(tokens))):
        t = tokens[k]
        if t.sent != sent or t.pos not in ("ADJ", "NOUN"):
            return 0
        if t.lemma in L.post_area_nouns:
            return k + 1 - j
    return 0


def _gloss_end(tokens: list[Token], j: int, sent: int) -> int:
    """After a short bracketed gloss of words at ``j`` ("(глава)"), the index past it; else 0."""
    if tokens[j].text != "(":
        return 0
    for k in range(j + 1, min(j + 5, len(tokens))):
        if tokens[k].sent != sent or not (tokens[k].text.isalpha() or tokens[k].text == ")"):
            return 0
        if tokens[k].text == ")":
            return k + 1 if k > j + 1 else 0
    return 0


def _side_at(tokens: list[Token], j: int, sent: int, place_at: dict[int, PlaceMention]) -> int:
    """"от белорусской стороны", "с российской стороны": its length, else 0."""
    if tokens[j].lower not in L.side_prepositions or j + 2 >= len(tokens):
        return 0
    adj, noun = tokens[j + 1], tokens[j + 2]
    if adj.i in place_at and place_at[adj.i].form == "adj" and noun.lemma == "сторона" and noun.sent == sent:
        return 3
    return 0


def _whose(tokens: list[Token], complement: list[Token], places: list[PlaceMention],
           place_at: dict[int, PlaceMention]) -> _Whose:
    """Whose post the complement says it is (the module docstring, step 4)."""
    whose = _Whose(list(places), None, None, None, set(), [])
    prep = None
    answered = None  # the place after "по" the post answers for
    for n, tok in enumerate(complement):
        area = _post_area_at(complement, n, tok.sent)
        if area:
            whose.removed.update(t.i for t in complement[n:n + area])  # the area is not part of the post's name
        if tok.lemma == "сторона" and n >= 2 and complement[n - 2].lower in L.side_prepositions:
            whose.side = complement[n - 2:n + 1]
            whose.removed.update(t.i for t in whose.side)
            continue
        if tok.pos == "ADP" and not (tok.lower == "в" and n + 1 < len(complement) and complement[n + 1].lemma == "дело"):
            prep = tok.lower  # (not "поверенный в делах России": Russia's affairs, not where the post is)
            continue
        m = place_at.get(tok.i)
        if m is None and tok.lemma in L.city_nouns and prep in L.where_prepositions and tok.i + 1 in place_at:
            continue  # "в городе Казани": the city's noun goes with its name
        dashed = n > 1 and complement[n - 1].text in DASHES  # "городского округа – город Волжский"
        if m is None and tok.lemma in L.city_nouns and n > 0 \
                and complement[n - 2 if dashed else n - 1].lemma in L.generic_territories and tok.i + 1 in place_at:
            # "городского округа город Уфа": the municipality's official name, a name the place gives `of` whole
            k = n - 2 if dashed else n - 1
            while k > 0 and complement[k - 1].pos == "ADJ":
                k -= 1
            whose.removed.update(t.i for t in complement[k:n + 1])
            whose.generic = whose.generic_word = None
            continue
        if m is not None:
            if m is whose.location:
                continue
            if m is answered or complement[n - 1].lower in L.area_prepositions and m.start == tok.i:
                # "инспектор по Могилевской области": the area the post answers for, not whose post it is
                answered = whose.answered = m
                whose.removed.update(range(complement[n - 1].i, m.stop))
                whose.places = [x for x in whose.places if x is not m]
                continue
            if prep in L.where_prepositions and whose.location is None and m.form != "adj" and prep != "от":
                whose.location = m  # "посол в России": the country a post is accredited to stays in the title
                if "-" in m.resolved:  # "генеральный консул в Хабаровске": a consulate's seat is a name left out
                    k = n - 1
                    while k >= 0 and (complement[k].pos == "ADP" or complement[k].lemma in L.city_nouns):
                        k -= 1  # "в городе Казани"
                    whose.removed.update(range(complement[k + 1].i, m.stop))
                continue
            # "председатель Минского облисполкома" → "председатель облисполкома": the place's own
            # word goes to `of`, the body's words stay in the title
            whose.removed.update(i for i in range(m.start, m.stop) if (m.form != "authority" or i == m.start
                                 or tokens[i].is_cap()) and i != _unit_noun(tokens, m))
            if m.form == "adj" and _branch_of_institution(tokens, m.stop) and whose.location is None:
                whose.location = m  # "новосибирского отделения посольства"
            elif (prep not in L.partner_prepositions or whose.side) and m not in whose.places \
                    and not (m.form == "adj" and m.in_org and not _coordinated(tokens, m, place_at)):
                whose.places.append(m)
            continue
        if tok.lemma in L.title_org_nouns and whose.org_noun is None and prep is None:
            whose.org_noun = tok
        kind = complement[n - 1] if n > 0 else None
        if tok.lemma in generic_places() and kind is not None and kind.pos == "ADJ" and kind.i not in whose.removed \
                and (tok.i + 1 in place_at or kind.i in place_at or n > 1 and complement[n - 2].i in place_at):
            # "глава городского округа Коломна", "глава Коломенского городского округа": the unit's kind, named by
            # the name beside it — the post's words
            continue
        if tok.lemma in L.generic_territories and prep in L.where_prepositions and n > 0:
            whose.removed.update((complement[n - 1].i, tok.i))  # "… в области": an envoy's seat (role.generic_seat)
            continue
        if tok.lemma in generic_places() and whose.generic is None and prep is None and not tok.is_cap():
            whose.generic = generic_places()[tok.lemma]
            whose.generic_word = tok.lemma
            whose.removed.add(tok.i)  # "мэр столицы" → "мэр", as "глава региона" → "глава"
    return whose


def _unit_noun(tokens: list[Token], m: PlaceMention) -> int | None:
    """"глава Порховского района" → "глава района", "глава городского округа Коломна" → "глава городского округа": the
    unit's noun (the first of a district's words) is the post's, only the name goes to `of`."""
    if m.form != "district":
        return None
    return next((i for i in range(m.start, m.stop) if tokens[i].lemma in district_kinds()), None)


def _coordinated(tokens: list[Token], m: PlaceMention, place_at: dict[int, PlaceMention]) -> bool:
    """"Минского и Гродненского облисполкомов": an adjective coordinated with the next place is a
    place of its own, though the tagger reads the whole phrase as one organisation."""
    return m.stop + 1 < len(tokens) and tokens[m.stop].text in (",", "и") and m.stop + 1 in place_at


def _branch_of_institution(tokens: list[Token], j: int) -> bool:
    """"отделения посольства", "филиала банка": a unit of the institution named after it."""
    return j + 1 < len(tokens) and tokens[j].lemma in L.branch_nouns and tokens[j + 1].pos in ("NOUN", "ADJ", "PROPN") \
        and tokens[j + 1].case == "Gen"


def _scope(d: TitleDef, head: Token, complement: list[Token], tokens: list[Token]) -> tuple[str, str | None]:
    lemmas = {tok.lemma for tok in complement} | {head.lemma}
    if lemmas & {"облисполком"} or {"областной", "исполнительный"} <= lemmas or {"областной", "исполком"} <= lemmas:
        return "region", "BY"
    if lemmas & {"горисполком"} or {"городской", "исполнительный"} <= lemmas or {"городской", "исполком"} <= lemmas:
        return "city", "BY"
    if lemmas & {"администрация"} and lemmas & {"город"}:
        return "city", None
    below = L.generic_territories.get(complement[0].lemma) if complement else None
    if d.head in L.country_titles and below in ("city", "district"):
        return below, None  # "аким города", "хоким района": a city's or a district's head has the region's title
    if d.scope == "org" and complement and complement[0].lemma in L.government_nouns:
        return "any", None  # "директор департамента экономического развития": a post in a territory's government
    if d.scope == "any":  # "заместитель губернатора": a deputy's post is of the kind of territory his chief's is
        chief = next((c for tok in complement if (c := title_def(tok)) is not None and c.scope not in ("any", "org")),
                     None)
        if chief is not None:
            return chief.scope, None
    return d.scope, None


def _title_text(tokens: list[Token], head: Token, d: TitleDef, edge: _Edge, complement: list[Token],
                removed: set[int], place_at: dict[int, PlaceMention]) -> str:
    """The title in lower case and the nominative, without the names of its territories."""
    compound = compound_prefix(tokens, head.i)
    words = [k for k in range(edge.start + edge.acting, head.i + 1)
             if compound is None or not head.i - compound[1] <= k < head.i]
    if edge.acting or any(tokens[k].lemma == "обязанность" for k in words):
        # "временно исполняющий обязанности губернатора", "и.о. губернатора": the head stays in the genitive
        head_part = " ".join(tokens[k].lower for k in words if tokens[k].i not in place_at)
    else:
        head_part = " ".join(d.head if k == head.i else lemma_of(tokens[k].lower) if tokens[k].pos == "ADJ"
                             else tokens[k].lemma for k in words
                             if tokens[k].i not in place_at and lemma_of(tokens[k].lower) not in L.current_post_words)
    if edge.acting:
        head_part = "и.о. " + head_part
    if head.lower.translate(HYPHENS).startswith("экс-") and not head_part.startswith("экс"):
        head_part = head_part.replace(d.head, "экс-" + d.head, 1)
    rest = [tok for tok in complement if (tok.i not in removed or _fused_body(tok)) and tok.text not in QUOTES
            and not (tok.pos == "NUM" or tok.lemma in L.two_numerals) and not _legal_form(tok)]
    kept = {tok.i for tok in rest}
    # "руководители Гомельской и Калужской областей" → "руководитель": no "и" left between names removed
    rest = [tok for tok in rest if tok.text not in (",", "и") or tok.i - 1 in kept and tok.i + 1 in kept]
    plural = head.feats.get("Number") == "Plur"
    words = [(tok.i in removed and _fused_body(tok)) or (_singular(tok, rest[k + 1:]) if plural else tok.lower)
             for k, tok in enumerate(rest)]
    text = " ".join([head_part] + words).replace(" ,", ",").strip(" ,—–-")
    # "Премьер–министр": a dash typed inside a hyphenated word is its hyphen
    return " ".join(w.translate(HYPHENS) if len(w) > 1 else w for w in text.split())


def _fused_body(t: Token) -> str | None:
    """"Мингорисполкома" → "горисполкома": the body's part of a word fused with its territory's name (a body of
    government that names a level: ``L.level_nouns`` and ``L.government_nouns`` both)."""
    low = t.lower
    for body in L.level_nouns.keys() & L.government_nouns:
        k = low.find(body)
        if k > 0:
            return low[k:]
    return None


def _legal_form(t: Token) -> bool:
    """"генеральный директор ПАО «КАМАЗ»": the company's legal form, in capitals, is part of its name, not of the post."""
    return t.text.isupper() and t.lower in L.legal_forms


@cache
def _instrumental_title_stems() -> tuple[str, ...]:
    return tuple(sorted(L.instrumental_title_stems))


def _singular(tok: Token, after: list[Token]) -> str:
    """"председатели облисполкомов" → "председатель облисполкома": one holder's post; an
    adjective agrees with the noun after it ("городских администраций" → "городской администрации")."""
    if tok.lemma in L.plural_area_nouns or tok.pos == "ADJ" and next(
            (t.lemma in L.plural_area_nouns for t in after if t.pos == "NOUN"), False):
        return tok.lower  # "министры иностранных дел" → "министр иностранных дел": the area stays plural
    parses = [p for p in morph_vocab()(tok.lower) if p.tag.POS in ("NOUN", "ADJF")]
    # the tagger may copy the singular from a neighbour ("Гродненского облисполкомов"): ask the dictionary
    if tok.pos not in ("NOUN", "ADJ") or not parses or any(p.tag.number != "plur" for p in parses):
        return tok.lower
    grams = {"Sing"}
    if tok.pos == "ADJ":
        noun = next((t for t in after if t.pos == "NOUN"), None)
        gender = noun is not None and next((p.tag.gender for p in morph_vocab()(noun.lower)
                                             if p.tag.gender and p.tag.number == "plur"), None)
        if gender:
            grams.add({"masc": "Masc", "femn": "Fem", "neut": "Neut"}[gender])
    form = parses[0].inflect(grams)
    return form.word if form is not None else tok.lower


def _could_be_genitive(t: Token) -> bool:
    return any("gent" in p.tag for p in morph_vocab()(t.lower))


def _only_genitive(t: Token) -> bool:
    """Can the word be a genitive and never a nominative ("аймака", "области" can be plural nominative: no)?"""
    parses = [p for p in morph_vocab()(t.lower) if p.normal_form == t.lemma]
    return any("gent" in p.tag for p in parses) and not any("nomn" in p.tag for p in parses)
