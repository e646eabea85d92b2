"""Person, organisation and place spans: slovnet's NER spans corrected by rules.

Every rule is a function ``(spans, tokens, ...) -> spans`` over token spans, applied in the
order ``find_spans`` lists them. In brackets, what the rule is worth on factRuEval-2016 test
(naeval's token F1, the layer with the rule minus the layer without it, at the time of writing):

1. ``_split_lines`` — a span is cut at a line break and at brackets (PER +0.003, ORG +0.011);
2. ``_retype_unions`` — unions of states and the Kremlin as the presidency are organisations
   (LOC +0.015, ORG +0.011);
3. ``_trim_edges`` — a verb at a span's end, a noun for people at an organisation's start;
4. ``_drop_non_names`` — generic abbreviations ("СМИ") and capitalised common words taken for
   names (PER +0.001, ORG +0.005);
5. ``_trim_person_heads`` — titles and common nouns before a name;
6. ``_add_people`` — names the people finder has and NER missed (PER +0.005);
7. ``_fit_places`` — the gazetteer's places NER missed or cut short;
8. ``_named_institutions`` — "музей Мормоттан": a place-like name after an institution noun;
9. ``_fit_quotes`` — quoted organisation names fitted to their quotes (ORG +0.016);
10. ``_add_quoted_orgs`` — a quoted name after an organisation noun (ORG +0.001).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Annotated, Token, morph_vocab

PERSON_TAGS = ("Name", "Surn", "Patr")
QUOTES_OPEN = ("«", "„", "“")
QUOTES_CLOSE = ("»", "”", "“")
BRACKETS = ("(", ")", "[", "]")


@dataclass
class TokenSpan:
    type: str
    first: int  # token indices, inclusive
    last: int

    def toks(self, tokens: list[Token]) -> list[Token]:
        return tokens[self.first:self.last + 1]


def find_spans(ctx) -> list[TokenSpan]:
    """slovnet's spans, corrected (see the package docstring), in text order."""
    ann: Annotated = ctx.ann
    tokens = ann.tokens
    spans = [TokenSpan(s.type, s.tokens[0].i, s.tokens[-1].i) for s in ann.spans if s.tokens]
    ner_persons = {(s.first, s.last) for s in spans if s.type == "PER"}
    spans = _split_lines(spans, tokens, ann.text)
    spans = _retype_unions(spans, tokens)
    spans = _trim_edges(spans, tokens)
    spans = _drop_non_names(spans, tokens)
    spans = _trim_person_heads(spans, tokens, ctx)
    spans = _add_people(spans, tokens, ctx, ner_persons)
    spans = _fit_places(spans, tokens, ctx)
    spans = _named_institutions(spans, tokens, ctx)
    quotes = quote_pairs(tokens)
    spans = _fit_quotes(spans, tokens, quotes)
    spans = _add_quoted_orgs(spans, tokens, quotes)
    spans.sort(key=lambda s: s.first)
    return spans


def _split_lines(spans: list[TokenSpan], tokens: list[Token], text: str) -> list[TokenSpan]:
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
                out.append(TokenSpan(s.type, piece[0], piece[-1]))
    return out


def _lemmas(toks: list[Token]) -> str:
    return " ".join(t.lemma for t in toks)


def _retype_unions(spans: list[TokenSpan], tokens: list[Token]) -> list[TokenSpan]:
    """"ЕС", "Евросоюз", "НАТО" are organisations of states, not places; so is the Kremlin when
    it acts ("пресс-служба Кремля"), not when something happens in it ("в Кремле")."""
    for s in spans:
        toks = s.toks(tokens)
        key = _lemmas(toks)
        if s.type != "ORG" and (key in L.state_unions or " ".join(t.lower for t in toks) in L.state_unions):
            s.type = "ORG"
        elif s.type == "LOC" and key == "кремль" and not _locative(tokens, s.first):
            s.type = "ORG"  # "пресс-служба Кремля", "Кремль заявил"; "в Кремле" stays a place
    return spans


def _trim_edges(spans: list[TokenSpan], tokens: list[Token]) -> list[TokenSpan]:
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
    return i > 0 and tokens[i - 1].lower in L.place_prepositions


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


def _drop_non_names(spans: list[TokenSpan], tokens: list[Token]) -> list[TokenSpan]:
    out = []
    for s in spans:
        toks = s.toks(tokens)
        if s.type == "ORG" and (_lemmas(toks) in L.generic_abbreviations or " ".join(t.lower for t in toks) in L.generic_abbreviations):
            continue
        if s.type == "PER" and len(toks) == 1 and not _name_like(toks[0].text) \
                and (sentence_initial(tokens, s.first) or not _noun_like(toks[0].text)):
            continue  # "Опустили", "История": a common word capitalised by its place
        out.append(s)
    return out


def sentence_initial(tokens: list[Token], i: int) -> bool:
    """First word of its sentence, or of a quotation or line inside it."""
    return i == 0 or tokens[i - 1].sent != tokens[i].sent or tokens[i - 1].text in QUOTES_OPEN + ('"', "—", "–", "(")


@lru_cache(maxsize=50_000)
def _noun_like(word: str) -> bool:
    return any(p.tag.POS == "NOUN" for p in morph_vocab()(word.lower()))


def _trim_person_heads(spans: list[TokenSpan], tokens: list[Token], ctx) -> list[TokenSpan]:
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
    from coopwatch.extract.titles import title_def

    t = tokens[i]
    if len(t.text) < 2 or not t.text.isalpha() and "-" not in t.text:
        return False  # initials, punctuation
    if t.lemma in L.not_name_words or (title_def(t) is not None and not _name_like(t.text)):
        return True
    return sentence_initial(tokens, i) and len(t.lemma) >= 4 and not _name_like(t.text) and _noun_like(t.text)


def _taken(spans: list[TokenSpan]) -> set[int]:
    return {i for s in spans for i in range(s.first, s.last + 1)}


def _add_people(spans: list[TokenSpan], tokens: list[Token], ctx, dropped: set[tuple[int, int]]) -> list[TokenSpan]:
    """Person mentions the people finder has and NER missed (not those NER had and the rules
    above dropped)."""
    taken = _taken(spans)
    for p in ctx.people:
        for m in p.mentions:
            if (m.start, m.stop - 1) in dropped or any(i in taken for i in range(m.start, m.stop)):
                continue
            spans.append(TokenSpan("PER", m.start, m.stop - 1))
            taken.update(range(m.start, m.stop))
    return spans


def _fit_places(spans: list[TokenSpan], tokens: list[Token], ctx) -> list[TokenSpan]:
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
            s = TokenSpan("LOC", m.start, m.stop - 1)
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


def _named_institutions(spans: list[TokenSpan], tokens: list[Token], ctx) -> list[TokenSpan]:
    """A place or person span right after an institution noun, which the gazetteer does not
    know as a place, names the institution: "в музее Мормоттан", "театром Колумба"."""
    linked = {i for m in ctx.places if m.id for i in range(m.start, m.stop)}
    for s in spans:
        if s.type == "LOC" and s.first > 0 and tokens[s.first - 1].lemma in L.institution_nouns \
                and tokens[s.first - 1].sent == tokens[s.first].sent and not any(i in linked for i in range(s.first, s.last + 1)):
            s.type = "ORG"
    return spans


def _quoted(tokens: list[Token], start: int, stop: int) -> bool:
    return start > 0 and stop < len(tokens) and tokens[start - 1].text in QUOTES_OPEN + ('"',) \
        and tokens[stop].text in QUOTES_CLOSE + ('"',)


def _fit_quotes(spans: list[TokenSpan], tokens: list[Token], quotes: dict[int, int]) -> list[TokenSpan]:
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
    return (last.text.isupper() and last.text.isalpha() and len(last.text) <= 5) or org_noun(last)


def _add_quoted_orgs(spans: list[TokenSpan], tokens: list[Token], quotes: dict[int, int]) -> list[TokenSpan]:
    """"фонд «Начинай»", "газеты «Не дай Бог!»": a short quoted name right after an organisation
    noun, when NER left it untagged."""
    taken = _taken(spans)
    for open_, close in quotes.items():
        inner = range(open_ + 1, close)
        if open_ > 0 and org_noun(tokens[open_ - 1]) and len(inner) and not any(k in taken for k in inner):
            spans.append(TokenSpan("ORG", open_ + 1, close - 1))
            taken.update(inner)
    return spans


def org_noun(t: Token) -> bool:
    lemma = t.lemma
    nouns = L.organisation_nouns
    return lemma in nouns or any(lemma.endswith("-" + n) for n in nouns)
