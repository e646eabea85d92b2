"""Numbers, counts and money as Russian writes them: groups of digits apart («1 234»), a decimal
comma («62,6»), nouns that agree with their number (pymorphy: «1 противоречие», «21 место»,
«73 документа»), amounts with a scale word and the currency's name («62,6 млн долларов США»)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from coopwatch.wording.morph import inflect, parses, with_number

NBSP = "\u00a0"
THIN = "\u202f"  # between the groups of digits: "1 234"

# ISO 4217 code → the currency's name in the nominative singular; the amount's form comes from
# morphology (``agree``). Words morphology does not know keep this form.
CURRENCIES = {
    "USD": "доллар США", "EUR": "евро", "RUB": "рубль", "BYN": "белорусский рубль", "CNY": "юань",
    "KZT": "тенге", "UZS": "сум", "KGS": "сом", "TJS": "сомони", "AMD": "драм", "AZN": "манат",
    "MDL": "лей", "GEL": "лари", "INR": "рупия", "TRY": "лира", "MNT": "тугрик", "VND": "донг",
    "TMT": "манат", "AED": "дирхам", "GBP": "фунт стерлингов", "JPY": "иена",
}
# Currency names morphology reads as forms of other words ("сум" as the genitive plural of "сумма",
# "драм" of "драма"): each is declined like a noun of the same declension that it knows, the ending
# of that noun's form put on the currency's stem ("шум" → "шума", "шумов", "шумах": "2 сума",
# "5 сумов", "в сумах"). Words left out here and unknown to morphology ("лари") do not decline.
DECLINED_LIKE = {"сум": "шум", "драм": "храм"}
SCALES = ((1e9, "млрд"), (1e6, "млн"), (1e3, "тыс."))


@cache
def _parse(word: str):  # noqa: ANN202 - a pymorphy Parse or None
    """The reading of ``word`` as an adjective in the nominative singular, or as a noun in the
    nominative singular whose lemma it is."""
    return _nominative(word)


def _nominative(word: str):  # noqa: ANN202 - a pymorphy Parse or None
    for p in parses(word.lower()):
        if p.tag.case == "nomn" and p.tag.number == "sing" and (
                p.tag.POS == "ADJF" or (p.tag.POS == "NOUN" and _plain(p.normal_form) == _plain(word))):
            return p
    return None


def _form(word: str, form: Callable[[object], str | None]) -> str | None:
    """A form of ``word`` that morphology does not read as it is: ``form`` of its model noun
    (``DECLINED_LIKE``), the model's stem replaced by the word's. None for any other word."""
    model = DECLINED_LIKE.get(word)
    parse = _nominative(model) if model else None
    made = form(parse) if parse is not None else None
    if made is None or not made.startswith(model):
        return None
    return word + made[len(model):]


def _plain(word: str) -> str:
    return word.lower().replace("ё", "е")


def _many(n: int) -> bool:
    """A number that takes the genitive plural: 0, 5–20, 25…"""
    return abs(n) % 10 in (0, 5, 6, 7, 8, 9) or 11 <= abs(n) % 100 <= 14


@cache
def agree(n: int, phrase: str) -> str:
    """``phrase`` (nominative singular: "заседание", "белорусский рубль", "цель по товарообороту")
    in the form that goes with the number ``n``: 1 соглашение, 2 соглашения, 5 соглашений,
    21 соглашение. The words up to the head noun agree; the words after it, and words that
    morphology does not read as nouns or adjectives ("США", "тенге"), stay as they are."""
    out = []
    words = phrase.split(" ")
    for i, w in enumerate(words):
        p = _parse(w)
        if p is None:
            out.append(_form(w, lambda model: with_number(model, n)) or w)
            continue
        form = with_number(p, n)
        out.append(form if form is not None else w)
        if p.tag.POS == "NOUN":  # the head noun: what follows it depends on it, not on the number
            return " ".join(out + words[i + 1:])
    return " ".join(out)


def count(n: int, phrase: str) -> str:
    """"5 соглашений", "21 встреча", "1 234 документа" (a no-break space after the number)."""
    return f"{number(n)}{NBSP}{agree(int(n), phrase)}"


def number(x: float | int | None, digits: int = 1) -> str:
    """"1 234", "12,5": groups of digits apart, a decimal comma, no trailing zeros; "—" for none."""
    if x is None:
        return "—"
    if float(x).is_integer():
        s = f"{int(x):,}".replace(",", THIN)
    else:
        s = f"{x:,.{digits}f}".rstrip("0").rstrip(".").replace(",", THIN).replace(".", ",")
    return s.replace("-", "−")


def percent(x: float, sign: bool = False) -> str:
    """"12,5 %", with ``sign`` "+12,5 %"."""
    s = number(round(x, 1))
    if sign and x > 0:
        s = "+" + s
    return f"{s}{NBSP}%"


@cache
def currency_name(currency: str | None) -> str:
    """The currency's name in the nominative singular: ours as people write it ("доллар США",
    "тенге"), any other ISO 4217 code's from CLDR through Babel ("швейцарский франк"); the code
    itself when neither has a name."""
    code = currency or ""
    if code in CURRENCIES or not code:
        return CURRENCIES.get(code, code)
    from babel.numbers import get_currency_name

    return get_currency_name(code, locale="ru")


def currency_in(currency: str | None) -> str:
    """What amounts are given in, for a chart's legend: «в долларах США», «в белорусских рублях»,
    «в тенге»; a code without a name «в XYZ»; "" for none. The words up to the head noun take the
    locative plural (pymorphy); what follows it stays as it is."""
    if not currency:
        return ""
    name = currency_name(currency)
    if name == currency:
        return f"в {currency}"
    out = []
    words = name.split(" ")
    for i, w in enumerate(words):
        p = _parse(w)
        if p is None:
            out.append(_form(w, lambda model: inflect(model, {"plur", "loct"})) or w)
            continue
        out.append(inflect(p, {"plur", "loct"}) or w)
        if p.tag.POS == "NOUN":
            out += words[i + 1:]
            break
    return "в " + " ".join(out)


def money(value: float | None, currency: str | None, approx: bool = False) -> str:
    """"62,6 млн долларов США", "1,25 млрд белорусских рублей", "около 743 млн долларов США",
    "500 долларов США"; "—" for none."""
    if value is None:
        return "—"
    name = currency_name(currency)
    prefix = "около " if approx else ""
    for scale, word in SCALES:
        if abs(value) >= scale:
            amount = number(float(f"{value / scale:.4g}"), 3)
            return f"{prefix}{amount}{NBSP}{word}" + (f" {agree(5, name)}" if name else "")
    amount = number(value, 2)
    if not name:
        return prefix + amount
    whole = float(value).is_integer()
    # "2,5 доллара США": a fraction takes the genitive singular, as after 2
    return f"{prefix}{amount} {agree(int(value) if whole else 2, name) if name != currency else name}"
