"""A fetched page (or an archived one) to a ``Document``: its encoding, its main text, headline and
date (trafilatura, as for HTML files), its canonical address.

The encoding is the one the HTTP header names, else the page's ``<meta charset>``, else what the
file reader finds (UTF-8, then Windows-1251 and the other Cyrillic code pages): news sites of
Russian regions still serve Windows-1251, some of them saying so only in the page.
"""

from __future__ import annotations

import codecs
import re
from datetime import date
from urllib.parse import urljoin

from coopwatch.crawl.listing import Item
from coopwatch.crawl.urls import canonical_url, document_name, is_web_url, same_site
from coopwatch.ingest import ReadFailure
from coopwatch.ingest.decode import UndecodableError, decode, replaced
from coopwatch.ingest.html import parse_html
from coopwatch.ingest.reader import ENCODING_NAMES, make_document
from coopwatch.models import Document
from coopwatch.wording.numbers import count

HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
CANONICAL = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
HTML_TYPES = ("text/html", "application/xhtml+xml", "")  # "": the server did not say


def charset_of(body: bytes, content_type: str) -> str | None:
    """The encoding the header, else the page itself, declares (None: not declared or unknown)."""
    m = HEADER_CHARSET.search(content_type or "")
    if not m:
        m = META_CHARSET.search(body[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace") if isinstance(m.group(1), bytes) else m.group(1)
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def decode_page(body: bytes, content_type: str) -> tuple[str, str | None]:
    """``(text, guessed)``: the text in the declared encoding when the bytes are valid in it
    (``guessed`` None), else in the one detected (named in ``guessed`` unless it is UTF-8)."""
    declared = charset_of(body, content_type)
    if declared:
        try:
            return body.decode(declared).lstrip("\ufeff"), None
        except UnicodeDecodeError:
            pass  # declared wrongly (a page in Windows-1251 served as UTF-8): detect
    text, encoding = decode(body)
    return text, None if encoding == "utf-8" else encoding


def canonical_link(html: str, base: str) -> str | None:
    """The page's ``<link rel="canonical" href="…">``, as an absolute address."""
    head = html[: html.lower().find("</head>") if "</head>" in html.lower() else 20000]
    for tag in CANONICAL.findall(head):
        if re.search(r"\brel\s*=\s*[\"']?canonical\b", tag, re.IGNORECASE):
            m = re.search(r"\bhref\s*=\s*[\"']?([^\"'\s>]+)", tag, re.IGNORECASE)
            if m:
                url = urljoin(base, m.group(1).strip())
                return url if is_web_url(url) else None
    return None


def is_html(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() in HTML_TYPES


def page_document(url: str, body: bytes, content_type: str = "", *, item: Item | None = None,
                  source: str | None = None) -> Document | ReadFailure:
    """The article on the page fetched from ``url`` (after redirects), or why there is none.
    ``item``: what the feed or sitemap said of it (headline, publication date)."""
    source = source or url
    if not is_html(content_type):
        return ReadFailure(source, f"не HTML-страница ({content_type.split(';')[0].strip()}): пропущена")
    if not body.strip():
        return ReadFailure(source, "пустой ответ сервера")
    try:
        html, guessed = decode_page(body, content_type)
    except UndecodableError as e:
        return ReadFailure(source, str(e))
    warnings = [f"кодировка не указана, определена как {ENCODING_NAMES.get(guessed, guessed)}"] if guessed else []
    if bad := replaced(html, body):
        warnings.append(f"{count(bad, 'байт')} не в кодировке UTF-8: заменены знаком «\ufffd», остальной текст прочитан")
    page = parse_html(html, url=url)
    text = page.text
    if not text.strip():
        return ReadFailure(source, "на странице не найден основной текст")
    if item is not None and item.title and not page.title and not text.startswith(item.title):
        text = f"{item.title}\n\n{text}"
    declared = canonical_link(html, url)
    address = declared if declared and same_site(declared, url) else url
    published: date | None = (item.published if item else None) or page.published
    return make_document(document_name(address), text, source=source, url=canonical_url(address),
                         published=published, warnings=warnings)
