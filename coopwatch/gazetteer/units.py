"""Districts the gazetteer does not list, named by an adjective and a district noun."""

from __future__ import annotations

from coopwatch.gazetteer.mention import PlaceMention
from coopwatch.gazetteer.places import Gazetteer
from coopwatch.nlp.annotate import Token


def generic_districts(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> list[PlaceMention]:
    """"Вяземский район Смоленской области": a district not in the gazetteer, named by its
    adjective, placed under the region named right after it (or left for the context to place)."""
    taken = {i for m in mentions for i in range(m.start, m.stop)}
    by_start = {m.start: m for m in mentions}
    out = []
    for t in tokens[:-1]:
        nxt = tokens[t.i + 1]
        if t.i in taken or nxt.i in taken or nxt.sent != t.sent:
            continue
        if not (t.pos == "ADJ" and t.text[:1].isupper() and nxt.lemma == "район" and nxt.feats.get("Number") != "Plur"):
            continue
        name = f"{nominative_adj(t)} район"
        parent = None
        after = by_start.get(nxt.i + 1)
        if after and gz.level(after.resolved) in ("region", "city"):
            parent = after.resolved
        cands = tuple(p for p in gz.places if p.endswith("/" + name)) or ()
        if parent:
            cands = (f"{parent}/{name}",)
        if not cands:
            cands = (f"?/{name}",)  # parent decided by the document's context
        out.append(PlaceMention(candidates=cands, start=t.i, stop=nxt.i + 1, char_start=t.start,
                                char_stop=nxt.stop, form="district", sent=t.sent))
    return out


def nominative_adj(t: Token) -> str:
    lemma = t.lemma
    return lemma[:1].upper() + lemma[1:]
