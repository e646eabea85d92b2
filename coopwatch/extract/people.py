"""People: person names, normalised to ``Имя Фамилия`` and joined across the document by surname
("Рустам Минниханов" … "Минниханов" … "Миннихановым").

Sources, in order: Natasha's PER spans (titles NER swallowed, such as "Раис Татарстана", are cut
off); then what NER missed — a known surname in another case, or a first name from pymorphy's
dictionary followed by a capitalised word.

Needs: annotated text, place mentions. Adds: ``Person`` entities with their mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from coopwatch.extract.normal import nominative
from coopwatch.nlp.annotate import Annotated, Token, morph_vocab

PATRONYMIC = re.compile(r"(вич|вна|ична|инична|оглы|кызы|улы|угли)$", re.I)
INITIAL = re.compile(r"^[А-ЯЁA-Z]\.$")
# Words NER sometimes puts inside person spans: honorifics, titles at the start of a sentence.
NOT_NAME = {"господин", "госпожа", "раис", "президент", "губернатор", "мэр", "глава", "аким", "хоким",
            "премьер", "министр", "посол", "генконсул", "председатель", "спикер", "лидер"}

# Russian and Turkic surnames decline regularly; the tagger and pymorphy guess unknown ones
# badly ("Клычковым" → "Клычковы"), so their endings are undone here by rule.
SURNAME_ENDINGS = {
    "Masc": [(r"(ов|ев|ёв|ин|ын)(а|у|ым|е)$", r"\1"), (r"(ск|цк)(ого|ому|им|ом)$", r"\1ий"),
             (r"(ов|ев|ёв|ин|ын)(ой|ая)$", r"\1")],
    "Fem": [(r"(ов|ев|ёв|ин|ын)(ой|у)$", r"\1а"), (r"(ск|цк)(ой|ую)$", r"\1ая")],
}
# Masculine names foreign to pymorphy, in the genitive, dative or instrumental:
# "Жараса" → "Жарас", "Ильсуром" → "Ильсур", "Сяохуэем" → "Сяохуэй".
FOREIGN_NAME_ENDINGS = [(r"(?<=[аеиоуыэюя])ем$", "й"), (r"ьем$", "ь"), (r"(?<=[аеиоуыэюя])я$", "й"), (r"(?<=[аеиоуыэюя])ю$", "й"),
                        (r"(?<=[^аеиоуыэюяйь])ом$", ""), (r"(?<=[^аеиоуыэюяйь])а$", ""),
                        (r"(?<=[^аеиоуыэюяйь])у$", "")]


@dataclass
class PersonMention:
    start: int  # token indices in the document
    stop: int
    char_start: int
    char_stop: int
    sent: int
    name: str  # normalised, as written here ("Рустам Минниханов" or "Минниханов")
    person: Person | None = None


@dataclass
class Person:
    surname: str  # lower case, ё→е: the key for joining mentions
    name: str  # the fullest normalised name seen
    first: str | None = None
    mentions: list[PersonMention] = field(default_factory=list)


def surname_key(name: str) -> str:
    return name.split()[-1].lower().replace("ё", "е") if name.split() else ""


def is_patronymic(word: str) -> bool:
    """"Фаритович", "Ивановна" — but not the surname "Каранкевич"."""
    parses = morph_vocab()(word.lower())
    return bool(parses) and "Patr" in parses[0].tag


def is_first_name(word: str) -> bool:
    parses = morph_vocab()(word.lower())
    return bool(parses) and "Name" in parses[0].tag


def name_gender(words: list[str], toks: list[Token]) -> str | None:
    """A woman's first name makes the name feminine, whatever the tagger said of the surname."""
    for w in words[:-1]:
        parses = [p for p in morph_vocab()(w.lower()) if "Name" in p.tag and "nomn" in p.tag]
        if parses:
            return "Fem" if "femn" in parses[0].tag else "Masc"
    if len(toks) > 1 and toks[0].text == words[0] and re.search(r"[ая]$", words[0]) and toks[0].case in (None, "Nom"):
        return "Fem"  # a first name in -а/-я that pymorphy does not know as a man's: "Талия"
    genders = [t.feats.get("Gender") for t in toks]
    return "Fem" if "Fem" in genders else (genders[-1] if genders else None)


def surname_nominative(word: str, gender: str | None) -> str | None:
    """"Клычковым" (masc) → "Клычков", "Минуллиной" (fem) → "Минуллина", "Крупко" → None."""
    for pattern, repl in SURNAME_ENDINGS.get(gender or "Masc", []):
        if re.search(pattern, word):
            return re.sub(pattern, repl, word)
    return None


def foreign_nominative(word: str, tok: Token, gender: str | None) -> str:
    """A masculine name pymorphy does not know, left oblique by the tagger."""
    if gender == "Fem" or tok.case in (None, "Nom") and not re.search(r"(ом|ем)$", word):
        return word
    parses = morph_vocab()(word.lower())
    # a man's name read in the case the context gives: "Мидхата" (gent) → "Мидхат"
    declined = next((p.normal for p in parses if "Name" in p.tag and "masc" in p.tag
                     and p.feats.get("Case") == tok.case and p.normal != word.lower()), None)
    if declined:
        if "ё" not in word.lower():
            declined = declined.replace("ё", "е")  # "Артема" → "Артем", as the text spells it
        return declined[:1].upper() + declined[1:]
    if any("Name" in p.tag and "nomn" in p.tag for p in parses):
        return word
    for pattern, repl in FOREIGN_NAME_ENDINGS:
        if re.search(pattern, word):
            return re.sub(pattern, repl, word)
    return word


def _words(normal: str, toks: list[Token], skipped: int) -> list[str]:
    """Nominative words of a person span: Natasha's normal form, with what it left oblique or
    mis-declined put right."""
    words = [w for w in re.split(r"\s+", normal.strip()) if w]
    if len(words) != len(toks) + skipped:
        words = [t.text for t in toks]
    else:
        words = words[skipped:]
    gender = name_gender(words, toks)
    out = []
    for n, (w, t) in enumerate(zip(words, toks)):
        if INITIAL.match(t.text):
            out.append(t.text)
            continue
        oblique_text = w == t.text
        if n == len(toks) - 1:
            fixed = surname_nominative(t.text, gender)
            if fixed and (t.case != "Nom" or oblique_text):
                w = fixed
            elif gender == "Fem" and not oblique_text and re.search(r"(ов|ев|ин|ын)$", w) \
                    and re.search(r"(ова|ева|ина|ына|ой|у)$", t.text):
                w = w + "а"  # Natasha sometimes gives a woman the masculine form
            elif oblique_text and not fixed and len(toks) > 1:
                w = foreign_nominative(w, t, gender)
        elif oblique_text:
            fixed = nominative(t) if t.case not in (None, "Nom") and is_first_name(t.text) else w
            w = fixed if fixed != w else foreign_nominative(w, t, gender)
        out.append(w)
    return out


def normalise_name(words: list[str]) -> str | None:
    """``Имя Фамилия``: the patronymic dropped, initials kept; None if no name is left."""
    words = [w for w in words if w and w.lower() not in NOT_NAME]
    if not words or all(INITIAL.match(w) for w in words):
        return None
    if len(words) >= 3 and PATRONYMIC.search(words[-2]) and not INITIAL.match(words[-2]):
        words = [words[0], words[-1]]
    return " ".join(words)


def _ner_mentions(ann: Annotated, place_tokens: set[int]) -> list[PersonMention]:
    out = []
    for span in ann.spans:
        if span.type != "PER":
            continue
        toks: list[Token] = list(span.tokens)
        # drop leading title words and places NER swallowed ("Раис Татарстана")
        while toks and (toks[0].lemma in NOT_NAME or toks[0].lower.startswith("раис") or toks[0].i in place_tokens):
            toks = toks[1:]
        if not toks or (len(toks) == 1 and toks[0].i in place_tokens):
            continue
        toks = _case_from_apposition(ann, toks)
        name = normalise_name(_words(span.normal or span.text, toks, len(span.tokens) - len(toks)))
        if name:
            out.append(PersonMention(toks[0].i, toks[-1].i + 1, toks[0].start, toks[-1].stop, toks[0].sent, name))
    return out


def _case_from_apposition(ann: Annotated, toks: list[Token]) -> list[Token]:
    """A name in apposition to an oblique title takes the title's case: "консула … Жараса
    Мамутбекова" is genitive, though the tagger, not knowing the name, calls it nominative (or
    knows only the surname: "министра … Мидхата Шагиахметова")."""
    first = toks[0]
    if first.rel != "appos" or first.head < 0 or first.case not in (None, "Nom"):
        return toks
    head = ann.tokens[first.head]
    if head.pos != "NOUN" or head.feats.get("Animacy") != "Anim" or head.case in (None, "Nom"):
        return toks
    return [replace(t, feats={**t.feats, "Case": head.case}) for t in toks]


def _missed_mentions(ann: Annotated, found: list[PersonMention], place_tokens: set[int]) -> list[PersonMention]:
    """Names NER did not tag: "Рустам Минниханов" in a headline, "Миннихановым" alone."""
    taken = {i for m in found for i in range(m.start, m.stop)}
    surnames = {surname_key(m.name) for m in found if " " in m.name}
    tokens = ann.tokens
    out = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.i in taken or t.i in place_tokens or not t.text[:1].isupper() or not t.text.isalpha():
            i += 1
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sent == t.sent else None
        if nxt is not None and nxt.i not in taken and nxt.i not in place_tokens and nxt.text[:1].isupper() \
                and nxt.text.isalpha() and is_first_name(t.text) and _surname_like(nxt, surnames):
            name = normalise_name(_words(f"{t.text} {nxt.text}", [t, nxt], 0))
            if name:
                out.append(PersonMention(t.i, nxt.i + 1, t.start, nxt.stop, t.sent, name))
                i += 2
                continue
        key = (surname_nominative(t.text, t.feats.get("Gender")) or t.text).lower().replace("ё", "е")
        if key in surnames:
            out.append(PersonMention(t.i, t.i + 1, t.start, t.stop, t.sent, key[:1].upper() + key[1:]))
        i += 1
    return out


def _surname_like(tok: Token, known: set[str]) -> bool:
    key = (surname_nominative(tok.text, tok.feats.get("Gender")) or tok.text).lower().replace("ё", "е")
    if key in known:
        return True
    parses = morph_vocab()(tok.text.lower())
    return not parses or "Surn" in parses[0].tag or not any(p.is_known for p in parses)


def find_people(ann: Annotated, place_tokens: set[int]) -> list[Person]:
    """Persons of the document, each with its mentions, in order of first mention."""
    mentions = _ner_mentions(ann, place_tokens)
    mentions += _missed_mentions(ann, mentions, place_tokens)
    people: dict[str, Person] = {}
    for m in sorted(mentions, key=lambda m: -len(m.name.split())):
        key = surname_key(m.name)
        p = people.get(key)
        if p is None:
            p = people[key] = Person(surname=key, name=m.name, first=m.name.split()[0] if " " in m.name else None)
        elif len(m.name.split()) > len(p.name.split()):
            p.name = m.name
        m.person = p
        p.mentions.append(m)
    # "Радий Фаритович": the first name and patronymic of a person named in full elsewhere
    for key, p in list(people.items()):
        words = p.name.split()
        if len(words) == 2 and is_patronymic(words[1]):
            full = [o for o in people.values() if o is not p and o.first == words[0] and len(o.name.split()) >= 2]
            if len(full) == 1:
                for m in p.mentions:
                    m.name, m.person = full[0].name, full[0]
                    full[0].mentions.append(m)
                del people[key]
    for p in people.values():
        p.mentions.sort(key=lambda m: m.start)
    return sorted(people.values(), key=lambda p: p.mentions[0].start)
