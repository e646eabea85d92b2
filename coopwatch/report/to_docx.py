"""The report as a Word document (python-docx), set like an official note: A4, Times New Roman,
margins 30/15/20/20 mm, the title centred, numbered section headings (the «Heading 1» style, so
a reader's navigation pane and a program reading the file find them), tables with a header row
repeated on each page, references as superscript numbers of the endnotes («Источники»), page
numbers in the footer, the chart as a picture."""

from __future__ import annotations

import io
import re
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from coopwatch.report.model import Cell, Figure, Para, Ref, Report, Table, note_text, ref_text

FONT = "Times New Roman"
TABLE_STYLE = "Текст таблицы"
BODY_PT, TABLE_PT, NOTE_PT = 13, 10.5, 10
TEXT_WIDTH_CM = 21.0 - 3.0 - 1.5
TWIPS_PER_CM = 1440 / 2.54
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML


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


def _inline(p: Paragraph, parts: Cell) -> None:
    for part in parts:
        if isinstance(part, Ref):
            p.add_run(ref_text(part)).font.superscript = True
        else:
            p.add_run(part)


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


def _runs(parts: Cell, bold: bool = False) -> str:
    """WordprocessingML runs of a cell: text, and references as superscript."""
    out = []
    for part in parts:
        sup = isinstance(part, Ref)
        text = escape(CONTROL.sub("", ref_text(part) if sup else part))
        props = ("<w:b/>" if bold else "") + ('<w:vertAlign w:val="superscript"/>' if sup else "")
        out.append(f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>')
    return "".join(out)


def _table(doc, t: Table) -> None:  # noqa: ANN001 - docx Document
    """A table as one piece of WordprocessingML, parsed once: python-docx's cell-by-cell calls cost
    a second and more for the few hundred rows of a large pair. The grid and each cell carry the
    widths (LibreOffice reads the one, Word the other); the header row repeats on each page, no
    row breaks across pages; cell text in the table paragraph style."""
    style = doc.styles[TABLE_STYLE].style_id
    grid = doc.styles["Table Grid"].style_id
    widths = [round(TEXT_WIDTH_CM * w / sum(t.widths) * TWIPS_PER_CM) for w in t.widths]

    def row(cells: list[Cell], flag: str, bold: bool = False) -> str:
        tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="{style}"/>'
                      f"</w:pPr>{_runs(c, bold)}</w:p></w:tc>" for c, w in zip(cells, widths))
        return f"<w:tr><w:trPr><{flag}/></w:trPr>{tcs}</w:tr>"

    xml = (f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="{grid}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
           'w:noVBand="1"/></w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
           + "</w:tblGrid>" + row([[c] for c in t.columns], "w:tblHeader", bold=True)
           + "".join(row(r, "w:cantSplit") for r in t.rows) + "</w:tbl>")
    doc.element.body._insert_tbl(parse_xml(xml))
    if t.caption:
        p = doc.add_paragraph(style="Caption")
        _inline(p, [t.caption])


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
    cells = doc.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    cells.base_style = normal
    _font(cells, TABLE_PT)
    cells.paragraph_format.space_after = Pt(0)
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
