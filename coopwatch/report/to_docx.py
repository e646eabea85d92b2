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

from coopwatch.report.model import Cell, Figure, Para, Ref, Report, Table, note_text, ref_text

FONT = "Times New Roman"
TABLE_STYLE = "Текст таблицы"
TITLE_PT, BODY_PT, TABLE_PT, NOTE_PT = 15, 13, 10.5, 10
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


def _content(text: str) -> str:
    """The inside of a ``w:r`` for ``text`` as python-docx's ``Run.text`` writes it: a tab as
    ``w:tab``, a line break as ``w:br``, spaces at either end kept; characters XML does not
    allow left out."""
    out = []
    for piece in re.split(r"([\t\r\n])", CONTROL.sub("", text)):
        if piece == "\t":
            out.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            out.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if len(piece.strip()) < len(piece) else ""
            out.append(f"<w:t{space}>{escape(piece)}</w:t>")
    return "".join(out)


def _run(text: str, props: str = "") -> str:
    """A ``w:r`` with its properties (WordprocessingML in the schema's order)."""
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}{_content(text)}</w:r>'


def _runs(parts: Cell, italic: bool = False) -> str:
    """The runs of a paragraph: text, and references as superscript."""
    out = []
    for part in parts:
        sup = isinstance(part, Ref)
        props = ("<w:i/>" if italic else "") + ('<w:vertAlign w:val="superscript"/>' if sup else "")
        out.append(_run(ref_text(part) if sup else part, props))
    return "".join(out)


def _cell_runs(parts: Cell, bold: bool = False) -> str:
    """The runs of a table cell: every text kept whole in one ``w:t``."""
    out = []
    for part in parts:
        sup = isinstance(part, Ref)
        text = escape(CONTROL.sub("", ref_text(part) if sup else part))
        props = ("<w:b/>" if bold else "") + ('<w:vertAlign w:val="superscript"/>' if sup else "")
        out.append(f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>')
    return "".join(out)


def _paragraph(runs: str, props: str = "") -> str:
    return f'<w:p>{f"<w:pPr>{props}</w:pPr>" if props else ""}{runs}</w:p>'


class _Body:
    """The document's body written as WordprocessingML and parsed once, in its own tree that then
    takes the place of the template's body. python-docx looks for the body's end at each paragraph
    and run it adds, and through every relationship for each hyperlink, and lxml moves a parsed
    table into another tree node by node: all quadratic — 1.2-1.4 s of processor time for the
    1,340 endnotes and long tables of a place with all its partners. Only the chart is added by
    python-docx (its image part), then lifted out of the template's body into its place."""

    def __init__(self, doc) -> None:  # noqa: ANN001 - docx Document
        self.doc = doc
        self.pending: list[str] = []
        self.figures: dict[int, object] = {}  # place in ``pending`` → the picture's paragraph
        self.styles = {name: doc.styles[name].style_id for name in ("Heading 1", "Caption", TABLE_STYLE, "Table Grid")}
        self.rels = doc.part.rels
        self.links = {r.target_ref: r.rId for r in self.rels.values()
                      if r.is_external and r.reltype == RELATIONSHIP_TYPE.HYPERLINK}
        self.next_rid = 1

    def add(self, xml: str) -> None:
        """One paragraph or table."""
        self.pending.append(xml)

    def heading(self, text: str) -> None:
        self.add(_paragraph(_run(text), f'<w:pStyle w:val="{self.styles["Heading 1"]}"/>'))

    def caption(self, text: str, centred: bool = False) -> None:
        self.add(_paragraph(_run(text), f'<w:pStyle w:val="{self.styles["Caption"]}"/>'
                            + ('<w:jc w:val="center"/>' if centred else "")))

    def picture(self, png: bytes, width: Cm) -> None:
        """The picture's paragraph, centred (python-docx: the image part and its drawing)."""
        self.doc.add_picture(io.BytesIO(png), width=width)
        p = self.doc.paragraphs[-1]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p._p.getparent().remove(p._p)
        self.figures[len(self.pending)] = p._p
        self.add("<w:p/>")

    def link(self, url: str) -> str:
        """The relationship id of an external hyperlink, one per URL, numbered as python-docx
        numbers them (the first free ``rIdN``)."""
        rid = self.links.get(url)
        if rid is None:
            while f"rId{self.next_rid}" in self.rels:
                self.next_rid += 1
            rid = f"rId{self.next_rid}"
            self.rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, url, rid, is_external=True)
            self.links[url] = rid
        return rid

    def done(self) -> None:
        """The written body, the pictures and the section's properties, in place of the template's."""
        old = self.doc.element.body
        body = parse_xml(f'<w:body {nsdecls("w", "r")}>{"".join(self.pending)}</w:body>')
        for i, p in self.figures.items():
            body.replace(body[i], p)
        for el in list(old):  # the section's properties (page size, margins, footer)
            body.append(el)
        self.doc.element.replace(old, body)
        self.pending = []


def _table(body: _Body, t: Table) -> None:
    """A table: the grid and each cell carry the widths (LibreOffice reads the one, Word the
    other); the header row repeats on each page, no row breaks across pages; cell text in the
    table paragraph style."""
    style, grid = body.styles[TABLE_STYLE], body.styles["Table Grid"]
    widths = [round(TEXT_WIDTH_CM * w / sum(t.widths) * TWIPS_PER_CM) for w in t.widths]

    def row(cells: list[Cell], flag: str, bold: bool = False) -> str:
        tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="{style}"/>'
                      f"</w:pPr>{_cell_runs(c, bold)}</w:p></w:tc>" for c, w in zip(cells, widths))
        return f"<w:tr><w:trPr><{flag}/></w:trPr>{tcs}</w:tr>"

    body.add(f'<w:tbl><w:tblPr><w:tblStyle w:val="{grid}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
             '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
             '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" '
             'w:noVBand="1"/></w:tblPr><w:tblGrid>' + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
             + "</w:tblGrid>" + row([[c] for c in t.columns], "w:tblHeader", bold=True)
             + "".join(row(r, "w:cantSplit") for r in t.rows) + "</w:tbl>")
    if t.caption:
        body.caption(t.caption)


def _para(b: Para) -> str:
    """A body paragraph, justified; body text and what the base lacks indented; lead sentences
    and what is missing in italics."""
    indent = f'<w:ind w:firstLine="{Cm(1.25).twips}"/>' if b.kind in ("", "missing") else ""
    return _paragraph(_runs(b.parts, italic=bool(b.kind)), indent + '<w:jc w:val="both"/>')


def _note(body: _Body, n) -> str:  # noqa: ANN001 - model Note
    """An endnote: its number and text, then the link."""
    size = f'<w:sz w:val="{int(NOTE_PT * 2)}"/>'
    link = ""
    if n.url:
        link = (f'<w:hyperlink r:id="{body.link(n.url)}"><w:r><w:rPr><w:color w:val="1F4E8C"/><w:u w:val="single"/>'
                f"{size}</w:rPr><w:t>{escape(CONTROL.sub('', n.url))}</w:t></w:r></w:hyperlink>")
    text = f"{n.number}. {note_text(n)}" + (" " if n.url else "")
    return _paragraph(_run(text, size) + link, f'<w:spacing w:after="{Pt(1).twips}"/>')


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

    body = _Body(doc)
    centred = '<w:jc w:val="center"/>'
    body.add(_paragraph(_run(report.title, f'<w:b/><w:sz w:val="{int(TITLE_PT * 2)}"/>'), centred))
    body.add(_paragraph(_run(report.subject, "<w:b/>"), centred))
    body.add(_paragraph(_run(f"({report.as_of}{'; ' + report.period if report.period else ''})", '<w:b w:val="0"/>'),
                        centred))
    for s in report.sections:
        body.heading(f"{s.number}. {s.title}")
        for b in s.blocks:
            if isinstance(b, Para):
                body.add(_para(b))
            elif isinstance(b, Table):
                _table(body, b)
            elif isinstance(b, Figure):
                body.picture(b.png, Cm(16))
                body.caption(b.caption, centred=True)
    if report.notes:
        body.heading("Источники")
        for n in report.notes:
            body.add(_note(body, n))
    body.add(_paragraph(_run(report.footer, f'<w:i/><w:sz w:val="{int(NOTE_PT * 2)}"/>'),
                        f'<w:spacing w:before="{Pt(12).twips}"/>'))
    body.done()
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
