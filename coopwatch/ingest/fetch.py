"""One web page fetched by its address, for a document an editor adds by URL.

Kept to one small function on purpose: ``coopwatch.crawl`` (the crawler) is to take its place, with
its politeness rules; until then a single GET with httpx, redirects followed, a size cap and a
timeout. The page is then read like any HTML file (``read_bytes``: trafilatura finds the article
text, the publication date and the canonical address)."""

from __future__ import annotations

import httpx

from coopwatch.ingest.reader import ReadFailure, read_bytes
from coopwatch.models import Document

MAX_PAGE_BYTES = 5 * 2**20
TIMEOUT_S = 20.0
USER_AGENT = "coopwatch/0.1 (an editor adds this page)"  # header values are ASCII


def fetch_document(url: str, doc_id: str | None = None) -> Document | ReadFailure:
    url = url.strip()
    if not url.lower().startswith(("http://", "https://")):
        return ReadFailure(url[:200], "адрес должен начинаться с http:// или https://")
    try:
        with httpx.Client(follow_redirects=True, timeout=TIMEOUT_S, headers={"User-Agent": USER_AGENT}) as client, \
                client.stream("GET", url) as response:
            if response.status_code >= 400:
                return ReadFailure(url, f"сервер ответил {response.status_code}")
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if kind and not (kind.startswith("text/") or "html" in kind or "xml" in kind):
                return ReadFailure(url, f"по адресу не страница, а «{kind}»: загрузите файл")
            body = b""
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_PAGE_BYTES:
                    return ReadFailure(url, f"страница больше {MAX_PAGE_BYTES // 2**20} МБ")
            final = str(response.url)
    except httpx.InvalidURL:
        return ReadFailure(url[:200], "неверный адрес")
    except httpx.TimeoutException:
        return ReadFailure(url, f"сайт не ответил за {TIMEOUT_S:.0f} с")
    except httpx.HTTPError as e:
        return ReadFailure(url, f"страницу не удалось получить: {e}")
    return read_bytes(body, final, doc_id or final, url=final)
