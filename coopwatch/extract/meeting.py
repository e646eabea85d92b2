"""meeting — talks or a session between the sides.

Rules:
- kinds by their words: a session of a working group ("заседание рабочей группы") is
  ``working_group``; of a commission, an intergovernmental commission or a council of business
  cooperation, ``commission``; a forum where the sides meet ("на Форуме регионов России и
  Беларуси", "на бизнес-форуме в Минске"), ``forum``; "встреча", "переговоры", "беседа",
  "встретился", "обсудили", "принял", ``talks``;
- reported as held, not planned ("пройдёт", "намечено"), not a count ("11 заседаний", "ряд
  переговоров"), not a body alone ("создали рабочую группу", "возглавляет рабочую группу");
- a later "в ходе встречи", "на нём", "Встреча прошла …" adds to the meeting before it, and so
  does "обсудили" right after a session;
- sides: the places the meeting's own name gives, the territories of the people at it, the
  places of the sentence, the document's camps — two different territories, one not inside the
  other; people of one country among themselves meet no partner (a governor and his country's
  ambassador);
- participants: the people of the meeting's sentences (not the press secretary who reports it,
  not "аэропорт имени …"), "он"/"они" as the people just named, those who took part, chaired or
  signed there;
- one fact per meeting: talks one-on-one and in a wider format are one meeting; talks with
  different partners are two.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coopwatch.extract import sides
from coopwatch.extract.clauses import REPORTING, unrealised
from coopwatch.extract.context import Context
from coopwatch.facttypes.meeting import MeetingFact
from coopwatch.gazetteer.matcher import PlaceMention
from coopwatch.gazetteer.places import country_of, related
from coopwatch.nlp.annotate import Token
from coopwatch.nlp.grammars.date import resolve

TALK_NOUNS = {"встреча", "переговоры", "беседа", "консультация", "переговор"}
TALK_VERBS = {"встретиться", "встречаться", "переговорить", "побеседовать", "поговорить", "обсудить", "обсуждать",
              "принять", "встретить", "провести"}
SESSION = {"заседание", "сессия", "совещание"}
HELD = {"состояться", "пройти", "проходить", "открыться", "провести", "проводить", "участие", "участвовать",
        "ход", "рамка", "время", "итог", "полях", "поле", "заседание", "площадка", "сторона"}
ANAPHORIC = {"ход", "рамка", "время", "итог"}  # "в ходе встречи", "по итогам заседания"
PARTICIPATION = {"участие", "председательствовать", "участвовать", "присутствовать", "сопредседательствовать",
                 "возглавить", "провести"}
PARTICIPATION_STEMS = ("председательствова", "сопредседательствова", "участвова", "присутствова")
NOT_BILATERAL = {"международный", "всемирный", "глобальный", "евразийский", "петербургский", "экономический"}
REPORTERS = {"сообщить", "рассказать", "передать", "написать", "пояснить", "отметить", "заявить", "сообщать",
             "передавать", "цитировать", "привести"}
PRONOUNS = {"он", "она", "они", "его", "ее", "их", "ним", "ней", "ними", "нему"}
AGGREGATE = {"ряд", "несколько", "серия", "цикл"}


@dataclass
class Meeting:
    kind: str
    sents: list[int]
    anchor: Token
    phrase_sides: list[str] = field(default_factory=list)
    number: int | None = None


def _near(ctx: Context, t: Token, before: int = 3, after: int = 0) -> list[Token]:
    tokens = ctx.ann.tokens
    return [x for x in tokens[max(t.i - before, 0): t.i + after + 1] if x.sent == t.sent and x.i != t.i]


def _kind_at(ctx: Context, t: Token) -> str | None:
    """The kind of meeting a word names, if it names a meeting that took place."""
    tokens = ctx.ann.tokens
    before = {x.lemma for x in _near(ctx, t, 4)}
    if t.lemma == "группа" and t.i > 0 and tokens[t.i - 1].lemma == "рабочий":
        return "working_group" if before & SESSION else None
    if t.lemma == "межправкомиссия" or t.lemma == "комиссия" and before & SESSION:
        return "commission"
    if t.lemma == "совет" and t.i + 1 < len(tokens) and tokens[t.i + 1].lemma == "деловой":
        return "commission" if before & (SESSION | {"итог", "ход", "рамка"}) or _held(ctx, t) else None
    if t.lemma in ("форум", "бизнес-форум"):
        around = before | {x.lemma for x in _near(ctx, t, 0, 3)}
        if around & NOT_BILATERAL or t.feats.get("Number") == "Plur":
            return None
        return "forum" if before & {"на", "ход", "рамка", "время", "полях", "поле"} or _held(ctx, t) else None
    if t.lemma in TALK_NOUNS and (t.feats.get("Number") != "Plur" or t.lemma == "переговоры") \
            or t.lemma in TALK_VERBS and t.pos == "VERB":
        after = [x.lemma for x in _near(ctx, t, 0, 2)]
        if t.lemma == "провести" and (not any(x in TALK_NOUNS for x in after) or any(x in AGGREGATE for x in after)):
            return None  # "провели ряд переговоров": a count
        if t.lemma == "принять" and ("участие" in after or "участие" in before):
            return None  # "принял участие", "участие в котором принял": taking part, not receiving
        return "talks"
    return None


def _held(ctx: Context, t: Token) -> bool:
    return any(x.lemma in HELD for x in _near(ctx, t, 4, 4))


def _counted(ctx: Context, t: Token) -> bool:
    """"11 встреч", "ряд переговоров": a number or a quantity word just before the word (an ordinal,
    "5-е заседание", names one)."""
    near = _near(ctx, t, 2)
    tokens = ctx.ann.tokens

    def counts(x: Token) -> bool:  # "11 (совместных) заседаний", not "11 ноября встретился"
        return x.text.isdigit() and len(x.text) < 4 and t.pos == "NOUN" \
            and all(y.pos == "ADJ" for y in tokens[x.i + 1: t.i])

    return any(x.lemma in AGGREGATE or counts(x) for x in near) \
        or any(c.isdigit() for c in t.text) and "-" not in t.text


def _aggregate(ctx: Context, t: Token) -> bool:
    """A count of meetings, not one: the word itself counted, or the session word before a body's
    name ("11 заседаний рабочей группы", "несколько заседаний комиссии")."""
    if _counted(ctx, t):
        return True
    sessions = [x for x in _near(ctx, t, 4) if x.lemma in SESSION]
    return any(_counted(ctx, x) for x in sessions)


def _phrase_sides(ctx: Context, t: Token) -> list[str]:
    """Places a session's or a forum's own name gives: "рабочей группы по сотрудничеству
    Белоруссии и Татарстана", "Форума регионов России и Беларуси", "российско-китайском форуме"."""
    out = []
    for m in ctx.places_in(t.sent, sides_only=False):
        if t.i - 3 <= m.start < t.i and m.form == "adj" and m.stop <= t.i:
            out.append(m.id)  # "российско-китайском форуме"
        elif t.i < m.start <= t.i + 8 and not sides.venue(ctx, m) and m.form != "adj":
            out.append(m.id)
    return list(dict.fromkeys(out))


def _anaphoric(ctx: Context, t: Token) -> bool:
    """"в ходе встречи", "на встрече", "Во встрече приняли участие", "Встреча прошла …": the
    meeting already reported."""
    near = {x.lemma for x in _near(ctx, t, 2) if x.pos not in ("ADJ", "PUNCT")}
    first = all(x.pos == "ADJ" for x in ctx.tokens_of(t.sent) if x.i < t.i)
    return bool(near & ANAPHORIC) or near in ({"на"}, {"в"}) or (first and t.lemma in TALK_NOUNS | SESSION)


def _meetings_in(ctx: Context, sent: int) -> tuple[list[Meeting], bool]:
    """New meetings of a sentence, and whether it refers back to the last one."""
    found: list[Meeting] = []
    refers_back = False
    participation = _is_participation(ctx, sent)
    for t in ctx.tokens_of(sent):
        if t.lemma in SESSION and _anaphoric(ctx, t) and not unrealised(ctx.ann, t):
            refers_back = True  # "Заседание проводят …"
            continue
        kind = _kind_at(ctx, t)
        if kind is None or unrealised(ctx.ann, t) and not _said_at(ctx, t) or _aggregate(ctx, t):
            continue
        if kind == "talks" and t.pos == "VERB" and t.lemma in ("обсудить", "обсуждать", "принять", "встретить") \
                and not _two_sides_act(ctx, t):
            continue
        if kind == "talks" and any(m.kind not in ("talks", "forum") for m in found):
            continue  # "в рамках встречи" inside a session names the session; a forum has talks of its own
        if _anaphoric(ctx, t) and (participation or not _new_people(ctx, sent)):
            refers_back = True
            continue
        if found and found[-1].kind == kind:
            continue
        if kind not in ("talks", "forum"):
            found = [m for m in found if m.kind != "talks"]
        found.append(Meeting(kind, [sent], t, _phrase_sides(ctx, t) if kind != "talks" else []))
    for m in found:
        for o in ctx.in_sentence(ctx.ordinals, sent):
            if o.start <= m.anchor.start < o.stop + 40 and m.kind != "talks":
                m.number = o.value
    return found, refers_back


def _said_at(ctx: Context, t: Token) -> bool:
    """"…сохранят товарооборот, сказал вице-премьер на заседании рабочей группы": the session is
    where it was said, whatever the quoted words promise (the parser may hang it on their verb)."""
    before = [x for x in ctx.ann.tokens[max(t.i - 10, 0): t.i] if x.sent == t.sent]
    said = [x for x in before if x.lemma in REPORTERS | REPORTING and x.pos == "VERB" and x.feats.get("Tense") == "Past"]
    return bool(said) and any(x.lower in ("на", "во", "в") and x.i > said[-1].i for x in before)


def _discussed_at(m: Meeting, last: Meeting) -> bool:
    """"обсудили" in the sentence right after a session tells what was done at it."""
    return m.kind == "talks" and m.anchor.pos == "VERB" and m.anchor.lemma in ("обсудить", "обсуждать") \
        and last.kind != "talks" and last.sents[-1] == m.sents[0] - 1


def _new_people(ctx: Context, sent: int) -> bool:
    return any(m.person.mentions[0] is m for m in ctx.people_in(sent))


def _two_sides_act(ctx: Context, verb: Token) -> bool:
    """"обсудили", "принял" count as talks only with people or sides of both camps around them."""
    people = {ctx.role_of(m.person) for m in ctx.people_in(verb.sent)} - {None}
    places = [m.id for m in sides.side_mentions(ctx, verb.sent)] + sides.generics_in(ctx, verb.sent)
    return bool(sides.pair(ctx, list(people) + places)) and (len(people) >= 1 or any(
        t.lemma == "сторона" for t in ctx.tokens_of(verb.sent)))


def _people(ctx: Context, sent: int) -> list:
    """People a sentence places at a meeting: not the one who reports it ("…, сообщила
    руководитель пресс-службы"), not a name in another name ("аэропорт имени …"); "он", "они"
    are the people of the sentence before."""
    tokens = ctx.ann.tokens
    out = []
    for m in ctx.people_in(sent):
        prev = [t for t in tokens[max(m.start - 6, 0): m.start] if t.sent == sent]
        if prev and prev[-1].lemma in ("имя", "им"):
            continue
        if any(t.lemma in REPORTERS for t in prev) and any(t.text == "," for t in prev):
            continue
        out.append(m)
    if sent > 0 and any(t.lower in PRONOUNS for t in ctx.tokens_of(sent)):
        out = ctx.people_in(sent - 1)[:2] + out
    return out


def _participants(ctx: Context, sents: list[int]) -> tuple[list[str], list[str]]:
    names: list[str] = []
    places: list[str] = []
    for s in sents:
        named = [m.person for m in _people(ctx, s)] + [t.person for t in ctx.titles_in(s) if t.coref]
        for p in named:
            if " " not in p.name and not ctx.role_of(p):
                continue
            if p.name not in names:
                names.append(p.name)
            of = ctx.role_of(p)
            if of and of not in places:
                places.append(of)
    return names, places


def _venue(ctx: Context, sents: list[int]) -> str | None:
    for s in sents:
        in_titles = {i for t in ctx.titles_in(s) for i in range(t.start, t.stop)}
        for m in ctx.places_in(s, sides_only=False):
            if m.start in in_titles:
                continue  # "посол Азербайджана в России": where the post is, not the meeting
            if _direction(ctx, m):
                continue  # "рейсы из Сочи в Гюмри": where something goes, not where they met
            if sides.venue(ctx, m) or (m.in_org and m.start > 0 and ctx.ann.tokens[m.start - 1].lower in ("в", "во")):
                return m.id
    return None


def _direction(ctx: Context, m: PlaceMention) -> bool:
    """"из Краснодара в Ереван": the place after "в" is a destination when "из" comes just before."""
    tokens = ctx.ann.tokens
    return any(o.stop == m.start - 1 and o.start > 0 and tokens[o.start - 1].lower == "из"
               for o in ctx.places_in(m.sent, sides_only=False))


def _sides(ctx: Context, m: Meeting, who: list[str]) -> tuple[list[str] | None, int]:
    """The meeting's two sides and how sure we are (2: named by it or its people, 1: by the
    sentence, 0: by the document)."""
    sent = m.sents[0]
    if m.phrase_sides:
        pair = sides.pair(ctx, m.phrase_sides, who)
        if pair:
            return pair, 2
        # "рабочей группы по сотрудничеству с Республикой Беларусь" in a text about one region and
        # several partners: the body is the region's own
        main = ctx.camps[0] if ctx.camps else None
        if len(m.phrase_sides) == 1 and ctx.camp_of(m.phrase_sides[0]) is None and main is not None \
                and not main.contains(m.phrase_sides[0]):
            return [main.best, m.phrase_sides[0]], 1
    officials = who + [t.of for s in m.sents for t in ctx.titles_in(s) if t.of and _is_place(t.of)]
    if len(set(officials)) >= 2 and len({country_of(p) for p in officials}) == 1 and not _distinct(ctx, officials):
        return None, 0  # a governor and his own country's ambassador
    places = [p.id for p in sides.side_mentions(ctx, sent) if not sides.venue(ctx, p)]
    pair = sides.pair(ctx, who, places, sides.generics_in(ctx, sent))
    if pair:
        return pair, 2 if len(who) >= 2 else 1
    return (sides.camps_pair(ctx), 0) if not places else (None, 0)


def extract(ctx: Context) -> list[MeetingFact]:
    meetings: list[Meeting] = []
    for s in ctx.sentences:
        found, refers_back = _meetings_in(ctx, s.index)
        if meetings and found and all(_discussed_at(m, meetings[-1]) for m in found):
            found, refers_back = [], True  # "Заседание прошло … Караев и Беспрозванных обсудили …": at the session
        if meetings and not found and (refers_back or _is_participation(ctx, s.index) or _signing_there(ctx, s.index, meetings[-1])):
            meetings[-1].sents.append(s.index)
        elif not meetings and not found and refers_back:
            tokens = ctx.tokens_of(s.index)
            # "на заседании рабочей группы …" with no meeting before: the body names the kind
            anchor = next((t for t in tokens if _kind_at(ctx, t)), None) \
                or next((t for t in tokens if t.lemma in SESSION), None)
            if anchor is not None:  # "В ходе встречи …" with no meeting before
                kind = _kind_at(ctx, anchor) or "talks"
                found = [Meeting(kind, [s.index], anchor, _phrase_sides(ctx, anchor) if kind != "talks" else [])]
        meetings.extend(found)
    scored: list[tuple[MeetingFact, int]] = []
    for m in meetings:
        if not any(ctx.people_in(s) for s in m.sents) and m.sents[0] > 0 and m.kind == "talks":
            m.sents.insert(0, m.sents[0] - 1)  # "Встреча прошла в Казанском Кремле." after the names
        names, who = _participants(ctx, m.sents)
        parties, strength = _sides(ctx, m, who)
        if not parties:
            continue
        scored.append((MeetingFact(kind=m.kind, parties=parties, participants=names, date=_date(ctx, m),
                                   place=_venue(ctx, m.sents), number=m.number,
                                   evidence=ctx.evidence(*m.sents)), strength))
    return merge(scored)


def _date(ctx: Context, m: Meeting) -> str | None:
    """A day or month in the meeting's sentence, or a year right beside its word."""
    for d in ctx.in_sentence(ctx.dates, m.sents[0]):
        if any(r.start <= d.start < r.stop for r in ctx.year_ranges):
            continue
        year_only = d.value.month is None and d.value.day_shift is None and d.value.weekday is None
        if year_only and abs(d.start - m.anchor.start) > 25 and not _event_year(ctx, d):
            continue
        value = resolve(d.value, ctx.document.published)
        if value:
            return value
    return None


def _event_year(ctx: Context, d) -> bool:
    """"на форуме — 2018", "ПМЭФ-2021": the year of the event the meeting was held at."""
    text = ctx.document.text[d.start: d.stop]
    return text[:1].isalpha() and any(c in text for c in "-–—") and d.value.year_shift is None


def _is_participation(ctx: Context, sent: int) -> bool:
    """"Во встрече приняли участие …", "На нем председательствовали …"."""
    tokens = ctx.tokens_of(sent)
    refers = any(t.lemma in TALK_NOUNS | SESSION | {"он", "нем", "ней"} for t in tokens)
    return refers and any(_participates(t) for t in tokens) and bool(ctx.people_in(sent))


def _participates(t: Token) -> bool:
    # by the stem too: the tagger reads the rare "председательствовали" as a noun and leaves it unlemmatised
    return t.lemma in PARTICIPATION or t.lower.startswith(PARTICIPATION_STEMS)


def _signing_there(ctx: Context, sent: int, last: Meeting) -> bool:
    """"Подписи под документом поставили …" right after the meeting: they signed there."""
    if sent - last.sents[-1] > 2:
        return False
    lemmas = {t.lemma for t in ctx.tokens_of(sent)}
    return bool(lemmas & {"подпись", "подписать"}) and bool(ctx.people_in(sent))


def _is_place(value: str) -> bool:
    return value[:2].isalpha() and value[:2].isupper() and (len(value) == 2 or value[2] in "-/")


def _distinct(ctx: Context, ids: list[str]) -> bool:
    """Two of these are different sides by themselves (Татарстан and Санкт-Петербург)."""
    return any(not sides.same_camp(ctx, a, b) for a in ids for b in ids if a != b)


def _same_meeting(a: MeetingFact, b: MeetingFact) -> bool:
    if a.kind != b.kind or len(a.parties) != len(b.parties):
        return False
    if not all(any(related(x, y) for y in b.parties) for x in a.parties):
        return False
    if a.date and b.date and a.date != b.date or a.number and b.number and a.number != b.number:
        return False
    if a.kind != "talks":
        return True  # a session has many members: those named in one sentence and in another meet there
    # talks with different partners are different meetings (Скляр at the airport, then Токаев)
    only_a, only_b = set(a.participants) - set(b.participants), set(b.participants) - set(a.participants)
    return not (only_a and only_b)


def merge(scored: list[tuple[MeetingFact, int]]) -> list[MeetingFact]:
    out: list[tuple[MeetingFact, int]] = []
    for f, strength in scored:
        n = next((k for k, (o, _) in enumerate(out) if _same_meeting(o, f)), None)
        if n is None:
            out.append((f, strength))
            continue
        old, old_strength = out[n]
        for p in f.participants:
            if p not in old.participants:
                old.participants.append(p)
        if strength > old_strength:
            old.parties = f.parties
            out[n] = (old, strength)
        old.place = old.place or f.place
        old.number = old.number or f.number
        old.date = old.date or f.date
    return [f for f, _ in out]
