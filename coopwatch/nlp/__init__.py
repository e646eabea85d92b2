"""The language layer: the Natasha stack (``annotate``), sentence segmentation, yargy grammars and
the entity layer."""

from __future__ import annotations

import unicodedata
from functools import cache


@cache
def mend_pymorphy() -> None:
    """pymorphy2 asks ``unicodedata.name`` of every letter of a word whether it is Latin, and fails
    with ``ValueError`` on a letter that has no name in Python's tables (some ideographs and scripts):
    one such character in a news item lost the whole document. A letter without a name is not Latin.
    Called before any analyser is made (``morph_vocab``, the grammars' tokenizer)."""
    from pymorphy2 import shapes

    cache_ = shapes._latin_letters_cache

    def is_latin_char(ch: str | bytes) -> bool:
        try:
            return cache_[ch]
        except KeyError:
            if isinstance(ch, bytes):
                ch = ch.decode("ascii")
            return cache_.setdefault(ch, "LATIN" in unicodedata.name(ch, ""))

    shapes.is_latin_char = is_latin_char
