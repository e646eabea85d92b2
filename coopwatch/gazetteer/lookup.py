"""A place as a person types it: a code ("RU-TA", "ru-ta", "BY", "RU-TA/Казань") or a name in any
case and any letter case ("Татарстан", "в Казани", "минской области", "РТ"), looked up in the same
index of names the extractor uses (``index.trie``, ``forms.word_forms``) — without a document
around it, so no tagger: every word of the query must belong to the name.

``find_places(text)`` gives the candidate place IDs, likeliest first; ``names_in(words)`` finds the
gazetteer names among lower-cased words (how titles get their capitals back, ``wording.titles``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from coopwatch.gazetteer.forms import ENTRIES, word_forms
from coopwatch.gazetteer.index import tokens_of, trie
from coopwatch.gazetteer.places import capital_cities, gazetteer

CODE = re.compile(r"^([A-Za-z]{2})(-[A-Za-z0-9]{1,3})?((?:/[^/\x00-\x1f]{1,100}){0,3})$")
# What a name found in a query stands for, best first: its own name, an abbreviation ("РТ"), an
# authority ("Минский облисполком"), then an adjective or a people's name.
FORM_RANK = {"name": 0, "abbr": 1, "authority": 2, "adj": 3, "demonym": 4}
LEVEL_RANK = {lv: n for n, lv in enumerate(("country", "region", "city", "district"))}


@dataclass(frozen=True)
class Found:
    start: int  # word indices
    stop: int
    entries: tuple[tuple[str, str, tuple[bool, ...]], ...]  # (place ID, form, capitals) of the index


def _keys(word: str) -> set[str]:
    keys = set(word_forms(word))
    if word.isalpha() and 2 <= len(word) <= 5:
        keys.add("=" + word.upper())  # an abbreviation typed in lower case: "рт", "рб"
    keys.discard(ENTRIES)
    return keys


def names_in(words: list[str]) -> list[Found]:
    """The gazetteer's names among ``words`` (any case, any letter case), longest first, not
    overlapping."""
    root = trie()
    keys = [_keys(w) for w in words]
    out: list[Found] = []
    i = 0
    while i < len(words):
        best: Found | None = None
        frontier = [(root, i)]
        while frontier:
            nxt = []
            for node, j in frontier:
                if j >= len(words):
                    continue
                for k in keys[j]:
                    child = node.get(k)
                    if child is None:
                        continue
                    if child.get(ENTRIES) and (best is None or j + 1 > best.stop):
                        best = Found(i, j + 1, tuple(child[ENTRIES]))
                    nxt.append((child, j + 1))
            frontier = nxt
        if best is None:
            i += 1
            continue
        out.append(best)
        i = best.stop
    return out


def _is_preposition(word: str) -> bool:
    from coopwatch.wording.morph import parses

    ps = parses(word.lower())
    return bool(ps) and ps[0].tag.POS == "PREP"


def code_of(text: str) -> str | None:
    """A place code as typed ("ru-ta", "RU-TA/Казань") in the scheme's letters, or None."""
    m = CODE.match(text.strip())
    if not m:
        return None
    return m.group(1).upper() + (m.group(2) or "").upper() + (m.group(3) or "")


@lru_cache(maxsize=4096)
def find_places(text: str) -> tuple[str, ...]:
    """The places ``text`` may name, likeliest first: a code as it is (if the gazetteer knows the
    country or region it starts with), else a name in any case — every word but leading
    prepositions part of one name. Of several places of one name: its own name before an
    adjective, the larger before the smaller, a region's capital before another town."""
    text = " ".join(text.split())
    if not text:
        return ()
    code = code_of(text)
    if code is not None and gazetteer().get(code.split("/", 1)[0]) is not None:
        return (code,)
    words = tokens_of(text.replace(".", " "))
    while words and _is_preposition(words[0]) and len(words) > 1:
        words = words[1:]
    found = names_in(words)
    if len(found) != 1 or found[0].start != 0 or found[0].stop != len(words):
        return ()
    gz, capitals = gazetteer(), capital_cities()
    entries = sorted(found[0].entries, key=lambda e: (FORM_RANK.get(e[1], 9), LEVEL_RANK.get(gz.level(e[0]), 9),
                                                      e[0] not in capitals, e[0] in gz.generated, e[0]))
    return tuple(dict.fromkeys(e[0] for e in entries))
