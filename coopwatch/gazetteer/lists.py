"""Lists of places that share one head noun, and places that only say where another one is.

* "Тульской, Рязанской областей", "Самарской и Пензенской областей" (the noun after the list)
  and "провинций Мазандаран и Гилян", "городов Бабольсер и Решт" (the noun before it): each
  member is a place of its own; all carry the noun's token index in ``shared_head``, so a fact
  rule can make one fact per member. An adjective member names its place like a name does
  ("Тульской" here is the Tula region, not a Tula delegation), so it takes the form ``name``.
* "Ижевска, столицы Удмуртии", "Брест, областной центр Брестской области", "Ижевск
  (Удмуртия)": the region only says where the city is; its mention carries the city
  mention's start in ``locates``, and a fact rule does not take it for a side.
"""

from __future__ import annotations

from coopwatch.gazetteer.mention import PlaceMention
from coopwatch.gazetteer.places import Gazetteer
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Token, morph_vocab

LIST_JOINERS = {",", "и"}
APPOSITION_GAP = 3  # words allowed between the city and the region: ", административного центра"


def mark_lists(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> None:
    """Set ``shared_head`` on the members of lists that share a head noun."""
    for run in _runs(mentions, tokens):
        # the noun after: "Тульской, Рязанской областей", "Ошская и Джалал-Абадская области" (the
        # tagger reads many a plural "области" as a singular: the adjectives before it are enough)
        for k, m in enumerate(run):
            if k > 0 and m.stop - m.start > 1 and tokens[m.stop - 1].lemma in L.list_head_nouns:
                level = L.list_head_nouns[tokens[m.stop - 1].lemma]
                first = k
                while first > 0 and run[first - 1].stop - run[first - 1].start == 1 and run[first - 1].form == "adj" \
                        and run[first - 1].shared_head is None and gz.level(run[first - 1].resolved) == level:
                    first -= 1  # not "Беларуси" in "Беларуси, Смоленской и Брянской областями"
                if first < k:
                    _share(run[first:k + 1], m.stop - 1)
        # the noun before: "провинций Мазандаран и Гилян", "аймаков Дорнод и Хэнтий" (the
        # gazetteer may know "аймак Дорнод" with its noun); the tagger often takes "города" or
        # "аймаков" for a singular, so a list right after the noun is enough
        first = run[0]
        inside = tokens[first.start].lemma in L.list_head_nouns and first.stop - first.start > 1
        before = first.start if inside else first.start - 1
        if len(run) > 1 and before >= 0 and tokens[before].sent == first.sent and tokens[before].lemma in L.list_head_nouns \
                and (not inside or _plural_head(tokens[before])):
            own_head = next((k for k, m in enumerate(run[1:], 1) if _has_own_head(m, tokens)), None)
            members = run[:own_head] if own_head is not None else run
            if all(gz.level(m.resolved) == L.list_head_nouns[tokens[before].lemma] for m in members):
                _share(members, before)


def _has_own_head(m: PlaceMention, tokens: list[Token]) -> bool:
    """"Калифорнийском штате", "провинции Гилян": a member with a head noun of its own."""
    return m.stop - m.start > 1 and (tokens[m.start].lemma in L.list_head_nouns or tokens[m.stop - 1].lemma in L.list_head_nouns)


def _plural_head(t: Token) -> bool:
    """A head noun in the plural; the tagger takes some for singulars ("аймаков"), pymorphy not."""
    return t.lemma in L.list_head_nouns and (t.feats.get("Number") == "Plur"
                                      or all("plur" in str(p.tag) for p in morph_vocab()(t.lower)[:1]))


def _runs(mentions: list[PlaceMention], tokens: list[Token]) -> list[list[PlaceMention]]:
    """Mentions next to each other with only commas and "и" between them."""
    runs: list[list[PlaceMention]] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = runs[-1][-1] if runs else None
        if prev is not None and prev.sent == m.sent and m.start >= prev.stop and all(
                t.text in LIST_JOINERS for t in tokens[prev.stop:m.start]) and m.start - prev.stop <= 2:
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _share(members: list[PlaceMention], head: int) -> None:
    if len(members) < 2:
        return
    for m in members:
        if m.shared_head is None:
            m.shared_head = head
        if m.form == "adj":
            m.form = "name"


def mark_appositions(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> None:
    """Set ``locates`` on a region that only says where the city before it is."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for city, region in zip(ordered, ordered[1:]):
        if city.sent != region.sent or gz.level(city.resolved) != "city" or region.form == "adj" \
                or gz.level(region.resolved) != "region" or not city.resolved.startswith(region.resolved + "/"):
            continue
        between = tokens[city.stop:region.start]
        if _apposition(between):
            region.locates = city.start


def _apposition(between: list[Token]) -> bool:
    """", столицы", " — областного центра", ", крупнейшего города", " (" — the words between
    a city and a region that stands in apposition to it (ending in ``L.apposition_nouns``)."""
    if [t.text for t in between] == ["("]:
        return True
    if not between or between[0].text not in (",", "—", "–", "-"):
        return False
    words = [t for t in between[1:] if t.pos != "PUNCT"]
    return 0 < len(words) <= APPOSITION_GAP and words[-1].lemma in L.apposition_nouns
