"""Towns the gazetteer does not list, named after a word for a settlement."""

from __future__ import annotations

from coopwatch.gazetteer.mention import PlaceMention
from coopwatch.gazetteer.places import Gazetteer
from coopwatch.nlp.annotate import Token, lemma_of

SETTLEMENT_NOUNS = {"город", "село", "поселок", "посёлок", "деревня", "станица", "хутор", "аул", "кишлак", "пгт"}


def generic_towns(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> list[PlaceMention]:
    """"в селе Лойга Архангельской области": a town the gazetteer does not list, after a word
    for a settlement, placed in the region its sentence names; without a region, nothing."""
    taken = {i for m in mentions for i in range(m.start, m.stop)}
    out = []
    for t in tokens[:-1]:
        name = tokens[t.i + 1]
        if t.lemma not in SETTLEMENT_NOUNS or name.i in taken or name.sent != t.sent or not name.is_cap() \
                or not name.text.isalpha():
            continue
        regions = [m for m in mentions if m.sent == t.sent and m.form != "adj" and gz.level(m.resolved) == "region"]
        if not regions:
            continue
        region = min(regions, key=lambda m: (m.start < name.i, abs(m.start - name.i))).resolved
        words = [name]  # "в селе Верхняя Кулига": after the settlement word the name is not declined
        while len(words) < 3 and words[-1].i + 1 < len(tokens) and tokens[words[-1].i + 1].is_cap() \
                and tokens[words[-1].i + 1].i not in taken and tokens[words[-1].i + 1].sent == t.sent \
                and tokens[words[-1].i + 1].text.isalpha():
            words.append(tokens[words[-1].i + 1])
        if len(words) == 1 and name.case not in (None, "Nom"):
            town = lemma_of(name.text)
            town = town[:1].upper() + town[1:]
        else:
            town = " ".join(w.text for w in words)
        out.append(PlaceMention(candidates=(f"{region}/{town}",), start=name.i, stop=words[-1].i + 1,
                                char_start=name.start, char_stop=words[-1].stop, form="name", sent=name.sent))
    return out
