"""What a report says, apart from how a format draws it: numbered sections of paragraphs, tables
and figures, every statement followed by references to numbered endnotes (the sources). The
writers (``docx``, ``html``, ``markdown``) render this one model, so every format says the same."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from coopwatch.kb.views import Source


@dataclass(frozen=True)
class Ref:
    """References to endnotes, drawn as a superscript "1–3, 7"; ``more`` sources left out."""

    notes: tuple[int, ...]
    more: int = 0


Inline = str | Ref  # a run of text, or the references after a statement


@dataclass
class Para:
    parts: list[Inline]
    kind: str = ""  # "" (body), "lead" (the sentence under a heading), "missing" (what the base lacks)

    @property
    def text(self) -> str:
        return "".join(p for p in self.parts if isinstance(p, str))


Cell = list[Inline]


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Cell]]
    widths: list[float]  # relative column widths
    caption: str = ""


@dataclass
class Figure:
    """A picture. Its PNG may still be drawing in another process (``chart.trade_png_later``)
    while the report is built: ``png`` waits for it."""

    drawn: bytes | Callable[[], bytes]
    caption: str
    alt: str

    @property
    def png(self) -> bytes:
        if callable(self.drawn):
            self.drawn = self.drawn()
        return self.drawn


Block = Para | Table | Figure


@dataclass
class Section:
    number: int
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Note:
    number: int
    document_id: int
    outlet: str | None
    published: date | None
    url: str | None
    headline: str | None  # how the document is named to readers (never its file name)


@dataclass
class Report:
    title: str  # "СПРАВКА"
    subject: str  # "о сотрудничестве: Республика Татарстан — Республика Беларусь"
    as_of: str  # "по состоянию на 5 мая 2026"
    period: str  # "за период: 2019–2026 годы" or ""
    sections: list[Section]
    notes: list[Note]
    footer: str
    filename: str  # a file name stem without the extension, ASCII ("spravka-RU-TA-BY")
    empty: bool = False  # the base holds nothing for this report


MAX_REFS = 5  # documents cited after one statement; the rest counted as "и ещё N"


class Notes:
    """Endnotes numbered in the order a reader meets them, one per document."""

    def __init__(self) -> None:
        self._by_doc: dict[int, Note] = {}

    def cite(self, sources: list[Source], only_documents: list[int] | None = None) -> Ref:
        """References to the documents of ``sources`` (or to those of them in ``only_documents``):
        one per story first, then the other copies, at most MAX_REFS."""
        chosen = [s for s in sources if only_documents is None or s.document_id in only_documents]
        by_doc: dict[int, Source] = {}
        for s in sorted(chosen, key=lambda s: (s.published is None, s.published or date.min, s.document_id)):
            by_doc.setdefault(s.document_id, s)
        stories: set = set()
        first, rest = [], []
        for s in by_doc.values():
            key = s.story_id if s.story_id is not None else ("doc", s.document_id)
            (rest if key in stories else first).append(s)
            stories.add(key)
        ordered = first + rest
        numbers = tuple(sorted(self._note(s).number for s in ordered[:MAX_REFS]))
        return Ref(numbers, max(0, len(ordered) - MAX_REFS))

    def _note(self, s: Source) -> Note:
        n = self._by_doc.get(s.document_id)
        if n is None:
            n = Note(len(self._by_doc) + 1, s.document_id, s.outlet, s.published, s.url, s.headline)
            self._by_doc[s.document_id] = n
        return n

    def all(self) -> list[Note]:
        return sorted(self._by_doc.values(), key=lambda n: n.number)


def note_text(n: Note) -> str:
    """An endnote without its link: "ria.ru, «Татарстан и Беларусь подписали план», 12 марта 2024";
    a document is named by its outlet and headline, never by its file name."""
    from coopwatch.wording import ru_date

    who = ", ".join(x for x in [n.outlet, f"«{n.headline.rstrip('.')}»" if n.headline else None] if x) \
        or "документ без заголовка"
    when = ru_date(n.published, empty="дата публикации не указана")
    tail = "" if n.url else ", адрес не указан"
    text = f"{who}, {when}{tail}"
    return text if text.endswith(".") else text + "."


def ref_text(r: Ref) -> str:
    """"[1–3, 7]", "[1, 2, 3, 4, 5 и ещё 2]"."""
    from coopwatch.report.words import refs_text

    return f"[{refs_text(list(r.notes))}{f' и ещё {r.more}' if r.more else ''}]"
