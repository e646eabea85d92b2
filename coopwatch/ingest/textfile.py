"""The corpus text format: an optional ` date YYYY-MM-DD` header, an optional `Source URL:` line,
the article, and sometimes a tail of site clutter (lists of outlet names, "Загрузка новости...")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b[ \t]*")
HEADER_URL = re.compile(r"^(https?://\S+)\s*")
SOURCE_URL = re.compile(r"^\s*Source URL:\s*<?(\S+?)>?\s*$", re.MULTILINE)
SENTENCE_END = re.compile(r"[.!?…][»\"”)]?\s*$")


@dataclass
class ParsedText:
    text: str
    url: str | None
    published: date | None


def parse_corpus_text(raw: str) -> ParsedText:
    """Split the header lines off ``raw``; the text keeps everything else verbatim."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    published = None
    url = None
    m = HEADER.match(raw)
    if m:
        try:
            published = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            published = None
        raw = raw[m.end():]
        u = HEADER_URL.match(raw)
        if u:
            url = u[1]
            raw = raw[u.end():]
    s = SOURCE_URL.search(raw)
    if s:
        url = url or s[1]
        raw = raw[: s.start()] + raw[s.end():]
    return ParsedText(text=strip_clutter(raw), url=url, published=published)


def strip_clutter(text: str) -> str:
    """Drop the trailing run of site clutter: three or more short lines without sentence ends
    (outlet lists, menus, "Загрузка новости..."). Only the tail is touched, so offsets of the
    article text stay as they were."""
    lines = text.rstrip().split("\n")
    cut = len(lines)
    run = 0
    i = len(lines) - 1
    while i >= 0:
        line = lines[i].strip()
        if not line:
            i -= 1
            continue
        if len(line) <= 60 and (not SENTENCE_END.search(line) or line.endswith("...")):
            run += 1
            cut = i
            i -= 1
            continue
        break
    if run >= 3:
        lines = lines[:cut]
    return "\n".join(lines).strip("\n")
