"""Facts as a readable table in the terminal (rich), in Russian."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from coopwatch.gazetteer.places import gazetteer
from coopwatch.models import DocumentFacts

TYPE_NAMES = {
    "agreement": "Документ", "meeting": "Встреча", "visit": "Визит", "trade": "Торговля",
    "target": "Цель", "institution": "Представительство", "transport": "Сообщение", "role": "Должность",
}
KIND_NAMES = {
    "agreement": "соглашение", "plan": "план", "protocol": "протокол", "memorandum": "меморандум",
    "contract": "договор", "roadmap": "дорожная карта", "declaration": "декларация", "twinning": "побратимство",
    "talks": "переговоры", "working_group": "рабочая группа", "commission": "комиссия", "forum": "форум",
    "consulate": "консульство", "embassy": "посольство", "embassy_office": "отделение посольства",
    "representation": "представительство", "trade_house": "торговый дом", "other": "другое",
    "turnover": "товарооборот", "export": "экспорт", "import": "импорт",
    "air": "авиа", "rail": "ж/д", "road": "авто", "water": "водное",
    "opened": "открыто", "planned": "планируется", "exists": "действует",
}


def place_name(place_id: str | None) -> str:
    if not place_id:
        return "—"
    p = gazetteer().get(place_id)
    return p.short_name if p is not None else place_id.rsplit("/", 1)[-1]


def money(value: float | None, currency: str | None) -> str:
    if value is None:
        return ""
    for div, word in ((1e9, "млрд"), (1e6, "млн"), (1e3, "тыс.")):
        if abs(value) >= div:
            return f"{value / div:.4g} {word} {currency or ''}".strip().replace(".", ",", 1)
    return f"{value:.0f} {currency or ''}".strip()


def describe(f: dict) -> tuple[str, str, str]:
    """(sides, what, details) of one fact in the contract's JSON form."""
    t = f["type"]
    if t in ("agreement", "meeting"):
        sides = " — ".join(place_name(p) for p in f["parties"])
        people = f.get("signatories") or f.get("participants") or []
        details = ", ".join(x for x in [f.get("date") or "", _period(f.get("period")), ", ".join(people)] if x)
        return sides, KIND_NAMES.get(f["kind"], f["kind"]), details
    if t == "visit":
        return f"{place_name(f['visitor'])} → {place_name(f['host'])}", "визит", \
            ", ".join(x for x in [f.get("head") or "", f.get("date") or ""] if x)
    if t in ("trade", "target"):
        sides = " — ".join(place_name(p) for p in f["parties"])
        if t == "trade":
            growth = f"рост {f['growth_pct']:+g}%" if f.get("growth_pct") is not None else ""
            period = "–".join(f["period"]) if f.get("period") else "период не указан"
            approx = "≈ " if f.get("approx") else ""
            return sides, KIND_NAMES[f["metric"]], ", ".join(x for x in [approx + money(f.get("value"), f.get("currency")),
                                                                         growth, period] if x.strip())
        value = money(f.get("value_max"), f.get("currency"))
        if f.get("value_min") not in (None, f.get("value_max")):
            value = f"{money(f['value_min'], f.get('currency'))} – {value}"
        return sides, "цель: " + KIND_NAMES[f["metric"]], ", ".join(x for x in [value, str(f.get("year") or "")] if x)
    if t == "institution":
        return f"{place_name(f['of'])} в {place_name(f['in'])}", KIND_NAMES[f["kind"]], \
            ", ".join(x for x in [KIND_NAMES[f["status"]], f.get("date") or ""] if x)
    if t == "transport":
        return " — ".join(place_name(p) for p in f["between"]), KIND_NAMES[f["mode"]], KIND_NAMES[f["status"]]
    if t == "role":
        of = f["of"]
        return place_name(of) if gazetteer().get(of) or "-" in of[:3] else of, f["title"], f["person"]
    return "", t, ""


def _period(p) -> str:
    if not p:
        return ""
    a, b = p
    return f"{a or '…'}–{b or '…'}"


def print_facts(results: Iterable[DocumentFacts], console: Console | None = None) -> int:
    """One table of every fact, grouped by document; returns the number of facts."""
    console = console or Console()
    table = Table(title="Факты сотрудничества", show_lines=False, header_style="bold")
    for col in ("Документ", "Тип", "Стороны", "Что", "Подробности"):
        table.add_column(col, overflow="fold")
    n = 0
    for r in results:
        for f in r.facts:
            data = f.to_json()
            sides, what, details = describe(data)
            table.add_row(r.doc, TYPE_NAMES[data["type"]], sides, what, details)
            n += 1
    console.print(table)
    return n
