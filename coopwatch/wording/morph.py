"""The one pymorphy analyser (the extractor's, ``nlp.annotate.morph_vocab``) for what users read:
parses, case forms and agreement with numbers, in OpenCorpora grammemes."""

from __future__ import annotations

from functools import cache, lru_cache

# UD case names (as ``lexicon.forms`` takes them) and OpenCorpora's
CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


@cache
def analyser():  # noqa: ANN201 - natasha's MorphVocab (pymorphy2 with the dictionary's path)
    from coopwatch.nlp.annotate import morph_vocab

    return morph_vocab()


@lru_cache(maxsize=50_000)
def parses(word: str) -> tuple:
    return tuple(analyser().parse(word))


def inflect(parse, grammemes: set[str]) -> str | None:  # noqa: ANN001 - a pymorphy Parse
    """The parse in other grammemes (OpenCorpora names), or None. Natasha's parse class takes UD
    names in ``inflect``; pymorphy's own method is called."""
    from pymorphy2.analyzer import Parse

    form = Parse.inflect(parse, frozenset(grammemes))
    return form.word if form is not None else None


def with_number(parse, n: int) -> str | None:  # noqa: ANN001 - a pymorphy Parse
    """The parse in the form that goes with the number ``n`` (pymorphy's numeral agreement)."""
    return inflect(parse, parse.tag.numeral_agreement_grammemes(abs(n)))


def like(written: str, word: str) -> str:
    """``word`` with the capitals of ``written``, part by part of a hyphenated word: "Казани" from
    "Казань" and "казани", "Санкт-Петербурга" from "Санкт-Петербург" and "санкт-петербурга"."""
    if written.isupper() and len(written) > 1:
        return word.upper()
    parts, shape = word.split("-"), written.split("-")
    if len(parts) != len(shape):
        parts, shape = [word], [written]
    return "-".join(p[:1].upper() + p[1:] if s[:1].isupper() else p for p, s in zip(parts, shape))
