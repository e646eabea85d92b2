"""Why each fact was made, and why each candidate was dropped: ``coopwatch explain FILE``.

``explain_document(doc)`` extracts one document with a trace of the named rules
(``rulebook.tracing``) and ties every output fact to the candidates that made it (through the
in-document merges) and to the rules that amended it later (the ``links`` stage).
``render_text`` prints it for a terminal or a bug report, ``to_json`` as JSON (``--json``); the
editors' document page (``coopwatch.web.trace``) reads the ``Explanation`` itself, with the text
of each sentence the rules name (``Explanation.sentence``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coopwatch.extract.rulebook import Candidate, Firing, Trace, tracing
from coopwatch.models import Document


@dataclass
class FactTrace:
    fact: Any  # the output fact
    candidates: list[Candidate]
    amended: list[Firing] = field(default_factory=list)


@dataclass
class Explanation:
    doc: str
    published: str | None
    facts: list[FactTrace]
    dropped: list[Candidate]
    warnings: list[str]
    # (start, stop) of each sentence, numbered as the pipeline numbers them (``Firing.sent``)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    text: str = ""  # the document's text

    def sentence(self, n: int | None) -> str:
        """The text of sentence ``n`` (0-based, as rules record it); "" when unknown."""
        if n is None or not 0 <= n < len(self.sentences) or not self.text:
            return ""
        start, stop = self.sentences[n]
        return self.text[start:stop]


def explain_document(document: Document) -> Explanation:
    from coopwatch.extract.pipeline import extract_document

    with tracing(document.text) as trace:
        result = extract_document(document)
    return _explanation(document, result, trace)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as the annotator cuts them (the same segmenter, without the models)."""
    from coopwatch.nlp.segment import LineSegmenter

    return [(s.start, s.stop) for s in LineSegmenter().sentenize(text)]


def _explanation(document: Document, result, trace: Trace) -> Explanation:
    facts = []
    for f in result.facts:
        amended = list(trace.amended.get(id(f), []))
        for other, into in trace.merged_into.items():  # a merged copy amended before it was merged
            if trace.final(into) is f and other in trace.amended:
                amended += trace.amended[other]
        facts.append(FactTrace(f, trace.candidates_of(f), amended))
    return Explanation(document.id, document.published.isoformat() if document.published else None, facts,
                       trace.dropped(), list(result.warnings), sentence_spans(document.text), document.text)


TYPE_NAMES = {"agreement": "документ", "meeting": "встреча", "visit": "визит", "trade": "торговля",
              "target": "цель", "institution": "представительство", "transport": "сообщение", "role": "должность"}


def _fact_line(fact: Any) -> str:
    data = fact.to_json()
    data.pop("evidence", None)
    kind = data.pop("type")
    fields = "; ".join(f"{k}: {_value(v)}" for k, v in data.items() if v not in (None, [], ""))
    return f"{kind} — {fields}"


def _value(v: Any) -> str:
    if isinstance(v, list):
        return ", ".join("—" if x is None else str(x) for x in v)
    return str(v)


def _firing_line(f: Firing) -> str:
    where = f"предл. {f.sent + 1}" if f.sent is not None else ""
    words = f"«{f.words}»" if f.words else ""
    value = f" → {f.value}" if f.value else ""
    return "      " + "  ".join(x for x in (f"{f.rule:<40}", where, words) if x) + value


def _candidate_lines(c: Candidate) -> list[str]:
    head = f"    кандидат «{c.words}»" + (f" (предл. {c.sent + 1})" if c.sent is not None else "")
    lines = [head]
    lines += [_firing_line(f) for f in c.firings]
    if c.dropped and not c.facts:
        lines.append(f"      отброшен: {c.dropped}")
    return lines


def render_text(expl: Explanation) -> str:
    lines = [f"Документ {expl.doc}" + (f", опубликован {expl.published}" if expl.published else "")]
    if not expl.facts:
        lines.append("  фактов нет")
    for n, ft in enumerate(expl.facts, 1):
        lines.append(f"  {n}. {_fact_line(ft.fact)}")
        if ft.fact.evidence is not None:
            lines.append(f"     источник: «{' '.join(ft.fact.evidence.text.split())[:200]}»")
        for c in ft.candidates:
            lines += _candidate_lines(c)
        if ft.amended:
            lines.append("    дополнен правилами связи фактов:")
            lines += [_firing_line(f) for f in ft.amended]
    if expl.dropped:
        lines.append("  Отброшенные кандидаты:")
        for c in expl.dropped:
            lines.append(f"  · {TYPE_NAMES.get(c.type, c.type)}")
            lines += _candidate_lines(c)
    for w in expl.warnings:
        lines.append(f"  предупреждение: {w}")
    return "\n".join(lines) + "\n"


def _firing_json(f: Firing) -> dict:
    return {"rule": f.rule, "sentence": f.sent, "start": f.start, "end": f.stop, "words": f.words, "value": f.value}


def _candidate_json(c: Candidate) -> dict:
    return {"type": c.type, "sentence": c.sent, "start": c.start, "end": c.stop, "words": c.words,
            "rules": [_firing_json(f) for f in c.firings], "dropped": c.dropped if not c.facts else None}


def to_json(expl: Explanation) -> dict:
    return {
        "doc": expl.doc, "published": expl.published,
        "facts": [{"fact": ft.fact.to_json(), "candidates": [_candidate_json(c) for c in ft.candidates],
                   "amended": [_firing_json(f) for f in ft.amended]} for ft in expl.facts],
        "dropped": [_candidate_json(c) for c in expl.dropped],
        "warnings": expl.warnings,
    }
