"""What a source's address gives: a feed, a sitemap, or a page — told by the answer itself, and
the items a feed or sitemap lists."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

KINDS = ("feed", "sitemap", "page")
KIND_NAMES = {"auto": "определится при обходе", "feed": "лента RSS/Atom", "sitemap": "карта сайта",
              "page": "страница"}
ROOT = re.compile(rb"<(?:[\w.-]+:)?(rss|feed|RDF|urlset|sitemapindex|html)\b", re.IGNORECASE)
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Item:
    """An address a listing gives, with what the listing says of it."""

    url: str
    title: str | None = None
    published: date | None = None
    updated: datetime | None = None  # when the listing says the page last changed (UTC)


class NotAListing(ValueError):
    """The bytes are not a feed or sitemap that can be read (the message is in Russian)."""


def gunzip(body: bytes, limit: int) -> bytes:
    """A gzip-compressed sitemap (``sitemap.xml.gz``), unpacked up to ``limit`` bytes."""
    if not body.startswith(GZIP_MAGIC):
        return body
    import zlib

    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(body, limit + 1)
    except zlib.error:  # zlib's message is English and says no more than this
        raise NotAListing("сжатый файл (gzip) повреждён") from None
    if len(out) > limit:
        raise NotAListing(f"распакованный файл больше {limit // 2**20} МБ: не прочитан")
    return out


def kind_of(body: bytes, content_type: str = "") -> str:
    """``feed``, ``sitemap`` or ``page`` (anything else is read as a page and fails there)."""
    head = body[:4096]
    if head.startswith(GZIP_MAGIC):
        try:
            head = gzip.decompress(body)[:4096] if len(body) < 2**20 else gunzip(body, 2**26)[:4096]
        except (OSError, EOFError, NotAListing):
            return "page"
    head_without_comments = re.sub(rb"<!--.*?-->", b"", head, flags=re.DOTALL)
    m = ROOT.search(head_without_comments)
    if m:
        root = m.group(1).lower()
        if root in (b"rss", b"feed", b"rdf"):
            return "feed"
        if root in (b"urlset", b"sitemapindex"):
            return "sitemap"
        return "page"
    ct = content_type.lower()
    if any(t in ct for t in ("rss", "atom")):
        return "feed"
    if ct.startswith("text/plain") and _url_lines(head):
        return "sitemap"  # the sitemap protocol's text form: one address a line
    return "page"


def _url_lines(text: bytes) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(line.lower().startswith((b"http://", b"https://")) for line in lines[:20])


def parse_when(value: str | None) -> datetime | None:
    """A W3C date or date-time (``2024-05-03``, ``2024-05-03T10:00:00+03:00``) as UTC."""
    if not value:
        return None
    value = value.strip()
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = datetime.fromisoformat(value[:10])
        except ValueError:
            return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def newest_first(items: list[Item]) -> list[Item]:
    """Items with a date newest first, then those without, in the listing's order."""
    dated = sorted((i for i in items if i.updated or i.published), reverse=True,
                   key=lambda i: i.updated or datetime(i.published.year, i.published.month, i.published.day,
                                                      tzinfo=UTC))
    return dated + [i for i in items if not (i.updated or i.published)]
