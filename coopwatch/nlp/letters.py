"""Latin letters that look Cyrillic inside Russian words ("Пoгосян" with a Latin o, "Генкoнсульство"):
news pages carry them from copy-paste and OCR, and a word with one of them is not found by the
tagger, the gazetteer or the lexicon. They are replaced one for one, so every offset stays the
text's own; a word with a Latin letter that has no Cyrillic twin ("ХХI", a mixed Roman numeral)
is left as it is."""

from __future__ import annotations

import re

LOOKALIKES = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_LATIN = re.compile(r"[A-Za-z]")
_MIXED = re.compile(r"\w*[А-Яа-яЁё]\w*")


def cyrillic_lookalikes(text: str) -> str:
    """``text`` with the Latin look-alike letters of its Cyrillic words made Cyrillic (same length)."""
    if not _LATIN.search(text):
        return text
    return _MIXED.sub(_fix_word, text)


def _fix_word(m: re.Match) -> str:
    word = m.group()
    if not _LATIN.search(word):
        return word
    fixed = word.translate(LOOKALIKES)
    return word if _LATIN.search(fixed) else fixed
