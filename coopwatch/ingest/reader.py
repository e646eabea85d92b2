"""Walk inputs and turn each into a ``Document`` or a ``ReadFailure`` — never an exception."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coopwatch.ingest.decode import UndecodableError, decode
from coopwatch.ingest.html import looks_like_html, parse_html
from coopwatch.ingest.published import find_published
from coopwatch.ingest.textfile import parse_corpus_text
from coopwatch.models import Document

TEXT_SUFFIXES = {".txt", ".text", ".htm", ".html", ".jsonl"}
# A news article is a few kilobytes; a file far beyond that is a dump or a mistake. We read its
# beginning and say so instead of spending an hour of NLP on it.
MAX_CHARS = 200_000
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ReadFailure:
    """An input that gave no document, and why (in Russian, for the user)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Source:
    name: str  # path as given, or "-" for stdin
    doc_id: str
    path: Path | None = None


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Source | ReadFailure]:
    """Files as given, folders walked recursively (sorted), ``-`` for standard input."""
    for p in paths:
        if str(p) == "-":
            yield Source(name="-", doc_id="stdin")
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and not f.name.startswith("."):
                    yield Source(name=str(f), doc_id=f.stem, path=f)
        elif path.is_file():
            yield Source(name=str(path), doc_id=path.stem, path=path)
        else:
            yield ReadFailure(str(p), "файл или папка не найдены")


def count_documents(paths: Iterable[str | Path]) -> int | None:
    """How many documents and failures ``read_paths`` will give (for a progress bar): a file is
    one, a JSON Lines file one per non-blank line; None when standard input is among them."""
    n = 0
    for src in iter_sources(paths):
        if isinstance(src, Source) and src.path is None:
            return None
        if isinstance(src, Source) and src.path.suffix.lower() == ".jsonl":
            try:
                with open(src.path, "rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return n


def read_paths(paths: Iterable[str | Path]) -> Iterator[Document | ReadFailure]:
    """Every document found under ``paths``, in a stable order."""
    for src in iter_sources(paths):
        if isinstance(src, ReadFailure):
            yield src
            continue
        try:
            if src.path is None:
                data = sys.stdin.buffer.read(MAX_BYTES + 1)
            else:
                with open(src.path, "rb") as fh:
                    data = fh.read(MAX_BYTES + 1)
        except OSError as e:
            yield ReadFailure(src.name, f"не удалось прочитать: {e.strerror or e}")
            continue
        if src.path is not None and src.path.suffix.lower() == ".jsonl":
            yield from read_jsonl(data, src.name)
        else:
            yield read_bytes(data, src.name, src.doc_id)


def read_bytes(data: bytes, source: str, doc_id: str, url: str | None = None) -> Document | ReadFailure:
    """One document from raw bytes: plain corpus text or an HTML page."""
    warnings: list[str] = []
    if len(data) > MAX_BYTES:
        data = data[:MAX_BYTES]
        warnings.append(f"файл больше {MAX_BYTES // 2**20} МБ: прочитано только начало")
    if not data.strip():
        return ReadFailure(source, "пустой файл")
    try:
        raw, encoding = decode(data)
    except UndecodableError as e:
        return ReadFailure(source, str(e))
    if encoding != "utf-8":
        warnings.append(f"кодировка {encoding}")
    if looks_like_html(data):
        page = parse_html(raw, url=url)
        text, url, published = page.text, page.url, page.published
        if not text.strip():
            return ReadFailure(source, "в HTML-странице не найден основной текст")
    else:
        parsed = parse_corpus_text(raw)
        text, url, published = parsed.text, parsed.url or url, parsed.published
    return make_document(doc_id, text, source=source, url=url, published=published, warnings=warnings)


def make_document(doc_id: str, text: str, *, source: str | None = None, url: str | None = None,
                  published: date | None = None, warnings: list[str] | None = None) -> Document | ReadFailure:
    """Final checks shared by every reader: size cap, empty text, publication date."""
    warnings = list(warnings or [])
    if not text.strip():
        return ReadFailure(source or doc_id, "в документе нет текста")
    if len(text) > MAX_CHARS:
        warnings.append(f"текст длиннее {MAX_CHARS:,} символов: обработано только начало".replace(",", " "))
        text = text[:MAX_CHARS]
    if published is None:
        published = find_published(text)
    return Document(id=doc_id, text=text, url=url, published=published, source=source,
                    meta={"warnings": warnings} if warnings else {})


def read_jsonl(data: bytes, source: str) -> Iterator[Document | ReadFailure]:
    """JSON Lines of ``{"id", "text", "url"?, "published"?}`` — what the crawler writes."""
    try:
        raw, _ = decode(data)
    except UndecodableError as e:
        yield ReadFailure(source, str(e))
        return
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            obj = json.loads(line)
            doc_id = str(obj.get("id") or obj.get("doc") or f"{Path(source).stem}-{n}")
            published = obj.get("published")
            published = date.fromisoformat(published[:10]) if published else None
            yield make_document(doc_id, str(obj.get("text") or ""), source=where, url=obj.get("url"),
                                published=published)
        except (ValueError, TypeError, AttributeError) as e:
            yield ReadFailure(where, f"строка не разобрана как документ JSON: {e}")
