"""Reports from the knowledge base.

``pair_report(kb, a, b, year_from=None, year_to=None, today=None) -> Report`` and
``place_report(kb, place, …) -> Report`` build a briefing report («справка о сотрудничестве»: seven
numbered sections, every statement with its sources as endnotes; ``build``); ``render(report, fmt)``
gives its bytes as DOCX (python-docx), HTML (Jinja2, prints cleanly), Markdown or PDF (LibreOffice
from the DOCX where it is installed, else WeasyPrint from the HTML); ``write(report, fmt, path)`` writes the file (and,
for Markdown, the chart beside it). ``check(kb, a, b)`` names bad input in Russian
(``ReportError``). ``table`` prints extracted facts in the terminal.

Heavy libraries (python-docx, matplotlib, WeasyPrint) are imported by the format that needs them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from coopwatch.report.errors import ReportError

if TYPE_CHECKING:
    from coopwatch.kb.db import KB
    from coopwatch.report.model import Report

FORMATS = ("docx", "html", "md", "pdf")
MEDIA_TYPES = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8", "pdf": "application/pdf"}

__all__ = ["FORMATS", "MEDIA_TYPES", "ReportError", "check", "pair_report", "place_report", "render", "write"]


def pair_report(kb: KB, a: str, b: str, year_from: int | None = None, year_to: int | None = None, **kw) -> Report:
    from coopwatch.report.build import pair_report as build

    check(kb, a, b, year_from=year_from, year_to=year_to)
    return build(kb, a, b, year_from, year_to, **kw)


def place_report(kb: KB, place: str, year_from: int | None = None, year_to: int | None = None, **kw) -> Report:
    from coopwatch.report.build import place_report as build

    check(kb, place, year_from=year_from, year_to=year_to)
    return build(kb, place, year_from, year_to, **kw)


def check(kb: KB, *place_ids: str, year_from: int | None = None, year_to: int | None = None) -> None:
    """Every place is known (to the gazetteer or the knowledge base), a pair is two places, the
    years are in order; otherwise a ``ReportError`` that names the input."""
    from coopwatch.gazetteer.places import gazetteer, is_place_id
    from coopwatch.kb import query

    for p in place_ids:
        if not is_place_id(p):
            raise ReportError(f"«{p}» — не код места: ожидается код страны (BY), региона (RU-TA) "
                              "или города (RU-TA/Казань)")
        if gazetteer().get(p) is None and not query.place_exists(kb, p):
            raise ReportError(f"место «{p}» не найдено ни в справочнике мест, ни в базе знаний")
    if len(place_ids) == 2 and place_ids[0] == place_ids[1]:
        raise ReportError(f"пара из одного места «{place_ids[0]}»: укажите две разные стороны")
    if year_from and year_to and year_from > year_to:
        raise ReportError(f"период задан наоборот: с {year_from} по {year_to} год")


def render(report: Report, fmt: str, *, pdf_engine: str = "auto", chart_href: str | None = None) -> bytes:
    """The report as a file's bytes in ``fmt`` (docx, html, md, pdf). PDF: ``pdf_engine``
    "libreoffice" (from the DOCX: set as Word sets it, and faster for long reports), "weasyprint"
    (from the HTML, a Python package alone), "auto" — LibreOffice where it is installed."""
    if fmt == "docx":
        from coopwatch.report.to_docx import render_docx

        return render_docx(report)
    if fmt == "html":
        from coopwatch.report.to_html import render_html

        return render_html(report).encode()
    if fmt == "md":
        from coopwatch.report.to_markdown import render_markdown

        return render_markdown(report, chart_href).encode()
    if fmt == "pdf":
        from coopwatch.report import to_pdf

        if pdf_engine == "auto":
            pdf_engine = "libreoffice" if to_pdf.libreoffice() else "weasyprint"
        if pdf_engine == "weasyprint":
            return to_pdf.html_to_pdf(render(report, "html").decode())
        if pdf_engine == "libreoffice":
            return to_pdf.docx_bytes_to_pdf(render(report, "docx"))
        raise ReportError(f"неизвестный способ получения PDF «{pdf_engine}»: {', '.join(to_pdf.ENGINES)}")
    raise ReportError(f"неизвестный формат «{fmt}»: {', '.join(FORMATS)}")


def chart_path(out: Path) -> Path:
    return out.with_name(out.stem + "-chart.png")


def write(report: Report, fmt: str, out: Path, *, pdf_engine: str = "auto") -> list[Path]:
    """Writes the report to ``out`` (for Markdown, its chart beside it: ``<name>-chart.png``);
    returns the files written."""
    from coopwatch.report.model import Figure

    figures = [b for s in report.sections for b in s.blocks if isinstance(b, Figure)]
    written = []
    href = None
    if fmt == "md" and figures:
        chart = chart_path(out)
        chart.write_bytes(figures[0].png)
        written.append(chart)
        href = chart.name
    data = render(report, fmt, pdf_engine=pdf_engine, chart_href=href)
    out.write_bytes(data)
    return [out, *written]
