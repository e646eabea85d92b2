"""institution — a mission of one side on the other's territory.

Rules:
- the mission itself is named ("генеральное консульство", "генконсульство", "посольство",
  "отделение/представительство посольства", "представительство", "торговый дом"); a person's
  title ("генконсул Казахстана в Екатеринбурге", "советник Посольства РФ") is not a mission;
- of: the country or region that sends it ("консульство Республики Беларусь", "белорусское
  генконсульство", "представительство Татарстана"); in: where it sits, the city if named ("в
  Казани", "в столице Татарстана", "в казахстанском городе Актау", "в вашей стране"); several
  cities give one fact each ("в Казани и Уфе");
- status: ``opened`` (opened at a stated time: "открылось", "начало работать"), ``planned``
  (will open: "откроется", "будет открыто", "решено открыть", "появится", "распоряжение об
  учреждении"), ``exists`` ("действует", "функционирует", "работает", "вместо действующих",
  "до этой даты закроют"); a mere possibility being studied is nothing;
- date: when it opened ("В 2011 году … открылось", "с сегодняшнего дня начинает свою миссию"); a
  deadline ("до 1 апреля 2026 года") is not a date;
- "а в Казани — Генеральное консульство Китая": the clause borrows the verb before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopwatch.extract import sides
from coopwatch.extract.clauses import clause_of, is_future, path_to_root, split_clauses, unrealised
from coopwatch.extract.context import Context
from coopwatch.facttypes.institution import InstitutionFact
from coopwatch.gazetteer.places import capital_of, country_of
from coopwatch.nlp.annotate import Token
from coopwatch.nlp.grammars.date import resolve

OPEN = {"открыть", "открыться", "заработать", "начать", "открытие", "появиться", "учредить", "учреждение",
        "создать", "создание"}
EXIST = {"действовать", "функционировать", "работать", "расположить", "расположенный", "находиться", "есть",
         "иметься", "действующий", "существовать", "помогать"}
CLOSE = {"закрыть", "закрытие", "преобразовать", "вместо"}
STAFF = {"сотрудник", "работник", "штат", "здание", "глава", "руководитель", "деятельность", "работа", "персонал",
         "консул", "посол"}
HAPPENED = {"состояться", "пройти", "проходить", "открыться"}
# a possibility studied, an interest or a proposal: nothing decided yet
NOT_YET = {"возможность", "целесообразность", "вопрос", "рассмотреть", "изучить", "проанализировать",
           "заинтересованный", "заинтересовать", "интерес", "предложить", "предлагать", "просить", "попросить"}


@dataclass
class Mission:
    kind: str
    tok: Token  # the head noun
    start: int  # first token of the phrase
    stop: int


def _missions(ctx: Context, sent: int) -> list[Mission]:
    tokens = ctx.ann.tokens
    in_titles = {i for t in ctx.titles_in(sent) for i in range(t.start, t.stop)}
    out = []
    for t in ctx.tokens_of(sent):
        if t.i in in_titles:
            continue
        prev = tokens[t.i - 1] if t.i > 0 else None
        kind = None
        if t.lemma in ("генконсульство", "консульство"):
            kind = "consulate"
        elif t.lemma == "посольство":
            if out and out[-1].kind == "embassy_office" and t.i - out[-1].tok.i <= 3:
                continue  # counted at "отделение посольства"
            kind = "embassy"
        elif t.lemma in ("отделение", "представительство", "филиал") and _embassy_follows(ctx, t):
            kind = "embassy_office"
        elif t.lemma == "представительство":
            # "дипломатическое представительство" is some diplomatic mission: kind unknown
            kind = "other" if prev is not None and prev.lemma == "дипломатический" else "representation"
        elif t.lemma == "дом" and prev is not None and prev.lemma == "торговый":
            kind = "trade_house"
        elif t.lemma in ("дипучреждение", "учреждение") and prev is not None and prev.lemma in ("аналогичный", "такой"):
            kind = out[-1].kind if out else "other"  # "аналогичное дипучреждение": the same kind
        if kind is None or _counted(ctx, t):
            continue
        start = t.i
        while start > 0 and tokens[start - 1].sent == sent and tokens[start - 1].pos == "ADJ":
            start -= 1
        out.append(Mission(kind, t, start, t.i + 1))
    return out


def _counted(ctx: Context, t: Token) -> bool:
    """"двух новых консульств": a count, not a mission."""
    before = ctx.ann.tokens[max(t.i - 3, 0): t.i]
    return t.feats.get("Number") == "Plur" and any(x.pos == "NUM" or x.lemma in ("два", "три", "несколько", "ряд")
                                                    for x in before)


def _embassy_follows(ctx: Context, t: Token) -> bool:
    """"отделение посольства", "представительства белорусского посольства"."""
    for x in ctx.ann.tokens[t.i + 1: t.i + 4]:
        if x.lemma == "посольство":
            return True
        if x.pos != "ADJ":
            return False
    return False


def _status(ctx: Context, m: Mission) -> str | None:
    ann = ctx.ann
    tokens = ann.tokens
    before = {t.lemma for t in tokens[max(m.start - 2, 0): m.start]}
    if before & {"действующий", "вместо"}:
        return "exists"  # "вместо действующих отделений посольства"
    head = tokens[m.tok.head] if m.tok.head >= 0 else None
    if head is not None and head.lemma in STAFF:
        return "exists"  # "сотрудники генконсульства": the mission as it is
    into = any(t.lower in ("в", "во") for t in tokens[max(m.start - 1, 0): m.start + 1])
    if head is not None and head.lemma in CLOSE and not into:
        return "exists"  # "закроют отделения посольства": open until then ("преобразовать в консульства" is what comes)
    if unrealised(ann, m.tok):
        path = path_to_root(ann, m.tok)
        if any(t.lemma in NOT_YET for t in path[:3]):
            return None
        return "planned"
    if head is not None and head.lemma == "открытие" and _took_place(ann, head):
        return "opened"  # "состоялась церемония открытия генконсульства"
    clause = clause_of(ctx.tokens_of(m.tok.sent), m.tok)
    near = [t for t in clause if abs(t.i - m.tok.i) <= 8]
    lemmas = {t.lemma for t in near}
    path = [t for t in [m.tok, *path_to_root(ann, m.tok)][:4] if clause[0].i <= t.i <= clause[-1].i]
    for t in path + near:
        if t.lower in ("открыт", "открыта", "открыто", "открыты") and not lemmas & {"быть"} and not unrealised(ann, t):
            return "opened"  # the tagger reads the short participle "открыто" as an adverb
        if t.lemma in OPEN and t.pos == "VERB":
            if is_future(ann, t) or t.feats.get("VerbForm") == "Inf" or _deadline(ctx, m.tok.sent):
                return "planned"
            if t.feats.get("Tense") == "Past" or t.feats.get("Variant") == "Short" or t.lemma == "начать":
                return "opened"
    if lemmas & {"распоряжение", "постановление", "решение"} and lemmas & OPEN:
        return "planned"
    if lemmas & {"появиться"}:
        return "planned"
    return "exists"


def _took_place(ann, noun: Token) -> bool:
    """"состоялась (церемония) открытия", "прошло открытие": the opening is reported as done."""
    verb = next((t for t in path_to_root(ann, noun) if t.pos == "VERB"), None)
    return verb is not None and verb.lemma in HAPPENED and verb.feats.get("Tense") == "Past" \
        and not unrealised(ann, noun)


def _deadline(ctx: Context, sent: int) -> bool:
    tokens = ctx.tokens_of(sent)
    return any(t.lower == "до" and tokens[min(k + 1, len(tokens) - 1)].text[:1].isdigit() for k, t in enumerate(tokens))


def _of(ctx: Context, m: Mission, mentions) -> str | None:
    """The sending side: right after the noun in the genitive, or an adjective before it."""
    tokens = ctx.ann.tokens
    for p in mentions:
        if m.start <= p.start < m.tok.i and p.form == "adj":
            return p.id
    j = m.tok.i + 1
    if m.kind == "embassy_office":
        j += 1  # "отделение посольства Беларуси"
    for p in mentions:
        if p.start in (j, j + 1) and tokens[p.start - 1].lower not in ("в", "во", "на"):
            return p.id if p.form != "adj" or tokens[p.stop].lemma == "посольство" else p.id
    for t in tokens[j: j + 2]:  # "представительство нашего региона", "представительство республики"
        if t.sent == m.tok.sent and t.case == "Gen":
            g = sides.generic(ctx, t)
            if g:
                return g
    return None


def _location_groups(ctx: Context, sent: int, mentions) -> list[tuple[int, list[str]]]:
    """Where-lists of a sentence, each with its first token: "в Казани и Уфе", "в городах Казань и
    Уфа", "в столице Татарстана", "в казахстанском городе Актау", "в вашей стране"."""
    tokens = ctx.ann.tokens
    groups: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = -1
    last_stop = -10
    capital_mode = False  # "в столицах Башкортостана и Татарстана"
    for p in mentions:
        if p.form == "adj" and p.stop < len(tokens) and tokens[p.stop].lemma in ("город", "столица"):
            continue
        prev = tokens[p.start - 1] if p.start > 0 else None
        if prev is None:
            continue
        intro = prev.lower in ("в", "во") or prev.lemma in ("город", "столица") and any(
            t.lower in ("в", "во") for t in tokens[max(p.start - 6, 0): p.start])
        capital = prev.lemma == "столица" or (prev.text in (",", "и") and capital_mode)
        target = capital_of(p.id) or p.id if capital else p.id
        if current and p.start - last_stop <= 1 and prev.text in (",", "и"):
            current.append(target)
        elif intro:
            if current:
                groups.append((start, current))
            current, start = [target], p.start
            capital_mode = prev.lemma == "столица"
        else:
            continue
        last_stop = p.stop
    if current:
        groups.append((start, current))
    for t in ctx.tokens_of(sent):
        if t.i > 1 and tokens[t.i - 1].lemma in ("ваш", "наш") and tokens[t.i - 2].lower in ("в", "во"):
            groups.append((t.i, [f"?{tokens[t.i - 1].lemma}"]))
        elif t.lemma == "столица" and not t.is_cap() and not any(m.start == t.i + 1 for m in mentions) and \
                any(x.lower in ("в", "во") for x in tokens[max(t.i - 4, 0): t.i]) and not groups:
            groups.append((t.i, ["?столица"]))  # "в самом сердце приволжской столицы"
    return sorted(groups)


def _assign(missions: list[Mission], groups: list[tuple[int, list[str]]],
            clause_at: dict[int, int] | None = None) -> dict[int, list[str]]:
    """Each where-list to its nearest mission; a mission with none shares the nearest list. A
    mission followed right away by a list of regions or cities sits there: "В Беларуси решено
    открыть консульства в Казани и Уфе" — the first place is where the decision was taken."""
    out: dict[int, list[str]] = {n: [] for n in range(len(missions))}
    if not missions or not groups:
        return out
    mine: dict[int, list[tuple[int, list[str]]]] = {n: [] for n in range(len(missions))}
    clause_at = clause_at or {}

    def same_clause(k: int, at: int) -> bool:  # "Посольство Беларуси: в Новосибирске откроется отделение"
        return clause_at.get(missions[k].tok.i) == clause_at.get(at)

    for at, places in groups:
        near = [k for k in range(len(missions)) if same_clause(k, at)]
        if not near:
            continue
        n = min(near, key=lambda k: abs(missions[k].tok.i - at))
        if abs(missions[n].tok.i - at) <= NEAR:
            mine[n].append((at, places))
    for n, found in mine.items():
        m = missions[n]
        # "консульства (Беларуси) в Казани": the list right after the mission's name
        reach = m.tok.i + (4 if m.kind == "embassy_office" else 3)
        after = [g for g in found if m.tok.i < g[0] <= reach and not all("-" not in p for p in g[1])]
        for _, places in after or found:
            out[n] += places
    for n, m in enumerate(missions):
        near = [g for g in groups if abs(g[0] - m.tok.i) <= NEAR and same_clause(n, g[0])]
        if not out[n] and near:
            out[n] = list(min(near, key=lambda g: abs(g[0] - m.tok.i))[1])
    return out


NEAR = 12  # tokens between a mission and where it sits


def _resolve_where(ctx: Context, place: str, of: str) -> str | None:
    """"?ваш" (the addressee's country: the other side), "?столица" (the host side's capital)."""
    other = ctx.other_camp(of)
    if place == "?ваш":
        return other.best if other is not None else None
    if place == "?наш":
        mine = ctx.camp_of(of)
        return None if mine is None else (other.best if other is not None else None)
    if place == "?столица":
        if other is None:
            return None
        return other.best if ctx.gz.level(other.best) == "city" else capital_of(other.best)
    return place


def _sender(ctx: Context, m: Mission, where: list[str]) -> str | None:
    """No sender named: the side the mission's place is not on ("В Беларуси решено открыть
    генеральные консульства в Казани и Уфе")."""
    known = [w for w in where if not w.startswith("?")]
    if not known:
        return None
    other = ctx.other_camp(known[0])
    if other is None:
        return None
    country = [p for p in other.weights if "-" not in p]
    if m.kind in ("consulate", "embassy", "embassy_office"):
        return country[0] if country else country_of(other.best)  # only a state sends diplomats
    return other.best


def extract(ctx: Context) -> list[InstitutionFact]:
    facts: list[InstitutionFact] = []
    for s in ctx.sentences:
        mentions = [p for p in ctx.places_in(s.index, sides_only=False) if p.id and not p.id.startswith("?")]
        missions = _missions(ctx, s.index)
        clause_at = {t.i: k for k, c in enumerate(split_clauses(ctx.tokens_of(s.index))) for t in c}
        where_of = _assign(missions, _location_groups(ctx, s.index, mentions), clause_at)
        for n, m in enumerate(missions):
            status = _status(ctx, m)
            if status is None:
                continue
            of = _of(ctx, m, mentions) or _sender(ctx, m, where_of[n]) or (facts[-1].of if facts else None)
            if of is None:
                continue
            date = _date(ctx, m) if status == "opened" else None
            for raw in where_of[n]:
                place = _resolve_where(ctx, raw, of)
                if place is None or place == of or sides.same_camp(ctx, place, of) and country_of(place) == country_of(of):
                    continue
                facts.append(InstitutionFact(kind=m.kind, of=of, in_=place, status=status, date=date,
                                             evidence=ctx.evidence(s.index)))
    return merge(facts)


def _date(ctx: Context, m: Mission) -> str | None:
    """When it opened: a date of its sentence; else, in news of the day ("сегодня", "с
    сегодняшнего дня"), the publication date."""
    for d in ctx.in_sentence(ctx.dates, m.tok.sent):
        if _deadline(ctx, m.tok.sent):
            break
        value = resolve(d.value, ctx.document.published)
        if value:
            return value
    today = any(t.lemma in ("сегодня", "сегодняшний") for t in ctx.ann.tokens)
    if today and ctx.document.published:
        return ctx.document.published.isoformat()
    return None


def merge(facts: list[InstitutionFact]) -> list[InstitutionFact]:
    """One fact per mission: "генконсульство Индии в Татарстане" and "в Казани" are one, at the
    city; a mission's later, firmer news wins ("откроется" then "открылось")."""
    out: list[InstitutionFact] = []
    for f in facts:
        old = next((o for o in out if (o.kind == f.kind or "other" in (o.kind, f.kind)) and o.of == f.of
                    and (o.in_.startswith(f.in_) or f.in_.startswith(o.in_))
                    and (o.status == f.status or "exists" in (o.status, f.status) and o.in_ != f.in_)), None)
        if old is None:
            out.append(f)
            continue
        if len(f.in_) > len(old.in_):
            old.in_ = f.in_
        if old.kind == "other":
            old.kind = f.kind
        if STATUS_RANK[f.status] > STATUS_RANK[old.status]:
            old.status = f.status
        old.date = old.date or f.date
    return out


STATUS_RANK = {"planned": 0, "exists": 1, "opened": 2}
