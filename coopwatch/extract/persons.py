"""Person mentions joined into persons (step 5 of ``people``): mentions that may share a surname
are joined on the reading most of them give; different given names make different people; a
given name and patronymic go to the one full name with that given name; a person is named by
its fullest mention."""

from __future__ import annotations

import os

from coopwatch.extract.names import INITIAL, NameForm, is_patronymic_word
from coopwatch.extract.people import Person, PersonMention, surname_key


def join(mentions: list[PersonMention]) -> list[Person]:
    """One person per surname; each mention read the way that joins it to the others."""
    people: list[Person] = []
    pending = [m for m in mentions if m.forms[0].surname]
    while pending:
        group = _sharing_a_surname(pending)
        key = _best_key(group)
        joined = [m for m in group if key in _surnames(m)]
        pending = [m for m in pending if m not in joined]
        for m in joined:
            m.forms = [next(f for f in m.forms if surname_key(f.surname) == key)]
        people += _by_given_name(joined)
    _join_given_and_patronymic(mentions, people)
    people = _merge_patronymic_people(people)
    return sorted(people, key=lambda p: p.mentions[0].start)


def _sharing_a_surname(mentions: list[PersonMention]) -> list[PersonMention]:
    """The first mention and every mention linked to it through a surname they may share."""
    group = [mentions[0]]
    keys = set(_surnames(mentions[0]))
    grew = True
    while grew:
        grew = False
        for m in mentions:
            if m not in group and keys & _surnames(m):
                group.append(m)
                keys |= _surnames(m)
                grew = True
    return group


def _best_key(group: list[PersonMention]) -> str:
    """The surname most mentions read, a mention's best reading counting double ("Гаррета
    Рейсмана" may be a woman's "Рейсмана"; with "Рейсманом" beside it, it is "Рейсман")."""
    votes: dict[str, float] = {}
    for m in group:
        for n, key in enumerate(dict.fromkeys(surname_key(f.surname) for f in m.forms)):
            votes[key] = votes.get(key, 0.0) + (2.0 if n == 0 else 1.0)
    return max(votes, key=lambda k: (votes[k], -min(m.start for m in group if k in _surnames(m))))


def _by_given_name(mentions: list[PersonMention]) -> list[Person]:
    """Mentions of one surname as persons: "Виктор Лукашенко" is not "Александр Лукашенко"; a
    surname alone goes with the fullest name."""
    people: list[Person] = []
    for m in sorted(mentions, key=lambda m: (-_full(m.forms[0])[0], -_full(m.forms[0])[1], m.start)):
        form = m.forms[0]
        person = next((p for p in people if _given_fits(p, form)), None)
        if person is None:
            person = Person(surname=surname_key(form.surname), name=form.text,
                            first=form.given[0] if form.given else None)
            people.append(person)
        m.name, m.person = form.text, person
        person.mentions.append(m)
    for p in people:
        p.mentions.sort(key=lambda m: m.start)
        # the fullest spelling; of equals, one the text wrote in the nominative, the first one
        best = max(p.mentions, key=lambda m: (_full(m.forms[0]), m.forms[0].case == "nomn", -m.start))
        p.name = best.forms[0].text
        p.first = best.forms[0].given[0] if best.forms[0].given else p.first
    return people


def _surnames(m: PersonMention) -> set[str]:
    return {surname_key(f.surname) for f in m.forms}


def _full(form: NameForm) -> tuple[int, int]:
    """How full a name is: given names written out, then all words ("Александр Богомаз" over
    "А. В. Богомаз")."""
    words = form.given + ([form.surname] if form.surname else [])
    return sum(1 for w in words if not INITIAL.match(w)), len(words)



def _given_fits(person: Person, form: NameForm) -> bool:
    """"Виктор Лукашенко" is not "Александр Лукашенко"; an initial fits its name."""
    if not form.given or not person.first:
        return True
    a, b = form.given[0].lower().replace("ё", "е"), person.first.lower().replace("ё", "е")
    if INITIAL.match(form.given[0]) or INITIAL.match(person.first):
        return a[0] == b[0]
    # a foreign given name read in two ways ("Гурбангулы" / "Гурбангула") is still one name
    common = len(os.path.commonprefix([a, b]))
    return a == b or common >= 4 and common >= min(len(a), len(b)) - 1


def _join_given_and_patronymic(mentions: list[PersonMention], people: list[Person]) -> None:
    """"Радий Фаритович": the given name and patronymic of the one person named in full with
    that given name."""
    for m in mentions:
        if m.person is not None or m.forms[0].surname or not m.forms[0].given:
            continue
        given = m.forms[0].given[0].lower()
        full = [p for p in people if p.first and p.first.lower() == given]
        if len(full) == 1:
            m.name, m.person = full[0].name, full[0]
            full[0].mentions.append(m)
            full[0].mentions.sort(key=lambda x: x.start)


def _merge_patronymic_people(people: list[Person]) -> list[Person]:
    """"Радий Фаритович" read as a given name and a surname: when the document names one
    person in full with that given name, the ‑вич word was his patronymic."""
    out = []
    for p in people:
        words = p.name.split()
        if len(words) == 2 and is_patronymic_word(words[1]):
            full = [o for o in people if o is not p and o.first and len(o.name.split()) >= 2
                    and o.first.lower() == words[0].lower() and not is_patronymic_word(o.name.split()[-1])]
            if len(full) == 1:
                for m in p.mentions:
                    m.name, m.person = full[0].name, full[0]
                full[0].mentions = sorted(full[0].mentions + p.mentions, key=lambda m: m.start)
                continue
        out.append(p)
    return out
