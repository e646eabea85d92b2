"""Ordinals of sessions and forums: "11-го заседания", "XII заседание", "Х Форума",
"пятое заседание", "первого заседания", "двадцать первое заседание"."""

from __future__ import annotations

import re
from functools import lru_cache

from yargy import or_, rule
from yargy.interpretation import fact
from yargy.predicates import custom, dictionary, gram

from coopwatch.lexicon import L, numbers
from coopwatch.nlp.grammars.common import DASH, INT, Match, parser

Ordinal = fact("Ordinal", ["tens", "value"])

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# Russian texts often type the Roman ten with a Cyrillic "Х"
CYRILLIC_ROMAN = str.maketrans("ХІУ", "XIV")


def roman_value(s: str) -> int | None:
    s = s.upper().translate(CYRILLIC_ROMAN)
    if not s or any(c not in ROMAN for c in s):
        return None
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = ROMAN[a]
        total += -v if b in ROMAN and ROMAN[b] > v else v
    return total


def ordinal_word_value(word: str) -> int | None:
    """"пятого" → 5; "второе" → 2, though its first reading is the noun ("второе блюдо")."""
    from coopwatch.nlp.annotate import morph_vocab

    values = numbers("ordinal_numbers")
    return next((values[p.normal_form.replace("ё", "е")] for p in morph_vocab()(word.lower())
                 if p.normal_form.replace("ё", "е") in values), None)


ROMAN_TOKEN = custom(lambda s: s.isupper() and roman_value(s) is not None)


def event_qualifiers():
    """The words between an ordinal and its event: "XII юбилейный форум", "II Российско-узбекский межрегиональный
    форум" (adjectives, a hyphenated one being three tokens)."""
    adjective = or_(dictionary(L.event_adjectives), gram("ADJF"))
    compound = rule(custom(lambda s: s[:1].isalpha()), DASH, gram("ADJF"))  # "Российско-узбекский"
    return or_(compound, rule(adjective)).repeatable(max=3)


@lru_cache(maxsize=1)
def _parser():
    """The grammar, on first use: its words are the lexicon's (ordinal_numbers, tens, ordinal_suffixes,
    event_adjectives, counted_events)."""
    tens = numbers("tens")
    ordinal = rule(
        or_(
            rule(INT.interpretation(Ordinal.value.custom(int)), DASH, dictionary(L.ordinal_suffixes)),
            rule(dictionary(set(tens)).interpretation(Ordinal.tens.normalized().custom(tens.get)).optional(),
                 dictionary(set(numbers("ordinal_numbers"))).interpretation(
                     Ordinal.value.custom(ordinal_word_value))),  # "двадцать первое"
            rule(ROMAN_TOKEN.interpretation(Ordinal.value.custom(roman_value))),
        ),
        event_qualifiers().optional(),
        # "I Калужско-Белорусский бизнес-форум": the event noun may end a hyphenated word
        rule(custom(lambda s: s.isalpha() and s.islower()), DASH).optional(),
        dictionary(L.counted_events),
    ).interpretation(Ordinal)
    return parser(ordinal)


# A Roman numeral typed with Cyrillic or Ukrainian look-alikes ("ХХІ", "ХIV"): the tokenizer would split it
# where the alphabet changes, so it is spelled in Latin letters first (same length, same offsets).
MIXED_ROMAN = re.compile(r"\b[IVXLХІ]{2,}\b")


def find_ordinals(text: str) -> list[Match]:
    """Ordinals directly before an event noun; the match ends after the noun."""
    text = MIXED_ROMAN.sub(lambda m: m.group().translate(CYRILLIC_ROMAN), text)
    return [Match(m.span.start, m.span.stop, (m.fact.tens or 0) + m.fact.value) for m in _parser().findall(text)
            if m.fact.value]
