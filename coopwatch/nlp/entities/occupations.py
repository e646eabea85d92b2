"""Occupations: a person, the position the text gives them, and its organisation or territory.

Built on ``extract.titles`` (position titles and the people they are bound to) and the role
stage's own reading of a title (``extract.role.resolve``). Added here: holders the titles
module does not bind (after a Latin or bracketed organisation name, before a comma with the
title's adjectives), the holder after a genitive name ("пресс-секретарь Путина Дмитрий
Песков"), candidacies left out ("кандидат в мэры"), and the organisation or territory of each
position (see ``_where``).
"""

from __future__ import annotations

from coopwatch.gazetteer.places import contains, is_place_id
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Annotated, Token
from coopwatch.nlp.entities.model import Entity, Occupation, Ref
from coopwatch.nlp.entities.places import PlaceRef
from coopwatch.nlp.entities.spans import QUOTES_CLOSE, QUOTES_OPEN


def find_occupations(ctx, spans: list[Entity], places: list[PlaceRef]) -> list[Occupation]:
    """Every title bound to a person, with its organisation or territory."""
    ann: Annotated = ctx.ann
    tokens = ann.tokens
    person_at = {m.start: m for p in ctx.people for m in p.mentions}
    person_end = {m.stop: m for p in ctx.people for m in p.mentions}
    out = []
    for t in ctx.titles:
        pm = t.person_mention if t.person is not None else None
        via = None
        if pm is None:
            pm, via = _holder_after(ctx, t, spans, person_at)
        if pm is None:
            pm = _holder_before(ctx, t, person_end)
        if pm is None or pm.person is None:
            continue
        # "пресс-секретарь Владимира Путина Дмитрий Песков": the genitive name says whose
        # secretary; the holder is the name after it
        if pm.start == t.stop and tokens[pm.start].case == "Gen":
            nxt = _holder_after_genitive(ctx, pm, spans, person_at)
            if nxt is not None:
                pm = nxt
        if _candidacy(tokens, t.start):
            continue  # "кандидат в мэры Москвы": not a position held
        head = next((k for k in range(t.start, t.stop) if tokens[k].lemma == t.head), t.start)
        p_start, p_stop = tokens[t.start].start, tokens[t.stop - 1].stop
        where, place_id = _where(ctx, t, head, pm, spans, places)
        if via is not None and where is None:
            where, place_id = _ref(ann, via), via.place_id
        out.append(Occupation(
            person=Ref(pm.char_start, pm.char_stop, pm.person.name),
            position=Ref(p_start, p_stop, t.text),
            where=where, place_id=place_id, former=t.former))
    return out


def _candidacy(tokens: list[Token], start: int) -> bool:
    """"кандидат в мэры", "кандидатом в президенты"."""
    before = [t for t in tokens[max(0, start - 3):start] if t.sent == tokens[start].sent]
    lemmas = [t.lemma for t in before]
    return bool(lemmas) and lemmas[-1] in L.in_prepositions and any(x in L.candidacy_nouns for x in lemmas)


def _holder_after_genitive(ctx, pm, spans: list[Entity], person_at: dict):
    """"пресс-секретарь Владимира Путина Дмитрий Песков", "гендиректор компании Алишера Усманова
    USM Advisors Иван Стрешинский": after a genitive name (whose secretary, whose company) the
    holder is the next name in the nominative, an organisation's name between them allowed."""
    tokens = ctx.ann.tokens
    j = pm.stop
    ent = next((e for e in spans if j < len(tokens) and e.start == tokens[j].start and e.type == "ORG"), None)
    if ent is not None:
        while j < len(tokens) and tokens[j].stop <= ent.stop:
            j += 1
    nxt = person_at.get(j)
    if nxt is not None and nxt.person is not None and tokens[nxt.start].case in ("Nom", None) \
            and tokens[nxt.start].sent == tokens[pm.start].sent:
        return nxt
    return None


def _skip_brackets(tokens: list[Token], j: int, sent: int, longest: int = 8) -> int:
    """Index after a short bracketed aside at ``j`` ("(РАЭК)", "(news.rambler.ru)"), else ``j``."""
    if j < len(tokens) and tokens[j].text == "(" and tokens[j].sent == sent:
        for k in range(j + 1, min(j + 2 + longest, len(tokens))):
            if tokens[k].sent != sent:
                break
            if tokens[k].text == ")":
                return k + 1
    return j


def _holder_after(ctx, t, spans: list[Entity], person_at: dict) -> tuple[object | None, Entity | None]:
    """"гендиректор Mail.Ru Group Дмитрий Гришин", "заместитель директора Российской ассоциации
    электронных коммуникаций (РАЭК) Сергей Гребенников": the holder named after an organisation
    the title phrase did not take in (a Latin or quoted name, an aside in brackets)."""
    tokens = ctx.ann.tokens
    j = _skip_brackets(tokens, t.stop, t.sent)
    via = None
    k = j
    while k < len(tokens) and tokens[k].text in QUOTES_OPEN + ('"',):
        k += 1
    if k < len(tokens) and tokens[k].sent == t.sent:
        ent = next((e for e in spans if e.start == tokens[k].start and e.type in ("ORG", "LOC")), None)
        if ent is not None:
            via = ent
            j = k
            while j < len(tokens) and tokens[j].stop <= ent.stop:
                j += 1
            while j < len(tokens) and tokens[j].text in QUOTES_CLOSE + ('"',):
                j += 1
            j = _skip_brackets(tokens, j, t.sent)
    if j < len(tokens) and tokens[j].text in (",", "—", "–") and via is not None:
        j += 1
    m = person_at.get(j)
    if m is not None and m.person is not None and tokens[j].sent == t.sent and j > t.stop:
        return m, via
    return None, None


def _holder_before(ctx, t, person_end: dict):
    """"Наталью Самойленко, исполнительного директора фонда Потанина": the holder named before
    the title and a comma or dash, the title's adjectives ("исполнительного") skipped, the title
    closing the aside."""
    tokens = ctx.ann.tokens
    j = t.start - 1
    while j >= 0 and tokens[j].pos == "ADJ" and tokens[j].sent == t.sent and not tokens[j].is_cap():
        j -= 1
    after = tokens[t.stop] if t.stop < len(tokens) else None
    closes = after is None or after.text in (",", ")", ".", "—", "–", ";") or after.sent != t.sent
    if j >= 0 and tokens[j].text in (",", "—", "–", "(") and closes:
        m = person_end.get(j)
        if m is not None and m.person is not None:
            return m
    return None


def _ref(ann: Annotated, e: Entity | None) -> Ref | None:
    return Ref(e.start, e.stop, e.text) if e is not None else None


def _where(ctx, t, head: int, pm, spans: list[Entity], places) -> tuple[Ref | None, str | None]:
    """The organisation or territory of a title, first rule that answers:
    1. an organisation or place named in the title after its head ("министр обороны России",
       "генеральный директор «Яндекса»");
    2. one named right after the title, before the holder's name ("гендиректор Mail.Ru Group
       Дмитрий Гришин", "Дмитрий Гришин, гендиректор Mail.Ru Group");
    3. a place adjective before the head ("белорусский вице-премьер");
    4. the organisation the role stage found in the title, unless it is a generic word;
    5. for a generic word ("глава компании") or a position in an organisation, the nearest
       organisation named before it, in its sentence or the two before;
    6. the territory the role stage resolved from the document (its nearest mention).
    """
    ann: Annotated = ctx.ann
    tokens = ann.tokens
    lo, hi = tokens[head].stop, tokens[t.stop - 1].stop
    inside = [e for e in spans if lo <= e.start and e.stop <= hi and e.type in ("ORG", "LOC")]
    orgs = [e for e in inside if e.type == "ORG"]
    if orgs:
        return _ref(ann, orgs[0]), None
    if inside:
        return _ref(ann, inside[0]), inside[0].place_id
    after = _named_after(ctx, t, pm, spans)
    if after is not None:
        return _ref(ann, after), after.place_id
    linked = {(r.first, r.place_id) for r in places}
    for m in t.places:  # adjectives before the head ("белорусский вице-премьер")
        if m.id and (m.start, m.id) in linked:
            return Ref(m.char_start, m.char_stop, ann.text[m.char_start:m.char_stop]), m.id
    generic = any(tokens[k].lemma in L.generic_organisations for k in range(head + 1, t.stop))
    if t.of and not is_place_id(t.of) and not (generic and t.of.lower().split()[0] in L.generic_organisations):
        found = ann.text.find(t.of, tokens[t.start].start)
        if found >= 0:
            return Ref(found, found + len(t.of), t.of), None
        return Ref(tokens[t.start].start, tokens[t.stop - 1].stop, t.of), None
    if generic or (t.scope == "org" and t.head not in L.professions):
        before = _org_before(ctx, t, spans)
        if before is not None:
            return _ref(ann, before), None
    of = _own_of(ctx, t)
    if of and is_place_id(of):
        # the territory's own mentions, else those of a place inside it the role stage read it from ("губернатору
        # региона" in a text naming only Новосибирск), by name rather than by adjective
        inner = [r for r in places if r.place_id and contains(of, r.place_id)]
        ms = [r for r in places if r.place_id == of] or [r for r in inner if r.form != "adj"] or inner
        before_ms = [r for r in ms if r.first < t.start]
        r = before_ms[-1] if before_ms else (ms[0] if ms else None)
        if r is not None:
            a, b = tokens[r.first].start, tokens[r.last].stop
            return Ref(a, b, ann.text[a:b]), of
        return None, of
    return None, None


def _own_of(ctx, t) -> str | None:
    """Whose position the title says by itself (the role stage's own rules 1–4: named, implied,
    generic) — not the nearest or the only territory of the document, which the role stage
    also falls back on and which often belongs to someone else."""
    from coopwatch.extract import role

    return role.resolve(t, ctx) if t.of is not None else None


def _named_after(ctx, t, pm, spans: list[Entity]) -> Entity | None:
    """An organisation or place right after the title phrase, in the same sentence and not
    beyond the holder's name when the name follows."""
    tokens = ctx.ann.tokens
    if t.stop >= len(tokens) or tokens[t.stop].sent != t.sent:
        return None
    k = t.stop
    while k < len(tokens) and tokens[k].text in QUOTES_OPEN + ('"',):
        k += 1
    if k >= len(tokens):
        return None
    start = tokens[k].start
    limit = pm.char_start if pm.start >= t.stop else None
    for e in spans:
        if e.start == start and e.type in ("ORG", "LOC") and (limit is None or e.stop <= limit):
            return e
    return None


def _org_before(ctx, t, spans: list[Entity]) -> Entity | None:
    """The nearest organisation before the title (its sentence and the two before), leaving
    out news sources ("пишет NEWSru.com", "по данным РБК")."""
    tokens = ctx.ann.tokens
    lo = ctx.ann.sentences[max(0, t.sent - 2)].start
    hi = tokens[t.start].start
    before = [e for e in spans if e.type == "ORG" and lo <= e.start and e.stop <= hi and not _source(ctx, e)]
    return before[-1] if before else None


def _source(ctx, e: Entity) -> bool:
    tokens = ctx.ann.tokens
    idx = [t.i for t in tokens if e.start <= t.start < e.stop]
    if not idx:
        return False
    near = tokens[max(0, idx[0] - 3):idx[0]] + tokens[idx[-1] + 1:idx[-1] + 3]
    return any(t.lemma in L.source_verbs or t.lemma in L.source_nouns for t in near)

