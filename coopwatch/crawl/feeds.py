"""RSS and Atom feeds (feedparser): the articles a feed lists, with titles and dates.

feedparser reads every RSS version, RDF and Atom, in any encoding the XML declaration or the
HTTP header names (Windows-1251 included), and forgives the usual malformations. It is handed
the bytes as a stream: given a string or bytes, it would try them as an address or a file name.
"""

from __future__ import annotations

import io
from calendar import timegm
from datetime import UTC, datetime
from urllib.parse import urljoin

from coopwatch.crawl.listing import Item, NotAListing
from coopwatch.crawl.urls import is_web_url


def parse_feed(body: bytes, base_url: str, content_type: str = "") -> list[Item]:
    """The feed's items, in its order; ``NotAListing`` when it is not a feed with entries."""
    import feedparser

    headers = {"content-location": base_url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers, sanitize_html=False,
                              resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.bozo and not parsed.get("version"):
            raise NotAListing("не читается как лента RSS/Atom: разметка XML повреждена или это не лента")
        return []
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or next((x.get("href") for x in entry.get("links", []) if x.get("href")), None)
        if not link:
            continue
        url = urljoin(base_url, link.strip())
        if not is_web_url(url):
            continue
        # ``in`` first: feedparser answers a missing "updated_parsed" with "published_parsed" and a warning
        changed = entry["updated_parsed"] if "updated_parsed" in entry else None  # noqa: SIM401 - .get() warns
        published = _when(entry.get("published_parsed") or changed)
        updated = _when(changed or entry.get("published_parsed"))
        items.append(Item(url, (entry.get("title") or "").strip() or None,
                          published.date() if published else None, updated))
    return items


def _when(parsed: object) -> datetime | None:
    """feedparser's UTC ``time.struct_time`` as a datetime."""
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(timegm(parsed), UTC)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
