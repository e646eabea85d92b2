"""transport — a direct passenger or freight link between the two sides.

Each candidate is a mode word of a clause (a sentence is read clause by clause: "из Краснодара в
Ереван летают рейсы, а с весны планируется запуск рейсов из Сочи в Гюмри" is two links, each with
its own ends and status). The rules, in the order they decide (each is a ``@rule`` below with its
construction and an example; ``coopwatch explain`` shows which fired, ``benchmarks/rules.py`` what
each is worth):

Which words name a link, and its mode ("авиа- и железнодорожное сообщение" is both)
  transport.mode_word, transport.flight_qualified, transport.cargo_trips, transport.flights_told_before, transport.from_and_to_after, transport.first_trip, transport.mode_before_link, transport.similar_link, transport.trip_of_a_vessel, transport.flies_from_to,
  transport.bridge_route, transport.direct_journey
Which links are no fact
  transport.only_discussed, transport.only_a_possibility, transport.with_transfer, transport.no_link
Its ends: only pairs that cross between the sides
  transport.terminal_of_its_city, transport.ends_after_its_word, transport.route_in_name, transport.clause_places,
  transport.crossing_pairs (after sides.between), transport.capitals_of_sides, transport.same_mode_link_before,
  transport.both_sides_named, transport.new_destination,
  transport.ends_of_clause_before, transport.route_named_back
Its status: ``exists`` unless a rule below says ``planned`` or ``opened``; a link suspended or
stopped has no status in FACTS, so it gives no fact
  transport.opening_verb, transport.returns_to_service, transport.opening_announced, transport.document_to_open, transport.suspended, transport.reopening_of_stopped, transport.kept_running, transport.runs_now, transport.talks_go_on, transport.more_trips,
  transport.opened_participle, transport.plan_word_in_clause (after clauses.unrealised), transport.first_trip_made,
  transport.opening_dated, transport.first_trip_of_link_before
One fact per link
  transport.suspended_link_not_working, transport.merge_links, transport.same_link_named_closer
"""

from __future__ import annotations

from functools import cache

from coopwatch.extract import sides
from coopwatch.extract.agreement import document_noun
from coopwatch.extract.clauses import (
    governing_verb,
    hypothetical,
    is_future,
    negated,
    not_only,
    path_to_root,
    split_clauses,
    unrealised,
)
from coopwatch.extract.context import Context
from coopwatch.extract.rulebook import UNCHANGED, candidate, merged, rule
from coopwatch.extract.titles import QUOTES
from coopwatch.facttypes.transport import TransportFact
from coopwatch.gazetteer.places import capital_of, contains, country_of
from coopwatch.lexicon import L, numbers
from coopwatch.nlp.annotate import Token
from coopwatch.nlp.grammars.date import resolve

DASHES = ("-", "–", "—")

# ---- which words name a link ----------------------------------------------------------------------


@rule("transport.mode_word", "a word that names a link by itself: 'авиасообщение', 'авиарейсы', 'авиа-', 'поезд'; a "
      "vehicle that runs ('курсирует автобус', 'ходит паром')",
      "Между Уфой и Ташкентом есть прямое авиасообщение.")
def mode_word(ctx: Context, t: Token) -> str | None:
    low = t.lower
    mode = L.mode_nouns.get(t.lemma)
    if mode is None and (low in ("авиа", "авиа-") or low.startswith(_air_stems())):
        mode = "air"
    if mode is None and t.pos == "NOUN" and t.head >= 0 and ctx.ann.tokens[t.head].lemma in L.link_run_verbs:
        mode = L.mode_modifiers.get(t.lemma)  # "между Оренбургом и Актобе курсирует автобус"
    return mode


@cache
def _air_stems() -> tuple[str, ...]:
    return tuple(sorted(L.air_stems))


@rule("transport.flight_qualified", "'рейс' is a link after 'прямой', 'регулярный', 'авиа', 'частота' (two words at most), or "
      "counted to a timetable ('14 рейсов в неделю'), "
      "when the sentence names flights twice (an air word too: 'авиарейсы … рейсов в Ош') or names an airline ('авиакомпания продлила рейсы'), or before a route "
      "('рейс Тюмень — Актобе')",
      "Из Казани в Ташкент летают прямые рейсы.", off=False)
def flight_qualified(ctx: Context, t: Token, before: list[Token]) -> bool:
    if cargo_trips(ctx, t, before):
        return False
    # flights named twice: "рейс" again, or an air word ("… авиарейсы, а … запуск рейсов в Ош")
    # "частоту рейсов", "число рейсов": trips counted are a link's — flights, unless the sentence names another mode
    # ("Автобусный перевозчик увеличил число рейсов")
    other_mode = _other_mode_named(ctx.tokens_of(t.sent))
    counted = not other_mode and (any(x.lemma in L.trip_count_nouns for x in before) or scheduled(ctx, t))
    return counted or any(x.lemma in L.flight_qualifiers for x in before) \
        or any((x.lemma == "рейс" or L.mode_nouns.get(x.lemma) == "air") and x.i != t.i or x.lemma in L.airline_nouns
               for x in ctx.tokens_of(t.sent)) \
        or route_after(ctx, t) or from_and_to_after(ctx, t) or flights_told_before(ctx, t)


@rule("transport.cargo_trips", "'увеличение числа грузовых рейсов между Благовещенском и Хэйхэ': freight trips are "
      "trucks' as often as planes', so a 'рейс' qualified by 'грузовой' is a flight link only when the sentence names "
      "an air word or a carrier ('грузовые авиарейсы', 'авиакомпания выполняет грузовые рейсы')",
      "Обсудили увеличение числа грузовых рейсов между Благовещенском и Хэйхэ.", off=False)
def cargo_trips(ctx: Context, t: Token, before: list[Token]) -> bool:
    if not any(x.lemma in L.cargo_adjectives for x in before) or any(x.lemma in L.flight_qualifiers for x in before):
        return False
    return not _air_word_named(ctx.tokens_of(t.sent))


@rule("transport.flights_told_before", "'Авиакомпания возобновила рейсы из Иркутска в Улан-Батор. … Кроме того, "
      "планируется запустить рейсы в Эрдэнэт': a bare 'рейсы' in one of the two sentences after one that names flights "
      "by an air word or a carrier is flights too, unless its own sentence names another mode",
      "Авиакомпания «Ангара» выполняет рейсы из Иркутска в Улан-Батор. С июня планируется запустить рейсы в Эрдэнэт.",
      off=False)
def flights_told_before(ctx: Context, t: Token) -> bool:
    return not _other_mode_named(ctx.tokens_of(t.sent)) \
        and any(_air_word_named(ctx.tokens_of(s)) for s in range(max(t.sent - 2, 0), t.sent))


def _other_mode_named(tokens: list[Token]) -> bool:
    """A word of a mode other than air among the tokens ("автобусный", "поезд")."""
    return any(L.mode_modifiers.get(x.lemma, "air") != "air" or L.mode_nouns.get(x.lemma, "air") != "air"
               for x in tokens)


def _air_word_named(tokens: list[Token]) -> bool:
    """An air word that is not a bare 'рейс' ("авиарейсы", "авиасообщение") or a carrier among the tokens."""
    return any(L.mode_nouns.get(x.lemma) == "air" and x.lemma not in L.bare_flight_nouns or x.lemma in L.airline_nouns
               for x in tokens)


@rule("transport.from_and_to_after", "'рейсы в Ереван из Минеральных Вод', 'рейсы из Ставрополя в Гюмри', 'рейсов между Благовещенском и Харбином': "
      "'рейсы' followed by where from and where to, in either order, or by 'между' two places, are a flight link (one "
      "'рейс' is one flight)", "Рейсы в Ереван из Минеральных Вод "
      "уже выполняются ежедневно.", off=False)
def from_and_to_after(ctx: Context, t: Token, plural_only: bool = True) -> bool:
    tokens = ctx.ann.tokens
    starts = {m.start for m in ctx.places_in(t.sent)}
    if plural_only and t.feats.get("Number") != "Plur":
        return False  # "Рейс из Самары в Ташкент задержали": one flight, no link
    preps = [x for x in tokens[t.i + 1: t.i + 9] if x.sent == t.sent and x.i + 1 in starts]
    if not preps or preps[0].i != t.i + 1:
        return False  # "рейсы автобусов из Омска в Павлодар": the trips of another vehicle
    if preps[0].lower == "между":
        return True  # "число рейсов между Благовещенском и Харбином"
    return _from_and_to(preps)


def _from_and_to(preps: list[Token]) -> bool:
    """Among the prepositions of places, one of where from ("из") and one of where to ("в")."""
    kinds = {"from" if x.lower in L.origin_prepositions else "to" for x in preps
             if x.lower in L.origin_prepositions or x.lower in L.destination_prepositions}
    return kinds == {"from", "to"}


def scheduled(ctx: Context, t: Token) -> bool:
    """"выполняется 14 рейсов в неделю", "два рейса в день": flights counted to a timetable."""
    tokens = ctx.ann.tokens
    number = t.i > 0 and (tokens[t.i - 1].text.isdigit() or tokens[t.i - 1].lemma in L.number_words)
    after = [x for x in tokens[t.i + 1: t.i + 3] if x.sent == t.sent]
    return number and len(after) == 2 and after[0].lower == "в" and after[1].lemma in L.schedule_periods


def route_after(ctx: Context, t: Token) -> bool:
    """"рейс Тюмень — Актобе": a route named right after the word."""
    return bool(route_right_after(ctx, t))


def route_right_after(ctx: Context, t: Token) -> list[str]:
    """The stops of a route named right after the word ("поезд Гомель — Брянск — Москва"), or []."""
    starts = {m.start: m for m in ctx.places_in(t.sent)}
    a = starts.get(t.i + 1)
    stops = _route_from(ctx, starts, a) if a is not None else []
    return stops if len(stops) >= 2 else []


def _route_from(ctx: Context, starts: dict, a) -> list[str]:
    """The places joined by dashes from ``a`` on: "Гомель — Брянск — Москва" (every stop of a route)."""
    tokens = ctx.ann.tokens
    stops = [a.id]
    while a.stop < len(tokens) and tokens[a.stop].text in DASHES and a.stop + 1 in starts:
        a = starts[a.stop + 1]
        stops.append(a.id)
    return stops


@rule("transport.first_trip", "'первый рейс', 'первый прямой поезд': the trip that opens a route is a link",
      "Первый рейс из Казани в Ташкент совершил самолёт авиакомпании «Победа».", off=False)
def first_trip(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    j = t.i - 1
    while j >= max(t.i - 3, 0) and tokens[j].sent == t.sent and tokens[j].pos == "ADJ":
        if tokens[j].lemma == "первый":
            return True
        j -= 1
    return False


@rule("transport.mode_before_link", "a mode word right before a link noun: 'железнодорожное сообщение', "
      "'автобусные маршруты', 'паромная линия', 'автобусный рейс' (not a flight)",
      "Между Астраханью и Актау восстановлено паромное сообщение.")
def mode_before_link(ctx: Context, t: Token, nxt: Token | None) -> str | None:
    if nxt is None or nxt.lemma not in L.link_nouns:
        return None
    return L.mode_modifiers.get(t.lemma)


@rule("transport.bridge_route", "'мостовой переход Благовещенск — Хэйхэ', 'железнодорожный мост Нижнеленинское — "
      "Тунцзян': a bridge named by the route it carries is a road link (rail after 'железнодорожный'); a bridge with "
      "no route ('мост дружбы') is none", "Стороны обсудили работу мостового перехода Благовещенск — Хэйхэ.", off=None)
def bridge_route(ctx: Context, t: Token, before: Token | None) -> str | None:
    if t.lemma not in L.bridge_words or not route_after(ctx, t):
        return None
    if t.lemma == "переход" and (before is None or not before.lemma.startswith("мост")):
        return None  # "переход" alone is a crossing of any kind ("переход на расчёты в рублях")
    return L.mode_modifiers.get(before.lemma, "road") if before is not None else "road"


@rule("transport.direct_journey", "'из Екатеринбурга без пересадок можно долететь до Ташкента', 'напрямую летать из "
      "Казани в Ош': a verb of flying with a mark of a journey with no transfer names an air link",
      "Сейчас из Екатеринбурга без пересадок можно долететь до Ташкента.", off=False)
def direct_journey(t: Token, clause: list[Token]) -> bool:
    return t.lemma in L.flight_verbs and (any(x.lemma in L.direct_journey_words for x in clause)
                                          or any(_without(clause, k) for k in range(len(clause))))


def _without(clause: list[Token], k: int) -> bool:
    """"без пересадок": a transfer word after "без" marks a journey with none."""
    x = clause[k]
    return (x.lemma in L.transfer_words or x.lower in L.transfer_words) and k > 0 and clause[k - 1].lower == "без"


@rule("transport.trip_of_a_vessel", "'Теплоход «Амур» совершил рейс из Благовещенска в Хэйхэ', 'автобус выполнил рейс': "
      "a trip ('рейс') a vehicle makes is a link of the vehicle's mode, however far the words qualifying it",
      "Теплоход «Амур» совершил первый в этом году рейс из Благовещенска в Хэйхэ.", off=None)
def trip_of_a_vessel(ctx: Context, t: Token) -> str | None:
    verb = governing_verb(ctx.ann, t)
    if verb is None:
        return None
    subject = next((x for x in ctx.tokens_of(t.sent) if x.head == verb.i and x.rel.startswith("nsubj")), None)
    if subject is None:
        return None
    return L.vehicle_modes.get(subject.lemma) or (L.mode_nouns.get(subject.lemma) if subject.lemma not in
                                                 L.bare_flight_nouns else None)


@rule("transport.flies_from_to", "'компания летает из Ростова-на-Дону в Гюмри', 'самолёты летают из Уфы в Ташкент', "
      "'Из Новосибирска в Ташкент летают ежедневно': flying from one place to another, as a habit, is an air link", "Авиакомпания летает из Ростова-на-Дону в Гюмри.",
      off=None)
def flies_from_to(ctx: Context, t: Token) -> str | None:
    if t.lemma != "летать" or t.pos != "VERB" or t.feats.get("Tense") not in ("Pres", None):
        return None
    return "air" if from_and_to_after(ctx, t, plural_only=False) or _from_and_to_before(ctx, t) else None


def _from_and_to_before(ctx: Context, t: Token) -> bool:
    """"Из Новосибирска в Ташкент летают ежедневно": where from and where to, right before the verb."""
    tokens = ctx.ann.tokens
    starts = {m.start for m in ctx.places_in(t.sent)}
    return _from_and_to([x for x in tokens[max(t.i - 8, 0): t.i] if x.sent == t.sent and x.i + 1 in starts])


@rule("transport.similar_link", "'Ранее аналогичный маршрут связал Екатеринбург с Сианем', 'такая же линия': a link "
      "'like' the one told before is of its mode", "Из Чэнду в Екатеринбург прибыл первый контейнерный поезд. Ранее "
      "аналогичный маршрут связал Екатеринбург с Сианем.", off=None)
def similar_link(ctx: Context, like: Token, t: Token) -> str | None:
    if like.lemma not in L.likeness_words or t.lemma not in L.link_nouns:
        return None
    for s in range(t.sent - 1, max(t.sent - 3, -1), -1):  # the link told in the sentences just before
        told = {mode for mode, _ in _modes(ctx, ctx.tokens_of(s))}
        if told:
            return told.pop() if len(told) == 1 else None
    return None


def _modes(ctx: Context, tokens: list[Token]) -> list[tuple[str, Token]]:
    """The modes a clause names, each at its first word."""
    out: list[tuple[str, Token]] = []
    for k, t in enumerate(tokens):
        mode = mode_word(ctx, t)
        vessel = trip_of_a_vessel(ctx, t) if mode == "air" and t.lemma in L.bare_flight_nouns else None
        if vessel is not None:
            out.append((vessel, t))  # "Теплоход совершил рейс из Благовещенска в Хэйхэ": the vessel's mode
            continue
        if mode == "air" and t.lemma in L.bare_flight_nouns:
            # "автобусный рейс" is a bus link, named at its modifier; a bare "рейс" or "полёт" only when qualified
            if k and mode_before_link(ctx, tokens[k - 1], t) or not (
                    flight_qualified(ctx, t, tokens[max(k - 2, 0): k]) or first_trip(ctx, t)):
                continue
        if mode is None:
            j = k + 1
            while j < len(tokens) and tokens[j].lemma in L.link_qualifiers:
                j += 1  # "железнодорожное пассажирское сообщение"
            mode = mode_before_link(ctx, t, tokens[j] if j < len(tokens) else None)
        if mode is None:
            mode = bridge_route(ctx, t, tokens[k - 1] if k else None)
        if mode is None and direct_journey(t, tokens):
            mode = "air"
        if mode is None and k:
            mode = similar_link(ctx, tokens[k - 1], t)
        if mode is None:
            mode = flies_from_to(ctx, t)
        if mode is not None:
            out.append((mode, t))
    seen: set[str] = set()
    return [(mode, t) for mode, t in out if not (mode in seen or seen.add(mode))]


# ---- which links are no fact --------------------------------------------------------------------


@rule("transport.no_link", "'Прямого авиасообщения между Омском и Павлодаром нет', 'авиасообщение отсутствует', 'не "
      "летают прямые рейсы': a link said to be missing is no fact", "Прямого авиасообщения между Омском и Павлодаром "
      "нет.", off=False)
def no_link(ctx: Context, t: Token, clause: list[Token]) -> bool:
    if negated(ctx.ann, t) and not not_only(clause):
        return True
    above = {t.head, ctx.ann.tokens[t.head].head} if t.head >= 0 else set()  # "отсутствует", "нет" over the link
    return any(x.lemma in L.absence_words and (x.i in above or x.lower == "нет" and t.case == "Gen") for x in clause)


@rule("transport.only_discussed", "'обсуждались вопросы развития паромного сообщения', 'обсудили авиасообщение': "
      "a link that is only a topic of talks (not its opening: 'обсуждалось открытие рейса') is no fact",
      "На встрече обсуждались вопросы развития железнодорожного сообщения между Омском и Павлодаром.", off=False)
def only_discussed(ctx: Context, t: Token, clause: list[Token]) -> bool:
    if opened_participle(t, clause):
        return False  # "обсудили развитие авиасообщения, запущенного в 2023 году": it opened then
    before = [x for x in clause if x.i < t.i]
    k = len(before) - 1
    while k >= 0 and (before[k].pos == "ADJ" or before[k].lemma in L.flight_qualifiers):
        k -= 1  # "развития прямого паромного сообщения"
    if k < 0:
        return False
    word = before[k]
    if word.lower in L.about_prepositions and k > 0:
        word = before[k - 1]  # "говорили о авиасообщении"
    if word.lemma in L.link_discussion_words:
        return True  # "обсудили авиасообщение"
    return word.pos == "NOUN" and word.lemma in L.link_topic_nouns and \
        any(x.lemma in L.link_discussion_words for x in clause)


@rule("transport.only_a_possibility", "'обсудили возможность открытия прямого авиасообщения', 'потенциал в открытии "
      "прямых рейсов': a link whose opening is "
      "only a possibility looked at is no fact (its opening discussed outright is planned)",
      "Стороны обсудили возможность открытия прямого авиасообщения между Казанью и Ханоем.", off=False)
def only_a_possibility(t: Token, clause: list[Token]) -> bool:
    before = [x for x in clause if x.i < t.i][-5:]
    return any(x.lemma in L.proposal_words or x.lemma in L.possibility_nouns for x in before)


@rule("transport.with_transfer", "'перелёт возможен только с пересадкой в Москве', 'стыковочным рейсом через Стамбул': "
      "a journey with a transfer is no direct link, and the transfer city no end", "Сейчас перелёт из Минска в "
      "Новосибирск возможен только с пересадкой в Москве.", off=False)
def with_transfer(clause: list[Token]) -> bool:
    return any((x.lemma in L.transfer_words or x.lower in L.transfer_words) and not _without(clause, k)
               for k, x in enumerate(clause))


# ---- its ends -------------------------------------------------------------------------------------


def _mentions(ctx: Context, sent: int, clause: list[Token], *, quoted: bool = False):
    """The places a clause names, with the word before each;
    ``quoted`` keeps names inside quotes and organisations ("поезд «Иркутск – Улан-Батор»")."""
    lo, hi = clause[0].i, clause[-1].i
    tokens = ctx.ann.tokens
    out = []
    sides_only = {m.start for m in ctx.places_in(sent)}
    for m in ctx.places_in(sent, sides_only=False):
        if not m.id or m.id.startswith("?") or m.form == "adj" or not lo <= m.start <= hi:
            continue
        if not quoted and m.start not in sides_only and not terminal_of_its_city(ctx, m):
            continue
        # ("в столицу Узбекистана" is Tashkent's mention, "столицу" its first word: gazetteer.matcher.named_capitals)
        out.append((m, m.id, tokens[m.start - 1] if m.start > 0 else None))
    return out


@rule("transport.terminal_of_its_city", "'аэропорт «Казань» возобновляет авиасообщение с Ашхабадом', 'из международного "
      "аэропорта Уфы': the city an airport or a port is named by is an end of the links it serves",
      "Аэропорт «Казань» открыл рейсы в Ашхабад.", off=False)
def terminal_of_its_city(ctx: Context, m) -> bool:
    tokens = ctx.ann.tokens
    j = m.start - 1
    if j >= 0 and tokens[j].text in QUOTES:
        j -= 1
    return j >= 0 and tokens[j].lemma in L.terminal_nouns and ctx.gz.level(m.id) == "city"


@rule("transport.route_in_name", "'поезд «Иркутск – Улан-Батор»', 'рейсы Казань — Ташкент', 'поезд Гомель — Брянск — "
      "Москва': places joined by dashes name the route and its stops, in quotes too", "Поезд «Москва – Минск» отправляется каждый вечер.", off=[])
def route_in_name(ctx: Context, sent: int, clause: list[Token]) -> list[str]:
    found = _mentions(ctx, sent, clause, quoted=True)
    starts = {m.start: m for m, _, _ in found}
    for m, _, _ in found:
        stops = _route_from(ctx, starts, m)
        if len(stops) >= 2:
            return stops  # "Гомель — Брянск — Москва": every stop; the crossing pairs are taken after
    return []


@rule("transport.clause_places", "no ends marked: the cities the clause names, else any place it names",
      "Прямое авиа- и железнодорожное сообщение связывает Казань, Астану и Алматы.", off=[])
def clause_places(ctx: Context, sent: int, clause: list[Token]) -> list[str]:
    found = [pid for _, pid, _ in _mentions(ctx, sent, clause)]
    cities = [p for p in found if ctx.gz.level(p) == "city"]
    return cities if len(cities) >= 2 else found


@rule("transport.crossing_pairs", "'между Казанью, Астаной и Алматы': the first end against each end on the other "
      "side (Казань–Астана, Казань–Алматы, not Астана–Алматы)", "Поезда связывают Казань с Астаной и Алматы.",
      off=[])
def crossing_pairs(ctx: Context, listed: list[str]) -> list[list[str]]:
    if len(listed) < 2:
        return []
    first = listed[0]
    return [[first, p] for p in listed[1:] if sides.crosses(ctx, first, p)]


def _ends(ctx: Context, sent: int, anchor: Token, clause: list[Token]) -> list[list[str]]:
    """Pairs of ends that cross between the sides, named in the clause: "между A и B", a route
    "A – B"; else the cities it names ("из A в B"); else any place."""
    lo, hi = clause[0].i, clause[-1].i
    listed = sides.between(ctx, sent, max(anchor.i - 1, lo), hi + 1)
    if len(listed) < 2:
        listed = route_in_name(ctx, sent, clause)
    if len(listed) < 2:
        listed = clause_places(ctx, sent, clause)
    return crossing_pairs(ctx, list(dict.fromkeys(listed)))


def _own_ends(ctx: Context, sent: int, clause: list[Token], modes: list[tuple[str, Token]]) -> list[list[str]]:
    return _ends(ctx, sent, modes[0][1], clause) if modes else []


@rule("transport.ends_after_its_word", "'обсудили открытие автобусного сообщения между Благовещенском и Хэйхэ и "
      "увеличение числа авиарейсов из Благовещенска в Харбин': of two links in a clause, each takes the ends named "
      "between its word and the next link's word", "Губернаторы обсудили открытие автобусного сообщения между "
      "Благовещенском и Хэйхэ и увеличение числа авиарейсов из Благовещенска в Харбин.", off=[])
def ends_after_its_word(ctx: Context, sent: int, t: Token, clause: list[Token],
                        modes: list[tuple[str, Token]]) -> list[list[str]]:
    if len(modes) < 2:
        return []
    nxt = min((x.i for _, x in modes if x.i > t.i), default=None)
    span = [x for x in clause if x.i >= t.i and (nxt is None or x.i < nxt)]
    # "авиа- и железнодорожное сообщение между …": a word with no ends of its own shares the clause's
    return _ends(ctx, sent, t, span) if len(span) > 1 else []


@rule("transport.capitals_of_sides", "'между столицами двух республик', 'столицы обеих стран': the capitals of the "
      "two sides, at the level the noun names (a region's capital, else its country's)", "Глава Башкортостана "
      "встретился с премьер-министром Беларуси. Стороны решили открыть авиасообщение между столицами двух "
      "республик.", off=[])
def capitals_of_sides(ctx: Context, clause: list[Token]) -> list[list[str]]:
    tokens = ctx.ann.tokens
    if len(ctx.camps) < 2:
        return []
    for t in clause:
        if t.lemma != "столица":
            continue
        after = [x for x in tokens[t.i + 1: t.i + 5] if x.sent == t.sent]
        two = next((k for k, x in enumerate(after) if x.lower in L.two_genitives), None)
        if two is not None:
            noun = next((x for x in after[two + 1:] if x.pos != "ADJ"), None)
            kind = L.generic_territories.get(noun.lemma) if noun is not None else None
        elif t.i > 0 and tokens[t.i - 1].lower == "между":
            kind = "region"  # "между столицами": each side's own capital
        else:
            continue
        if kind not in ("country", "region"):
            continue
        ends = [capital_of(_side_at(ctx, camp, kind)) for camp in ctx.camps[:2]]
        if all(ends) and ends[0] != ends[1]:
            return [ends]
    return []


def _side_at(ctx: Context, camp, kind: str) -> str:
    """A camp's place at the level of "стран" (its country) or "республик"/"регионов" (its most
    named region, else its country: Беларусь is a republic too)."""
    if kind == "region":
        regions = [p for p in camp.weights if ctx.gz.level(p) == "region"]
        if regions:
            return max(regions, key=camp.weights.get)
    return country_of(camp.best)


@rule("transport.same_mode_link_before", "'… увеличение числа авиарейсов из Благовещенска в Харбин. Сейчас между "
      "городами выполняется три рейса в неделю': a link told by 'между городами' right after a link of its mode "
      "runs between that link's ends", "Обсудили увеличение числа авиарейсов из Благовещенска в Харбин. Сейчас между "
      "городами выполняется три рейса в неделю.", off=[])
def same_mode_link_before(clause: list[Token], mode: str,
                          last_of_mode: dict[str, tuple[int, list[str]]]) -> list[list[str]]:
    sent, ends = last_of_mode.get(mode, (-10, []))
    if clause[0].sent - sent != 1 or not any(t.lower == "между" for t in clause):
        return []
    return [list(ends)]


@rule("transport.both_sides_named", "'между двумя регионами', 'стороны': one end on each side",
      "Глава Татарстана провёл переговоры с хокимом Ташкентской области. Решено открыть железнодорожное сообщение "
      "между двумя регионами.", off=[])
def both_sides_named(ctx: Context, clause: list[Token]) -> list[list[str]]:
    both = list(dict.fromkeys(g for t in clause for g in sides.both_sides(ctx, t)))  # "Стороны … между городами"
    return [both] if len(both) == 2 else []


@rule("transport.new_destination", "'Между Иркутском и Пекином выполняются рейсы, а с декабря — рейсы в Шэньян': "
      "new ends ('в Эрдэнэт и Мурэн': each), from the home end of the link just named", "Между Казанью и Ташкентом летают прямые рейсы, а "
      "летом откроются рейсы в Самарканд.", off=[])
def new_destination(ctx: Context, sent: int, clause: list[Token], recent: list[list[str]]) -> list[list[str]]:
    if not recent:
        return []
    named, listing = [], False
    for _, pid, intro in _mentions(ctx, sent, clause):
        # "в Эрдэнэт и Мурэн": the places listed after a destination are destinations too
        listing = intro is not None and (intro.lower in L.destination_prepositions
                                         or listing and intro.text in (",", "и"))
        if listing:
            named.append(pid)
    fresh = [p for p in dict.fromkeys(named) if not any(p in pair for pair in recent)]
    out = []
    for end in fresh:  # "рейсы в Эрдэнэт и Мурэн": each new end from the same home end
        home = [e for e in recent[0] if sides.crosses(ctx, e, end)]  # the end on the other side
        if len(home) != 1:
            return []
        out.append([home[0], end])
    return out


# ---- status ---------------------------------------------------------------------------------------


@rule("transport.opening_verb", "an opening verb in the clause: 'открыт', 'запустили', 'стартовал' opened; 'будут "
      "открыты', 'откроют' planned", "В прошлом году запустили поезд из Минска в Санкт-Петербург.")
def opening_verb(ctx: Context, clause: list[Token]) -> str | None:
    for x in clause:
        if x.lemma in L.link_open_verbs and x.pos == "VERB":
            if is_future(ctx.ann, x) or x.feats.get("VerbForm") == "Inf" or opening_announced(x):
                return "planned"
            return "opened"
    return None


@rule("transport.returns_to_service", "'Пассажирский поезд Калининград — Гродно, отменённый в 2020 году, вернётся в "
      "расписание летом': a link said to come back opens again — planned when it will, opened when it did",
      "Пассажирский поезд Калининград — Гродно, отменённый в 2020 году, вернётся в расписание летом.", off=None)
def returns_to_service(ctx: Context, clause: list[Token]) -> str | None:
    tokens = ctx.ann.tokens
    for x in clause:
        if x.lemma in L.return_verbs and x.pos == "VERB" \
                and not (x.i + 1 < len(tokens) and tokens[x.i + 1].lower in ("к", "ко")):  # "вернулись к вопросу"
            return "planned" if is_future(ctx.ann, x) or x.feats.get("VerbForm") == "Inf" else "opened"
    return None


@rule("transport.opened_participle", "'обсудили загрузку моста Благовещенск — Хэйхэ, открытого в 2022 году': a past "
      "participle of opening agreeing with the link's word says the link opened, whatever the sentence says of its "
      "future, and that it is more than a topic of talks",
      "Стороны обсудили загрузку моста Благовещенск — Хэйхэ, открытого в 2022 году.", off=False)
def opened_participle(t: Token, clause: list[Token]) -> bool:
    def agrees(x: Token) -> bool:  # the link's participle, not a trade house's ("…и торговой площадки, открытой …")
        # (the tagger reads "запущенного" as masculine: the neuter's oblique forms are the same)
        same = all(x.feats.get(f) == t.feats.get(f) for f in ("Case", "Number") if x.feats.get(f) and t.feats.get(f))
        return same and (x.feats.get("Gender") == "Fem") == (t.feats.get("Gender") == "Fem")
    return any(x.i > t.i and x.lemma in L.link_open_verbs and x.feats.get("VerbForm") == "Part"
               and x.feats.get("Tense") == "Past" and agrees(x) for x in clause)


@rule("transport.opening_announced", "'Авиакомпания с 30 октября открывает регулярные рейсы Хабаровск – Харбин': an "
      "opening in the present tense announces it — planned", "Авиакомпания «Аврора» с 30 октября открывает регулярные "
      "рейсы Хабаровск – Харбин.", off=False)
def opening_announced(x: Token) -> bool:
    return x.feats.get("Tense") == "Pres" and x.feats.get("VerbForm") == "Fin"


@rule("transport.suspended", "'приостановило сообщение', 'перестанут ходить поезда', 'рейсы отменены' without an "
      "opening verb: the link is stopped, a status FACTS does not have — no fact", "С марта приостановлено "
      "железнодорожное сообщение между Читой и Маньчжурией.", off=False)
def suspended(ctx: Context, clause: list[Token]) -> bool:
    return any(x.lemma in L.link_stop_words for x in clause)


@rule("transport.reopening_of_stopped", "'обсудили восстановление автобусного сообщения …, приостановленного в 2020 "
      "году', 'договорились о возобновлении рейсов, прерванных в 2022 году': the link's resumption named by a noun "
      "makes its stop the past — the link is what they mean to reopen", "Стороны обсудили восстановление автобусного "
      "сообщения между Барнаулом и Усть-Каменогорском, приостановленного в 2020 году.", off=False)
def reopening_of_stopped(t: Token, clause: list[Token]) -> bool:
    before = [x for x in clause if x.i < t.i]
    k = len(before) - 1
    while k >= 0 and (before[k].pos == "ADJ" or before[k].lemma in L.flight_qualifiers):
        k -= 1  # "восстановление прямого автобусного сообщения"
    return k >= 0 and before[k].lemma in L.link_open_nouns and before[k].pos == "NOUN"


@rule("transport.kept_running", "'продлили полётную программу', 'авиасообщение продлится до весны', 'рейсы будут "
      "выполняться до марта', '… круглогодично': the link runs now and goes on, so it exists (not planned)",
      "Авиакомпания продлила рейсы из Казани в Ташкент до конца октября.", off=False)
def kept_running(ctx: Context, clause: list[Token]) -> bool:
    if any(x.lemma in L.link_continue_words and not talks_go_on(clause, x) for x in clause):
        return True
    runs = any(x.lemma in L.link_run_verbs and x.pos == "VERB" for x in clause)
    return runs and any(x.lower == "до" and _time_after(ctx, x) or x.lower in L.all_year_words for x in clause)


@rule("transport.runs_now", "'между Алматы и Новосибирском выполняется 14 рейсов в неделю, а летом их станет больше': "
      "a link that runs now, in its own clause, exists — what another clause says of its future is another matter",
      "Между Алматы и Новосибирском выполняется 14 рейсов в неделю, а летом их станет больше.", off=False)
def runs_now(ctx: Context, clause: list[Token]) -> bool:
    return any(x.lemma in L.link_run_verbs and x.pos == "VERB" and x.feats.get("Tense") == "Pres"
               and not negated(ctx.ann, x) for x in clause)


@rule("transport.talks_go_on", "'Продолжаются переговоры об открытии морской линии …': what goes on is the talks, "
      "not the link — its opening is what they are about", "Продолжаются переговоры об открытии морской грузовой линии "
      "между портами Астрахань и Туркменбаши.", off=False)
def talks_go_on(clause: list[Token], verb: Token) -> bool:
    return any(x.head == verb.i and x.rel.startswith("nsubj") and x.lemma in L.talk_nouns for x in clause)


@rule("transport.more_trips", "'обсудили увеличение числа прямых рейсов', 'договорились увеличить частоту полетов': "
      "more trips of a link is a link that runs — it exists, whatever is planned for it", "Стороны обсудили "
      "увеличение числа прямых рейсов между Санкт-Петербургом и Хошимином.", off=False)
def more_trips(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    count = next((x for x in reversed(tokens[max(t.i - 4, 0):t.i]) if x.sent == t.sent and x.lemma in L.trip_count_nouns),
                 None)
    return count is not None and any(x.lemma in L.increase_words for x in tokens[max(count.i - 2, 0):count.i])


def _time_after(ctx: Context, until: Token) -> bool:
    """"до марта", "до 23 марта", "до весны", "до конца года": a time, not a place ("до Минска")."""
    nxt = ctx.ann.tokens[until.i + 1] if until.i + 1 < len(ctx.ann.tokens) else None
    return nxt is not None and (nxt.text[:1].isdigit() or nxt.lemma in numbers("months") or nxt.lemma in L.until_time_words)


@rule("transport.plan_word_in_clause", "'решено открыть', 'планируется запуск', 'намерены' in the link's clause: "
      "planned", "Решение об открытии автобусного сообщения между Оренбургом и Актобе приняли власти обеих "
      "областей.", off=False)
def plan_word_in_clause(ctx: Context, t: Token, clause: list[Token]) -> bool:
    return any(x.lemma in L.link_plan_words for x in clause)


@rule("transport.document_to_open", "'подписали соглашение об открытии грузового железнодорожного сообщения Махалино – "
      "Хуньчунь': a link whose opening a document is about is planned", "Приморье и провинция Цзилинь подписали "
      "соглашение об открытии грузового железнодорожного сообщения Махалино – Хуньчунь.", off=False)
def document_to_open(ctx: Context, t: Token) -> bool:
    path = list(path_to_root(ctx.ann, t, limit=4))
    opening = next((k for k, x in enumerate(path) if x.lemma in L.link_open_nouns), None)
    return opening is not None and any(document_noun(ctx, x) for x in path[opening + 1: opening + 3])


@rule("transport.first_trip_made", "'первый рейс вылетел', 'первый поезд отправился': the route opened",
      "Первый поезд из Оренбурга в Актобе отправился в понедельник.", off=False)
def first_trip_made(ctx: Context, t: Token) -> bool:
    verb = governing_verb(ctx.ann, t)
    return first_trip(ctx, t) and verb is not None and verb.feats.get("Tense") == "Past"


@rule("transport.first_trip_of_link_before", "'Стороны договорились о возобновлении авиасообщения между Хабаровском "
      "и Харбином. Первый рейс выполнен 1 июля.': a first trip made, told without ends, opened the link of that mode "
      "named just before", "Стороны договорились о запуске авиасообщения между Хабаровском и Харбином. Первый рейс "
      "выполнен 1 июля.")
def first_trip_of_link_before(ctx: Context, t: Token, mode: str, facts: list[TransportFact]) -> TransportFact | None:
    if not first_trip_made(ctx, t):
        return None
    since = ctx.sentences[max(t.sent - 2, 0)].start
    recent = [f for f in facts if f.mode == mode and f.evidence is not None and f.evidence.start >= since]
    return recent[-1] if recent else None


def _status(ctx: Context, t: Token, clause: list[Token]) -> str | None:
    """The link's status, or None for a link stopped."""
    back = returns_to_service(ctx, clause)  # (before the agenda's "вернуться к вопросу" makes it unrealised)
    if back is not None and not hypothetical(ctx.ann, t):
        return back
    opening = opening_verb(ctx, clause)
    if opening is None and suspended(ctx, clause) and not reopening_of_stopped(t, clause) or hypothetical(ctx.ann, t):
        return None  # stopped, or only imagined ("рейс был бы востребован")
    if kept_running(ctx, clause) or more_trips(ctx, t):
        return "opened" if opening == "opened" else "exists"
    if opening is None and runs_now(ctx, clause):
        return "exists"
    if opening == "opened" and opened_participle(t, clause):
        return "opened"
    if unrealised(ctx.ann, t) or plan_word_in_clause(ctx, t, clause) or document_to_open(ctx, t):
        return "planned"
    if opening is None and first_trip_made(ctx, t):
        return "opened"
    return opening or opening_dated(ctx, clause) or "exists"


@rule("transport.opening_dated", "'приветствовали открытие с 29 марта прямого авиасообщения', 'запуск рейсов с 1 июня': "
      "an opening noun with a start date after the publication tells a link planned, with one before it a link opened",
      "Наманган, 5 марта 2026 года\n\nСтороны приветствовали открытие с 29 марта прямого авиасообщения между Наманганом "
      "и Екатеринбургом.", off=None)
def opening_dated(ctx: Context, clause: list[Token]) -> str | None:
    published = ctx.document.published
    if published is None or not any(x.lemma in L.link_open_nouns for x in clause):
        return None
    tokens = ctx.ann.tokens
    for d in ctx.in_sentence(ctx.dates, clause[0].sent):
        inside = [x for x in clause if d.start <= x.start and x.stop <= d.stop]
        if not inside or inside[0].i == 0 or tokens[inside[0].i - 1].lower != "с":
            continue  # "с 29 марта": the day it starts, not when it was talked of
        if d.value.year is None and d.value.year_shift is None and d.value.month is not None:
            # "с 29 марта" with no year: of the year of the news (``resolve`` reads a bare day as the last one past)
            value = f"{published.year}-{d.value.month:02d}" + (f"-{d.value.day:02d}" if d.value.day else "")
        else:
            value = resolve(d.value, published)
        if value and len(value) >= 7:
            return "planned" if value > published.isoformat()[:len(value)] else "opened"
    return None


# ---- the stage ------------------------------------------------------------------------------------


def extract(ctx: Context) -> list[TransportFact]:
    facts: list[TransportFact] = []
    stopped: list[tuple[str, list[str]]] = []
    reopened: set[int] = set()  # facts whose status an opening verb gave: a link stopped may reopen
    last_ends: list[list[str]] = []
    last_sent = -10
    last_of_mode: dict[str, tuple[int, list[str]]] = {}  # the last link told of each mode: its sentence, its ends
    for s in ctx.sentences:
        clauses = [(c, _modes(ctx, c)) for c in split_clauses(ctx.tokens_of(s.index))]
        told: list[list[str]] = []  # the ends of the clause before, in this sentence
        for clause, modes in clauses:
            ends: list[list[str]] = []
            for mode, t in modes:
                with candidate("transport", t) as c:
                    if only_discussed(ctx, t, clause):
                        c.drop("сообщение лишь тема обсуждения")
                        continue
                    if only_a_possibility(t, clause):
                        c.drop("обсуждается лишь возможность")
                        continue
                    if with_transfer(clause):
                        c.drop("с пересадкой — не прямое сообщение")
                        continue
                    if no_link(ctx, t, clause):
                        c.drop("сообщения нет")
                        continue
                    # "мостовой переход Благовещенск — Хэйхэ и … авиасообщение между Благовещенском и Харбином":
                    # a route named right after the mode's word is its own, whatever else the clause names
                    own = crossing_pairs(ctx, route_right_after(ctx, t)) \
                        or ends_after_its_word(ctx, s.index, t, clause, modes) \
                        or _own_ends(ctx, s.index, clause, modes)
                    recent = last_ends if s.index - last_sent <= 2 else []
                    ends = own or capitals_of_sides(ctx, clause) \
                        or same_mode_link_before(clause, mode, last_of_mode) or both_sides_named(ctx, clause) \
                        or new_destination(ctx, s.index, clause, recent) or ends_of_clause_before(ctx, clause, told) \
                        or route_named_back(clause, recent)
                    if not ends:
                        opened = first_trip_of_link_before(ctx, t, mode, facts)
                        if opened is not None:
                            opened.status = "opened"
                            c.made(opened)
                            continue
                        c.drop("концы сообщения не названы")
                        continue
                    status = _status(ctx, t, clause)
                    if status is None:
                        stopped += [(mode, pair) for pair in ends]
                        c.drop("сообщение приостановлено или прекращено")
                        continue
                    for pair in ends:
                        fact = c.made(TransportFact(mode=mode, between=pair, status=status,
                                                    evidence=ctx.evidence(s.index)))
                        if opening_verb(ctx, clause) or kept_running(ctx, clause):
                            reopened.add(id(fact))  # (reopened, or kept by another carrier: the link stands)
                        facts.append(fact)
                        last_of_mode[mode] = (s.index, pair)
            if ends:
                last_ends, last_sent = ends, s.index
                told = ends
    return merge_links([f for f in facts if id(f) in reopened or not suspended_link_not_working(f, stopped)])


@rule("transport.route_named_back", "'Авиакомпания отменила рейсы из Красноярска в Ташкент. При этом рейсы другой "
      "компании по этому направлению продолжат выполняться': a link on 'this route' runs between the ends of the link "
      "told just before", "Авиакомпания «Северный ветер» отменила рейсы из Красноярска в Ташкент. При этом рейсы "
      "«Уральских авиалиний» по этому направлению продолжат выполняться.", off=[])
def route_named_back(clause: list[Token], recent: list[list[str]]) -> list[list[str]]:
    named_back = any(t.lemma in L.this_words and nxt.lemma in L.route_nouns for t, nxt in zip(clause, clause[1:]))
    return [list(pair) for pair in recent] if named_back else []


@rule("transport.ends_of_clause_before", "'Между Улан-Удэ и Улан-Батором выполняются авиарейсы, а со следующего года "
      "планируется запуск поезда': a link of an 'а'-clause that names no ends runs between the ends of the clause "
      "before", "Между Улан-Удэ и Улан-Батором выполняются регулярные авиарейсы, а со следующего года планируется "
      "запуск пассажирского поезда.", off=[])
def ends_of_clause_before(ctx: Context, clause: list[Token], told: list[list[str]]) -> list[list[str]]:
    if not told or clause[0].lower not in L.contrast_conjunctions and not (
            len(clause) > 1 and clause[0].text == "," and clause[1].lower in L.contrast_conjunctions):
        return []
    return [list(pair) for pair in told]


@rule("transport.suspended_link_not_working", "a link the text reports stopped ('Россия приостановила сообщение с "
      "Монголией') gives no fact from its other mentions, at any level of its ends, unless they reopen it",
      "Россия приостановила железнодорожное сообщение с Монголией. Билеты на поезд «Москва – Улан-Батор» можно "
      "сдать в кассу.", off=False)
def suspended_link_not_working(f: TransportFact, stopped: list[tuple[str, list[str]]]) -> bool:
    return any(mode == f.mode and _within(f.between, pair) for mode, pair in stopped)


def _within(ends: list[str], pair: list[str]) -> bool:
    """Each end lies in one end of ``pair`` (Москва–Улан-Батор within Россия–Монголия)."""
    a, b = ends
    return contains(pair[0], a) and contains(pair[1], b) or contains(pair[0], b) and contains(pair[1], a)


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
    return same_link_named_closer(list(out.values()))


@rule("transport.same_link_named_closer", "'первый рейс Владивосток — Шэньян … губернаторы Приморья и Ляонина "
      "договорились о восстановлении авиасообщения': a link of the same mode between the regions of a link's own "
      "cities is that link, told at a higher level; the cities' fact keeps its status", "Авиакомпания выполнила первый "
      "рейс Владивосток — Шэньян. Ранее губернаторы Приморья и Ляонина договорились о восстановлении прямого "
      "авиасообщения.", off=UNCHANGED)
def same_link_named_closer(facts: list[TransportFact]) -> list[TransportFact]:
    out = []
    for f in facts:
        closer = next((g for g in facts if g is not f and g.mode == f.mode and _encloses(f.between, g.between)), None)
        if closer is not None:
            merged(into=closer, fact=f)
        else:
            out.append(f)
    return out


def _encloses(outer: list[str], inner: list[str]) -> bool:
    """Each end of ``outer`` contains an end of ``inner`` (one of them strictly)."""
    if len(outer) != 2 or len(inner) != 2 or set(outer) == set(inner):
        return False
    a, b = outer
    c, d = inner
    return contains(a, c) and contains(b, d) or contains(a, d) and contains(b, c)
