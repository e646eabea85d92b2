"""The entity layer: people, organisations and places in a text, and people's positions.

``entities(text) -> EntityLayer``. The layer starts from slovnet's NER spans and corrects them
with what the rest of coopwatch knows:

* person spans: a span is cut at a line break (a headline glued to a byline); a position
  title or another common noun NER put in front of a name is cut off ("Канцлер Меркель",
  "Брат Пьеро"); a lone capitalised dictionary word that is no name (a verb or noun that opens
  a sentence: "Опустили", "История") is dropped; parts of one name NER split are joined
  ("Фёдора" + "Ивановича Шаляпина"); names NER missed are added from the people finder
  (a surname repeated in another case, a name in a headline);
* organisation spans: generic abbreviations ("СМИ") are dropped; unions of states ("ЕС",
  "Евросоюз", "НАТО") and the Kremlin as the Russian presidency ("пресс-служба Кремля") are
  organisations, not places; a quoted name after an organisation noun ("фонд «Начинай»",
  "газеты «Не дай Бог!»") is an organisation;
* place spans: every place the gazetteer names (in any grammatical case, by lemmas) that NER
  missed is added, and a place span NER cut short is extended to the gazetteer's match
  ("Соединённых" → "Соединённых Штатов"); every place span carries its place ID
  (ISO 3166 or ``PARENT/Имя``, see ``shared/schema/FACTS.md``);
* occupations: a position title bound to a person (``extract.titles``) with its organisation
  or territory — inside the title ("генеральный директор «Яндекса»", "министр обороны
  России"), an adjective before it ("белорусский вице-премьер"), or the territory the role
  stage resolves from the document ("губернатор" → the document's region).

Needs: raw text (or an ``Annotated`` from ``nlp.annotate``). Adds: ``EntityLayer``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from coopwatch.nlp.annotate import Annotated, Token, morph_vocab

# ---- the API --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    """A named person, organisation or place: character offsets into the text."""

    type: str  # PER | ORG | LOC
    start: int
    stop: int
    text: str
    place_id: str | None = None  # LOC only, when the gazetteer knows the place


@dataclass(frozen=True)
class Ref:
    """A stretch of text: ``text`` is the normalised form (a name in the nominative, a title in
    lower case) where the layer has one, else the text as written."""

    start: int
    stop: int
    text: str


@dataclass(frozen=True)
class Occupation:
    """A person holding a position, with the organisation or territory of the position."""

    person: Ref  # "Имя Фамилия"
    position: Ref  # the title phrase; ``text`` as ``extract.titles`` normalises it
    where: Ref | None = None  # the organisation or territory as mentioned
    place_id: str | None = None  # when ``where`` is (or stands for) a territory
    former: bool = False  # "бывший министр"


@dataclass(frozen=True)
class PlaceLink:
    """A place mention the gazetteer linked, in any form (name, abbreviation, adjective,
    demonym, authority, district)."""

    start: int
    stop: int
    text: str
    place_id: str
    form: str


@dataclass
class EntityLayer:
    text: str
    spans: list[Entity] = field(default_factory=list)
    occupations: list[Occupation] = field(default_factory=list)
    places: list[PlaceLink] = field(default_factory=list)

    def of_type(self, kind: str) -> list[Entity]:
        return [e for e in self.spans if e.type == kind]


def entities(text: str) -> EntityLayer:
    """Entities and occupations of ``text`` (loads the Natasha models on first use)."""
    from coopwatch.nlp.annotate import annotate

    return entities_of(annotate(text))


def entities_of(ann: Annotated) -> EntityLayer:
    """The layer for an already annotated text."""
    ctx = _analyse(ann)
    spans = _spans(ctx)
    layer = EntityLayer(text=ann.text, spans=spans)
    people = [(e.start, e.stop) for e in spans if e.type == "PER"]
    places = [m for m in ctx.places if m.id and not m.id.startswith("?")
              and not any(a < m.char_stop and m.char_start < b for a, b in people)]  # "Сергеем Донским"
    layer.places = [PlaceLink(m.char_start, m.char_stop, ann.text[m.char_start:m.char_stop], m.id, m.form)
                    for m in places]
    layer.occupations = _occupations(ctx, spans, places)
    return layer


# ---- the context the layer reads ------------------------------------------------------------


def _analyse(ann: Annotated):
    """Places, people, titles and the titles' territories or organisations, as the extraction
    pipeline computes them (``extract.pipeline``), without the fact stages."""
    from coopwatch.extract import role
    from coopwatch.extract.context import Context, compute_camps
    from coopwatch.extract.people import find_people
    from coopwatch.extract.titles import find_titles
    from coopwatch.gazetteer.matcher import find_places
    from coopwatch.models import Document

    ctx = Context(document=Document(id="entities", text=ann.text), ann=ann)
    ctx.places = find_places(ann)
    ctx.people = find_people(ann, {i for m in ctx.places for i in range(m.start, m.stop)})
    ctx.titles = find_titles(ann, ctx.places, ctx.people)
    ctx.camps = compute_camps(ctx)
    role.extract(ctx)  # sets every title's ``of``
    return ctx


# ---- spans ----------------------------------------------------------------------------------

# Unions of states and international organisations: organisations, whatever NER says.
# Lemma sequences (abbreviations as written).
UNIONS = {"ес", "евросоюз", "европейский союз", "нато", "оон", "снг", "еаэс", "евразийский экономический союз",
          "шос", "одкб", "обсе", "асеан", "опек", "брикс", "совет европы", "таможенный союз",
          "евразийский союз", "африканский союз", "лига арабских государств"}
# Abbreviations of common nouns NER takes for names.
GENERIC_ABBR = {"сми", "вуз", "нко", "ип", "жкх", "пво", "ввс", "всу", "оэз", "сизо", "ук", "ук рф", "ввп"}
# Nouns after which a quoted name is an organisation's.
ORG_NOUNS = {"компания", "фирма", "корпорация", "концерн", "холдинг", "группа", "банк", "фонд", "газета",
             "журнал", "издание", "издательство", "агентство", "телеканал", "канал", "радиостанция",
             "радио", "портал", "сайт", "театр", "музей", "партия", "движение", "объединение", "ассоциация",
             "союз", "клуб", "команда", "завод", "фабрика", "комбинат", "предприятие", "университет",
             "институт", "академия", "училище", "школа", "центр", "студия", "оао", "зао", "ооо", "пао",
             "ао", "гк", "ук", "сеть", "магазин", "ресторан", "гостиница", "отель", "организация",
             "общество", "служба", "телекомпания", "кинокомпания", "авиакомпания", "медиахолдинг",
             "группировка", "лаборатория", "галерея", "библиотека", "оркестр", "ансамбль", "хор",
             "коллектив", "бюро", "инкубатор", "стартап", "биржа", "таблоид", "еженедельник",
             "ежедневник", "программа", "сервис", "соцсеть"}
PERSON_TAGS = ("Name", "Surn", "Patr")
QUOTES_OPEN = ("«", "„", "“")
QUOTES_CLOSE = ("»", "”", "“")
BRACKETS = ("(", ")", "[", "]")


@dataclass
class _Span:
    type: str
    first: int  # token indices, inclusive
    last: int

    def toks(self, tokens: list[Token]) -> list[Token]:
        return tokens[self.first:self.last + 1]


def _spans(ctx) -> list[Entity]:
    ann: Annotated = ctx.ann
    tokens = ann.tokens
    spans = [_Span(s.type, s.tokens[0].i, s.tokens[-1].i) for s in ann.spans if s.tokens]
    ner_persons = {(s.first, s.last) for s in spans if s.type == "PER"}
    spans = _split_lines(spans, tokens, ann.text)
    spans = _retype_unions(spans, tokens)
    spans = _trim_edges(spans, tokens)
    spans = _drop_non_names(spans, tokens)
    spans = _trim_person_heads(spans, tokens, ctx)
    spans = _join_name_parts(spans, tokens)
    spans = _add_people(spans, tokens, ctx, ner_persons)
    spans = _name_particles(spans, tokens)
    spans = _fit_places(spans, tokens, ctx)
    quotes = quote_pairs(tokens)
    spans = _fit_quotes(spans, tokens, quotes)
    spans = _add_quoted_orgs(spans, tokens, quotes)
    spans.sort(key=lambda s: s.first)
    return _to_entities(spans, ann, ctx)


def _split_lines(spans: list[_Span], tokens: list[Token], text: str) -> list[_Span]:
    """A span crossing a line break keeps its longest line ("Олег Давыдов\n\nЛёд"); a span
    with brackets is split at them ("Евгенией Скалацкой (Сколацкой)", "Арсения Фёдорова
    (Apazhe)"); punctuation at its edges is dropped."""
    out = []
    for s in spans:
        lines, cur = [], []
        for i in range(s.first, s.last + 1):
            if cur and "\n" in text[tokens[i - 1].stop:tokens[i].start]:
                lines.append(cur)
                cur = []
            cur.append(i)
        lines.append(cur)
        line = max(lines, key=len)
        pieces, cur = [], []
        for i in line:
            if tokens[i].text in BRACKETS:
                pieces.append(cur)
                cur = []
            else:
                cur.append(i)
        pieces.append(cur)
        for piece in pieces:
            while piece and not any(c.isalnum() for c in tokens[piece[0]].text):
                piece = piece[1:]
            while piece and not any(c.isalnum() for c in tokens[piece[-1]].text) and tokens[piece[-1]].text != ".":
                piece = piece[:-1]
            if piece:
                out.append(_Span(s.type, piece[0], piece[-1]))
    return out


def _lemmas(toks: list[Token]) -> str:
    return " ".join(t.lemma for t in toks)


def _retype_unions(spans: list[_Span], tokens: list[Token]) -> list[_Span]:
    for s in spans:
        toks = s.toks(tokens)
        key = _lemmas(toks)
        if s.type != "ORG" and (key in UNIONS or " ".join(t.lower for t in toks) in UNIONS):
            s.type = "ORG"
        elif s.type == "LOC" and key == "кремль" and not _locative(tokens, s.first):
            s.type = "ORG"  # "пресс-служба Кремля", "Кремль заявил"; "в Кремле" stays a place
    return spans


def _trim_edges(spans: list[_Span], tokens: list[Token]) -> list[_Span]:
    """Words NER let into a span's edges: a verb at the end ("Большого переняло"), a noun for
    people at the start of an organisation ("Сотрудники Смольного")."""
    out = []
    for s in spans:
        while s.first < s.last and tokens[s.last].pos in ("VERB", "AUX") and not tokens[s.last].is_cap():
            s.last -= 1
        while s.type == "ORG" and s.first < s.last and _person_noun(tokens[s.first].text):
            s.first += 1
        out.append(s)
    return out


@lru_cache(maxsize=50_000)
def _person_noun(word: str) -> bool:
    """"сотрудники", "представители": a common noun for people (not a name)."""
    parses = morph_vocab()(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN" and "anim" in str(parses[0].tag) \
        and not any(tag in str(parses[0].tag) for tag in PERSON_TAGS)


def _locative(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].lower in ("в", "во", "на", "у", "из", "над", "под", "к", "по")


@lru_cache(maxsize=50_000)
def _name_like(word: str) -> bool:
    """Could pymorphy read this word as a first name, surname or patronymic, or does it not
    know the word at all? A hyphenated word is name-like if one of its parts is."""
    parts = [p for p in word.lower().split("-") if p]
    if len(parts) > 1:
        return any(_name_like(p) for p in parts)
    parses = morph_vocab()(word.lower())
    return not parses or any(tag in str(p.tag) for p in parses for tag in PERSON_TAGS) \
        or not any(p.is_known for p in parses)


def _drop_non_names(spans: list[_Span], tokens: list[Token]) -> list[_Span]:
    out = []
    for s in spans:
        toks = s.toks(tokens)
        if s.type == "ORG" and (_lemmas(toks) in GENERIC_ABBR or " ".join(t.lower for t in toks) in GENERIC_ABBR):
            continue
        if s.type == "PER" and len(toks) == 1 and not _name_like(toks[0].text) \
                and (_sentence_initial(tokens, s.first) or not _noun_like(toks[0].text)):
            continue  # "Опустили", "История": a common word capitalised by its place
        out.append(s)
    return out


def _sentence_initial(tokens: list[Token], i: int) -> bool:
    """First word of its sentence, or of a quotation or line inside it."""
    return i == 0 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].text in QUOTES_OPEN + ('"', "—", "–", "(")


@lru_cache(maxsize=50_000)
def _noun_like(word: str) -> bool:
    return any(p.tag.POS == "NOUN" for p in morph_vocab()(word.lower()))


def _trim_person_heads(spans: list[_Span], tokens: list[Token], ctx) -> list[_Span]:
    """"Канцлер Меркель", "Брат Пьеро", "Раис Татарстана Рустам Минниханов": words before the
    name that are no part of it."""
    people_at = {m.start: m for p in ctx.people for m in p.mentions}
    for s in spans:
        if s.type != "PER":
            continue
        while s.first < s.last and _not_name_head(tokens, s.first):
            s.first += 1
        # the people finder cut a title or a place off the front
        for i in range(s.first + 1, s.last + 1):
            m = people_at.get(i)
            if m is not None and m.stop - 1 == s.last:
                s.first = i
                break
    return spans


def _not_name_head(tokens: list[Token], i: int) -> bool:
    """A word before a name that is no part of it: a position title ("Канцлер", "Раис"), or a
    common noun for a person opening the sentence ("Брат Пьеро", "Силач Фосс")."""
    from coopwatch.extract.people import NOT_NAME
    from coopwatch.extract.titles import title_def

    t = tokens[i]
    if len(t.text) < 2 or not t.text.isalpha() and "-" not in t.text:
        return False  # initials, punctuation
    if t.lemma in NOT_NAME or (title_def(t) is not None and not _name_like(t.text)):
        return True
    return _sentence_initial(tokens, i) and len(t.lemma) >= 4 and not _name_like(t.text) and _noun_like(t.text)


def _join_name_parts(spans: list[_Span], tokens: list[Token]) -> list[_Span]:
    """Adjacent person spans that are one name: "Фёдора" + "Ивановича Шаляпина"."""
    out: list[_Span] = []
    for s in sorted(spans, key=lambda s: s.first):
        prev = out[-1] if out else None
        if prev is not None and prev.type == s.type == "PER" and s.first == prev.last + 1 \
                and tokens[s.first].sent == tokens[prev.last].sent \
                and (_is_first_name(tokens[prev.last].text) or _is_patronymic(tokens[s.first].text)):
            prev.last = s.last
            continue
        out.append(s)
    return out


@lru_cache(maxsize=50_000)
def _is_first_name(word: str) -> bool:
    parses = morph_vocab()(word.lower())
    return bool(parses) and "Name" in str(parses[0].tag)


@lru_cache(maxsize=50_000)
def _is_patronymic(word: str) -> bool:
    parses = morph_vocab()(word.lower())
    return bool(parses) and "Patr" in str(parses[0].tag)


def _taken(spans: list[_Span]) -> set[int]:
    return {i for s in spans for i in range(s.first, s.last + 1)}


def _add_people(spans: list[_Span], tokens: list[Token], ctx, dropped: set[tuple[int, int]]) -> list[_Span]:
    """Person mentions the people finder has and NER missed (not those NER had and the rules
    above dropped)."""
    taken = _taken(spans)
    for p in ctx.people:
        for m in p.mentions:
            if (m.start, m.stop - 1) in dropped or any(i in taken for i in range(m.start, m.stop)):
                continue
            spans.append(_Span("PER", m.start, m.stop - 1))
            taken.update(range(m.start, m.stop))
    return spans


NAME_PARTICLES = {"де", "да", "ди", "дель", "делла", "ван", "фон", "дер", "цу", "ле", "ла", "дю", "аль", "эль",
                  "ибн", "бен", "бин"}


def _name_particles(spans: list[_Span], tokens: list[Token]) -> list[_Span]:
    """"де Сталя", "фон Трир", "ван Гог": a lower-case particle before a surname is part of the
    name."""
    taken = _taken(spans)
    for s in spans:
        if s.type == "PER" and s.first > 0 and tokens[s.first - 1].text in NAME_PARTICLES \
                and s.first - 1 not in taken and tokens[s.first - 1].sent == tokens[s.first].sent:
            s.first -= 1
    return spans


def _fit_places(spans: list[_Span], tokens: list[Token], ctx) -> list[_Span]:
    """Gazetteer places: a place span NER cut short is extended to the gazetteer's match, a
    place NER missed is added (not inside quotes or an organisation's name)."""
    by_token = {}
    for s in spans:
        for i in range(s.first, s.last + 1):
            by_token[i] = s
    for m in ctx.places:
        if m.form not in ("name", "abbr") or not m.id or m.id.startswith("?"):
            continue
        covering = {id(by_token[i]): by_token[i] for i in range(m.start, m.stop) if i in by_token}
        if not covering:
            if m.in_org or _quoted(tokens, m.start, m.stop) or (m.stop - m.start == 1 and _common_word(tokens[m.start])):
                continue
            s = _Span("LOC", m.start, m.stop - 1)
            spans.append(s)
            for i in range(m.start, m.stop):
                by_token[i] = s
            continue
        if len(covering) == 1:
            s = next(iter(covering.values()))
            if s.type == "LOC" and s.first >= m.start and s.last <= m.stop - 1 \
                    and tokens[m.start].is_cap():  # not "города Москвы"
                s.first, s.last = m.start, m.stop - 1
                for i in range(m.start, m.stop):
                    by_token[i] = s
    return spans


@lru_cache(maxsize=50_000)
def _common_word_text(word: str) -> bool:
    parses = morph_vocab()(word.lower())
    return bool(parses) and all(p.is_known for p in parses[:1]) and not any("Geox" in str(p.tag) for p in parses) \
        and not word.isupper()


def _common_word(t: Token) -> bool:
    """A dictionary word that is no place name ("Свободное", "Октябрьский" are also towns)."""
    return _common_word_text(t.text)


def _quoted(tokens: list[Token], start: int, stop: int) -> bool:
    return start > 0 and stop < len(tokens) and tokens[start - 1].text in QUOTES_OPEN + ('"',) \
        and tokens[stop].text in QUOTES_CLOSE + ('"',)


def _fit_quotes(spans: list[_Span], tokens: list[Token], quotes: dict[int, int]) -> list[_Span]:
    """Organisation names in quotes: "ЗАО «Ренова»", "РИА «Новости»", "клуба «Валдай»" name the
    organisation by the quoted part, which NER often cuts short ("«Живи" for "«Живи!»")."""
    taken = _taken(spans)
    out = []
    for s in spans:
        if s.type != "ORG":
            out.append(s)
            continue
        opens = [i for i in range(s.first, s.last + 1) if i in quotes]
        if opens and opens[0] > s.first:
            q = opens[0]
            if _descriptor(tokens[s.first:q]):
                s.first = q + 1
            else:
                s.last = q - 1  # "Театра Наций «Шведская спичка»": the quote names something else
        close = quotes.get(s.first - 1)
        if close is not None and s.first <= s.last < close - 1:
            extra = tokens[s.last + 1:close]
            if not any(t.pos in ("VERB", "AUX") or t.text in ",:;" or t.i in taken for t in extra):
                s.last = close - 1
        if s.first <= s.last:
            out.append(s)
    return out


def quote_pairs(tokens: list[Token], longest: int = 10) -> dict[int, int]:
    """Opening quote → its closing quote, inside one sentence: «…» nest, a straight quote
    opens when none is open and closes the open one. Longer quotations (speech) are left out."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    straight: int | None = None
    for t in tokens:
        if stack and tokens[stack[0]].sent != t.sent:
            stack, straight = [], None
        if straight is not None and tokens[straight].sent != t.sent:
            straight = None
        if t.text in QUOTES_OPEN and not (t.text == "“" and stack and tokens[stack[-1]].text == "„"):
            stack.append(t.i)
        elif t.text in ("»", "”", "“") and stack:
            pairs[stack.pop()] = t.i
        elif t.text == '"':
            if straight is None:
                straight = t.i
            else:
                pairs[straight] = t.i
                straight = None
    return {a: b for a, b in pairs.items() if b - a - 1 <= longest}


def _descriptor(toks: list[Token]) -> bool:
    """Words before a quoted name that only say what kind of organisation it is: a legal form
    or another abbreviation ("ЗАО", "РИА", "НАК"), or a phrase ending in an organisation noun
    ("Международного дискуссионного клуба", "Группа компаний")."""
    last = toks[-1]
    return (last.text.isupper() and last.text.isalpha() and len(last.text) <= 5) or _org_noun(last)


def _add_quoted_orgs(spans: list[_Span], tokens: list[Token], quotes: dict[int, int]) -> list[_Span]:
    """"фонд «Начинай»", "газеты «Не дай Бог!»": a short quoted name right after an organisation
    noun, when NER left it untagged."""
    taken = _taken(spans)
    for open_, close in quotes.items():
        inner = range(open_ + 1, close)
        if open_ > 0 and _org_noun(tokens[open_ - 1]) and len(inner) and not any(k in taken for k in inner):
            spans.append(_Span("ORG", open_ + 1, close - 1))
            taken.update(inner)
    return spans


def _org_noun(t: Token) -> bool:
    lemma = t.lemma
    return lemma in ORG_NOUNS or any(lemma.endswith("-" + n) for n in ORG_NOUNS)


def _to_entities(spans: list[_Span], ann: Annotated, ctx) -> list[Entity]:
    tokens = ann.tokens
    places = [m for m in ctx.places if m.id and not m.id.startswith("?")]
    out = []
    for s in spans:
        start, stop = tokens[s.first].start, tokens[s.last].stop
        place_id = None
        if s.type == "LOC":
            inside = [m for m in places if m.start <= s.last and s.first < m.stop and m.form != "authority"]
            if inside:
                best = max(inside, key=lambda m: (min(m.stop - 1, s.last) - max(m.start, s.first), m.form == "name"))
                place_id = best.id
        out.append(Entity(s.type, start, stop, ann.text[start:stop], place_id))
    return out


# ---- occupations ----------------------------------------------------------------------------

# Words that stand for an organisation the text has named before ("глава компании",
# "представитель ведомства").
# Professions practised anywhere: no organisation is implied by the text around them.
PROFESSIONS = {"актер", "актёр", "актриса", "артист", "режиссер", "режиссёр", "продюсер", "журналист", "инженер",
               "менеджер", "юрист", "экономист", "аналитик", "тренер", "профессор"}
GENERIC_ORGS = ORG_NOUNS | {"ведомство", "министерство", "организация", "информагентство", "учреждение",
                            "структура", "корпорация", "госкорпорация", "подразделение", "отдел",
                            "департамент", "управление", "альянс", "блок", "правительство"}


def _occupations(ctx, spans: list[Entity], places) -> list[Occupation]:
    ann: Annotated = ctx.ann
    tokens = ann.tokens
    person_at = {m.start: m for p in ctx.people for m in p.mentions}
    out = []
    person_end = {m.stop: m for p in ctx.people for m in p.mentions}
    for t in ctx.titles:
        pm = t.person_mention if t.person is not None else None
        via = None
        if pm is None:
            pm, via = _holder_after(ctx, t, spans, person_at)
        if pm is None:
            pm = _holder_before(ctx, t, person_end)
        if pm is None or pm.person is None:
            continue
        # "пресс-секретарь Владимира Путина Дмитрий Песков": the genitive name says whose
        # secretary; the holder is the name after it
        if pm.start == t.stop and tokens[pm.start].case == "Gen":
            nxt = _holder_after_genitive(ctx, pm, spans, person_at)
            if nxt is not None:
                pm = nxt
        if _candidacy(tokens, t.start):
            continue  # "кандидат в мэры Москвы": not a position held
        head = next((k for k in range(t.start, t.stop) if tokens[k].lemma == t.head), t.start)
        p_start, p_stop = tokens[t.start].start, tokens[t.stop - 1].stop
        where, place_id = _where(ctx, t, head, pm, spans, places)
        if via is not None and where is None:
            where, place_id = _ref(ann, via), via.place_id
        out.append(Occupation(
            person=Ref(pm.char_start, pm.char_stop, pm.person.name),
            position=Ref(p_start, p_stop, t.text),
            where=where, place_id=place_id, former=t.former))
    return out


CANDIDACY = {"кандидат", "претендент", "кандидатура", "выдвиженец"}


def _candidacy(tokens: list[Token], start: int) -> bool:
    """"кандидат в мэры", "кандидатом в президенты"."""
    before = [t for t in tokens[max(0, start - 3):start] if t.sent == tokens[start].sent]
    lemmas = [t.lemma for t in before]
    return bool(lemmas) and lemmas[-1] in ("в", "во") and any(x in CANDIDACY for x in lemmas)


def _holder_after_genitive(ctx, pm, spans: list[Entity], person_at: dict):
    """"пресс-секретарь Владимира Путина Дмитрий Песков", "гендиректор компании Алишера Усманова
    USM Advisors Иван Стрешинский": after a genitive name (whose secretary, whose company) the
    holder is the next name in the nominative, an organisation's name between them allowed."""
    tokens = ctx.ann.tokens
    j = pm.stop
    ent = next((e for e in spans if j < len(tokens) and e.start == tokens[j].start and e.type == "ORG"), None)
    if ent is not None:
        while j < len(tokens) and tokens[j].stop <= ent.stop:
            j += 1
    nxt = person_at.get(j)
    if nxt is not None and nxt.person is not None and tokens[nxt.start].case in ("Nom", None) \
            and tokens[nxt.start].sent == tokens[pm.start].sent:
        return nxt
    return None


def _skip_brackets(tokens: list[Token], j: int, sent: int, longest: int = 8) -> int:
    """Index after a short bracketed aside at ``j`` ("(РАЭК)", "(news.rambler.ru)"), else ``j``."""
    if j < len(tokens) and tokens[j].text == "(" and tokens[j].sent == sent:
        for k in range(j + 1, min(j + 2 + longest, len(tokens))):
            if tokens[k].sent != sent:
                break
            if tokens[k].text == ")":
                return k + 1
    return j


def _holder_after(ctx, t, spans: list[Entity], person_at: dict) -> tuple[object | None, Entity | None]:
    """"гендиректор Mail.Ru Group Дмитрий Гришин", "заместитель директора Российской ассоциации
    электронных коммуникаций (РАЭК) Сергей Гребенников": the holder named after an organisation
    the title phrase did not take in (a Latin or quoted name, an aside in brackets)."""
    tokens = ctx.ann.tokens
    j = _skip_brackets(tokens, t.stop, t.sent)
    via = None
    k = j
    while k < len(tokens) and tokens[k].text in QUOTES_OPEN + ('"',):
        k += 1
    if k < len(tokens) and tokens[k].sent == t.sent:
        ent = next((e for e in spans if e.start == tokens[k].start and e.type in ("ORG", "LOC")), None)
        if ent is not None:
            via = ent
            j = k
            while j < len(tokens) and tokens[j].stop <= ent.stop:
                j += 1
            while j < len(tokens) and tokens[j].text in QUOTES_CLOSE + ('"',):
                j += 1
            j = _skip_brackets(tokens, j, t.sent)
    if j < len(tokens) and tokens[j].text in (",", "—", "–") and via is not None:
        j += 1
    m = person_at.get(j)
    if m is not None and m.person is not None and tokens[j].sent == t.sent and j > t.stop:
        return m, via
    return None, None


def _holder_before(ctx, t, person_end: dict):
    """"Наталью Самойленко, исполнительного директора фонда Потанина": the holder named before
    the title and a comma or dash, the title's adjectives ("исполнительного") skipped, the title
    closing the aside."""
    tokens = ctx.ann.tokens
    j = t.start - 1
    while j >= 0 and tokens[j].pos == "ADJ" and tokens[j].sent == t.sent and not tokens[j].is_cap():
        j -= 1
    after = tokens[t.stop] if t.stop < len(tokens) else None
    closes = after is None or after.text in (",", ")", ".", "—", "–", ";") or after.sent != t.sent
    if j >= 0 and tokens[j].text in (",", "—", "–", "(") and closes:
        m = person_end.get(j)
        if m is not None and m.person is not None:
            return m
    return None


def _ref(ann: Annotated, e: Entity | None) -> Ref | None:
    return Ref(e.start, e.stop, e.text) if e is not None else None


def _where(ctx, t, head: int, pm, spans: list[Entity], places) -> tuple[Ref | None, str | None]:
    """The organisation or territory of a title, first rule that answers:
    1. an organisation or place named in the title after its head ("министр обороны России",
       "генеральный директор «Яндекса»");
    2. one named right after the title, before the holder's name ("гендиректор Mail.Ru Group
       Дмитрий Гришин", "Дмитрий Гришин, гендиректор Mail.Ru Group");
    3. a place adjective before the head ("белорусский вице-премьер");
    4. the organisation the role stage found in the title, unless it is a generic word;
    5. for a generic word ("глава компании") or a position in an organisation, the nearest
       organisation named before it, in its sentence or the two before;
    6. the territory the role stage resolved from the document (its nearest mention).
    """
    ann: Annotated = ctx.ann
    tokens = ann.tokens
    lo, hi = tokens[head].stop, tokens[t.stop - 1].stop
    inside = [e for e in spans if lo <= e.start and e.stop <= hi and e.type in ("ORG", "LOC")]
    orgs = [e for e in inside if e.type == "ORG"]
    if orgs:
        return _ref(ann, orgs[0]), None
    if inside:
        return _ref(ann, inside[0]), inside[0].place_id
    after = _named_after(ctx, t, pm, spans)
    if after is not None:
        return _ref(ann, after), after.place_id
    for m in t.places:  # adjectives before the head ("белорусский вице-премьер")
        if m.id and m in places:
            return Ref(m.char_start, m.char_stop, ann.text[m.char_start:m.char_stop]), m.id
    generic = any(tokens[k].lemma in GENERIC_ORGS for k in range(head + 1, t.stop))
    if t.of and not _is_place_id(t.of) and not (generic and t.of.lower().split()[0] in GENERIC_ORGS):
        found = ann.text.find(t.of, tokens[t.start].start)
        if found >= 0:
            return Ref(found, found + len(t.of), t.of), None
        return Ref(tokens[t.start].start, tokens[t.stop - 1].stop, t.of), None
    if generic or (t.scope == "org" and t.head not in PROFESSIONS):
        before = _org_before(ctx, t, spans)
        if before is not None:
            return _ref(ann, before), None
    of = _own_of(ctx, t)
    if of and _is_place_id(of):
        ms = [m for m in places if m.id == of]
        before_ms = [m for m in ms if m.start < t.start]
        m = before_ms[-1] if before_ms else (ms[0] if ms else None)
        if m is not None:
            return Ref(m.char_start, m.char_stop, ann.text[m.char_start:m.char_stop]), of
        return None, of
    return None, None


def _own_of(ctx, t) -> str | None:
    """Whose position the title says by itself (the role stage's own rules 1–4: named, implied,
    generic) — not the nearest or the only territory of the document, which the role stage
    also falls back on and which often belongs to someone else."""
    from coopwatch.extract import role

    return role.resolve(t, ctx) if t.of is not None else None


def _named_after(ctx, t, pm, spans: list[Entity]) -> Entity | None:
    """An organisation or place right after the title phrase, in the same sentence and not
    beyond the holder's name when the name follows."""
    tokens = ctx.ann.tokens
    if t.stop >= len(tokens) or tokens[t.stop].sent != t.sent:
        return None
    k = t.stop
    while k < len(tokens) and tokens[k].text in QUOTES_OPEN + ('"',):
        k += 1
    if k >= len(tokens):
        return None
    start = tokens[k].start
    limit = pm.char_start if pm.start >= t.stop else None
    for e in spans:
        if e.start == start and e.type in ("ORG", "LOC") and (limit is None or e.stop <= limit):
            return e
    return None


SOURCE_VERBS = {"сообщать", "писать", "передавать", "цитировать", "информировать", "рассказать", "сообщить",
                "написать", "передать", "процитировать", "утверждать", "отмечать", "отметить"}
SOURCE_WORDS = {"данные", "информация", "сведение", "слово", "источник", "сообщение"}


def _org_before(ctx, t, spans: list[Entity]) -> Entity | None:
    """The nearest organisation before the title (its sentence and the two before), leaving
    out news sources ("пишет NEWSru.com", "по данным РБК")."""
    tokens = ctx.ann.tokens
    lo = ctx.ann.sentences[max(0, t.sent - 2)].start
    hi = tokens[t.start].start
    before = [e for e in spans if e.type == "ORG" and lo <= e.start and e.stop <= hi and not _source(ctx, e)]
    return before[-1] if before else None


def _source(ctx, e: Entity) -> bool:
    tokens = ctx.ann.tokens
    idx = [t.i for t in tokens if e.start <= t.start < e.stop]
    if not idx:
        return False
    near = tokens[max(0, idx[0] - 3):idx[0]] + tokens[idx[-1] + 1:idx[-1] + 3]
    return any(t.lemma in SOURCE_VERBS or t.lemma in SOURCE_WORDS for t in near)


def _is_place_id(value: str) -> bool:
    return bool(re.match(r"^[A-Z]{2}($|[-/])", value))


__all__ = ["Entity", "EntityLayer", "Occupation", "PlaceLink", "Ref", "entities", "entities_of"]
