"""links — what one fact tells about another of the same document.

The fact rules read one sentence and its neighbours; some things are only said once for several
facts. Rules, each for a fact that the text ties to another by its own words:
- a meeting "в ходе поездки", "в рамках визита", or stated in the visit's own sentence, took
  place on the trip: without a date of its own it takes the visit's ("13 марта находился с
  визитом в Павлодаре. В ходе поездки провёл переговоры …");
- a document signed at a meeting ("По итогам встречи стороны подписали …", "Стороны подписали …"
  right after it, or a signing the meeting rule counted as part of it) takes the meeting's date,
  or the visit's when signed "в ходе визита";
- the co-chairs of a commission or working group ("сопредседателями Комиссии Ильясом Умахановым и
  Садыком Сафаевым") are at the one session of it the document reports;
- the delegation's head is at the meeting that received it ("Делегация … во главе с Лян
  Хуэйлином прибыла … Гостей принял губернатор Василий Орлов"), and at talks right after the
  arrival that name only the hosts' people.
Only facts between the same sides are linked, each side at any level of its hierarchy.
"""

from __future__ import annotations

from coopwatch.extract.context import Context
from coopwatch.facttypes.agreement import AgreementFact
from coopwatch.facttypes.meeting import MeetingFact
from coopwatch.facttypes.role import RoleFact
from coopwatch.facttypes.visit import VisitFact
from coopwatch.gazetteer.places import related
from coopwatch.nlp.annotate import Token

TRIP = {"визит", "поездка", "командировка", "пребывание"}
SESSION = {"встреча", "переговоры", "заседание", "беседа", "переговор", "совещание", "форум", "сессия"}
TIED_BY = {"ход", "рамка", "время", "итог"}  # "в ходе", "в рамках", "во время", "по итогам"
RECEIVED = {"гость", "делегация"}
SAME_PEOPLE = {"сторона", "они", "руководитель"}  # "Стороны подписали …" after the talks
MAX_GAP = 3  # sentences between a fact and the one it refers to


def _sents(ctx: Context, fact) -> list[int]:
    ev = fact.evidence
    if ev is None:
        return []
    return [s.index for s in ctx.sentences if s.start < ev.end and ev.start < s.stop]


def _same_sides(x: list[str], y: list[str]) -> bool:
    return all(any(related(p, q) for q in y) for p in x) and all(any(related(p, q) for p in x) for q in y)


def _refers_to(tokens: list[Token], nouns: set[str]) -> bool:
    """"в ходе визита", "по итогам переговоров": the sentence names the event it belongs to."""
    return any(t.lemma in nouns and any(x.lemma in TIED_BY for x in tokens[max(k - 2, 0): k])
               for k, t in enumerate(tokens))


def _before(facts_sents: list[tuple[object, list[int]]], sent: int) -> list[tuple[object, list[int]]]:
    """Facts whose first sentence is ``sent`` or comes shortly before it, nearest first."""
    near = [(f, ss) for f, ss in facts_sents if ss and 0 <= sent - ss[0] <= MAX_GAP]
    return sorted(near, key=lambda p: sent - p[1][0])


def _hosts_only(ctx: Context, m: MeetingFact, v: VisitFact) -> bool:
    """"Аким … прибыл в Челябинскую область. Состоялись переговоры с губернатором Алексеем
    Текслером.": talks need two sides; when the text names only the host's people, the other is
    the one who just arrived."""
    people = {p.name: p for p in ctx.people}
    sides = {ctx.role_of(people.get(name)) for name in m.participants}
    return bool(m.participants) and None not in sides and all(related(s, v.host) for s in sides)


def link(ctx: Context) -> None:
    visits = [(f, _sents(ctx, f)) for f in ctx.facts if isinstance(f, VisitFact)]
    meetings = [(f, _sents(ctx, f)) for f in ctx.facts if isinstance(f, MeetingFact)]
    for m, ss in meetings:
        if not ss:
            continue
        tokens = ctx.tokens_of(ss[0])
        for v, vs in _before(visits, ss[0]):
            if not _same_sides(m.parties, [v.visitor, v.host]):
                continue
            if m.date is None and v.date and (vs[0] == ss[0] or _refers_to(tokens, TRIP)):
                m.date = v.date
            if v.head and v.head not in m.participants and ss[0] - vs[0] <= 1 \
                    and (any(t.lemma in RECEIVED for t in tokens) or _hosts_only(ctx, m, v)):
                m.participants.append(v.head)
            break
    _co_chairs(ctx, [m for m, _ in meetings])
    for a in ctx.facts:
        if not isinstance(a, AgreementFact) or a.date is not None:
            continue
        ss = _sents(ctx, a)
        if not ss:
            continue
        tokens = ctx.tokens_of(ss[0])
        if _refers_to(tokens, TRIP):  # "в ходе визита": a day of the trip, not the day of its talks
            events = _before(visits, ss[0])
        elif _refers_to(tokens, SESSION):  # "по итогам встречи"
            events = _before(meetings, ss[0])
        else:  # a signing the meeting rule counted as part of the meeting, or "Стороны подписали" right after it
            events = [(m, ms) for m, ms in meetings if ss[0] in ms[1:]
                      or ss[0] == ms[-1] + 1 and any(t.lemma in SAME_PEOPLE for t in tokens)]
        for e, _ in events:
            sides = e.parties if isinstance(e, MeetingFact) else [e.visitor, e.host]
            if e.date and _same_sides(a.parties, sides):
                a.date = e.date
                break


BODY_WORDS = {"commission": "комисс", "working_group": "групп"}


def _co_chairs(ctx: Context, meetings: list[MeetingFact]) -> None:
    for kind, word in BODY_WORDS.items():
        sessions = [m for m in meetings if m.kind == kind]
        if len(sessions) != 1:
            continue
        for r in ctx.facts:
            if isinstance(r, RoleFact) and r.title.startswith("сопредседатель") and word in r.title.lower() + " " \
                    + r.of.lower() and r.person not in sessions[0].participants:
                sessions[0].participants.append(r.person)
