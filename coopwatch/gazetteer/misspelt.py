"""A place adjective misspelt by one letter inside a list that names its level.

"хокимиятами Андижанской, Ташкентсткой, Бухарской областей": the list and its head noun
leave no doubt that the middle word is a region's adjective, so one letter added, dropped,
changed or swapped is forgiven there — and only there, where a list of known adjectives
around it and a level noun after it vouch for it.
"""

from __future__ import annotations

from functools import lru_cache

from coopwatch.gazetteer.levels import is_region_noun
from coopwatch.gazetteer.mention import PlaceMention
from coopwatch.gazetteer.places import Gazetteer
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Token

LIST_JOINERS = {",", "и"}
MIN_STEM = 5  # shorter stems are too close to each other to guess between


def misspelt_adjectives(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> list[PlaceMention]:
    """Adjective mentions for misspelt list members ("Ташкентсткой" → ташкентский)."""
    covered = {i: m for m in mentions for i in range(m.start, m.stop)}
    out = []
    for t in tokens:
        if t.i in covered or not t.text[:1].isupper() or not _in_region_list(tokens, t, covered, gz):
            continue
        ids = _closest_adjective(_stem(t.text.lower()), gz)
        if ids:
            out.append(PlaceMention(candidates=ids, start=t.i, stop=t.i + 1, char_start=t.start, char_stop=t.stop,
                                    form="adj", sent=t.sent))
    return out


def _in_region_list(tokens: list[Token], t: Token, covered: dict[int, PlaceMention], gz: Gazetteer) -> bool:
    """Between known place adjectives of a list that ends in a region noun."""
    prev, nxt = t.i - 1, t.i + 1
    if prev < 1 or nxt >= len(tokens) or tokens[prev].text not in LIST_JOINERS:
        return False
    before = covered.get(prev - 1)
    if before is None or before.form != "adj":
        return False
    j = nxt
    while j < len(tokens) and tokens[j].sent == t.sent and (
            tokens[j].text in LIST_JOINERS or (j in covered and covered[j].form == "adj")):
        j += 1
    if j >= len(tokens) or tokens[j].sent != t.sent:
        return False
    last = covered.get(j)  # "Бухарской областей" found whole
    return is_region_noun(tokens[j]) or (
        last is not None and last.stop > last.start + 1 and is_region_noun(tokens[last.stop - 1]))


def _stem(word: str) -> str:
    """The word without its adjective ending (``L.adjective_endings``, longest first)."""
    for e in _adjective_endings():
        if word.endswith(e):
            return word[: -len(e)]
    return word


@lru_cache(maxsize=1)
def _adjective_endings() -> tuple[str, ...]:
    return tuple(sorted(L.adjective_endings, key=lambda e: (-len(e), e)))


@lru_cache(maxsize=1)
def _stems(by_adjective_items: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, tuple[str, ...]]:
    return {_stem(adj): ids for adj, ids in by_adjective_items}


def _closest_adjective(stem: str, gz: Gazetteer) -> tuple[str, ...]:
    if len(stem) < MIN_STEM:
        return ()
    stems = _stems(tuple((a, tuple(ids)) for a, ids in sorted(gz.by_adjective.items())))
    found = {s: ids for s, ids in stems.items() if abs(len(s) - len(stem)) <= 1 and s[:2] == stem[:2]
             and one_edit(s, stem)}
    regions = {s: ids for s, ids in found.items() if any(gz.level(i) == "region" for i in ids)}
    return next(iter(regions.values())) if len(regions) == 1 else ()


def one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter added, dropped or changed, or two neighbours swapped."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) != 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]
