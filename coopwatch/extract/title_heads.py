"""Heads of position titles: the lemmas of ``data/titles.tsv`` and how a word of the text is
matched to one (``title_def``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pymorphy2.analyzer import Parse

from coopwatch import paths
from coopwatch.gazetteer.places import read_tsv
from coopwatch.lexicon import L
from coopwatch.lexicon.forms import alternation
from coopwatch.nlp.annotate import Token, lemma_of, morph_vocab

# A dash of any kind inside a word, read as a hyphen.
HYPHENS = str.maketrans({"–": "-", "—": "-", "‑": "-", "‒": "-"})
DASH = re.compile("[-–—‑‒]")


@dataclass
class TitleDef:
    head: str
    scope: str
    implies: str | None


@lru_cache(maxsize=1)
def title_defs() -> dict[str, TitleDef]:
    out = {}
    for row in read_tsv(paths.TITLES):
        row += ["", "", ""]
        out[row[0].strip()] = TitleDef(row[0].strip(), row[1].strip() or "any", row[2].strip() or None)
    return out


def title_def(t: Token) -> TitleDef | None:
    defs = title_defs()
    found = defs.get(L.title_head_forms.get(t.lower, t.lemma)) or defs.get(t.lower)  # "Раиса" is also a name
    if found is not None or not t.text[:1].isalpha():
        return found
    if t.pos == "ADJ" and t.lemma == t.lower:
        # a word the tagger took for an adjective keeps its form as the lemma ("с хокимом переговоры"): the
        # dictionary's own reading of the word alone
        found = defs.get(lemma_of(t.lower))
        if found is not None:
            return found
    if DASH.search(t.lower):
        # "вице-министром" tagged as an adjective keeps its form as the lemma, "Премьер–министр"
        # has an en dash: ask the dictionary for the hyphenated word
        found = defs.get(lemma_of(t.lower.translate(HYPHENS)))
    if found is None and _participle().search(t.lower):
        found = defs.get(_participle_noun(t.lower))
    if found is None and t.lower.startswith("экс") and t.lower.translate(HYPHENS).startswith("экс-"):
        found = defs.get(lemma_of(t.lower.translate(HYPHENS)[4:]))  # "экс-мэр": a former post (see _left_edge)
    return found


@cache
def _participle() -> re.Pattern:
    """Titles that are participles used as nouns ("заведующая", "поверенным"), which the lemmatiser
    takes back to their verbs: a participle's suffix and a singular ending."""
    return re.compile(f"{alternation(L.participle_suffixes)}{alternation(L.singular_adjective_endings)}$")


@lru_cache(maxsize=5_000)
def _participle_noun(word: str) -> str | None:
    """"заведующей" → "заведующий": the participle's masculine nominative."""
    for p in morph_vocab()(word):
        if p.tag.POS in ("PRTF", "ADJF", "NOUN"):
            form = Parse.inflect(p, {"masc", "sing", "nomn"})
            if form is not None:
                return form.word
    return None


def compound_prefix(tokens: list[Token], i: int) -> tuple[TitleDef, int] | None:
    """The hyphenated title that token ``i`` ends when its first part (``L.title_prefixes``) is written
    apart ("вице премьер", "премьер министр"), and how many tokens that part takes ("вице премьер" → вице-премьер, 1; "вице - губернатор" → 2)."""
    if i == 0 or tokens[i - 1].lower not in L.title_prefixes and tokens[i - 1].text not in ("-", "–", "—"):
        return None
    d = title_def(tokens[i])
    if d is None:
        return None
    n = 2 if tokens[i - 1].text in ("-", "–", "—") and i >= 2 else 1
    prefix = tokens[i - n]
    if prefix.sent != tokens[i].sent or prefix.lower not in L.title_prefixes:
        return None
    found = title_defs().get(f"{prefix.lower}-{d.head}")
    return (found, n) if found is not None else None


def starts_compound(tokens: list[Token], i: int) -> bool:
    """Is token ``i`` the first part of a title written apart ("Премьер" in "Премьер министр")?"""
    if tokens[i].lower not in L.title_prefixes:
        return False
    for n in (1, 2):
        if i + n < len(tokens) and compound_prefix(tokens, i + n) is not None and compound_prefix(tokens, i + n)[1] == n:
            return True
    return False
