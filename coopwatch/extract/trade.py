"""trade — a reported figure of trade between two sides.

Each candidate is a trade word of a sentence ("товарооборот", "экспорт", "взаимная торговля"…)
or, in a sentence without one, a word standing for the trade word of the sentence before ("он",
"показатель"). The rules, in the order they decide (each is a ``@rule`` below with its
construction and an example; ``coopwatch explain`` shows which fired, ``benchmarks/rules.py``
what each is worth):

Which words are trade words, and of what
  trade.turnover_word, trade.flow_word, trade.estimate_not_figure
Which amount is the figure, and whether it is reached or only aimed at (then it is a target)
  trade.amount_of_change (trade.level_reached), trade.amount_before_word, trade.aim_noun_before,
  trade.aim_verb_before (clauses.unrealised), trade.currency_of_other_amount, trade.figure_of_pronoun
The change it states
  trade.stated_change (trade.change_in_times, trade.change_down, trade.percent_of_level,
  trade.change_up)
Its sides
  trade.parts_not_whole, trade.goods_destination, trade.goods_source, trade.importer_named_first,
  trade.sides_before (and the shared sides.* rules)
Its period and how exact it is
  trade.relative_part_of_year, trade.period_of_figure, trade.after_base_year, trade.continued_period
  (trade.other_time), trade.approximate
Its parts with other partners
  trade.part_of_whole, trade.listed_partner
One fact per figure
  trade.merge_figures, trade.headline_change

``target`` shares the finding of trade words, amounts and sides (``figure_candidates`` with
``planned=True``, ``trade_sides``): what is only aimed at is a target, never trade.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from coopwatch.extract import sides
from coopwatch.extract.clauses import unrealised
from coopwatch.extract.context import Context
from coopwatch.extract.rulebook import UNCHANGED, Candidate, candidate, merged, rule
from coopwatch.facttypes.trade import TradeFact
from coopwatch.lexicon import L, phrase_class
from coopwatch.nlp.annotate import Token
from coopwatch.nlp.grammars.common import Match

COMPARISON_PHRASES = phrase_class("comparison_phrases")
YEAR = re.compile(r"[12]\d{3}")


@dataclass
class TradeWord:
    metric: str
    tok: Token


@dataclass
class Figure:
    """A trade word and the amount it reached (or, for a target, is to reach), if the sentence
    gives one; ``stop`` ends its stretch of the sentence (characters: the next trade word)."""

    word: TradeWord
    amount: Match | None
    stop: int


def _first_token(ctx: Context, char: int) -> Token | None:
    return next((t for t in ctx.ann.tokens if t.start >= char), None)


# ---- which words are trade words ------------------------------------------------------------------


@rule("trade.turnover_word", "a word of turnover: 'товарооборот', 'товарообмен', 'торговый/внешнеторговый оборот', "
      "'взаимная торговля', 'объем торговли'", "За 2024 год взаимная торговля Татарстана и Беларуси выросла до "
      "750 млн долларов.", off=False)
def turnover_word(ctx: Context, t: Token) -> bool:
    if t.lemma not in L.turnover_words:
        return False
    tokens = ctx.ann.tokens
    if t.lemma == "оборот":
        return any(x.lemma in L.turnover_qualifiers for x in tokens[max(t.i - 2, 0): t.i])
    if t.lemma == "торговля":
        return any(x.lemma in L.trade_qualifiers for x in tokens[max(t.i - 3, 0): t.i])
    return True


@rule("trade.flow_word", "a word of exports or imports: 'экспорт', 'вывоз', 'экспортные поставки'; 'импорт', "
      "'ввоз', 'импортные поставки'", "Экспортные поставки Гродненской области в Калининградскую область "
      "составили 120 млн долларов.")
def flow_word(ctx: Context, t: Token) -> str | None:
    tokens = ctx.ann.tokens
    for metric, words in (("export", L.export_words), ("import", L.import_words)):
        if t.lemma in words:
            # the adjective stands for trade only before "поставки": not "экспортный потенциал"
            if t.lemma.endswith("ый") and (t.i + 1 >= len(tokens) or tokens[t.i + 1].lemma != "поставка"):
                return None
            return metric
    return None


@rule("trade.estimate_not_figure", "'потенциал роста товарооборота', 'резервы увеличения экспорта', 'емкость' up to "
      "three words before a trade word: an estimate, neither a figure nor a goal", "Потенциал роста товарооборота "
      "Омской области и Казахстана эксперты оценивают в 1 млрд долларов.", off=False)
def estimate_not_figure(ctx: Context, t: Token) -> bool:
    return any(x.lemma in L.trade_estimates for x in ctx.ann.tokens[max(t.i - 3, 0): t.i])


def trade_words(ctx: Context, sent: int) -> list[TradeWord]:
    out = []
    for t in ctx.tokens_of(sent):
        metric = "turnover" if turnover_word(ctx, t) else flow_word(ctx, t)
        if metric and not estimate_not_figure(ctx, t):
            out.append(TradeWord(metric, t))
    return out


# ---- which amount is the figure -------------------------------------------------------------------


@rule("trade.amount_of_change", "an amount after 'на', 'со', 'с', 'от' is a change or the starting point, not the "
      "value: 'вырос на 12 млн', 'со 130 млрд', 'увеличился на почти 12 млн'", "Товарооборот Гомельской и Брянской "
      "областей за год вырос на 12 млн долларов.", off=False)
def amount_of_change(ctx: Context, money: Match) -> bool:
    tokens = ctx.ann.tokens
    first = _first_token(ctx, money.start)
    if first is None or first.i == 0:
        return False
    prev = tokens[first.i - 1]
    if prev.lower in L.change_prepositions and not level_reached(ctx, first):
        return True
    return prev.lemma in L.approx_quantifiers and first.i > 1 and tokens[first.i - 2].lower == "на"


@rule("trade.level_reached", "'выйти на 1 млрд', 'выходит на 2 млрд': 'на' after a verb of reaching names the level, "
      "not a change", "Товарооборот Татарстана и Узбекистана может выйти на 1 млрд долларов.", off=False)
def level_reached(ctx: Context, first: Token) -> bool:
    return first.i > 1 and ctx.ann.tokens[first.i - 2].lemma in L.level_words


def _level(ctx: Context, money: Match) -> bool:
    return not amount_of_change(ctx, money)


@rule("trade.amount_before_word", "the last trade word of a sentence with no amount after it takes the amounts "
      "before it (none before an earlier trade word): 'До 400 млн долларов вырос за год товарооборот'",
      "До 400 млн долларов вырос за год товарооборот Псковской и Витебской областей.", off=[])
def amount_before_word(ctx: Context, sent: int, words: list[TradeWord], n: int) -> list[Match]:
    w = words[n]
    return [m for m in ctx.in_sentence(ctx.money, sent) if m.start < w.tok.start and _level(ctx, m)
            and not any(x.tok.start < m.start for x in words[:n])]


def _aim_window(ctx: Context, anchor: Token, word: Token) -> list[Token]:
    return ctx.ann.tokens[max(word.i - 6, ctx.tokens_of(word.sent)[0].i): anchor.i]


@rule("trade.aim_noun_before", "'задача', 'цель', 'план', 'прогноз', 'ориентир', 'планка' from six words before the "
      "trade word up to the amount, where no intention governs it: an aim, not a figure reached", "Прогноз "
      "товарооборота Омской области и Казахстана на 2026 год — 1 млрд долларов.")
def aim_noun_before(ctx: Context, anchor: Token, word: Token) -> Token | None:
    return next((t for t in _aim_window(ctx, anchor, word) if t.lemma in L.aim_nouns), None)


@rule("trade.aim_verb_before", "a verb of aim in the infinitive or the future before the amount, where no "
      "intention governs it: 'по силам нарастить', 'способны выйти на уровень', 'сохранят'", "Курской области и "
      "Беларуси по силам нарастить товарооборот до 2 млрд долларов.")
def aim_verb_before(ctx: Context, anchor: Token, word: Token) -> Token | None:
    for v in _aim_window(ctx, anchor, word):
        if v.pos == "VERB" and v.lemma in L.aim_verbs and (
                v.feats.get("VerbForm") == "Inf" or v.feats.get("Tense") == "Fut"
                or v.feats.get("Aspect") == "Perf" and v.feats.get("Tense") == "Pres"):
            return v
    return None


def is_planned(ctx: Context, anchor: Token, word: Token) -> bool:
    """An aim or a forecast rather than a figure reached."""
    if unrealised(ctx.ann, anchor) or unrealised(ctx.ann, word):
        return True
    return aim_noun_before(ctx, anchor, word) is not None or aim_verb_before(ctx, anchor, word) is not None


@rule("trade.currency_of_other_amount", "an amount without a currency takes the one of the sentence's other amount: "
      "'с 40 млрд российских рублей до 55 млрд'", "Товарооборот Брестской области со Смоленской областью вырос с "
      "40 млрд российских рублей до 55 млрд.")
def currency_of_other_amount(ctx: Context, sent: int, m: Match) -> Match | None:
    for other in ctx.in_sentence(ctx.money, sent):
        if other.value.currency:
            return Match(m.start, m.stop, replace(m.value, currency=other.value.currency))
    return None


def figure(ctx: Context, sent: int, words: list[TradeWord], n: int, *, planned: bool) -> Figure | None:
    """The figure of trade word ``n``: reported (``planned=False``) or only aimed at (``planned=True``);
    None when its amounts, or the word itself without one, are of the other kind."""
    w = words[n]
    stop = words[n + 1].tok.start if n + 1 < len(words) else ctx.ann.sentences[sent].stop
    amounts = [m for m in ctx.in_sentence(ctx.money, sent) if w.tok.start < m.start < stop and _level(ctx, m)]
    if not amounts and n == len(words) - 1:
        amounts = amount_before_word(ctx, sent, words, n)
    # "ранее стояла задача … в один миллиард, в прошлом году эта цифра составила 1,280 миллиарда":
    # the first amount of the kind asked for
    chosen = next((m for m in amounts if is_planned(ctx, _first_token(ctx, m.start), w.tok) == planned), None)
    if chosen is None and (amounts or is_planned(ctx, w.tok, w.tok) != planned):
        return None
    if chosen is not None and chosen.value.currency is None:
        chosen = currency_of_other_amount(ctx, sent, chosen) or chosen
    return Figure(w, chosen, stop)


@rule("trade.figure_of_pronoun", "a word standing for the trade word of the sentence before, with an amount or a "
      "change: 'Сейчас он около $600 млн', 'Показатель увеличился на 36,4%', 'довести его до 500 млн'",
      "Товарооборот Алтайского края и Казахстана растёт. В прошлом году он составил 1,2 млрд долларов.")
def figure_of_pronoun(ctx: Context, sent: int, before: TradeWord, *, planned: bool) -> Figure | None:
    money = [m for m in ctx.in_sentence(ctx.money, sent) if _level(ctx, m)]
    growth = ctx.in_sentence(ctx.growth, sent)
    if not (money or growth):
        return None
    anchor = _first_token(ctx, (money or growth)[0].start)
    if is_planned(ctx, anchor, anchor) != planned or planned and not money:
        return None
    w = TradeWord(before.metric, ctx.tokens_of(sent)[0])
    return Figure(w, money[0] if money else None, ctx.ann.sentences[sent].stop)


def _anaphora(ctx: Context, sent: int) -> Token | None:
    words = L.trade_anaphora
    return next((t for t in ctx.tokens_of(sent) if t.lower in words or t.lemma in words), None)


def figure_candidates(ctx: Context, sent: int, type_: str, *, planned: bool) -> Iterator[tuple[Candidate, Figure]]:
    """Each figure of a sentence with its candidate, open while the caller makes facts of it: the
    figures of its trade words, else the one of a word standing for the trade word before."""
    words = trade_words(ctx, sent)
    found = False
    for n, w in enumerate(words):
        with candidate(type_, w.tok) as c:
            fig = figure(ctx, sent, words, n, planned=planned)
            if fig is None:
                c.drop("достигнутая величина, а не цель" if planned else "цель или прогноз, а не достигнутая величина")
                continue
            found = True
            yield c, fig
    anaphora = _anaphora(ctx, sent) if not found and sent > 0 else None
    before = trade_words(ctx, sent - 1) if anaphora is not None else []
    if before:
        with candidate(type_, anaphora) as c:
            fig = figure_of_pronoun(ctx, sent, before[-1], planned=planned)
            if fig is None:
                c.drop("нет суммы или изменения, к которым относится слово")
            else:
                yield c, fig


# ---- the change it states -------------------------------------------------------------------------


@rule("trade.stated_change", "the change a figure states, in percent: 'вырос на 45%', 'в 1,5 раза', '118,2% к "
      "уровню прошлого года', 'рост составил 190 процентов'; approximate after 'более', 'почти', 'около', 'свыше'",
      "По итогам 2024 года товарооборот Татарстана и Казахстана вырос на 45%.")
def stated_change(ctx: Context, sent: int, start: int, stop: int) -> tuple[float, bool] | None:
    tokens = ctx.ann.tokens
    sent_tokens = ctx.tokens_of(sent)
    for g in ctx.in_sentence(ctx.growth, sent):
        if not start <= g.start < stop:
            continue
        first = _first_token(ctx, g.start)
        clause_start = max((t.i for t in sent_tokens if t.i < first.i and t.text in (",", ";", "—")),
                           default=sent_tokens[0].i)
        before = tokens[max(min(first.i - 6, clause_start), sent_tokens[0].i): first.i]
        lemmas = {t.lemma for t in before}
        approx_ = any(t.lemma in L.approx_quantifiers for t in tokens[max(first.i - 2, 0): first.i])
        pct = _percent(ctx, g, lemmas, tokens[first.i: first.i + 6])
        if pct is not None:
            return pct, approx_
    return None


def _percent(ctx: Context, g: Match, lemmas: set[str], after: list[Token]) -> float | None:
    times = change_in_times(ctx, g)
    if times is not None:
        return times
    pct = g.value.percent
    if pct is None:
        return None
    if change_down(ctx, g, lemmas, after):
        return -pct
    if percent_of_level(ctx, g, lemmas, after):
        return round(pct - 100, 1)
    if change_up(ctx, g, lemmas):
        return pct
    return None


@rule("trade.change_in_times", "'в 1,5 раза', 'вдвое': a change of (times − 1) × 100 %", "Экспорт брянской продукции "
      "в Беларусь увеличился в 1,5 раза.")
def change_in_times(ctx: Context, g: Match) -> float | None:
    if g.value.times is None:
        return None
    return round((g.value.times - 1) * 100, 1)


@rule("trade.change_down", "a word of a fall before the percent or just after it: 'снизился на 3%', 'на 7% меньше': "
      "the change is negative", "В 2023 году товарооборот Татарстана с Турцией снизился на 7%.", off=False)
def change_down(ctx: Context, g: Match, lemmas: set[str], after: list[Token]) -> bool:
    return bool(lemmas & L.decline_words or {t.lemma for t in after[1:4]} & L.decline_words)


@rule("trade.percent_of_level", "'составил 118,2% к уровню прошлого года': a percent of the level before, the "
      "change is the percent less 100", "Товарооборот Гомельской области с Брянской областью составил 118,2% к "
      "уровню прошлого года.", off=False)
def percent_of_level(ctx: Context, g: Match, lemmas: set[str], after: list[Token]) -> bool:
    level = any(t.lemma in ("уровень", "к") for t in after) and "на" not in lemmas
    return level and not lemmas & {"рост", "прирост"}


@rule("trade.change_up", "a word of a rise or 'на' before the percent: 'вырос на 45%', 'рост составил 190 "
      "процентов'", "Рост взаимной торговли Казани и Ташкента составил 20 процентов.", off=False)
def change_up(ctx: Context, g: Match, lemmas: set[str]) -> bool:
    return bool(lemmas & (L.growth_words | {"на"}))


# ---- its sides ------------------------------------------------------------------------------------


@rule("trade.parts_not_whole", "'… 900 млн долларов, из которых …', 'из них …': the places of the parts are not "
      "sides of the whole", "Товарооборот Беларуси с Россией составил 50 млрд долларов, из них 4 млрд — с "
      "Москвой.")
def parts_not_whole(ctx: Context, sent: int, word: TradeWord) -> Token | None:
    for t in ctx.tokens_of(sent):
        if t.i > word.tok.i and t.lower in ("которых", "них") and ctx.ann.tokens[t.i - 1].lower == "из":
            return t
    return None


@rule("trade.goods_destination", "the side after 'в', 'во', 'на' following an export or import word is where the "
      "goods go: 'экспорт товаров в Белоруссию', 'импорт … в Татарстан'", "Экспорт смоленской продукции в "
      "Белоруссию вырос до 350 млн долларов.", off=False)
def goods_destination(ctx: Context, word: TradeWord, m, stop: int) -> bool:
    # ``stop`` is in characters and ``m.start`` in tokens: the bound is never reached (kept as it was)
    return word.tok.i < m.start < stop and ctx.ann.tokens[m.start - 1].lower in L.destination_prepositions


@rule("trade.goods_source", "'импорт из Казахстана': the side after 'из', right after the word, is where the goods "
      "come from", "Омская область нарастила импорт из Казахстана до 200 млн долларов.", off=False)
def goods_source(ctx: Context, word: TradeWord, m) -> bool:
    return 0 < m.start - word.tok.i <= 4 and ctx.ann.tokens[m.start - 1].lower == "из"


@rule("trade.importer_named_first", "an import with no place of origin or destination: the side named first "
      "imports ('белорусский импорт казахстанских товаров')", "Белорусский импорт казахстанских товаров составил "
      "90 млн долларов.", off=False)
def importer_named_first(ctx: Context, word: TradeWord) -> bool:
    return word.metric == "import"


@rule("trade.sides_before", "a figure naming no sides takes those of the three sentences before, nearest first: "
      "'… с Белоруссией. … За 2024 год он составил …'", "Курская область наращивает поставки в Беларусь. За 2024 "
      "год товарооборот составил 1,1 млрд долларов.")
def sides_before(ctx: Context, sent: int, back: int = 3) -> list[str] | None:
    ids: list[str] = []
    for s in range(sent - 1, max(sent - back, 0) - 1, -1):
        ids += [m.id for m in sides.side_mentions(ctx, s, adjectives=True) if not sides.venue(ctx, m)]
        ids += sides.generics_in(ctx, s)
        pair = sides.pair(ctx, ids)
        if pair and (len(set(ids)) >= 2 or s < sent - 1):
            return pair
    return None


def _in_order(ctx: Context, sent: int, mentions: list) -> list[str]:
    """Sides of the sentence in the order the text names them, generic words included:
    "товарооборот региона с Беларусью" is the region's first."""
    found = [(m.start, m.id) for m in mentions]
    for t in ctx.tokens_of(sent):
        found += [(t.i, g) for g in sides.both_sides(ctx, t) or [sides.generic(ctx, t)] if g]
    return list(dict.fromkeys(pid for _, pid in sorted(found, key=lambda x: x[0])))


def trade_sides(ctx: Context, sent: int, word: TradeWord, stop: int) -> list[str] | None:
    """Sides of a figure: "между A и B", "Татарстана с Беларусью", the sentence, the ones before,
    the camps; export and import ordered [from, to]."""
    parts = parts_not_whole(ctx, sent, word)
    mentions = [m for m in sides.side_mentions(ctx, sent, adjectives=True) if not sides.venue(ctx, m)
                and (parts is None or m.start < parts.i)]
    here = _in_order(ctx, sent, mentions)
    if word.metric == "turnover":
        btw = sides.between(ctx, sent, ctx.tokens_of(sent)[0].i)
        return sides.pair(ctx, btw, here) or sides_before(ctx, sent) or sides.camps_pair(ctx)
    dest = [m.id for m in mentions if goods_destination(ctx, word, m, stop)]
    origin = [m.id for m in mentions if m.id not in dest and (abs(m.start - word.tok.i) <= 3 or m.start < word.tok.i)]
    if dest:
        pair = sides.pair(ctx, dest, origin, here)
        if pair:
            return [pair[1], pair[0]]
    source = [m.id for m in mentions if goods_source(ctx, word, m)]
    pair = sides.pair(ctx, origin, here) or sides_before(ctx, sent) or sides.camps_pair(ctx)
    if not pair:
        return None
    if source:
        frm = next((p for p in pair if p == source[0] or sides.same_camp(ctx, p, source[0])), None)
        if frm is not None:
            return [frm, next(p for p in pair if p != frm)]
    return [pair[1], pair[0]] if importer_named_first(ctx, word) else pair


# ---- its period -----------------------------------------------------------------------------------


@rule("trade.period_of_figure", "the period the sentence gives, the one in the figure's stretch first: 'за 2024 "
      "год', 'по итогам первого полугодия 2025 года', 'в прошлом году' with a publication date",
      "За девять месяцев 2024 года товарооборот Татарстана и Казахстана составил 600 млн долларов.")
def period_of_figure(ctx: Context, sent: int, start: int | None = None, stop: int | None = None) -> list[str] | None:
    for p in ctx.in_sentence(ctx.trade_periods, sent):
        if (start is None or p.start >= start) and (stop is None or p.start < stop):
            value = p.value.resolve(ctx.document.published)
            if value:
                return value
    if start is not None:
        return period_of_figure(ctx, sent)
    return None


@rule("trade.relative_part_of_year", "part of a year counted from the time of writing: 'за первые пять месяцев "
      "текущего года', 'в первом квартале этого года'; with no publication date to anchor it there is no fact (with "
      "a null period it would read as a whole year's)", "За первые пять месяцев текущего года товарооборот Омской "
      "области с Казахстаном составил 400 млн долларов.", off=False)
def relative_part_of_year(ctx: Context, sent: int) -> bool:
    return any(p.value.year is None and p.value.year_shift is not None
               and (p.value.first_month, p.value.last_month) != (1, 12)
               for p in ctx.in_sentence(ctx.trade_periods, sent))


@rule("trade.after_base_year", "'по сравнению с 2022 годом увеличился до 80 млн', 'относительно 2022 года': the "
      "figure is of the year after the base", "По сравнению с 2022 годом экспорт Брянской области в Беларусь "
      "увеличился до 900 млн долларов.")
def after_base_year(ctx: Context, sent: int) -> list[str] | None:
    tokens = ctx.ann.tokens
    for p in ctx.phrases:
        if p.sent != sent or p.phrase(COMPARISON_PHRASES) is None or p.stop + 1 >= len(tokens):
            continue
        year, noun = tokens[p.stop], tokens[p.stop + 1]
        if year.sent == sent and YEAR.fullmatch(year.text) and noun.lower.startswith("год"):
            after = int(year.text) + 1
            return [f"{after}-01", f"{after}-12"]
    return None


@rule("trade.other_time", "'сейчас', 'ранее', 'в текущем году', 'когда-то': a time other than the figure's before",
      "За 2023 год товарооборот Татарстана с Узбекистаном составил 500 млн долларов. Сейчас он около 600 млн "
      "долларов.")
def other_time(ctx: Context, sent: int) -> Token | None:
    return next((t for t in ctx.tokens_of(sent) if t.lemma in L.other_time_words), None)


@rule("trade.continued_period", "a figure right after one of a stated period, with no time of its own, continues "
      "that period: 'В 2023 году экспорт … достиг 630 млн. Импорт … составил 190 млн.'", "В 2023 году экспорт "
      "Татарстана в Казахстан достиг 630 млн долларов. Импорт из Казахстана составил 190 млн долларов.")
def continued_period(ctx: Context, sent: int, facts: list[TradeFact]) -> list[str] | None:
    if not facts or ctx.in_sentence(ctx.dates, sent) or other_time(ctx, sent):
        return None
    last = facts[-1]
    if last.evidence is None or last.period is None:
        return None
    previous = ctx.ann.sentences[sent - 1] if sent > 0 else None
    if previous is None or not (previous.start <= last.evidence.start < previous.stop):
        return None
    return list(last.period)


@rule("trade.approximate", "an amount the grammar reads as approximate ('около 600 млн', 'более 474 млн'), or "
      "'где-то', 'примерно', 'почти', 'превысил' up to three words before it", "В 2024 году экспорт Витебской "
      "области в Псковскую область превысил 300 млн долларов.", off=False)
def approximate(ctx: Context, money: Match) -> bool:
    if money.value.approx:
        return True
    first = _first_token(ctx, money.start)
    near = ctx.ann.tokens[max(first.i - 3, 0): first.i] if first is not None else []
    return any(t.lemma in L.approx_markers for t in near)


# ---- its parts with other partners ----------------------------------------------------------------


@rule("trade.part_of_whole", "'900 млн долларов, из которых 300 млн — с Гомельской областью': a part of the "
      "figure, with the partner after 'с'", "Товарооборот Беларуси с Россией составил 50 млрд долларов, из них "
      "4 млрд долларов приходится на торговлю с Москвой.")
def part_of_whole(ctx: Context, first: Token, mentions: list) -> list[str] | None:
    """None when the amount is not a part; its partners (maybe none) when it is."""
    tokens = ctx.ann.tokens
    if not any(t.lower in ("которых", "них") for t in tokens[max(first.i - 3, 0): first.i]):
        return None
    return [p.id for p in mentions if p.start > first.i and tokens[p.start - 1].lower in ("с", "со")]


@rule("trade.listed_partner", "'с Беларусью — 156 млн долларов, с Казахстаном — 98 млн': an amount after a dash "
      "is the figure with the partner before it", "Экспорт Омской области в страны СНГ составил 400 млн долларов, "
      "с Казахстаном — 250 млн, с Беларусью — 90 млн.")
def listed_partner(ctx: Context, first: Token, mentions: list) -> list[str] | None:
    tokens = ctx.ann.tokens
    if first.i == 0 or tokens[first.i - 1].text not in ("—", "–", "-"):
        return None
    return [p.id for p in mentions if p.stop == first.i - 1 and p.start > 0 and tokens[p.start - 1].lower in ("с", "со")]


def _with_parts(ctx: Context, sent: int, fig: Figure, change: tuple[float, bool] | None, parties: list[str],
                period: list[str] | None) -> list[TradeFact]:
    """The figure, and its parts with other partners: "900 млн долларов, из которых 300 млн
    долларов — с Гомельской областью"; and the figures listed after it for other partners: "с
    Беларусью — 156 млн долларов, с Казахстаном — 98 млн"."""
    w, amount, stop = fig.word, fig.amount, fig.stop
    growth, growth_approx = change or (None, False)
    facts = [TradeFact(parties=parties, metric=w.metric, period=period,
                       value=amount.value.value if amount else None,
                       currency=amount.value.currency if amount else None,
                       approx=approximate(ctx, amount) if amount else growth_approx,
                       growth_pct=growth, evidence=ctx.evidence(sent))]
    if amount is None:
        return facts
    mentions = sides.side_mentions(ctx, sent)
    for m in ctx.in_sentence(ctx.money, sent):
        if m.start <= amount.start or m.start >= stop:
            continue
        first = _first_token(ctx, m.start)
        partner = part_of_whole(ctx, first, mentions)
        if partner is None:
            partner = listed_partner(ctx, first, mentions)
        if not partner:
            continue
        home = next((p for p in parties if not sides.same_camp(ctx, p, partner[0])), None)
        if home:
            facts.append(TradeFact(parties=[home, partner[0]], metric=w.metric, period=period,
                                   value=m.value.value, currency=m.value.currency or amount.value.currency,
                                   approx=approximate(ctx, m), evidence=ctx.evidence(sent)))
    return facts


# ---- the stage ------------------------------------------------------------------------------------


def extract(ctx: Context) -> list[TradeFact]:
    facts: list[TradeFact] = []
    for s in ctx.sentences:
        for c, fig in figure_candidates(ctx, s.index, "trade", planned=False):
            w, amount, stop = fig.word, fig.amount, fig.stop
            change = stated_change(ctx, s.index, w.tok.start, stop)
            if amount is None and change is None:
                c.drop("ни суммы, ни изменения")
                continue
            parties = trade_sides(ctx, s.index, w, stop)
            if not parties:
                c.drop("стороны не названы")
                continue
            relative = relative_part_of_year(ctx, s.index)
            period = period_of_figure(ctx, s.index, w.tok.start - 40, stop)
            if period is None and relative:
                c.drop("часть года без даты, от которой её отсчитать")
                continue
            period = period or after_base_year(ctx, s.index) or continued_period(ctx, s.index, facts)
            facts.extend(c.made(f) for f in _with_parts(ctx, s.index, fig, change, parties, period))
    return merge_figures(facts)


def _key(f: TradeFact) -> tuple:
    parties = frozenset(f.parties) if f.metric == "turnover" else tuple(f.parties)
    return f.metric, parties, tuple(f.period) if f.period else None


@rule("trade.merge_figures", "one fact per metric, sides and period: a headline's change and the body's amount "
      "join, an exact amount beats a round one", "Товарооборот Татарстана и Беларуси за 2024 год вырос на 10%. За "
      "2024 год товарооборот Татарстана и Беларуси составил 743 млн долларов.", off=UNCHANGED)
def merge_figures(facts: list[TradeFact]) -> list[TradeFact]:
    out: dict[tuple, TradeFact] = {}
    for f in facts:
        old = out.get(_key(f))
        if old is None:
            out[_key(f)] = f
            continue
        merged(old, f)
        if f.value is not None and (old.value is None or old.approx and not f.approx):
            old.value, old.currency, old.approx = f.value, f.currency, f.approx  # an exact figure beats a round one
        if old.growth_pct is None:
            old.growth_pct = f.growth_pct
    return headline_change(list(out.values()))


@rule("trade.headline_change", "'Экспорт вырос в полтора раза' (headline) and 'в 2023 году экспорт достиг 630 млн' "
      "(body): a change with no amount and no period belongs to the one figure of its metric and sides",
      "Экспорт Татарстана в Казахстан вырос в полтора раза. В 2023 году экспорт продукции Татарстана в Казахстан "
      "достиг 630 млн долларов.", off=UNCHANGED)
def headline_change(facts: list[TradeFact]) -> list[TradeFact]:
    out = {_key(f): f for f in facts}
    for key, f in list(out.items()):
        if f.value is not None or f.period is not None:
            continue
        same = [o for k, o in out.items() if k != key and k[:2] == key[:2]]
        if len(same) == 1 and same[0].growth_pct in (None, f.growth_pct):
            same[0].growth_pct = f.growth_pct
            merged(same[0], f)
            del out[key]
    return list(out.values())
