"""Place names as a sentence needs them: the gazetteer's name (full, «Республика Беларусь», or as
people write it, «Беларусь») in a case — «консульство Беларуси в Казани», «Минской области»,
«в Нижнем Новгороде», «Республики Татарстан» — by pymorphy's inflection, not written endings.

A name is declined up to its head noun: the adjectives before it agree with it, the head takes the
case. What follows the head stays as written — a name in apposition to a generic noun
(«Республики Беларусь», «провинции Хэйлунцзян») — except after a city noun («города Минска»:
``L.city_nouns``), where the name agrees. A word morphology cannot decline (indeclinable «Алматы»,
«Атырау») stays as it is.
"""

from __future__ import annotations

from functools import lru_cache

from coopwatch.gazetteer.places import gazetteer, lineage
from coopwatch.wording.morph import CASES, inflect, like, parses

LEVELS = {"country": "государство", "region": "регион", "city": "город", "district": "район"}


def place_name(place_id: str | None, short: bool = False) -> str:
    """The gazetteer's name («Республика Беларусь»); ``short``: as people write it («Беларусь»);
    an organisation's name (role ``of``) as it is; «—» for none."""
    if not place_id:
        return "—"
    gz = gazetteer()
    p = gz.get(place_id)
    if p is not None:
        return p.short_name if short else p.name
    if place_id[:2].isupper() and (len(place_id) == 2 or place_id[2] in "-/"):
        return gz.name(place_id)
    return place_id


def places(ids: list[str] | None, sep: str = " — ") -> str:
    return sep.join(place_name(p) for p in ids or [])


def _nominative(word: str):  # noqa: ANN202 - a pymorphy Parse or None
    """The reading of ``word`` as a noun or adjective in the nominative (a name's word)."""
    found = parses(word.lower())
    if not found or "Fixd" in found[0].tag:  # "Алматы", "Атырау": the likeliest reading is indeclinable
        return None
    for p in found:
        if p.tag.case == "nomn" and p.tag.POS in ("NOUN", "ADJF", "PRTF") and "Fixd" not in p.tag:
            return p
    return None


def _city_noun(word: str) -> bool:
    from coopwatch.lexicon import L

    return word.lower() in L.city_nouns


def _decline_word(word: str, case: str, number: str | None = None) -> str | None:
    if "-" in word and not word.startswith("-"):  # "Санкт-Петербург" is in the dictionary whole
        whole = _decline_word_alone(word, case, number)
        if whole is not None:
            return whole
        head, _, tail = word.rpartition("-")  # "Ханты-Мансийский": the last part declines
        last = _decline_word_alone(tail, case, number)
        return f"{head}-{last}" if last is not None else None
    return _decline_word_alone(word, case, number)


def _decline_word_alone(word: str, case: str, number: str | None) -> str | None:
    p = _nominative(word)
    if p is None:
        return None
    grams = {CASES[case]}
    if number and p.tag.POS != "NOUN":
        grams.add(number)
    form = inflect(p, grams)
    return like(word, form) if form else None


@lru_cache(maxsize=20_000)
def decline(name: str, case: str) -> str:
    """A place name (nominative, as the gazetteer writes it) in ``case`` (UD: "Gen", "Loc"…)."""
    if case == "Nom" or not name:
        return name
    words = name.split(" ")
    out: list[str] = []
    for i, w in enumerate(words):
        p = _nominative(w)
        if p is None:  # indeclinable or not a noun/adjective: left as written
            out.append(w)
            continue
        declined = _decline_word(w, case)
        out.append(declined or w)
        if p.tag.POS == "NOUN":
            rest = words[i + 1:]
            if _city_noun(w) and len(rest) == 1 and _nominative(rest[0]) is not None:
                rest = [_decline_word(rest[0], case) or rest[0]]  # "города Минска"
            return " ".join(out + rest)
    return " ".join(out)


def place_case(place_id: str | None, case: str, short: bool = False) -> str:
    """The place's name in ``case``: ``place_case("BY", "Gen", short=True)`` → «Беларуси»."""
    name = place_name(place_id, short)
    if not place_id or name == place_id and not place_id[:2].isupper():
        return name  # an organisation: its name as written
    return decline(name, case)


def preposition_v(word: str) -> str:
    """«в» or, before в/ф and a consonant, «во» («во Владимире», «во Франции»)."""
    low = word.lower()
    if len(low) > 1 and low[0] in "вф" and low[1] not in "аеёиоуыэюя":
        return "во"
    return "в"


def in_place(place_id: str | None, short: bool = False) -> str:
    """«в Казани», «во Владимире», «в Республике Беларусь»."""
    name = place_case(place_id, "Loc", short)
    return f"{preposition_v(name)} {name}"


def level_phrase(place_id: str) -> str:
    """«Республика Татарстан (регион; Российская Федерация)», «Республика Беларусь (государство)»."""
    gz = gazetteer()
    up = [gz.name(p) for p in lineage(place_id)[1:]]
    level = LEVELS.get(gz.level(place_id), gz.level(place_id))
    return f"{gz.name(place_id)} ({level}{'; ' + ', '.join(up) if up else ''})"
