"""visit — one side travelling to the other.

Rules:
- a trip is reported by "визит", "поездка", "приезд", or a delegation or an official who
  "прибыл", "посетил", "побывал", "съездил", "находится … с визитом", or whom the host "встретил",
  "принял"; a trip planned or announced ("приедет", "планирует посетить", "запланировано
  посещение") or habitual ("регулярно приезжают") is not a fact;
- visitor: the delegation's territory ("делегация Курской области", "делегация из Казани",
  "омская делегация"), else the territory of the official who travelled or led it;
- host: the territory of the officials who received the visitors, if the text names them;
  else the destination as the text names it ("в Беларусь", "в Казань"); else the other side;
- head: "во главе с …", "возглавляемая …", "под руководством …", or the travelling official;
- one fact per trip: mentions of one trip (same sides, same date) are merged.
"""

from __future__ import annotations

from coopwatch.extract import sides
from coopwatch.extract.clauses import unrealised
from coopwatch.extract.context import Context
from coopwatch.facttypes.visit import VisitFact
from coopwatch.gazetteer.places import contains, related
from coopwatch.nlp.annotate import Token
from coopwatch.nlp.grammars.date import resolve

TRIP_NOUNS = {"визит", "поездка", "приезд", "турне", "визита"}
MOTION = {"прибыть", "посетить", "побывать", "приехать", "съездить", "прилететь", "находиться", "пребывать",
          "посещать"}
RECEIVE = {"встретить", "принять", "встречать", "принимать", "встретиться", "встречаться", "обсудить",
           "провести", "поблагодарить"}
HABITUAL = {"регулярно", "ежегодно", "часто", "постоянно", "традиционно"}
HEAD_MARKERS = {"глава", "возглавлять", "возглавить", "возглавляемый", "руководство"}


def _triggers(ctx: Context, sent: int) -> list[Token]:
    tokens = ctx.tokens_of(sent)
    has_delegation = any(t.lemma in ("делегация", "делегат") for t in tokens)
    out = []
    # "В Республике Беларусь брянская делегация обсудила …": a delegation somewhere else is a trip
    if has_delegation and _delegation_side(ctx, sent) and any(
            sides.venue(ctx, m) for m in ctx.places_in(sent)):
        out.append(next(t for t in tokens if t.lemma in ("делегация", "делегат")))
    for t in tokens:
        trip = t.lemma in TRIP_NOUNS
        moved = t.lemma in MOTION and t.pos == "VERB" and (t.lemma != "находиться" or has_delegation or _near_visit(ctx, t))
        received = t.lemma in RECEIVE and t.pos == "VERB" and has_delegation
        if trip or moved or received:
            out.append(t)
    out = [t for t in out if not unrealised(ctx.ann, t) and not any(x.lemma in HABITUAL for x in tokens)
           and not _planned_noun(ctx, t) and (t.lemma not in TRIP_NOUNS or _trip_named(ctx, t, has_delegation))]
    # the trip itself before the words of receiving it
    return sorted(out, key=lambda t: (t.lemma in RECEIVE, t.i))


def _trip_named(ctx: Context, t: Token, has_delegation: bool) -> bool:
    """A trip noun reports a trip when it says where to, whose delegation, or "с визитом";
    "прокомментировала визит" does not."""
    tokens = ctx.ann.tokens
    if has_delegation or any(x.lower == "с" for x in tokens[max(t.i - 3, 0): t.i]):
        return True
    after_to = [x for x in ctx.tokens_of(t.sent) if x.i > t.i and x.i > 0 and tokens[x.i - 1].lower in ("в", "во", "на")]
    return any(m.start > t.i and tokens[m.start - 1].lower in ("в", "во", "на") for m in ctx.places_in(t.sent)) \
        or any(sides.generic(ctx, x) for x in after_to) \
        or any(x.lemma in ("ход", "рамка", "время", "итог") for x in tokens[max(t.i - 2, 0): t.i])


def _near_visit(ctx: Context, t: Token) -> bool:
    return any(x.lemma == "визит" for x in ctx.tokens_of(t.sent) if abs(x.i - t.i) <= 5)


def _planned_noun(ctx: Context, t: Token) -> bool:
    """"запланировано посещение", "подготовке государственного визита", "в рамках визита
    запланированы встречи" is still a visit; "визит … намеченного на 12 ноября" is not."""
    around = [x for x in ctx.tokens_of(t.sent) if abs(x.i - t.i) <= 3]
    return any(x.lemma in ("подготовка", "запланировать", "намеченный", "наметить", "предстоящий", "будущий",
                           "планироваться", "ожидаться", "пригласить", "приглашение") for x in around)


def _delegation_side(ctx: Context, sent: int) -> str | None:
    """"делегация Курской области", "делегация из Казани", "омской делегации", "делегацией
    Узбекистана"."""
    tokens = ctx.ann.tokens
    mentions = sides.side_mentions(ctx, sent)
    for t in ctx.tokens_of(sent):
        if t.lemma not in ("делегация", "гость"):
            continue
        for m in mentions:
            if m.stop in (t.i, t.i - 1) and m.form == "adj":
                return _refine(ctx, m.id)
            if m.start == t.i + 1:
                return m.id
            gap = tokens[t.i + 1: m.start]
            if 0 < len(gap) <= 3 and gap[-1].lower in ("из", "от"):  # "делегация коллег из Минска"
                return m.id
        nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) else None
        if nxt is not None and nxt.sent == sent and nxt.lemma in GENERIC_LEVELS:
            return _generic_visitor(ctx, sent, GENERIC_LEVELS[nxt.lemma])
    return None


GENERIC_LEVELS = {"район": "district", "город": "city", "область": "region", "регион": "region"}


def _generic_visitor(ctx: Context, sent: int, level: str) -> str | None:
    """"Делегация района находилась в Татарстане": the district of the side it travelled from."""
    there = _destination(ctx, sent, ctx.tokens_of(sent)[0])
    found = []
    for camp in ctx.camps:
        if any(camp.contains(p) for p in there):
            continue
        found += [p for p in sorted(camp.weights, key=lambda p: -camp.weights[p]) if ctx.gz.level(p) == level][:1]
    if len(found) > 1:  # "делегация области" in a text that names the region's head
        held = sides.held_by_people(ctx)
        found = [p for p in found if p in held]
    return found[0] if len(found) == 1 else None


def _refine(ctx: Context, place_id: str) -> str:
    """"казахстанской делегации" in a text about Северо-Казахстанская область: the region."""
    camp = ctx.camp_of(place_id)
    if camp is not None and "-" not in place_id and camp.best.startswith(place_id + "-"):
        return camp.best
    return place_id


def _destination(ctx: Context, sent: int, trigger: Token) -> list[str]:
    """Where the trip went: "в Беларусь", "прибыл в Казань", "находится в Казани"."""
    tokens = ctx.ann.tokens
    out = []
    in_titles = {i for t in ctx.titles_in(sent) for i in range(t.start, t.stop)}
    for m in ctx.places_in(sent):
        if m.form == "adj" and not sides.adjective_is_side(ctx, m) or m.start in in_titles:
            continue  # "посол Узбекистана в России": where the post is, not where the trip went
        if m.form == "adj" and m.stop < len(tokens) and sides.generic(ctx, tokens[m.stop]):
            continue  # "в российский регион": the generic word says which
        prev = tokens[m.start - 1] if m.start > 0 else None
        if prev is not None and (prev.lower in ("в", "во", "на") or prev.lemma in ("посетить", "посещать")):
            out.append(m.id)
        elif _object_of_visiting(ctx, m):
            out.append(m.id)  # "Тюменскую область … посетил посол": the object before the verb
    for t in ctx.tokens_of(sent):  # "в республику", "в российский регион"
        if t.i > 0 and (tokens[t.i - 1].lower in ("в", "во") or tokens[t.i - 2].lower in ("в", "во")):
            g = sides.generic(ctx, t)
            if g and g not in out:
                out.append(g)
    return out


def _object_of_visiting(ctx: Context, m) -> bool:
    tokens = ctx.ann.tokens
    for t in tokens[m.start: m.stop]:
        if t.case == "Acc" and t.head >= 0 and tokens[t.head].lemma in ("посетить", "посещать"):
            return True
    return False


def _relative_antecedent(ctx: Context, people, trigger: Token) -> str | None:
    """"… с председателем облисполкома Юрием Караевым, который находится в Саранске с визитом":
    the one who travels is the person "который" refers to."""
    tokens = ctx.ann.tokens
    rel = next((t for t in reversed(tokens[max(trigger.i - 6, 0): trigger.i])
                if t.lemma in ("который", "которая") and t.sent == trigger.sent), None)
    if rel is None:
        return None
    before = [m for m in people if m.stop <= rel.i and rel.i - m.stop <= 1]
    return before[-1].person.name if before else None


def _head(ctx: Context, sent: int, trigger: Token) -> str | None:
    """"во главе с губернатором Романом Старовойтом", "возглавляет …", "под руководством …"."""
    tokens = ctx.tokens_of(sent)
    people = ctx.people_in(sent)
    who = _relative_antecedent(ctx, people, trigger)
    if who is not None:
        return who
    for t in tokens:
        if t.lemma in HEAD_MARKERS and (t.lemma != "глава" or t.i > 0 and ctx.ann.tokens[t.i - 1].lower == "во"):
            after = [m for m in people if m.start > t.i]
            if after:
                return after[0].person.name
    if sent + 1 < len(ctx.sentences):  # "Белорусскую делегацию возглавил министр … Ничкасов"
        nxt = ctx.tokens_of(sent + 1)
        if any(t.lemma in ("возглавить", "возглавлять") for t in nxt) and any(t.lemma == "делегация" for t in nxt):
            after = [m for m in ctx.people_in(sent + 1) if m.start > next(t.i for t in nxt if t.lemma in ("возглавить", "возглавлять"))]
            if after:
                return after[0].person.name
    if trigger.lemma in ("визит", "приезд"):  # "поблагодарил Кухарева за приезд делегации"
        before = [m for m in people if m.stop <= trigger.i and trigger.i - m.stop <= 2]
        if before and ctx.ann.tokens[trigger.i - 1].lower == "за":
            return before[-1].person.name
    if trigger.lemma in MOTION | TRIP_NOUNS:
        # the official who travelled: "визит президента Узбекистана Шавката Мирзиеева" (the name
        # in the genitive right after the trip, no verb between), or the subject before the trip
        tokens = ctx.ann.tokens
        for m in people:
            between = tokens[trigger.i + 1: m.start]
            if trigger.lemma in TRIP_NOUNS and 0 < m.start - trigger.i <= 8 and tokens[m.start].case != "Nom" \
                    and not any(t.pos == "VERB" or t.lower in ("с", "со") for t in between):
                return m.person.name
        before = [m for m in people if m.start < trigger.i and tokens[m.start].case in ("Nom", None)]
        if before:
            return before[-1].person.name
        # "Тюменскую область посетил посол Узбекистана Ботиржон Асадов": the subject after the
        # verb, when the sentence names where he went ("На выставке побывал губернатор" does not)
        verbs = [t for t in ctx.tokens_of(sent) if t.lemma in MOTION and t.pos == "VERB"]
        if not _destination(ctx, sent, trigger):
            verbs = []
        for m in people:
            if verbs and m.start > verbs[0].i and tokens[m.start].case in ("Nom", None) \
                    and not any(t.pos == "VERB" for t in tokens[verbs[0].i + 1: m.start]):
                return m.person.name
        # "Лидер Беларуси прибыл …": the one person the document gives that title's territory
        for t in ctx.titles_in(sent):
            if t.stop <= trigger.i and t.person is None and t.of:
                holders = {o.person.name for o in ctx.titles if o.person is not None and o.of == t.of}
                if len(holders) == 1:
                    return holders.pop()
    return None


def _receivers(ctx: Context, sents: list[int], visitor: str) -> list[str]:
    """Territories of the officials on the other side named around the trip."""
    out = []
    for s in sents:
        for m in ctx.people_in(s):
            of = ctx.role_of(m.person)
            if of and not sides.same_camp(ctx, of, visitor) and of not in out:
                out.append(of)
    return out


def _visit_in(ctx: Context, sent: int) -> VisitFact | None:
    triggers = _triggers(ctx, sent)
    if not triggers:
        return None
    trigger = triggers[0]
    head = _head(ctx, sent, trigger)
    head_person = next((p for p in ctx.people if p.name == head), None)
    led_from = ctx.role_of(head_person)
    visitor = _delegation_side(ctx, sent) or led_from or _title_side(ctx, sent, trigger)
    if led_from and visitor and visitor != led_from and (led_from.startswith(visitor) or visitor.startswith(led_from)):
        visitor = led_from  # "делегация из Орла" led by the governor of Орловская область
    receiving = trigger.lemma in RECEIVE and _delegation_received(ctx, sent)
    dest = _destination(ctx, sent, trigger)
    if visitor is None and receiving:
        # "делегацию принял Раис Татарстана": the hosts are named; the guests are the other side
        hosts = [m.id for m in sides.side_mentions(ctx, sent)] + [t.of for t in ctx.titles_in(sent) if t.of and ctx.gz.get(t.of)]
        other = ctx.other_camp(hosts[0]) if hosts else None
        visitor = other.best if other is not None and other.named else None
    if visitor is None:
        return None
    dest = [d for d in dest if not sides.same_camp(ctx, d, visitor)]
    receivers = _receivers(ctx, [sent], visitor)
    if not dest:
        receivers += _receivers(ctx, [s for s in (sent - 1, sent + 1) if 0 <= s < len(ctx.sentences)], visitor)
    host = _host(ctx, visitor, dest, receivers, sent, receiving)
    if host is None or sides.same_camp(ctx, host, visitor):
        return None
    date = None
    # "Вчера завершился визит": the day it ended is not the day it began
    ended = any(t.lemma in ("завершиться", "завершить", "закончиться", "окончиться") for t in ctx.tokens_of(sent))
    for d in [] if ended else ctx.in_sentence(ctx.dates, sent):
        if not any(r.start <= d.start < r.stop for r in ctx.year_ranges):
            date = resolve(d.value, ctx.document.published)
            if date:
                break
    return VisitFact(visitor=visitor, host=host, head=head, date=date, places=dest or [host],
                     evidence=ctx.evidence(sent))


def _delegation_received(ctx: Context, sent: int) -> bool:
    """"встретился с делегацией", "встретила делегацию": the delegation is the object."""
    tokens = ctx.ann.tokens
    for t in ctx.tokens_of(sent):
        if t.lemma == "делегация" and (t.case in ("Acc", "Ins") or t.i > 0 and tokens[t.i - 1].lower in ("с", "со")):
            return True
    return False


def _title_side(ctx: Context, sent: int, trigger: Token) -> str | None:
    """"Лидер Беларуси прибыл в российский регион": the territory of a title before the verb."""
    for t in ctx.titles_in(sent):
        if t.stop <= trigger.i and t.of and t.person is None and ctx.gz.get(t.of):
            return t.of
    return None


def _host(ctx: Context, visitor: str, dest: list[str], receivers: list[str], sent: int, receiving: bool) -> str | None:
    """The receiving authority: who received them, else where they went at the level the text
    names it — a region's capital stands for the region when the region is the other side."""
    if receiving and not dest:
        subjects = [m.id for m in sides.side_mentions(ctx, sent) if not sides.same_camp(ctx, m.id, visitor)
                    and not sides.venue(ctx, m)]
        if subjects:
            return subjects[0]
    if dest:
        d = dest[0]
        other = ctx.camp_of(d)
        region = d.split("/", 1)[0]
        if "/" in d and other is not None and other.best == region:
            return region
        if any(contains(r, d) and r != d and "/" not in r for r in receivers):
            return next(r for r in receivers if contains(r, d) and r != d)
        return d
    if receivers:
        return receivers[0]
    other = ctx.other_camp(visitor)
    return other.best if other is not None and other.named else None


def extract(ctx: Context) -> list[VisitFact]:
    facts: list[VisitFact] = []
    for s in ctx.sentences:
        v = _visit_in(ctx, s.index)
        if v is not None:
            merged = merge(facts + [v], ctx.document.published)
            if len(merged) == len(facts) + 1 and _twice(ctx, s.index):
                merged.append(v.model_copy())  # "двукратный визит": two trips
            facts = merged
    return facts


def _twice(ctx: Context, sent: int) -> bool:
    return any(t.lemma in ("двукратный", "дважды") for t in ctx.tokens_of(sent))


def _same_days(a: str | None, b: str | None, published) -> bool:
    """One trip: the same date, or one undated and the other within days of publication (the
    news of the day), not a past trip recalled ("в сентябре прошлого года")."""
    if a == b:
        return True
    dated = a or b
    if (a and b) or published is None:
        return False
    try:
        from datetime import date

        d = date.fromisoformat(dated) if len(dated) == 10 else None
    except ValueError:
        d = None
    return d is not None and abs((published - d).days) <= 7


def merge(facts: list[VisitFact], published=None) -> list[VisitFact]:
    out: list[VisitFact] = []
    for f in facts:
        old = next((o for o in out if related(o.visitor, f.visitor) and related(o.host, f.host)
                    and _same_days(o.date, f.date, published)
                    and (o.head is None or f.head is None or o.head == f.head)), None)
        if old is None:
            out.append(f)
            continue
        if f.head and not old.head:  # the mention that names the leader knows the sides best
            old.head, old.visitor, old.host = f.head, f.visitor, f.host
        old.date = old.date or f.date
        for p in f.places:
            if p not in old.places:
                old.places.append(p)
    return out
