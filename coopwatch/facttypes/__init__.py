"""The registry of fact types: everything coopwatch knows about one type of fact, in one place.

A ``FactType`` holds its FACTS.md model (pydantic), its extraction stage (the rule module's
``extract`` and what it needs from the pipeline's ``Context``), its knowledge-base identity and
fusion rules, its Russian labels, which fields an editor may correct, its one-line summary for
lists and the terminal table, its CSV columns, the fields that name people and places, and the
page sections that list it. The rest of coopwatch asks the registry instead of testing the type.

The built-in types live one per module (``agreement.py``, ``meeting.py``, …, ``role.py``) and are
registered on first use, in ``BUILTIN`` order. That order is the registry's order: the order the
extraction stages run in (and so the order of a document's facts), and the order lists show the
types in. A type registered later (``register``) comes after them; ``unregister`` removes it
again (for tests). Whoever caches something built from the registry (the extraction pipeline's
stages) subscribes with ``on_change``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coopwatch.kb.merge import Conflict
    from coopwatch.kb.rules import Member
    from coopwatch.models import FactBase

# the modules of the built-in types, in the order their extraction stages run
BUILTIN = ("role", "agreement", "meeting", "visit", "trade", "target", "institution", "transport")
# the sections of the web pages a type lists its facts in unless it says otherwise
DEFAULT_SECTIONS = frozenset({"pair.timeline", "place.partners"})


def _resolve(ref: Callable | str | None) -> Callable | None:
    """A function given itself or as ``"module:name"`` (imported on first use: the web server never
    loads the extraction rules)."""
    if ref is None or callable(ref):
        return ref
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


@dataclass(frozen=True)
class Extraction:
    """A type's extraction stage: the function that finds its facts in a document's ``Context``,
    the context fields it reads (``pipeline.check_order`` proves they are filled before) and the
    attributes of their items it sets (``amends``)."""

    rules: Callable[[Any], list[Any]] | str  # a function or "coopwatch.extract.agreement:extract"
    needs: tuple[str, ...]
    # the in-document merge (one fact per thing the document reports); the rule module's
    # ``extract`` applies it to its own facts, the reference is here for readers and tests
    merge: Callable[..., Any] | str | None = None
    # what it sets on items of the fields it reads besides adding facts ("titles.of"; see ``pipeline``)
    amends: tuple[str, ...] = ()

    @property
    def extract(self) -> Callable[[Any], list[Any]]:
        return _resolve(self.rules)


def _no_key(data: dict[str, Any]) -> str | None:
    return None


def _date(data: dict[str, Any]) -> Any:
    return data.get("date")


def _nothing_to_fuse(members: list[Member], out: dict[str, Any]) -> list[Conflict]:
    return []


def _always(a: Member, b: Member) -> bool:
    return True


@dataclass(frozen=True)
class Fusion:
    """When two extracted facts of the type describe the same real thing, and what their canonical
    fact then asserts (see ``coopwatch.kb.rules`` for the shared comparisons and the partition).
    Two facts of a block are one when they are ``compatible`` (nothing contradicts: checked against
    every member of a canonical fact) and there is ``evidence`` that they are one (with at least one
    member)."""

    block: Callable[[dict[str, Any]], str]  # a coarse exact key: facts fuse only inside one block
    # symmetric: nothing in one contradicts the other (by default the block says it all)
    compatible: Callable[[Member, Member], bool] = _always
    # fills the canonical fact's fields from its members (``out`` starts as the first member's
    # data); returns the fields where they disagree
    fuse: Callable[[list[Member], dict[str, Any]], list[Conflict]] = _nothing_to_fuse
    # given compatible: something says the two are one (the same days, one story, the same
    # session…); by default compatibility is enough
    evidence: Callable[[Member, Member], bool] = _always
    key: Callable[[dict[str, Any]], str | None] = _no_key  # narrower than the block, stored; None: none
    # what ``compatible`` and ``evidence`` look at, as a hashable value: facts with the same profile
    # behave alike, so a canonical fact is checked against each profile once (reprints of one release
    # with other numbers are one profile); None: the whole fact with its story, days and occasions
    profile: Callable[[Member], Any] | None = None
    # The story enters the rules only as evidence that two facts are copies of one release: two facts
    # of one story are evidence of one (whatever their profiles), ``compatible`` does not look at the
    # story, and ``evidence`` between facts of different stories looks only at their profiles. The
    # story is then left out of the profile: a canonical fact keeps the set of its members' stories
    # (``rules.Cluster.stories``) rather than a profile per story — a target's canonical fact has
    # as many stories as reports, and fusion compared a new fact with the first fact of each. Not for
    # an ``event`` type: ``fuse`` reads a canonical fact's earlier facts without their occasions.
    story_evidence: bool = False
    event: bool = False  # happens on a day: same-time rules, fused after the document's other facts
    occasion: bool = False  # a dated one pins down the occasion its document reports
    day: Callable[[dict[str, Any]], Any] = _date  # the date (ISO prefix) a timeline sorts it by
    # how far apart in days two compatible facts can be, by the day ``rules.reach_day`` gives them
    # (None: no such bound): fusion then compares a new fact only with the canonical facts near it
    # in time. Events: ``rules.EVENT_WINDOW_DAYS`` (``same_days``); facts with a full date that must
    # agree (agreements): 0.
    reach: int | None = None
    # A fused result carried forward by members that come after all its members in fusion's order,
    # without reading those (``coopwatch.kb.fuse.grow``: the canonical facts that grow without bound
    # in a news stream, such as a region's head named in every other item). ``tally(members)``: what
    # ``extend`` needs of the members fused (JSON; None: it cannot be carried forward);
    # ``extend(out, tally, new, near)``: the fused data and the new tally after the ``new`` members,
    # or None where that would not be exactly what ``fuse`` gives on all the members (``near``: the
    # members fused before that share a story with a new one). None: recomputed from all members.
    tally: Callable[[list[Member]], dict[str, Any] | None] | None = None
    extend: Callable[[dict[str, Any], dict[str, Any], list[Member], list[Member]],
                     tuple[dict[str, Any], dict[str, Any]] | None] | None = None
    # ``disputes(tally)``: the conflicts ``fuse`` finds on the members tallied (``extend``'s tally),
    # for a type whose facts are carried forward with conflicts (a trade figure's values); None: its
    # ``tally`` and ``extend`` decline where ``fuse`` would find any
    disputes: Callable[[dict[str, Any]], list[Conflict]] | None = None


@dataclass(frozen=True)
class Labels:
    """What a person reads: the type's name, its fields' names and the names of coded values."""

    one: str  # "Соглашение"
    many: str  # "Соглашения"
    fields: Mapping[str, str] = field(default_factory=dict)  # field → "стороны"
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # field → value → "меморандум"
    table: str = ""  # the terminal table's type column, when it says something else than ``one``
    counted: str = ""  # what a count of such facts counts, when not ``one`` ("1 показатель торговли")


def _no_orgs(data: dict[str, Any]) -> list[str]:
    return []


@dataclass(frozen=True)
class FactType:
    """Everything coopwatch knows about one type of fact (FACTS.md ``type``)."""

    name: str
    model: type[FactBase]
    extraction: Extraction
    fusion: Fusion
    labels: Labels
    summary: Callable[[dict[str, Any]], str]  # one Russian line for lists and views
    describe: Callable[[dict[str, Any]], tuple[str, str, str]]  # the terminal table: sides, what, details
    sides: Callable[[dict[str, Any]], list[tuple[str, str]]]  # (place ID, role) of each territorial side
    people: Mapping[str, str] = field(default_factory=dict)  # field naming people (a name or a list) → their capacity
    orgs: Callable[[dict[str, Any]], list[str]] = _no_orgs  # organisations it names
    export: tuple[str, ...] = ()  # CSV columns (FACTS.md fields)
    correctable: frozenset[str] | None = None  # fields an editor may correct; None: every field
    sections: frozenset[str] = DEFAULT_SECTIONS  # page sections listing it ("pair.timeline", …)
    # when it happened, as precisely as the fact says: an ISO prefix ("2004", "2025-05", "2026-02-18")
    # or a period of months "2024-01..2024-12"; None: the fact gives none (``coopwatch.wording.dates``)
    when: Callable[[dict[str, Any]], str | None] = _date
    colour: str = "#e8eef5"  # the background of its type badge on the pages

    def fields(self) -> frozenset[str]:
        """The FACTS.md fields of the model (aliases as the contract spells them)."""
        return frozenset(f.alias or n for n, f in self.model.model_fields.items()) - {"type", "evidence"}

    def editable(self) -> frozenset[str]:
        return self.correctable if self.correctable is not None else self.fields()

    def validate(self, data: dict[str, Any]) -> FactBase:
        """The fact as the model reads it (raises ``ValueError`` when the data does not fit)."""
        return self.model.model_validate(data)


_types: dict[str, FactType] = {}
_listeners: list[Callable[[], None]] = []
_loaded = False


def _load() -> None:
    """The built-in types, once, before any other (their modules import no registry function)."""
    global _loaded
    if _loaded:
        return
    found = [importlib.import_module(f"{__name__}.{module}").TYPE for module in BUILTIN]
    _types.update((ft.name, ft) for ft in found)
    _loaded = True  # only now: a failed import leaves no half-filled registry behind


def _changed(undo: Callable[[], None]) -> None:
    try:
        for listener in _listeners:
            listener()
    except Exception:
        undo()
        for listener in _listeners:
            listener()
        raise


def register(ft: FactType) -> FactType:
    """Add a type after the ones known; subscribers rebuild (a stage whose needs are not met by an
    earlier stage is refused, and the registry stays as it was)."""
    _load()
    if ft.name in _types:
        raise ValueError(f"тип факта «{ft.name}» уже зарегистрирован")
    _types[ft.name] = ft
    _changed(lambda: _types.pop(ft.name, None))
    return ft


def unregister(name: str) -> None:
    _load()
    ft = _types.pop(name, None)
    if ft is not None:
        _changed(lambda: _types.__setitem__(name, ft))


def on_change(listener: Callable[[], None]) -> None:
    """Call ``listener`` after every ``register`` and ``unregister``."""
    _listeners.append(listener)


def all_types() -> tuple[FactType, ...]:
    _load()
    return tuple(_types.values())


def names() -> tuple[str, ...]:
    return tuple(ft.name for ft in all_types())


def find(name: str | None) -> FactType | None:
    _load()
    return _types.get(name) if name else None


def get(name: str) -> FactType:
    ft = find(name)
    if ft is None:
        raise ValueError(f"неизвестный тип факта «{name}»; известны: {', '.join(names())}")
    return ft


def problems(error: Exception) -> str:
    """A model's refusal in Russian: each wrong field and what is wrong with it ("parties.1: код
    места «QQ» не найден в справочнике мест")."""
    from pydantic import ValidationError

    if not isinstance(error, ValidationError):
        return str(error)
    return "; ".join(
        f"{'.'.join(str(x) for x in e['loc']) or 'факт'}: {problem(e)}" for e in error.errors()
    )


def problem(e: Mapping[str, Any]) -> str:
    """One error of a pydantic ``ValidationError.errors()`` in Russian (without its field): the fact
    types' own words, then the one wording of every other pydantic error (``wording.problems``)."""
    from coopwatch.wording.problems import problem as said

    kind, ctx = e["type"], e.get("ctx") or {}
    if kind == "value_error":
        return str(ctx.get("error", e["msg"]))
    if kind == "literal_error":
        return f"допустимые значения: {ctx.get('expected', '')}".replace("'", "").replace(" or ", " или ")
    if kind == "missing":
        return "поле обязательно"
    if kind == "extra_forbidden":
        return "такого поля нет в FACTS.md"
    return said(dict(e))


def model_for(data: Mapping[str, Any]) -> type[FactBase]:
    """The model of a FACTS.md fact object, by its ``type``."""
    return get(str(data.get("type", ""))).model


def section(name: str) -> tuple[str, ...]:
    """The types listed in a page section ("pair.timeline", "place.roles", …), in registry order."""
    return tuple(ft.name for ft in all_types() if name in ft.sections)


# --- labels --------------------------------------------------------------------------------------

def type_label(name: str, *, plural: bool = False) -> str:
    ft = find(name)
    if ft is None:
        return name
    return ft.labels.many if plural else ft.labels.one


def type_count(n: int, name: str) -> str:
    """``n`` facts of the type, the noun agreeing with the number: «1 соглашение», «3 встречи»,
    «5 показателей торговли»."""
    from coopwatch.wording import count

    ft = find(name)
    noun = (ft.labels.counted or ft.labels.one.lower()) if ft is not None else "факт"
    return count(n, noun)


def field_order(name: str | None) -> list[str]:
    """The fields of the type in the order of its model (FACTS.md): what a fact is before the
    details of it — kind, sides, date, period, amounts, people."""
    ft = find(name)
    if ft is None:
        return []
    return [f.alias or n for n, f in ft.model.model_fields.items() if (f.alias or n) not in ("type", "evidence")]


def type_labels() -> dict[str, str]:
    return {ft.name: ft.labels.one for ft in all_types()}


def field_label(name: str, type_name: str | None = None) -> str:
    """A field's Russian name: the type's own, else the first type's that names it."""
    ft = find(type_name)
    if ft is not None and name in ft.labels.fields:
        return ft.labels.fields[name]
    return next((t.labels.fields[name] for t in all_types() if name in t.labels.fields), name)


def value_label(value: Any, field_name: str | None = None, type_name: str | None = None) -> str:
    """A coded value's Russian name ("memorandum" → «меморандум», "air" → «авиа»)."""
    ft = find(type_name)
    for t in ([ft] if ft is not None else []) + list(all_types()):
        for f, labels in t.labels.values.items():
            if (field_name is None or f == field_name) and value in labels:
                return labels[value]
    return str(value)


def labelled_fields() -> frozenset[str]:
    """Fields whose values are codes with Russian names."""
    return frozenset(f for ft in all_types() for f in ft.labels.values)


def people_label(field_name: str) -> str:
    """In which capacity a fact names a person ("signatories" → «подписал(а)»)."""
    return next((ft.people[field_name] for ft in all_types() if field_name in ft.people), field_name)


def people_fields() -> tuple[str, ...]:
    return tuple(dict.fromkeys(f for ft in all_types() for f in ft.people))


def type_colours() -> dict[str, str]:
    return {ft.name: ft.colour for ft in all_types()}


def export_columns() -> list[str]:
    """The CSV columns of every type, each once, in registry order."""
    return list(dict.fromkeys(c for ft in all_types() for c in ft.export))


__all__ = ["BUILTIN", "Extraction", "FactType", "Fusion", "Labels", "all_types", "export_columns", "field_label",
           "find", "get", "labelled_fields", "model_for", "names", "on_change", "people_fields", "people_label",
           "register", "section", "type_colours", "type_label", "type_labels", "unregister", "value_label"]
