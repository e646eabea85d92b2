"""trade — a reported figure of trade between two sides.

Each candidate is a trade word of a sentence ("товарооборот", "экспорт", "взаимная торговля"…)
or, in a sentence without one, a word standing for the trade word of the sentence before ("он",
"показатель"). The rules, in the order they decide (each is a ``@rule`` below with its
construction and an example; ``coopwatch explain`` shows which fired, ``benchmarks/rules.py``
what each is worth):

Which words are trade words, and of what
  trade.turnover_word (trade.turnover_again), trade.flow_word, trade.shipment_between, trade.estimate_not_figure,
  trade.share_of_a_total, trade.group_partner
Which amount is the figure, and whether it is reached or only aimed at (then it is a target)
  trade.amount_of_change (trade.level_reached, trade.worth_of_goods), trade.second_of_ellipsis, trade.always_not_figure, trade.amount_before_word,
  trade.figure_clause, trade.reached_in_past, trade.aim_noun_before, trade.aim_verb_before, trade.obligation_before
  (clauses.unrealised), trade.currency_of_other_amount, trade.currency_of_figure_before,
  trade.figure_of_pronoun, trade.aim_without_word, trade.trade_word_over_report, trade.aim_after_an_aside
The change it states
  trade.change_of_later_period, trade.change_of_earlier_period, trade.stated_change (trade.share_not_change, trade.change_in_times, trade.change_down, trade.percent_of_level,
  trade.change_up)
Its sides
  trade.parts_not_whole, trade.goods_destination, trade.generic_destination, trade.goods_source, trade.goods_origin_adjective,
  trade.ends_of_a_link, trade.sides_of_its_clause, trade.flow_of_home_side, trade.importer_named_first, trade.speakers_camps, trade.sides_of_figure_before, trade.sides_before,
  trade.currency_country
  (and the shared sides.* rules)
Its period and how exact it is
  trade.year_before_period, trade.level_of_other_period, trade.listed_period, trade.contrasted_period,
  trade.base_period, trade.period_of_figure, trade.months_of_publication_year, trade.period_of_whole_before, trade.same_period_as_before, trade.results_told_before, trade.opposite_flow,
  trade.after_base_year, trade.approximate
Its parts with other partners, and figures told by ellipsis
  trade.part_of_whole, trade.listed_partner, trade.bracketed_partner, trade.same_again, trade.figure_told_on, trade.partners_told_on
One fact per figure
  trade.merge_figures (trade.different_figures), trade.restated_figure, trade.headline_change

``target`` shares the finding of trade words, amounts and sides (``figure_candidates`` with
``planned=True``, ``trade_sides``): what is only aimed at is a target, never trade.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from coopwatch.extract import sides
from coopwatch.extract.clauses import clause_of, governing_verb, is_future, unrealised
from coopwatch.extract.context import Context
from coopwatch.extract.rulebook import UNCHANGED, Candidate, candidate, merged, rule
from coopwatch.facttypes.trade import TradeFact
from coopwatch.gazetteer.places import contains, country_of
from coopwatch.lexicon import L, phrase_class, phrase_pattern
from coopwatch.lexicon.forms import alternation
from coopwatch.nlp.annotate import Token
from coopwatch.nlp.grammars.common import Match
from coopwatch.nlp.grammars.period import Span

COMPARISON_PHRASES = phrase_class("comparison_phrases")
SAME_PERIOD_PHRASES = phrase_class("same_period_phrases")
CONTINUED_FIGURE_OPENERS = phrase_class("continued_figure_openers")
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
    if t.lemma == "оборот":
        return _qualified(ctx, t) or turnover_again(ctx, t)
    return _qualified(ctx, t)


def _qualified(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    if t.lemma == "оборот":
        return any(x.lemma in L.turnover_qualifiers for x in tokens[max(t.i - 2, 0): t.i])
    if t.lemma == "торговля":
        return any(x.lemma in L.trade_qualifiers for x in tokens[max(t.i - 3, 0): t.i])
    return t.lemma in L.turnover_words


@rule("trade.turnover_again", "'оборот' with no qualifier after a trade word of its sentence, or of the three "
      "sentences before, is that trade again: 'рост торговли составил 8%, тогда как весь 2023 год стороны закрыли с оборотом 410 "
      "млн'; 'Товарооборот … вырос на 12%. Весь прошлый год стороны закрыли с оборотом …'", "За январь–май "
      "2024 года товарооборот Удмуртии и Беларуси вырос на 12%, а весь 2023 год регионы закрыли с оборотом 300 млн "
      "долларов.", off=False)
def turnover_again(ctx: Context, t: Token) -> Token | None:
    # up to three sentences back ("Товарооборот … составил 142 млн. В текущем году стороны рассчитывают выйти на 150 млн.
    # В первом полугодии оборот уже достиг 81 млн"); a qualified "оборот" is a trade word too ("внешнеторговый оборот")
    before = [x for s in range(max(t.sent - 3, 0), t.sent) for x in ctx.tokens_of(s)]
    return next((x for x in before + ctx.tokens_of(t.sent) if x.i < t.i and _qualified(ctx, x)), None)


@rule("trade.flow_word", "a word of exports or imports: 'экспорт', 'вывоз', 'экспортные поставки', "
      "'экспортировала'; 'импорт', 'ввоз', 'импортные поставки', 'импортировала'", "Экспортные поставки Гродненской области в Калининградскую область "
      "составили 120 млн долларов.")
def flow_word(ctx: Context, t: Token) -> str | None:
    tokens = ctx.ann.tokens
    verb = flow_verb(t)
    if verb:
        return verb  # "экспортировала продукции на 420 млн", "а импортировала — на 610 млн"
    for metric, words in (("export", L.export_words), ("import", L.import_words)):
        if t.lemma in words:
            # the adjective stands for trade only before "поставки": not "экспортный потенциал"
            if t.lemma.endswith("ый") and (t.i + 1 >= len(tokens) or tokens[t.i + 1].lemma != "поставка"):
                return None
            return metric
    return None


@rule("trade.share_of_a_total", "'На долю Беларуси приходится около 60 процентов внешнеторгового оборота Брянской "
      "области, который в 2025 году составил 1,1 млрд долларов': a turnover whose partner has only a share of it is the "
      "region's whole trade — its amount is no figure of the two sides", "На долю Беларуси приходится около 60 процентов "
      "внешнеторгового оборота Брянской области, который в 2025 году составил 1,1 млрд долларов.", off=False)
def share_of_a_total(ctx: Context, w: TradeWord) -> bool:
    tokens = ctx.ann.tokens
    before = [t for t in tokens[max(w.tok.i - 10, 0):w.tok.i] if t.sent == w.tok.sent]
    share = next((t for t in before if t.lemma in L.share_nouns), None)
    # ("около 60 процентов", "60%", "почти половина", "треть")
    return share is not None and any(t.i > share.i and (t.text == "%" or t.lemma in L.ratio_nouns
                                                        or t.lemma in L.fraction_words) for t in before)


@rule("trade.group_partner", "'товарооборот области со странами СНГ', 'с государствами ЕАЭС': a figure with a group "
      "of countries is no figure between the two sides (a bare 'внешнеторговый оборот' in a text about one partner is "
      "that partner's, as the corpora's gold reads it)", "Губернатор Омской области встретился с акимом Павлодарской "
      "области. Товарооборот области со странами СНГ составил 2 млрд долларов.", off=False)
def group_partner(ctx: Context, w: TradeWord) -> bool:
    after = [t for t in ctx.ann.tokens[w.tok.i + 1: w.tok.i + 6] if t.sent == w.tok.sent]
    k = next((j for j, t in enumerate(after) if t.lower in L.with_prepositions), None)
    if k is None:
        return False
    partner = after[k + 1: k + 4]
    return any(t.lemma in L.group_partner_nouns and t.feats.get("Number") == "Plur" for t in partner) \
        or any(t.lower in L.state_unions for t in partner)


@rule("trade.estimate_not_figure", "'потенциал роста товарооборота', 'резервы увеличения экспорта', 'емкость' up to "
      "three words before a trade word: an estimate, neither a figure nor a goal", "Потенциал роста товарооборота "
      "Омской области и Казахстана эксперты оценивают в 1 млрд долларов.", off=False)
def estimate_not_figure(ctx: Context, t: Token) -> bool:
    return any(x.lemma in L.trade_estimates for x in ctx.ann.tokens[max(t.i - 3, 0): t.i])


@rule("trade.shipment_between", "'Поставки из Беларуси в Татарстан составили 250 млн долларов', 'Из Беларуси в регион "
      "поставлено продукции на 140 млн': shipments from one side's place to the other's are its export — not a "
      "contract's deliveries", "Поставки из Беларуси в Татарстан в "
      "2024 году составили 250 млн долларов.", off=None)
def shipment_between(ctx: Context, t: Token) -> str | None:
    shipped = t.lemma in L.shipment_verbs and t.feats.get("Voice") == "Pass"
    if t.lemma not in L.shipment_nouns and not shipped \
            or any(x.lemma in L.document_kinds for x in ctx.tokens_of(t.sent)):
        return None
    tokens = ctx.ann.tokens
    ends = _ends_around(ctx, t, range(t.i + 2, min(t.i + 9, len(tokens))))
    if shipped and not ends.get("из"):
        # "Из Беларуси в регион поставлено продукции на 140 млн долларов": where from and to, before the verb
        ends = _ends_around(ctx, t, range(max(t.i - 6, 1), t.i))
    source, dest = ends.get("из"), ends.get("в") or ends.get("во")
    return "export" if source and dest and country_of(source) != country_of(dest) else None


def _ends_around(ctx: Context, t: Token, at: range) -> dict[str, str]:
    """The places right after "из", "в" at the given token positions of the sentence — named, or a generic word for a
    side of the document ("в регион")."""
    tokens = ctx.ann.tokens
    starts = {m.start: m.id for m in sides.side_mentions(ctx, t.sent)}
    out: dict[str, str] = {}
    for k in at:
        if tokens[k].sent != t.sent or tokens[k - 1].lower in out:
            continue
        place = starts.get(k) or (sides.generic(ctx, tokens[k]) if tokens[k].lemma in L.generic_territories else None)
        if place:
            out[tokens[k - 1].lower] = place
    return out


def trade_words(ctx: Context, sent: int) -> list[TradeWord]:
    out = []
    for t in ctx.tokens_of(sent):
        metric = "turnover" if turnover_word(ctx, t) else flow_word(ctx, t) or shipment_between(ctx, t)
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
    if prev.lower in L.change_prepositions and not level_reached(ctx, first) and not worth_of_goods(ctx, first):
        return True
    return prev.lemma in L.approx_quantifiers and first.i > 1 and tokens[first.i - 2].lower == "на"


@rule("trade.worth_of_goods", "'поставлено продукции на 140 млн долларов', 'товаров на 2 млрд', 'импортировала — на "
      "610 млн': 'на' after a word for goods or a verb of the flow names what they are worth, not a change", "Губернатор Пермского края встретился с послом Беларуси. Из "
      "Беларуси в Пермский край поставлено продукции на 140 млн долларов.", off=False)
def worth_of_goods(ctx: Context, first: Token) -> bool:
    tokens = ctx.ann.tokens
    if first.i < 2 or tokens[first.i - 1].lower != "на":
        return False
    before = tokens[first.i - 2] if tokens[first.i - 2].text not in DASHES else tokens[first.i - 3]
    return before.lemma in L.goods_nouns or bool(flow_verb(before))  # "импортировала — на 610 млн"


def flow_verb(t: Token) -> str | None:
    """"экспортировала", "импортировал": a verb of the flow, by its stem (the tagger may take it for an adverb)."""
    return next((metric for verb, metric in L.flow_verbs.items()
                 if t.lemma == verb or t.lower.startswith(verb.removesuffix("овать"))), None)


@rule("trade.level_reached", "'выйти на 1 млрд', 'выходит на 2 млрд', 'вывести товарооборот на миллиард': 'на' "
      "after or under a verb of reaching names the level, not a change", "Товарооборот Татарстана и Узбекистана "
      "может выйти на 1 млрд долларов.", off=False)
def level_reached(ctx: Context, first: Token) -> bool:
    if first.i > 1 and ctx.ann.tokens[first.i - 2].lemma in L.level_words:
        return True
    verb = governing_verb(ctx.ann, first)
    return verb is not None and verb.lemma in L.level_words


def _level(ctx: Context, money: Match) -> bool:
    return not amount_of_change(ctx, money)


PUNCTUATION = {",", ";", ":", "—", "–", "(", ")", "«", "»", '"'}


def _segment(ctx: Context, first: Token) -> list[Token]:
    """The words around a token up to the nearest punctuation on either side."""
    sent = ctx.tokens_of(first.sent)
    k = first.i - sent[0].i
    a = next((j + 1 for j in range(k - 1, -1, -1) if sent[j].text in PUNCTUATION), 0)
    b = next((j for j in range(k + 1, len(sent)) if sent[j].text in PUNCTUATION), len(sent))
    return sent[a:b]


@rule("trade.always_not_figure", "'всегда', 'обычно', 'неизменно' beside an amount: a generalisation over the years, "
      "not a figure of a period ('в районе 200 миллионов мы всегда находимся')", "Товарооборот Пензенской области "
      "и Беларуси растёт, но в районе 100 млн долларов мы обычно и остаёмся.", off=False)
def always_not_figure(ctx: Context, money: Match) -> Token | None:
    first = _first_token(ctx, money.start)
    if first is None:
        return None
    return next((t for t in _segment(ctx, first) if t.lemma in L.always_words), None)


@rule("trade.amount_before_word", "the last trade word of a sentence with no amount after it takes the amounts "
      "before it (none before an earlier trade word): 'До 400 млн долларов вырос за год товарооборот'",
      "До 400 млн долларов вырос за год товарооборот Псковской и Витебской областей.", off=[])
def amount_before_word(ctx: Context, sent: int, words: list[TradeWord], n: int) -> list[Match]:
    w = words[n]
    return [m for m in ctx.in_sentence(ctx.money, sent) if m.start < w.tok.start and _level(ctx, m)
            and not any(x.tok.start < m.start for x in words[:n])]


def _aim_window(ctx: Context, anchor: Token, word: Token) -> list[Token]:
    start = max(word.i - 6, ctx.tokens_of(word.sent)[0].i)
    restart = figure_clause(ctx, start, anchor)
    return ctx.ann.tokens[restart.i if restart is not None else start: anchor.i]


@rule("trade.figure_clause", "', в прошлом году эта цифра составила 1,28 млрд': a clause whose subject is a word for "
      "the trade figure ('эта цифра', 'он', 'показатель') reports the figure itself; an aim before it does not reach "
      "it", "Ранее стояла задача вывести товарооборот Татарстана и Беларуси на миллиард долларов, в прошлом году "
      "эта цифра составила 1,1 млрд долларов.")
def figure_clause(ctx: Context, start: int, anchor: Token) -> Token | None:
    tokens = ctx.ann.tokens
    for t in reversed(tokens[start: anchor.i]):
        if (t.lower in L.trade_anaphora or t.lemma in L.trade_anaphora) and t.feats.get("Case") == "Nom" \
                and any(x.text in (",", ";") for x in tokens[max(t.i - 5, start): t.i]):
            return t
    return None


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


@rule("trade.obligation_before", "'должен', 'должны', 'нужно', 'необходимо' from six words before the trade word up "
      "to the amount: what trade ought to be is an aim, not a figure reached", "Омская область и Беларусь должны иметь "
      "товарооборот хотя бы 300 млн долларов.")
def obligation_before(ctx: Context, anchor: Token, word: Token) -> Token | None:
    return next((t for t in _aim_window(ctx, anchor, word) if t.lemma in L.obligation_words
                 or t.lower in L.obligation_words), None)


@rule("trade.reached_in_past", "an amount under a verb in the past ('составил 1 млрд', 'достиг 600 млн') was reached, "
      "whatever future the trade word is read under: 'в 2024 году составил 1 млрд, а в 2025 году он должен вырасти "
      "до 1,2 млрд'", "Товарооборот Омской области и Казахстана в 2024 году составил 1 млрд долларов, а в 2025 году "
      "он должен вырасти до 1,2 млрд долларов.", off=None)
def reached_in_past(ctx: Context, anchor: Token) -> Token | None:
    verb = governing_verb(ctx.ann, anchor)
    if verb is not None and verb.pos == "VERB" and verb.feats.get("Tense") == "Past":
        return verb
    return None


def is_planned(ctx: Context, anchor: Token, word: Token) -> bool:
    """An aim or a forecast rather than a figure reached."""
    if unrealised(ctx.ann, anchor):
        return True
    if figure_clause(ctx, word.i, anchor) is None and reached_in_past(ctx, anchor) is None \
            and unrealised(ctx.ann, word):
        return True
    return any(r(ctx, anchor, word) is not None for r in (aim_noun_before, aim_verb_before, obligation_before))


@rule("trade.currency_of_other_amount", "an amount without a currency takes the one of the sentence's other amount: "
      "'с 40 млрд российских рублей до 55 млрд'", "Товарооборот Брестской области со Смоленской областью вырос с "
      "40 млрд российских рублей до 55 млрд.")
def currency_of_other_amount(ctx: Context, sent: int, m: Match) -> Match | None:
    for other in ctx.in_sentence(ctx.money, sent):
        if other.value.currency:
            return Match(m.start, m.stop, replace(m.value, currency=other.value.currency))
    return None


@rule("trade.currency_of_figure_before", "an amount without a currency, with no other amount in its sentence to take "
      "it from, is in the currency of the figure before it, up to three sentences back: '… 234 миллиона долларов. В "
      "2024 году он превысил 221 миллион.'", "В 2023 году товарооборот Красноярского края и Беларуси составил 200 "
      "миллионов долларов. В 2024 году он превысил 230 миллионов.")
def currency_of_figure_before(ctx: Context, sent: int, m: Match) -> Match | None:
    first = ctx.ann.sentences[max(sent - 3, 0)].start
    before = [o for o in ctx.money if first <= o.start < m.start and o.value.currency]
    if not before:
        return None
    return Match(m.start, m.stop, replace(m.value, currency=before[-1].value.currency))


def _with_currency(ctx: Context, sent: int, m: Match) -> Match:
    if m.value.currency is not None:
        return m
    return currency_of_other_amount(ctx, sent, m) or currency_of_figure_before(ctx, sent, m) or m


def figure(ctx: Context, sent: int, words: list[TradeWord], n: int, *, planned: bool) -> Figure | None:
    """The figure of trade word ``n``: reported (``planned=False``) or only aimed at (``planned=True``);
    None when its amounts, or the word itself without one, are of the other kind."""
    w = words[n]
    stop = words[n + 1].tok.start if n + 1 < len(words) else ctx.ann.sentences[sent].stop
    amounts = [m for m in ctx.in_sentence(ctx.money, sent) if w.tok.start < m.start < stop and _level(ctx, m)
               and not second_of_ellipsis(ctx, m)]
    if not amounts and n == len(words) - 1:
        amounts = amount_before_word(ctx, sent, words, n)
    amounts = [m for m in amounts if not always_not_figure(ctx, m)]
    # "ранее стояла задача … в один миллиард, в прошлом году эта цифра составила 1,280 миллиарда":
    # the first amount of the kind asked for
    chosen = next((m for m in amounts if is_planned(ctx, _first_token(ctx, m.start), w.tok) == planned), None)
    if chosen is None and (amounts or is_planned(ctx, w.tok, w.tok) != planned):
        return None
    return Figure(w, _with_currency(ctx, sent, chosen) if chosen is not None else None, stop)


@rule("trade.second_of_ellipsis", "'выйти на 1,5 млрд долларов товарооборота, а затем и на 2 миллиарда': the amount "
      "after 'и на' is a second aim told by ellipsis (target.second_target), not the trade word's own amount",
      "Омская область и Казахстан намерены к 2026 году выйти на 1,5 млрд долларов товарооборота, а затем и на 2 "
      "миллиарда.", off=False)
def second_of_ellipsis(ctx: Context, m: Match) -> bool:
    before = ctx.document.text[max(m.start - 12, 0):m.start]
    return re.search(rf"\bи\s+{aim_prepositions()}\s*$", before, re.I) is not None


@cache
def aim_prepositions() -> str:
    """The prepositions of an aim's level (``L.aim_level_prepositions``: "на", "до") as a regular expression group."""
    return "(?:" + alternation(L.aim_level_prepositions) + ")"


@rule("trade.figure_of_pronoun", "a word standing for the trade word of the sentence before, with an amount or a "
      "change: 'Сейчас он около $600 млн', 'Показатель увеличился на 36,4%', 'довести его до 500 млн'",
      "Товарооборот Алтайского края и Казахстана растёт. В прошлом году он составил 1,2 млрд долларов.")
def figure_of_pronoun(ctx: Context, sent: int, before: TradeWord, *, planned: bool) -> Figure | None:
    money = [m for m in ctx.in_sentence(ctx.money, sent) if _level(ctx, m) and not always_not_figure(ctx, m)]
    growth = ctx.in_sentence(ctx.growth, sent)
    if not (money or growth):
        return None
    anchor = _first_token(ctx, (money or growth)[0].start)
    if is_planned(ctx, anchor, anchor) != planned or planned and not money:
        return None
    w = TradeWord(before.metric, ctx.tokens_of(sent)[0])
    return Figure(w, _with_currency(ctx, sent, money[0]) if money else None, ctx.ann.sentences[sent].stop)


@rule("trade.aim_without_word", "'Товарооборот составил 182 млн. Стороны поставили задачу выйти на 250 млн к 2027 "
      "году': an aim with an amount and no trade word of its own is a target for the trade word of the sentence "
      "before", "Товарооборот Псковской и Витебской областей составил 182 млн долларов. Стороны поставили задачу "
      "выйти на 250 млн долларов к 2027 году.")
def aim_without_word(ctx: Context, sent: int) -> Token | None:
    return next((t for t in ctx.tokens_of(sent) if t.lemma in L.aim_nouns or t.lemma in L.aim_verbs), None)


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
    anaphora = (_anaphora(ctx, sent) or (aim_without_word(ctx, sent) if planned else None)) \
        if not found and sent > 0 else None
    before = (trade_words(ctx, sent - 1) or trade_word_over_report(ctx, sent)
              or (aim_after_an_aside(ctx, sent) if planned else [])) if anaphora is not None else []
    if before:
        with candidate(type_, anaphora) as c:
            fig = figure_of_pronoun(ctx, sent, before[-1], planned=planned)
            if fig is None:
                c.drop("нет суммы или изменения, к которым относится слово")
            else:
                yield c, fig


@rule("trade.trade_word_over_report", "'… товарооборот составил свыше 40 млн долларов. Об этом сообщил министр … К "
      "концу года стороны рассчитывают выйти на 150 млн': a sentence that only says who told the figure stands between "
      "the trade word and the aim that stands for it", "Товарооборот Пензенской области с Узбекистаном составил 40 млн "
      "долларов. Об этом сообщил министр Михаил Гусев. К концу года стороны рассчитывают выйти на 150 млн долларов.",
      off=[])
def trade_word_over_report(ctx: Context, sent: int) -> list:
    if sent < 2 or ctx.in_sentence(ctx.money, sent - 1) or trade_words(ctx, sent - 1):
        return []
    between = ctx.tokens_of(sent - 1)
    if not any(t.lemma in L.reporting_verbs for t in between[:4]):
        return []  # "Об этом сообщил …", "Такие данные привёл …"
    return trade_words(ctx, sent - 2)


@rule("trade.aim_after_an_aside", "'Товарооборот … составил 287 млн долларов. Ключевую роль играет порт Оля, через "
      "который идут поставки зерна. До конца года стороны рассчитывают выйти на 600 млн долларов': an aim with an "
      "amount and no trade word of its own stands for the trade word told before a sentence on the goods traded that "
      "names no number and no trade word, or before one that tells the figure on ('Это на 17 процентов больше')",
      "Товарооборот Астраханской области с Ираном составил 287 млн долларов. Ключевую роль играет порт Оля, через "
      "который идут поставки зерна. До конца года стороны рассчитывают выйти на 600 млн долларов.", off=[])
def aim_after_an_aside(ctx: Context, sent: int) -> list:
    # an aside on the goods traded, with no number ("При этом на Гомельскую область пришлось около 40% объема" still
    # tells the figure; "Губернатор посетил завод" is another story, after which an aim is no target)
    aside = ctx.tokens_of(sent - 1) if sent >= 2 else []
    if aside and _anaphora(ctx, sent - 1) is aside[0] and not trade_words(ctx, sent - 1):
        return trade_words(ctx, sent - 2)  # "Это на 17 процентов больше, чем …": the figure told on, not an aside
    if not any(t.lemma in L.shipment_nouns or t.lemma in L.goods_nouns for t in aside) \
            or any(t.pos == "NUM" or t.text[0].isdigit() for t in aside) or trade_words(ctx, sent - 1):
        return []
    return [w for w in trade_words(ctx, sent - 2) if ctx.in_sentence(ctx.money, sent - 2)]


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
    if share_not_change(lemmas):
        return None
    times = change_in_times(ctx, g)
    if times is not None:
        # "сократился вдвое": a fall in so many times leaves 1/times of the level
        return round((1 / (times / 100 + 1) - 1) * 100, 1) if times > 0 and change_down(ctx, g, lemmas, after) else times
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


@rule("trade.share_not_change", "'…, при этом на долю Северо-Казахстанской области пришлось около 40%', 'на Гомельскую "
      "область пришлось около 40% объема': a percent in a stretch that names a share is a part of the figure, not its "
      "change", "В 2024 году товарооборот Тюменской "
      "области с Казахстаном превысил 500 млн долларов, при этом на долю Северо-Казахстанской области пришлось около "
      "40%.", off=False)
def share_not_change(lemmas: set[str]) -> bool:
    return bool(lemmas & (L.share_nouns | L.share_verbs))


@rule("trade.change_in_times", "'в 1,5 раза', 'вдвое': a change of (times − 1) × 100 %; after a word of a fall "
      "('сократился вдвое') of (1 / times − 1) × 100 %", "Экспорт брянской продукции в Беларусь увеличился в 1,5 раза.")
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
    # right after the percent ("118,2% к уровню"), not a later clause's "к" ("вырос на треть и приблизился к 60 млн")
    level = any(t.lemma in ("уровень", "к") for t in [t for t in after if t.start >= g.stop][:2]) and "на" not in lemmas
    return level and not lemmas & L.growth_nouns


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


@rule("trade.goods_origin_adjective", "'импорт белорусской продукции', 'экспорт омских товаров': a place's adjective "
      "on the goods right after the word is where they come from", "Импорт казахстанской продукции Омской областью "
      "вырос на 12%.", off=False)
def goods_origin_adjective(ctx: Context, word: TradeWord, m) -> bool:
    tokens = ctx.ann.tokens
    if m.form != "adj" or not 0 < m.start - word.tok.i <= 2 or m.stop >= len(tokens):
        return False
    goods = tokens[m.stop]
    return goods.pos == "NOUN" and goods.feats.get("Case") == "Gen"


@rule("trade.flow_of_home_side", "an export or import whose sentence names no side ('объём экспортных поставок "
      "увеличился на 47%') is the home side's: the one whose officials the text names", "Казахстан — один из главных "
      "партнёров Саратовской области, сообщил министр экономики региона Иван Петров. За полугодие объём экспортных "
      "поставок вырос на 20%.")
def flow_of_home_side(ctx: Context, word: TradeWord, pair: list[str]) -> str | None:
    held = sides.held_by_people(ctx)
    home = [p for p in pair if any(_within(p, h) or _within(h, p) for h in held)]
    return home[0] if len(home) == 1 else None


def _within(a: str, b: str) -> bool:
    """``a`` is the place ``b`` or lies inside it: "RU-SAR/Саратов" in "RU-SAR", "RU-SAR" in "RU"."""
    return a == b or a.startswith((b + "-", b + "/"))


@rule("trade.generic_destination", "'Экспорт столичного региона в республику', 'поставки в регион': a word for a side "
      "after 'в' following an export or import word is where the goods go, as a name there is (trade.goods_destination)",
      "Товарооборот Минской области с Татарстаном составил 500 млн долларов. Экспорт в республику вырос до 310 млн "
      "долларов.", off=[])
def generic_destination(ctx: Context, word: TradeWord, stop: int) -> list[str]:
    tokens = ctx.ann.tokens
    # (only a place whose official name has the word: "в республику" is not Омская область for want of another)
    return [g for t in ctx.tokens_of(word.tok.sent) if word.tok.i < t.i and t.start < stop
            and tokens[t.i - 1].lower in L.destination_prepositions and (g := sides.generic(ctx, t))
            and sides.of_its_kind(ctx, t, g)]


@rule("trade.importer_named_first", "an import with no place of origin or destination: the side named first "
      "imports ('белорусский импорт в торговле с Казахстаном')", "Белорусский импорт в торговле с Казахстаном "
      "составил 90 млн долларов.", off=False)
def importer_named_first(ctx: Context, word: TradeWord) -> bool:
    return word.metric == "import"


@rule("trade.speakers_camps", "'Гродненский и Выборгский районы подписали соглашение … Юрий Караев отметил, что объем "
      "взаимной торговли …': a figure naming no sides, told by the head of one of the document's two sides, is those "
      "two sides' — not the places of the sentence before", "Председатель Гродненского облисполкома Юрий Караев "
      "принял делегацию Ленинградской области. Гродненский и Выборгский районы подписали соглашение. Юрий Караев "
      "отметил, что объем взаимной торговли за первый квартал составил 41,2 млн долларов.", off=None)
def speakers_camps(ctx: Context, sent: int) -> list[str] | None:
    pair = sides.camps_pair(ctx)
    if pair is None:
        return None
    speakers = {ctx.role_of(m.person) for m in ctx.people_in(sent)}
    if not speakers & set(pair):
        return None
    # the region the speaker named just before ("«Самаркандская область – один из ключевых партнёров. … товарооборот
    # вырос»"), not a town of it the camp names most
    other = next(p for p in pair if p not in speakers)
    before = [m.id for m in sides.side_mentions(ctx, sent - 1) if sent > 0 and m.id != other and contains(m.id, other)]
    return [p if p != other else (before[0] if before else other) for p in pair]


@rule("trade.sides_before", "a figure naming no sides takes those of the three sentences before, nearest first: "
      "'… с Белоруссией. … За 2024 год он составил …'; not the adjective that says which camp someone spoke for ('С "
      "российской стороны его провёл …, с белорусской — …'), nor where a trip went ('… губернатором, прибывшим в "
      "Павлодар')", "Курская область наращивает поставки в Беларусь. За 2024 "
      "год товарооборот составил 1,1 млрд долларов.")
def sides_before(ctx: Context, sent: int, back: int = 3) -> list[str] | None:
    ids: list[str] = []
    for s in range(sent - 1, max(sent - back, 0) - 1, -1):
        ids += [m.id for m in sides.side_mentions(ctx, s, adjectives=True) if not sides.venue(ctx, m)
                and not sides.trip_destination(ctx, m) and not sides.forum_name_place(ctx, m)
                and not sides.camp_marker(ctx, m)]
        ids += sides.generics_in(ctx, s)
        pair = sides.pair(ctx, ids)
        if pair and (len(set(ids)) >= 2 or s < sent - 1):
            return pair
    return None


@rule("trade.sides_of_figure_before", "'Товарооборот Пермского края и Узбекистана … вырос на 12%. Весь прошлый год "
      "стороны закрыли с оборотом …': a figure right after another that names its sides by no place ('стороны', "
      "'регионы') is between the sides of that one (of the last such figure that names them), not the document's camps", "Товарооборот Пермского края и "
      "Узбекистана за девять месяцев 2025 года вырос на 12%. Весь прошлый год стороны закрыли с оборотом в 100 млн "
      "долларов.", off=False)
def sides_of_figure_before(ctx: Context, sent: int) -> list[str] | None:
    # back through the sentences of figures right before it, to the one that names places
    s = sent - 1
    while s >= 0 and trade_words(ctx, s):
        if any(not sides.venue(ctx, m) for m in sides.side_mentions(ctx, s, adjectives=True)):
            return sides_before(ctx, s + 1, back=1)
        s -= 1
    return None


@rule("trade.currency_country", "a place inside an amount is its currency's, not a side: '3,89 млрд долл США'",
      "Экспорт Приморского края в Китай составил 2,1 млрд американских долларов.", off=False)
def currency_country(ctx: Context, sent: int, m) -> bool:
    tokens = ctx.ann.tokens
    start, stop = tokens[m.start].start, tokens[m.stop - 1].stop
    return any(a.start <= start and stop <= a.stop for a in ctx.in_sentence(ctx.money, sent))


def _in_order(ctx: Context, sent: int, mentions: list, within: list[Token] | None = None) -> list[str]:
    """Sides of the sentence (or of the tokens ``within``) in the order the text names them, generic words included:
    "товарооборот региона с Беларусью" is the region's first."""
    lo, hi = (within[0].i, within[-1].i) if within else (-1, len(ctx.ann.tokens))
    found = [(m.start, m.id) for m in mentions if lo <= m.start <= hi]
    for t in ctx.tokens_of(sent):
        if lo <= t.i <= hi:
            found += [(t.i, g) for g in sides.both_sides(ctx, t) or [sides.generic(ctx, t)] if g]
    return list(dict.fromkeys(pid for _, pid in sorted(found, key=lambda x: x[0])))


@rule("trade.sides_of_its_clause", "'Стороны отметили, что товарооборот региона с Кыргызстаном составил …': the sides "
      "the figure's own clause names come before those of the clause that reports it", "Губернатор Новосибирской "
      "области и полпред президента Кыргызстана в Чуйской области провели переговоры. Стороны отметили, что "
      "товарооборот региона с Кыргызстаном составил 180 млн долларов.", off=[])
def sides_of_its_clause(ctx: Context, sent: int, word: TradeWord, mentions: list) -> list[str]:
    tokens = ctx.tokens_of(sent)
    # the clause a speech verb reports: from its ", что" to the end of the statement the figure is in
    that = [k for k, t in enumerate(tokens) if t.lower == "что" and k and tokens[k - 1].text == ","
            and t.i < word.tok.i]
    if not that:
        return []
    reported = [t for t in clause_of(tokens, word.tok) if t.i > tokens[that[-1]].i]
    return _in_order(ctx, sent, mentions, reported) if reported else []


def trade_sides(ctx: Context, sent: int, word: TradeWord, stop: int, listed: frozenset[str] = frozenset()) -> list[str] | None:
    """Sides of a figure: "между A и B", "Татарстана с Беларусью", the sentence, the ones before,
    the camps; export and import ordered [from, to]. ``listed``: partners of the figures listed after it
    ("…, с Могилёвской — 110 млн"), which are not this figure's."""
    parts = parts_not_whole(ctx, sent, word)
    link_ends = ends_of_a_link(ctx, sent)
    mentions = [m for m in sides.side_mentions(ctx, sent, adjectives=True) if not sides.venue(ctx, m)
                and (parts is None or m.start < parts.i) and not currency_country(ctx, sent, m) and m.id not in listed
                and m.start not in link_ends]
    here = _in_order(ctx, sent, mentions)
    if word.metric == "turnover":
        btw = sides.between(ctx, sent, ctx.tokens_of(sent)[0].i)
        if btw and all(any(m.id == p and m.start in link_ends for m in ctx.places_in(sent)) for p in btw):
            btw = []
        own = sides_of_its_clause(ctx, sent, word, mentions)
        before = sides_of_figure_before(ctx, sent) if not mentions and not btw else None
        if before:
            return before
        return sides.pair(ctx, btw, own, here) or speakers_camps(ctx, sent) or sides_before(ctx, sent) \
            or sides.camps_pair(ctx)
    dest = [m.id for m in mentions if goods_destination(ctx, word, m, stop)] + generic_destination(ctx, word, stop)
    origin = [m.id for m in mentions if m.id not in dest and (abs(m.start - word.tok.i) <= 3 or m.start < word.tok.i)]
    if dest:
        pair = sides.pair(ctx, dest, origin, here)
        if pair:
            return [pair[1], pair[0]]
    source = [m.id for m in mentions if goods_source(ctx, word, m) or goods_origin_adjective(ctx, word, m)]
    pair = sides.pair(ctx, origin, here) or sides_before(ctx, sent) or sides.camps_pair(ctx)
    if not pair:
        return None
    home = flow_of_home_side(ctx, word, pair) if not here else None
    if home is not None:
        other = next(p for p in pair if p != home)
        return [home, other] if word.metric == "export" else [other, home]
    if source:
        frm = next((p for p in pair if p == source[0] or sides.same_camp(ctx, p, source[0])), None)
        if frm is not None:
            return [frm, next(p for p in pair if p != frm)]
    return [pair[1], pair[0]] if importer_named_first(ctx, word) else pair


@rule("trade.ends_of_a_link", "'довести товарооборот до 3 млрд долларов … и открыть прямое авиасообщение между "
      "Хабаровском и Харбином': the places 'между' a link's word are the link's ends, not the figure's sides",
      "Стороны договорились довести товарооборот до 3 млрд долларов к 2027 году и открыть прямое авиасообщение между "
      "Хабаровском и Харбином.", off=frozenset())
def ends_of_a_link(ctx: Context, sent: int) -> frozenset[int]:
    """The first tokens of the places named 'между' right after a word of a link."""
    tokens = ctx.tokens_of(sent)
    out: set[int] = set()
    places = ctx.places_in(sent)
    for k, t in enumerate(tokens[1:], start=1):
        link = tokens[k - 1]
        if t.lower != "между" or not (link.lemma in L.link_nouns or link.lemma in L.mode_nouns
                                      or link.lower.startswith(tuple(L.air_stems))):
            continue
        at = t.i + 1
        for m in sorted(places, key=lambda m: m.start):
            if m.start == at:
                out.add(m.start)
                at = m.stop + 1 if m.stop < len(ctx.ann.tokens) and ctx.ann.tokens[m.stop].lower in ("и", ",") else -1
    return frozenset(out)


# ---- its period -----------------------------------------------------------------------------------


def _period_right_after(ctx: Context, sent: int, m: Match) -> Match | None:
    """The period right after an amount ("18,99 млрд долларов в 2011 году"): the amount's own."""
    text = ctx.document.text
    return next((p for p in ctx.in_sentence(ctx.trade_periods, sent)
                 if 0 <= p.start - m.stop <= 3 and not text[m.stop:p.start].strip()), None)


@rule("trade.level_of_other_period", "'увеличился с 18,99 млрд долларов в 2011 году до 21,31 млрд', 'против 650 млн в "
      "2023 году': an amount after 'с', 'от', 'против' with its own period right after it is the figure of that "
      "period", "Товарооборот Алтайского края и Казахстана вырос с 700 млн долларов в 2022 году до 900 млн долларов в "
      "2024 году.")
def level_of_other_period(ctx: Context, sent: int, m: Match) -> Match | None:
    """The period of an amount of another time than the figure's, or None when it is not one."""
    first = _first_token(ctx, m.start)
    if first is None or first.i == 0 or ctx.ann.tokens[first.i - 1].lower not in L.other_level_prepositions:
        return None
    return _period_right_after(ctx, sent, m)


@rule("trade.listed_period", "'…, а в первом полугодии 2024 года — 170 млн долларов', 'в 2023-м — 75 млн': an amount "
      "after a dash right after a period is the figure of that period", "Товарооборот Новосибирской области с "
      "Беларусью в 2024 году составил 300 млн долларов, а в первом полугодии 2025 года — 170 млн долларов.")
def listed_period(ctx: Context, sent: int, m: Match) -> Match | None:
    text = ctx.document.text
    return next((p for p in ctx.in_sentence(ctx.trade_periods, sent)
                 if 0 < m.start - p.stop <= 4 and text[p.stop:m.start].strip() in ("—", "–", "-")), None)


@rule("trade.contrasted_period", "'…составил 900 млн долларов, но в 2023 году снизился до 800 млн долларов': an amount "
      "in a clause of its own after ', но'/', а'/', однако' that names its own period is the figure of that period",
      "Товарооборот Омской области и Казахстана за 2022 год составил 900 млн долларов, но в 2023 году снизился до "
      "800 млн долларов.")
def contrasted_period(ctx: Context, sent: int, m: Match) -> Match | None:
    first = _first_token(ctx, m.start)
    if first is None or amount_of_change(ctx, m):
        return None
    tokens = ctx.tokens_of(sent)
    clause = clause_of(tokens, first)
    if clause[0] is tokens[0] or clause[0].lower not in L.contrast_conjunctions:
        return None
    if any(t.lemma in L.obligation_words or t.lemma in L.aim_verbs or t.lemma in L.intent_words
           or t.pos == "VERB" and (t.feats.get("VerbForm") == "Inf" or is_future(ctx.ann, t)) for t in clause):
        return None  # ", а в 2025 году он должен вырасти до …": an aim, a target's business
    return next((p for p in ctx.in_sentence(ctx.trade_periods, sent) if clause[0].start <= p.start < m.start), None)


@rule("trade.base_period", "a period after 'чем', 'по сравнению с', 'против', 'относительно' is the base of a "
      "comparison, not the figure's: 'на 9,6% меньше, чем в минувшем году'", "Товарооборот Приморского края и Китая "
      "составил 1,2 млрд долларов, что на 5% больше, чем в 2023 году.", off=False)
def base_period(ctx: Context, period: Match) -> bool:
    first = _first_token(ctx, period.start)
    if first is None or first.i == 0:
        return False
    tokens = ctx.ann.tokens
    if tokens[first.i - 1].lower == "чем" or first.lower == "чем":
        return True
    return any(p.stop == first.i and p.phrase(COMPARISON_PHRASES) for p in ctx.phrases)


@rule("trade.period_of_figure", "the figure's period: the one right after its amount, else the nearest before its "
      "amount (or change), else the first after it — in its stretch of the sentence first; not one that belongs to "
      "an amount of another period ('с 19 млрд в 2011 году'). 'За 2024 год', 'по итогам первого полугодия 2025 года', "
      "'в прошлом году' with a publication date; one that cannot be anchored is unknown",
      "В 2023 году товарооборот Татарстана и Казахстана снизился, но в 2024 году превысил 600 млн долларов.")
def period_of_figure(ctx: Context, sent: int, start: int, stop: int, anchor: int,
                     amount: Match | None = None) -> Match | None:
    own = (_period_right_after(ctx, sent, amount) or listed_period(ctx, sent, amount)) if amount is not None else None
    if own is None:
        others = {id(p) for m in ctx.in_sentence(ctx.money, sent) if m is not amount
                  for p in [level_of_other_period(ctx, sent, m) or listed_period(ctx, sent, m)] if p is not None}
        periods = [p for p in ctx.in_sentence(ctx.trade_periods, sent) if id(p) not in others
                   and not base_period(ctx, p)]
        stretch = [p for p in periods if start <= p.start < stop]
        ranked = ([p for p in reversed(stretch) if p.start < anchor] + [p for p in stretch if p.start >= anchor]
                  + [p for p in reversed(periods) if p.start < min(start, anchor)]
                  + [p for p in periods if p.start >= stop])
        own = ranked[0] if ranked else None
    return own


@rule("trade.period_of_whole_before", "'По итогам 2024 года товарооборот составил 780 млн долларов. Из них на экспорт "
      "… пришлось 520 млн': a part told in the next sentence with no period of its own is of the whole's period",
      "По итогам 2024 года товарооборот Татарстана и Беларуси составил 780 млн долларов. Из них на экспорт "
      "белорусской продукции в республику пришлось 520 млн долларов.", off=None)
def period_of_whole_before(ctx: Context, sent: int, facts: list[TradeFact]) -> list[str] | None:
    words = [t.lower for t in ctx.tokens_of(sent)[:3]]
    if sent == 0 or not any(" ".join(words[:n]) in L.part_openers for n in (2, 3)):
        return None
    last = [f for f in _told_in_sentence_before(ctx, sent, facts) if f.period is not None]
    return list(last[-1].period) if last else None


@rule("trade.results_told_before", "'Губернатор и посол обсудили итоги 2024 года. Товарооборот региона с республикой "
      "превысил полмиллиарда долларов': a figure with no period of its own, right after a sentence that names the "
      "results of a period and no figure, is of that period", "Губернатор Ульяновской области и посол Беларуси обсудили "
      "итоги 2024 года. Товарооборот региона с республикой превысил полмиллиарда долларов.", off=None)
def results_told_before(ctx: Context, sent: int) -> list[str] | None:
    if sent == 0 or ctx.in_sentence(ctx.money, sent - 1):
        return None
    tokens = ctx.ann.tokens
    for p in ctx.in_sentence(ctx.trade_periods, sent - 1):
        first = _first_token(ctx, p.start)
        if first.lemma in L.result_nouns or first.i + 1 < len(tokens) and tokens[first.i + 1].lemma in L.result_nouns:
            return period_value(ctx, p.value)
    return None


@rule("trade.same_period_as_before", "'Экспорт … по итогам 2024 года составил 1,5 млрд долларов. Импорт из Казахстана "
      "за тот же период — около 900 млн долларов': a figure with no period of its own that says 'за тот же период' "
      "is of the period of the figure told just before it", "Экспорт Оренбургской области в Казахстан по итогам 2024 "
      "года составил 1,5 млрд долларов. Импорт из Казахстана за тот же период — около 900 млн долларов.", off=None)
def same_period_as_before(ctx: Context, sent: int, facts: list[TradeFact]) -> list[str] | None:
    first = ctx.tokens_of(sent)[0].i if ctx.tokens_of(sent) else -1
    # or a sentence that opens by going on with the figure before: "При этом экспорт вырос в 2,3 раза"
    opener = any(p.phrase(CONTINUED_FIGURE_OPENERS) and p.sent == sent and p.start == first for p in ctx.phrases)
    if not opener and not any(p.phrase(SAME_PERIOD_PHRASES) and p.sent == sent for p in ctx.phrases):
        return None
    told = [f for f in facts if f.period is not None and f.evidence is not None
            and f.evidence.start < ctx.sentences[sent].stop]
    if opener and told and ctx.ann.sentence_of(told[-1].evidence.start).index not in (sent - 1, sent):
        return None  # (only the figure of the sentence right before, or of this one: "…, импорт – 145,5 млн")
    return list(told[-1].period) if told else None


@rule("trade.opposite_flow", "'Экспорт региона в Казахстан вырос в 1,3 раза, импорт сократился на 4%': an import "
      "(or export) that names no side of its own, after the other flow in its sentence, runs the other way",
      "Экспорт Астраханской области в Казахстан вырос в 1,3 раза, импорт сократился на 4%.", off=UNCHANGED)
def opposite_flow(parties: list[str] | None, ctx: Context, sent: int, word: TradeWord, stop: int,
                  told: list[TradeFact]) -> list[str] | None:
    if word.metric == "turnover" or not parties:
        return parties
    other = [f for f in told if f.metric not in ("turnover", word.metric) and f.evidence is not None]
    if not other or any(word.tok.i < m.start for m in sides.side_mentions(ctx, sent, adjectives=True)
                        if ctx.ann.tokens[m.start].start < stop):
        return parties
    return list(reversed(other[-1].parties))


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


@rule("trade.part_of_whole", "'900 млн долларов, из которых 300 млн — с Гомельской областью', 'из них на "
      "Северо-Казахстанскую область пришлось 312 млн': a part of the figure, with the partner after 'с' or before it "
      "after 'на'", "Товарооборот Беларуси с Россией составил 50 млрд долларов, из них "
      "4 млрд долларов приходится на торговлю с Москвой.")
def part_of_whole(ctx: Context, first: Token, mentions: list) -> list[str] | None:
    """None when the amount is not a part; its partners (maybe none) when it is."""
    tokens = ctx.ann.tokens
    of_them = next((t for t in reversed(tokens[max(first.i - 8, 0): first.i])
                    if t.lower in ("которых", "них") and t.sent == first.sent), None)
    if of_them is None:
        return None
    # "из них на Северо-Казахстанскую область пришлось 312 млн": the partner told before the amount, after "на"
    before = [p.id for p in mentions if of_them.i < p.start < first.i and tokens[p.start - 1].lower == "на"]
    if before:
        return before
    if first.i - of_them.i > 3:
        return None
    return [p.id for p in mentions if p.start > first.i and tokens[p.start - 1].lower in L.with_prepositions]


@rule("trade.listed_partner", "'с Беларусью — 156 млн долларов, с Казахстаном — 98 млн', 'а с Павлодарской "
      "областью – около 60 млн', 'в Минскую область — до 200 млн', 'а с Казахстаном в целом – 210 млн': an amount "
      "after a dash is the figure with the partner before it", "Экспорт Омской области в страны СНГ составил 400 млн долларов, "
      "с Казахстаном — 250 млн, с Беларусью — 90 млн.")
def listed_partner(ctx: Context, first: Token, mentions: list) -> list[str] | None:
    tokens = ctx.ann.tokens
    dash = first.i - 1
    # "– около 60 млн", "— до 200 млн": a word of approximation or of the level reached between the dash and the amount
    while dash > first.i - 3 and dash > 0 and (tokens[dash].lemma in L.approx_markers
                                                or tokens[dash].lower in L.amount_approx_words
                                                or tokens[dash].lower in L.destination_prepositions):
        dash -= 1
    if dash <= 0 or tokens[dash].text not in ("—", "–", "-"):
        return None
    # "с Павлодарской областью — …", and for goods "в Минскую область — …"
    # ("а с Казахстаном в целом – 210 млн": the partner taken as a whole)
    return [p.id for p in mentions if p.start > 0 and p.stop <= dash <= p.stop + 2
            and all(t.lower in L.whole_partner_words or t.lemma in L.whole_partner_words for t in tokens[p.stop:dash])
            and (tokens[p.start - 1].lower in L.with_prepositions or tokens[p.start - 1].lower in L.destination_prepositions)]


@rule("trade.bracketed_partner", "'с Актюбинской (210 млн долларов) и Западно-Казахстанской (150 млн долларов) "
      "областями': an amount in brackets right after a partner is the figure with that partner", "Наибольший "
      "товарооборот Оренбургская область имеет с Актюбинской (210 млн долларов) и Западно-Казахстанской (150 млн "
      "долларов) областями.", off=None)
def bracketed_partner(ctx: Context, first: Token, mentions: list) -> list[str] | None:
    tokens = ctx.ann.tokens
    if first.i == 0 or tokens[first.i - 1].text != "(":
        return None
    return [p.id for p in mentions if p.stop == first.i - 1] or None


def listed_partners(ctx: Context, sent: int, fig: Figure) -> frozenset[str]:
    """The partners of the figures listed after this one ("с Гомельской областью — 320 млн, с Могилёвской — 110 млн")."""
    if fig.amount is None:
        return frozenset()
    mentions = sides.side_mentions(ctx, sent, adjectives=True)  # "с Могилёвской — 110 млн": the noun left out
    out: set[str] = set()
    for m in ctx.in_sentence(ctx.money, sent):
        if fig.amount.start < m.start < fig.stop:
            first = _first_token(ctx, m.start)
            out.update(listed_partner(ctx, first, mentions) or bracketed_partner(ctx, first, mentions) or [])
    return frozenset(out)


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
    mentions = sides.side_mentions(ctx, sent, adjectives=True)
    for m in ctx.in_sentence(ctx.money, sent):
        if m.start <= amount.start or m.start >= stop:
            continue
        first = _first_token(ctx, m.start)
        partner = part_of_whole(ctx, first, mentions)
        if partner is None:
            partner = listed_partner(ctx, first, mentions) or bracketed_partner(ctx, first, mentions)
        if not partner:
            continue
        home = _home_side(ctx, parties, partner[0])
        if home:
            facts.append(TradeFact(parties=[home, partner[0]], metric=w.metric, period=period,
                                   value=m.value.value, currency=m.value.currency or amount.value.currency,
                                   approx=approximate(ctx, m), evidence=ctx.evidence(sent)))
    return facts


def _home_side(ctx: Context, parties: list[str], partner: str) -> str | None:
    """The side of a figure that trades with a listed partner: of another country than the partner ("с Гомельской — 320
    млн, с Могилёвской — 110 млн"), else of another camp."""
    return next((p for p in parties if p[:2] != partner[:2]), None) \
        or next((p for p in parties if not sides.same_camp(ctx, p, partner)), None)


# ---- the stage ------------------------------------------------------------------------------------


def _same_phrase(ctx: Context, a: Match, b: Match | None) -> bool:
    return b is not None and ctx.document.text[a.start:a.stop] == ctx.document.text[b.start:b.stop]


def extract(ctx: Context) -> list[TradeFact]:
    facts: list[TradeFact] = []
    dated: set[int] = set()  # facts whose sentence names their period, even one that cannot be anchored
    for s in ctx.sentences:
        before = len(facts)
        for c, fig in figure_candidates(ctx, s.index, "trade", planned=False):
            w, amount, stop = fig.word, fig.amount, fig.stop
            later = change_of_later_period(ctx, s.index, fig)
            earlier = change_of_earlier_period(ctx, s.index, fig)
            change = stated_change(ctx, s.index, earlier[0] if earlier else w.tok.start, later[0] if later else stop)
            if amount is None and change is None:
                c.drop("ни суммы, ни изменения")
                continue
            if group_partner(ctx, w):
                c.drop("торговля с группой стран, а не между сторонами")
                continue
            if share_of_a_total(ctx, w):
                c.drop("сумма — весь оборот, а партнёру — лишь доля")
                continue
            parties = trade_sides(ctx, s.index, w, stop, listed_partners(ctx, s.index, fig))
            parties = opposite_flow(parties, ctx, s.index, w, stop, facts[before:])
            if not parties:
                c.drop("стороны не названы")
                continue
            anchor = amount.start if amount else _change_start(ctx, s.index, w.tok.start, stop)
            p = period_of_figure(ctx, s.index, w.tok.start - 40, stop, anchor, amount)
            period = (period_value(ctx, p.value) if p is not None
                      else after_base_year(ctx, s.index) or period_of_whole_before(ctx, s.index, facts)
                      or same_period_as_before(ctx, s.index, facts) or results_told_before(ctx, s.index))
            made = _with_parts(ctx, s.index, fig, change, parties, period)
            if p is not None:
                dated.update(id(f) for f in made)
            made += _other_periods(ctx, s.index, fig, parties, period)
            # the change of the other clause is that period's figure; a period that cannot be anchored ("текущего
            # года" with no date of publication) is still another period: the figure is kept, its period unknown
            for other, other_change in ((later, stated_change(ctx, s.index, later[0], stop) if later else None),
                                        (earlier, stated_change(ctx, s.index, w.tok.start, earlier[0]) if earlier else None)):
                if other_change is None:
                    continue
                other_period = period_value(ctx, other[1].value)
                if other_period != period or other_period is None and not _same_phrase(ctx, other[1], p):
                    fact = TradeFact(parties=list(parties), metric=w.metric, period=other_period, value=None,
                                     currency=None, approx=False, growth_pct=other_change[0], evidence=ctx.evidence(s.index))
                    made.append(fact)
                    dated.add(id(fact))
            facts.extend(c.made(f) for f in made)
        if len(facts) == before and s.index > 0:
            facts.extend(same_again(ctx, s.index, facts) or figure_told_on(ctx, s.index, facts)
                         or partners_told_on(ctx, s.index, facts))
    return merge_figures(facts, dated)


@rule("trade.change_of_later_period", "'В прошлом году товарооборот составил 146 млн долларов, за первый квартал "
      "текущего года он вырос на 12%': a later clause of the figure's stretch with a period of its own and a change "
      "is that period's figure, and the change is not the amount's", "В прошлом году товарооборот Гомельской и "
      "Калужской областей составил 146 млн долларов, за первый квартал текущего года он вырос на 12%.", off=None)
def change_of_later_period(ctx: Context, sent: int, fig: Figure) -> tuple[int, Match] | None:
    """(where the later clause starts, its period), or None."""
    if fig.amount is None:
        return None
    commas = [t.start for t in ctx.tokens_of(sent) if t.text == "," and fig.amount.stop <= t.start < fig.stop]
    for p in ctx.in_sentence(ctx.trade_periods, sent):
        clause = max((c for c in commas if c < p.start), default=None)
        if clause is None or p.start >= fig.stop:
            continue
        if any(p.start < g.start < fig.stop for g in ctx.in_sentence(ctx.growth, sent)) \
                and not any(clause < m.start < fig.stop for m in ctx.in_sentence(ctx.money, sent)):
            return clause, p
    return None


@rule("trade.change_of_earlier_period", "'за январь–апрель товарооборот вырос на 20%, а по итогам прошлого года "
      "составил 143,6 млн долларов': a change told first with a period of its own, then the amount after a comma "
      "with another period — the change is the first period's figure, not the amount's", "За январь–апрель "
      "товарооборот Брестской и Рязанской областей вырос на 20%, а по итогам прошлого года составил 143,6 млн "
      "долларов.", off=None)
def change_of_earlier_period(ctx: Context, sent: int, fig: Figure) -> tuple[int, Match] | None:
    """(where the amount's clause starts, the change's period), or None."""
    if fig.amount is None:
        return None
    word, amount = fig.word.tok.start, fig.amount.start
    changes = [g for g in ctx.in_sentence(ctx.growth, sent) if word < g.start < amount]
    if not changes or any(word < m.start < amount for m in ctx.in_sentence(ctx.money, sent)):
        return None
    commas = [t.start for t in ctx.tokens_of(sent) if t.text == "," and changes[0].stop <= t.start < amount]
    if not commas:
        return None
    clause = commas[-1]
    periods = ctx.in_sentence(ctx.trade_periods, sent)
    own = [p for p in periods if word - 40 <= p.start < changes[0].start]
    amounts = [p for p in periods if clause < p.start < fig.stop]
    if own and amounts:
        return clause, own[-1]
    return None


def _change_start(ctx: Context, sent: int, start: int, stop: int) -> int:
    return next((g.start for g in ctx.in_sentence(ctx.growth, sent) if start <= g.start < stop), start)


def _other_periods(ctx: Context, sent: int, fig: Figure, parties: list[str], period: list[str] | None) -> list[TradeFact]:
    """The figures of other periods in the figure's stretch: "вырос с 18,99 млрд долларов в 2011 году до …",
    "…, а в первом полугодии 2024 года — 170 млн долларов"."""
    out = []
    for m in ctx.in_sentence(ctx.money, sent):
        if m is fig.amount or not fig.word.tok.start < m.start < fig.stop:
            continue
        p = level_of_other_period(ctx, sent, m) or listed_period(ctx, sent, m) or contrasted_period(ctx, sent, m)
        value = period_value(ctx, p.value) if p is not None else None
        if value is None or value == period:
            continue
        m = _with_currency(ctx, sent, m)
        out.append(TradeFact(parties=list(parties), metric=fig.word.metric, period=value, value=m.value.value,
                             currency=m.value.currency, approx=approximate(ctx, m), evidence=ctx.evidence(sent)))
    return out


def period_value(ctx: Context, span: Span) -> list[str] | None:
    """A period as ``[first month, last month]``, anchored on the publication date."""
    value = span.resolve(ctx.document.published)
    if value is None and span.year is None and span.year_shift is None:
        year = months_of_publication_year(ctx, span)
        value = Span(year, None, span.first_month, span.last_month).resolve(None) if year else None
    return value


@rule("trade.year_before_period", "'за первое полугодие 2025 года … 160 млн долларов, а за аналогичный период прошлого "
      "года – 140 млн', 'Годом ранее он составлял 250 млн': the period of the figure told before, a year earlier "
      "(not the whole of last year)", "Товарооборот Томской области с Казахстаном за первое полугодие 2025 года "
      "составил 160 млн долларов, а за аналогичный период прошлого года – 140 млн долларов.", off=UNCHANGED)
def year_before_period(periods: list[Match], text: str) -> list[Match]:
    """``periods`` with a match for each such phrase, valued as the nearest period before it shifted a year back; a
    period the grammar read inside the phrase ("прошлого года") gives way to it."""
    out = list(periods)
    for m in phrase_pattern("year_before_phrases").finditer(text):
        before = [p for p in out if p.stop <= m.start() and m.start() - p.stop < 400
                  and (p.value.year is not None or p.value.year_shift is not None)]
        if not before:
            continue
        v = max(before, key=lambda p: p.stop).value
        shifted = Span(v.year - 1 if v.year is not None else None,
                       v.year_shift - 1 if v.year_shift is not None else None,
                       v.first_month, v.last_month, v.last_year - 1 if v.last_year is not None else None)
        out = [p for p in out if p.stop <= m.start() or p.start >= m.end()] + [Match(m.start(), m.end(), shifted)]
    return sorted(out, key=lambda p: p.start)


@rule("trade.months_of_publication_year", "'за январь–октябрь', 'за восемь месяцев' with no year in a dated text: of the "
      "publication's year, or the year before when the period has not ended by the publication's month (FACTS 1.2, "
      "as for a day without a year)", "Гомель, 28 декабря 2024 года. За январь–октябрь товарооборот Гомельской "
      "области с Брянской составил 180 млн долларов.", off=None)
def months_of_publication_year(ctx: Context, span: Span) -> int | None:
    published = ctx.document.published
    if published is None:
        return None
    return published.year if span.last_month < published.month else published.year - 1


def _told_in_sentence_before(ctx: Context, sent: int, facts: list[TradeFact]) -> list[TradeFact]:
    """The facts whose evidence starts in the sentence before ``sent``."""
    previous = ctx.ann.sentences[sent - 1]
    return [f for f in facts if f.evidence is not None and previous.start <= f.evidence.start < previous.stop]


@rule("trade.figure_told_on", "'За первое полугодие 2025 года товарооборот составил 160 млн долларов. А годом ранее за "
      "тот же период – 140 млн.': a sentence with no trade word that gives a period and, after a dash, an amount is "
      "the figure of the sentence before for that period", "За первое полугодие 2025 года товарооборот Томской "
      "области с Казахстаном составил 160 млн долларов. А годом ранее за тот же период – 140 млн.", off=[])
def figure_told_on(ctx: Context, sent: int, facts: list[TradeFact]) -> list[TradeFact]:
    last = [f for f in _told_in_sentence_before(ctx, sent, facts) if f.value is not None]
    periods = ctx.in_sentence(ctx.trade_periods, sent)
    amounts = [m for m in ctx.in_sentence(ctx.money, sent) if periods and m.start > periods[0].stop]
    if not last or len(periods) != 1 or len(amounts) != 1:
        return []
    first = _first_token(ctx, amounts[0].start)
    # the dash right before the amount or its "около", "почти"
    dash = next((t for t in ctx.ann.tokens[max(first.i - 2, 0): first.i] if t.text in DASHES), None) if first else None
    if dash is None:
        return []
    # nothing named before the dash but the period: "Инвестиции за 2023 год – 50 млн" is another figure's
    p = periods[0]
    if any(t.pos in ("NOUN", "PROPN") and not p.start <= t.start < p.stop
           for t in ctx.tokens_of(sent) if t.i < dash.i):
        return []
    period = period_value(ctx, periods[0].value)
    f = last[-1]
    if period is None or period == f.period:
        return []
    a = amounts[0].value
    return [TradeFact(parties=list(f.parties), metric=f.metric, period=period, value=a.value,
                      currency=a.currency or f.currency, approx=a.approx, growth_pct=None, evidence=ctx.evidence(sent))]


@rule("trade.partners_told_on", "'Товарооборот Омской области с Казахстаном составил 1,1 млрд долларов. Для сравнения: "
      "с Китаем — 420 млн долларов, с Беларусью — 180 млн': a sentence with no trade word that lists partners with "
      "amounts after dashes gives the figure of the sentence before for each of them", "В 2025 году товарооборот "
      "Омской области с Казахстаном составил 1,1 млрд долларов. Для сравнения: с Китаем — 420 млн долларов, с "
      "Беларусью — 180 млн долларов.", off=[])
def partners_told_on(ctx: Context, sent: int, facts: list[TradeFact]) -> list[TradeFact]:
    last = [f for f in _told_in_sentence_before(ctx, sent, facts) if f.value is not None and len(f.parties) == 2]
    if not last:
        return []
    f = last[0]
    mentions = sides.side_mentions(ctx, sent, adjectives=True)
    out = []
    for m in ctx.in_sentence(ctx.money, sent):
        first = _first_token(ctx, m.start)
        partner = listed_partner(ctx, first, mentions) if first is not None else None
        home = _home_side(ctx, f.parties, partner[0]) if partner else None
        if home is None:
            continue
        out.append(TradeFact(parties=[home, partner[0]], metric=f.metric, period=f.period, value=m.value.value,
                             currency=m.value.currency or f.currency, approx=approximate(ctx, m), growth_pct=None,
                             evidence=ctx.evidence(sent)))
    return out


DASHES = ("—", "–", "-")


@rule("trade.same_again", "a sentence with no trade word that says 'на столько же' (the same change) or 'столько "
      "же' (the same amount) for a period of its own repeats the figure of the sentence before for that period; "
      "'почти', 'примерно', 'около' make it approximate", "За 2023 год товарооборот Пензенской области и Узбекистана "
      "вырос на 20%. Примерно на столько же он вырос за первое полугодие 2024 года.", off=[])
def same_again(ctx: Context, sent: int, facts: list[TradeFact]) -> list[TradeFact]:
    tokens = ctx.tokens_of(sent)
    all_tokens = ctx.ann.tokens
    # "столько же", not "столько же предприятий" (a count of something else)
    word = next((t for t in tokens if t.lemma in L.same_amount_words and t.i + 1 < len(all_tokens)
                 and all_tokens[t.i + 1].lower == "же"
                 and not (t.i + 2 < len(all_tokens) and all_tokens[t.i + 2].pos == "NOUN"
                          and all_tokens[t.i + 2].feats.get("Case") == "Gen"
                          and all_tokens[t.i + 2].feats.get("Number") == "Plur")), None)
    last = _told_in_sentence_before(ctx, sent, facts)
    periods = ctx.in_sentence(ctx.trade_periods, sent)
    if word is None or not last or not periods:
        return []
    period = period_value(ctx, periods[0].value)
    before = ctx.ann.tokens[max(word.i - 3, tokens[0].i): word.i]
    change = any(t.lower == "на" for t in before[-1:])
    approx = any(t.lemma in L.approx_markers or t.lemma in L.approx_quantifiers for t in before)
    f = last[-1]
    if change and f.growth_pct is None or not change and f.value is None or period == f.period:
        return []
    return [TradeFact(parties=list(f.parties), metric=f.metric, period=period,
                      value=None if change else f.value, currency=None if change else f.currency,
                      approx=approx or f.approx, growth_pct=f.growth_pct if change else None,
                      evidence=ctx.evidence(sent))]


def _key(f: TradeFact) -> tuple:
    parties = frozenset(f.parties) if f.metric == "turnover" else tuple(f.parties)
    return f.metric, parties, tuple(f.period) if f.period else None


@rule("trade.merge_figures", "one fact per metric, sides and period: a headline's change and the body's amount "
      "join, an exact amount beats a round one and an exact change a round one", "Товарооборот Татарстана и Беларуси "
      "за 2024 год вырос на 10%. За 2024 год товарооборот Татарстана и Беларуси составил 743 млн долларов.",
      off=UNCHANGED)
def merge_figures(facts: list[TradeFact], dated: set[int] = frozenset()) -> list[TradeFact]:
    out: list[TradeFact] = []
    for f in facts:
        old = next((o for o in out if _key(o) == _key(f) and not different_figures(o, f)), None)
        if old is None:
            out.append(f)
            continue
        _join(old, f)
    return headline_change(restated_figure(out), dated)


def _join(old: TradeFact, f: TradeFact) -> None:
    merged(old, f)
    if f.value is not None and old.value is not None and f.approx and not old.approx \
            and abs(f.value - old.value) <= 0.005 * old.value:
        old.approx = True  # "достиг 1,2 млрд" in the headline, "около 1,2 млрд" in the body: the same figure, rounded
    elif f.value is not None and (old.value is None or old.approx and not f.approx):
        old.value, old.currency, old.approx = f.value, f.currency, f.approx  # an exact figure beats a round one
    elif old.value is None and f.value is None and f.growth_pct is not None and old.approx and not f.approx:
        old.growth_pct, old.approx = f.growth_pct, f.approx  # without amounts "approx" is the change's
    if old.growth_pct is None:
        old.growth_pct = f.growth_pct


@rule("trade.different_figures", "two exact amounts that differ are two figures, even of one metric, sides and "
      "unknown period: '… достиг 5,1 млрд долларов', '… увеличился до 21,31 млрд долларов'", "Товарооборот "
      "Приморского края и Китая составил 1,2 млрд долларов. Позднее товарооборот Приморского края и Китая достиг 2,1 "
      "млрд долларов.", off=False)
def different_figures(a: TradeFact, b: TradeFact) -> bool:
    if a.value is None or b.value is None or a.approx or b.approx:
        return False
    return abs(a.value - b.value) > 0.001 * max(a.value, b.value)


def _sides_agree(a: TradeFact, b: TradeFact) -> bool:
    """The same two sides, maybe one named at a level above the other ("российский регион" and "Кубань")."""
    if a.metric != b.metric or len(a.parties) != 2 or len(b.parties) != 2:
        return False
    pairs = [tuple(b.parties)] if a.metric != "turnover" else [tuple(b.parties), tuple(reversed(b.parties))]
    return any(all(_within(x, y) or _within(y, x) for x, y in zip(a.parties, p)) for p in pairs)


def _depth(f: TradeFact) -> int:
    return sum(p.count("-") + p.count("/") for p in f.parties)


@rule("trade.restated_figure", "a figure told again — the same amount or change, the period told once, a side "
      "maybe named at another level: the headline's 'товарооборот российского региона с республикой вырос на 60%' "
      "and the body's 'товарооборот между Беларусью и Кубанью вырос на 60%' — is one fact, with the sides named most "
      "precisely", "Товарооборот российского "
      "региона с Беларусью вырос на 25%. Товарооборот Беларуси и Орловской области вырос на 25% и составил 300 млн "
      "долларов.", off=UNCHANGED)
def restated_figure(facts: list[TradeFact]) -> list[TradeFact]:
    out: list[TradeFact] = []
    for f in facts:
        same = next((o for o in out if o is not f and _sides_agree(o, f)
                     and (o.period is None or f.period is None or o.period == f.period)
                     and (o.growth_pct is not None and o.growth_pct == f.growth_pct
                          or o.value is not None and f.value is not None
                          and abs(o.value - f.value) <= 0.005 * max(o.value, f.value))), None)
        if same is None:
            out.append(f)
            continue
        keep, other = (same, f) if _depth(same) >= _depth(f) else (f, same)
        keep.period = keep.period or other.period
        _join(keep, other)
        if keep is f:
            out[out.index(same)] = f
    return out


@rule("trade.headline_change", "'Экспорт вырос в полтора раза' (headline) and 'в 2023 году экспорт достиг 630 млн' "
      "(body): a change with no amount and no period belongs to the one figure of its metric and sides",
      "Экспорт Татарстана в Казахстан вырос в полтора раза. В 2023 году экспорт продукции Татарстана в Казахстан "
      "достиг 630 млн долларов.", off=UNCHANGED)
def headline_change(facts: list[TradeFact], dated: set[int] = frozenset()) -> list[TradeFact]:
    out = list(facts)
    for f in list(out):
        if f.value is not None or f.period is not None or id(f) in dated:
            continue
        same = [o for o in out if o is not f and _key(o)[:2] == _key(f)[:2]]
        if len(same) == 1 and same[0].growth_pct in (None, f.growth_pct):
            same[0].growth_pct = f.growth_pct
            merged(same[0], f)
            out.remove(f)
    return out
