"""One web page fetched by its address, for a document an editor adds by URL: the crawler's own
fetch (``coopwatch.crawl``: robots.txt, no private addresses unless allowed, timeouts, retries,
redirects and size within limits, the encoding the page declares) and its reading of a page
(trafilatura finds the article text, the publication date and the canonical address)."""

from __future__ import annotations

from coopwatch.ingest.reader import ReadFailure
from coopwatch.models import Document


def fetch_document(url: str, doc_id: str | None = None) -> Document | ReadFailure:
    from coopwatch.crawl.single import read_urls
    from coopwatch.crawl.urls import is_web_url

    url = url.strip()
    if not is_web_url(url):
        return ReadFailure(url[:200], "адрес должен начинаться с http:// или https://")
    (doc,) = read_urls([url])
    return doc.model_copy(update={"id": doc_id}) if doc_id and isinstance(doc, Document) else doc
