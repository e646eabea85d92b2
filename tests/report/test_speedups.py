"""What makes a report quick must not change what it says: the DOCX body written as
WordprocessingML in one piece is what python-docx writes paragraph by paragraph, and the chart
drawn in a forked worker is the chart drawn in-process, byte for byte."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from coopwatch.report import chart
from coopwatch.report.model import Note, Para, Ref, Report, Section, note_text, ref_text
from coopwatch.report.to_docx import NOTE_PT, render_docx

PARAS = [Para(["Стороны: Республика Татарстан и Республика Беларусь", Ref((1, 2)), "."]),
         Para(["Сведений о визитах в базе знаний нет."], kind="missing"),
         Para(["Показатели торговли: приведены последние 200", Ref((3,), more=2), ""], kind="lead"),
         Para(["  пробелы по краям  ", Ref((1,)), "табуляция\tи\nперенос строки"])]
NOTES = [Note(1, 11, "example.ru", date(2024, 3, 12), "https://example.ru/a?x=1&y=2", "Заголовок «один»"),
         Note(2, 12, None, None, None, None),
         Note(3, 13, "example.by", date(2025, 1, 2), "https://example.ru/a?x=1&y=2", "Тот же адрес"),
         Note(4, 14, "example.kz", date(2025, 1, 3), "https://example.kz/b", "Символ\x0bуправления")]


def _report() -> Report:
    return Report(title="СПРАВКА", subject="о сотрудничестве: А — Б", as_of="по состоянию на 5 мая 2026",
                  period="", sections=[Section(1, "Общие сведения", list(PARAS))], notes=list(NOTES),
                  footer="Справка составлена автоматически.", filename="spravka")


def _body(data: bytes) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def _by_python_docx(report: Report) -> bytes:
    """The same document made with python-docx's own calls, as the writer made it before."""
    from coopwatch.report import to_docx

    real = to_docx.render_docx(report)
    doc = docx.Document(io.BytesIO(real))
    body = doc.element.body
    for el in list(body):
        if el.tag != body.sectPr.tag:
            body.remove(el)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(report.title)
    run.font.size, run.font.bold = Pt(15), True
    for text, bold in ((report.subject, True), (f"({report.as_of})", False)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).font.bold = bold
    for s in report.sections:
        doc.add_heading(f"{s.number}. {s.title}", level=1)
        for b in s.blocks:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if b.kind in ("", "missing"):
                p.paragraph_format.first_line_indent = Cm(1.25)
            for part in b.parts:
                if isinstance(part, Ref):
                    p.add_run(ref_text(part)).font.superscript = True
                else:
                    p.add_run(part)
            if b.kind:
                for r in p.runs:
                    r.font.italic = True
    doc.add_heading("Источники", level=1)
    for n in report.notes:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        p.add_run(f"{n.number}. {note_text(n)}".replace("\x0b", "") + (" " if n.url else "")).font.size = Pt(NOTE_PT)
        if n.url:
            rid = [r.rId for r in doc.part.rels.values() if r.is_external and r.target_ref == n.url][0]
            p._p.append(docx.oxml.parse_xml(
                f'<w:hyperlink {docx.oxml.ns.nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr><w:color w:val="1F4E8C"/>'
                f'<w:u w:val="single"/><w:sz w:val="20"/></w:rPr><w:t>{n.url.replace("&", "&amp;")}</w:t></w:r>'
                "</w:hyperlink>"))
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    run = p.add_run(report.footer)
    run.font.size, run.font.italic = Pt(NOTE_PT), True
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_docx_body_is_what_python_docx_writes() -> None:
    made = render_docx(_report())
    assert _body(made) == _body(_by_python_docx(_report()))


def test_docx_one_relationship_per_url_and_no_control_characters() -> None:
    d = docx.Document(io.BytesIO(render_docx(_report())))
    links = sorted(r.target_ref for r in d.part.rels.values() if r.is_external)
    assert links == ["https://example.kz/b", "https://example.ru/a?x=1&y=2"]
    texts = [p.text for p in d.paragraphs]
    assert "4. example.kz, «Символуправления», 3 января 2025. https://example.kz/b" in texts
    assert "Стороны: Республика Татарстан и Республика Беларусь[1, 2]." in texts


SERIES = [chart.Series("товарооборот за год", {2019: 8.78e8, 2020: 9.1e8, 2021: 1.2e9}, {2020})]
TARGETS = [chart.Target("цель к 2022 году", 2022, 1.5e9)]


def test_chart_from_the_worker_is_the_chart_drawn_here() -> None:
    here = chart.trade_png(SERIES, TARGETS, "долларов США", "Товарооборот по годам")
    chart.start_worker()
    worker = chart._worker
    assert worker is not None and worker.process.is_alive()
    there = chart.trade_png(SERIES, TARGETS, "долларов США", "Товарооборот по годам")
    assert chart._worker is None and not worker.process.is_alive()
    assert here is not None and there == here


def test_worker_without_a_chart_is_ended() -> None:
    chart.start_worker()
    worker = chart._worker
    assert worker is not None
    assert chart.trade_png([chart.Series("пусто", {})], [], "", "Ничего") is None  # nothing to draw
    chart.stop_worker()
    assert not worker.process.is_alive() and worker.process.exitcode is not None


def test_a_failing_worker_leaves_the_chart_to_this_process() -> None:
    chart.start_worker()
    worker = chart._worker
    assert worker is not None
    worker.process.kill()
    worker.process.join()
    png = chart.trade_png(SERIES, TARGETS, "долларов США", "Товарооборот по годам")
    assert png is not None and png.startswith(b"\x89PNG")
    assert chart._worker is None


def test_report_goes_on_while_the_worker_draws() -> None:
    chart.start_worker()
    later = chart.trade_png_later(SERIES, TARGETS, "долларов США", "Товарооборот по годам")
    assert later is not None and chart._drawing  # sent, not waited for
    chart.stop_worker()  # a report that failed before its chart was read: nothing left running
    assert not chart._drawing
    assert later() == chart.trade_png(SERIES, TARGETS, "долларов США", "Товарооборот по годам")  # drawn here
