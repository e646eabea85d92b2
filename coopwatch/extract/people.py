"""People: NER person spans cleaned of titles, normalised to ``Имя Фамилия`` and joined across
the document by surname ("Рустам Минниханов" … "Минниханов" … "Миннихановым").

Needs: annotated text (NER spans), place mentions. Adds: ``Person`` entities with mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coopwatch.extract.normal import nominative
from coopwatch.nlp.annotate import Annotated, Token, morph_vocab

PATRONYMIC = re.compile(r"(вич|вна|ична|инична|оглы|кызы|улы|угли)$", re.I)
INITIAL = re.compile(r"^[А-ЯЁA-Z]\.$")
# Words NER sometimes puts inside person spans: honorifics, titles at the start of a sentence.
NOT_NAME = {"господин", "госпожа", "раис", "президент", "губернатор", "мэр", "глава", "аким", "хоким",
            "премьер", "министр", "посол", "генконсул", "председатель", "спикер", "лидер"}


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


def normalise_name(words: list[str]) -> tuple[str | None, str | None]:
    """``(name, first_name)`` from normalised words: the patronymic dropped, initials kept.
    A first name with a patronymic and no surname ("Радий Фаритович") gives ``(None, first)``."""
    words = [w for w in words if w and w.lower() not in NOT_NAME]
    if not words:
        return None, None
    if len(words) == 2 and is_patronymic(words[1]) and not INITIAL.match(words[0]):
        return None, words[0]
    if len(words) >= 3 and PATRONYMIC.search(words[-2]) and not INITIAL.match(words[-2]):
        words = [words[0], words[-1]]
    if all(INITIAL.match(w) for w in words):
        return None, None
    first = words[0] if len(words) > 1 and not INITIAL.match(words[0]) else None
    return " ".join(words), first


def is_patronymic(word: str) -> bool:
    """"Фаритович", "Ивановна" — but not the surname "Каранкевич"."""
    parses = morph_vocab()(word.lower())
    return bool(parses) and "Patr" in parses[0].tag


def _force_nominative(word: str) -> str:
    """A name the tagger called nominative though no reading of it is ("Олимжоном")."""
    parses = morph_vocab()(word.lower())
    if not parses or any("nomn" in p.tag for p in parses):
        return word
    from pymorphy2.analyzer import Parse

    form = Parse.inflect(parses[0], {"nomn"})
    return form.word[:1].upper() + form.word[1:] if form else word


def _words(span, toks: list[Token]) -> list[str]:
    """Nominative words of a person span: Natasha's normal form, or word by word through
    pymorphy where Natasha left an oblique case ("Олимжоном Абдуллаевым")."""
    normal = [w for w in re.split(r"\s+", (span.normal or span.text).strip()) if w]
    if len(normal) != len(span.tokens):
        normal = [t.text for t in span.tokens]
    normal = normal[len(span.tokens) - len(toks):]
    out = []
    for w, t in zip(normal, toks):
        if w == t.text and not INITIAL.match(w):
            w = nominative(t) if t.case not in (None, "Nom") else _force_nominative(w)
        out.append(w)
    return out


def find_people(ann: Annotated, place_tokens: set[int]) -> list[Person]:
    """Persons of the document, each with its mentions, in order of first mention."""
    mentions: list[PersonMention] = []
    first_names: list[tuple[PersonMention, str]] = []
    for span in ann.spans:
        if span.type != "PER":
            continue
        toks: list[Token] = list(span.tokens)
        # drop leading title words and places NER swallowed ("Раис Татарстана")
        while toks and (toks[0].lemma in NOT_NAME or toks[0].lower.startswith("раис") or toks[0].i in place_tokens):
            toks = toks[1:]
        if not toks:
            continue
        words = _words(span, toks)
        if any(t.i in place_tokens for t in toks) and len(toks) == 1:
            continue
        name, first = normalise_name(words)
        m = PersonMention(toks[0].i, toks[-1].i + 1, toks[0].start, toks[-1].stop, toks[0].sent, name or "")
        if name:
            mentions.append(m)
        elif first:
            first_names.append((m, first))
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
    # "Радий Фаритович": the person of the document with that first name
    for m, first in first_names:
        match = [p for p in people.values() if p.first and p.first.lower() == first.lower()]
        if len(match) == 1:
            m.name = match[0].name
            m.person = match[0]
            match[0].mentions.append(m)
    for p in people.values():
        p.mentions.sort(key=lambda m: m.start)
    return sorted(people.values(), key=lambda p: p.mentions[0].start)
