"""A document's text cut into pieces at the evidence offsets the knowledge base stores, so that the
page can mark each fact's evidence (spans may overlap: a piece lists every fact covering it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from coopwatch.kb.views import DocumentFact


@dataclass
class Piece:
    text: str
    facts: list[int]  # extracted fact ids whose evidence covers this piece
    ends: list[int] = field(default_factory=list)  # of those, the ones whose evidence ends with it


def pieces(text: str, facts: list[DocumentFact]) -> list[Piece]:
    spans = [
        (f.start, f.end, f.fact_id)
        for f in facts
        if f.start is not None and f.end is not None and 0 <= f.start < f.end <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Piece] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [fid for s, e, fid in spans if s <= a and b <= e]
        if out and out[-1].facts == covering:
            out[-1].text += text[a:b]
        else:
            out.append(Piece(text[a:b], covering))
    for p, end in zip(out, _ends(out), strict=True):
        p.ends = [fid for s, e, fid in spans if e == end]
    return out


def _ends(out: list[Piece]) -> list[int]:
    pos, ends = 0, []
    for p in out:
        pos += len(p.text)
        ends.append(pos)
    return ends


def located(text: str, facts: list[DocumentFact]) -> set[int]:
    """Facts whose evidence could be placed in the text."""
    return {
        f.fact_id
        for f in facts
        if f.start is not None and f.end is not None and 0 <= f.start < f.end <= len(text)
    }
