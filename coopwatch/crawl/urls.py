"""Web addresses: which we fetch, and one canonical form per article.

The same article reaches a crawler under several addresses: with tracking parameters
(``?utm_source=…``, ``yclid``), as the mobile site (``m.``), as the AMP version (``/amp/``,
``?amp=1``), with a ``#fragment``. ``canonical_url`` maps them all to one address — the key under
which a page is fetched once per run, remembered between runs, and stored as the document's URL
(``coopwatch.kb`` keeps one document per URL). The page's own ``<link rel="canonical">`` is
followed too (``coopwatch.crawl.page``), but only within the same site: a page may not claim
another site's address and so replace its article.

Written here rather than taken from courlan (which trafilatura brings): courlan's tracker pattern
drops any parameter that merely contains ``source``, ``cid`` or ``uid`` — ``?source_id=7`` and
``?cid=12`` name different articles on many news sites.
"""

from __future__ import annotations

import contextlib
import posixpath
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Parameters that say how a reader arrived, never which article: advertising and analytics
# click ids (Google, Yandex, Facebook, Microsoft, VK, mail.ru), Russian advertising marks (erid).
TRACKING = re.compile(
    r"^(utm_\w*|_ga|_gl|gclid|gclsrc|dclid|fbclid|igshid|msclkid|twclid|yclid|ysclid|_openstat|"
    r"mc_cid|mc_eid|rb_clickid|vk_\w+|erid|from_block|utm)$",
    re.IGNORECASE,
)
# Marks of an AMP version: a parameter, a path segment at either end, or a suffix of the last one.
AMP_PARAMS = re.compile(r"^(amp|_amp|outputtype|output)$", re.IGNORECASE)
AMP_SEGMENT = "amp"
AMP_SUFFIX = re.compile(r"[.-]amp(?=(\.html?)?$)", re.IGNORECASE)
# Host prefixes of mobile and AMP editions of a site.
EDITION_PREFIXES = ("m.", "mobile.", "pda.", "amp.")
SCHEMES = ("http", "https")


def is_web_url(url: str) -> bool:
    """An http(s) address with a host: what the crawler fetches."""
    try:
        parts = urlsplit(url.strip())
        return parts.scheme.lower() in SCHEMES and bool(parts.hostname)
    except ValueError:
        return False


def _host(parts) -> str:  # noqa: ANN001 - urllib's SplitResult
    """Lower-case host, IDNA-decoded to Unicode, without the scheme's default port."""
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("xn--") or ".xn--" in host:
        with contextlib.suppress(UnicodeError):  # not valid punycode: kept as it is
            host = host.encode("ascii").decode("idna")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    return host if port in (None, default) else f"{host}:{port}"


def site_of(url: str) -> str:
    """The site an address belongs to: its host without ``www.`` and edition prefixes (``m.``)."""
    try:
        host = _host(urlsplit(url))
    except ValueError:
        return ""
    for prefix in ("www.", *EDITION_PREFIXES):
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
    return host


def same_site(a: str, b: str) -> bool:
    return bool(site_of(a)) and site_of(a) == site_of(b)


def _path(path: str) -> str:
    """``/a/./b/../c`` → ``/a/c``; percent-encoding made uniform; AMP segments and suffixes dropped."""
    path = unquote(path or "/")
    trailing = path.endswith("/")
    path = posixpath.normpath(path) if path not in ("", "/") else "/"
    segments = [s for s in path.split("/") if s]
    if segments and segments[0].lower() == AMP_SEGMENT:
        segments = segments[1:]
    if segments and segments[-1].lower() == AMP_SEGMENT:
        segments, trailing = segments[:-1], True
    if segments:
        segments[-1] = AMP_SUFFIX.sub("", segments[-1])
    path = "/" + "/".join(segments)
    if trailing and path != "/":
        path += "/"
    return quote(path, safe="/:@!$&'()*+,;=-._~")


def _query(query: str) -> str:
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True)
            if not TRACKING.match(k) and not (AMP_PARAMS.match(k) and v.lower() in ("", "1", "amp", "true"))]
    return urlencode(sorted(kept), doseq=True)


def canonical_url(url: str) -> str:
    """One address for every version of an article (see the module's docstring); an address that
    cannot be parsed is returned stripped of spaces."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = _host(parts)
    except ValueError:
        return url
    for prefix in EDITION_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
            break
    return urlunsplit((parts.scheme.lower(), host, _path(parts.path), _query(parts.query), ""))


def document_name(url: str) -> str:
    """A short name for a page's document: the last part of its path without the extension
    (``/news/2024/tatarstan-minsk.html`` → ``tatarstan-minsk``), else the site."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url[:200]
    segments = [unquote(s) for s in parts.path.split("/") if s]
    while segments and segments[-1].lower() in ("index.html", "index.htm", "index.php", AMP_SEGMENT):
        segments.pop()
    name = segments[-1] if segments else ""
    name = re.sub(r"\.(s?html?|php|aspx?)$", "", name, flags=re.IGNORECASE)
    if name.isdigit() and len(segments) > 1:  # /news/12345 → news-12345
        name = f"{segments[-2]}-{name}"
    return (name or site_of(url) or url)[:200]
