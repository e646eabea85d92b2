"""Scores shared by the benchmark harness: precision/recall/F1 counters and the NER scoring of
Natasha's public benchmark (naeval), re-implemented from its documented behaviour.

naeval's rule for factRuEval, as applied here (see ``benchmarks/entities.py`` for the whole
description):

* gold spans — a ``Person`` mention is one span from its first to its last span (first name,
  surname, patronymic, nickname); an ``Org`` mention gives its ``org_name`` spans, a ``Location``
  or ``LocOrg`` mention its ``loc_name`` spans (descriptors and ``geo_adj`` are not scored); types
  map Person→PER, Org→ORG, Location/LocOrg→LOC;
* on both sides, overlapping spans are reduced to the outermost (sorted by start, longer first; a
  span that starts inside the last kept span is dropped), and spans whose ends do not fall on
  razdel token boundaries of the text are dropped;
* every razdel token of the text is tagged inside/outside per type (IO, no B), and per type
  precision = tokens tagged by both / tokens tagged by the system, recall = tokens tagged by both /
  tokens tagged in the gold, summed over all documents (micro); F1 is their harmonic mean.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from razdel import tokenize

TYPES = ("PER", "LOC", "ORG")


@dataclass
class PRF:
    """Precision, recall and F1 from counts: ``tp_pred`` of ``n_pred`` predictions are right,
    ``tp_gold`` of ``n_gold`` gold items are found (the two can differ when matching is not
    one-to-one)."""

    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def add(self, other: PRF) -> None:
        self.tp_pred += other.tp_pred
        self.n_pred += other.n_pred
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float:
        return self.tp_pred / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class TypedSpan:
    start: int
    stop: int
    type: str


def outermost(spans: Iterable[TypedSpan]) -> list[TypedSpan]:
    """Drop every span that starts inside the last kept one (spans ordered by start, longer
    first): nested and crossing spans give way to the outer/earlier span."""
    kept: list[TypedSpan] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.stop)):
        if kept and kept[-1].stop > s.start:
            continue
        kept.append(s)
    return kept


def token_bounds(text: str) -> list[tuple[int, int]]:
    return [(t.start, t.stop) for t in tokenize(text)]


def aligned(spans: Iterable[TypedSpan], bounds: list[tuple[int, int]]) -> list[TypedSpan]:
    """Spans whose start and stop are token boundaries."""
    starts = {a for a, _ in bounds}
    stops = {b for _, b in bounds}
    return [s for s in spans if s.start in starts and s.stop in stops]


def prepare(spans: Iterable[TypedSpan], bounds: list[tuple[int, int]]) -> list[TypedSpan]:
    """naeval's adaptation of one side: outermost spans of the scored types, token-aligned."""
    return sorted(aligned(outermost(s for s in spans if s.type in TYPES), bounds), key=lambda s: s.start)


def token_io_scores(pred: list[TypedSpan], gold: list[TypedSpan], bounds: list[tuple[int, int]]) -> dict[str, PRF]:
    """Per-type token IO counts of one document (both span lists already ``prepare``d)."""
    out = {}
    for typ in TYPES:
        p_tags = _inside(bounds, [s for s in pred if s.type == typ])
        g_tags = _inside(bounds, [s for s in gold if s.type == typ])
        both = sum(1 for a, b in zip(p_tags, g_tags) if a and b)
        out[typ] = PRF(tp_pred=both, n_pred=sum(p_tags), tp_gold=both, n_gold=sum(g_tags))
    return out


def _inside(bounds: list[tuple[int, int]], spans: list[TypedSpan]) -> list[bool]:
    tags = [False] * len(bounds)
    k = 0
    for i, (start, stop) in enumerate(bounds):
        while k < len(spans) and spans[k].stop <= start:
            k += 1
        if k < len(spans) and spans[k].start <= start and stop <= spans[k].stop:
            tags[i] = True
    return tags


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
