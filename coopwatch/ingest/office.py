"""Text of office documents an editor uploads: Word (DOCX, with python-docx) and PDF (with pypdf).
Each reader returns a ``Document`` or a ``ReadFailure`` naming the file and the reason — a broken
or encrypted file is reported, never raised."""

from __future__ import annotations

import io
import logging

from coopwatch.ingest.reader import MAX_BYTES, ReadFailure, make_document, read_bytes
from coopwatch.models import Document

SUFFIXES = {".txt": "text", ".text": "text", ".htm": "text", ".html": "text", ".docx": "docx", ".pdf": "pdf"}


def docx_text(data: bytes) -> str:
    """Paragraphs and table cells in the order of the document, one paragraph a line."""
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text.strip() for cell in row.cells))
    return "\n".join(line.strip() for line in lines if line.strip())


def pdf_text(data: bytes) -> str:
    """The text layer of every page (a scanned PDF without one gives nothing: it needs OCR)."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd files go to our message
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise ValueError("PDF зашифрован паролем")
    return "\n".join((page.extract_text() or "").strip() for page in reader.pages).strip()


def read_upload(data: bytes, filename: str, doc_id: str) -> Document | ReadFailure:
    """One uploaded file by its extension: text or HTML as ``coopwatch ingest`` reads them, DOCX, PDF."""
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    kind = SUFFIXES.get(suffix)
    if kind is None:
        return ReadFailure(filename, f"тип файла «{suffix or 'без расширения'}» не поддерживается: "
                                     "подходят .txt, .html, .docx, .pdf")
    if not data.strip():
        return ReadFailure(filename, "пустой файл")
    if len(data) > MAX_BYTES:
        return ReadFailure(filename, f"файл больше {MAX_BYTES // 2**20} МБ")
    if kind == "text":
        return read_bytes(data, filename, doc_id)
    return read_office(data, suffix, filename, doc_id)


def read_office(data: bytes, suffix: str, filename: str, doc_id: str) -> Document | ReadFailure:
    """A Word (``.docx``) or PDF file's text as a document — for the upload form and for ``coopwatch
    ingest``, ``extract`` and the other commands that read files and folders."""
    kind = SUFFIXES[suffix]
    if not data.strip():
        return ReadFailure(filename, "пустой файл")
    what = "DOCX" if kind == "docx" else "PDF"
    try:
        text = docx_text(data) if kind == "docx" else pdf_text(data)
    except ValueError as e:  # ours, in Russian (an encrypted PDF)
        return ReadFailure(filename, f"не удалось прочитать {what}: {e}")
    except Exception:  # noqa: BLE001 - a broken file of any kind is reported by name, never raised
        # the libraries' own words are English and technical: the editor is told what to do
        return ReadFailure(filename, f"не удалось прочитать {what}: файл повреждён или это не {what}")
    if not text.strip():
        return ReadFailure(filename, "в файле нет текста" + (" (скан без текстового слоя?)" if kind == "pdf" else ""))
    return make_document(doc_id, text, source=filename)
