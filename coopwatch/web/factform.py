"""The correction form of a fact, typed from its FACTS.md model: a list of values is a select (with
the values' Russian names), a currency a select of ISO 4217 codes, a number a number field, a date
three fields (year, month, day: a date keeps the precision the source gives — «2004 год» stays a
year), a period two of them, places codes or names one a line, people one a line, a flag a
checkbox.

``widgets`` describes the form for the page; ``read`` turns what an editor sent back into FACTS.md
values, with a Russian message for each field that does not pass — checked first field by field
here, then as a whole fact by the model (``coopwatch.facttypes``) — and the typed text kept, so a
refused form comes back as it was sent."""

from __future__ import annotations

import calendar
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import ValidationError

from coopwatch import facttypes
from coopwatch.facttypes.common import check_currency, check_date, check_place_id
from coopwatch.gazetteer.places import gazetteer, is_place_id

YEARS = (1900, 2100)
COMMON_CURRENCIES = ("USD", "EUR", "RUB", "CNY", "BYN", "KZT", "UZS")  # first in the list


@dataclass
class Widget:
    name: str  # the FACTS.md field
    label: str  # its Russian name
    kind: str  # select, currency, number, integer, checkbox, date, period, years, place, places, lines, text
    required: bool
    options: list[tuple[str, str]] = field(default_factory=list)  # (value, Russian name) of a select
    typed: dict[str, str] = field(default_factory=dict)  # the inputs' text (part → text; "" for a single input)
    error: str | None = None
    hint: str = ""

    def input(self, part: str = "") -> str:
        """The name of one of its inputs in the form."""
        return f"f_{self.name}" + (f"__{part}" if part else "")


def _strip(annotation: Any) -> tuple[Any, bool, list[Any]]:
    """The type inside Optional and Annotated, whether None is allowed, and the validators met."""
    optional, metadata = False, []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation, *extra = typing.get_args(annotation)
            metadata += extra
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            optional = optional or len(args) < len(typing.get_args(annotation))
            annotation = args[0] if len(args) == 1 else annotation
            if len(args) != 1:
                return annotation, optional, metadata
        else:
            return annotation, optional, metadata


def _checks(metadata: list[Any]) -> set[Any]:
    return {getattr(m, "func", None) for m in metadata}


def _kind(annotation: Any, metadata: list[Any]) -> tuple[str, list[tuple[str, str]]]:
    inner, _, more = _strip(annotation)
    checks = _checks(metadata + more)
    origin = typing.get_origin(inner)
    if origin is typing.Literal:
        return "select", [(str(v), str(v)) for v in typing.get_args(inner)]
    if origin is list:
        item, _, item_meta = _strip(typing.get_args(inner)[0])
        item_checks = _checks(item_meta)
        if check_place_id in item_checks:
            return "places", []
        if check_date in item_checks:
            return "period", []
        if item is int:
            return "years", []
        return "lines", []
    if check_currency in checks:
        return "currency", []
    if check_date in checks:
        return "date", []
    if check_place_id in checks:
        return "place", []
    if inner is bool:
        return "checkbox", []
    if inner is int:
        return "integer", []
    if inner is float:
        return "number", []
    return "text", []


HINTS = {
    "places": "по одному на строке: код (RU-TA, BY-MI, RU-TA/Казань) или название",
    "place": "код (RU-TA, BY-MI, RU-TA/Казань) или название",
    "lines": "по одному на строке",
    "date": "год обязателен, месяц и число — если известны",
    "period": "год обязателен, месяц и число — если известны",
    "years": "годы начала и конца; можно оставить один",
    "number": "число, можно с пробелами и запятой: 1 250 000 000, 12,5",
}


def widgets(type_name: str, names: list[str], data: Mapping[str, Any]) -> list[Widget]:
    """The form of the fields ``names`` of a ``type_name`` fact, filled with ``data``'s values."""
    ft = facttypes.get(type_name)
    by_name = {f.alias or n: f for n, f in ft.model.model_fields.items()}
    out = []
    for name in sorted(names, key=list(by_name).index):  # in the model's order: sides, then what, then when
        info = by_name[name]
        _, optional, _ = _strip(info.annotation)
        kind, options = _kind(info.annotation, list(info.metadata))
        w = Widget(name, facttypes.field_label(name, type_name), kind, info.is_required() and not optional,
                   hint=HINTS.get(kind, ""))
        if kind == "select":
            w.options = [(v, facttypes.value_label(v, name, type_name)) for v, _ in options]
        elif kind == "currency":
            w.options = currency_options()
        w.typed = shown(kind, data.get(name))
        out.append(w)
    return out


@cache
def currency_options() -> list[tuple[str, str]]:
    """ISO 4217 codes with their Russian names (CLDR, through Babel), the usual ones first."""
    import pycountry
    from babel.numbers import get_currency_name

    rest = sorted(c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in COMMON_CURRENCIES)
    return [(c, f"{c} — {get_currency_name(c, locale='ru')}") for c in (*COMMON_CURRENCIES, *rest)]


def _date_parts(value: Any) -> dict[str, str]:
    parts = str(value).split("-") if value else []
    return {k: (str(int(v)) if k != "y" else v) for k, v in zip(("y", "m", "d"), parts, strict=False)}


def _number_text(value: Any) -> str:
    if value is None:
        return ""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def shown(kind: str, value: Any) -> dict[str, str]:
    """A stored value as the form's inputs show it."""
    if kind == "date":
        return _date_parts(value)
    if kind == "period":
        a, b = (list(value) + [None, None])[:2] if value else (None, None)
        return {f"{end}{k}": v for end, part in (("from_", a), ("to_", b)) for k, v in _date_parts(part).items()}
    if kind == "years":
        a, b = (list(value) + [None, None])[:2] if value else (None, None)
        return {"from": "" if a is None else str(a), "to": "" if b is None else str(b)}
    if kind in ("places", "lines"):
        return {"": "\n".join(str(v) for v in value or [])}
    if kind == "checkbox":
        return {"": "1" if value else ""}
    if kind in ("number", "integer"):
        return {"": _number_text(value)}
    return {"": "" if value is None else str(value)}


# the inputs of each kind of widget (``Widget.input(part)``)
PARTS = {
    "date": ("y", "m", "d"),
    "period": ("from_y", "from_m", "from_d", "to_y", "to_m", "to_d"),
    "years": ("from", "to"),
}


class FieldError(ValueError):
    pass


@cache
def _place_names() -> dict[str, str]:
    """Every name of a gazetteer place, lower-cased → its ID (a name two places share is left out)."""
    seen: dict[str, str | None] = {}
    for p in gazetteer().places.values():
        for n in {p.name, *p.names}:
            key = n.lower().replace("ё", "е")
            seen[key] = p.id if seen.get(key, p.id) == p.id else None
    return {k: v for k, v in seen.items() if v}


def read_place(text: str) -> str:
    text = text.strip()
    if is_place_id(text) or re.fullmatch(r"[A-Z]{2}(-[A-Z0-9]{1,3})?(/.+)?", text):
        return check_place_id(text)
    found = _place_names().get(text.lower().replace("ё", "е"))
    if found is None:
        raise FieldError(f"место «{text[:80]}» не найдено: укажите код (RU-TA) или полное название")
    return found


def read_number(text: str, integer: bool = False) -> float | int:
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        raise FieldError(f"«{text[:40]}» — не число") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise FieldError(f"«{text[:40]}» — не число")
    if integer:
        if not value.is_integer():
            raise FieldError(f"«{text[:40]}» — нужно целое число")
        return int(value)
    return value


def read_date(y: str, m: str, d: str) -> str | None:
    """Year, month and day as typed → ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None when all are empty."""
    y, m, d = y.strip(), m.strip(), d.strip()
    if not (y or m or d):
        return None
    if not y:
        raise FieldError("укажите год")
    if not re.fullmatch(r"\d{4}", y) or not YEARS[0] <= int(y) <= YEARS[1]:
        raise FieldError(f"год «{y[:10]}» — нужен год от {YEARS[0]} до {YEARS[1]}")
    if d and not m:
        raise FieldError("число без месяца: укажите месяц")
    if not m:
        return y
    if not m.isdigit() or not 1 <= int(m) <= 12:
        raise FieldError(f"месяц «{m[:10]}» — нужен от 1 до 12")
    if not d:
        return f"{y}-{int(m):02d}"
    last = calendar.monthrange(int(y), int(m))[1]
    if not d.isdigit() or not 1 <= int(d) <= last:
        raise FieldError(f"число «{d[:10]}»: в этом месяце от 1 до {last}")
    return f"{y}-{int(m):02d}-{int(d):02d}"


def _lines(text: str) -> list[str]:
    return [x.strip() for x in re.split(r"[\n;]", text) if x.strip()]


def parse(w: Widget) -> Any:
    """The FACTS.md value of a widget's typed text (``FieldError`` with a Russian reason)."""
    t = w.typed
    one = t.get("", "").strip()
    if w.kind == "checkbox":
        return bool(one)
    if w.kind in ("date",):
        value = read_date(t.get("y", ""), t.get("m", ""), t.get("d", ""))
    elif w.kind == "period":
        try:
            a = read_date(t.get("from_y", ""), t.get("from_m", ""), t.get("from_d", ""))
        except FieldError as e:
            raise FieldError(f"начало: {e}") from None
        try:
            b = read_date(t.get("to_y", ""), t.get("to_m", ""), t.get("to_d", ""))
        except FieldError as e:
            raise FieldError(f"конец: {e}") from None
        if a and b and b < a[: len(b)]:
            raise FieldError("конец периода раньше начала")
        value = None if a is None and b is None else [a, b]
    elif w.kind == "years":
        a, b = (t.get(k, "").strip() for k in ("from", "to"))
        ends = [read_number(x, integer=True) if x else None for x in (a, b)]
        for x in ends:
            if x is not None and not YEARS[0] <= x <= YEARS[1]:
                raise FieldError(f"год {x} — нужен год от {YEARS[0]} до {YEARS[1]}")
        if ends[0] is not None and ends[1] is not None and ends[1] < ends[0]:
            raise FieldError("год конца раньше года начала")
        value = None if ends == [None, None] else ends
    elif w.kind == "places":
        value = [read_place(x) for x in _lines(t.get("", ""))]
    elif w.kind == "lines":
        value = _lines(t.get("", ""))
    elif not one:
        value = None
    elif w.kind == "select":
        if one not in {v for v, _ in w.options}:
            raise FieldError(f"выберите значение из списка, а не «{one[:40]}»")
        value = one
    elif w.kind == "currency":
        try:
            value = check_currency(one.upper())
        except ValueError as e:
            raise FieldError(str(e)) from None
    elif w.kind in ("number", "integer"):
        value = read_number(one, integer=w.kind == "integer")
    elif w.kind == "place":
        value = read_place(one)
    else:
        value = one
    if w.required and value in (None, []):
        raise FieldError("поле обязательно")
    return value


def read(type_name: str, names: list[str], current: Mapping[str, Any], form: Mapping[str, Any]
         ) -> tuple[list[Widget], dict[str, Any]]:
    """The widgets with what the editor typed, and the fields that changed (FACTS.md values). A
    widget that does not pass has its ``error``; the changes are then not to be saved."""
    ws = widgets(type_name, names, current)
    changes: dict[str, Any] = {}
    for w in ws:
        parts = PARTS.get(w.kind, ("",))
        # a field the form did not send stays as it is (a client posting only what it changes); an
        # unchecked checkbox sends nothing, so the page marks each one as shown
        sent = form.get(w.input("shown")) if w.kind == "checkbox" else any(w.input(p) in form for p in parts)
        if not sent:
            continue
        if w.kind == "checkbox":
            w.typed = {"": "1" if form.get(w.input()) else ""}
        else:
            w.typed = {p: str(form.get(w.input(p), "") or "")[:5000] for p in parts}
        try:
            value = parse(w)
        except FieldError as e:
            w.error = str(e)
            continue
        if value != current.get(w.name) and not (value == [] and current.get(w.name) is None):
            changes[w.name] = value
    if changes and not any(w.error for w in ws):
        try:
            facttypes.get(type_name).validate({**current, **changes})
        except ValidationError as e:
            _attach(ws, e)
        except ValueError as e:
            ws[0].error = str(e)
    return ws, changes


def _attach(ws: list[Widget], error: ValidationError) -> None:
    """The model's refusals, each on its field's widget (the rest on the first one)."""
    by_name = {w.name: w for w in ws}
    for e in error.errors():
        loc = [str(x) for x in e["loc"]]
        w = by_name.get(loc[0]) if loc else None
        message = facttypes.problem(e)
        if len(loc) > 1:
            message = f"{'.'.join(loc[1:])}: {message}"
        target = w or ws[0]
        target.error = "; ".join(x for x in (target.error, message) if x)
