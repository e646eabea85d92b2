"""Walk inputs and turn each into a ``Document`` or a ``ReadFailure`` — never an exception.

Folders are walked in name order, following symbolic links to folders once (a link back into a
folder being walked is a loop, reported). What cannot be read is reported by name with its
reason and the walk goes on: a folder without read permission, a link to nowhere or in a circle,
a named pipe, a device or a socket, a name that is not valid UTF-8.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coopwatch.ingest.decode import UndecodableError, decode, replaced
from coopwatch.ingest.html import looks_like_html, parse_html
from coopwatch.ingest.published import find_published
from coopwatch.ingest.textfile import parse_corpus_text
from coopwatch.models import Document
from coopwatch.wording.numbers import count
from coopwatch.wording.problems import json_problem

TEXT_SUFFIXES = {".txt", ".text", ".htm", ".html", ".jsonl"}
OFFICE_SUFFIXES = {".docx", ".pdf"}  # read by coopwatch.ingest.office, as the web's upload form does
ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")  # web archives (coopwatch.crawl.warc)
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
class Skipped:
    """A file a folder scan leaves alone on purpose (not a document format, hidden), and why: named
    in the run's warnings, not counted as a failure."""

    source: str
    reason: str


@dataclass(frozen=True)
class Source:
    name: str  # path as given, or "-" for stdin
    doc_id: str
    path: Path | None = None


def shown(path: str | os.PathLike[str]) -> str:
    """A path as it can be printed and stored: bytes that are not UTF-8 as \\xNN escapes."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def _valid_name(path: str | os.PathLike[str]) -> bool:
    try:
        os.fspath(path).encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes arrive as lone surrogates (surrogateescape)
        return False
    return True


NOT_UTF8 = "имя файла не в кодировке UTF-8: файл пропущен (переименуйте его)"


def _readable_name(path: Path) -> bool:
    """A file a folder walk reads: a text file, a page, JSON Lines, a web archive."""
    return (path.suffix.lower() in TEXT_SUFFIXES | OFFICE_SUFFIXES
            or path.name.lower().endswith(ARCHIVE_SUFFIXES))


def _kind(mode: int) -> str | None:
    """Why a file system entry that is not a folder or a regular file cannot be read as a document."""
    if stat.S_ISFIFO(mode):
        return "именованный канал (FIFO), а не файл: пропущен"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "устройство, а не файл: пропущено"
    if stat.S_ISSOCK(mode):
        return "сокет, а не файл: пропущен"
    return None


def _stat_failure(path: Path, e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "символическая ссылка по кругу: пропущена"
    if e.errno == errno.ENOENT and path.is_symlink():
        return "символическая ссылка ведёт в никуда: пропущена"
    if e.errno == errno.ENOENT:
        return "файл или папка не найдены"
    if e.errno == errno.EACCES:
        return "нет прав на чтение"
    return f"не удалось прочитать: {e.strerror or e}"


def _skipped_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    what = f"«{suffix}»" if suffix else "без расширения"
    readable = [*sorted(TEXT_SUFFIXES | OFFICE_SUFFIXES), *ARCHIVE_SUFFIXES]
    return f"пропущен: не документ ({what}; читаются {', '.join(readable)})"


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Source | ReadFailure | Skipped]:
    """Files as given, folders walked recursively (sorted), ``-`` for standard input."""
    for p in paths:
        if str(p) == "-":
            yield Source(name="-", doc_id="stdin")
            continue
        yield from _entry(Path(p), given=True, walking=set())


def _entry(path: Path, *, given: bool, walking: set[tuple[int, int]]) -> Iterator[Source | ReadFailure | Skipped]:
    """One path: a file (given by name, or a text file in a folder), or a folder to walk."""
    name = shown(path)
    if not _valid_name(path):
        if given or _readable_name(path) or path.is_dir():
            yield ReadFailure(name, NOT_UTF8)
        else:
            yield Skipped(name, "пропущен: имя файла не в кодировке UTF-8, и это не документ")
        return
    try:
        st = path.stat()
    except OSError as e:  # in a folder: said of text files and of what may be a folder
        if given or _readable_name(path) or not path.suffix or e.errno == errno.ELOOP:
            yield ReadFailure(name, _stat_failure(path, e))
        else:
            yield Skipped(name, f"пропущен: {_stat_failure(path, e)}")
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _folder(path, st, walking)
    elif stat.S_ISREG(st.st_mode):
        if given or _readable_name(path):
            yield Source(name=name, doc_id=path.stem, path=path)
        else:
            yield Skipped(name, _skipped_kind(path))
    elif given or _readable_name(path):
        yield ReadFailure(name, _kind(st.st_mode) or "не обычный файл: пропущен")
    else:
        yield Skipped(name, _kind(st.st_mode) or "не обычный файл: пропущен")


def _folder(path: Path, st: os.stat_result, walking: set[tuple[int, int]]) -> Iterator[Source | ReadFailure]:
    key = (st.st_dev, st.st_ino)
    if key in walking:
        yield ReadFailure(shown(path), "символическая ссылка на папку, которая уже читается (цикл): пропущена")
        return
    try:
        with os.scandir(path) as it:
            names = sorted(e.name for e in it)
    except OSError as e:
        reason = "нет прав на чтение папки" if e.errno == errno.EACCES else f"папка не читается: {e.strerror or e}"
        yield ReadFailure(shown(path), reason)
        return
    walking.add(key)
    try:
        for n in names:
            if n.startswith("."):  # not walked into (.git, .cache), but named
                yield Skipped(shown(path / n), "пропущен: скрытый файл или папка (имя начинается с точки)")
            else:
                yield from _entry(path / n, given=False, walking=walking)
    finally:
        walking.discard(key)


def count_documents(paths: Iterable[str | Path]) -> int | None:
    """How many documents and failures ``read_paths`` will give (for a progress bar): a file is
    one, a JSON Lines file one per non-blank line; None when standard input or a web archive (of
    any number of pages) is among them."""
    n = 0
    for src in iter_sources(paths):
        if isinstance(src, Skipped):
            continue
        if isinstance(src, Source) and (src.path is None or src.path.name.lower().endswith(ARCHIVE_SUFFIXES)):
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


def read_paths(paths: Iterable[str | Path]) -> Iterator[Document | ReadFailure | Skipped]:
    """Every document found under ``paths``, in a stable order, and every file a folder scan left
    alone (``Skipped``, with the reason)."""
    for src in iter_sources(paths):
        if isinstance(src, ReadFailure | Skipped):
            yield src
            continue
        if src.path is not None and src.path.name.lower().endswith(ARCHIVE_SUFFIXES):
            from coopwatch.crawl.warc import read_warc

            yield from read_warc(src.path, src.name)
            continue
        if src.path is not None and src.path.suffix.lower() == ".jsonl":
            yield from _jsonl_file(src.path, src.name)
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
        if src.path is not None and src.path.suffix.lower() in OFFICE_SUFFIXES:
            from coopwatch.ingest.office import read_office

            yield read_office(data[:MAX_BYTES], src.path.suffix.lower(), src.name, src.doc_id)
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
        warnings.append(encoding_note(encoding))
    elif bad := replaced(raw, data):
        warnings.append(f"{count(bad, 'байт')} не в кодировке UTF-8: заменены знаком «\ufffd», остальной текст прочитан")
    if looks_like_html(data):
        page = parse_html(raw, url=url)
        text, url, published = page.text, page.url, page.published
        if not text.strip():
            return ReadFailure(source, "в HTML-странице не найден основной текст")
    else:
        parsed = parse_corpus_text(raw)
        text, url, published = parsed.text, parsed.url or url, parsed.published
    return make_document(doc_id, text, source=source, url=url, published=published, warnings=warnings)


ENCODING_NAMES = {"cp1251": "Windows-1251", "koi8_r": "KOI8-R", "cp866": "DOS (CP866)",
                  "mac_cyrillic": "Mac Cyrillic", "utf-16": "UTF-16", "utf-32": "UTF-32"}


def encoding_note(encoding: str) -> str:
    """What a reader says of a text that was not UTF-8: «текст не в UTF-8: прочитан как Windows-1251»."""
    return f"текст не в UTF-8: прочитан как {ENCODING_NAMES.get(encoding, encoding)}"


def make_document(doc_id: str, text: str, *, source: str | None = None, url: str | None = None,
                  published: date | None = None, warnings: list[str] | None = None) -> Document | ReadFailure:
    """Final checks shared by every reader: NUL characters dropped (SQLite and PostgreSQL then
    store the same text), size cap, empty text, publication date."""
    warnings = list(warnings or [])
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("в тексте были символы NUL: удалены")
    if not text.replace("\ufeff", "").strip():
        return ReadFailure(source or doc_id, "в документе нет текста")
    if len(text) > MAX_CHARS:
        warnings.append(f"текст длиннее {MAX_CHARS:,} символов: обработано только начало".replace(",", " "))
        text = text[:MAX_CHARS]
    if published is None:
        published = find_published(text)
    return Document(id=doc_id, text=text, url=url, published=published, source=source,
                    meta={"warnings": warnings} if warnings else {})


def _jsonl_file(path: Path, source: str) -> Iterator[Document | ReadFailure]:
    """A JSON Lines file of any size: read whole up to the size cap (so a file in another encoding
    is still recognised), line by line beyond it — an archive export of millions of lines is read
    to its end, one line in memory at a time."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(MAX_BYTES + 1)
            if len(head) <= MAX_BYTES:
                yield from read_jsonl(head, source)
                return
            fh.seek(0)
            yield from _jsonl_documents(_utf8_lines(fh, source), source)
    except OSError as e:
        yield ReadFailure(source, f"не удалось прочитать: {e.strerror or e}")


def _utf8_lines(fh, source: str) -> Iterator[tuple[int, str | ReadFailure]]:  # noqa: ANN001 - a binary file
    for n, raw in enumerate(fh, 1):
        if len(raw) > MAX_BYTES:
            yield n, ReadFailure(source, f"строка длиннее {MAX_BYTES // 2**20} МБ")
            continue
        yield _decoded_line(n, raw.rstrip(b"\n"), source)


def read_jsonl(data: bytes, source: str) -> Iterator[Document | ReadFailure]:
    """JSON Lines of ``{"id", "text", "url"?, "published"?}`` — what the crawler writes. Each line is
    decoded and read alone: a bad line (bytes that are not UTF-8, broken JSON, a wrong field) is
    reported with its number, and the other lines are kept."""
    lines = _jsonl_lines(data, source)
    if isinstance(lines, ReadFailure):
        yield lines
        return
    yield from _jsonl_documents(lines, source)


def _jsonl_documents(lines: Iterable[tuple[int, str | ReadFailure]], source: str) -> Iterator[Document | ReadFailure]:
    for n, line in lines:
        where = f"{source}:{n}"
        if isinstance(line, ReadFailure):
            yield ReadFailure(where, line.reason)
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadFailure(where, f"строка не разобрана как документ JSON: {json_problem(e)}")
            continue
        except RecursionError:
            yield ReadFailure(where, "строка не разобрана как документ JSON: слишком глубокая вложенность")
            continue
        if not isinstance(obj, dict):
            yield ReadFailure(where, "строка не разобрана как документ JSON: строка — не объект JSON {…}")
            continue
        doc_id = str(obj.get("id") or obj.get("doc") or f"{Path(source).stem}-{n}")
        published, warnings = _published(obj.get("published"))
        url = obj.get("url")
        yield make_document(doc_id, str(obj.get("text") or ""), source=where,
                            url=url if isinstance(url, str) and url.strip() else None, published=published,
                            warnings=warnings)


def _published(value: object) -> tuple[date | None, list[str]]:
    """A JSON line's publication date: ISO ("2026-02-18", "2026-02-18T10:00:00+03:00"), or written
    out ("18 февраля 2026"). A value that is neither keeps the document, without a date and with a
    warning (its text's own dateline may still give one)."""
    if value is None or value == "":
        return None, []
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10]), []
        except ValueError:
            from coopwatch.nlp.grammars.date import find_dates, is_full

            for m in find_dates(value):
                if is_full(m.value):
                    try:
                        return date(m.value.year, m.value.month, m.value.day), []
                    except ValueError:
                        break
    shown = str(value)[:60]
    return None, [f"дата публикации «{shown}» не разобрана (ожидается ГГГГ-ММ-ДД): документ прочитан без неё"]


def _decoded_line(n: int, line: bytes, source: str) -> tuple[int, str | ReadFailure]:
    if n == 1 and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        return n, line.replace(b"\x00", b"").decode("utf-8").rstrip("\r")
    except UnicodeDecodeError:
        return n, ReadFailure(source, "строка не в кодировке UTF-8")


def _jsonl_lines(data: bytes, source: str) -> list[tuple[int, str | ReadFailure]] | ReadFailure:
    """The numbered lines of a JSON Lines file, each decoded alone (UTF-8, NUL bytes dropped); a
    file mostly in another encoding (UTF-16, Windows-1251) is decoded whole."""
    raw = data.split(b"\n")
    out = [_decoded_line(n, line, source) for n, line in enumerate(raw, 1)]
    bad = sum(1 for _, x in out if isinstance(x, ReadFailure))
    if bad * 2 <= sum(1 for line in raw if line.strip()):
        return out
    try:
        text, _ = decode(data)
    except UndecodableError as e:
        return ReadFailure(source, str(e))
    return list(enumerate(text.splitlines(), 1))
