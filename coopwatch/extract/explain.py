"""Why each fact was made, and why each candidate was dropped: ``coopwatch explain FILE``.

``explain_document(doc)`` extracts one document with a trace of the named rules
(``rulebook.tracing``) and ties every output fact to the candidates that made it (through the
in-document merges) and to the rules that amended it later (the ``links`` stage).
``render_text`` prints it for a terminal or a bug report, ``to_json`` as JSON (``--json``); the
editors' document page (``coopwatch.web.trace``) reads the ``Explanation`` itself, with the text
of each sentence the rules name (``Explanation.sentence``).

What a rule answered is said in words a person reads (``answer_text``): the words of a span, a
place's name, a date as «14 ноября 2025», a coded value by its Russian label — never a Python repr
(``Match(start=…)``, a tuple, an object).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from coopwatch.extract.rulebook import Candidate, Firing, Rule, Trace, tracing
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


class WordedTrace(Trace):
    """The rulebook's trace, each answer recorded as ``answer_text`` words it (the rulebook's own
    short form is for developers: ``benchmarks/rules.py``, its tests)."""

    def _firing(self, r: Rule, args: tuple, result: Any) -> Firing:
        firing = super()._firing(r, args, result)
        worded = BY_RULE.get(r.name)
        value = worded(result) if worded else answer_text(result, self.text, r.area)
        # a token or a match answering with itself: its words are shown already
        firing.value = "" if value.strip("«»") == firing.words else value
        return firing


def explain_document(document: Document) -> Explanation:
    from coopwatch.extract.pipeline import extract_document

    with tracing(document.text) as trace:
        # ``tracing`` makes a plain Trace; this one differs only in how it words an answer
        trace.__class__ = WordedTrace
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
    """«Торговля — Экспорт: Нижегородская область — Республика Беларусь, 2015 год: 250,7 млн долларов
    США»: the type's name and its one-line summary, as the pages list facts."""
    from coopwatch import facttypes

    data = fact.to_json()
    data.pop("evidence", None)
    ft = facttypes.find(data.get("type"))
    if ft is None:  # a type no longer registered: its fields, worded one by one
        fields = (f"{k}: {answer_text(v)}" for k, v in data.items() if k != "type" and v not in (None, [], ""))
        return f"{data.get('type')} — " + "; ".join(fields)
    return f"{ft.labels.one} — {ft.summary(data)}"


# ---- a rule's answer in words ---------------------------------------------------------------------

PLACE_ID = re.compile(r"[A-Z]{2}(?:-[A-Z0-9]{1,3})?(?:/.+)?")
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")
MONTH = re.compile(r"\d{4}-\d{2}")
MOST_ITEMS = 6  # of a list answer; the rest as «…»


def _sentence_numbers(numbers: list[int]) -> str:
    return "предл. " + ", ".join(str(n + 1) for n in numbers) if numbers else ""


def _percent_change(change: float | tuple[float, bool]) -> str:
    from coopwatch.wording import percent

    value, approx = change if isinstance(change, tuple) else (change, False)
    return ("около " if approx else "") + percent(value, sign=True)


# Answers whose numbers mean what their type does not say; the others are worded by their types.
BY_RULE = {
    "trade.stated_change": _percent_change,  # (percent, approximate)
    "trade.change_in_times": _percent_change,  # "в 1,5 раза": +50 %
    "visit.received_next": _sentence_numbers,  # the sentences (from 0) where the hosts are named
    "agreement.implements_document": lambda _token_position: "",  # where the implemented document ends
}


def answer_text(result: Any, text: str = "", area: str = "") -> str:
    """What a rule answered, as a person reads it: "" for a plain yes; «Казань» for "RU-TA/Казань";
    «12 декабря 2019» for "2019-12-12"; «соглашение» for the kind "agreement" (the labels of the
    fact type of the rule's ``area`` first); the words of ``text`` a match spans; a person's name;
    a fact's summary; lists joined by commas. ``text``: the document's."""
    if result is True or result is None:
        return ""
    if isinstance(result, bool):
        return "да" if result else "нет"
    if isinstance(result, str):
        return _string_text(result, area)
    if isinstance(result, int):
        return str(result)  # a year, a count, an ordinal: as written, without a digit group
    if isinstance(result, float):
        from coopwatch.wording import number

        return number(result, 2)
    if isinstance(result, dict):
        return answer_text(list(result.values()), text, area)
    if isinstance(result, list | tuple):
        return _list_text(result, text, area)
    return _object_text(result, text, area)


def _list_text(items: list | tuple, text: str, area: str) -> str:
    if len(items) == 2 and isinstance(items[0], int) and isinstance(items[1], list):  # a list and its position
        return _list_text(items[1], text, area)
    if len(items) == 2 and all(isinstance(x, str) and MONTH.fullmatch(x) for x in items):  # a period of months
        from coopwatch.wording import ru_period

        return ru_period(items[0], items[1])
    parts = [answer_text(x, text, area) for x in items[:MOST_ITEMS]]
    parts = [p for p in parts if p]
    return ", ".join(parts) + (", …" if len(items) > MOST_ITEMS and parts else "")


def _string_text(value: str, area: str) -> str:
    from coopwatch.wording import place_name, ru_date

    if value.startswith("?"):  # a place a later rule fills in from a word of the text ("?ваш", "?столица")
        return f"«{value[1:]}» (место ещё не определено)"
    if ISO_DATE.fullmatch(value):
        return ru_date(value)
    if PLACE_ID.fullmatch(value):
        return place_name(value)
    label = _label(value, area)
    if label is not None:
        return label
    return value.replace(" = ", " — ")  # "посол = Игорь Петришенко": a title and who holds it


def _label(code: str, area: str) -> str | None:
    """The Russian label of a coded value ("agreement", "opened", "rail"): the fact type of the
    rule's area first (statuses mean one thing in each), then any type's."""
    from coopwatch import facttypes

    own = facttypes.find(area)
    for ft in ([own] if own else []) + list(facttypes.all_types()):
        for labels in ft.labels.values.values():
            if code in labels:
                return labels[code]
    return None


def _object_text(obj: Any, text: str, area: str) -> str:
    from coopwatch.wording import money, place_name

    if hasattr(obj, "to_json") and hasattr(obj, "type"):  # a fact (the merges answer with facts)
        return _fact_line(obj)
    if hasattr(obj, "currency") and hasattr(obj, "approx"):  # an amount of money
        return money(obj.value, obj.currency, obj.approx)
    if hasattr(obj, "amount") and hasattr(obj, "word"):  # a trade figure: its amount, else its word
        return answer_text(obj.amount or obj.word, text, area)
    if hasattr(obj, "value") and isinstance(getattr(obj, "start", None), int) and hasattr(obj, "stop"):
        # a grammar match: its amount of money, else the words it spans
        if hasattr(obj.value, "currency") or hasattr(obj.value, "first_month"):
            return answer_text(obj.value, text, area) or _words(text, obj.start, obj.stop)
        return _words(text, obj.start, obj.stop)
    if hasattr(obj, "first_month") and hasattr(obj, "last_month"):  # months of a year, when the text names it
        return _months(obj)
    if isinstance(getattr(obj, "name", None), str):  # a person, a person's mention
        return obj.name
    if hasattr(obj, "lemma") and hasattr(obj, "text"):  # a token
        return obj.text
    if isinstance(getattr(obj, "head", None), str):  # a title: its head word, of a place
        of = getattr(obj, "of", None)
        return f"{obj.head} ({place_name(of)})" if of else obj.head
    if isinstance(getattr(obj, "kind", None), str):  # a meeting, a document mention: its kind
        return _label(obj.kind, area) or obj.kind
    for inner in ("tok", "anchor"):  # a trade word, another wrapper of a token
        if hasattr(getattr(obj, inner, None), "lemma"):
            return getattr(obj, inner).text
    return ""  # nothing a person could read: the rule's name and words say it answered


def _months(span: Any) -> str:
    """«2015 год», «I полугодие 2024»; "" for months of a year the text names only relatively
    («в прошлом году»): the match's words say it then."""
    from coopwatch.wording import ru_period

    if not isinstance(getattr(span, "year", None), int):
        return ""
    last_year = getattr(span, "last_year", None) or span.year
    return ru_period(f"{span.year}-{span.first_month:02d}", f"{last_year}-{span.last_month:02d}")


def _words(text: str, start: int, stop: int) -> str:
    words = " ".join(text[start:stop].split())
    return f"«{words}»" if words and len(words) <= 160 else ""


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
    from coopwatch.wording import ru_date

    lines = [f"Документ {expl.doc}" + (f", опубликован {ru_date(expl.published)}" if expl.published else "")]
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
