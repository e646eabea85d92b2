"""Sitemaps (sitemaps.org): a list of pages, an index of sitemaps, Google's news sitemaps (the
article's title and publication date), gzip-compressed ones and the plain-text form (an address a
line). Parsed with lxml without entities or network access (a sitemap is someone else's XML)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin

from coopwatch.crawl.listing import Item, NotAListing, gunzip, parse_when
from coopwatch.crawl.urls import is_web_url

MAX_URLS = 50_000  # the protocol's limit per sitemap


@dataclass
class Sitemap:
    pages: list[Item] = field(default_factory=list)
    sitemaps: list[Item] = field(default_factory=list)  # an index's sitemaps (with their lastmod)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el, name: str):  # noqa: ANN001, ANN202 - lxml elements
    return next((c for c in el if _local(c.tag) == name), None)


def _text(el, name: str) -> str | None:  # noqa: ANN001
    c = _child(el, name)
    return (c.text or "").strip() or None if c is not None else None


def parse_sitemap(body: bytes, base_url: str, limit: int = 50 * 2**20) -> Sitemap:
    """The pages or sitemaps listed; ``NotAListing`` when the bytes are not a sitemap."""
    from lxml import etree

    body = gunzip(body, limit)
    stripped = body.lstrip()
    if stripped[:5].lower().startswith((b"http:", b"https")):
        return Sitemap(pages=[Item(u) for u in _plain(stripped)])
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             recover=True)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as e:  # lxml's message is English: where it broke is enough
        where = f" (строка {e.lineno})" if getattr(e, "lineno", None) else ""
        raise NotAListing(f"карта сайта не читается как XML{where}") from None
    if root is None:
        raise NotAListing("карта сайта пуста или не XML")
    kind = _local(root.tag)
    if kind not in ("urlset", "sitemapindex"):
        raise NotAListing(f"не карта сайта: корневой элемент <{kind}>")
    out = Sitemap()
    for el in root:
        name = _local(el.tag)
        if name not in ("url", "sitemap"):
            continue
        loc = _text(el, "loc")
        if not loc:
            continue
        url = urljoin(base_url, loc)
        if not is_web_url(url):
            continue
        updated = parse_when(_text(el, "lastmod"))
        if name == "sitemap":
            out.sitemaps.append(Item(url, updated=updated))
            continue
        title, published = None, None
        news = _child(el, "news")
        if news is not None:  # Google news sitemap: <news:news><news:title>, <news:publication_date>
            title = _text(news, "title")
            when = parse_when(_text(news, "publication_date"))
            published = when.date() if when else None
            updated = updated or when
        out.pages.append(Item(url, title, published, updated))
        if len(out.pages) >= MAX_URLS:
            break
    return out


def _plain(body: bytes) -> list[str]:
    text = body.decode("utf-8", errors="replace")
    return [line.strip() for line in text.splitlines() if is_web_url(line.strip())][:MAX_URLS]
