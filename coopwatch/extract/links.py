"""links — what one fact tells about another of the same document.

The fact rules read one sentence and its neighbours; some things are only said once for several
facts. Rules, each for a fact that the text ties to another by its own words:
- a meeting "в ходе поездки", "в рамках визита", or stated in the visit's own sentence, took
  place on the trip: without a date of its own it takes the visit's ("13 марта находился с
  визитом в Павлодаре. В ходе поездки провёл переговоры …");
- a document signed at a meeting ("По итогам встречи стороны подписали …", "Стороны подписали …"
  right after it, or a signing the meeting rule counted as part of it) takes the meeting's date,
  or the visit's when signed "в ходе визита";
- the signers of documents between the sides of the document's one forum, told after it, are at
  the forum ("на 11-м Форуме регионов … Соглашение подписали глава района … и председатель
  райисполкома …");
- the signers of a document are at the one talks between its sides ("подписали меморандум … В
  рамках встречи обсуждались …"), not at talks of their countries' leaders;
- the co-chairs of a commission or working group ("сопредседателями Комиссии Ильясом Умахановым и
  Садыком Сафаевым") are at the one session of it the document reports;
- the delegation's head is at the meeting that received it ("Делегация … во главе с Лян
  Хуэйлином прибыла … Гостей принял губернатор Василий Орлов"), and at talks right after the
  arrival that name only the hosts' people.
Only facts between the same sides are linked, each side at any level of its hierarchy.

The rules: links.held_on_the_other_trip, links.own_day_stands, links.day_of_trip, links.meeting_on_trip, links.trip_quoted_apart, links.trip_of_talks_abroad, links.talks_name_the_trip, links.trip_dated_by_its_talks, links.trip_beside_talks, links.host_of_the_talks, links.host_of_the_session, links.parties_of_its_session, links.trip_the_other_way, links.visit_head_received, links.hosts_only_talks,
links.co_chair_joins, links.protocol_of_the_session, links.day_after_meeting, links.talks_within_forum, links.signed_at_forum, links.earlier_talks, links.signed_at_talks, links.signed_on_trip, links.signed_at_meeting, links.signed_with_each_met, links.signed_at_it, links.item_of_signing_list.
"""

from __future__ import annotations

from coopwatch.extract import sides
from coopwatch.extract.agreement import LIST_MARKERS
from coopwatch.extract.context import Context
from coopwatch.extract.dates import day_marker, event_day, narrated_day
from coopwatch.extract.normal import quoted_tokens
from coopwatch.extract.rulebook import amending, candidate, rule
from coopwatch.facttypes.agreement import AgreementFact
from coopwatch.facttypes.meeting import MeetingFact
from coopwatch.facttypes.role import RoleFact
from coopwatch.facttypes.visit import VisitFact
from coopwatch.gazetteer.places import contains, country_of, related
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Token

MAX_GAP = 3  # sentences between a fact and the one it refers to
TRIP_GAP = 8  # sentences a narrated trip's days ("на следующий день", "Вечером") are counted through


def _sents(ctx: Context, fact) -> list[int]:
    ev = fact.evidence
    if ev is None:
        return []
    text = ctx.document.text
    if ev.text != text[ev.start:ev.end]:  # sentences apart, joined with «…» (``Context.evidence``): each of them
        return [s.index for s in ctx.sentences if s.start >= ev.start and text[s.start:s.stop] in ev.text]
    return [s.index for s in ctx.sentences if s.start < ev.end and ev.start < s.stop]


def _dated_in(ctx: Context, v: VisitFact) -> list[int]:
    """The sentence that gave a visit its date when its evidence is another one (the headline): "Делегация …
    завершила визит" over "С 15 по 17 сентября делегация работала в Брестской области"."""
    from coopwatch.extract.dates import event_day

    starts = [d.start for d in ctx.dates if v.date and event_day(ctx, d) == v.date][:1]
    return [s.index for s in ctx.sentences for start in starts if s.start <= start < s.stop]


def _same_sides(x: list[str], y: list[str]) -> bool:
    return all(any(related(p, q) for q in y) for p in x) and all(any(related(p, q) for p in x) for q in y)


def _guest_and_partner(m: MeetingFact, v: VisitFact) -> tuple[str | None, str | None]:
    """The meeting's side that is the trip's visitor, and its other side."""
    guest = next((p for p in m.parties if related(p, v.visitor)), None)
    return guest, next((p for p in m.parties if p != guest), None)


def _refers_to(tokens: list[Token], nouns: set[str]) -> bool:
    """"в ходе визита", "по итогам переговоров": the sentence names the event it belongs to."""
    return any(t.lemma in nouns and any(x.lemma in L.tied_by_words for x in tokens[max(k - 2, 0): k])
               for k, t in enumerate(tokens))


def _before(facts_sents: list[tuple[object, list[int]]], sent: int, gap: int = MAX_GAP) -> list[tuple[object, list[int]]]:
    """Facts with a sentence that is ``sent`` or comes shortly before it, nearest first."""
    near = [(f, ss, min(sent - s for s in ss if s <= sent)) for f, ss in facts_sents
            if ss and any(0 <= sent - s <= gap for s in ss)]
    return [(f, ss) for f, ss, _ in sorted(near, key=lambda p: p[2])]


def _sessions() -> frozenset[str]:
    return L.talk_nouns | L.session_nouns | {"форум"}


@rule("links.meeting_on_trip", "a meeting 'в ходе поездки', 'в рамках визита', or in the visit's own sentence, "
      "takes the visit's date when it has none", "13 марта аким Павлодарской области Асаин Байханов находился с визитом в Омске. В ходе поездки он "
      "провёл переговоры с губернатором Омской области Виталием Хоценко.")
def meeting_on_trip(ctx: Context, m: MeetingFact, v: VisitFact, ss: list[int], vs: list[int]) -> str | None:
    if m.date is None and v.date and (vs[0] == ss[0] and not trip_quoted_apart(ctx, ss[0])
                                      or _refers_to(ctx.tokens_of(ss[0]), L.stay_nouns)):
        return v.date
    return None


@rule("links.trip_quoted_apart", "'«В прошлом году наша делегация побывала в Андижане», – рассказал губернатор на "
      "встрече с послом': a trip told inside a quotation, the meeting outside it, are not one occasion", "«В прошлом "
      "году наша делегация побывала в Андижане», – рассказал губернатор Ульяновской области на встрече с послом "
      "Узбекистана.", off=False)
def trip_quoted_apart(ctx: Context, sent: int) -> bool:
    tokens = ctx.tokens_of(sent)
    quoted = quoted_tokens(tokens)
    talks = [t for t in tokens if t.lemma in L.talk_nouns or t.lemma in L.talk_verbs]
    trips = [t for t in tokens if t.lemma in L.visit_verbs or t.lemma in L.trip_nouns or t.lemma in L.motion_verbs]
    return bool(quoted) and any(t.i not in quoted for t in talks) and bool(trips) and all(t.i in quoted for t in trips)


@rule("links.day_of_trip", "'С 14 по 16 мая … находилась в Татарстане. На второй день (поездки) … провела переговоры', "
      "'В первый день … На следующий день …', 'Вечером …', 'В первый день …, а на второй провели переговоры': the day "
      "of a narrated trip, counted from its first day sentence by sentence (clause by clause in the meeting's own)", "С 14 по 16 мая 2024 года делегация Брестской области находилась в Татарстане. На "
      "второй день поездки делегация провела переговоры в Казани.")
def day_of_trip(ctx: Context, m: MeetingFact, v: VisitFact, ss: list[int], vs: list[int]) -> str | None:
    from datetime import date as day

    if not v.date or len(v.date) != 10:
        return None
    start = day.fromisoformat(v.date)
    told, own = start, None
    for s in range(min(vs) + 1, max(ss) + 1):  # (sentences before or after may have been added for its people)
        # in the meeting's own sentence, the day of the words before the meeting's word ("В первый день …, а на
        # второй день прошли переговоры")
        word = next((t.i for t in ctx.tokens_of(s) if t.lemma in L.talk_nouns | L.talk_verbs | L.session_nouns), None) \
            if s in ss else None
        told, marked = narrated_day(ctx, s, start, told, word)
        if marked and s in ss:
            own = told
    return own.isoformat() if own else None


@rule("links.own_day_stands", "'В первый день визита гости осмотрели Ангарск, а 22 августа (сегодня) их принял губернатор': a "
      "meeting whose own sentence gives its day keeps that day over the day the narrated trip counts",
      "С 21 по 24 августа делегация аймака Сэлэнгэ находилась в Иркутской области. В первый день визита гости осмотрели "
      "Ангарск, а 22 августа их принял губернатор Иркутской области Игорь Кобзев.", off=False)
def own_day_stands(ctx: Context, m: MeetingFact, ss: list[int]) -> bool:
    if not m.date or len(m.date) != 10 or not ss:
        return False
    # a day written out ("22 августа") or counted from the day of publication ("а сегодня их принял губернатор"), not
    # one a phrase stands for ("того же дня")
    return any((d.value.day is not None and d.value.month is not None and d.value.day_shift is None
                and any(ch.isdigit() for ch in ctx.ann.text[d.start:d.stop]) or d.value.day_shift is not None)
               and event_day(ctx, d) == m.date for d in ctx.in_sentence(ctx.dates, ss[0]))


@rule("links.day_after_meeting", "'8 сентября губернатор провёл переговоры … Вечером состоялось заседание совета …': a "
      "meeting opening with 'Вечером', 'Затем', 'На следующий день' is on the day of the dated meeting told last "
      "before it, or the day after", "Губернатор Ярославской области 8 сентября 2025 года провёл переговоры с "
      "премьер-министром Беларуси. Вечером состоялось заседание совета делового сотрудничества Ярославской области и "
      "Беларуси.", off=None)
def day_after_meeting(ctx: Context, sent: int, meetings) -> str | None:
    from datetime import date as day
    from datetime import timedelta

    marker = day_marker(ctx, sent)
    if marker is None or marker[0] not in ("same", "next"):
        return None
    before = [(m, ss) for m, ss in meetings if ss and ss[0] < sent and m.date and len(m.date) == 10
              and sent - max(ss) <= MAX_GAP]
    if not before:
        return None
    told = day.fromisoformat(max(before, key=lambda p: p[1][0])[0].date)
    return (told + timedelta(days=1 if marker[0] == "next" else 0)).isoformat()


@rule("links.trip_of_talks_abroad", "'В Петропавловске состоялась встреча губернатора Тюменской области и акима …', "
      "'провел в Минске переговоры с Премьер-министром': talks held in person in one side's place with an official of "
      "the other side tell of that official's trip, when the text tells none between the two countries (not on a "
      "forum's sidelines, not by video, not a diplomat posted there); the host is the receiving side",
      "В Петропавловске состоялась встреча губернатора Тюменской области Александра Моора и акима "
      "Северо-Казахстанской области Гауеза Нурмухамбетова.")
def trip_of_talks_abroad(ctx: Context, m: MeetingFact, ss: list[int]) -> VisitFact | None:
    if m.kind != "talks" or not m.place or not ss or len(m.parties) != 2:
        return None
    here = country_of(m.place)
    hosts = [p for p in m.parties if country_of(p) == here]
    guests = [p for p in m.parties if country_of(p) != here]
    if len(hosts) != 1 or len(guests) != 1:
        return None
    countries = {here, country_of(guests[0])}
    told = [f for f in ctx.facts if isinstance(f, VisitFact) and {country_of(f.visitor), country_of(f.host)} == countries
            and not trip_the_other_way(f, guests[0])]
    if any(isinstance(f, MeetingFact) and f.kind == "forum" for f in ctx.facts):
        return None
    words = [t for s in ss for t in ctx.tokens_of(s)]
    if any(t.lemma in L.remote_format_words or t.lemma in L.forum_nouns for t in words):
        return None
    people = {p.name: p for p in ctx.people}
    travelled = [name for name in m.participants if name in people
                 and (of := ctx.role_of(people[name])) and related(of, guests[0])
                 and not any(t.person is people[name] and t.head in L.diplomat_titles for t in ctx.titles)]
    if told:
        if travelled and len(told) == 1:
            talks_name_the_trip(ctx, told[0], guests[0], hosts[0], travelled[0])
        return None
    if not travelled:
        return None
    return VisitFact(visitor=guests[0], host=hosts[0], head=travelled[0], date=m.date, places=[m.place],
                     evidence=ctx.evidence(*ss))


@rule("links.host_of_the_session", "'28 октября в Минск прибыла делегация Татарстана … В тот же день прошло заседание "
      "Совместной комиссии … между Республикой Татарстан и Республикой Беларусь': a trip to the city where a session of "
      "the visitor with a country or region sits is hosted by that side (FACTS: the level of the receiving authority)",
      "28 октября в Минск прибыла делегация Республики Татарстан. В тот же день прошло заседание Совместной комиссии "
      "по торгово-экономическому сотрудничеству между Республикой Татарстан и Республикой Беларусь.", off=None)
def host_of_the_session(m: MeetingFact, ss: list[int], visits: list[tuple[VisitFact, list[int]]]) -> str | None:
    if m.kind not in ("commission", "working_group") or len(m.parties) != 2 or not ss:
        return None
    for v, vs in visits:
        if not any(abs(a - b) <= 1 for a in vs for b in ss):
            continue
        guest, partner = _guest_and_partner(m, v)
        if guest is None or partner is None or partner == v.host or not contains(partner, v.host):
            continue
        # held where the trip went ("в Минск прибыла … прошло заседание" in Minsk), not a session elsewhere ("Наши
        # делегации были в Самарканде, … участвовали в совете регионов … в Москве")
        if m.place and not any(related(m.place, p) for p in [v.host, *v.places]) \
                or not m.place and not any(0 <= b - a <= 1 for a in vs for b in ss):
            continue
        with amending(v):
            v.host = partner
        return partner
    return None


@rule("links.parties_of_its_session", "'По итогам заседания подписаны протокол и план мероприятий' in a text whose "
      "camps are a city and a region: documents signed at a session that name no side of their own are between the "
      "session's sides", "28 октября в Минск прибыла делегация Республики Татарстан во главе с Премьер-министром "
      "республики Алексеем Песошиным. В тот же день в Доме правительства прошло заседание Совместной комиссии между "
      "Республикой Татарстан и Республикой Беларусь. Заседание провели Алексей Песошин и Министр промышленности "
      "Беларуси Александр Ефимов. По итогам заседания подписан протокол.", off=None)
def parties_of_its_session(ctx: Context, a: AgreementFact, meetings) -> list[str] | None:
    ss = _sents(ctx, a)
    if not ss or sides.side_mentions(ctx, ss[0]):
        return None
    tokens = ctx.tokens_of(ss[0])
    if not (_refers_to(tokens, _sessions()) or signed_at_it(tokens)):
        return None
    near = [m for m, _ in _before(meetings, ss[0]) if m.kind != "forum"]
    if not near or set(near[0].parties) == set(a.parties) or not _same_sides(a.parties, near[0].parties):
        return None
    with amending(a):
        a.parties = list(near[0].parties)
    return a.parties


@rule("links.trip_dated_by_its_talks", "'В минувшую пятницу, 17 октября, в Астане прошли переговоры акима … и мэра "
      "Казани … На следующий день казанская делегация посетила индустриальный парк': a trip told with no date of its "
      "own began no later than the dated talks its head held at its destination — their day",
      "17 октября в Астане прошли переговоры акима Астаны Жениса Касымбека и мэра Казани Ильсура Метшина. Затем "
      "казанская делегация во главе с Ильсуром Метшиным посетила индустриальный парк «Астана».", off=None)
def trip_dated_by_its_talks(v: VisitFact, meetings: list[MeetingFact]) -> str | None:
    dated = [m for m in meetings if m.kind == "talks" and m.date and len(m.date) == 10 and v.head in m.participants
             and m.place and related(m.place, v.host) and _same_sides(m.parties, [v.visitor, v.host])]
    return min(m.date for m in dated) if dated else None


@rule("links.talks_name_the_trip", "'…провел в Ставрополе встречу с марзпетом Ширакской области Арамом Хачатряном. "
      "Армянскую делегацию сопровождал генконсул': a trip told with no leader, of the side or a country holding it, is "
      "the one the talks abroad tell — its leader the guest at the talks, its visitor his territory",
      "Губернатор Омской области Виталий Хоценко провел в Омске переговоры с акимом Павлодарской области Асаином "
      "Байхановым. Казахстанскую делегацию сопровождал генеральный консул Казахстана в Омске.", off=None)
def talks_name_the_trip(ctx: Context, visit: VisitFact, guest: str, host: str, head: str) -> str | None:
    """The leader given to the trip, or None."""
    if visit.head is not None or not related(visit.visitor, guest) or not related(visit.host, host):
        return None
    if not _told_by_adjective(ctx, visit):
        return None  # "визит правительственной делегации Беларуси", "Делегация Витебской области": the side named stands
    with amending(visit):
        visit.head = head
        if visit.visitor != guest and contains(visit.visitor, guest):
            visit.visitor = guest  # "армянская делегация" of the Shirak marzpet: Ширакская область
    return head


@rule("links.trip_beside_talks", "'Встреча состоялась в рамках рабочего визита новосибирской делегации', 'Китайская "
      "делегация прибыла в Приморье' next to talks: the trip told with no leader, its side an adjective, is led by the "
      "guest at those talks", "Губернатор Приморского края Олег Кожемяко встретился с губернатором провинции Цзилинь Ху "
      "Юйтином. Китайская делегация прибыла в Приморье для участия в ярмарке.", off=None)
def trip_beside_talks(ctx: Context, m: MeetingFact, ss: list[int], visits: list[tuple[VisitFact, list[int]]]) -> str | None:
    """The leader given to the trip, or None."""
    if m.kind != "talks" or len(m.parties) != 2 or not ss:
        return None
    # not a trip recalled by its month or year ("В марте этого года пензенская делегация побывала в Намангане")
    near = [v for v, vs in visits if v.head is None and any(abs(a - b) <= 1 for a in vs for b in ss)
            and (not v.date or len(v.date) == 10)]
    for v in near:
        guest, host = _guest_and_partner(m, v)
        if guest is None or host is None or not related(host, v.host):
            continue
        people = {p.name: p for p in ctx.people}
        travelled = [n for n in m.participants if n in people and (of := ctx.role_of(people[n])) and related(of, guest)]
        if len(travelled) == 1:
            return talks_name_the_trip(ctx, v, guest, host, travelled[0])
    return None


@rule("links.host_of_the_talks", "'Губернатор Забайкальского края в Чойбалсане провел переговоры с губернатором "
      "Восточного аймака Монголии. Забайкальская делегация находится в Монголии …': a trip told beside talks held in "
      "their partner's place, to the country the partner is a region or city of, is hosted by that partner (FACTS: the "
      "level of the receiving authority)", "Губернатор Забайкальского края Александр Осипов в Чойбалсане провел переговоры с губернатором "
      "Восточного аймака Монголии Баяржаргалом Дамдинсурэном. Забайкальская делегация находится в Монголии с рабочим "
      "визитом.", off=None)
def host_of_the_talks(m: MeetingFact, ss: list[int], visits: list[tuple[VisitFact, list[int]]],
                      meetings: list[tuple[MeetingFact, list[int]]] = ()) -> str | None:
    if m.kind != "talks" or len(m.parties) != 2 or not ss:
        return None
    for v, vs in visits:
        # (talks held at the visitor's home are not on its trip)
        if not any(abs(a - b) <= 1 for a in vs for b in ss) or "-" in v.host or m.place and related(m.place, v.visitor):
            continue
        # talks with other partners on the same trip ("В Минске … с Председателем Совета Республики, а в Гомеле — с
        # председателем облисполкома"): the trip was to the country
        if any(o is not m and o.kind == "talks" and any(abs(a - b) <= 1 for a in vs for b in os)
               and set(o.parties) != set(m.parties) for o, os in meetings):
            continue
        guest, partner = _guest_and_partner(m, v)
        # held where the partner sits ("в Чойбалсане"), not talks with one region in the capital or with several
        if guest is None or partner is None or partner == v.host or not contains(v.host, partner) \
                or not (m.place and contains(partner, m.place)):
            continue
        with amending(v):
            v.host = partner
        return partner
    return None


def _told_by_adjective(ctx: Context, visit: VisitFact) -> bool:
    """"Армянскую делегацию": the delegation's side is given by an adjective only, not by a name ("делегация
    Витебской области", "делегации Беларуси")."""
    tokens = ctx.ann.tokens
    said = [m for s in _sents(ctx, visit) for m in ctx.places_in(s, sides_only=False)
            if m.id and related(m.id, visit.visitor)]
    by_adjective = any(m.form == "adj" and m.stop < len(tokens) and tokens[m.stop].lemma in L.delegation_nouns
                       for m in said)
    by_name = any(m.form != "adj" and m.start > 0 and tokens[m.start - 1].lemma in L.delegation_nouns for m in said)
    return by_adjective and not by_name


@rule("links.trip_the_other_way", "'Ранее дагестанская делегация посещала Баку' beside talks in Махачкала with an "
      "Azerbaijani district head: a trip the other way between the two countries is not the guest's trip the talks "
      "tell", "Глава Дагестана Сергей Меликов провел переговоры с главой исполнительной власти Габалинского района "
      "Азербайджана Сабухи Абдуллаевым. Встреча прошла в Махачкале. Ранее дагестанская делегация посещала Баку.",
      off=False)
def trip_the_other_way(visit: VisitFact, guest: str) -> bool:
    return country_of(visit.visitor) != country_of(guest)


@rule("links.visit_head_received", "'Делегация … во главе с X прибыла … Гостей принял губернатор': the delegation's "
      "head is at the meeting that received it", "Делегация Гомельской области во главе с Иваном Крупко прибыла в Брянск. Гостей принял губернатор "
      "Брянской области Александр Богомаз.", off=False)
def visit_head_received(ctx: Context, m: MeetingFact, v: VisitFact, ss: list[int], vs: list[int]) -> bool:
    close = min((ss[0] - s for s in vs if s <= ss[0]), default=MAX_GAP + 1)
    guests = any(t.lemma in L.visitor_nouns for t in ctx.tokens_of(ss[0]))  # "делегация … провела переговоры"
    return bool(v.head) and v.head not in m.participants \
        and (close <= 1 and (guests or hosts_only_talks(ctx, m, v))
             or close <= MAX_GAP and (guests or m.kind == "talks" and hosts_only_talks(ctx, m, v)))


@rule("links.hosts_only_talks", "'Аким … прибыл в Челябинскую область. Состоялись переговоры с губернатором', "
      "'Делегация … во главе с … находилась в Гродненской области. В первый день … На второй день в Гродно прошли "
      "переговоры с председателем облисполкома': talks that name only the hosts' people include the one who led or "
      "made the trip told just before (up to three sentences before, for talks; a session named later is not "
      "theirs by that alone)", "Делегация Костанайской области во "
      "главе с акимом Кумаром Аксакаловым прибыла в Курган. Состоялись переговоры с губернатором Курганской области "
      "Вадимом Шумковым.", off=False)
def hosts_only_talks(ctx: Context, m: MeetingFact, v: VisitFact) -> bool:
    return _hosts_only(ctx, m, v)


def _hosts_only(ctx: Context, m: MeetingFact, v: VisitFact) -> bool:
    """"Аким … прибыл в Челябинскую область. Состоялись переговоры с губернатором Алексеем
    Текслером.": talks need two sides; when the text names only the host's people, the other is
    the one who just arrived."""
    people = {p.name: p for p in ctx.people}
    sides = {ctx.role_of(people.get(name)) for name in m.participants}
    return bool(m.participants) and None not in sides and all(related(s, v.host) for s in sides)


@rule("links.held_on_the_other_trip", "'С 14 по 17 апреля делегация Татарстана находится в Согдийской области. … «Это "
      "ответный визит после поездки согдийской делегации в Казань», … На второй день визита в Худжанде прошло "
      "заседание': a meeting held in one side's place is not on the trip to the other side, however near that trip is "
      "told", "С 14 по 17 апреля делегация Татарстана находится в Согдийской области. «Это ответный визит после "
      "поездки согдийской делегации в Казань в прошлом году», — отметил Песошин. На второй день визита в Худжанде "
      "прошло заседание рабочей группы по сотрудничеству Татарстана и Согдийской области.", off=False)
def held_on_the_other_trip(m: MeetingFact, v: VisitFact) -> bool:
    return bool(m.place) and related(m.place, v.visitor) and not related(m.place, v.host)


def link(ctx: Context) -> None:
    visits = [(f, sorted(set(_sents(ctx, f) + _dated_in(ctx, f)))) for f in ctx.facts if isinstance(f, VisitFact)]
    meetings = [(f, _sents(ctx, f)) for f in ctx.facts if isinstance(f, MeetingFact)]
    for m, ss in meetings:
        if not ss:
            continue
        for v, vs in _before(visits, ss[0], TRIP_GAP):
            if not _same_sides(m.parties, [v.visitor, v.host]) or held_on_the_other_trip(m, v):
                continue
            near = any(0 <= ss[0] - s <= MAX_GAP for s in vs)
            with amending(m):
                day = None if own_day_stands(ctx, m, ss) else \
                    day_of_trip(ctx, m, v, ss, vs) or (meeting_on_trip(ctx, m, v, ss, vs) if near else None)
                if day:
                    m.date = day
                if near and visit_head_received(ctx, m, v, ss, vs):
                    m.participants.append(v.head)
            break
    for m, ss in meetings:
        if m.date is None and ss:
            with amending(m):
                m.date = day_after_meeting(ctx, ss[0], meetings)
    co_chairs_at_session(ctx, [m for m, _ in meetings])
    protocols_of_sessions(ctx, meetings)
    signers_at_forum(ctx, meetings)
    signers_at_talks(ctx, meetings)  # (before the trips the talks tell: the signers are among their guests)
    for m, ss in meetings:
        with candidate("visit", (m, "talks abroad"), key=("talks abroad", id(m))) as c:
            trip = trip_of_talks_abroad(ctx, m, ss)
            if trip is not None:
                ctx.facts.append(c.made(trip))
    for m, ss in meetings:
        trip_beside_talks(ctx, m, ss, visits)
        host_of_the_talks(m, ss, visits, meetings)
    for m, ss in meetings:
        host_of_the_session(m, ss, visits)
    for a in ctx.facts:
        if isinstance(a, AgreementFact):
            parties_of_its_session(ctx, a, meetings)
    for v, _ in visits:
        day = trip_dated_by_its_talks(v, [m for m, _ in meetings]) if v.date is None else None
        if day is not None:
            with amending(v):
                v.date = day
    for a in ctx.facts:
        if not isinstance(a, AgreementFact) or a.date is not None or a._implemented:
            continue  # a document another implements was signed before the meeting that signed that one
        ss = _sents(ctx, a)
        if not ss:
            continue
        with amending(a):
            day = signed_on_trip(ctx, a, ss, visits) or signed_at_meeting(ctx, a, ss, meetings)
            if day:
                a.date = day


def _dated_event(a: AgreementFact, events) -> str | None:
    for e, _ in events:
        sides = e.parties if isinstance(e, MeetingFact) else [e.visitor, e.host]
        if e.date and _same_sides(a.parties, sides):
            return e.date
    return None


@rule("links.signed_on_trip", "a document signed 'в ходе визита' takes the trip's date",
      "15 мая губернатор Брянской области прибыл в Минск. В ходе визита подписано соглашение между Брянской "
      "областью и Беларусью.")
def signed_on_trip(ctx: Context, a: AgreementFact, ss: list[int], visits) -> str | None:
    if _refers_to(ctx.tokens_of(ss[0]), L.stay_nouns):  # a day of the trip, not the day of its talks
        return _dated_event(a, _before(visits, ss[0]))
    return None


@rule("links.signed_at_meeting", "a document signed 'по итогам встречи', 'Стороны подписали' right after the talks, "
      "or in a sentence the meeting counted as its own, takes the meeting's date ('по итогам встречи' paragraphs on: "
      "the one earlier meeting between its sides); a document the signed one implements keeps none", "15 мая губернатор Брянской области встретился с председателем Гомельского облисполкома. По итогам "
      "встречи стороны подписали соглашение.")
def signed_at_meeting(ctx: Context, a: AgreementFact, ss: list[int], meetings) -> str | None:
    intro = item_of_signing_list(ctx, ss[0])
    if intro is not None:  # "По итогам встречи подписаны:\n– дорожная карта …": the list's opening tells the tie
        ss = [intro]
    tokens = ctx.tokens_of(ss[0])
    if _refers_to(tokens, L.stay_nouns):
        return None
    if _refers_to(tokens, _sessions()) or signed_at_it(tokens):  # "по итогам встречи", "По его итогам"
        near = _before(meetings, ss[0])
        if not near:  # told paragraphs later: the one earlier meeting between its sides, however far back
            earlier = [(m, ms) for m, ms in meetings if ms and ms[0] < ss[0] and _same_sides(a.parties, m.parties)]
            near = earlier if len(earlier) == 1 else []
        return _dated_event(a, near)
    # a signing in the meeting's own sentences (its day may come from a narrated trip: "В первый день визита гости
    # встретились … и подписали план"), or "Стороны подписали" right after it
    # (right after any of the meeting's sentences: its participants may be told later on)
    return _dated_event(a, [(m, ms) for m, ms in meetings if ss[0] in ms
                            or ss[0] - 1 in ms and (any(_same_people(t) for t in tokens) or signed_with_each_met(tokens))])


@rule("links.signed_with_each_met", "'… провёл переговоры с губернаторами Псковской и Смоленской областей. С каждым из "
      "регионов подписаны планы': documents signed 'с каждым из' right after talks are signed at those talks",
      "27 июня губернатор Омской области провёл переговоры с акимами Павлодарской и Северо-Казахстанской областей. С "
      "каждым из регионов подписаны соглашения.", off=False)
def signed_with_each_met(tokens: list[Token]) -> bool:
    return sides.each_of(tokens) is not None


@rule("links.signed_at_it", "'Заседание провели … По его итогам подписан протокол': a tie to an event by a "
      "possessive pronoun ('по его итогам', 'в ее ходе') is to the meeting just told", "Заседание рабочей группы "
      "Татарстана и Согдийской области прошло 15 апреля. По его итогам подписан протокол.", off=False)
def signed_at_it(tokens: list[Token]) -> bool:
    return any(t.lemma in L.session_ties and k and tokens[k - 1].lower in L.possessive_pronouns
               for k, t in enumerate(tokens))


@rule("links.item_of_signing_list", "'По итогам встречи подписаны:\n– дорожная карта …;\n– меморандум …': a document "
      "listed as an item after a sentence that opens the list is signed as that sentence tells", "24 сентября гостей "
      "принял губернатор Калужской области. По итогам встречи подписаны:\n– дорожная карта по реализации соглашения о "
      "сотрудничестве между Калужской и Гомельской областями;\n– меморандум о сотрудничестве в сфере образования.",
      off=None)
def item_of_signing_list(ctx: Context, sent: int) -> int | None:
    s = sent
    while s >= 0 and ctx.tokens_of(s) and ctx.tokens_of(s)[0].text in LIST_MARKERS:
        s -= 1
    if s == sent or s < 0:
        return None
    return s if any(t.text == ":" for t in ctx.tokens_of(s)) else None


def _same_people(t: Token) -> bool:
    """"Стороны", "они", "руководители", "Главы регионов": the people of the talks just told."""
    return t.lemma in L.same_people_words or t.lemma in L.heads_in_plural and t.feats.get("Number") == "Plur"


def signers_at_forum(ctx: Context, meetings) -> None:
    forums = [(m, ms) for m, ms in meetings if m.kind == "forum" and ms]
    if len(forums) != 1:
        return
    forum, fs = forums[0]
    for m, ms in meetings:
        new = [p for p in m.participants if p not in forum.participants]
        if m.kind == "talks" and new and talks_within_forum(ctx, m, forum, ms, fs):
            with amending(forum):
                forum.participants += new
    for a in ctx.facts:
        if not isinstance(a, AgreementFact) or not a.signatories:
            continue
        ss = _sents(ctx, a)
        new = [p for p in a.signatories if p not in forum.participants]
        if ss and new and signed_at_forum(ctx, a, forum, ss, fs):
            with amending(forum):
                forum.participants += new


@rule("links.talks_within_forum", "'Аким провёл переговоры с губернаторами … Переговоры прошли в Костанае в рамках "
      "Форума межрегионального сотрудничества': the people at talks the text places within the one forum are at the "
      "forum", "Аким Костанайской области Кумар Аксакалов провёл переговоры с губернатором Курганской области Вадимом "
      "Шумковым. Переговоры прошли в рамках Форума межрегионального сотрудничества России и Казахстана.", off=False)
def talks_within_forum(ctx: Context, m: MeetingFact, forum: MeetingFact, ms: list[int], fs: list[int]) -> bool:
    # the forum told after "в рамках", "на полях" in the talks' own sentence, or in the next one that opens with them
    # again ("Переговоры прошли … в рамках Форума")
    # (or by the bare noun, the one forum being the text's: "В рамках форума она провела встречу с …")
    told = [s for s in ms if s in fs] or [s for s in fs if ms and s == ms[-1] + 1 and any(
        t.lemma in L.talk_nouns for t in ctx.tokens_of(s)[:2])] \
        or [s for s in ms if any(t.lemma in L.forum_nouns for t in ctx.tokens_of(s))]
    tokens = [t for s in told for t in ctx.tokens_of(s)]
    return any(t.lemma in L.forum_nouns and any(x.lower in L.within_event_words for x in tokens[max(k - 3, 0):k])
               for k, t in enumerate(tokens)) \
        and all(any(related(p, q) for q in forum.parties) for p in m.parties)


@rule("links.signed_at_forum", "the signers of a document signed at the document's one forum are its participants: "
      "the forum told before, the document between its sides, of the forum's day", "В Полоцке открылся XI Форум "
      "регионов России и Беларуси. Участников приветствовали руководители делегаций. Выступили эксперты. "
      "Соглашение о сотрудничестве подписали глава Себежского района Олег Петров и председатель Полоцкого "
      "райисполкома Иван Сидоров.", off=False)
def signed_at_forum(ctx: Context, a: AgreementFact, forum: MeetingFact, ss: list[int], fs: list[int]) -> bool:
    between = all(any(related(p, q) for q in forum.parties) for p in a.parties)
    same_day = a.date is None or forum.date is None or a.date.startswith(forum.date) or forum.date.startswith(a.date)
    return between and same_day and fs[0] <= ss[0]


def _same_day(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def signers_at_talks(ctx: Context, meetings) -> None:
    for a in ctx.facts:
        if not isinstance(a, AgreementFact) or not a.signatories:
            continue
        talks = [m for m, ms in meetings if m.kind == "talks" and ms and _same_sides(a.parties, m.parties)
                 and _same_day(a.date, m.date) and not earlier_talks(ctx, ms, _sents(ctx, a))]
        if len(talks) == 1 and signed_at_talks(a, talks[0]):
            with amending(talks[0]):
                talks[0].participants += [p for p in a.signatories if p not in talks[0].participants]


@rule("links.earlier_talks", "'Ранее, в марте, прошла встреча …', 'Напомним, …': talks told as before the news are "
      "not where a document the news reports was signed", "Губернатор Псковской области Михаил Ведерников и "
      "председатель Витебского облисполкома Александр Субботин подписали план. Ранее, в марте, в Витебске прошла "
      "встреча их заместителей.", off=False)
def earlier_talks(ctx: Context, talk_sents: list[int], doc_sents: list[int]) -> bool:
    return bool(talk_sents) and ctx.told_as_before(talk_sents[-1]) and not any(ctx.told_as_before(s) for s in doc_sents)


@rule("links.signed_at_talks", "the signers of a document are at the one talks between its sides the text reports "
      "(of the same day, when both are dated; not talks of units below the document's sides)", "Губернатор Омской области Виталий Хоценко и аким Павлодарской "
      "области Асаин Байханов подписали меморандум. Губернатор рассказал о планах. Затем в рамках встречи "
      "обсуждались вопросы торговли между Омской и Павлодарской областями.", off=False)
def signed_at_talks(a: AgreementFact, m: MeetingFact) -> bool:
    # talks of the countries' leaders are not where two regions signed
    countries = {p for p in m.parties if "-" not in p} - {p for p in a.parties if "-" not in p}
    # nor are two regions' talks where two of their districts signed (sides.units_below), nor the districts' talks
    # where the regions' heads signed ("Оршанский район и Кинешма" beside the regions' programme)
    return not countries and not sides.units_below(a.parties, m.parties) and not sides.units_below(m.parties, a.parties) \
        and any(p not in m.participants for p in a.signatories)


def protocols_of_sessions(ctx: Context, meetings) -> None:
    sessions = [m for m, _ in meetings if m.kind in BODY_WORDS]
    for a in ctx.facts:
        if not isinstance(a, AgreementFact) or len(sessions) != 1 or not _same_sides(a.parties, sessions[0].parties):
            continue
        ss = _sents(ctx, a)
        if ss and protocol_of_the_session(ctx.tokens_of(ss[0])):
            with amending(sessions[0]):
                sessions[0].participants += [p for p in a.signatories if p not in sessions[0].participants]
            with amending(a):
                a.parties = list(sessions[0].parties)


@rule("links.protocol_of_the_session", "'… подписали протокол заседания. Заседание комиссии прошло в Петропавловске': "
      "a protocol of the session ('протокол заседания') is the one session's, told before or after it: its signers "
      "took part, its sides are the session's", "Заместитель губернатора Тюменской области Вячеслав Вахрин и "
      "заместитель акима Северо-Казахстанской области Серик Тасмаганбетов подписали протокол заседания. Заседание "
      "комиссии по сотрудничеству Тюменской области и Казахстана прошло в Петропавловске.", off=False)
def protocol_of_the_session(tokens: list[Token]) -> bool:
    return any(t.lemma == "протокол" and k + 1 < len(tokens) and tokens[k + 1].lemma in L.session_nouns
               for k, t in enumerate(tokens))


BODY_WORDS = {"commission": "комисс", "working_group": "групп"}


def co_chairs_at_session(ctx: Context, meetings: list[MeetingFact]) -> None:
    for kind, word in BODY_WORDS.items():
        sessions = [m for m in meetings if m.kind == kind]
        if len(sessions) != 1:
            continue
        for r in ctx.facts:
            if isinstance(r, RoleFact) and r.title.startswith("сопредседатель") and word in r.title.lower() + " " \
                    + r.of.lower() and r.person not in sessions[0].participants:
                with amending(sessions[0]):
                    _co_chair_joins(sessions[0], r)


@rule("links.co_chair_joins", "a co-chair of the body joins the participants of its one session, wherever the text "
      "names him (right after the session: meeting.co_chairs_right_after)",
      "Заседание совместной комиссии Татарстана и Беларуси прошло в Казани. Обсуждались поставки. Участники подвели "
      "итоги года. Сопредседатель совместной комиссии Олег Петров рассказал о планах.")
def _co_chair_joins(session: MeetingFact, r: RoleFact) -> str:
    session.participants.append(r.person)
    return r.person
