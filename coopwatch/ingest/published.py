"""The publication date of a text without a header: a full date in its dateline or header.

FACTS.md: a day, month and year in the dateline or header ("Казань. 5 декабря 2024 г.",
"10.04.2016") give the date; a day and month without a year, a date inside a sentence of the
article, or a site banner ("Свежий номер: …") give nothing.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

HEAD_CHARS = 400  # datelines and bylines sit at the very top
SHORT_LINE = 110  # a header line ("… 5 декабря 2024 г. 15:06", "РИА Новости, 24.11.2025")


@cache
def banner() -> re.Pattern:
    """A site's banner ("Свежий номер: …", "Архив", "Курс"): the lexicon's banner_words, each word in any form."""
    from coopwatch.lexicon import L
    from coopwatch.lexicon.forms import forms_alternation

    phrases = (r"\s+".join(forms_alternation([w]) for w in p.split()) for p in sorted(L.banner_words))
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)", re.I)


def find_published(text: str) -> date | None:
    from coopwatch.nlp.grammars.date import find_dates, is_full

    for line in text[:HEAD_CHARS].split("\n"):
        if not re.search(r"\d{4}", line) or banner().search(line):
            continue
        stripped = line.strip()
        for m in find_dates(line):
            if not is_full(m.value):
                continue
            at_line_start = not line[: m.start].strip(" .,:–—-/").replace("Posted", "").strip() or \
                _dateline_prefix(line[: m.start])
            if len(stripped) <= SHORT_LINE or at_line_start:
                try:
                    return date(m.value.year, m.value.month, m.value.day)
                except ValueError:
                    continue
    return None


def _dateline_prefix(prefix: str) -> bool:
    """"Казань. ", "МИНСК, ", "АГРЫЗ /Татарстан/, ": a place name and punctuation before the date."""
    return bool(re.fullmatch(r"\s*[A-ZА-ЯЁ][\w\-ёЁ]+( [A-ZА-ЯЁ][\w\-ёЁ]+)?(\s*/[^/]{1,30}/)?[.,]\s*", prefix))
