"""role — a person's position: ``{person, title, of}``.

Rules, in order, for whose position a title is (``of``):
1. an organisation named in the title ("председатель концерна «Белнефтехим»");
2. a territory named in it or by an adjective before it ("Раис Татарстана", "белорусский
   вице-премьер", "председатель Минского облисполкома");
3. a title only one territory has ("Раис" → Татарстан);
4. a generic word for a side of the document ("глава региона", "президент страны");
5. the same title elsewhere in the document with its territory ("вице-премьер Игорь Ляшенко" …
   "белорусский вице-премьер");
6. the document side whose kind of territory fits the title (a governor → the Russian region,
   a chairman of an oblast executive committee → the Belarusian oblast).
One fact per person and ``of``; the fuller title wins.
"""

from __future__ import annotations

from coopwatch.extract.context import Context
from coopwatch.extract.titles import TitleMention
from coopwatch.gazetteer.places import country_of
from coopwatch.models import RoleFact

# titles whose holder belongs to a first-level region or a city of a given country
COUNTRY_OF_TITLE = {"губернатор": "RU", "вице-губернатор": "RU", "замгубернатор": "RU", "замгубернатора": "RU",
                    "аким": "KZ", "хоким": "UZ"}


def resolve_title(t: TitleMention, ctx: Context) -> str | None:
    if t.org:
        return t.org
    named = [m for m in t.places if m.form != "adj"] or t.places
    if named:
        m = named[-1] if t.generic == "capital" else named[0]
        if t.generic == "capital":
            return capital_of(m.resolved, ctx) or m.resolved
        return m.resolved
    if t.implies:
        return t.implies
    if t.generic:
        side = _generic_side(t, ctx)
        if side:
            return side
    return None


def capital_of(place_id: str, ctx: Context) -> str | None:
    from coopwatch.gazetteer.places import capital_of as gz_capital

    return gz_capital(place_id)


def _generic_side(t: TitleMention, ctx: Context) -> str | None:
    """"глава региона" → the document's region; "президент страны" → its country."""
    kind = t.generic
    fits = []
    for camp in ctx.camps:
        level = ctx.gz.level(camp.best)
        if kind == "country":
            fits.append(country_of(camp.best) if level != "country" and len(ctx.camps) < 2 else camp.best)
        elif kind == "region" and level in ("region",):
            fits.append(camp.best)
        elif kind == "city" and level == "city":
            fits.append(camp.best)
    if kind == "country":
        fits = [f for f in fits if "-" not in f] or fits
    return _nearest(t, fits, ctx)


def _nearest(t: TitleMention, candidates: list[str], ctx: Context) -> str | None:
    """Of several candidate territories, the one mentioned closest before the title."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    before = [m for m in ctx.places if m.start < t.start and m.id in candidates]
    return before[-1].id if before else candidates[0]


def _by_scope(t: TitleMention, ctx: Context) -> str | None:
    """The document side whose territory fits the kind of position."""
    country = COUNTRY_OF_TITLE.get(t.head)
    fits = []
    for camp in ctx.camps:
        best = camp.best
        level = ctx.gz.level(best)
        if country and country_of(best) != country:
            continue
        if t.scope == "region" and level != "region":
            regions = [p for p in camp.weights if ctx.gz.level(p) == "region"]
            if regions:
                best, level = max(regions, key=camp.weights.get), "region"
            else:
                continue
        if t.scope == "city" and level != "city":
            cities = [p for p in camp.weights if ctx.gz.level(p) == "city"]
            if not cities:
                continue
            best = max(cities, key=camp.weights.get)
        if t.scope == "country" and level != "country":
            continue
        fits.append(best)
    if len(fits) == 1:
        return fits[0]
    return None


def extract(ctx: Context) -> list[RoleFact]:
    # pass 1: what each title says by itself
    for t in ctx.titles:
        t.of = resolve_title(t, ctx)
    # pass 2: the same title with its territory elsewhere; then the document's sides
    for t in ctx.titles:
        if t.of or t.person is None:
            continue
        same = {o.of for o in ctx.titles if o is not t and o.head == t.head and o.of
                and (o.person is None or o.person is t.person)}
        if len(same) == 1:
            t.of = same.pop()
            continue
        t.of = _by_scope(t, ctx)
    facts: dict[tuple[str, str], RoleFact] = {}
    for t in ctx.titles:
        if t.person is None or t.former:
            continue
        of = t.of
        if of is None:
            # a person with another, resolved title needs no guess here
            continue
        key = (t.person.surname, of)
        fact = RoleFact(person=t.person.name, title=t.text, of=of, evidence=ctx.evidence(t.sent))
        old = facts.get(key)
        if old is None or len(fact.title) > len(old.title):
            facts[key] = fact
    return list(facts.values())
