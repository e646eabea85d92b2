"""agreement — a cooperation document signed, concluded, approved, or named as concluded.

Rules:
- a document noun ("соглашение", "план мероприятий", "программа сотрудничества", "протокол",
  "меморандум", "договор", "дорожная карта", "декларация", "совместное заявление") is a fact
  when a signing verb that reports a done thing governs it ("подписали", "заключено",
  "скрепили подписями"), when its signing is reported ("во время подписания плана"), or when it
  is named as in force ("в рамках Соглашения от 12 декабря 2019 года", "действуют соглашения");
- not when it is planned, hoped or merely discussed ("намерена подписать", "ожидается
  подписание", "будет выработана дорожная карта"), a draft, or an aggregate ("26 соглашений",
  "ряд соглашений", "заключенных соглашений" with no sides of their own);
- twinning whatever the document is called ("побратимское соглашение"), and also without one
  ("Казань и Минск — города-побратимы");
- "соглашения с пятью регионами (Гомельской, Могилевской …)": one fact per listed partner;
- a bare "Соглашение", "Документ", "Его" after a document names that document again: it adds
  signatories ("Подписи под документом поставили …") but no new fact.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopwatch.extract import sides
from coopwatch.extract.clauses import governing_verb, negated, path_to_root, unrealised
from coopwatch.extract.context import Context
from coopwatch.facttypes.agreement import AgreementFact
from coopwatch.gazetteer.places import country_of
from coopwatch.nlp.annotate import Token
from coopwatch.nlp.grammars.date import resolve

SIGN_VERBS = {"подписать", "подписывать", "заключить", "заключать", "утвердить", "принять", "скрепить",
              "подписываться", "подписаться", "парафировать", "ратифицировать", "пролонгировать", "продлить"}
SIGN_NOUNS = {"подписание", "заключение", "утверждение", "подпись"}
WITNESSED = {"присутствие", "участие"}  # "в присутствии …", "при участии …": there, but not signing
IN_FORCE = {"действовать", "иметь", "реализовываться", "реализация", "рамка", "соответствие", "основа",
            "выполнение", "исполнение", "напомнить", "заключенный", "подписанный", "связывать"}
NOT_A_DOCUMENT = {"проект", "подготовка", "разработка", "проработка", "доработка", "выработка", "текст"}
AGGREGATE = {"ряд", "несколько", "пакет", "десяток", "сотня", "множество", "более", "свыше", "около", "порядка",
             "десятки", "сотни", "всего", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
             "десять", "пара", "другой", "новый", "включая", "иной"}
PLAN_QUALIFIERS = {"мероприятие", "сотрудничество", "действие", "развитие", "работа", "совместный", "реализация",
                   "взаимодействие", "межмуниципальный", "межрегиональный"}
KINDS = {"соглашение": "agreement", "меморандум": "memorandum", "протокол": "protocol", "договор": "contract",
         "контракт": "contract", "декларация": "declaration", "коммюнике": "declaration"}
ANAPHORA = {"документ", "он", "она", "они"}
PERIODIC_KINDS = {"plan", "roadmap"}


@dataclass
class DocMention:
    kind: str
    tok: Token  # the head noun
    stop: int  # end of its own phrase (before the next document noun)
    plural: bool


def _kind(ctx: Context, t: Token) -> str | None:
    tokens = ctx.ann.tokens
    nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) and tokens[t.i + 1].sent == t.sent else None
    prev = tokens[t.i - 1] if t.i > 0 and tokens[t.i - 1].sent == t.sent else None
    if t.lemma in KINDS:
        return KINDS[t.lemma]
    if t.lemma == "план" and (t.text[0] == "П" or nxt is not None and nxt.lemma in PLAN_QUALIFIERS):
        return "plan"
    if t.lemma == "программа" and nxt is not None and nxt.lemma in PLAN_QUALIFIERS:
        return "plan"
    if t.lemma == "карта" and prev is not None and prev.lemma == "дорожный":
        return "roadmap"
    if t.lemma == "заявление" and prev is not None and prev.lemma == "совместный":
        return "declaration"
    return None


def _doc_mentions(ctx: Context, sent: int) -> list[DocMention]:
    tokens = ctx.tokens_of(sent)
    out: list[DocMention] = []
    for t in tokens:
        kind = _kind(ctx, t)
        if kind:
            out.append(DocMention(kind, t, tokens[-1].i + 1, t.feats.get("Number") == "Plur"))
    for a, b in zip(out, out[1:]):
        a.stop = b.tok.i
    for d in out:  # the phrase ends at the first verb after the noun
        verb = next((t.i for t in tokens if d.tok.i < t.i < d.stop and t.pos == "VERB"
                     and t.feats.get("VerbForm") != "Part"), None)
        if verb is not None:
            d.stop = verb
    for d in out:
        around = ctx.ann.tokens[max(d.tok.i - 2, tokens[0].i): min(d.stop, d.tok.i + 8)]
        if any("побратим" in x.lower for x in around):
            d.kind = "twinning"
        elif d.tok.i > 0 and ctx.ann.tokens[d.tok.i - 1].lemma in ("аналогичный", "такой же"):
            d.kind = "same"  # "аналогичные соглашения": the kind of the document before
    return out


def _aggregate(ctx: Context, d: DocMention) -> bool:
    """"26 соглашений", "ряд соглашений", "более десятка соглашений": a count, not documents.
    The count stands right before the noun (adjectives may come between)."""
    tokens = ctx.ann.tokens
    first = ctx.tokens_of(d.tok.sent)[0].i
    k = d.tok.i - 1
    while k >= first and tokens[k].pos == "ADJ" and not tokens[k].text.isdigit():
        k -= 1
    for t in tokens[max(k - 1, first): k + 1]:
        year = t.text.isdigit() and len(t.text) == 4
        if t.lemma in AGGREGATE or (t.pos == "NUM" or t.text.isdigit()) and t.text not in ("1", "один") and not year:
            return True
    return any(c.head == d.tok.i and c.rel == "nummod" and c.text not in ("1", "один") for c in ctx.tokens_of(d.tok.sent))


def _status(ctx: Context, d: DocMention) -> bool:
    """Is this document reported as concluded or in force?"""
    ann = ctx.ann
    path = path_to_root(ann, d.tok)
    if any(t.lemma in NOT_A_DOCUMENT for t in path[:2]) or d.tok.i > 0 and ann.tokens[d.tok.i - 1].lemma in NOT_A_DOCUMENT:
        return False
    if unrealised(ann, d.tok) or negated(ann, d.tok):
        return False
    lemmas = {t.lemma for t in path[:4]}
    if lemmas & SIGN_VERBS or lemmas & SIGN_NOUNS or lemmas & IN_FORCE:
        return True
    verb = governing_verb(ann, d.tok)
    if verb is not None and verb.lemma in SIGN_VERBS:
        return True
    # "Соглашение … (от 12 декабря 2019 года)", "Соглашении 2019 года": a dated document exists
    return bool(_own_date(ctx, d)) or _sentence_signs(ctx, d)


def _sentence_signs(ctx: Context, d: DocMention) -> bool:
    """A signing verb in the clause of the document noun, not under an intention."""
    for t in ctx.tokens_of(d.tok.sent):
        if t.lemma in SIGN_VERBS | SIGN_NOUNS and abs(t.i - d.tok.i) <= 12 and not unrealised(ctx.ann, t):
            between = ctx.ann.tokens[min(t.i, d.tok.i): max(t.i, d.tok.i)]
            if not any(x.text == ";" for x in between):
                return True
    return False


def _phrase_span(ctx: Context, d: DocMention) -> tuple[int, int]:
    tokens = ctx.ann.tokens
    return tokens[d.tok.i].start, tokens[d.stop - 1].stop if d.stop > d.tok.i else tokens[d.tok.i].stop


def _own_date(ctx: Context, d: DocMention) -> str | None:
    """A date inside the document's own phrase ("Соглашение от 12 декабря 2019 года")."""
    s, e = _phrase_span(ctx, d)
    for m in ctx.dates:
        if s < m.start < e and not _in_range(ctx, m.start) and m.value.year is not None:
            value = resolve(m.value, ctx.document.published)
            if value and (d.kind not in PERIODIC_KINDS or m.value.month is not None):
                return value
    return None


def _in_range(ctx: Context, char: int) -> bool:
    return any(r.start <= char < r.stop for r in ctx.year_ranges)


def _clause_date(ctx: Context, d: DocMention, mentions: list[DocMention], verb: Token | None) -> str | None:
    """The signing date: the document's own ("от …"), else a date of its sentence outside the
    phrases of the other documents ("Сегодня, 19 июня, … подписали соглашение"); a bare year
    only right beside the verb or the noun ("в 2019 году подписано Соглашение")."""
    own = _own_date(ctx, d)
    if own:
        return own
    others = [_phrase_span(ctx, o) for o in mentions if o is not d]
    anchors = [ctx.ann.tokens[d.tok.i].start] + ([verb.start] if verb is not None else [])
    for m in ctx.in_sentence(ctx.dates, d.tok.sent):
        if any(a < m.start < b for a, b in others) or _in_range(ctx, m.start):
            continue
        if m.value.month is None and m.value.year is not None and min(abs(m.start - a) for a in anchors) > 40 \
                and not _governed_by(ctx, m.start, verb):
            continue
        value = resolve(m.value, ctx.document.published)
        if value:
            return value
    return None


def _governed_by(ctx: Context, char: int, verb: Token | None) -> bool:
    """"Ранее, в 2021 году, области утвердили программу": the year depends on the verb itself."""
    if verb is None:
        return False
    tok = next((t for t in ctx.tokens_of(verb.sent) if t.start >= char), None)
    return tok is not None and any(t.i == verb.i for t in path_to_root(ctx.ann, tok, limit=2))


def _period(ctx: Context, d: DocMention, linked_stop: int | None = None) -> list[int | None] | None:
    """The years the document covers: in its own phrase, or for a plan or programme after the
    phrase of the document it implements ("план мероприятий по реализации соглашения между … на
    2024–2026 годы")."""
    s, e = _phrase_span(ctx, d)
    if linked_stop is not None and d.kind in PERIODIC_KINDS and linked_stop > d.stop:
        e = ctx.ann.tokens[linked_stop - 1].stop
    for m in ctx.year_ranges:
        if s <= m.start < e:
            return m.value
    if d.kind in PERIODIC_KINDS:  # "дорожную карту … в 2024 году": the year it covers
        for m in ctx.dates:
            if s < m.start < e and m.value.year and m.value.month is None and m.value.year_shift is None:
                return [m.value.year, m.value.year]
    return None


def _signatories(ctx: Context, sent: int) -> list[str]:
    """People named in the signing sentence, not those in whose presence they signed; "он"/"она"
    is the person last named before."""
    out = []
    for m in ctx.people_in(sent):
        p = m.person
        tok = ctx.ann.tokens[m.start]
        if any(t.lemma in WITNESSED for t in path_to_root(ctx.ann, tok, limit=6)):
            continue
        if (" " in p.name or ctx.role_of(p)) and p.name not in out:
            out.append(p.name)
    if any(t.lower in ("он", "она") for t in ctx.tokens_of(sent)) and sent > 0:
        before = ctx.people_in(sent - 1)
        if before and before[-1].person.name not in out:
            out.insert(0, before[-1].person.name)
    return out


def _bare(ctx: Context, d: DocMention) -> bool:
    """A document noun with nothing of its own ("Соглашение предусматривает …")."""
    tokens = ctx.ann.tokens
    nxt = tokens[d.tok.i + 1] if d.tok.i + 1 < len(tokens) and tokens[d.tok.i + 1].sent == d.tok.sent else None
    own_words = nxt is not None and (nxt.lower in ("о", "об", "между", "с", "от", "по", "на", "до") or nxt.case == "Gen")
    return not own_words and not _own_date(ctx, d) and not _period(ctx, d) and d.kind != "twinning" \
        and not any(d.tok.i < m.start < d.stop for m in ctx.places_in(d.tok.sent))


LINKS = {"реализация", "к", "исполнение", "выполнение", "развитие", "рамка"}


def _linked_stop(ctx: Context, d: DocMention, mentions: list[DocMention]) -> int:
    """"план мероприятий по реализации соглашения … между A и B": the plan's sides are in the
    phrase of the document it implements."""
    stop = d.stop
    for nxt in mentions:
        if nxt.tok.i < d.stop:
            continue
        if nxt.tok.i == stop and any(t.lemma in LINKS for t in ctx.ann.tokens[d.tok.i: nxt.tok.i]):
            stop = nxt.stop
    return stop


def _implemented(ctx: Context, d: DocMention, mentions: list[DocMention]) -> bool:
    """The document a plan implements ("дорожная карта по реализации соглашения … на 2025–2026
    годы"): the years at the end are the plan's, not this document's."""
    return any(p.kind in PERIODIC_KINDS and p.stop <= d.tok.i < _linked_stop(ctx, p, mentions)
               for p in mentions if p is not d)


def _orgs(ctx: Context, d: DocMention) -> list[str]:
    """Organisations that are the parties: "между свободной экономической зоной «Минск» и
    Ассоциацией кластеров" (not scored, shown to users)."""
    from coopwatch.extract.context import GOVERNMENT_NOUNS

    tokens = ctx.tokens_of(d.tok.sent)
    start = next((t.i for t in tokens if t.i > d.tok.i and t.lower == "между"), None)
    if start is None:
        return []
    out = []
    # "Витебским областным исполнительным комитетом": an authority is its territory, not an organisation
    authority = {i for m in ctx.places_in(d.tok.sent, sides_only=False) if m.form == "authority"
                 for i in range(m.start, m.stop)}
    for span in ctx.ann.spans:
        if span.type != "ORG" or not span.tokens or span.tokens[0].sent != d.tok.sent:
            continue
        first = span.tokens[0]
        if any(t.i in authority for t in span.tokens):
            continue
        if start < first.i <= start + 25 and first.lemma not in GOVERNMENT_NOUNS:
            name = " ".join((span.normal or span.text).replace("«", "").replace("»", "").replace('"', "").split())
            if name and name not in out:
                out.append(name)
    return out[:2]


def _more_between(ctx: Context, d: DocMention, mentions: list[DocMention]) -> list[list[str]]:
    """"соглашения между Татарстаном и Гомельской областью, а также между Казанью и Гомелем": one
    pair per further "между" before the next document."""
    nxt = min((m.tok.i for m in mentions if m.tok.i > d.tok.i), default=None)
    tokens = [t for t in ctx.tokens_of(d.tok.sent) if t.i > d.tok.i and (nxt is None or t.i < nxt)]
    starts = [t.i for t in tokens if t.lower == "между"][1:]
    out = []
    for k, i in enumerate(starts):
        pair = sides.between(ctx, d.tok.sent, i, starts[k + 1] if k + 1 < len(starts) else nxt)
        if len(pair) >= 2 and not sides.same_camp(ctx, pair[0], pair[1]):
            out.append(pair[:2])
    return out


def _parties(ctx: Context, d: DocMention, verb: Token | None, mentions: list[DocMention]) -> list[list[str]]:
    """One or more party pairs for a document mention."""
    sent = d.tok.sent
    btw = sides.between(ctx, sent, d.tok.i, _linked_stop(ctx, d, mentions))
    if len(btw) >= 2 and not sides.same_camp(ctx, btw[0], btw[1]):
        return [btw[:2]] + (_more_between(ctx, d, mentions) if d.plural else [])
    start = min(d.tok.i, verb.i) if verb is not None else d.tok.i
    partners = sides.partners_after(ctx, sent, start, d.stop if verb is None or verb.i < d.tok.i else None)
    subjects = sides.subjects_before(ctx, sent, verb) if verb is not None and verb.i > d.tok.i else \
        sides.subjects_before(ctx, sent, d.tok)
    own = [m.id for m in sides.side_mentions(ctx, sent, d.tok.i + 1, d.stop) if not sides.venue(ctx, m)]
    signers = sides.people_sides(ctx, ctx.people_in(sent))
    generic = sides.generics_in(ctx, sent)
    home_named = [p for p in subjects if not any(sides.same_camp(ctx, p, q) for q in partners)]
    if len(partners) >= 2 and (all(country_of(p) == country_of(partners[0]) for p in partners) or home_named):
        # "соглашения с Москвой, Казанью и Миассом", "Уфа заключила соглашения с Бишкеком и Ташкентом"
        home = [p for p in subjects + own + btw + signers if not any(sides.same_camp(ctx, p, q) for q in partners)]
        other = ctx.other_camp(partners[0])
        home_id = home[0] if home else (other.best if other is not None and other.named else None)
        return [[home_id, p] for p in dict.fromkeys(partners)] if home_id else []
    if d.plural and not (btw or partners or own):
        return []  # "заключенных соглашений", "включая дорожные карты": no sides of their own
    everything = [m.id for m in sides.side_mentions(ctx, sent) if not sides.venue(ctx, m)]
    pair = sides.pair(ctx, btw, own, subjects, partners, signers, generic, everything)
    if pair is None and not everything and not generic:
        pair = sides.camps_pair(ctx)
    return [pair] if pair else []


def extract(ctx: Context) -> list[AgreementFact]:
    facts: list[AgreementFact] = []
    last: AgreementFact | None = None
    for s in ctx.sentences:
        mentions = _doc_mentions(ctx, s.index)
        made = False
        for d in mentions:
            if _aggregate(ctx, d) or not _status(ctx, d):
                continue
            verb = governing_verb(ctx.ann, d.tok)
            # the people of the sentence signed the documents the signing verb itself governs
            direct = verb is not None and verb.lemma in SIGN_VERBS and d.tok.head == verb.i
            signers = _signatories(ctx, s.index) if direct or (d is mentions[0] and _sentence_signs(ctx, d)) else []
            if last is not None and _bare(ctx, d):
                _add_signers(last, signers)
                made = True
                continue
            if d.kind == "same":
                d.kind = last.kind if last is not None else "agreement"
            for parties in _parties(ctx, d, verb, mentions):
                fact = AgreementFact(kind=d.kind, parties=parties, date=_clause_date(ctx, d, mentions, verb),
                                     period=None if _implemented(ctx, d, mentions) else _period(ctx, d, _linked_stop(ctx, d, mentions)),
                                     signatories=list(signers), orgs=_orgs(ctx, d),
                                     evidence=ctx.evidence(s.index))
                facts.append(fact)
                last = fact
                made = True
        if not made:
            twin = _twinning_statement(ctx, s.index)
            if twin:
                facts.append(twin)
                last = twin  # "Соглашение подписали …" next names it again
            elif last is not None and _signs_last(ctx, s.index):
                _add_signers(last, _signatories(ctx, s.index))
    return merge(facts)


def _add_signers(fact: AgreementFact, names: list[str]) -> None:
    for name in names:
        if name not in fact.signatories:
            fact.signatories.append(name)


def _signs_last(ctx: Context, sent: int) -> bool:
    """"Подписи под документом поставили …", "Документ скрепили подписями …", "Его подписали …"."""
    lemmas = {t.lemma for t in ctx.tokens_of(sent)}
    return bool(lemmas & {"подпись", "подписать", "скрепить", "подписывать"}) and bool(lemmas & (ANAPHORA | {"подпись"}))


def _twinning_statement(ctx: Context, sent: int) -> AgreementFact | None:
    """"Казань и Минск стали городами-побратимами", "давние побратимские связи"."""
    tokens = ctx.tokens_of(sent)
    hit = next((t for t in tokens if "побратим" in t.lower), None)
    if hit is None or unrealised(ctx.ann, hit):
        return None
    places = [m.id for m in sides.side_mentions(ctx, sent) if ctx.gz.level(m.id) != "country"]
    pair = sides.pair(ctx, places)
    if pair is None and not places:
        pair = sides.camps_pair(ctx)
    if pair is None or any(ctx.gz.level(p) == "country" for p in pair):
        return None
    return AgreementFact(kind="twinning", parties=pair, date=_twinned_since(ctx, sent, hit),
                         evidence=ctx.evidence(sent))


def _twinned_since(ctx: Context, sent: int, hit: Token) -> str | None:
    """"побратимы с 1993 года", "отношения установлены в 1993 году": a date right beside the word
    or on its verb, not one elsewhere in the sentence."""
    verb = governing_verb(ctx.ann, hit)
    for m in ctx.in_sentence(ctx.dates, sent):
        if _in_range(ctx, m.start):
            continue
        if abs(m.start - hit.stop) <= 12 or _governed_by(ctx, m.start, verb):
            value = resolve(m.value, ctx.document.published)
            if value:
                return value
    return None


def _same_sides(a: list[str], b: list[str]) -> bool:
    """The same two sides, one of them named more precisely in one mention ("Казань и Беларусь"
    ~ "Казань и Минск")."""
    def near(x: str, y: str) -> bool:
        return x.startswith(y) or y.startswith(x)
    if len(a) != 2 or len(b) != 2:
        return False
    return any(a[i] == b[j] and near(a[1 - i], b[1 - j]) for i in (0, 1) for j in (0, 1))


def merge(facts: list[AgreementFact]) -> list[AgreementFact]:
    """One fact per kind and pair of sides: mentions of one document across sentences, the
    sides kept at the most precise level any mention gives."""
    out: dict[tuple, AgreementFact] = {}
    for f in facts:
        key = (f.kind, frozenset(f.parties))
        # a twinning is never between countries: "в Беларусь … из Казани" and "Минск … Казань" are one
        old = out.get(key) or next((o for k, o in out.items() if k[0] == f.kind == "twinning"
                                    and _same_sides(o.parties, f.parties)), None)
        if old is None:
            out[key] = f
            continue
        if sum(len(p) for p in f.parties) > sum(len(p) for p in old.parties):
            old.parties = f.parties
        if f.date and (not old.date or len(f.date) > len(old.date)):
            old.date = f.date
        if f.period and not old.period:
            old.period = f.period
        _add_signers(old, f.signatories)
    return list(out.values())
