"""transport — a direct passenger or freight link between the two sides.

Each candidate is a mode word of a clause (a sentence is read clause by clause: "из Краснодара в
Ереван летают рейсы, а с весны планируется запуск рейсов из Сочи в Гюмри" is two links, each with
its own ends and status). The rules, in the order they decide (each is a ``@rule`` below with its
construction and an example; ``coopwatch explain`` shows which fired, ``benchmarks/rules.py`` what
each is worth):

Which words name a link, and its mode ("авиа- и железнодорожное сообщение" is both)
  transport.mode_word, transport.flight_qualified, transport.mode_before_link
Its ends: only pairs that cross between the sides
  transport.links_named_after, transport.from_to_ends, transport.clause_places,
  transport.crossing_pairs (after sides.between), transport.both_sides_named,
  transport.new_destination, transport.continues_link
Its status: ``exists`` unless a rule below says ``planned`` or ``opened``
  transport.plan_word_in_clause (after clauses.unrealised), transport.opening_verb
One fact per link
  transport.merge_links
"""

from __future__ import annotations

from functools import cache

from coopwatch.extract import sides
from coopwatch.extract.clauses import is_future, split_clauses, unrealised
from coopwatch.extract.context import Context
from coopwatch.extract.rulebook import UNCHANGED, candidate, merged, rule
from coopwatch.facttypes.transport import TransportFact
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Token

# ---- which words name a link ----------------------------------------------------------------------


@rule("transport.mode_word", "a word that names a link by itself: 'авиасообщение', 'авиарейсы', 'авиа-', 'поезд'",
      "Между Уфой и Ташкентом есть прямое авиасообщение.")
def mode_word(ctx: Context, t: Token) -> str | None:
    low = t.lower
    mode = L.mode_nouns.get(t.lemma)
    if mode is None and (low in ("авиа", "авиа-") or low.startswith(_air_stems())):
        mode = "air"
    return mode


@cache
def _air_stems() -> tuple[str, ...]:
    return tuple(sorted(L.air_stems))


@rule("transport.flight_qualified", "'рейс' is a link after 'прямой', 'регулярный', 'авиа' (two words at most) or "
      "when the sentence names flights twice", "Из Казани в Ташкент летают прямые рейсы.", off=False)
def flight_qualified(ctx: Context, t: Token, before: list[Token]) -> bool:
    return any(x.lemma in L.flight_qualifiers for x in before) \
        or any(x.lemma == "рейс" and x.i != t.i for x in ctx.tokens_of(t.sent))


@rule("transport.mode_before_link", "a mode word right before a link noun: 'железнодорожное сообщение', "
      "'автобусные маршруты', 'паромная линия'", "Между Астраханью и Актау восстановлено паромное сообщение.")
def mode_before_link(ctx: Context, t: Token, nxt: Token | None) -> str | None:
    if nxt is None or nxt.lemma not in L.link_nouns:
        return None
    return L.mode_modifiers.get(t.lemma)


def _modes(ctx: Context, tokens: list[Token]) -> list[tuple[str, Token]]:
    """The modes a clause names, each at its first word."""
    out: list[tuple[str, Token]] = []
    for k, t in enumerate(tokens):
        mode = mode_word(ctx, t)
        if mode == "air" and t.lemma == "рейс" and not flight_qualified(ctx, t, tokens[max(k - 2, 0): k]):
            continue
        if mode is None:
            mode = mode_before_link(ctx, t, tokens[k + 1] if k + 1 < len(tokens) else None)
        if mode is not None:
            out.append((mode, t))
    seen: set[str] = set()
    return [(mode, t) for mode, t in out if not (mode in seen or seen.add(mode))]


# ---- its ends -------------------------------------------------------------------------------------


def _mentions(ctx: Context, sent: int, clause: list[Token]):
    lo, hi = clause[0].i, clause[-1].i
    return [m for m in ctx.places_in(sent) if m.id and not m.id.startswith("?") and m.form != "adj"
            and lo <= m.start <= hi]


@rule("transport.from_to_ends", "'из Уфы в Минск', 'рейсы до Минска': the places after 'из', 'в', 'до' are the ends",
      "Из Уфы в Минск будут летать прямые авиарейсы.", off=[])
def from_to_ends(ctx: Context, sent: int, clause: list[Token]) -> list[str]:
    tokens = ctx.ann.tokens
    return [m.id for m in _mentions(ctx, sent, clause)
            if m.start > 0 and tokens[m.start - 1].lower in L.route_prepositions]


@rule("transport.clause_places", "no ends marked: the cities the clause names, else any place it names",
      "Прямое авиа- и железнодорожное сообщение связывает Казань, Астану и Алматы.", off=[])
def clause_places(ctx: Context, sent: int, clause: list[Token]) -> list[str]:
    mentions = _mentions(ctx, sent, clause)
    cities = [m.id for m in mentions if ctx.gz.level(m.id) == "city"]
    return cities if len(cities) >= 2 else [m.id for m in mentions]


@rule("transport.crossing_pairs", "'между Казанью, Астаной и Алматы': the first end against each end on the other "
      "side (Казань–Астана, Казань–Алматы, not Астана–Алматы)", "Поезда связывают Казань с Астаной и Алматы.",
      off=[])
def crossing_pairs(ctx: Context, listed: list[str]) -> list[list[str]]:
    if len(listed) < 2:
        return []
    first = listed[0]
    return [[first, p] for p in listed[1:] if sides.crosses(ctx, first, p)]


def _ends(ctx: Context, sent: int, anchor: Token, clause: list[Token]) -> list[list[str]]:
    """Pairs of ends that cross between the sides, named in the clause: "между A и B", "из A в B";
    else the cities it names; else any place."""
    lo, hi = clause[0].i, clause[-1].i
    listed = sides.between(ctx, sent, max(anchor.i - 1, lo), hi + 1)
    if len(listed) < 2:
        listed = from_to_ends(ctx, sent, clause)
    if len(listed) < 2:
        listed = clause_places(ctx, sent, clause)
    return crossing_pairs(ctx, list(dict.fromkeys(listed)))


def _own_ends(ctx: Context, sent: int, clause: list[Token], modes: list[tuple[str, Token]]) -> list[list[str]]:
    return _ends(ctx, sent, modes[0][1], clause) if modes else []


@rule("transport.links_named_after", "'обсудили расширение авиасообщения: …': a clause without ends of its own "
      "before clauses that name the links", "Стороны обсудили развитие авиасообщения: из Казани в Ташкент летают "
      "прямые рейсы.", off=False)
def links_named_after(ctx: Context, sent: int, later: list[tuple[list[Token], list[tuple[str, Token]]]]) -> bool:
    return any(_own_ends(ctx, sent, clause, modes) for clause, modes in later)


@rule("transport.both_sides_named", "'между столицами двух республик', 'стороны': one end on each side",
      "Глава Татарстана провёл переговоры с хокимом Ташкентской области. Обсуждалось железнодорожное сообщение "
      "между двумя регионами.", off=[])
def both_sides_named(ctx: Context, clause: list[Token]) -> list[list[str]]:
    both = [g for t in clause for g in sides.both_sides(ctx, t)]
    return [both] if len(both) == 2 else []


@rule("transport.new_destination", "'Между Иркутском и Пекином выполняются рейсы, а с декабря — рейсы в Шэньян': "
      "one new end, from the home end of the link just named", "Между Казанью и Ташкентом летают прямые рейсы, а "
      "летом откроются рейсы в Самарканд.", off=[])
def new_destination(ctx: Context, sent: int, clause: list[Token], recent: list[list[str]]) -> list[list[str]]:
    if not recent:
        return []
    tokens = ctx.ann.tokens
    named = [m.id for m in _mentions(ctx, sent, clause)
             if m.start > 0 and tokens[m.start - 1].lower in L.destination_prepositions]
    fresh = [p for p in dict.fromkeys(named) if not any(p in pair for pair in recent)]
    if len(fresh) != 1:
        return []
    home = [e for e in recent[0] if sides.crosses(ctx, e, fresh[0])]  # the end on the other side
    return [[home[0], fresh[0]]] if len(home) == 1 else []


@rule("transport.continues_link", "'Рейсы будут регулярными.': a link word without ends continues the link named "
      "within the two sentences before", "Между Самарой и Ташкентом откроется прямое авиасообщение. Прямые рейсы "
      "будут выполняться дважды в неделю.", off=[])
def continues_link(ctx: Context, recent: list[list[str]]) -> list[list[str]]:
    return recent


# ---- status ---------------------------------------------------------------------------------------


@rule("transport.plan_word_in_clause", "'решено открыть', 'планируется запуск', 'намерены' in the link's clause: "
      "planned", "Решение об открытии автобусного сообщения между Оренбургом и Актобе приняли власти обеих "
      "областей.", off=False)
def plan_word_in_clause(ctx: Context, t: Token, clause: list[Token]) -> bool:
    return any(x.lemma in L.link_plan_words for x in clause)


@rule("transport.opening_verb", "an opening verb in the clause: 'открыт', 'запустили' opened; 'будут открыты', "
      "'откроют' planned", "В прошлом году запустили поезд из Минска в Санкт-Петербург.")
def opening_verb(ctx: Context, clause: list[Token]) -> str | None:
    for x in clause:
        if x.lemma in L.link_open_verbs and x.pos == "VERB":
            return "planned" if is_future(ctx.ann, x) or x.feats.get("VerbForm") == "Inf" else "opened"
    return None


def _status(ctx: Context, t: Token, clause: list[Token]) -> str:
    if unrealised(ctx.ann, t) or plan_word_in_clause(ctx, t, clause):
        return "planned"
    return opening_verb(ctx, clause) or "exists"


# ---- the stage ------------------------------------------------------------------------------------


def extract(ctx: Context) -> list[TransportFact]:
    facts: list[TransportFact] = []
    last_ends: list[list[str]] = []
    last_sent = -10
    for s in ctx.sentences:
        clauses = [(c, _modes(ctx, c)) for c in split_clauses(ctx.tokens_of(s.index))]
        for k, (clause, modes) in enumerate(clauses):
            ends: list[list[str]] = []
            for mode, t in modes:
                with candidate("transport", t) as c:
                    own = _own_ends(ctx, s.index, clause, modes)
                    if not own and links_named_after(ctx, s.index, clauses[k + 1:]):
                        c.drop("сообщения названы в следующих частях предложения")
                        continue
                    recent = last_ends if s.index - last_sent <= 2 else []
                    ends = own or both_sides_named(ctx, clause) or new_destination(ctx, s.index, clause, recent) \
                        or continues_link(ctx, recent)
                    if not ends:
                        c.drop("концы сообщения не названы")
                        continue
                    status = _status(ctx, t, clause)
                    for pair in ends:
                        facts.append(c.made(TransportFact(mode=mode, between=pair, status=status,
                                                          evidence=ctx.evidence(s.index))))
            if ends:
                last_ends, last_sent = ends, s.index
    return merge_links(facts)


@rule("transport.merge_links", "one fact per mode and pair of ends: the first mention gives its status",
      "Между Казанью и Минском действует авиасообщение. Авиасообщение Казань — Минск выполняется круглый год.",
      off=UNCHANGED)
def merge_links(facts: list[TransportFact]) -> list[TransportFact]:
    out: dict[tuple, TransportFact] = {}
    for f in facts:
        key = (f.mode, frozenset(f.between))
        if key in out:
            merged(into=out[key], fact=f)
        else:
            out[key] = f
    return list(out.values())
