"""Russian wording of a report: numerals that agree with their nouns (pymorphy's
``make_agree_with_number``), dates at the precision the sources give, amounts of money, periods,
percentages, place names with their level."""

from __future__ import annotations

from datetime import date
from functools import cache

from coopwatch.gazetteer.places import gazetteer, lineage

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
# The genitive plural of the currency names morphology reads as other words ("сум" as "сумма").
GENITIVE_PLURAL = {"сум": "сумов", "драм": "драмов", "сом": "сомов", "лари": "лари", "донг": "донгов"}
SCALES = ((1e9, "млрд"), (1e6, "млн"), (1e3, "тыс."))
LEVELS = {"country": "государство", "region": "регион", "city": "город", "district": "район"}
QUARTERS = {(1, 3): "I квартал", (4, 6): "II квартал", (7, 9): "III квартал", (10, 12): "IV квартал",
            (1, 6): "I полугодие", (7, 12): "II полугодие"}


@cache
def morph():  # noqa: ANN201 - pymorphy3.MorphAnalyzer
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def _parse(word: str):  # noqa: ANN202 - pymorphy3 Parse or None
    """The reading of ``word`` as an adjective in the nominative singular, or as a noun in the
    nominative singular whose lemma it is."""
    for p in morph().parse(word):
        if p.tag.case == "nomn" and p.tag.number == "sing" and (
                p.tag.POS == "ADJF" or (p.tag.POS == "NOUN" and p.normal_form == word.lower())):
            return p
    return None


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
            out.append(GENITIVE_PLURAL.get(w, w) if abs(n) % 10 in (0, 5, 6, 7, 8, 9) or 11 <= abs(n) % 100 <= 14
                       else w)
            continue
        form = p.make_agree_with_number(abs(n))
        out.append(form.word if form is not None else w)
        if p.tag.POS == "NOUN":  # the head noun: what follows it depends on it, not on the number
            return " ".join(out + words[i + 1:])
    return " ".join(out)


def count(n: int, phrase: str) -> str:
    """"5 соглашений", "21 встреча"."""
    return f"{number(n)}{NBSP}{agree(n, phrase)}"


def number(x: float, digits: int = 1) -> str:
    """"1 234", "12,5": groups of digits apart, a decimal comma, no trailing zeros."""
    if float(x).is_integer():
        s = f"{int(x):,}".replace(",", THIN)
    else:
        s = f"{x:,.{digits}f}".rstrip("0").rstrip(".").replace(",", THIN).replace(".", ",")
    return s.replace("-", "−")


def percent(x: float, sign: bool = False) -> str:
    s = number(round(x, 1))
    if sign and x > 0:
        s = "+" + s
    return f"{s}{NBSP}%"


def money(value: float | None, currency: str | None, approx: bool = False) -> str:
    """"878 млн долларов США", "1,25 млрд белорусских рублей", "около 743 млн долларов США"."""
    if value is None:
        return "—"
    name = CURRENCIES.get(currency or "", currency or "")
    prefix = "около " if approx else ""
    for scale, word in SCALES:
        if abs(value) >= scale:
            amount = number(float(f"{value / scale:.4g}"), 3)
            return f"{prefix}{amount}{NBSP}{word}{' ' + agree(5, name) if name else ''}"
    return f"{prefix}{number(value, 2)}{' ' + agree(int(value), name) if name and currency in CURRENCIES else ''}" \
        + (f" {name}" if name and currency not in CURRENCIES else "")


@cache
def month_names() -> dict[int, str]:
    """Month number → its name in the nominative (from the lexicon)."""
    from coopwatch.lexicon import numbers

    return {n: name for name, n in numbers("months").items()}


@cache
def month_genitive(m: int) -> str:
    return morph().parse(month_names()[m])[0].inflect({"gent"}).word


def ru_date(raw: str | date | None, empty: str = "дата не указана") -> str:
    """A date at the precision given: "12 марта 2024 г.", "март 2024 г.", "2024 г."."""
    if raw is None or raw == "":
        return empty
    if isinstance(raw, date):
        raw = raw.isoformat()
    parts = raw.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return f"{year}{NBSP}г."
        month = int(parts[1])
        if len(parts) == 2:
            return f"{month_names()[month]} {year}{NBSP}г."
        return f"{int(parts[2])} {month_genitive(month)} {year}{NBSP}г."
    except (ValueError, KeyError):
        return raw


def short_date(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else "дата не указана"


def years(start: int | None, end: int | None) -> str:
    """A document's term: "2026–2027 гг.", "до 2027 г.", "с 2026 г.", "2026 г."."""
    if start is None and end is None:
        return "срок не указан"
    if start is None:
        return f"до {end}{NBSP}г."
    if end is None:
        return f"с {start}{NBSP}г."
    if start == end:
        return f"{start}{NBSP}г."
    return f"{start}–{end}{NBSP}гг."


def _ym(s: str) -> tuple[int, int]:
    y, m = s.split("-")[:2]
    return int(y), int(m)


def trade_period(p: list[str] | None) -> str:
    """A trade figure's period: "2024 г.", "I полугодие 2025 г.", "январь–сентябрь 2025 г."."""
    if not p or len(p) != 2:
        return "период не указан"
    try:
        (y1, m1), (y2, m2) = _ym(p[0]), _ym(p[1])
    except ValueError:
        return "–".join(p)
    if y1 == y2:
        if (m1, m2) == (1, 12):
            return f"{y1}{NBSP}г."
        if (m1, m2) in QUARTERS:
            return f"{QUARTERS[m1, m2]} {y1}{NBSP}г."
        if m1 == m2:
            return f"{month_names()[m1]} {y1}{NBSP}г."
        return f"{month_names()[m1]}–{month_names()[m2]} {y1}{NBSP}г."
    return f"{month_names()[m1]} {y1}{NBSP}г. – {month_names()[m2]} {y2}{NBSP}г."


def annual_year(p: list[str] | None) -> int | None:
    """The year a period covers whole (January to December of one year), else None."""
    try:
        (y1, m1), (y2, m2) = _ym(p[0]), _ym(p[1])  # type: ignore[index]
    except (ValueError, TypeError, IndexError):
        return None
    return y1 if y1 == y2 and (m1, m2) == (1, 12) else None


def place_name(place_id: str) -> str:
    return gazetteer().name(place_id)


def places(ids: list[str] | None, sep: str = " — ") -> str:
    return sep.join(place_name(p) for p in ids or [])


def level_phrase(place_id: str) -> str:
    """"Республика Татарстан (регион; Российская Федерация)", "Республика Беларусь (государство)"."""
    gz = gazetteer()
    up = [gz.name(p) for p in lineage(place_id)[1:]]
    level = LEVELS.get(gz.level(place_id), gz.level(place_id))
    return f"{gz.name(place_id)} ({level}{'; ' + ', '.join(up) if up else ''})"


def refs_text(numbers_: list[int]) -> str:
    """Note numbers with runs joined: [1, 2, 3, 7] → "1–3, 7"."""
    out: list[str] = []
    run: list[int] = []
    for n in sorted(set(numbers_)):
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            out.append(f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)))
        run = [n]
    if run:
        out.append(f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)))
    return ", ".join(out)
