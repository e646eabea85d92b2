"""Who the sides of a fact are: rules every fact type shares.

A fact's sides come, in order of preference, from "между A и B", from places that are the
sentence's subjects ("Татарстан и Ташкентская область подписали"), from a partner after "с"
("соглашение с Вологодской областью"), from the territories of the people acting (signatories,
participants), from generic words ("стороны", "наш регион", "казахстанский субъект",
"облисполком") and, last, from the document's two camps.

A place adjective is a side only when it qualifies a word for a side ("белорусская сторона",
"омская делегация"), not a company or a market ("белорусских компаний", "российский рынок").
"""

from __future__ import annotations

from coopwatch.extract.context import Camp, Context
from coopwatch.extract.rulebook import UNCHANGED, rule
from coopwatch.gazetteer.matcher import PlaceMention
from coopwatch.gazetteer.places import contains, country_of, district_names_of_town, region_of, related
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Token


def _side_mentions(ctx: Context, sent: int, adjectives: bool = False) -> list[PlaceMention]:
    """Place mentions of a sentence that can be sides: adjectives only before side nouns (or
    all of them, for trade: "белорусский экспорт"); a region in "столица Татарстана Казань", or
    right after its own district or city, gives way to it."""
    mentions = [m for m in ctx.places_in(sent) if m.id and not m.id.startswith("?")]
    out = []
    for n, m in enumerate(mentions):
        if m.form == "adj" and (not adjectives and not adjective_is_side(ctx, m) or set_of_places(ctx, m)):
            continue
        if capital_named_after(ctx, m, mentions[n + 1] if n + 1 < len(mentions) else None):
            continue
        if adjective_of_named_part(ctx, m, mentions[n + 1] if n + 1 < len(mentions) else None):
            continue
        if n > 0 and region_after_its_part(ctx, mentions[n - 1], m):
            continue
        out.append(m)
    return out


@rule("sides.capital_named_after", "'столица Татарстана Казань': the region only says whose capital the city is",
      "Делегация прибыла в столицу Татарстана Казань.", off=False)
def capital_named_after(ctx: Context, m: PlaceMention, nxt: PlaceMention | None) -> bool:
    tokens = ctx.ann.tokens
    return m.start > 0 and tokens[m.start - 1].lemma == "столица" and nxt is not None and nxt.start == m.stop


@rule("sides.adjective_of_named_part", "'Брест и китайский город Лишуй', 'в казахстанском городе Актау': a country's "
      "adjective before a noun and the name of a place inside it only says where that place is", "Брест и китайский "
      "город Лишуй подписали соглашение о побратимстве.", off=False)
def adjective_of_named_part(ctx: Context, m: PlaceMention, nxt: PlaceMention | None) -> bool:
    tokens = ctx.ann.tokens
    return m.form == "adj" and nxt is not None and nxt.form != "adj" and 0 < nxt.start - m.stop <= 2 \
        and all(t.pos == "NOUN" for t in tokens[m.stop:nxt.start]) and nxt.id != m.id and contains(m.id, nxt.id)


@rule("sides.forum_name_place", "'дорожной карты, подписанной в рамках XX Форума межрегионального "
      "сотрудничества Казахстана и России': the places of a forum's name are the forum's, not a document's or a figure's — "
      "their sides are the ones the text tells", "Аким Акмолинской области встретился с губернатором Тюменской области. Стороны "
      "обсудили ход реализации дорожной карты, подписанной в рамках XX Форума межрегионального сотрудничества "
      "Казахстана и России.", off=False)
def forum_name_place(ctx: Context, m: PlaceMention) -> bool:
    tokens = ctx.ann.tokens
    j = m.start - 1
    while j >= max(m.start - 8, 0) and tokens[j].sent == m.sent and (tokens[j].pos in ("NOUN", "ADJ", "PROPN", "CCONJ")
                                                                     or tokens[j].text == ","):
        if tokens[j].lemma in L.forum_nouns:
            return True
        j -= 1
    return False


@rule("sides.region_after_its_part", "'Рыбно-Слободский район Республики Татарстан', 'Восточный аймак Монголии': the "
      "region or country right after its own part only says where the part is", "Рыбно-Слободский район Республики "
      "Татарстан подписал соглашение с Горецким районом.", off=False)
def region_after_its_part(ctx: Context, before: PlaceMention, m: PlaceMention) -> bool:
    return before.stop == m.start and (before.id.startswith(m.id + "/") or before.id.startswith(m.id + "-"))


@rule("sides.adjective_is_side", "a place adjective is a side when it qualifies a word for a side ('белорусская "
      "сторона', 'омская делегация'), not a company or a market", "Омская делегация провела переговоры в Минске.",
      off=False)
def adjective_is_side(ctx: Context, m: PlaceMention) -> bool:
    """"омская делегация", "Орловская и Гомельская области" — not "белорусских компаний"; and a list after its noun
    (sides.listed_after_their_noun)."""
    tokens = ctx.ann.tokens
    j = m.stop
    # "Костанайская и Челябинская, а также Актюбинская и Оренбургская области": one noun for the whole list
    listed = {k for x in ctx.places_in(m.sent) if x.form == "adj" or x.stop < len(tokens)
              and tokens[x.stop - 1].pos != "NOUN" for k in range(x.start, x.stop)}
    while j < len(tokens) and tokens[j].sent == m.sent and (tokens[j].pos == "ADJ" or tokens[j].text in (",", "и")
                                                           or tokens[j].lower in L.contrast_conjunctions
                                                           or tokens[j].lower in L.also_words or j in listed):
        j += 1
    if j >= len(tokens) or tokens[j].sent != m.sent or tokens[j].lemma not in L.side_nouns:
        return listed_after_their_noun(ctx, m)
    return not set_of_places(ctx, m)


@rule("sides.listed_after_their_noun", "'с тремя областями Казахстана: Павлодарской, Северо-Казахстанской и Акмолинской': "
      "adjectives listed after a colon or a dash whose noun stands before it are sides", "Омская область подписала "
      "соглашения с тремя областями Казахстана: Павлодарской, Северо-Казахстанской и Акмолинской.", off=False)
def listed_after_their_noun(ctx: Context, m: PlaceMention) -> bool:
    tokens = ctx.ann.tokens
    k = m.start
    while k > 0 and tokens[k - 1].sent == m.sent and (tokens[k - 1].pos == "ADJ" or tokens[k - 1].text in (",", "и")
                                                      or any(x.start <= k - 1 < x.stop for x in ctx.places_in(m.sent))):
        k -= 1
    if k == 0 or tokens[k - 1].text not in (":", "–", "—"):
        return False
    before = [t for t in tokens[max(k - 5, 0): k - 1] if t.sent == m.sent]
    return any(t.lemma in L.generic_territories and t.feats.get("Number") == "Plur" for t in before)


@rule("sides.set_of_places", "'российских регионов', 'белорусских областей': a set of territories, not a side",
      "Делегация встретилась с представителями российских регионов.", off=False)
def set_of_places(ctx: Context, m: PlaceMention) -> bool:
    """"российских регионов", "белорусских областей": a set of territories, not a side."""
    tokens = ctx.ann.tokens
    j = m.stop
    return j < len(tokens) and tokens[j].feats.get("Number") == "Plur" and tokens[j].lemma in L.generic_territories \
        and ctx.gz.level(m.resolved) == "country"


def camp_unit(ctx: Context, country: str) -> str | None:
    """The one territory inside a country that the document's camp of that country is about ("узбекская делегация"
    in a text about Samarkand is Samarkand's), else None."""
    camp = ctx.camp_of(country)
    if camp is not None and "-" not in country and camp.best.startswith(country + "-"):
        return camp.best
    return None


def delegation_country_unit(ctx: Context, sents: list[int], party: str) -> str | None:
    """A side named in these sentences only by a country's adjective on a delegation ("узбекская делегация"), its
    guests or the hosts' counterparts ("с белорусскими коллегами"), or by its demonym ("белорусы провели
    переговоры"): the one territory of that country the document is about, else None."""
    tokens = ctx.ann.tokens
    said = [x for s in sents for x in ctx.places_in(s) if x.id == party]
    people = L.delegation_nouns | L.visitor_nouns | L.counterpart_nouns  # "с белорусскими коллегами" too
    if not any(x.form == "adj" and x.stop < len(tokens) and tokens[x.stop].lemma in people
               or x.form == "demonym" and "-" not in x.id for x in said):
        return None
    return camp_unit(ctx, party)


def camp_marker(ctx: Context, m: PlaceMention) -> bool:
    """"с российской стороны", the elliptical "с белорусской —": an adjective that says which camp someone speaks
    for, not at what level the side acts."""
    tokens = ctx.ann.tokens
    if m.form != "adj" or m.start == 0 or m.stop >= len(tokens) or tokens[m.start - 1].lower not in L.side_prepositions:
        return False
    return tokens[m.stop].lemma == "сторона" or tokens[m.stop].text in ("—", "–")


@rule("sides.venue", "'в Астане', 'в Казанском Кремле': where something happened, not who took part",
      "Переговоры губернатора и посла прошли в Казани.", off=False)
def venue(ctx: Context, m: PlaceMention) -> bool:
    """"в Астане", "в Казанском Кремле": where something happened, not who took part."""
    tokens = ctx.ann.tokens
    return m.start > 0 and tokens[m.start - 1].lower in L.in_prepositions and m.head(tokens).case == "Loc"


@rule("sides.trip_destination", "'Итогом визита премьера в Ярославль стала программа', '… губернатором, прибывшим в "
      "Павлодар': where a trip went is where things happened, like 'в Ярославле', not a side", "Губернатор Ярославской области провёл переговоры с "
      "премьер-министром Беларуси. Итогом визита белорусского премьера в Ярославль стала программа сотрудничества на "
      "2025–2027 годы.", off=False)
def trip_destination(ctx: Context, m: PlaceMention) -> bool:
    tokens = ctx.ann.tokens
    if m.start == 0 or tokens[m.start - 1].lower not in L.in_prepositions:
        return False
    head = tokens[m.stop - 1]
    if head.case != "Acc" or m.start < 2:
        return False
    before = [t for t in tokens[max(m.start - 5, 0): m.start - 1] if t.sent == m.sent]
    # "… губернатором, прибывшим в Павлодар": a verb of travel right before "в"
    return any(t.lemma in L.trip_nouns for t in before) and not any(t.pos == "VERB" for t in before) \
        or bool(before) and before[-1].lemma in L.motion_verbs


@rule("sides.units_below", "'Пинский и Курчатовский районы заключили соглашение' after talks of the Brest and Kursk "
      "regions: sides that all lie below both sides of an event, one under each, are their own parties, not the "
      "event's", "Председатель Брестского облисполкома Петр Пархомчик провёл переговоры с губернатором Курской области "
      "Александром Хинштейном. Кроме того, Пинский и Курчатовский районы заключили соглашение. Документ подписали "
      "председатель Пинского райисполкома Сергей Лазарчук и глава Курчатовского района Андрей Ярыгин.", off=False)
def units_below(inner: list[str], outer: list[str]) -> bool:
    """Each of ``inner`` lies strictly inside one of ``outer``, and they fill both."""
    inner = [p for p in dict.fromkeys(inner) if p]
    outer = [p for p in dict.fromkeys(outer) if p]
    if len(inner) < 2 or len(outer) != 2:
        return False
    under = [next((o for o in outer if o != p and contains(o, p)), None) for p in inner]
    return None not in under and set(under) == set(outer)


def side_mentions(ctx: Context, sent: int, start: int | None = None, stop: int | None = None,
                  adjectives: bool = False) -> list[PlaceMention]:
    return [m for m in _side_mentions(ctx, sent, adjectives)
            if (start is None or m.start >= start) and (stop is None or m.start < stop)]


@rule("sides.between", "'между A и B': the sides, adjectives and generic words included",
      "Соглашение между Татарстаном и Минской областью подписано в Казани.", off=[])
def between(ctx: Context, sent: int, after: int, before: int | None = None) -> list[str]:
    """Sides of "между A и B" after token ``after`` (and before ``before``)."""
    tokens = ctx.tokens_of(sent)
    start = next((t.i for t in tokens if t.i >= after and (before is None or t.i < before) and t.lower == "между"), None)
    if start is None:
        return []
    out: list[str] = []
    # "между" names the parties: adjectives count here too ("российским предприятием")
    mentions = {m.start: m for m in ctx.places_in(sent, sides_only=False) if m.id and not m.id.startswith("?")}
    j = start + 1
    last = tokens[-1].i
    prev: PlaceMention | None = None
    while j <= last and j - start < 30:
        t = ctx.ann.tokens[j]
        if j in mentions:
            m = mentions[j]
            after = ctx.ann.tokens[m.stop] if m.stop <= last else None
            if not (m.form == "adj" and after is not None and generic(ctx, after)) \
                    and not (prev is not None and region_after_its_part(ctx, prev, m)):
                out.append(m.id)
            prev, j = m, m.stop
            continue
        g = generic(ctx, t)
        if g:
            out.append(g)
        if t.pos == "VERB" or (t.lower in L.between_stops and len(out) >= 2) or t.text in (";", ".", "—", "–") and out:
            break
        j += 1
    return out


@rule("sides.listed_members", "'Тульской, Рязанской областей и Алтайского края', 'провинций Мазандаран и Гилян': the "
      "members of a list sharing a head noun, with a member joined to its end that has a noun of its own",
      "Подписано соглашение между Брестской областью и администрациями Тульской, Рязанской областей и Алтайского "
      "края.", off=[])
def listed_members(ctx: Context, sent: int, start: int, stop: int | None = None, any_country: bool = False) -> list[str]:
    """The first run of two or more places of one country (of any, with ``any_country``) joined by "," or "и" (with
    at most their shared head noun between them) in tokens ``start``–``stop``."""
    tokens = ctx.ann.tokens
    mentions = [m for m in ctx.places_in(sent) if m.start >= start and (stop is None or m.start < stop) and m.id
                and not m.id.startswith("?") and m.form != "adj"]
    for n, first in enumerate(mentions):
        run = [first]
        for m in mentions[n + 1:]:
            gap = tokens[run[-1].stop: m.start]
            heads = {run[-1].shared_head, m.shared_head} - {None}
            if gap and all(t.text in (",", "и") or t.i in heads for t in gap) and any(t.text in (",", "и") for t in gap) \
                    and (any_country or country_of(m.id) == country_of(first.id)) and not related(m.id, run[-1].id):
                run.append(m)
            else:
                break
        if len(run) >= 2:
            return list(dict.fromkeys(m.id for m in run))
    return []


@rule("sides.listed_delegation", "'делегацию Восточно-Казахстанской и Павлодарской областей': territories listed right "
      "after a delegation noun sent one delegation together; after 'делегациями' each sent its own, of any country", "Губернатор Алтайского края принял делегацию "
      "Восточно-Казахстанской и Павлодарской областей.", off=[])
def listed_delegation(ctx: Context, sent: int, trips: bool = False) -> list[str]:
    starts = {m.start for m in ctx.places_in(sent) if m.form != "adj"}
    for t in ctx.tokens_of(sent):
        if t.lemma in L.delegation_nouns and t.i + 1 in starts:
            # (of trips: "с делегациями Казахстана, Узбекистана и Беларуси", delegations, one from each country)
            listed = listed_members(ctx, sent, t.i + 1, t.i + 12,
                                    any_country=trips and t.feats.get("Number") == "Plur")
            if len(listed) >= 2:
                return listed
    return []


def visitors_place(ctx: Context, t: Token, mentions: list[PlaceMention]) -> PlaceMention | None:
    """The place a word for visitors (``t``: "делегация", "гости") names as theirs: "белорусская делегация",
    "делегация Минска", "делегация коллег из Минска", "гостей из Китая"."""
    tokens = ctx.ann.tokens
    for m in mentions:
        if m.stop in (t.i, t.i - 1) and m.form == "adj" or m.start == t.i + 1:
            return m
        gap = tokens[t.i + 1: m.start]
        if 0 < len(gap) <= 3 and gap[-1].lower in L.origin_prepositions:
            return m
        # "делегация китайского города Сиань": the country's adjective gave way to the town (adjective_of_named_part)
        if 0 < len(gap) <= 2 and all(x.pos in ("ADJ", "NOUN") for x in gap) and gap[-1].lemma in L.generic_territories:
            return m
    return None


@rule("sides.guests_side", "'Гостей принял губернатор', 'делегацию встретил глава региона': the side of the guests "
      "received — named with them, or the delegation the text named last before", "Делегация провинции Хэнань "
      "находится с визитом в Воронежской области. Гостей принял губернатор Александр Гусев.", off=None)
def guests_side(ctx: Context, guests: Token) -> str | None:
    for sent in range(guests.sent, max(guests.sent - 4, -1), -1):
        mentions = side_mentions(ctx, sent)
        for t in reversed(ctx.tokens_of(sent)):
            if t.lemma in L.visitor_nouns and t.i <= guests.i:
                m = visitors_place(ctx, t, mentions)
                if m is not None:
                    return m.id
            # "Губернатор провинции Хэйлунцзян прибыла в Хабаровский край": who came, before the motion verb — not
            # the place it visited put first ("Астраханскую область посетил хоким Бухарской области": the subject's)
            if t.lemma in L.motion_verbs and t.i < guests.i:
                tokens = ctx.ann.tokens
                came = [m for m in mentions if m.start < t.i and not venue(ctx, m) and tokens[m.stop - 1].case != "Acc"]
                if came:
                    return came[0].id
                subject = next((x.of for x in ctx.titles_in(sent) if x.of and tokens[x.start].head == t.i
                                and tokens[x.start].rel.startswith("nsubj")), None)
                if subject is not None:
                    return subject
    return None


def received_by(ctx: Context, start: int, stop: int) -> str | None:
    """The side received by the words ``start:stop`` ("губернатор Гусев", "Олжас Бектенов") as the subject of a verb
    of receiving ("Гостей принял …"), or None."""
    tokens = ctx.ann.tokens
    head = next((x for x in tokens[start:stop] if not start <= x.head < stop), None)
    if head is None or head.rel != "nsubj" or tokens[head.head].lemma not in L.receive_verbs:
        return None
    return received_side(ctx, tokens[head.head])


def received_side(ctx: Context, verb: Token) -> str | None:
    """The side a verb of receiving took in: its object a word for guests ("гостей", "делегацию": ``guests_side``)
    or people named by where they come from ("омичей")."""
    for x in ctx.tokens_of(verb.sent):
        if x.head != verb.i or x.rel != "obj":
            continue
        if x.lemma in L.visitor_nouns:
            return guests_side(ctx, x)
        demonym = next((m for m in ctx.places_in(verb.sent) if m.form == "demonym" and m.start <= x.i < m.stop), None)
        if demonym is not None and demonym.id:
            return demonym.id
    return None


@rule("sides.partners_after", "a partner after 'с'/'со' with its coordinated list ('с Москвой, Казанью и Миассом')",
      "Уфа заключила соглашения с Бишкеком и Ташкентом.", off=[])
def partners_after(ctx: Context, sent: int, after: int, before: int | None = None) -> list[str]:
    """Sides introduced by "с"/"со" after token ``after``, with their coordinated list
    ("с Москвой, Санкт-Петербургом, Екатеринбургом, Казанью и Миассом")."""
    tokens = ctx.tokens_of(sent)
    mentions = {m.start: m for m in _side_mentions(ctx, sent)}
    names = {p.start: p.stop for p in ctx.people_in(sent)}
    for t in tokens:
        if t.i < after or (before is not None and t.i >= before) or t.lower not in L.with_prepositions:
            continue
        out: list[str] = []
        generic_side = None
        j = t.i + 1
        while j <= tokens[-1].i and j - t.i < 25:
            if j in mentions:
                out.append(mentions[j].id)
                j = mentions[j].stop
                continue
            if j in names and out:
                j = names[j]  # "с министром Узбекистана Бахтиёром Саидовым, …": the name, whatever case it is read in
                continue
            tok = ctx.ann.tokens[j]
            generic_side = generic_side or generic(ctx, tok)
            if tok.text in (",", "и", "(", ")", "—", "–", ":") or tok.pos in ("ADJ", "NOUN", "NUM", "PROPN") and \
                    tok.case in ("Ins", "Gen", None):
                j += 1
                continue
            nxt = ctx.ann.tokens[j + 1] if j + 1 <= tokens[-1].i else None
            also = tok.lower in L.also_words or tok.lower in L.contrast_conjunctions and nxt is not None \
                and nxt.lower in L.also_words
            if out and (also or tok.lower in L.with_prepositions and ctx.ann.tokens[j - 1].lower in L.also_words):
                j += 1  # "с министром Узбекистана …, а также с делегацией провинции Хубэй": one more partner (not "а с
                continue  # Липецкой областью — программа", a clause of its own)
            break
        if out or generic_side:
            return out or [generic_side]
    return []


def each_of(tokens: list[Token]) -> int | None:
    """Where "каждый из" stands among ``tokens`` ("с каждым из акимов", "С каждым из регионов подписаны …"): the
    position of "каждый", else None."""
    return next((k for k, t in enumerate(tokens[:-1]) if t.lemma in L.each_words and tokens[k + 1].lower == "из"), None)


@rule("sides.subjects_before", "places in the nominative before the verb are its subjects ('Татарстан и "
      "Ташкентская область подписали'; not 'Правительством Республики Узбекистан', whose territory noun is not)", "Татарстан и Ташкентская область подписали дорожную карту.", off=[])
def subjects_before(ctx: Context, sent: int, verb: Token) -> list[str]:
    """Sides in the nominative before the verb: "Татарстан и Ташкентская область подписали"."""
    out = []
    tokens = ctx.ann.tokens
    for m in _side_mentions(ctx, sent):
        if m.start >= verb.i:
            break
        # "Республики Узбекистан": the territory's noun before its name carries the case (the tagger may read an
        # indeclinable name as Nom)
        head = tokens[m.start] if m.stop - m.start > 1 and tokens[m.start].lemma in L.generic_territories \
            else tokens[m.stop - 1]
        if head.case == "Nom" or m.form == "authority":
            out.append(m.id)
    return out


@rule("sides.generic", "a generic word for a side ('нашим регионом', 'облисполком', 'республики') is the "
      "document's place of that kind", "Губернатор Курской области посетил Гомель. Соглашение между нашим регионом и Гомельской областью "
      "подписано в прошлом году.")
def generic(ctx: Context, t: Token) -> str | None:
    """A generic word for a side: "нашим регионом", "казахстанским субъектом", "облисполком",
    "республики" — resolved to the document's place of that kind."""
    kind = L.generic_territories.get(t.lemma)
    if kind is None or t.is_cap() and t.i > 0 and ctx.ann.tokens[t.i - 1].sent == t.sent:
        return None
    if t.feats.get("Number") == "Plur":
        return None  # "регионами", "странами": both sides at once (see both_sides)
    if any(m.start == t.i + 1 for m in ctx.places if m.sent == t.sent and m.form != "adj"):
        return None  # "республики Узбекистан": the name that follows says which
    if any(m.start <= t.i < m.stop for m in ctx.places_in(t.sent)):
        return None  # "с Алтайским краем": a word of a name, not a word for a side
    tokens = ctx.ann.tokens
    prev = tokens[t.i - 1] if t.i > 0 else None
    country = None
    if kind.startswith("BY-"):
        country, kind = "BY", kind[3:]
    if prev is not None and prev.sent == t.sent:
        adj = next((m for m in ctx.places if m.stop == t.i and m.form == "adj"), None)
        if adj is not None and ctx.gz.level(adj.resolved) == "country":
            country = adj.resolved
    if kind in BELOW_REGION and (named := kind_named_before(ctx, t.sent, t.i, kind, t.lemma, country)
                                 or district_of_the_town(ctx, t, kind)):
        return named
    candidates = []
    for camp in ctx.camps:
        fitting = [p for p in sorted(camp.weights, key=lambda p: -camp.weights[p])
                   if not (country and country_of(p) != country)
                   and (kind == "country" and "-" not in p or ctx.gz.level(p) == kind)]
        if fitting:
            candidates.append(next((p for p in fitting if of_its_kind(ctx, t, p)), fitting[0]))
    if len(candidates) > 1:
        # "товарооборот края с провинцией": the край and the провинция, not both camps for each
        candidates = [c for c in candidates if of_its_kind(ctx, t, c)] or candidates
    if len(candidates) > 1 and not (prev is not None and prev.lemma == "наш"):
        # "товарооборот региона", "делегация области" in a text that names the region's head
        held = held_by_people(ctx)
        own = [c for c in candidates if c in held]
        if len(own) == 1:
            candidates = own
    if prev is not None and prev.lemma == "наш" and len(candidates) > 1:
        # "между нашим регионом и казахстанским субъектом": ours is the side not named beside it
        named = [m.resolved for m in ctx.places_in(t.sent) if abs(m.start - t.i) < 12]
        candidates = [c for c in candidates if not any(same_camp(ctx, c, n) for n in named)] or candidates[:1]
    return candidates[0] if len(candidates) == 1 else None


def heads_of(ctx: Context, place: str) -> dict:
    """The people the document names as the head of a territory ("губернатор", "председатель
    облисполкома", "аким" of it, in office), by name."""
    return {t.person.name: t.person for t in ctx.titles if t.person is not None and not t.former and not t.coref
            and t.of == place and t.text in L.territory_head_posts}


def head_of(ctx: Context, place: str) -> str | None:
    """The one person the document names as the head of a territory, or None."""
    heads = heads_of(ctx, place)
    return next(iter(heads)) if len(heads) == 1 else None


def held_by_people(ctx: Context) -> set[str]:
    """Territories whose posts the document gives to named people ("губернатор Ульяновской
    области Алексей Русских"): the home a generic "региона", "области" most likely means."""
    return {t.of for t in ctx.titles if t.person is not None and t.of}


@rule("sides.sides_of_trip_before", "'Оршанский район посетила делегация Гагаринского муниципального округа … Стороны "
      "обсудили …': 'стороны' right after a trip whose people name one side are the trip's two sides, as its sentence "
      "names them", "Оршанский район посетила делегация Гагаринского муниципального округа Смоленской области во главе "
      "с главой округа Ольгой Ивановой. Стороны обсудили выполнение соглашения.", off=[])
def sides_of_trip_before(ctx: Context, t: Token) -> list[str]:
    before = t.sent - 1
    if before < 0 or not any(x.lemma in L.delegation_nouns for x in ctx.tokens_of(before)) \
            or not any(x.lemma in L.motion_verbs for x in ctx.tokens_of(before)):
        return []
    named = [m.id for m in side_mentions(ctx, before) if m.form != "adj"]
    pair_ = pair(ctx, named, complete=False)
    return pair_ if pair_ and all(p in named for p in pair_) else []


@rule("sides.trade_of_both", "'товарооборот областей', 'взаимная торговля регионов': a plural territory noun in the "
      "genitive right after a word of trade is both sides", "Губернатор Липецкой области встретился с председателем "
      "Брестского облисполкома. В 2024 году товарооборот областей достиг 96 млн долларов.", off=False)
def trade_of_both(ctx: Context, t: Token) -> bool:
    prev = ctx.ann.tokens[t.i - 1] if t.i > 0 else None
    return prev is not None and prev.sent == t.sent and prev.lemma in L.turnover_words and t.case == "Gen"


BELOW_REGION = ("city", "district")


@rule("sides.kind_named_before", "'побывали на предприятиях Новозыбкова и встретились с главой администрации города': "
      "a generic word for a city or a district ('города', 'района') is the one of that kind its sentence names "
      "before it, the nearest, not the document's main one", "Делегация Гомельской области посетила Брянск. На "
      "следующий день гости побывали в Новозыбкове и встретились с главой администрации города Сергеем Сыровым.",
      off=None)
def kind_named_before(ctx: Context, sent: int, before: int, kind: str, word: str, country: str | None = None) -> str | None:
    """Not a place inside another person's title ("председатель Лидского райисполкома … и глава округа"), nor one whose
    name says it is of another kind ("Лидский район" for "округа")."""
    def fits(m: PlaceMention) -> bool:
        kinds = {w for w in ctx.gz.name(m.resolved).lower().split() if w in L.generic_territories}
        # (a place of no camp — a third country's city the trip went on to, "в Алматы с акимом города" — when the
        # caller's country, a title's own, says it)
        return ctx.gz.level(m.resolved) == kind and not (kinds and word not in kinds) \
            and not (country and country_of(m.resolved) != country) \
            and (ctx.camp_of(m.resolved) is not None or country is not None) \
            and not any(x.start <= m.start < x.stop for x in ctx.titles)
    named = [m.resolved for m in ctx.places_in(sent) if m.stop <= before and m.form != "adj" and m.resolved and fits(m)]
    return named[-1] if named else None


@rule("sides.district_of_the_town", "'посетили Мозырь, где встретились с руководством района': 'района' after a town "
      "named in its sentence is the district named after that town, when the gazetteer knows one", "Делегация посетила "
      "Мозырь, где встретилась с руководством района.", off=None)
def district_of_the_town(ctx: Context, t: Token, kind: str) -> str | None:
    if kind != "district" or t.lemma != "район":
        return None
    towns = [m.resolved for m in ctx.places_in(t.sent) if m.stop <= t.i and m.form != "adj" and m.resolved
             and ctx.gz.level(m.resolved) == "city" and "/" in m.resolved]
    for town in reversed(towns):
        place = ctx.gz.get(town)
        for district in district_names_of_town(town, place.adjectives if place is not None else ()):
            if ctx.gz.get(district) is not None:
                return district
    return None


@rule("sides.of_its_kind", "a generic word that is the kind of a territory ('края', 'провинцией', 'аймака', "
      "'республики') stands for the place whose official name has that word, when the sides are of different "
      "kinds", "Губернатор Хабаровского края провел переговоры с губернатором провинции Хэйлунцзян. Присутствовал "
      "генеральный консул КНР в Хабаровске. Товарооборот края с провинцией составил 1,2 млрд долларов.", off=False)
def of_its_kind(ctx: Context, t: Token, place_id: str) -> bool:
    return t.lemma in ctx.gz.name(place_id).lower().replace("-", " ").split()


def generics_in(ctx: Context, sent: int, start: int | None = None, stop: int | None = None) -> list[str]:
    out = []
    for t in ctx.tokens_of(sent):
        if (start is None or t.i >= start) and (stop is None or t.i < stop):
            for g in both_sides(ctx, t) or [generic(ctx, t)]:
                if g and g not in out:
                    out.append(g)
    return out


@rule("sides.both_sides", "'двух стран', 'обеих республик', 'между регионами', 'стороны': one side of each camp "
      "(and sides.linked_places)",
      "Губернатор Омской области Виталий Хоценко встретился с акимом Павлодарской области Асаином "
      "Байхановым. Стороны обсудили торговлю двух стран.", off=[])
def both_sides(ctx: Context, t: Token) -> list[str]:
    """"двух стран", "обеих республик", "между регионами": one place of each camp, of that kind;
    "стороны": the two sides of the people named in this sentence or the two before."""
    if t.lemma == "сторона" and t.feats.get("Number") == "Plur":
        # the people of this sentence, else of the few before it, nearest first: "Аким … прибыл …
        # Состоялись переговоры с губернатором … Стороны подписали соглашение"
        seen: list[str] = []
        for s in range(t.sent, t.sent - 4, -1):
            if s < 0:
                continue
            seen += [p for p in people_sides(ctx, ctx.people_in(s)) if p not in seen]
            pair_ = pair(ctx, seen)
            if pair_ and all(p in seen for p in pair_):
                return pair_
        return sides_of_trip_before(ctx, t)
    kind = L.generic_territories.get(t.lemma)
    if kind is None or len(ctx.camps) < 2 or t.feats.get("Number") != "Plur" and not linked_places(ctx, t):
        return []
    tokens = ctx.ann.tokens
    prev = tokens[t.i - 1] if t.i > 0 else None
    if prev is not None and prev.lemma == "наш" and t.i > 1:
        prev = tokens[t.i - 2]  # "между нашими городами"
    # the regions themselves, not their capitals
    acting = regions_acting(ctx, t, kind) or heads_of_regions(ctx, t, kind) or trade_of_both(ctx, t) \
        or linked_places(ctx, t)
    if not acting and (prev is None or prev.lemma not in L.pair_words and prev.lower not in L.pair_words):
        return []
    if kind != "country":
        # "между регионами": each side's region, unless the text is really about a country and
        # names its regions only in passing ("Татарстан и Казахстан … между регионами")
        out = []
        for c in ctx.camps[:2]:
            regions = [p for p in c.weights if ctx.gz.level(p) in ("region", "city")]
            # "регионы подписали", "главы двух регионов": the regions themselves, not their capitals; "между
            # городами", "между муниципалитетами": the places of that level
            regions = [p for p in c.weights if ctx.gz.level(p) == kind] or regions
            top = max(regions, key=c.weights.get) if regions else None
            out.append(top if top and (acting or _told_of_as_much(ctx, top, c.best)) else c.best)
        return [region_of_town_side(p, ctx, kind) for p in out]
    out = []
    for camp in ctx.camps[:2]:  # "двух стран": the countries of the two sides
        fitting = [p for p in camp.weights if "-" not in p]
        out.append(max(fitting, key=camp.weights.get) if fitting else country_of(camp.best))
    return out if len(set(out)) == 2 else []


@rule("sides.region_of_town_side", "'между областями', 'регионы': a side the document names only by its town "
      "('работает в Павлодаре') is the town's region when the word says the level", "Делегация Омской области "
      "работает в Павлодаре. Аким области принял гостей. По его словам, в 2025 году товарооборот между областями "
      "составил 612 млн долларов.", off=UNCHANGED)
def region_of_town_side(place: str, ctx: Context, kind: str) -> str:
    # (a city of republican significance — Астана, Минск — is a region itself: the gazetteer says its level)
    if kind == "region" and ctx.gz.level(place) in ("city", "district") and region_of(place):
        return region_of(place)
    return place


def _told_of_as_much(ctx: Context, region: str, best: str) -> bool:
    """Is the region, with its own towns ("Уральск" is the Западно-Казахстанская область's), named in the body at least
    half as often as the camp's best place (a headline's "Казахстан" is no measure of what the body is about)?"""
    def body_mentions(match) -> int:
        return sum(1 for m in ctx.places if m.id and m.sent > 0 and match(m.id))

    own = body_mentions(lambda p: p == region or p.startswith(region + "/"))
    return own * 2 >= body_mentions(lambda p: p == best) if best != region else True


@rule("sides.heads_of_regions", "'руководители регионов подписали', 'губернаторы регионов': the heads of regions, "
      "as the subject, are the heads of the two sides' regions", "Губернатор Курганской области "
      "провел переговоры с акимом Костанайской области. Встреча прошла в рамках Форума межрегионального "
      "сотрудничества России и Казахстана. По итогам переговоров руководители регионов подписали дорожную карту.",
      off=False)
def heads_of_regions(ctx: Context, t: Token, kind: str) -> bool:
    # regions only, as for "регионы подписали": "главы районов" are better found among the districts the sentence
    # before names than among the camps' districts
    if kind != "region" or t.rel != "nmod" or t.case != "Gen" or t.feats.get("Number") != "Plur":
        return False
    head = ctx.ann.tokens[t.head]
    return head.lemma in L.head_titles and head.feats.get("Number") == "Plur" and head.case == "Nom" \
        and head.rel.startswith("nsubj")


@rule("sides.regions_acting", "'По итогам визита регионы подписали дорожную карту': 'регионы' as the subject are the "
      "regions of the two sides, even where one side is mostly named as its country", "Глава Удмуртии встретился с "
      "послом Узбекистана. В прошлом году Удмуртию посетила делегация Андижанской области. По итогам визита регионы "
      "подписали дорожную карту.", off=False)
def regions_acting(ctx: Context, t: Token, kind: str) -> bool:
    return kind == "region" and t.rel.startswith("nsubj") and t.feats.get("Number") == "Plur" \
        and t.feats.get("Case") == "Nom"  # the parser makes a subject of "Форуме регионов" too


@rule("sides.linked_places", "'Города связывает прямое авиасообщение', 'регионы соединяют паромы': a plural word for a "
      "side that a verb of linking links is both sides", "Мэр Иркутска и мэр Улан-Батора встретились в Иркутске. Города "
      "связывает прямое авиасообщение.", off=False)
def linked_places(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    return t.head >= 0 and tokens[t.head].lemma in L.link_verbs and t.rel in ("obj", "nsubj", "nsubj:pass") \
        and (t.feats.get("Number") == "Plur" or _may_be_plural(t.text))  # "Города связывает": the tagger's singular


def _may_be_plural(word: str) -> bool:
    from coopwatch.nlp.annotate import morph_vocab

    return any("plur" in p.tag for p in morph_vocab().parse(word.lower()))


def same_camp(ctx: Context, a: str, b: str) -> bool:
    """Two places on one side: one inside the other, or both in one camp of the document —
    except two different regions of one country, which are two sides ("Татарстан и
    Башкортостан")."""
    if a.startswith(b) or b.startswith(a):
        return True
    ra, rb = region_of(a), region_of(b)
    if country_of(a) == country_of(b) and ra and rb and ra != rb:
        return False
    ca, cb = ctx.camp_of(a), ctx.camp_of(b)
    if ca is not None and cb is not None:
        return ca is cb
    return country_of(a) == country_of(b)


def crosses(ctx: Context, a: str, b: str) -> bool:
    """Do ``a`` and ``b`` lie on different sides of this document (Казань–Астана, not
    Астана–Алматы)? Regions of one country are sides only when the document is about two of them."""
    if country_of(a) != country_of(b):
        return True
    return len(ctx.camps) >= 2 and "-" in ctx.camps[0].key and region_of(a) != region_of(b)


def pair(ctx: Context, *groups: list[str], complete: bool = True) -> list[str] | None:
    """Two sides from candidate place IDs, groups in order of preference: the earliest groups
    that hold two sides decide (the first place and the first of another country, else of
    another region of its country); one side missing is completed from the document's camps,
    if the text names that camp (unless ``complete`` is false)."""
    flat: list[str] = []
    for g in groups:
        flat += [p for p in g if p and p not in flat]
        found = _two_sides(ctx, flat)
        if found:
            return found
    if not flat or not complete:
        return None
    return complete_from_camps(ctx, flat[0])


def camp_side(ctx: Context, camp: Camp) -> str:
    """The place that stands for a camp in a fact whose sentence does not name it: its most
    mentioned place, or the level its people hold (``camp_held_level``)."""
    return camp_held_level(ctx, camp) or camp.best


@rule("sides.camp_held_level", "a camp stands for the territory whose post its people hold, when its most "
      "mentioned place is that territory's city or region: 'посетил Челябинск' in the headline, 'губернатор "
      "Челябинской области' in the body → the region",
      "Аким Карагандинской области посетил Челябинск. Гостей принял губернатор Челябинской области Алексей "
      "Текслер. Ранее было заключено соглашение о сотрудничестве.")
def camp_held_level(ctx: Context, camp: Camp) -> str | None:
    """Another level of the same territory than the camp's most mentioned place (the region of that
    city, the city of that region) when the document's people hold its post and none holds one of
    the most mentioned place."""
    held = held_by_people(ctx)
    if camp.best in held:
        return None
    best_region = region_of(camp.best) or camp.best
    same = [p for p in held if camp.contains(p) and p != camp.best and "-" in p
            and (region_of(p) or p) == best_region]
    if not same and ctx.gz.level(camp.best) == "country":
        # "Форум России и Казахстана … губернатор Курганской области": the one region of the country its people hold
        same = [p for p in held if camp.contains(p) and ctx.gz.level(p) == "region" and country_of(p) == camp.best]
    return same[0] if len(same) == 1 else None


@rule("sides.unlisted_below_other_side", "a district or town the gazetteer does not place ('в Сосновском районе') "
      "is below the region of the side it is on — the other side of the one travelling or sending (FACTS: "
      "PARENT/Name); unplaced when that side is a country",
      "Губернатор Челябинской области Алексей Текслер принял делегацию Брестской области в Сосновском районе.")
def placed(ctx: Context, place: str, other_than: str | None) -> str | None:
    """``place``, or for an unplaced "?/Name" the name under the other camp's region, or None."""
    if not place.startswith("?"):
        return place
    name = place.split("/", 1)[1] if "/" in place else ""
    other = ctx.other_camp(other_than) if other_than else None
    if not name or other is None:
        return None
    region = region_of(other.best) or (other.best if ctx.gz.level(other.best) == "region" else None)
    return f"{region}/{name}" if region else None


@rule("sides.one_side_two_levels", "'Казахстанскую делегацию возглавил заместитель акима Актюбинской области': a "
      "country and its own region in one sentence name one side, the region", "В Оренбурге прошло заседание рабочей "
      "группы. Казахстанскую делегацию возглавил заместитель акима Актюбинской области. Участники обсудили "
      "выполнение соглашения, подписанного в 2019 году.", off=UNCHANGED)
def one_side_two_levels(places: list[str]) -> list[str]:
    return [p for p in places if country_of(p) != p or not any(q != p and country_of(q) == p for q in places)]


@rule("sides.complete_from_camps", "one side named, the other is the document's other camp when the text names it",
      "Делегация Брестской области провела переговоры в Смоленске. Брестская делегация подписала соглашение.")
def complete_from_camps(ctx: Context, side: str) -> list[str] | None:
    other = ctx.other_camp(side)
    if other is not None and other.named:
        return [side, camp_side(ctx, other)]
    return None


def _two_sides(ctx: Context, flat: list[str]) -> list[str] | None:
    if not flat:
        return None
    first = flat[0]
    for p in flat[1:]:
        if country_of(p) != country_of(first):
            return [first, p]
    for p in flat[1:]:
        if not same_camp(ctx, first, p):
            return [first, p]
    return None


@rule("sides.camps_pair", "a sentence that names no side: the document's two camps",
      "Губернатор Курской области встретился с послом Беларуси. Стороны подписали соглашение.")
def camps_pair(ctx: Context) -> list[str] | None:
    if len(ctx.camps) >= 2 and all(c.named for c in ctx.camps[:2]):
        return [camp_side(ctx, ctx.camps[0]), camp_side(ctx, ctx.camps[1])]
    return None


@rule("sides.people_sides", "the territories of the people acting (signatories, participants) are sides",
      "Губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов подписали меморандум.",
      off=[])
def people_sides(ctx: Context, people) -> list[str]:
    out = []
    for m in people:
        of = ctx.role_of(m.person)
        if of and of not in out:
            out.append(of)
    return out
