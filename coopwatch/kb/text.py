"""Text helpers of the knowledge base: content hash, lemmas for search, names as keys.

Lemmas come from pymorphy2 (through Natasha's ``MorphVocab``), cached per word form, so "Казани",
"Казанью" and "Казань" index and search as one word in SQLite's FTS5.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from urllib.parse import urlsplit

from coopwatch.ingest.identity import content_hash, normalize_text  # noqa: F401 - the KB's document key

WORD = re.compile(r"\w+(?:-\w+)*", re.UNICODE)
CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def fold(s: str) -> str:
    """Case- and ё-insensitive key."""
    return s.casefold().replace("ё", "е")


def _morph():  # noqa: ANN202 - natasha.MorphVocab (pymorphy2 made to work on this Python by natasha)
    """The one dictionary the extractor uses too (loaded once per process)."""
    import warnings

    warnings.filterwarnings("ignore", message=".*pkg_resources.*")
    from coopwatch.nlp.annotate import morph_vocab

    return morph_vocab()


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    w = fold(word)
    if not CYRILLIC.search(w):
        return w
    return fold(_morph().parse(w)[0].normal_form)


STRESS = "\u0301\u0300"


def strip_marks(text: str) -> str:
    """Without stress marks ("Каза́нь" is "Казань"); й and ё keep theirs. Removed by ``str.replace``: a
    ``str.translate`` by a table looks every character up in it (about 15 % of the instructions of
    writing a document with its facts given, most of them in the ``KeyError`` of each character kept)."""
    text = unicodedata.normalize("NFC", text)
    for mark in STRESS:
        text = text.replace(mark, "")
    return text


def words(text: str) -> list[str]:
    return WORD.findall(strip_marks(text))


def lemmatize(text: str) -> str:
    """Space-separated lemmas of every word (hyphenated words kept whole and also split)."""
    out: list[str] = []
    for w in words(text):
        out.append(lemma(w))
        if "-" in w:
            out.extend(lemma(p) for p in w.split("-") if p)
    return " ".join(out)


def outlet_of(url: str | None, source: str | None) -> str | None:
    """The outlet a document came from: the URL's host without ``www.``/``m.``, else None."""
    if url:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            host = ""
        for prefix in ("www.", "m.", "amp."):
            if host.startswith(prefix):
                host = host[len(prefix):]
        if host:
            return host
    return None


HEADLINE_CHARS = 160  # a headline longer than this is the first paragraph: its first sentence is cut
CLOCK = re.compile(r"(?<![\d:.,])\d{1,2}:\d{2}(?![\d:])")
HEADLINE_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]{2,}(?:-[А-Яа-яЁёA-Za-z]+)*")  # a word of letters (not ``WORD``)


def _headline_like(line: str) -> bool:
    """Whether a first line can be the article's headline rather than what a saved page starts
    with: a credit («Фото: rais.tatarstan.ru», «© Андрей Чебодаев»: ``L.page_credit_words``), the
    page's date and time («21.06.2024 13:56», «Урал / Новости 9 сентября 2016 г. 11:44»), the
    weather («-32 °С»), a section's name («Новости раздела», «На сайте», «Найти в Дзене»). A short
    line (three words at most) is a headline only when it says something: a verb («Экспорт
    вырос») or a place or a name («Курск – Минск»), by pymorphy."""
    from coopwatch.lexicon import L

    if line.split(maxsplit=1)[0].lower().rstrip(":.,") in L.page_credit_words:
        return False
    if len(line) > HEADLINE_CHARS:  # a paragraph: the article itself (its first sentence names it)
        return True
    if CLOCK.search(line):  # a time of day on a line of its own: the page's, not the article's
        return False
    words = [w for w in HEADLINE_WORD.findall(line) if not _date_word(w)]
    if len(words) < 2 and not (words and len(line.split()) == 1 and len(words[0]) > 3 and _says(words)):
        return False
    return len(line.split()) > 3 or _says(words)


def _date_word(word: str) -> bool:
    """A month's name in any case or abbreviated, or «год»: the words of a page's date line."""
    from coopwatch.lexicon import L
    from coopwatch.wording.morph import parses

    w = word.lower()
    return w in L.month_abbreviations or any(p.normal_form in L.months or p.normal_form == "год"
                                              for p in parses(w)[:2])


def _says(words: list[str]) -> bool:
    from coopwatch.wording.morph import parses

    for w in words:
        for p in parses(w.lower())[:3]:
            if p.score < 0.1:
                continue
            if p.tag.POS == "VERB" or {"Geox"} <= set(p.tag.grammemes) or {"Name"} <= set(p.tag.grammemes) \
                    or {"Surn"} <= set(p.tag.grammemes):
                return True
    return False


def headline(text: str | None) -> str | None:
    """How a document is named to people: its headline — the first line of the text (news files and
    HTML pages start with it) past what a saved page puts before it (``_headline_like``) — or, when
    the text starts with a paragraph, its first sentence, cut at a word near ``HEADLINE_CHARS``
    characters. Never a file name."""
    from razdel import sentenize

    lines = [" ".join(strip_marks(x).split()).strip("\ufeff ") for x in (text or "").splitlines()]
    lines = [x for x in lines if x]
    first = next((x for x in lines[:8] if _headline_like(x)), lines[0] if lines else None)
    for line in [first] if first else []:
        if len(line) > HEADLINE_CHARS:  # a paragraph: its first sentences, past a dateline ("Казань, 5 мая.")
            taken = ""
            for sent in sentenize(line):
                taken = f"{taken} {sent.text}".strip()
                if len(taken) >= HEADLINE_CHARS // 3:
                    break
            line = taken
        if len(line) > HEADLINE_CHARS:
            line = line[:HEADLINE_CHARS].rsplit(" ", 1)[0].rstrip(",;:—–- ") + "…"
        return line
    return None


# --- people's names ------------------------------------------------------------------------

INITIAL = re.compile(r"^[А-ЯЁA-Z]\.?$")


def split_name(name: str) -> tuple[list[str], str]:
    """``"А. В. Богомаз"`` → (["А.", "В."], "Богомаз"); the surname is the last word."""
    parts = name.replace(".", ". ").split()
    if not parts:
        return [], ""
    return parts[:-1], parts[-1]


def surname_key(name: str) -> str:
    return fold(split_name(name)[1])


def name_key(name: str) -> str:
    return " ".join(fold(p) for p in name.replace(".", ". ").split())


# Memoized: fusing a canonical fact compares the spellings of its members pairwise, and a region's
# head named in thousands of items is a handful of spellings (``merge.people``, ``merge.merged_name``).
@lru_cache(maxsize=65_536)
def names_compatible(a: str, b: str) -> bool:
    """Same surname, and given names that can be the same person: equal, one an initial of the
    other, or one of them missing. "Алексей Кушнаренко" and "Александр Кушнаренко" are not."""
    (ga, sa_), (gb, sb) = split_name(a), split_name(b)
    if fold(sa_) != fold(sb):
        return False
    for x, y in zip(ga, gb, strict=False):
        fx, fy = fold(x).rstrip("."), fold(y).rstrip(".")
        if INITIAL.match(x) or INITIAL.match(y):
            if fx[:1] != fy[:1]:
                return False
        elif fx != fy:
            return False
    return True


@lru_cache(maxsize=65_536)
def fuller_name(a: str, b: str) -> str:
    """Of two compatible spellings, the one with more letters in its given names."""
    return max((a, b), key=lambda n: (sum(len(p) for p in split_name(n)[0]), n))


# --- organisations -------------------------------------------------------------------------

@cache
def _legal_form() -> re.Pattern:
    """A legal form before an organisation's name ("ОАО", "ООО": the lexicon's legal_forms)."""
    from coopwatch.lexicon import L
    from coopwatch.lexicon.forms import alternation

    return re.compile(rf"^{alternation(L.legal_forms)}\s+", re.IGNORECASE)


def org_name(name: str) -> str:
    """Name as shown: without quotes and legal-form prefix, spaces collapsed."""
    n = re.sub(r"[«»\"“”„']", "", name).strip()
    n = _legal_form().sub("", n)
    return re.sub(r"\s+", " ", n).strip()


def org_key(name: str) -> str:
    return fold(org_name(name)).replace("-", " ")
