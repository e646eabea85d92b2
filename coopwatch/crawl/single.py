"""``coopwatch ingest URL…``: pages fetched one by one (with the crawler's politeness and limits)
and read as documents; a failure names the address and the reason."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from coopwatch.crawl.fetch import Fetcher, FetchError, Settings
from coopwatch.crawl.listing import KIND_NAMES, kind_of
from coopwatch.crawl.page import page_document
from coopwatch.ingest import ReadFailure
from coopwatch.models import Document


def read_urls(urls: Iterable[str], settings: Settings | None = None) -> Iterator[Document | ReadFailure]:
    with Fetcher(settings) as fetcher:
        for url in urls:
            try:
                response = fetcher.get(url)
            except FetchError as e:
                yield ReadFailure(url, str(e))
                continue
            kind = kind_of(response.body, response.content_type)
            if kind != "page":
                yield ReadFailure(url, f"это {KIND_NAMES[kind]}, а не страница: чтобы следить за ней, "
                                       f"добавьте её командой coopwatch sources add {url}")
                continue
            yield page_document(response.url, response.body, response.content_type, source=url)
