"""Inputs cut into partitions for Dask workers (``coopwatch.kb.cluster``).

A partition is a small description — which files, or which lines of a JSON Lines file — that a
worker reads by itself, from a local path or any fsspec URL (``s3://…``, ``gs://…``,
``memory://…``): the documents never pass through the process that plans the run. The documents
a partition gives, their sources and their names are those ``coopwatch.ingest.read_paths`` gives
for the same input, so the knowledge base a cluster builds is the one a single process builds.

WARC archives are read by the crawler's reader (``coopwatch.crawl.warc.read_warc``), one archive a
partition; an archive in object storage is copied to the worker's temporary folder first. Web
addresses (``https://…``) are fetched as pages only without ``--cluster`` (robots.txt and the
crawler's limits apply there).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from coopwatch.ingest import ReadFailure, iter_sources, read_bytes
from coopwatch.ingest.reader import MAX_BYTES, TEXT_SUFFIXES, read_jsonl
from coopwatch.models import Document

WARC_SUFFIXES = (".warc.gz", ".arc.gz", ".warc", ".arc")


@dataclass(frozen=True)
class Partition:
    """``files``: whole files (text, HTML, JSON Lines, WARC); ``lines``: the lines ``first_line``…
    of one JSON Lines file, starting at byte ``start`` and ``length`` bytes long."""

    kind: str
    urls: tuple[str, ...]  # what to open (a path or an fsspec URL)
    names: tuple[str, ...]  # how each is named in sources and messages
    ids: tuple[str, ...]  # the document id of each (a text or HTML file's stem)
    start: int = 0
    length: int = 0
    first_line: int = 1

    @property
    def label(self) -> str:
        if self.kind == "lines":
            return f"{self.names[0]}:{self.first_line}…"
        return self.names[0] if len(self.names) == 1 else f"{self.names[0]} … {self.names[-1]}"


def _suffix(name: str) -> str:
    low = name.lower()
    return next((s for s in WARC_SUFFIXES if low.endswith(s)), PurePosixPath(low).suffix)


def _remote(path: str) -> bool:
    return "://" in path


def _listing(paths: Iterable[str]) -> Iterator[tuple[str, str, str] | ReadFailure]:
    """(URL, shown name, document id) of every input file, in ``read_paths`` order; local folders are walked
    by ``iter_sources`` (the same files, names and failures), remote ones listed by fsspec."""
    for p in paths:
        if p == "-":
            yield ReadFailure("-", "стандартный ввод нельзя разделить между узлами кластера: укажите файлы")
        elif p.lower().startswith(("http://", "https://")):
            yield ReadFailure(p, "адреса страниц загружаются без --cluster (с соблюдением robots.txt)")
        elif _remote(p):
            yield from _remote_listing(p)
        else:
            for src in iter_sources([p]):
                if isinstance(src, ReadFailure):
                    yield src
                else:
                    yield str(src.path), src.name, src.doc_id


def _stem(name: str) -> str:
    base = PurePosixPath(name).name
    return base[: -len(_suffix(base))] if _suffix(base) else base


def _remote_listing(url: str) -> Iterator[tuple[str, str, str] | ReadFailure]:
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
        if not fs.isdir(root):
            yield url, url, _stem(url)
            return
        found = sorted(fs.find(root))
    except (OSError, ValueError, ImportError) as e:
        yield ReadFailure(url, f"не удалось открыть: {e}")
        return
    protocol = url.split("://", 1)[0]
    for path in found:
        name = PurePosixPath(path).name
        if not name.startswith(".") and (_suffix(name) in TEXT_SUFFIXES or _suffix(name) in WARC_SUFFIXES):
            full = f"{protocol}://{path.removeprefix(protocol + '://')}"
            yield full, full, _stem(name)


def partitions(paths: Iterable[str], size: int = 200) -> Iterator[Partition | ReadFailure]:
    """The inputs as partitions of about ``size`` documents: text and HTML files ``size`` at a
    time, a JSON Lines file ``size`` lines at a time (its lines are counted here, reading the file
    once as a stream), a WARC file whole."""
    batch: list[tuple[str, str, str]] = []
    for item in _listing(paths):
        if isinstance(item, ReadFailure):
            yield item
            continue
        url, name, _ = item
        kind = _suffix(name)
        if batch and (kind == ".jsonl" or kind in WARC_SUFFIXES):  # partitions keep the input's order
            yield _files(batch)
            batch = []
        if kind == ".jsonl":
            yield from _line_ranges(url, name, size)
        elif kind in WARC_SUFFIXES:
            yield Partition("files", (url,), (name,), (item[2],))
        else:
            batch.append(item)
            if len(batch) >= size:
                yield _files(batch)
                batch = []
    if batch:
        yield _files(batch)


def _files(batch: list[tuple[str, str, str]]) -> Partition:
    return Partition("files", *(tuple(x[i] for x in batch) for i in range(3)))


def _line_ranges(url: str, name: str, size: int) -> Iterator[Partition | ReadFailure]:
    import fsspec

    try:
        with fsspec.open(url, "rb") as fh:
            start = offset = 0
            line = first = 1
            count = 0
            for raw in fh:
                offset += len(raw)
                line += 1
                count += 1
                if count >= size:
                    yield Partition("lines", (url,), (name,), (), start, offset - start, first)
                    start, first, count = offset, line, 0
            if count:
                yield Partition("lines", (url,), (name,), (), start, offset - start, first)
    except OSError as e:
        yield ReadFailure(name, f"не удалось прочитать: {e.strerror or e}")


def read_partition(part: Partition) -> Iterator[Document | ReadFailure]:
    """The documents of a partition (in a worker), and what could not be read."""
    import fsspec

    if part.kind == "lines":
        try:
            with fsspec.open(part.urls[0], "rb") as fh:
                fh.seek(part.start)
                data = fh.read(part.length)
        except OSError as e:
            yield ReadFailure(part.label, f"не удалось прочитать: {e.strerror or e}")
            return
        # as many empty lines before as the file has: the lines keep their numbers (in sources and
        # in the names of documents without an id)
        yield from read_jsonl(b"\n" * (part.first_line - 1) + data, part.names[0])
        return
    for url, name, doc_id in zip(part.urls, part.names, part.ids, strict=True):
        kind = _suffix(name)
        if kind in WARC_SUFFIXES:
            yield from _warc(url, name)
            continue
        try:
            with fsspec.open(url, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError as e:
            yield ReadFailure(name, f"не удалось прочитать: {e.strerror or e}")
            continue
        if kind == ".jsonl":
            yield from read_jsonl(data, name)
        else:
            yield read_bytes(data, name, doc_id)


def _warc(url: str, name: str) -> Iterator[Document | ReadFailure]:
    from coopwatch.crawl.warc import read_warc

    if not _remote(url):
        yield from read_warc(Path(url), name)
        return
    import fsspec

    with tempfile.TemporaryDirectory() as tmp:
        local = Path(tmp) / PurePosixPath(name).name
        try:
            with fsspec.open(url, "rb") as src, open(local, "wb") as dst:
                shutil.copyfileobj(src, dst)
        except OSError as e:
            yield ReadFailure(name, f"не удалось прочитать: {e.strerror or e}")
            return
        yield from read_warc(local, name)
