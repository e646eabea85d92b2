"""One place per mention: the candidate the rest of the document supports."""

from __future__ import annotations

from collections import Counter

from coopwatch.gazetteer.mention import PlaceMention
from coopwatch.gazetteer.places import Gazetteer, contains, lineage
from coopwatch.nlp.annotate import Token


def resolve(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> None:
    """Pick one candidate per mention: the one the document supports elsewhere, else the
    first listed (countries before regions before cities)."""
    support: Counter[str] = Counter()
    for m in mentions:
        if len(m.candidates) == 1 and not m.candidates[0].startswith("?"):
            for anc in lineage(m.candidates[0]):
                support[anc] += 1 if anc == m.candidates[0] else 0.25
    for m in mentions:
        if len(m.candidates) == 1:
            m.id = m.candidates[0]
            continue
        best = max(m.candidates, key=lambda c: (support[c] + 0.1 * sum(support[d] for d in support if contains(c, d) and d != c),
                                                -m.candidates.index(c)))
        m.id = best
    for m in mentions:
        if m.id and m.id.startswith("?/"):
            m.id = place_district(m, mentions, gz)


def place_district(m: PlaceMention, mentions: list[PlaceMention], gz: Gazetteer) -> str:
    """A district whose region the sentence does not give: the nearest region mentioned before
    it in the document; failing that, the most mentioned region."""
    name = m.id.split("/", 1)[1]
    before = [x for x in mentions if x.start < m.start and x.id and not x.id.startswith("?")
              and gz.level(x.id) == "region" and x.form != "adj"]
    if before:
        return f"{before[-1].id}/{name}"
    regions = Counter(x.id for x in mentions if x.id and gz.level(x.id) == "region")
    if regions:
        return f"{regions.most_common(1)[0][0]}/{name}"
    return name
