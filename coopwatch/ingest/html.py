"""HTML pages: the main text and its metadata through trafilatura."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<meta|<\?xml[^>]*>\s*<html)", re.I)


def looks_like_html(data: bytes) -> bool:
    return bool(HTML_START.match(data[:1024]))


@dataclass
class ParsedPage:
    text: str
    url: str | None
    published: date | None
    title: str | None


def parse_html(html: str, url: str | None = None) -> ParsedPage:
    """Main text of a page (no menus or comments), with title, canonical URL and date."""
    if not has_visible_text(html):  # trafilatura would find nothing, after loading the stop words of 100 languages
        return ParsedPage(text="", url=url, published=None, title=None)
    import trafilatura  # heavy: only when a page is actually read

    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        return ParsedPage(text="", url=url, published=None, title=None)
    text = doc.text or ""
    title = doc.title
    if title and text and not text.startswith(title):
        text = f"{title}\n\n{text}"
    published = None
    if doc.date:
        try:
            published = date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    return ParsedPage(text=text, url=doc.url or url, published=published, title=title)


def has_visible_text(html: str) -> bool:
    """Whether the page has any text at all outside scripts and styles (title included); a page
    lxml cannot parse is left to trafilatura."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return True
    for el in tree.xpath("//script|//style|//noscript|//template"):
        el.drop_tree()  # its tail, text after the element, stays
    return bool(tree.text_content().strip())
