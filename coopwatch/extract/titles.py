"""Position titles and the people who hold them.

A title is a head noun from ``data/titles.tsv`` with its modifiers ("первый заместитель",
"белорусский вице-премьер") and its genitive complement ("министр промышленности и торговли
Татарстана", "председатель Минского областного исполнительного комитета", "председатель концерна
«Белнефтехим»"). The complement says whose position it is: a territory (a place or an authority)
or an organisation. A title is bound to the person named right after it ("Раис Татарстана Рустам
Минниханов"), or right before it after a comma or dash ("Радий Хабиров, Глава Башкирии,").

Needs: tokens, place mentions, people. Adds: ``TitleMention`` objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from coopwatch import paths
from coopwatch.extract.people import Person, PersonMention
from coopwatch.gazetteer.matcher import PlaceMention
from coopwatch.gazetteer.places import read_tsv
from coopwatch.nlp.annotate import Annotated, Token

MODIFIERS = {"первый", "полномочный", "чрезвычайный", "генеральный", "исполняющий", "исполнять", "временно", "обязанность",
             "действующий", "новый", "главный", "старший", "ответственный", "специальный", "постоянный"}
FORMER = {"бывший", "экс"}
# Organisations whose heads are not officials of a territory.
ORG_NOUNS = {"концерн", "компания", "корпорация", "завод", "банк", "университет", "холдинг", "объединение",
             "ассоциация", "ассамблея", "автономия", "фонд", "палата", "комиссия", "союз", "партия", "клуб",
             "общество", "организация", "группа", "предприятие", "институт", "академия", "центр", "агентство",
             "пао", "оао", "ао", "ооо", "зао", "биржа", "технопарк", "кластер", "федерация", "редакция"}
# ... unless a territory is named inside them: "агентство инвестиционного развития Татарстана" is
# the republic's own agency. Government bodies always stand for their territory.
# Words that stand for a territory the document has already named.
GENERIC_PLACES = {"регион": "region", "область": "region", "республика": "region", "край": "region",
                  "страна": "country", "государство": "country", "город": "city", "столица": "capital",
                  "район": "district"}
LOCATION_PREPS = {"в", "во", "на"}
PARTNER_PREPS = {"с", "со", "из", "между", "для", "к"}

# "генеральный директор ПАО «КАМАЗ»": the company's legal form is part of its name, not of the post
LEGAL_FORMS = {"ПАО", "АО", "ОАО", "ЗАО", "ООО", "НАО", "ГУП", "МУП", "ФГУП", "АНО", "РУП", "УП", "СООО", "ИООО",
               "ОДО", "ЧУП", "ГК", "ТОО", "АООТ"}


@dataclass
class TitleDef:
    head: str
    scope: str
    implies: str | None


@lru_cache(maxsize=1)
def title_defs() -> dict[str, TitleDef]:
    out = {}
    for row in read_tsv(paths.TITLES):
        row += ["", "", ""]
        out[row[0].strip()] = TitleDef(row[0].strip(), row[1].strip() or "any", row[2].strip() or None)
    return out


# Forms pymorphy reads as something else: "Раиса" is also a woman's name.
HEAD_ALIASES = {"раиса": "раис", "раису": "раис", "раисом": "раис", "раисе": "раис"}


def title_def(t: Token) -> TitleDef | None:
    defs = title_defs()
    found = defs.get(HEAD_ALIASES.get(t.lower, t.lemma)) or defs.get(t.lower)
    if found is None and "-" in t.lower:
        # "вице-министром" tagged as an adjective keeps its form as the lemma: ask the dictionary
        from coopwatch.nlp.annotate import lemma_of

        found = defs.get(lemma_of(t.lower))
    return found


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
    location: PlaceMention | None = None  # "посол … в России"
    org: str | None = None
    generic: str | None = None  # "глава региона" → "region"
    implies: str | None = None
    former: bool = False
    plural: bool = False  # "президенты РФ и Казахстана Владимир Путин и Касым-Жомарт Токаев"
    person: Person | None = None
    person_mention: PersonMention | None = None
    coref: bool = False  # the person is the document's only holder of this title, not named here
    of: str | None = None  # resolved by roles: a place ID or an organisation name


def find_titles(ann: Annotated, places: list[PlaceMention], people: list[Person]) -> list[TitleMention]:
    tokens = ann.tokens
    place_at = {i: m for m in places for i in range(m.start, m.stop)}
    person_at = {m.start: m for p in people for m in p.mentions}
    person_tokens = {i for p in people for m in p.mentions for i in range(m.start, m.stop)}
    out: list[TitleMention] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        d = title_def(t)
        if d is None or t.i in person_tokens or (t.i in place_at and place_at[t.i].form != "adj"):
            i += 1
            continue
        title = _title_at(ann, t, d, place_at, person_tokens)
        _bind_person(title, tokens, person_at)
        out.append(title)
        out.extend(_plural_holders(title, tokens, person_at))
        i = max(title.stop, i + 1)
    _bind_backwards(out, tokens, people)
    return out


def _title_at(ann: Annotated, head: Token, d: TitleDef, place_at: dict[int, PlaceMention],
              person_tokens: set[int]) -> TitleMention:
    tokens = ann.tokens
    # modifiers to the left: "первый", "чрезвычайный и полномочный", "белорусский"
    start = head.i
    places: list[PlaceMention] = []
    # "экс-президент", "кандидат в мэры": no position held
    former = head.lemma.startswith("экс") or any(t.lemma == "кандидат" for t in tokens[max(head.i - 2, 0): head.i])
    while start > 0:
        prev = tokens[start - 1]
        if prev.sent != head.sent:
            break
        if prev.lemma in MODIFIERS or (prev.text == "и" and start - 2 >= 0 and tokens[start - 2].lemma in MODIFIERS):
            start -= 1
        elif prev.lemma in FORMER:
            former = True
            start -= 1
        elif prev.i in place_at and place_at[prev.i].form == "adj" and not place_at[prev.i].in_org:
            places.append(place_at[prev.i])
            start -= 1
        else:
            break
    stop, complement = _complement(tokens, head.i + 1, head.sent, place_at, person_tokens)
    location = None
    org_noun = None
    generic = None
    removed: set[int] = set()
    prep = None
    for tok in complement:
        if tok.pos == "ADP":
            prep = tok.lower
            continue
        m = place_at.get(tok.i)
        if m is not None:
            if m is location:
                continue
            if prep in LOCATION_PREPS and location is None and m.form != "adj":
                location = m  # "посол в России": where the post is stays in the title
                continue
            # "председатель Минского облисполкома" → "председатель облисполкома": the place's own
            # word goes to `of`, the body's words stay in the title
            removed.update(i for i in range(m.start, m.stop) if m.form != "authority" or i == m.start
                           or tokens[i].is_cap())
            if prep not in PARTNER_PREPS and m not in places and not (m.form == "adj" and m.in_org):
                places.append(m)
            continue
        if tok.lemma in ORG_NOUNS and org_noun is None and prep is None:
            org_noun = tok
        if tok.lemma in GENERIC_PLACES and generic is None and prep is None and not tok.is_cap():
            generic = GENERIC_PLACES[tok.lemma]
            if generic != "capital":
                removed.add(tok.i)
    org = _org_name(ann, complement, org_noun, places) if org_noun is not None else None
    if org is not None:
        quoted = _quoted_tokens(complement)
        removed.update(quoted)
        if quoted:
            places = [p for p in places if p.start not in quoted]
    scope, country = d.scope, None
    lemmas = {tok.lemma for tok in complement} | {head.lemma}
    if lemmas & {"облисполком"} or {"областной", "исполнительный"} <= lemmas or {"областной", "исполком"} <= lemmas:
        scope, country = "region", "BY"
    elif lemmas & {"горисполком"} or {"городской", "исполнительный"} <= lemmas or {"городской", "исполком"} <= lemmas:
        scope, country = "city", "BY"
    elif lemmas & {"администрация"} and lemmas & {"город"}:
        scope = "city"
    if any(tokens[k].lemma == "обязанность" for k in range(start, head.i)):
        # "временно исполняющий обязанности губернатора": the head stays in the genitive
        head_part = " ".join(tokens[k].lower for k in range(start, head.i + 1) if tokens[k].i not in place_at)
    else:
        head_part = " ".join(d.head if k == head.i else tokens[k].lemma for k in range(start, head.i + 1)
                             if tokens[k].i not in place_at)
    rest = [tok for tok in complement if tok.i not in removed and tok.text not in "«»\"“”„"
            and not (tok.pos == "NUM" or tok.lemma in ("два", "оба")) and tok.text not in LEGAL_FORMS]
    text = " ".join([head_part] + [tok.lower for tok in rest]).replace(" ,", ",").strip(" ,—–-")
    return TitleMention(
        start=start, stop=stop, sent=head.sent, head=d.head, scope=scope, country=country,
        text=" ".join(text.split()), places=places, location=location, org=org, generic=generic,
        implies=d.implies, former=former, plural=head.feats.get("Number") == "Plur")


def _complement(tokens: list[Token], j: int, sent: int, place_at: dict[int, PlaceMention],
                person_tokens: set[int]) -> tuple[int, list[Token]]:
    """The genitive tail of a title, with coordinated nouns, a "по …" area, a "в <place>"
    location, a quoted name and a dash-joined second title."""
    defs = title_defs()
    out: list[Token] = []
    first = j
    in_quotes = False
    while j < len(tokens) and tokens[j].sent == sent and j not in person_tokens:
        t = tokens[j]
        nxt = tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].sent == sent else None
        if t.text in ("«", "„", "“") or (t.text == '"' and not in_quotes):
            in_quotes = True
        elif t.text in ("»", "”") or (t.text == '"' and in_quotes):
            in_quotes = False
        elif in_quotes or t.case == "Gen" or j in place_at or (t.text.isupper() and len(t.text) >= 2):
            pass
        elif t.pos == "ADJ" and t.case is None and nxt is not None and nxt.case == "Gen":
            pass  # "национально-культурной автономии": the tagger gave the adjective no case
        elif t.pos in ("NOUN", "PROPN") and t.case not in ("Nom", "Gen") and _could_be_genitive(t):
            pass  # "секретарем парткома": the tagger copied the head's case onto its complement
        elif t.lower in HEAD_ALIASES:
            pass  # "помощник раиса", "пресс-службы Раиса РТ": the tagger reads a woman's name
        elif t.text in (",", "и") and nxt is not None and nxt.case == "Gen" and nxt.pos in ("NOUN", "ADJ", "PROPN") \
                and nxt.lemma not in defs and out or t.text in (",", "и") and nxt is not None and nxt.case in ("Dat", "Loc") and nxt.pos in ("NOUN", "ADJ") \
                and any(o.lower == "по" for o in out) or t.text in ("—", "–", "-") and nxt is not None and (nxt.lemma in defs or nxt.lemma in MODIFIERS) or t.lemma in defs and out and out[-1].text in ("—", "–", "-") or t.lower == "по" and nxt is not None and nxt.pos in ("NOUN", "ADJ") and nxt.case in ("Dat", "Loc") or t.case in ("Dat", "Loc") and out and any(o.lower == "по" for o in out) or t.lower in LOCATION_PREPS | {"с", "со"} and nxt is not None and (nxt.i in place_at) and nxt.case in ("Loc", "Ins", "Acc") or t.i in place_at and out and out[-1].lower in LOCATION_PREPS | {"с", "со"} or t.case == "Ins" and out and out[-1].lower in ("с", "со"):
            pass
        else:
            break
        out.append(t)
        j += 1
    while out and (out[-1].text in (",", "и", "—", "–", "-", "«") or out[-1].pos == "ADP"):
        out.pop()
    return (out[-1].i + 1 if out else first), out


def _could_be_genitive(t: Token) -> bool:
    from coopwatch.nlp.annotate import morph_vocab

    return any("gent" in p.tag for p in morph_vocab()(t.lower))


def _quoted_tokens(tokens: list[Token]) -> set[int]:
    out, inside = set(), False
    for t in tokens:
        if t.text in ("«", "„", "“") or (t.text == '"' and not inside):
            inside = True
        elif t.text in ("»", "”") or (t.text == '"' and inside):
            inside = False
        elif inside:
            out.add(t.i)
    return out


def _org_name(ann: Annotated, complement: list[Token], org_noun: Token, places: list[PlaceMention]) -> str | None:
    """"концерна «Белнефтехим»" → "Белнефтехим"; "Ассамблеи народов Татарстана" → "Ассамблея народов
    Татарстана"; None for a territory's own body ("агентство … Татарстана" stays with Татарстан)."""
    quoted = [t for t in complement if t.i in _quoted_tokens(complement)]
    if quoted:
        return ann.text[quoted[0].start:quoted[-1].stop]
    generic = any(t.lemma in GENERIC_PLACES and not t.is_cap() for t in complement if t.i > org_noun.i)
    if (places or generic) and org_noun.lemma in {"агентство", "центр", "институт", "фонд", "служба"}:
        return None
    after = [t for t in complement if t.i == org_noun.i + 1]
    if places and org_noun.lemma == "палата" and after and after[0].lemma == "представитель":
        return None  # "Палаты представителей Национального собрания Беларуси": the parliament is the state's
    tail = [t for t in complement if t.i >= org_noun.i]
    head_words = []
    for t in complement:
        if t.i > org_noun.i:
            break
        if t.i >= org_noun.i - 3 and (t.pos == "ADJ" or t.i == org_noun.i):
            head_words.append(t)
    from coopwatch.extract.normal import nominative_phrase

    return nominative_phrase(ann, head_words, [t for t in tail if t.i > org_noun.i])


def _bind_person(title: TitleMention, tokens: list[Token], person_at: dict[int, PersonMention]) -> None:
    """"губернатор Курской области Роман Старовойт": the person right after the title."""
    j = title.stop
    if j < len(tokens) and tokens[j].text in ("—", "–", ":", ","):
        j += 1
    m = person_at.get(j)
    if m is not None and tokens[m.start].case == "Gen" and person_at.get(m.stop) is not None:
        m = person_at[m.stop]  # "пресс-секретарь Путина Дмитрий Песков": the post is Песков's
    if m is not None and m.person is not None:
        title.person, title.person_mention = m.person, m


def _plural_holders(title: TitleMention, tokens: list[Token], person_at: dict[int, PersonMention]) -> list[TitleMention]:
    """"сопредседателями Комиссии Ильясом Умахановым и Садыком Сафаевым": one title per holder;
    coordinated territories pair with the holders in order ("президенты РФ и Казахстана …")."""
    if not title.plural or title.person_mention is None:
        return []
    holders = [title.person_mention]
    j = title.person_mention.stop
    while j + 1 < len(tokens) and tokens[j].text in ("и", ",") and j + 1 in person_at:
        holders.append(person_at[j + 1])
        j = person_at[j + 1].stop
    if len(holders) < 2:
        return []
    named = [m for m in title.places if m.form != "adj"]
    out = []
    for n, m in enumerate(holders[1:], 1):
        copy = TitleMention(**{**title.__dict__, "person": m.person, "person_mention": m})
        if len(named) == len(holders):
            copy.places = [named[n]]
        out.append(copy)
    if len(named) == len(holders):
        title.places = [named[0]]
    return out


def _bind_backwards(titles: list[TitleMention], tokens: list[Token], people: list[Person]) -> None:
    """"Радий Хабиров, Глава Башкирии, встретился": a title after a name and a comma or dash,
    when nothing binds it forward. Titles listed before one name all belong to it
    ("руководитель Исполкома …, депутат Госсовета РТ Ренат Валиуллин")."""
    person_end = {m.stop: m for p in people for m in p.mentions}
    for n, t in enumerate(titles):
        if t.person is not None:
            continue
        j = t.start - 1
        after = tokens[t.stop] if t.stop < len(tokens) else None
        closes = after is None or after.text in (",", ")", ".", "—", "–", ";") or after.pos in ("VERB", "AUX")
        if j >= 0 and tokens[j].text in (",", "—", "–", "(") and closes:
            m = person_end.get(j)
            if m is not None and m.person is not None:
                t.person, t.person_mention = m.person, m
                continue
        # "TITLE1, TITLE2 Имя Фамилия"
        if t.stop < len(tokens) and tokens[t.stop].text == "," and n + 1 < len(titles):
            nxt = titles[n + 1]
            if nxt.start == t.stop + 1 and nxt.person is not None:
                t.person, t.person_mention = nxt.person, nxt.person_mention
