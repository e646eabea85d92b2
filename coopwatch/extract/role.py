"""role — a person's position: ``{person, title, of}``.

Whose position a title is (``of``), first rule that answers:
1. an organisation named in the title ("председатель концерна «Белнефтехим»");
2. a territory named in it, or by an adjective before it ("Раис Татарстана", "председатель
   Минского облисполкома", "белорусский вице-премьер") — with a generic word, the country's
   region or city of the document ("губернатор российского региона");
3. a title only one territory has ("Раис" → Татарстан);
4. a generic word for a side of the document ("глава региона", "президент страны");
5. the same title with its territory elsewhere in the document ("вице-премьер Игорь Ляшенко" …
   "белорусский вице-премьер"), or the title of the official it serves ("помощник президента" …
   "президент Татарстана");
6. the delegation it leads ("делегация Брянской областной думы во главе с председателем …"), else
   the nearest territory before it, in its sentence or the one before, that fits the kind of
   position ("делегация Курской области … В составе делегации: министр промышленности …");
7. the one document side whose kind of territory fits (a governor → the Russian region).
One fact per person and ``of``; the fuller title wins.
"""

from __future__ import annotations

from coopwatch.extract.context import Context
from coopwatch.extract.titles import TitleMention, title_defs
from coopwatch.facttypes.role import RoleFact
from coopwatch.gazetteer.places import capital_of, country_of

# positions that exist only in one country's regions
TITLE_COUNTRY = {"аким": "KZ", "хоким": "UZ"}
# a governor heads a Russian region, a Chinese province, an Armenian marz…, but never a region of
# a country whose regional heads have titles of their own (председатель облисполкома, аким, хоким)
GOVERNOR = {"губернатор", "вице-губернатор", "замгубернатор", "замгубернатора"}
NO_GOVERNORS = {"BY", "KZ", "UZ", "TJ"}


def _is_place(value: str) -> bool:
    return value[:2].isalpha() and value[:2].isupper() and (len(value) == 2 or value[2] in "-/")


def _fits(t: TitleMention, place_id: str, ctx: Context) -> bool:
    """Can a position of this kind belong to this territory?"""
    country = t.country or TITLE_COUNTRY.get(t.head)
    if country and country_of(place_id) != country:
        return False
    if t.head in GOVERNOR and country_of(place_id) in NO_GOVERNORS:
        return False
    level = ctx.gz.level(place_id)
    scopes = set(t.scope.split("|"))
    return "any" in scopes or level in scopes


def _named(t: TitleMention, ctx: Context) -> str | None:
    named = [m for m in t.places if m.form != "adj"]
    if named:
        m = named[0]
        if t.generic == "capital":
            return capital_of(m.resolved) or m.resolved
        return m.resolved
    if t.places:  # adjectives only: "белорусский вице-премьер", "губернатор российского региона"
        adj = t.places[0].resolved
        if t.generic in ("region", "city") and ctx.gz.level(adj) == "country":
            inside = [p for c in ctx.camps for p in c.weights
                      if country_of(p) == adj and ctx.gz.level(p) == t.generic]
            if inside:
                return max(inside, key=lambda p: ctx.camp_of(p).weights[p])
        return adj
    return None


def _generic(t: TitleMention, ctx: Context) -> str | None:
    """"глава региона" → the document's region; "президент страны" → its foreign country."""
    kind = t.generic
    if kind == "capital" or t.plural:
        return None  # "президенты двух стран": which is whose, the text does not say here
    # a side that is itself of that kind ("глава региона" beside "Республика Беларусь" is the region)
    fits = [c.best for c in ctx.camps if _level_is(ctx, c.best, kind)]
    if not fits:
        for camp in ctx.camps:
            members = [p for p in camp.weights if _level_is(ctx, p, kind)]
            if members:
                fits.append(max(members, key=camp.weights.get))
    return _nearest_of(t, fits, ctx)


def _level_is(ctx: Context, place_id: str, kind: str) -> bool:
    return ("-" not in place_id) if kind == "country" else ctx.gz.level(place_id) == kind


def _nearest_of(t: TitleMention, candidates: list[str], ctx: Context) -> str | None:
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    before = [m for m in ctx.places if m.start < t.start and m.id in candidates]
    return before[-1].id if before else candidates[0]


def _same_title(t: TitleMention, ctx: Context) -> str | None:
    same = {o.of for o in ctx.titles if o is not t and o.of and o.text == t.text
            and (o.person is None or o.person is t.person)}
    if len(same) == 1:
        return same.pop()
    # "помощник президента": whose president the document says elsewhere
    defs = title_defs()
    served = [w for w in t.text.split()[1:] if w in defs]
    if served:
        of = {o.of for o in ctx.titles if o is not t and o.of and o.head == served[0] and "-" in o.of[:3] + "-"}
        if len(of) == 1:
            return of.pop()
    return None


def _nearby(t: TitleMention, ctx: Context) -> str | None:
    """The nearest territory before the title in its sentence or the previous one."""
    tokens = ctx.ann.tokens
    for m in reversed([m for m in ctx.places if m.start < t.start and t.sent - 1 <= m.sent <= t.sent
                       and not m.in_org and m.id]):
        if m.start > 0 and tokens[m.start - 1].lower in ("в", "во"):
            continue  # where something happens, not whose official it is
        if _fits(t, m.id, ctx) and m.form != "adj":
            return m.id
    return None


def _delegation_head(t: TitleMention, ctx: Context) -> str | None:
    """"делегация Брянской областной думы во главе с председателем Михаилом Ивановым": the head
    of a delegation holds a post of the delegation's territory."""
    tokens = ctx.ann.tokens
    lead = tokens[max(t.start - 3, 0): t.start]
    if not any(x.lemma in ("глава", "возглавлять", "возглавляемый", "руководство") for x in lead):
        return None
    delegation = next((x for x in reversed(tokens[max(t.start - 15, 0): t.start])
                       if x.lemma == "делегация" and x.sent == t.sent), None)
    if delegation is None:
        return None
    for m in ctx.places:  # "делегация Брянской области", "брянская делегация"
        own = delegation.i < m.start <= delegation.i + 4 or m.form == "adj" and m.stop == delegation.i
        if m.id and m.sent == t.sent and own and m.start < t.start:
            return m.id if _fits(t, m.id, ctx) else None
    return None


def _coordinated(t: TitleMention, ctx: Context) -> str | None:
    """"президент страны Александр Лукашенко и премьер-министр Андрей Кобяков": the second
    title shares the first one's territory."""
    tokens = ctx.ann.tokens
    for o in ctx.titles:
        if o.of and o.person_mention is not None and o.person_mention.stop + 1 == t.start \
                and tokens[o.person_mention.stop].text in ("и", ",") and _is_place(o.of) and _fits(t, o.of, ctx):
            return o.of
    return None


def _by_scope(t: TitleMention, ctx: Context) -> str | None:
    fits = []
    for camp in ctx.camps:
        ok = [p for p in camp.weights if _fits(t, p, ctx)]
        if ok:
            fits.append(max(ok, key=camp.weights.get))
    return fits[0] if len(fits) == 1 else None


def _corefer(ctx: Context) -> None:
    """"Губернатор провел встречу …" after "губернатором Александром Богомазом": a title without a
    name is the one person of the document who holds it (for participants and heads, not roles)."""
    for t in ctx.titles:
        if t.person is not None:
            continue
        holders = {o.person.name: o.person for o in ctx.titles if o.person is not None and o.head == t.head
                   and (t.of is None or o.of == t.of)}
        if len(holders) == 1:
            t.person = next(iter(holders.values()))
            t.coref = True


def resolve(t: TitleMention, ctx: Context) -> str | None:
    """What the title says by itself (rules 1–4)."""
    if t.org:
        return t.org
    named = _named(t, ctx)
    if named:
        return named
    if t.implies:
        return t.implies
    if t.generic:
        return _generic(t, ctx)
    return None


def extract(ctx: Context) -> list[RoleFact]:
    for t in ctx.titles:
        t.of = resolve(t, ctx)
    for t in ctx.titles:
        if t.of is None and t.person is not None and not (t.plural and t.generic):
            t.of = _same_title(t, ctx) or _coordinated(t, ctx) or _delegation_head(t, ctx) or _nearby(t, ctx) \
                or _by_scope(t, ctx)
    _corefer(ctx)
    facts: dict[tuple[str, str], RoleFact] = {}
    for t in ctx.titles:
        if t.person is None or t.former or t.of is None or t.coref:
            continue
        key = (t.person.surname, t.of)
        fact = RoleFact(person=t.person.name, title=t.text, of=t.of, evidence=ctx.evidence(t.sent))
        old = facts.get(key)
        if old is None or len(fact.title) > len(old.title):
            facts[key] = fact
    return list(facts.values())
