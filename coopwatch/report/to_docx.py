"""The report as a Word document (python-docx), set like an official note: A4, Times New Roman,
margins 30/15/20/20 mm, the title centred, numbered section headings (the «Heading 1» style, so
a reader's navigation pane and a program reading the file find them), tables with a header row
repeated on each page, references as superscript numbers of the endnotes («Источники»), page
numbers in the footer, the chart as a picture."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from coopwatch.report.model import Cell, Figure, Para, Ref, Report, Table, note_text, ref_text

FONT = "Times New Roman"
BODY_PT, TABLE_PT, NOTE_PT = 13, 10.5, 10
TEXT_WIDTH_CM = 21.0 - 3.0 - 1.5


def _font(style_or_run, size: float | None = None, bold: bool | None = None) -> None:  # noqa: ANN001
    f = style_or_run.font
    f.name = FONT
    if size is not None:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold
    f.color.rgb = RGBColor(0, 0, 0)
    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):  # the theme's would win
        fonts.attrib.pop(qn(attr), None)


def _inline(p: Paragraph, parts: Cell, size: float | None = None) -> None:
    for part in parts:
        if isinstance(part, Ref):
            run = p.add_run(ref_text(part))
            run.font.superscript = True
        else:
            run = p.add_run(part)
        if size is not None:
            run.font.size = Pt(size)


def _hyperlink(p: Paragraph, url: str) -> None:
    rid = p.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    colour = OxmlElement("w:color")
    colour.set(qn("w:val"), "1F4E8C")
    under = OxmlElement("w:u")
    under.set(qn("w:val"), "single")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(int(NOTE_PT * 2)))
    rpr.extend([colour, under, size])
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = url
    run.append(text)
    link.append(run)
    p._p.append(link)


def _page_number(section) -> None:  # noqa: ANN001 - docx Section
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    p._p.append(field)


def _row_flag(row, flag: str) -> None:  # noqa: ANN001 - docx _Row
    """``w:tblHeader`` (repeat the row on every page) or ``w:cantSplit`` (keep it on one page)."""
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement(flag)
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _table(doc, t: Table) -> None:  # noqa: ANN001 - docx Document
    table = doc.add_table(rows=1, cols=len(t.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = [Cm(TEXT_WIDTH_CM * w / sum(t.widths)) for w in t.widths]
    for column, w in zip(table.columns, widths):  # the grid: LibreOffice reads these, Word the cells'
        column.width = w
    head = table.rows[0]
    _row_flag(head, "w:tblHeader")
    for cell, name, w in zip(head.cells, t.columns, widths):
        cell.width = w
        p = cell.paragraphs[0]
        run = p.add_run(name)
        run.font.bold = True
        run.font.size = Pt(TABLE_PT)
    for row in t.rows:
        added = table.add_row()
        _row_flag(added, "w:cantSplit")
        cells = added.cells
        for cell, parts, w in zip(cells, row, widths):
            cell.width = w
            _inline(cell.paragraphs[0], parts, TABLE_PT)
    if t.caption:
        p = doc.add_paragraph(style="Caption")
        _inline(p, [t.caption], NOTE_PT)


def render_docx(report: Report) -> bytes:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3.0), Cm(1.5)
    section.top_margin = section.bottom_margin = Cm(2.0)
    _page_number(section)
    normal = doc.styles["Normal"]
    _font(normal, BODY_PT)
    normal.paragraph_format.space_after = Pt(4)
    for name, size in (("Heading 1", BODY_PT), ("Caption", NOTE_PT)):
        _font(doc.styles[name], size, bold=name != "Caption")
    doc.styles["Caption"].font.italic = False
    doc.styles["Heading 1"].paragraph_format.space_before = Pt(12)
    doc.styles["Heading 1"].paragraph_format.keep_with_next = True
    doc.core_properties.title = f"{report.title.capitalize()} {report.subject}"
    doc.core_properties.language = "ru-RU"

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(report.title)
    run.font.size, run.font.bold = Pt(15), True
    for text, bold in ((report.subject, True), (f"({report.as_of}{'; ' + report.period if report.period else ''})",
                                                False)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).font.bold = bold
    for s in report.sections:
        doc.add_heading(f"{s.number}. {s.title}", level=1)
        for b in s.blocks:
            if isinstance(b, Para):
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                if b.kind in ("", "missing"):
                    p.paragraph_format.first_line_indent = Cm(1.25)
                _inline(p, b.parts)
                if b.kind:
                    for run in p.runs:
                        run.font.italic = True
            elif isinstance(b, Table):
                _table(doc, b)
            elif isinstance(b, Figure):
                doc.add_picture(io.BytesIO(b.png), width=Cm(16))
                doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
                cap = doc.add_paragraph(b.caption, style="Caption")
                cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if report.notes:
        doc.add_heading("Источники", level=1)
        for n in report.notes:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            run = p.add_run(f"{n.number}. {note_text(n)}" + (" " if n.url else ""))
            run.font.size = Pt(NOTE_PT)
            if n.url:
                _hyperlink(p, n.url)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    run = p.add_run(report.footer)
    run.font.size = Pt(NOTE_PT)
    run.font.italic = True
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
