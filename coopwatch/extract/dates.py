"""Which day a date phrase means for an event: rules every fact type shares.

``event_day(ctx, match)`` is the ISO date (``resolve``) of a matched date, read as an event's
first day: "с 14 по 16 мая 2024 года" is the 14th (FACTS: a visit's date is its first day).

The rules: dates.range_start, dates.dateline_gives_way, dates.same_day_as_before, dates.day_before_told, dates.years_after_before.
"""

from __future__ import annotations

import re

from coopwatch.extract.context import Context
from coopwatch.extract.rulebook import UNCHANGED, rule
from coopwatch.lexicon import L, phrase_pattern
from coopwatch.nlp.annotate import Token
from coopwatch.nlp.grammars.common import Match
from coopwatch.nlp.grammars.date import Date, resolve

RANGE_START = re.compile(r"(?:^|\s)[сС]\s+(\d{1,2})\s+по\s+$")


@rule("dates.range_start", "'с 14 по 16 мая 2024 года': a range of days stands for its first day",
      "С 14 по 16 мая 2024 года делегация Брестской области находилась в Татарстане.")
def range_start(ctx: Context, match) -> int | None:
    """The first day of "с D1 по D2 <month>", when the grammar read only "D2 <month>"."""
    m = RANGE_START.search(ctx.document.text[max(match.start - 12, 0): match.start])
    if m is None or match.value.day is None:
        return None
    day = int(m.group(1))
    return day if 1 <= day < match.value.day else None


def event_day(ctx: Context, match) -> str | None:
    first = range_start(ctx, match)
    v = match.value
    if first is not None:
        v = Date(year=v.year, month=v.month, day=first, year_shift=v.year_shift, day_shift=v.day_shift,
                 weekday=v.weekday)
    return resolve(v, ctx.document.published)


@rule("dates.dateline_gives_way", "'Курск. 15.01.2025. Вчера, 14 января, прошло заседание …': a dateline's date the "
      "segmenter joined to the first sentence is when the text was issued; a date of the sentence's own tells its "
      "events", "Курск. 15.01.2025. Вчера, 14 января, прошло заседание рабочей группы Курской и Гомельской "
      "областей.", off=UNCHANGED)
def dateline_gives_way(dates: list[Match], ctx: Context) -> list[Match]:
    out = []
    for d in dates:
        sent = ctx.ann.sentence_of(d.start)
        opening = sent is not None and sent.index <= 4 and _after_place_opening(ctx, sent, d)
        full = d.value.day is not None and d.value.month is not None and d.value.year is not None
        other = sent is not None and any(o is not d and sent.start <= o.start < sent.stop and o.start > d.stop
                                         and (o.value.day is not None or o.value.day_shift is not None)
                                         for o in dates)
        if not (opening and full and other):
            out.append(d)
    return out


def is_dateline_date(ctx: Context, d: Match) -> bool:
    """The date of a release's dateline ("Иркутск, 15 мая 2025 г. В Иркутске отметили …"): when it was issued."""
    sent = ctx.ann.sentence_of(d.start)
    return sent is not None and sent.index <= 4 and _after_place_opening(ctx, sent, d)


def _after_place_opening(ctx: Context, sent, d: Match) -> bool:
    """The date comes right after the sentence's opening place name and a point or a comma ("Курск. 15.01.2025.")."""
    words = sent.tokens
    if len(words) < 3 or words[0].start > d.start:
        return False
    head = [t for t in words if t.stop <= d.start]
    if not head and sent.index > 0:  # "Курск." cut off as a sentence of its own
        head = ctx.ann.sentences[sent.index - 1].tokens
        sent = ctx.ann.sentences[sent.index - 1]
    return 2 <= len(head) <= 4 and head[-1].text in (".", ",") and head[0].is_cap() \
        and any(m.start == head[0].i for m in ctx.places_in(sent.index, sides_only=False))


@rule("dates.same_day_as_before", "'В тот же день в Уфе открылось представительство', 'тогда же', 'Тогда было "
      "подписано …': the day (or month) of the last date the text gave before, for every fact of the sentence", "Соглашение подписано 21 мая 2026 года в Уфе. "
      "В тот же день в Уфе открылось представительство Шымкента.", off=[])
def same_day_as_before(text: str, dates: list[Match]) -> list[Match]:
    """A match for each "в тот же день", valued as the nearest earlier date with a day or a month."""
    out = []
    for m in phrase_pattern("same_day_phrases").finditer(text):
        if " " not in m.group() and not (m.group()[0].isupper() and _opens_sentence(text, m.start())):
            continue  # "тогда" alone: only "Тогда …" opening a sentence
        # "в тот же день", "того же дня" name a day: a month told before ("в марте") is no day to take
        of_a_day = any(w in L.day_words for w in m.group().lower().split())
        before = [d for d in dates if d.stop <= m.start()
                  and (d.value.day is not None or d.value.month is not None and not of_a_day)]
        if before:
            out.append(Match(m.start(), m.end(), before[-1].value))
    return out


@rule("dates.day_before_told", "'Подписание состоялось 21 мая … Накануне гости осмотрели завод': 'накануне' as an "
      "adverb is the day before the last day the text told in the sentences before it (the publication's eve only "
      "when none is told); 'накануне визита' is no date", "Соглашение подписано 21 мая в Челябинске. Накануне гости "
      "осмотрели тракторный завод.", off=UNCHANGED)
def day_before_told(dates: list[Match], ctx: Context) -> list[Match]:
    out: list[Match] = []
    by_start = {t.start: t for t in ctx.ann.tokens}
    for m in dates:
        t = by_start.get(m.start)
        if t is None or t.lower != "накануне" or m.value.day_shift is None:
            out.append(m)
            continue
        nxt = ctx.ann.tokens[t.i + 1] if t.i + 1 < len(ctx.ann.tokens) else None
        if nxt is not None and nxt.sent == t.sent and nxt.pos == "NOUN" and nxt.case == "Gen" \
                and nxt.lemma not in L.trip_nouns:
            continue  # "накануне форума": the eve of an event, not a day the text gives
        told = [d for d in out if d.value.day is not None and d.value.month is not None
                and by_start.get(d.start) is not None and by_start[d.start].sent < t.sent
                and not _ahead(d.value, ctx.document.published)]
        if nxt is not None and nxt.sent == t.sent and nxt.lemma in L.trip_nouns and not told:
            continue  # "Накануне визита" is the eve of the trip's day told before; with none told, no date
        out.append(Match(m.start, m.stop, _day_before(told[-1].value)) if told else m)
    return out


def _ahead(v: Date, published) -> bool:
    """A day after the publication ("Форум пройдет 25 мая. Накануне губернатор встретился …": the publication's eve);
    without a year, later in the publication's year."""
    if published is None:
        return False
    if v.year is None:
        return (v.month, v.day) > (published.month, published.day)
    return (v.year, v.month, v.day) > (published.year, published.month, published.day)


def _day_before(v: Date) -> Date:
    from datetime import date, timedelta

    # a leap year stands in for a date told without one ("21 мая"): only the day and month are shifted
    d = date(v.year or 2000, v.month, v.day) - timedelta(days=1)
    return Date(year=d.year if v.year else None, month=d.month, day=d.day, year_shift=v.year_shift, day_shift=None,
                weekday=None)


def _opens_sentence(text: str, at: int) -> bool:
    head = text[:at].rstrip()
    return not head or head[-1] in ".!?…\n»"


@rule("dates.years_after_before", "'Соглашение подписали в 2019 году. Годом позже города стали побратимами': so many "
      "years after the last year the text gave", "Соглашение о сотрудничестве Сыктывкар и Гродно подписали в 2019 году. "
      "Годом позже города стали побратимами.", off=[])
def years_after_before(text: str, dates: list[Match]) -> list[Match]:
    """A year-only match for each "годом позже", "год спустя", valued as the nearest earlier year plus the shift."""
    out: list[Match] = []
    for m in phrase_pattern("later_year_phrases").finditer(text):
        # "Два года спустя …, а через год …": a phrase counts from the one before it too
        before = [d for d in dates + out if d.stop <= m.start() and d.value.year is not None]
        shift = L.later_year_phrases.get(" ".join(m.group().lower().split()))
        if before and shift:
            year = max(before, key=lambda d: d.stop).value.year + int(shift)
            out.append(Match(m.start(), m.end(), Date(year=year, month=None, day=None, year_shift=None, day_shift=None,
                                                      weekday=None)))
    return out


def day_marker(ctx: Context, sent: int, before: int | None = None) -> tuple[str, int] | None:
    """How a sentence of a narrated trip says which day it is on: ("nth", n) for "на второй день" (counted from the
    first), ("next", 0) for "на следующий день", "Назавтра" (after the day told last), ("same", 0) for "Вечером",
    "Далее", "После этого" opening it; None when it does not say. With ``before`` (a token), the day of the words
    before it: "В первый день гости посетили завод, а на второй (день) прошли переговоры" — the talks are on the
    second."""
    tokens = ctx.tokens_of(sent)
    found = [(k, m) for k in range(len(tokens) - 1) if (m := _day_at(tokens, k)) is not None]
    told = [m for k, m in found if before is not None and tokens[k].i < before]
    if told:
        return told[-1]
    if found:
        return found[0][1]
    if tokens and tokens[0].lower in L.next_day_words:
        return "next", 0
    if tokens and tokens[0].lower in L.same_day_parts:
        return "same", 0
    opening = " ".join(t.lower for t in tokens[:2])
    if tokens and (tokens[0].lower in L.next_step_words or opening in L.next_step_words):
        return "same", 0  # "Далее губернатор посетил …", "После этого …": the narrated day goes on
    return None


def _day_at(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """The day the words at ``k`` mark: "на второй день", "на следующий день", or the elliptical "а на второй" after a
    day marked before in the sentence."""
    from coopwatch.nlp.grammars.ordinal import ordinal_word_value

    t = tokens[k]
    if k == 0 or tokens[k - 1].lower not in L.where_prepositions:
        return None
    if tokens[k + 1].lemma != "день":
        # "В первый день …, а на второй провели переговоры": the noun left out after a day marked before
        elided = any(x.lemma == "день" for x in tokens[:k]) and tokens[k + 1].pos != "NOUN"
        n = ordinal_word_value(t.text) if elided and t.pos in ("ADJ", "NUM") else None
        return ("nth", n) if n else None
    if t.lemma in L.next_day_words:
        return "next", 0
    n = ordinal_word_value(t.text)
    # not "на второй день форума": another count; "В первый день гостей принял …" — the guests are whom the
    # day's host received (their plural accusative reads as a genitive)
    if n and (k + 2 >= len(tokens) or tokens[k + 2].lemma in L.stay_nouns | L.work_words | L.visitor_nouns or
              tokens[k + 2].case != "Gen"):
        return "nth", n
    return None


def trip_start(day: str | None, marker: tuple[str, int] | None) -> str | None:
    """The first day of a narrated trip from a day of it a sentence dates: "На второй день визита, 3 марта" → 2 March;
    None when the marker does not count from the first day ("На следующий день", or no marker)."""
    from datetime import date as day_of
    from datetime import timedelta

    if day is None or len(day) != 10 or marker is None or marker[0] != "nth":
        return None
    return (day_of.fromisoformat(day) - timedelta(days=marker[1] - 1)).isoformat()


def narrated_day(ctx: Context, sent: int, start, told, before: int | None = None):
    """The day a sentence of a narrated trip is on (``start``: the trip's first day, ``told``: the day told last),
    and whether it says so (of the words before token ``before``, when given)."""
    from datetime import timedelta

    marker = day_marker(ctx, sent, before)
    if marker is None:
        return told, False
    kind, n = marker
    return {"nth": start + timedelta(days=n - 1), "next": told + timedelta(days=1), "same": told}[kind], True
