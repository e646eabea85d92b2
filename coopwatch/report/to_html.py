"""The report as one self-contained HTML page (Jinja2; the chart embedded as a PNG) that prints
cleanly: A4 pages with numbers, table headers repeated on each page, rows kept whole."""

from __future__ import annotations

import base64
from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from coopwatch.report.model import Figure, Para, Ref, Report, Table, note_text


@cache
def env() -> Environment:
    e = Environment(loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
                    autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    e.tests.update(ref=lambda x: isinstance(x, Ref), para=lambda x: isinstance(x, Para),
                   table=lambda x: isinstance(x, Table), figure=lambda x: isinstance(x, Figure))
    e.filters["b64"] = lambda b: base64.b64encode(b).decode()
    e.globals["note_text"] = note_text
    return e


def render_html(report: Report) -> str:
    return env().get_template("report.html").render(r=report)
