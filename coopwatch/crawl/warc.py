"""Web archives: WARC files (a web archive's, or ``wget --warc-file``'s), plain or gzip-compressed,
and the older ARC format, read with warcio. Each archived HTML page answered with 200 becomes a
document, read exactly as a fetched page is (``page.page_document``); the rest of what a crawl
archives — requests, redirects, images, scripts, styles, revisit records — is passed over.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from coopwatch.crawl.page import is_html, page_document
from coopwatch.crawl.urls import is_web_url
from coopwatch.ingest import ReadFailure
from coopwatch.models import Document

MAX_PAGE_BYTES = 5 * 2**20  # as for a fetched page


def read_warc(path: Path, name: str | None = None) -> Iterator[Document | ReadFailure]:
    """The pages archived in ``path``; an archive that cannot be read is one failure named by
    ``name`` (the path as given), a page that cannot be read one named by its address."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    name = name or str(path)
    pages = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh, arc2warc=True):
                if record.rec_type not in ("response", "resource"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                if not is_web_url(url):
                    continue
                if record.http_headers is not None:
                    if record.http_headers.get_statuscode() != "200":
                        continue
                    content_type = record.http_headers.get_header("Content-Type") or ""
                else:  # a resource record: the content type is the record's own
                    content_type = record.rec_headers.get_header("Content-Type") or ""
                if not is_html(content_type) or not content_type:
                    continue
                body = record.content_stream().read(MAX_PAGE_BYTES + 1)
                if len(body) > MAX_PAGE_BYTES:
                    yield ReadFailure(f"{name}: {url}", f"страница больше {MAX_PAGE_BYTES // 2**20} МБ: пропущена")
                    continue
                pages += 1
                yield page_document(url, body, content_type, source=url)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as e:
        reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        yield ReadFailure(name, f"веб-архив не читается{' дальше' if pages else ''}: {reason[:300]}")
        return
    if not pages:
        yield ReadFailure(name, "в веб-архиве нет HTML-страниц с ответом 200")
