"""transport — a direct passenger or freight link between the two sides.

Rules:
- modes by their words: air ("авиасообщение", "авиарейсы", "рейсы", "авиаперелеты"), rail
  ("железнодорожное сообщение", "поезд", "железнодорожные маршруты"), road ("автобусное
  сообщение"), water ("речное", "паромное"); "авиа- и железнодорожное сообщение" is both;
- ends: "между A и B", "из A в B", "между Казанью, Астаной и Алматы" — only pairs that cross
  between the sides (Казань–Астана, Казань–Алматы, not Астана–Алматы); "между столицами двух
  республик" — the two sides;
- status: ``exists`` ("есть", "действует", "осуществляются", "наличие"), ``opened`` ("открыт",
  "запущен"), ``planned`` ("будут открыты", "решено открыть", "планируется");
- a sentence of several clauses ("из Краснодара в Ереван летают рейсы, а с весны планируется запуск
  рейсов из Сочи в Гюмри") is read clause by clause: each clause its own ends and status.
"""

from __future__ import annotations

from coopwatch.extract import sides
from coopwatch.extract.clauses import is_future, split_clauses, unrealised
from coopwatch.extract.context import Context
from coopwatch.facttypes.transport import TransportFact
from coopwatch.nlp.annotate import Token

AIR = {"авиасообщение", "авиарейс", "рейс", "авиаперелет", "перелет", "авиалиния", "авиамаршрут", "авиа"}
RAIL = {"поезд", "железнодорожный", "жд", "ж/д"}
ROAD = {"автобусный", "автобус", "автомобильный"}
WATER = {"речной", "паромный", "морской", "паром"}
LINK = {"сообщение", "маршрут", "линия", "связь", "перевозка"}
OPENED = {"открыть", "запустить", "возобновить", "открыться", "начать"}
PLANNED_WORDS = {"решение", "решить", "планироваться", "планировать", "намерен", "предполагаться"}


def _modes(ctx: Context, sent: int, tokens: list[Token]) -> list[tuple[str, Token]]:
    in_sentence = ctx.tokens_of(sent)
    out: list[tuple[str, Token]] = []
    for k, t in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        low = t.lower
        if t.lemma in AIR or low in ("авиа", "авиа-") or low.startswith(("авиасообщ", "авиарейс", "авиаперел", "авиалин")):
            if t.lemma == "рейс" and not any(x.lemma in ("прямой", "регулярный", "авиа") for x in tokens[max(k - 2, 0): k]) \
                    and not any(x.lemma == "рейс" and x.i != t.i for x in in_sentence):
                continue
            out.append(("air", t))
        elif t.lemma in RAIL and (nxt is not None and nxt.lemma in LINK | {"маршрут"} or t.lemma == "поезд"):
            out.append(("rail", t))
        elif t.lemma in ROAD and nxt is not None and nxt.lemma in LINK:
            out.append(("road", t))
        elif t.lemma in WATER and nxt is not None and nxt.lemma in LINK:
            out.append(("water", t))
    seen: set[str] = set()
    return [(mode, t) for mode, t in out if not (mode in seen or seen.add(mode))]


def _status(ctx: Context, t: Token, clause: list[Token]) -> str:
    lemmas = {x.lemma for x in clause}
    if unrealised(ctx.ann, t) or lemmas & PLANNED_WORDS:
        return "planned"
    for x in clause:
        if x.lemma in OPENED and x.pos == "VERB":
            return "planned" if is_future(ctx.ann, x) or x.feats.get("VerbForm") == "Inf" else "opened"
    return "exists"


def _ends(ctx: Context, sent: int, anchor: Token, clause: list[Token]) -> list[list[str]]:
    """Pairs of ends that cross between the sides, named in the clause."""
    tokens = ctx.ann.tokens
    lo, hi = clause[0].i, clause[-1].i
    mentions = [m for m in ctx.places_in(sent) if m.id and not m.id.startswith("?") and m.form != "adj"
                and lo <= m.start <= hi]
    # the ends the text gives: "между A и B", "из A в B"; else the cities it names; else any place
    listed = sides.between(ctx, sent, max(anchor.i - 1, lo), hi + 1)
    if len(listed) < 2:
        listed = [m.id for m in mentions if m.start > 0 and tokens[m.start - 1].lower in ("из", "в", "во", "до")]
    if len(listed) < 2:
        cities = [m.id for m in mentions if ctx.gz.level(m.id) == "city"]
        listed = cities if len(cities) >= 2 else [m.id for m in mentions]
    listed = list(dict.fromkeys(listed))
    if len(listed) < 2:
        return []
    first = listed[0]
    others = [p for p in listed[1:] if sides.crosses(ctx, first, p)]
    if others:
        return [[first, p] for p in others]
    # "Казань … с Ташкентом и Самаркандом": the first of the other side against each of its own
    return []


def _both_sides(ctx: Context, clause: list[Token]) -> list[list[str]]:
    both = [g for t in clause for g in sides.both_sides(ctx, t)]
    return [both] if len(both) == 2 else []


def _new_destination(ctx: Context, sent: int, clause: list[Token], recent: list[list[str]]) -> list[list[str]]:
    """"Между Иркутском и Пекином выполняются рейсы, а с декабря — рейсы в Шэньян": one new end,
    from the home end of the link just named."""
    if not recent:
        return []
    tokens = ctx.ann.tokens
    lo, hi = clause[0].i, clause[-1].i
    named = [m.id for m in ctx.places_in(sent) if m.id and not m.id.startswith("?") and m.form != "adj"
             and lo <= m.start <= hi and m.start > 0 and tokens[m.start - 1].lower in ("в", "во", "до")]
    fresh = [p for p in dict.fromkeys(named) if not any(p in pair for pair in recent)]
    if len(fresh) != 1:
        return []
    home = [e for e in recent[0] if sides.crosses(ctx, e, fresh[0])]  # the end on the other side
    return [[home[0], fresh[0]]] if len(home) == 1 else []


def extract(ctx: Context) -> list[TransportFact]:
    facts: dict[tuple, TransportFact] = {}
    last_ends: list[list[str]] = []
    last_sent = -10
    for s in ctx.sentences:
        clauses = [(c, _modes(ctx, s.index, c)) for c in split_clauses(ctx.tokens_of(s.index))]
        own = [_ends(ctx, s.index, modes[0][1], c) if modes else [] for c, modes in clauses]
        for k, (clause, modes) in enumerate(clauses):
            if not modes:
                continue
            if not own[k] and any(own[k + 1:]):
                continue  # "обсудили расширение авиасообщения: …" — the clauses after it name the links
            # "между столицами двух республик", "стороны": the two sides; "Рейсы будут
            # регулярными.": a link word without ends continues the link before it
            recent = last_ends if s.index - last_sent <= 2 else []
            ends = own[k] or _both_sides(ctx, clause) or _new_destination(ctx, s.index, clause, recent) or recent
            for mode, t in modes:
                for pair in ends:
                    key = (mode, frozenset(pair))
                    if key not in facts:
                        facts[key] = TransportFact(mode=mode, between=pair, status=_status(ctx, t, clause),
                                                   evidence=ctx.evidence(s.index))
            if ends:
                last_ends, last_sent = ends, s.index
    return list(facts.values())
