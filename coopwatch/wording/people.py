"""People's names and titles as Russian writes them when they are shown.

Initials stay with the surname (a no-break space: «Н.\u00a0Назарбаев» never breaks across lines).
A title is kept in lower case (FACTS.md), as a text writes a post; the proper names inside it get
their capitals back: the gazetteer's names («посол в Российской Федерации», «генеральный консул в
Нижнем Новгороде»), and what pymorphy knows as a place, an organisation or a name («депутат
Госсовета», «член ассоциации … в Абхазии»); abbreviations in capitals («директор департамента МИД»,
«посол в КНР», «председатель СГБ»).
"""

from __future__ import annotations

import re
from functools import lru_cache

from coopwatch.wording.morph import parses
from coopwatch.wording.numbers import NBSP

INITIAL = re.compile(r"(?<!\w)([А-ЯЁA-Z]\.)\s*(?=[А-ЯЁA-Z])")
WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z]+)*")
VOWELS = set("аеёиоуыэюяaeiouy")
LONGEST_ABBREVIATION = 6  # "МИД", "КНР", "ЮНЕСКО" — a longer word in capitals is a word


def person_name(name: str | None) -> str:
    """«Н. Назарбаев» with a no-break space after each initial; «—» for none."""
    if not name:
        return "—"
    return INITIAL.sub(lambda m: m.group(1) + NBSP, name.strip())


def _capital(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


def _word_case(word: str) -> str:
    """One word of a title outside the gazetteer's names: an abbreviation in capitals, a proper name
    with a capital, anything else as it is."""
    if not word.islower():
        return word  # written with capitals already
    found = parses(word)
    if not found:
        return word
    first = found[0]
    if "Abbr" in first.tag and len(word) <= LONGEST_ABBREVIATION:
        return word.upper()
    if first.tag.POS is None and 2 <= len(word) <= 4 and not VOWELS & set(word):
        return word.upper()  # unknown and unpronounceable: "сгб"
    if ("Geox" in first.tag or "Orgn" in first.tag) and first.is_known and not _generic_body(first.normal_form):
        return _capital(word)  # "Госсовета", "Минэкономики", "Абхазии" (a person's name is no part of a post)
    return word


def _generic_body(lemma: str) -> bool:
    """A body every territory of a level has ("райисполком", "облисполком": ``L.level_nouns``), named
    with a small letter, though pymorphy calls it an organisation."""
    from coopwatch.lexicon import L

    return lemma.replace("ё", "е") in L.level_nouns


@lru_cache(maxsize=20_000)
def title_text(title: str | None) -> str:
    """A post as it is shown: «посол в российской федерации» → «посол в Российской Федерации»."""
    if not title:
        return ""
    from coopwatch.gazetteer.lookup import names_in

    spans = [(m.start(), m.end(), m.group()) for m in WORD.finditer(title)]
    words = [w for _, _, w in spans]
    shown = list(words)
    named: set[int] = set()
    for found in names_in(words):
        entries = [e for e in found.entries if e[1] in ("name", "authority")]
        if not entries:
            continue  # "минский" alone is an adjective: "минский завод" stays as written
        caps = entries[0][2]
        for k, need in zip(range(found.start, found.stop), caps):
            named.add(k)
            if need:
                shown[k] = _capital(words[k]) if words[k].islower() else words[k]
    for k, w in enumerate(words):
        if k not in named:
            shown[k] = _word_case(w)
    out, last = [], 0
    for (start, end, _), w in zip(spans, shown):
        out.append(title[last:start] + w)
        last = end
    out.append(title[last:])
    return "".join(out)
