"""People: the persons a document names, each with its mentions, written ``Имя Фамилия`` in the
nominative (``names.read_name``) and joined across the document ("Рустам Минниханов" …
"Минниханов" … "Миннихановым").

Rules, in the order ``find_people`` applies them:

1. ``_ner_mentions`` — Natasha's PER spans, with what NER swallowed cut off: titles and places
   before the name ("Раис Татарстана Рустам Минниханов"), a common noun before a given name
   ("Автор Ангелина Боброва");
2. ``_extend_mentions`` — name parts NER left out: a surname before a given name and
   patronymic ("Хоценко Виталием Павловичем", NER tags the surname as a place), a surname
   after them, two PER spans that touch ("Сейедом | Махмудом Хоссейнипуром");
3. ``_missed_mentions`` — names NER did not tag: a given name from the dictionary before a
   capitalised word; a surname the document names elsewhere, in any case;
4. ``_is_name`` — no person in a word cut off at the end of the document ("…Посол Респу"), a
   function word or a verb ("За", "Обнялся"), a given name alone, an office's one-word name ("Смоленскстат"), a name inside an
   organisation's name (``_inside_organisation_name``: "университет имени Питирима Сорокина");
5. ``persons.join`` — one person per surname: mentions that may share a surname in any case form
   (ё = е) are joined on the reading most of them give, so an ambiguous mention is read the
   way the others are ("Евгения Куйвашева" beside "Евгений Куйвашев" is a man in the
   genitive); different given names make different people; a given name and patronymic go to
   the one full name with that given name ("Радий Фаритович"); the person's name is its
   fullest mention, written in the nominative by the text where it can be.

Needs: annotated text, place mentions. Adds: ``Person`` entities with their mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from coopwatch.extract.names import INITIAL, NameForm, is_patronymic_word, read_name, russian_surname_form
from coopwatch.extract.title_heads import title_def
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import UD_CASE, Annotated, Token, morph_vocab

# Parts of speech a name never is ("За", "Обнялся" opening a line NER took for a name).
NOT_NAME_POS = {"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "PRED"}
# Weights of the context's evidence for a name's case (see ``names.read_name``).
TAGGER_WEIGHT = 1.0
APPOSITION_WEIGHT = 1.5


@dataclass
class PersonMention:
    start: int  # token indices in the document
    stop: int
    char_start: int
    char_stop: int
    sent: int
    name: str  # normalised, as written here ("Рустам Минниханов" or "Минниханов")
    person: Person | None = None
    forms: list[NameForm] = field(default_factory=list, repr=False)  # its readings, best first


@dataclass
class Person:
    surname: str  # lower case, ё→е: the key for joining mentions
    name: str  # the fullest normalised name seen
    first: str | None = None
    mentions: list[PersonMention] = field(default_factory=list)


def surname_key(name: str | None) -> str:
    return name.split()[-1].lower().replace("ё", "е") if name and name.split() else ""


@lru_cache(maxsize=50_000)
def is_first_name(word: str) -> bool:
    parses = morph_vocab()(word.lower())
    return bool(parses) and "Name" in parses[0].tag


def _mention(ann: Annotated, toks: list[Token]) -> PersonMention | None:
    """A mention of these tokens with its readings, or None when they are not a name."""
    words = _name_words(toks)
    if not words:
        return None
    cases, genders = _context(ann, toks)
    forms = read_name(words, cases, genders)
    forms = [f for f in forms if f.surname or len(f.given) >= 1 and _has_patronymic(toks)]
    if not forms:
        return None
    return PersonMention(toks[0].i, toks[-1].i + 1, toks[0].start, toks[-1].stop, toks[0].sent,
                         forms[0].text, forms=forms)


def _name_words(toks: list[Token]) -> list[str]:
    """The words of a name: initials with their dots ("А. В. Богомаз"); not what follows a
    bracket ("Барри Лоуенкрон (Barry Lowenkron)"), not Latin words beside Cyrillic ones; none
    when only initials are left."""
    words: list[str] = []
    for t in toks:
        if t.text in "([":
            break
        if t.text == "." and words and INITIAL.match(words[-1]) and not words[-1].endswith("."):
            words[-1] += "."
        elif t.text.replace("-", "").isalpha():
            words.append(t.text)
    if any(_cyrillic(w) for w in words):
        words = [w for w in words if _cyrillic(w)]
    return [] if all(INITIAL.match(w) for w in words) else words


def _cyrillic(word: str) -> bool:
    return any("а" <= c <= "я" or c == "ё" for c in word.lower())


def _has_patronymic(toks: list[Token]) -> bool:
    return any(is_patronymic_word(t.text) for t in toks)


def _context(ann: Annotated, toks: list[Token]) -> tuple[dict[str, float], dict[str, float]]:
    """What the context says of a name's case and gender: the tagger's case, and the case of
    the title the name stands in apposition to — "консула … Жараса Мамутбекова" is genitive,
    though the tagger, not knowing the name, may call it nominative; "заместитель главы
    администрации района Серафима Хеладзе" is nominative, though the parser may attach the name to
    the last genitive. A title in a feminine form makes the name a woman's ("заведующая")."""
    cases: dict[str, float] = {}
    genders: dict[str, float] = {}
    case = UD_CASE.get(toks[-1].case or "")
    if case:
        cases[case] = TAGGER_WEIGHT
    head = _title_head_before(ann, toks[0])
    if head is None and toks[0].rel == "appos" and toks[0].head >= 0:
        head = ann.tokens[toks[0].head]
        head = head if head.pos == "NOUN" and head.feats.get("Animacy") == "Anim" else None
    if head is not None and UD_CASE.get(head.case or ""):
        key = UD_CASE[head.case]
        cases[key] = cases.get(key, 0.0) + APPOSITION_WEIGHT
        if head.feats.get("Gender") == "Fem" and head.lower.endswith(_feminine_endings()):
            genders["femn"] = APPOSITION_WEIGHT
    return cases, genders


@cache
def _feminine_endings() -> tuple[str, ...]:
    return tuple(sorted(L.feminine_adjective_endings))


# Words a title's complement is made of, between the title's head and the name.
COMPLEMENT_POS = {"NOUN", "PROPN", "ADJ", "CCONJ", "ADP", "NUM", "DET"}
# (A title in a feminine adjectival form — "заведующая", "исполняющая обязанности" — says the
# holder is a woman; "глава" is feminine in grammar only.)


def _title_head_before(ann: Annotated, first: Token) -> Token | None:
    """The head of the title phrase right before a name: its outermost title word
    ("заместитель" in "заместитель главы администрации района …")."""
    head = None
    j = first.i - 1
    while j >= 0 and first.i - j <= 12:
        t = ann.tokens[j]
        located = t.lower in L.where_prepositions and j + 1 < first.i and ann.tokens[j + 1].pos == "PROPN"
        if t.sent != first.sent or not (t.pos in COMPLEMENT_POS or t.text in "«»\"-–—") \
                or t.pos == "ADP" and t.lower != "по" and not located:
            break  # "во главе с заместителем министра …": the phrase starts after the preposition
        # (but "посол Монголии в России Батбаяром": where the post is, inside the title)
        if t.pos in ("NOUN", "PROPN") and title_def(t) is not None:
            head = t  # (a title written with a capital, "Посла", the tagger may read as a name)
        j -= 1
    return head


def _trim(toks: list[Token], place_tokens: set[int]) -> list[Token]:
    """Titles, places and common nouns NER put before a name (a title written with a capital, "Премьер-министром
    Романом Головченко", which the tagger reads as a proper noun)."""
    while toks and (toks[0].lemma in L.not_name_words or toks[0].lower.startswith("раис") or toks[0].i in place_tokens
                    or toks[0].lemma in L.title_modifiers  # "с Чрезвычайным и Полномочным Послом": NER's PER
                    or len(toks) > 2 and _common_noun(toks[0]) and is_first_name(toks[1].text)
                    and not _surname_first(toks)
                    or len(toks) > 2 and title_def(toks[0]) is not None and _may_be_first_name(toks[1].lower)):
        toks = toks[1:]
    return toks


@lru_cache(maxsize=50_000)
def _may_be_first_name(word: str) -> bool:
    """Any reading a given name ("Романом": a novel, or Роман)."""
    return any("Name" in p.tag for p in morph_vocab()(word))


def _surname_first(toks: list[Token]) -> bool:
    """"Травников Андрей Александрович": a capitalised word before a given name and a patronymic is the surname,
    even when it is also a common noun's form ("травников")."""
    return len(toks) == 3 and toks[0].is_cap() and toks[0].i > 0 and is_patronymic_word(toks[2].text)


def _common_noun(tok: Token) -> bool:
    parses = morph_vocab()(tok.text.lower())
    return bool(parses) and parses[0].is_known and not any(
        g in p.tag for p in parses for g in ("Name", "Surn", "Patr", "Geox"))


def _ner_mentions(ann: Annotated, place_tokens: set[int]) -> list[list[Token]]:
    out = []
    for span in ann.spans:
        if span.type != "PER":
            continue
        toks = _trim(list(span.tokens), place_tokens)
        if toks and not (len(toks) == 1 and toks[0].i in place_tokens):
            out.append(toks)
    return out


def _name_part(tok: Token, place_tokens: set[int], taken: set[int]) -> bool:
    return tok.text[:1].isupper() and tok.text.replace("-", "").isalpha() and tok.i not in place_tokens \
        and tok.i not in taken and tok.lemma not in L.not_name_words


def _extend_mentions(ann: Annotated, spans: list[list[Token]], place_tokens: set[int]) -> list[list[Token]]:
    """Surnames NER left outside the span, and spans that touch, joined into one name."""
    tokens = ann.tokens
    spans = sorted(spans, key=lambda s: s[0].i)
    merged: list[list[Token]] = []
    for s in spans:
        # "Сейедом | Махмудом Хоссейнипуром": a given name alone before a name is part of it
        touching = merged and merged[-1][-1].i + 1 == s[0].i and s[0].sent == merged[-1][-1].sent
        if touching and len(merged[-1]) == 1 and is_first_name(merged[-1][0].text):
            merged[-1] = merged[-1] + s
        elif touching and len(merged[-1]) == 1 and len(s) == 2 and is_patronymic_word(s[1].text) \
                and not is_patronymic_word(merged[-1][0].text):
            merged[-1] = merged[-1] + s  # "Лукашенко | Александру Григорьевичу": the surname first, NER split it off
        else:
            merged.append(s)
    taken = {t.i for s in merged for t in s}
    out = []
    for s in merged:
        words = [t.text for t in s]
        ends_in_patronymic = len(words) >= 2 and is_patronymic_word(words[-1])
        before = tokens[s[0].i - 1] if s[0].i > 0 else None
        after = tokens[s[-1].i + 1] if s[-1].i + 1 < len(tokens) else None
        if is_patronymic_word(words[0]) and len(words) >= 2 and before is not None and before.sent == s[0].sent \
                and _name_part(before, place_tokens, taken) and not _common_noun(before):
            s = [before] + s  # "Айсеном | Сергеевичем Николаевым": the given name NER left out
        elif ends_in_patronymic and before is not None and before.sent == s[0].sent \
                and _name_part(before, place_tokens, taken) and not _common_noun(before):
            s = [before] + s  # "Хоценко Виталием Павловичем"
        elif ends_in_patronymic and after is not None and after.sent == s[-1].sent \
                and _name_part(after, place_tokens, taken):
            s = s + [after]  # "Виталием Павловичем Хоценко"
        elif len(s) >= 2 and after is not None and after.sent == s[-1].sent and after.lower in L.patronymic_particles:
            s = s + [after]  # "Нуржаном Абдыкадыр уулу": the particle NER leaves out, lower case
        elif len(s) == 2 and before is not None and before.sent == s[0].sent and _name_part(before, place_tokens, taken) \
                and _one_syllable_name_after_title(ann, before, s[0]):
            s = [before] + s  # "председателем … Выонг | Куок Тюаном": an East Asian family name NER took for a place
        out.append(s)
    return out


def _missed_mentions(ann: Annotated, found: list[PersonMention], place_tokens: set[int]) -> list[PersonMention]:
    """Names NER did not tag: "Рустам Минниханов" in a headline, "Миннихановым" alone."""
    taken = {i for m in found for i in range(m.start, m.stop)}
    surnames = {surname_key(f.surname) for m in found for f in m.forms if f.surname and f.given}
    stems = {k[:3] for k in surnames}
    tokens = ann.tokens
    out = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if not _name_part(t, place_tokens, taken):
            i += 1
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sent == t.sent else None
        if nxt is not None and _name_part(nxt, place_tokens, taken) and _surname_like(nxt, surnames) \
                and (is_first_name(t.text) or _one_syllable_name_after_title(ann, t, nxt)
                     or _foreign_name_after_title(ann, t, nxt)):
            m = _mention(ann, [t, nxt])
            if m is not None:
                out.append(m)
                i += 2
                continue
        if t.lower[:3] not in stems:  # no surname of the document starts so: no reading could be one
            i += 1
            continue
        m = _mention(ann, [t])
        if m is not None and any(surname_key(f.surname) in surnames for f in m.forms):
            m.forms = [f for f in m.forms if surname_key(f.surname) in surnames]
            out.append(m)
        i += 1
    return out


def _one_syllable_name_after_title(ann: Annotated, t: Token, nxt: Token) -> bool:
    """"секретарь парткома провинции Синь Чансин": an East Asian name — a surname of one syllable, then a given name
    no dictionary knows — right after a title, although the surname is a Russian word ("синь")."""
    syllables = len(re.findall("[аеёиоуыэюя]+", t.lower))
    return syllables == 1 and not t.text.isupper() and not any(p.is_known for p in morph_vocab()(nxt.text.lower())) \
        and _title_head_before(ann, t) is not None


def _foreign_name_after_title(ann: Annotated, t: Token, nxt: Token) -> bool:
    """"с акимом города Нурлыбеком Кабиденовым": a given name no dictionary knows, then a word read first as a
    surname, right after a title — NER may take the pair for a place."""
    parses = morph_vocab()(nxt.text.lower())
    read_as_surname = bool(parses) and "Surn" in parses[0].tag
    # ("Жаксылыковым", which pymorphy guesses to be an adjective first, still declines as a Russian surname)
    declined_as_surname = russian_surname_form(nxt.text) and not any(p.is_known for p in parses)
    unknown_given_name = not any(p.is_known for p in morph_vocab()(t.text.lower()))
    return (read_as_surname or declined_as_surname) and unknown_given_name and _title_head_before(ann, t) is not None


def _surname_like(tok: Token, known: set[str]) -> bool:
    if tok.lower in known:
        return True
    parses = morph_vocab()(tok.text.lower())
    return not parses or "Surn" in parses[0].tag or not any(p.is_known for p in parses)


# A last line this long without final punctuation, or with a sentence ending inside it, is
# running text cut short, not a byline ("Ариана Ранцева") or a caption ("Фото: соцсети Радия Хабирова").
CUT_LINE_WORDS = 8


def _cut_off(ann: Annotated) -> int | None:
    """The last word of a document that stops mid-word ("…Посол Респу"): its token index."""
    text = ann.text.rstrip()
    last = next((t for t in reversed(ann.tokens) if t.text.strip()), None)
    if last is None or not last.text.isalpha() or text[-1:] in ".!?…»\"')":
        return None
    last_line = text[text.rfind("\n") + 1:]
    running = len(last_line.split()) >= CUT_LINE_WORDS or re.search(r"[.!?…] ", last_line)
    return last.i if running else None


def _is_name(m: PersonMention, ann: Annotated, cut: int | None) -> bool:
    toks = ann.tokens[m.start:m.stop]
    if cut is not None and m.start <= cut < m.stop:
        return False
    if _inside_organisation_name(ann, m.start):
        return False
    if len(toks) == 1:
        if toks[0].lower.endswith(tuple(L.organisation_word_endings)):
            return False  # "по данным Смоленскстата": an office, not a surname
        parses = morph_vocab()(toks[0].text.lower())
        if parses and parses[0].is_known and parses[0].tag.POS in NOT_NAME_POS or len(toks[0].text) < 2:
            return False
        if parses and parses[0].is_known and "Name" in parses[0].tag and not any("Surn" in p.tag for p in parses):
            return False  # a given name alone ("Владимир" before a cut-off surname) names nobody
    return True


def _inside_organisation_name(ann: Annotated, start: int) -> bool:
    """"университет имени Питирима Сорокина", "аэропорт им. Гейдара Алиева": the name is the organisation's.
    (Not a named rule: the people stage runs before the fact stages, which the rule ablation re-runs alone.)"""
    before = [t.lower for t in ann.tokens[max(start - 2, 0):start] if t.text != "."]
    return bool(before) and before[-1] in L.named_after_words


def find_people(ann: Annotated, place_tokens: set[int]) -> list[Person]:
    """Persons of the document, each with its mentions, in order of first mention."""
    spans = _extend_mentions(ann, _ner_mentions(ann, place_tokens), place_tokens)
    cut = _cut_off(ann)
    mentions = [m for m in (_mention(ann, s) for s in spans) if m is not None and _is_name(m, ann, cut)]
    mentions += [m for m in _missed_mentions(ann, mentions, place_tokens) if _is_name(m, ann, cut)]
    from coopwatch.extract.persons import join  # persons build on the mentions defined here

    return join(mentions)
