"""trade — a reported figure of trade between two sides.

Rules:
- a trade word ("товарооборот", "торговый оборот", "взаимная торговля", "объем торговли",
  "экспорт", "импорт", "экспортные/импортные поставки") with an amount it reached ("составил
  743 млн долларов", "— 676,9 млн", "до 250,7 млн", "достигнув 700 млн") or a stated change
  ("вырос на 45%", "в 1,5 раза", "рост составил 190 процентов"); an amount of change ("на 12 млн")
  or of the starting point ("со 130 млрд") is not the value;
- what is only planned or hoped is a target, not trade (see ``target``); vague words
  ("достойные цифры") are nothing;
- the period is the one the sentence gives ("за 2024 год", "первое полугодие 2025 года", "в
  прошлом году" with a publication date); none given — ``null``, never a year from elsewhere;
- sides: "между A и B", "A с B", the origin and destination of exports ("экспорт нижегородских
  товаров в Белоруссию"), else the sides of the sentence before, else the document's camps;
- several figures of one sentence share its period ("по итогам 2015 года … из них экспортные
  поставки … импортные поставки …"); figures with one key in a document are one fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopwatch.extract import sides
from coopwatch.extract.clauses import unrealised
from coopwatch.extract.context import Context
from coopwatch.facttypes.trade import TradeFact
from coopwatch.nlp.annotate import Token
from coopwatch.nlp.grammars.common import Match

TURNOVER = {"товарооборот", "оборот", "торговля", "товарообмен"}
EXPORT = {"экспорт", "экспортный", "вывоз"}
IMPORT = {"импорт", "импортный", "ввоз"}
GROW = {"вырасти", "увеличиться", "возрасти", "рост", "прирост", "увеличение", "нарастить", "расти", "увеличиваться",
        "больше", "выше"}
FALL = {"снизиться", "сократиться", "уменьшиться", "упасть", "снижение", "сокращение", "спад", "меньше", "ниже"}
REACHED = {"составить", "составлять", "достичь", "достигнуть", "превысить", "превышать", "выйти", "достигать"}
APPROX_VERBS = {"превысить", "превышать"}
ESTIMATES = {"потенциал", "резерв", "емкость", "ёмкость"}


@dataclass
class TradeWord:
    metric: str
    tok: Token


def trade_words(ctx: Context, sent: int) -> list[TradeWord]:
    out = []
    tokens = ctx.ann.tokens
    for t in ctx.tokens_of(sent):
        if any(x.lemma in ESTIMATES for x in tokens[max(t.i - 3, 0): t.i]):
            continue  # "потенциал роста товарооборота оценивается в 500 млн": neither a figure nor a goal
        if t.lemma in TURNOVER:
            if t.lemma == "оборот" and not any(x.lemma in ("торговый", "внешнеторговый", "товарный") for x in tokens[max(t.i - 2, 0): t.i]):
                continue
            if t.lemma == "торговля" and not any(x.lemma in ("взаимный", "объем", "двусторонний", "внешний")
                                                 for x in tokens[max(t.i - 3, 0): t.i]):
                continue
            out.append(TradeWord("turnover", t))
        elif t.lemma in EXPORT and (t.lemma != "экспортный" or tokens[t.i + 1].lemma == "поставка"):
            out.append(TradeWord("export", t))
        elif t.lemma in IMPORT and (t.lemma != "импортный" or tokens[t.i + 1].lemma == "поставка"):
            out.append(TradeWord("import", t))
    return out


def value_amount(ctx: Context, money: Match) -> bool:
    """Is this amount a level reached, not a change ("на 12 млн") or a start ("со 130 млрд")?"""
    tokens = ctx.ann.tokens
    first = next((t for t in tokens if t.start >= money.start), None)
    if first is None or first.i == 0:
        return True
    prev = tokens[first.i - 1]
    reach = first.i > 1 and tokens[first.i - 2].lemma in ("выйти", "выходить", "уровень")  # "выйти на 1 млрд"
    if prev.lower in ("на", "со", "с", "от") and not money.value.approx and not reach:
        return False
    # "увеличился на почти 12 млн"
    return not (prev.lemma in ("более", "почти", "около", "свыше") and first.i > 1 and tokens[first.i - 2].lower == "на")


def approx(ctx: Context, money: Match) -> bool:
    if money.value.approx:
        return True
    tokens = ctx.ann.tokens
    first = next((t for t in tokens if t.start >= money.start), None)
    near = tokens[max(first.i - 3, 0): first.i] if first is not None else []
    return any(t.lemma in APPROX_VERBS or t.lemma in ("где-то", "примерно", "около", "почти") for t in near)


def growth_of(ctx: Context, sent: int, start: int, stop: int) -> tuple[float | None, bool]:
    """The stated change in percent: "вырос на 45%" → 45, "снизился на 3%" → -3, "в 1,5 раза" → 50,
    "118,2% к уровню прошлого года" → 18.2, "рост составил 190 процентов" → 190."""
    tokens = ctx.ann.tokens
    for g in ctx.in_sentence(ctx.growth, sent):
        if not start <= g.start < stop:
            continue
        first = next(t for t in tokens if t.start >= g.start)
        clause_start = max((t.i for t in ctx.tokens_of(sent) if t.i < first.i and t.text in (",", ";", "—")), default=ctx.tokens_of(sent)[0].i)
        before = tokens[max(min(first.i - 6, clause_start), ctx.tokens_of(sent)[0].i): first.i]
        lemmas = {t.lemma for t in before}
        approx_ = any(t.lemma in ("более", "почти", "около", "свыше") for t in tokens[max(first.i - 2, 0): first.i])
        if g.value.times is not None:
            return round((g.value.times - 1) * 100, 1), approx_
        pct = g.value.percent
        after = tokens[first.i: first.i + 6]
        level = any(t.lemma in ("уровень", "к") for t in after) and not lemmas & {"на"}
        if lemmas & FALL or {t.lemma for t in after[1:4]} & FALL:  # "на 7% меньше"
            return -pct, approx_
        if level and not lemmas & {"рост", "прирост"}:
            return round(pct - 100, 1), approx_  # "составил 118,2% к уровню прошлого года"
        if lemmas & (GROW | {"на"}) or "рост" in lemmas:
            return pct, approx_
    return None, False


def period_of(ctx: Context, sent: int, start: int | None = None, stop: int | None = None) -> list[str] | None:
    for p in ctx.in_sentence(ctx.trade_periods, sent):
        if (start is None or p.start >= start) and (stop is None or p.start < stop):
            value = p.value.resolve(ctx.document.published)
            if value:
                return value
    if start is not None:
        return period_of(ctx, sent)
    return None


def trade_sides(ctx: Context, sent: int, word: TradeWord, stop: int) -> list[str] | None:
    """Sides of a figure: "между A и B", "Татарстана с Беларусью", the sentence, the one before,
    the camps; export and import ordered [from, to]."""
    tokens = ctx.ann.tokens
    parts = _parts_start(ctx, sent, word)
    mentions = [m for m in sides.side_mentions(ctx, sent, adjectives=True) if not sides.venue(ctx, m)
                and (parts is None or m.start < parts)]
    btw = sides.between(ctx, sent, ctx.tokens_of(sent)[0].i)
    here = _in_order(ctx, sent, mentions)
    if word.metric in ("export", "import"):
        dest = [m.id for m in mentions if m.start > word.tok.i and m.start < stop and tokens[m.start - 1].lower in ("в", "во", "на")]
        origin = [m.id for m in mentions if m.id not in dest and (abs(m.start - word.tok.i) <= 3 or m.start < word.tok.i)]
        if dest:
            pair = sides.pair(ctx, dest, origin, here)
            if pair:
                to = pair[0]
                frm = pair[1]
                return [frm, to] if word.metric == "export" else [frm, to]
        # "импорт из Казахстана": the side after "из" is where the goods come from
        source = [m.id for m in mentions if 0 < m.start - word.tok.i <= 4 and tokens[m.start - 1].lower == "из"]
        pair = sides.pair(ctx, origin, here) or _before(ctx, sent) or sides.camps_pair(ctx)
        if pair and source:
            frm = next((p for p in pair if p == source[0] or sides.same_camp(ctx, p, source[0])), None)
            if frm is not None:
                return [frm, next(p for p in pair if p != frm)]
        if pair:
            return pair if word.metric == "export" else [pair[1], pair[0]]
        return None
    return sides.pair(ctx, btw, here) or _before(ctx, sent) or sides.camps_pair(ctx)


def _in_order(ctx: Context, sent: int, mentions: list) -> list[str]:
    """Sides of the sentence in the order the text names them, generic words included:
    "товарооборот региона с Беларусью" is the region's first."""
    found = [(m.start, m.id) for m in mentions]
    for t in ctx.tokens_of(sent):
        found += [(t.i, g) for g in sides.both_sides(ctx, t) or [sides.generic(ctx, t)] if g]
    return list(dict.fromkeys(pid for _, pid in sorted(found, key=lambda x: x[0])))


def _parts_start(ctx: Context, sent: int, word: TradeWord) -> int | None:
    """Where "из которых …", "из них …" starts: the parts' partners are not the whole's."""
    for t in ctx.tokens_of(sent):
        if t.i > word.tok.i and t.lower in ("которых", "них") and ctx.ann.tokens[t.i - 1].lower == "из":
            return t.i
    return None


def _before(ctx: Context, sent: int, back: int = 3) -> list[str] | None:
    """Sides named in the few sentences before a figure ("…с Белоруссией. … Наш товарооборот …
    За 2024 год он составил …"), nearest first."""
    ids: list[str] = []
    for s in range(sent - 1, max(sent - back, 0) - 1, -1):
        ids += [m.id for m in sides.side_mentions(ctx, s, adjectives=True) if not sides.venue(ctx, m)]
        ids += sides.generics_in(ctx, s)
        pair = sides.pair(ctx, ids)
        if pair and (len(set(ids)) >= 2 or s < sent - 1):
            return pair
    return None


def figures(ctx: Context, sent: int, *, planned: bool) -> list[tuple[TradeWord, Match | None, int]]:
    """(trade word, its amount or None, end of its stretch) for each trade word of a sentence
    whose figure is (planned=False) reported or (planned=True) only aimed at."""
    words = trade_words(ctx, sent)
    tokens = ctx.ann.tokens
    end = ctx.ann.sentences[sent].stop
    out = []
    for n, w in enumerate(words):
        stop = words[n + 1].tok.start if n + 1 < len(words) else end
        amounts = [m for m in ctx.in_sentence(ctx.money, sent) if w.tok.start < m.start < stop and value_amount(ctx, m)]
        if not amounts and n == len(words) - 1:
            # "Товарооборот … за три года со 130 млрд … увеличился до 230 млрд": amounts before the word
            amounts = [m for m in ctx.in_sentence(ctx.money, sent) if m.start < w.tok.start and value_amount(ctx, m)
                       and not any(x.tok.start < m.start for x in words[:n])]
        # "ранее стояла задача … в один миллиард, в прошлом году эта цифра составила 1,280 миллиарда":
        # the first amount of the kind asked for
        chosen = None
        for m in amounts:
            anchor = next(t for t in tokens if t.start >= m.start)
            if _is_planned(ctx, anchor, w.tok) == planned:
                chosen = m
                break
        if chosen is None and (amounts or _is_planned(ctx, w.tok, w.tok) != planned):
            continue
        if chosen is not None and chosen.value.currency is None:
            chosen = _with_currency(ctx, sent, chosen)
        out.append((w, chosen, stop))
    return out


def _with_currency(ctx: Context, sent: int, m: Match) -> Match:
    """"со 130 млрд российских рублей … до 230 млрд": the currency of the sentence's other amount."""
    from dataclasses import replace

    for other in ctx.in_sentence(ctx.money, sent):
        if other.value.currency:
            return Match(m.start, m.stop, replace(m.value, currency=other.value.currency))
    return m


PLAN_WORDS = {"задача", "цель", "план", "планировать", "намерен", "намереваться", "довести", "нарастить",
              "рассчитывать", "выйти", "ставить", "поставить", "прогноз", "ориентир", "стремиться", "сохранить",
              "мочь", "предстоять", "достигнуть", "достичь", "увеличить", "хотеть"}


def _is_planned(ctx: Context, anchor: Token, word: Token) -> bool:
    """An aim or a forecast rather than a figure reached."""
    if unrealised(ctx.ann, anchor) or unrealised(ctx.ann, word):
        return True
    tokens = ctx.ann.tokens
    window = tokens[max(word.i - 6, ctx.tokens_of(word.sent)[0].i): anchor.i]
    lemmas = {t.lemma for t in window}
    if lemmas & {"задача", "цель", "план", "прогноз", "ориентир", "планка"}:
        return True
    verbs = [t for t in window if t.pos == "VERB" and t.lemma in PLAN_WORDS]
    return any(v.feats.get("VerbForm") == "Inf" or v.feats.get("Tense") == "Fut" or
               v.feats.get("Aspect") == "Perf" and v.feats.get("Tense") == "Pres" for v in verbs)


def extract(ctx: Context) -> list[TradeFact]:
    facts: list[TradeFact] = []
    for s in ctx.sentences:
        found = figures(ctx, s.index, planned=False)
        if not found:
            found = pronoun_figure(ctx, s.index, planned=False)
        shared_period = period_of(ctx, s.index)
        for w, amount, stop in found:
            growth, growth_approx = growth_of(ctx, s.index, w.tok.start, stop)
            if amount is None and growth is None:
                continue
            parties = trade_sides(ctx, s.index, w, stop)
            if not parties:
                continue
            period = period_of(ctx, s.index, w.tok.start - 40, stop) or shared_period
            if period is None and _unanchored_period(ctx, s.index):
                continue  # "за первые 5 месяцев текущего года" with no date to anchor it: misleading
            period = period or _after_base_year(ctx, s.index) or _continued(ctx, s.index, facts)
            facts.extend(_parts(ctx, s.index, w, amount, stop, parties, period))
    return merge(facts)


BASE_YEAR = re.compile(r"(?:по сравнению с|в сравнении с|относительно|против)\s+([12]\d{3})\s+год", re.I)
NOW = {"сейчас", "ныне", "сегодня", "текущий", "нынешний", "настоящий", "ранее", "прежде", "когда-то", "раньше"}


def _after_base_year(ctx: Context, sent: int) -> list[str] | None:
    """"по сравнению с 2014 годом увеличился до 250,7 млн": the figure of the year after the base."""
    m = BASE_YEAR.search(ctx.ann.sentences[sent].text)
    if m is None:
        return None
    year = int(m.group(1)) + 1
    return [f"{year}-01", f"{year}-12"]


def _continued(ctx: Context, sent: int, facts: list[TradeFact]) -> list[str] | None:
    """"В 2023 году экспорт … достиг 630 млн. Импорт из Казахстана составил 190 млн.": a figure
    right after one of a stated period, with no time of its own, continues that period."""
    if not facts or ctx.in_sentence(ctx.dates, sent) or any(t.lemma in NOW for t in ctx.tokens_of(sent)):
        return None
    last = facts[-1]
    if last.evidence is None or last.period is None:
        return None
    previous = ctx.ann.sentences[sent - 1] if sent > 0 else None
    if previous is None or not (previous.start <= last.evidence.start < previous.stop):
        return None
    return list(last.period)


def _unanchored_period(ctx: Context, sent: int) -> bool:
    """Part of a year ("первые 5 месяцев текущего года") that no date anchors: shown with a null
    period it would read as a whole year's figure."""
    return any(p.value.resolve(ctx.document.published) is None and p.value.year_shift is not None
               and (p.value.first_month, p.value.last_month) != (1, 12)
               for p in ctx.in_sentence(ctx.trade_periods, sent))


def _parts(ctx: Context, sent: int, w: TradeWord, amount: Match | None, stop: int, parties: list[str],
           period: list[str] | None) -> list[TradeFact]:
    """The figure, and its parts with other partners: "900 млн долларов, из которых 300 млн
    долларов — с Гомельской областью"; and the figures listed after it for other partners: "с
    Беларусью — 156 млн долларов, с Казахстаном — 98 млн"."""
    growth, growth_approx = growth_of(ctx, sent, w.tok.start, stop)
    facts = [TradeFact(parties=parties, metric=w.metric, period=period,
                       value=amount.value.value if amount else None,
                       currency=amount.value.currency if amount else None,
                       approx=approx(ctx, amount) if amount else growth_approx,
                       growth_pct=growth, evidence=ctx.evidence(sent))]
    if amount is None:
        return facts
    tokens = ctx.ann.tokens
    mentions = sides.side_mentions(ctx, sent)
    for m in ctx.in_sentence(ctx.money, sent):
        if m.start <= amount.start or m.start >= stop:
            continue
        first = next(t for t in tokens if t.start >= m.start)
        if any(t.lower in ("которых", "них") for t in tokens[max(first.i - 3, 0): first.i]):
            partner = [p.id for p in mentions if p.start > first.i and tokens[p.start - 1].lower in ("с", "со")]
        elif first.i > 0 and tokens[first.i - 1].text in ("—", "–", "-"):
            # "… 156 млн долларов, с Казахстаном — 98 млн, с Узбекистаном — 41 млн": a list of partners
            partner = [p.id for p in mentions if p.stop == first.i - 1 and p.start > 0 and tokens[p.start - 1].lower in ("с", "со")]
        else:
            continue
        if partner:
            home = next((p for p in parties if not sides.same_camp(ctx, p, partner[0])), None)
            if home:
                facts.append(TradeFact(parties=[home, partner[0]], metric=w.metric, period=period,
                                       value=m.value.value, currency=m.value.currency or amount.value.currency,
                                       approx=approx(ctx, m), evidence=ctx.evidence(sent)))
    return facts


ANAPHORA = {"он", "цифра", "показатель", "объем"}


def pronoun_figure(ctx: Context, sent: int, *, planned: bool) -> list[tuple[TradeWord, Match | None, int]]:
    """"Сейчас он где-то около $600 млн", "Показатель увеличился на 36,4%", "довести его до
    500 млн": the trade word of the sentence before, with a figure reported or (planned) aimed at."""
    if sent == 0 or not any(t.lower in ANAPHORA or t.lemma in ANAPHORA for t in ctx.tokens_of(sent)):
        return []
    before = trade_words(ctx, sent - 1)
    money = [m for m in ctx.in_sentence(ctx.money, sent) if value_amount(ctx, m)]
    growth = ctx.in_sentence(ctx.growth, sent)
    if not before or not (money or growth):
        return []
    anchor = next(t for t in ctx.ann.tokens if t.start >= (money or growth)[0].start)
    if _is_planned(ctx, anchor, anchor) != planned or planned and not money:
        return []
    w = TradeWord(before[-1].metric, ctx.tokens_of(sent)[0])
    return [(w, money[0] if money else None, ctx.ann.sentences[sent].stop)]


def _key(f: TradeFact) -> tuple:
    parties = frozenset(f.parties) if f.metric == "turnover" else tuple(f.parties)
    return f.metric, parties, tuple(f.period) if f.period else None


def merge(facts: list[TradeFact]) -> list[TradeFact]:
    """One fact per figure: a headline's growth and the body's amount of one period join."""
    out: dict[tuple, TradeFact] = {}
    for f in facts:
        old = out.get(_key(f))
        if old is None:
            out[_key(f)] = f
            continue
        if f.value is not None and (old.value is None or old.approx and not f.approx):
            old.value, old.currency, old.approx = f.value, f.currency, f.approx  # an exact figure beats a round one
        if old.growth_pct is None:
            old.growth_pct = f.growth_pct
    # "Экспорт вырос в полтора раза" (headline) and "в 2023 году экспорт достиг 630 млн" (body): a
    # change with no amount and no period belongs to the one figure of that metric and sides
    for key, f in list(out.items()):
        if f.value is not None or f.period is not None:
            continue
        same = [o for k, o in out.items() if k != key and k[:2] == key[:2]]
        if len(same) == 1 and same[0].growth_pct in (None, f.growth_pct):
            same[0].growth_pct = f.growth_pct
            del out[key]
    return list(out.values())
