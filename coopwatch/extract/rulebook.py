"""Named rules: the units fact extraction is made of, and the trace of which of them fired.

A rule is a function decorated with ``@rule(name, construction, example, off=…)``:

- ``name`` — ``<area>.<what it recognises>``, unique: ``agreement.aggregate_count``; the area is a
  fact type or a shared stage (``sides``, ``clauses``, ``links``);
- ``construction`` — the construction of Russian it handles, in one line;
- ``example`` — a sentence the team wrote on which the rule fires (``tests/test_rulebook.py``
  extracts it with a trace and checks that it does);
- ``off`` — what the rule answers when switched off (``switched_off(name)``): the value of "the
  construction is not there", so ``benchmarks/rules.py`` can measure what each rule is worth.

Rules register when their module is imported, in the order they are defined; ``rules()`` lists
them in pipeline order. While a ``Trace`` is active (``tracing()``), every rule that answers
something (not None, False or empty) is recorded with the words it matched, under the
candidate being examined (``candidate(…)``): ``coopwatch explain`` shows, for every fact and
every candidate dropped, which rules decided it. Without a trace the cost is two context-variable
reads per call.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import wraps
from typing import Any

AREAS = ("sides", "clauses", "dates", "role", "agreement", "meeting", "visit", "trade", "target", "institution",
         "transport", "links")


@dataclass(frozen=True)
class Rule:
    name: str
    construction: str
    example: str
    off: Any
    module: str
    order: int

    @property
    def area(self) -> str:
        return self.name.split(".", 1)[0]


UNCHANGED = object()  # ``off=UNCHANGED``: switched off, the rule gives back its first argument (a merge that merges nothing)
_RULES: dict[str, Rule] = {}
_disabled: ContextVar[frozenset[str]] = ContextVar("coopwatch_disabled_rules", default=frozenset())
_trace: ContextVar[Trace | None] = ContextVar("coopwatch_trace", default=None)
# ``switched_off`` and ``tracing`` blocks open in any thread or task: while there are none, a rule
# call reads neither context variable (it is called hundreds of thousands of times per batch)
_open_blocks = 0


def rule(name: str, construction: str, example: str, off: Any = None) -> Callable[[Callable], Callable]:
    """Register the decorated function as the named rule (see the module docstring)."""
    if "." not in name or name.split(".", 1)[0] not in AREAS:
        raise ValueError(f"rule name {name!r} must be '<area>.<name>' with an area of {AREAS}")

    def register(fn: Callable) -> Callable:
        if name in _RULES and _RULES[name].module != fn.__module__:
            raise ValueError(f"rule {name!r} is defined twice ({_RULES[name].module}, {fn.__module__})")
        r = Rule(name, " ".join(construction.split()), example, off, fn.__module__, len(_RULES))
        _RULES[name] = r

        def checked(*args: Any, **kwargs: Any) -> Any:
            """The rule inside a ``switched_off`` or ``tracing`` block: switched off, or traced."""
            if name in _disabled.get():
                return args[0] if r.off is UNCHANGED else copy.deepcopy(r.off)
            result = fn(*args, **kwargs)
            trace = _trace.get()
            if trace is not None and _answered(result):
                trace.fired(r, args, result)
            return result

        apply = wraps(fn)(_plain_call(fn, checked) or _any_call(fn, checked))
        apply.rule = r  # type: ignore[attr-defined]
        return apply

    return register


def _any_call(fn: Callable, checked: Callable) -> Callable:
    def apply(*args: Any, **kwargs: Any) -> Any:
        if not _open_blocks:  # no rule switched off and no trace anywhere: the rule alone
            return fn(*args, **kwargs)
        return checked(*args, **kwargs)
    return apply


def _plain_call(fn: Callable, checked: Callable) -> Callable | None:
    """``_any_call`` for a rule of plain parameters (no defaults, no ``*``), written with the rule's own
    parameters: ``def apply(ctx, t): … fn(ctx, t)``. Rules are called a few thousand times per document,
    most on every word; packing the arguments into ``*args`` and ``**kwargs`` and unpacking them again
    cost twice the call of the rule itself. (As ``dataclasses`` writes its methods: from source.) None
    for a rule whose parameters are not plain."""
    params = list(inspect.signature(fn).parameters.values())
    if not all(p.kind is p.POSITIONAL_OR_KEYWORD and p.default is p.empty and not p.name.startswith("_rule")
               for p in params):
        return None
    names = ", ".join(p.name for p in params)
    source = (f"def make(_rule_fn, _rule_checked):\n"
              f"    def apply({names}):\n"
              f"        if not _open_blocks:\n"
              f"            return _rule_fn({names})\n"
              f"        return _rule_checked({names})\n"
              f"    return apply\n")
    made: dict[str, Any] = {}
    exec(source, globals(), made)  # noqa: S102 - our own source: the parameter names of a rule
    return made["make"](fn, checked)


def rules(area: str | None = None) -> list[Rule]:
    """Every registered rule (of one area), in pipeline order, then definition order."""
    _load_all()
    out = [r for r in _RULES.values() if area is None or r.area == area]
    return sorted(out, key=lambda r: (AREAS.index(r.area), r.order))


def get(name: str) -> Rule:
    _load_all()
    return _RULES[name]


def _load_all() -> None:
    import coopwatch.extract.holders  # noqa: F401  (but this one, which titles imports when first used: a cycle)
    import coopwatch.extract.pipeline  # noqa: F401  (importing the pipeline imports every rule module)


@contextmanager
def switched_off(*names: str) -> Iterator[None]:
    """Rules answering their ``off`` value inside the block (for ablation)."""
    _load_all()  # a rule module the caller has not imported yet is still a known rule
    unknown = [n for n in names if n not in _RULES]
    if unknown:
        raise KeyError(f"no such rules: {unknown}")
    global _open_blocks
    token = _disabled.set(_disabled.get() | frozenset(names))
    _open_blocks += 1
    try:
        yield
    finally:
        _open_blocks -= 1
        _disabled.reset(token)


def _answered(result: Any) -> bool:
    if result is None or result is False:
        return False
    try:
        return bool(result) or result == 0 and not isinstance(result, bool)
    except (TypeError, ValueError):
        return True


# ---- the trace ----------------------------------------------------------------------------------


@dataclass
class Firing:
    """One rule answering: where (sentence, characters), the words it matched, what it answered."""

    rule: str
    sent: int | None
    start: int | None
    stop: int | None
    words: str
    value: str


@dataclass
class Candidate:
    """One thing a fact rule examined (a document noun, a meeting word, a title…): the rules that
    fired on it, and the facts it made or why it made none."""

    type: str
    sent: int | None
    start: int | None
    stop: int | None
    words: str
    firings: list[Firing] = field(default_factory=list)
    facts: list[Any] = field(default_factory=list)
    dropped: str | None = None  # the reason, when it made no fact

    def made(self, fact: Any) -> Any:
        self.facts.append(fact)
        return fact

    def drop(self, reason: str) -> None:
        if not self.facts:
            self.dropped = reason


class _NoCandidate:
    """What ``candidate`` yields without a trace: the same calls, doing nothing."""

    def made(self, fact: Any) -> Any:
        return fact

    def drop(self, reason: str) -> None:
        pass


NO_CANDIDATE = _NoCandidate()


@dataclass
class Trace:
    """The rules that fired while one document was extracted."""

    text: str = ""
    candidates: list[Candidate] = field(default_factory=list)
    stack: list[Candidate] = field(default_factory=list)
    by_anchor: dict[tuple[str, Any], Candidate] = field(default_factory=dict)
    merged_into: dict[int, Any] = field(default_factory=dict)  # id(fact) → the fact it was merged into
    amended: dict[int, list[Firing]] = field(default_factory=dict)  # id(fact) → later rules that changed it
    loose: list[Firing] = field(default_factory=list)  # rules that fired outside any candidate (finding them)
    _amending: list[Any] = field(default_factory=list)

    def fired(self, r: Rule, args: tuple, result: Any) -> None:
        firing = self._firing(r, args, result)
        if self._amending:
            self.amended.setdefault(id(self._amending[-1]), []).append(firing)
        elif self.stack:
            c = self.stack[-1]
            if not any(_same(firing, f) for f in c.firings):  # a rule asked twice about the same words
                c.firings.append(firing)
        else:
            self.loose.append(firing)

    def _firing(self, r: Rule, args: tuple, result: Any) -> Firing:
        sent, start, stop = _locate(result)
        if start is None:
            for a in args:
                sent, start, stop = _locate(a)
                if start is not None:
                    break
        words = self.text[start:stop] if start is not None and stop - start <= 160 else ""
        return Firing(r.name, sent, start, stop, " ".join(words.split()), _short(result))

    def final(self, fact: Any) -> Any:
        """The fact a fact was merged into, through every merge."""
        seen = set()
        while id(fact) in self.merged_into and id(fact) not in seen:
            seen.add(id(fact))
            fact = self.merged_into[id(fact)]
        return fact

    def candidates_of(self, fact: Any) -> list[Candidate]:
        return [c for c in self.candidates if any(self.final(f) is fact for f in c.facts)]

    def dropped(self) -> list[Candidate]:
        return [c for c in self.candidates if not c.facts and c.dropped]

    def firings(self) -> list[Firing]:
        """Every rule that fired, wherever it was recorded."""
        out = list(self.loose)
        for c in self.candidates:
            out += c.firings
        for fs in self.amended.values():
            out += fs
        return out


@contextmanager
def tracing(text: str) -> Iterator[Trace]:
    """Record the rules that fire inside the block."""
    global _open_blocks
    trace = Trace(text=text)
    token = _trace.set(trace)
    _open_blocks += 1
    try:
        yield trace
    finally:
        _open_blocks -= 1
        _trace.reset(token)


@contextmanager
def candidate(type_: str, anchor: Any, key: Any = None) -> Iterator[Candidate | _NoCandidate]:
    """Attribute the rules fired inside the block to one candidate of a fact type, anchored at a
    token, a mention or a list of tokens. Entering again with the same anchor object, or the same
    ``key`` (a rule stage that looks at its candidates in several passes), continues the same
    candidate."""
    trace = _trace.get()
    if trace is None:
        yield NO_CANDIDATE
        return
    ident = (type_, id(anchor) if key is None else key)
    c = trace.by_anchor.get(ident)
    if c is None:
        sent, start, stop = _locate(anchor)
        words = trace.text[start:stop] if start is not None else ""
        c = Candidate(type_, sent, start, stop, " ".join(words.split()))
        trace.by_anchor[ident] = c
        trace.candidates.append(c)
    trace.stack.append(c)
    try:
        yield c
    finally:
        trace.stack.pop()


def merged(into: Any, fact: Any) -> None:
    """``fact`` was merged into ``into`` (an in-document merge): its candidates now explain ``into``."""
    trace = _trace.get()
    if trace is not None and into is not fact:
        trace.merged_into[id(fact)] = into


@contextmanager
def amending(fact: Any) -> Iterator[None]:
    """Rules fired inside the block changed an existing fact (the links stage)."""
    trace = _trace.get()
    if trace is None:
        yield
        return
    trace._amending.append(fact)
    try:
        yield
    finally:
        trace._amending.pop()


def _same(a: Firing, b: Firing) -> bool:
    return (a.rule, a.sent, a.start, a.stop, a.value) == (b.rule, b.sent, b.start, b.stop, b.value)


def _locate(obj: Any) -> tuple[int | None, int | None, int | None]:
    """Sentence and character span of a token, a mention, a match, or a list of them."""
    if isinstance(obj, list | tuple):
        spans = [_locate(o) for o in obj[:8]]
        spans = [s for s in spans if s[1] is not None]
        if not spans:
            return None, None, None
        return spans[0][0], min(s[1] for s in spans), max(s[2] for s in spans)
    for attr in ("tok", "anchor"):  # a document mention, a meeting
        inner = getattr(obj, attr, None)
        if inner is not None and hasattr(inner, "start"):
            return _locate(inner)
    if hasattr(obj, "char_start"):  # a place or person mention
        return getattr(obj, "sent", None), obj.char_start, obj.char_stop
    if hasattr(obj, "lemma") and hasattr(obj, "start"):  # a token
        return obj.sent, obj.start, obj.stop
    if hasattr(obj, "value") and hasattr(obj, "start") and hasattr(obj, "stop"):  # a grammar match
        return None, obj.start, obj.stop
    return None, None, None


def _short(result: Any) -> str:
    if result is True:
        return ""
    if isinstance(result, list | tuple):
        return ", ".join(_short(x) for x in result[:6])
    for attr in ("id", "resolved", "name"):
        if isinstance(getattr(result, attr, None), str):
            return getattr(result, attr)
    if hasattr(result, "lemma") and hasattr(result, "text"):
        return result.text
    if isinstance(getattr(result, "head", None), str) and hasattr(result, "of"):  # a title
        return f"{result.head} ({result.of})"
    if hasattr(result, "model_dump"):
        return result.__class__.__name__
    text = str(result)
    return text if len(text) <= 60 else text[:57] + "…"
