"""Money: "743 млн долларов США", "$1 млрд", "1,280 миллиарда долларов", "почти миллиард
долларов", "130 млрд российских рублей", "около 760 млн", "1,5–2 млрд долларов"."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from yargy import or_, rule
from yargy.interpretation import fact
from yargy.predicates import caseless, dictionary, eq, in_, normalized

from coopwatch.nlp.grammars.common import (
    DASH,
    MULTIPLIER,
    NUMBER,
    Match,
    multiplier_value,
    number_value,
    parser,
)

Money = fact("Money", ["approx", "amount", "amount_low", "multiplier", "currency", "sign"])

APPROX_WORDS = {"около", "почти", "порядка", "более", "свыше", "примерно", "приблизительно",
                "больше", "ориентировочно", "где-то"}
APPROX = or_(
    rule(dictionary(APPROX_WORDS)),
    rule(caseless("не"), normalized("менее")),
    rule(caseless("без"), caseless("малого")),
).interpretation(Money.approx.const(True))

CURRENCY_WORDS = {
    "доллар": "USD", "бакс": "USD", "евро": "EUR", "рубль": "RUB", "юань": "CNY",
    "тенге": "KZT", "сум": "UZS", "сом": "KGS", "сомони": "TJS", "драм": "AMD", "манат": "AZN",
    "лей": "MDL", "лари": "GEL", "рупия": "INR", "лира": "TRY",
}
SIGNS = {"$": "USD", "€": "EUR", "₽": "RUB", "¥": "CNY"}

CURRENCY_ADJ = dictionary({"американский", "российский", "белорусский", "китайский", "казахстанский"})
CURRENCY_NOUN = or_(
    rule(dictionary(set(CURRENCY_WORDS))),
    rule(caseless("долл"), eq(".").optional()),
    rule(caseless("руб"), eq(".").optional()),
)
CURRENCY = rule(CURRENCY_ADJ.optional(), CURRENCY_NOUN, rule(caseless("США")).optional()).interpretation(
    Money.currency.custom(lambda s: s))
SIGN = in_(set(SIGNS)).interpretation(Money.sign)

AMOUNT = NUMBER.interpretation(Money.amount.custom(number_value))
AMOUNT_LOW = NUMBER.interpretation(Money.amount_low.custom(number_value))
MULT = MULTIPLIER.interpretation(Money.multiplier.custom(multiplier_value))
RANGE_LOW = rule(AMOUNT_LOW, MULTIPLIER.optional(), DASH)

MONEY = or_(
    rule(APPROX.optional(), SIGN, AMOUNT, MULT.optional()),
    rule(APPROX.optional(), RANGE_LOW.optional(), AMOUNT, MULT.optional(), CURRENCY),
    rule(APPROX.optional(), RANGE_LOW.optional(), AMOUNT, MULT),
    rule(APPROX.optional(), MULT, CURRENCY),
).interpretation(Money)


@dataclass(frozen=True)
class Amount:
    value: float | None
    low: float | None  # lower bound of a range ("1,5–2 млрд"), else None
    currency: str | None
    approx: bool


@lru_cache(maxsize=1)
def _parser():
    return parser(MONEY)


def _currency(text: str | None, sign: str | None) -> str | None:
    if sign:
        return SIGNS.get(sign)
    if not text:
        return None
    from coopwatch.nlp.annotate import lemma_of

    words = [lemma_of(w.strip(".")) for w in text.split()]
    if "белорусский" in words and "рубль" in words:
        return "BYN"
    for w in words:
        if w in CURRENCY_WORDS:
            return CURRENCY_WORDS[w]
        if w.startswith("долл"):
            return "USD"
        if w.startswith("руб"):
            return "RUB"
    return None


def find_money(text: str) -> list[Match]:
    out = []
    for m in _parser().findall(text):
        f = m.fact
        mult = f.multiplier or 1.0
        amount = f.amount if f.amount is not None else (1.0 if f.multiplier else None)
        value = amount * mult if amount is not None else None
        low = f.amount_low * mult if f.amount_low is not None else None
        out.append(Match(m.span.start, m.span.stop,
                         Amount(value=value, low=low, currency=_currency(f.currency, f.sign), approx=bool(f.approx))))
    return out

