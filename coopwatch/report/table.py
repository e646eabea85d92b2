"""Facts as a readable table in the terminal (rich), in Russian: each row as its fact type
describes it (``FactType.describe``)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table

from coopwatch import facttypes
from coopwatch.models import DocumentFacts


def describe(f: dict) -> tuple[str, str, str]:
    """(sides, what, details) of one fact in the contract's JSON form."""
    ft = facttypes.find(f["type"])
    return ft.describe(f) if ft is not None else ("", f["type"], "")


def type_column(name: str) -> str:
    ft = facttypes.get(name)
    return ft.labels.table or ft.labels.one


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
            table.add_row(r.doc, type_column(data["type"]), sides, what, details)
            n += 1
    console.print(table)
    return n
