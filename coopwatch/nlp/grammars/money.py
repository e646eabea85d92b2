"""Money: "743 млн долларов США", "$1 млрд", "1,280 миллиарда долларов", "почти миллиард
долларов", "130 млрд российских рублей", "около 760 млн", "1,5–2 млрд долларов", "триста с
небольшим миллионов долларов", "$600 млн с лишним", "два с половиной миллиарда рублей".

Word lists are the lexicon's: ``L.currency_words`` (nouns, abbreviations and signs → ISO code),
``L.currency_adjectives``, ``L.amount_approx_words`` (before an amount), ``L.approx_tails`` (after
"с": "с лишним", "с небольшим"), ``L.instrumental_endings`` (a tail that begins a phrase of its own);
numbers and multipliers come from ``common``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from yargy import or_, rule
from yargy.interpretation import fact
from yargy.predicates import caseless, dictionary, eq, in_, in_caseless

from coopwatch.lexicon import L
from coopwatch.nlp.grammars.common import (
    DASH,
    Match,
    multiplier,
    multiplier_value,
    number,
    number_value,
    parser,
)

Money = fact("Money", ["approx", "amount", "amount_low", "multiplier", "currency", "sign", "rest", "rest_multiplier"])


@cache
def _approx_before() -> re.Pattern:
    """"около", "в районе", "не менее"… right before an amount: read off the text before the match
    rather than by the grammar, which stays small (an Earley chart predicts every rule at every word)."""
    words = sorted(L.amount_approx_words, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})\s*(?:чем\s*)?(?:на\s*)?[$€₽]?\s*$", re.I)


@cache
def _approx_after() -> re.Pattern:
    """"$600 млн с лишним": the tail after a whole amount; not "с небольшим ростом", where "с"
    begins a phrase of its own."""
    tails = "|".join(sorted(_tail_forms()))
    instrumental = "|".join(sorted(L.instrumental_endings))
    return re.compile(rf"^\s*с\s+(?:{tails})(?!\s+[а-яё]+(?:{instrumental})\b)(?!\w)", re.I)


@cache
def _tail_forms() -> frozenset[str]:
    """The instrumental forms of the tail words ("лишним", "небольшим", "гаком")."""
    from coopwatch.nlp.annotate import morph_vocab

    forms = set()
    for lemma in L.approx_tails:
        for p in morph_vocab().parse(lemma):
            if p.normal_form.replace("ё", "е") == lemma:
                forms.update(f.word for f in p.lexeme if "ablt" in f.tag)
    return frozenset(forms)


@cache
def _currencies() -> dict[str, str]:
    return dict(L.currency_words)


@cache
def _currency_forms() -> dict[str, str]:
    """Every case form of the currency nouns → the ISO code: pymorphy lemmatises some of them as other words
    ("сомов" → "сомовый", "тенге" → "тенг", "лари" → "ларь"), so the forms are looked up as written."""
    from coopwatch.lexicon.forms import forms

    out: dict[str, str] = {}
    for word, code in _currencies().items():
        if word.isalpha():
            out.update({f: code for f in forms(word) if f not in out})
            out[word] = code
    return out


def _grammar():
    words = {w for w in _currencies() if w.isalpha()}
    signs = {w for w in _currencies() if not w.isalpha()}
    currency_noun = or_(dictionary(words), in_caseless(set(_currency_forms())))
    currency = rule(dictionary(set(L.currency_adjectives)).optional(), currency_noun, eq(".").optional(),
                    caseless("США").optional()).interpretation(Money.currency.custom(lambda s: s))
    sign = in_(signs).interpretation(Money.sign)
    # "триста с небольшим миллионов": the tail between the number and its multiplier
    tail = rule(caseless("с"), dictionary(set(L.approx_tails))).interpretation(Money.approx.const(True))
    amount = number().interpretation(Money.amount.custom(number_value))
    amount_low = number().interpretation(Money.amount_low.custom(number_value))
    mult = multiplier().interpretation(Money.multiplier.custom(multiplier_value))
    range_low = rule(amount_low, multiplier().optional(), DASH)
    # "1 млрд 200 млн долларов": a smaller multiple after the first
    rest = rule(number().interpretation(Money.rest.custom(number_value)),
                multiplier().interpretation(Money.rest_multiplier.custom(multiplier_value)))
    return or_(
        rule(sign, amount, mult.optional()),
        rule(amount, mult, rest, currency.optional()),
        rule(range_low.optional(), amount, tail.optional(), mult.optional(), currency),
        rule(range_low.optional(), amount, tail.optional(), mult),
        rule(mult, currency),
        # "выйти на полмиллиарда", "на миллиард": a whole amount in one word, its currency the figure's before
        rule(dictionary(set(L.whole_amounts) | set(L.large_scales))
             .interpretation(Money.multiplier.custom(multiplier_value))),
    ).interpretation(Money)


@dataclass(frozen=True)
class Amount:
    value: float | None
    low: float | None  # lower bound of a range ("1,5–2 млрд"), else None
    currency: str | None
    approx: bool


@lru_cache(maxsize=1)
def _parser():
    return parser(_grammar())


def _currency(text: str | None, sign: str | None) -> str | None:
    if sign:
        return _currencies().get(sign)
    if not text:
        return None
    from coopwatch.nlp.annotate import lemma_of

    written = [w.strip(".").lower().replace("ё", "е") for w in text.split()]
    words = [lemma_of(w) for w in written]
    if "белорусский" in words and "рубль" in words:
        return "BYN"
    for w in written:
        if w in _currency_forms():
            return _currency_forms()[w]
    for w in words:
        if w in _currencies():
            return _currencies()[w]
        if w.startswith("долл"):
            return "USD"
        if w.startswith("руб"):
            return "RUB"
    return None


def _plural(word: str) -> bool:
    from coopwatch.nlp.annotate import morph_vocab

    parses = morph_vocab().parse(word.lower())
    return bool(parses) and all(p.feats.get("Number") == "Plur" for p in parses)


def _scaled(amount: float, multiplier: float) -> float:
    """"512,3 млн" → 512300000.0, not the 512299999.99999994 of binary floats (to the kopeck)."""
    return round(amount * multiplier, 2)


def find_money(text: str) -> list[Match]:
    out = []
    for m in _parser().findall(text):
        f = m.fact
        if f.amount is None and f.sign is None and _plural(text[m.span.start: m.span.stop].split()[0]):
            continue  # "сотни миллионов долларов": the number is not given
        mult = f.multiplier or 1.0
        amount = f.amount if f.amount is not None else (1.0 if f.multiplier else None)
        value = _scaled(amount, mult) if amount is not None else None
        if value is not None and f.rest is not None and f.rest_multiplier and f.rest_multiplier < mult:
            value += _scaled(f.rest, f.rest_multiplier)  # "1 млрд 200 млн"
        low = _scaled(f.amount_low, mult) if f.amount_low is not None else None
        approx = bool(f.approx or _approx_before().search(text[max(0, m.span.start - 25): m.span.start])
                      or _approx_after().search(text[m.span.stop: m.span.stop + 40]))
        out.append(Match(m.span.start, m.span.stop,
                         Amount(value=value, low=low, currency=_currency(f.currency, f.sign), approx=approx)))
    return out
