"""The rules behind a stored document's facts, for editors: ``coopwatch explain`` on the page.

The knowledge base stores facts, not traces: the trace is computed on demand from the stored text
(``coopwatch.extract.explain``), only when an editor asks, and kept with the other cached views
until the knowledge base changes. The first trace loads the Natasha models into the web process
(seconds, once); visitors' pages never import the extractor, so they cost what they did.

Stored facts are matched to the traced ones by their FACTS.md object without evidence (what
``coopwatch.kb.store`` writes). A stored fact the rules no longer make (extracted by another
version, or loaded ready-made) is listed as such, and so is a fact the rules make now that the
knowledge base does not have. Editors' corrections live on canonical facts, not on the stored
extracted ones, so a corrected fact still matches: the page says the rules are shown for the
value extracted.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from coopwatch.kb import query
from coopwatch.kb.db import KB
from coopwatch.kb.views import DocumentFact, DocumentView
from coopwatch.models import Document

log = logging.getLogger("coopwatch")
# The pipeline runs one document per process everywhere else: traces here take turns.
_lock = threading.Lock()


@dataclass
class RuleFiring:
    rule: str  # the rule's name, an identifier (``agreement.period``)
    sentence: int | None  # number of the sentence, from 1 (its text: ``DocumentTrace.sentences``)
    words: str  # the words it matched ("" when it judged the whole candidate)
    value: str  # what it answered ("" for a plain yes)
    start: int | None = None  # characters of the words in the text
    end: int | None = None


@dataclass
class TracedCandidate:
    type: str  # the fact type the rules examined it for
    words: str
    sentence: int | None  # number of the sentence, from 1 (its text: ``DocumentTrace.sentences``)
    rules: list[RuleFiring]
    dropped: str | None = None  # why it made no fact


@dataclass
class TracedFact:
    fact_id: int | None  # the stored extracted fact; None: the rules make it now, the base lacks it
    fact: dict[str, Any]  # the FACTS.md object the rules make, without evidence
    candidates: list[TracedCandidate]
    amended: list[RuleFiring]  # rules that changed it after it was made (links between facts)
    corrected: dict[str, Any] | None = None  # fields an editor set on its canonical fact since


@dataclass
class DocumentTrace:
    facts: list[TracedFact]  # the stored facts the rules make again, in the document's order
    not_stored: list[TracedFact]  # facts the rules make now that the knowledge base lacks
    untraced: list[int]  # stored facts the rules do not make now
    dropped: list[TracedCandidate]
    warnings: list[str]
    stale: bool  # the stored facts were made by another version of the extractor (or given)
    text: str  # what ``coopwatch explain`` prints for this document
    sentences: dict[str, str] = field(default_factory=dict)  # number (from 1, as text) → sentence
    error: str | None = None  # the extraction failed on this text


def document_trace(kb: KB, view: DocumentView) -> DocumentTrace:
    """Extract the stored document again with the rules traced, and tie the trace to its stored facts."""
    from coopwatch.extract.explain import explain_document, render_text
    from coopwatch.kb.store import extractor_version

    doc = Document(
        id=view.doc.name,
        text=view.text,
        url=view.doc.url,
        published=view.doc.published,
        source=view.source,
        meta={"warnings": view.warnings} if view.warnings else {},
    )
    stale = query.extractor_version_of(kb, view.doc.id) != extractor_version()
    try:
        with _lock:
            expl = explain_document(doc)
    except Exception as e:  # an extraction bug on this very text: the editor sees it and can report it
        log.exception("трассировка документа %s не удалась", view.doc.id)
        return _failed(view, f"ошибка извлечения: {type(e).__name__}: {e}", stale)
    traced = [_fact(ft) for ft in expl.facts]
    matched = _match(view.facts, traced)
    corrected = query.corrections(kb, [f.canonical_id for f in view.facts if f.canonical_id is not None])
    for f in view.facts:
        if f.fact_id in matched:
            matched[f.fact_id].fact_id = f.fact_id
            matched[f.fact_id].corrected = corrected.get(f.canonical_id) if f.canonical_id else None
    dropped = [_candidate(c) for c in expl.dropped]
    return DocumentTrace(
        facts=[matched[f.fact_id] for f in view.facts if f.fact_id in matched],
        not_stored=[t for t in traced if t.fact_id is None],
        untraced=[f.fact_id for f in view.facts if f.fact_id not in matched],
        dropped=dropped,
        warnings=list(expl.warnings),
        stale=stale,
        text=render_text(expl),
        sentences={str(n): " ".join(expl.sentence(n - 1).split()) for n in _sentences(traced, dropped)},
    )


def _failed(view: DocumentView, error: str, stale: bool) -> DocumentTrace:
    """No rules to show: every stored fact untraced, the error where ``coopwatch explain`` would fail."""
    untraced = [f.fact_id for f in view.facts]
    text = f"Документ {view.doc.name}\n  {error}\n"
    return DocumentTrace([], [], untraced, [], list(view.warnings), stale, text, error=error)


def _sentences(traced: list[TracedFact], dropped: list[TracedCandidate]) -> list[int]:
    """The numbers of the sentences the trace names."""
    cands = [c for t in traced for c in t.candidates] + dropped
    numbers = {c.sentence for c in cands} | {r.sentence for c in cands for r in c.rules}
    numbers |= {r.sentence for t in traced for r in t.amended}
    return sorted(n for n in numbers if n is not None)


def _match(stored: list[DocumentFact], traced: list[TracedFact]) -> dict[int, TracedFact]:
    """Stored fact id → the traced fact with the same FACTS.md object (each used once)."""
    waiting: dict[str, list[TracedFact]] = defaultdict(list)
    for t in traced:
        waiting[contract_key(t.fact)].append(t)
    out = {}
    for f in stored:
        same = waiting.get(contract_key(f.data))
        if same:
            out[f.fact_id] = same.pop(0)
    return out


def contract_key(data: dict[str, Any]) -> str:
    """A FACTS.md object as comparable text: without evidence, keys sorted, 743000000.0 as 743000000
    (the knowledge base's JSON and a fresh extraction may spell a whole number either way)."""
    return json.dumps(
        _whole({k: v for k, v in data.items() if k != "evidence"}),
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )


def _whole(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, dict):
        return {k: _whole(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_whole(x) for x in v]
    return v


def _fact(ft: Any) -> TracedFact:
    data = json.loads(json.dumps(ft.fact.to_json(), ensure_ascii=False, default=str))
    data.pop("evidence", None)
    return TracedFact(None, data, [_candidate(c) for c in ft.candidates], [_firing(f) for f in ft.amended])


def _candidate(c: Any) -> TracedCandidate:
    return TracedCandidate(
        c.type, c.words, _number(c.sent), [_firing(f) for f in c.firings], c.dropped if not c.facts else None
    )


def _firing(f: Any) -> RuleFiring:
    return RuleFiring(f.rule, _number(f.sent), f.words, f.value, f.start, f.stop)


def _number(sent: int | None) -> int | None:
    return None if sent is None else sent + 1
