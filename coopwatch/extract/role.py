"""role — a person's position: ``{person, title, of}``.

Each candidate is a title bound to a person (``titles``). Whose position it is (``of``), first
rule that answers (``coopwatch explain`` shows which fired, ``benchmarks/rules.py`` what each is
worth):

What the title says by itself (and role.level_of_title)
  role.organisation_named ("председатель концерна «Белнефтехим»"), role.envoy_in_own_region ("полномочный
  представитель Правительства Кыргызской Республики в Иссык-Кульской области"; role.generic_seat: "… в области"), role.territory_named ("Раис
  Татарстана", "председатель Минского облисполкома", "белорусский вице-премьер"; with a generic word
  the country's region or city of the document: "губернатор российского региона"),
  role.implied_territory ("Раис" → Татарстан), role.own_title_named_elsewhere, role.generic_side ("глава региона", role.kind_word_fits, role.region_of_the_dateline, role.kind_word_among_members,
  "президент страны"; never the side he met or travelled to: role.met_or_visited), role.capital_side ("мэр
  столицы": the one capital among the sides), role.host_country ("прибыл в Ташкент. Глава государства …"), role.region_of_city ("переговоры прошли в Вологде … заместитель
  губернатора области"), role.headed_by_another (not a territory whose head the text names as someone else), role.generic_level_lost ("глава
  района" is no region's)
What the document says around it
  role.respectively_in_order, role.holders_of_listed_delegation ("делегацию Восточно-Казахстанской и Павлодарской областей … акимы X и Y"),
  role.body_named_before, role.side_named_before ("С казахстанской стороны присутствовали …"), role.side_represented ("казахстанскую
  сторону представлял …"), role.government_of_country ("посетила
  Ташкент … заместитель премьер-министра": Uzbekistan's), role.host_where_received ("В Могилёве делегацию принял
  председатель облисполкома": Mogilev oblast's), role.same_title_elsewhere ("вице-премьер Игорь Ляшенко" … "белорусский вице-премьер"; "помощник
  президента" … "президент Татарстана"), role.coordinated_title ("президент страны Александр
  Лукашенко и премьер-министр Андрей Кобяков"), role.delegation_head, role.delegation_member, role.counterpart_side, role.received_guests, role.met_the_guests, role.met_a_countrys_post, role.opened_as_host, role.met_by, role.met_in_their_country ("делегация Брянской областной думы
  во главе с председателем …"), role.nearby_territory (the nearest fitting territory before it, in its
  sentence or the one before), role.only_fitting_side (a governor → the document's Russian region),
  role.bare_title_side (the same for a title with no name: "визит акима в Омск"), role.oblast_post (a post of an
  oblast body fits no republic), role.belarusian_body_post (one of a райисполком is Belarusian)
Which become facts
  role.title_without_name, role.head_of_territory, role.title_of_untitled, role.host_of_those_guests, role.former_not_held, role.delegation_not_a_post, role.joint_body_post, role.fuller_title
"""

from __future__ import annotations

from coopwatch.extract import sides
from coopwatch.extract.context import Camp, Context, press_dateline
from coopwatch.extract.rulebook import candidate, merged, rule
from coopwatch.extract.title_heads import title_def
from coopwatch.extract.titles import DASHES, TitleMention, title_defs
from coopwatch.facttypes.role import RoleFact
from coopwatch.gazetteer.mention import PlaceMention
from coopwatch.gazetteer.places import capital_of, country_of, is_place_id, region_of, related
from coopwatch.lexicon import L

# a governor heads a Russian region, a Chinese province, an Armenian marz…, but never a region of
# a country whose regional heads have titles of their own (председатель облисполкома, аким, хоким)
NO_GOVERNORS = {"BY", "KZ", "UZ", "TJ"}
# countries whose regions have a government of their own, with a premier (Russia's republics: "премьер-министр
# Татарстана"); elsewhere a premier and his deputies are the country's
REGIONAL_GOVERNMENTS = {"RU"}


def _country_fits(t: TitleMention, place_id: str, ctx: Context | None = None) -> bool:
    """A post that exists in one country only (аким, председатель облисполкома) is that country's. (Journalists call
    a Belarusian oblast's head "губернатор", so the governor rule of ``_fits`` is not asked here.)"""
    country = title_country(t, ctx)
    if country and country_of(place_id) != country:
        return False
    return not (ctx is not None and "-" in place_id and country_of(place_id) not in REGIONAL_GOVERNMENTS
                and _government_post(t, ctx))


def _fits(t: TitleMention, place_id: str, ctx: Context) -> bool:
    """Can a position of this kind belong to this territory?"""
    country = title_country(t, ctx)
    if country and country_of(place_id) != country:
        return False
    if _governors_post(t, ctx) and country_of(place_id) in NO_GOVERNORS:
        return False
    level = ctx.gz.level(place_id)
    if level != "country" and country_of(place_id) not in REGIONAL_GOVERNMENTS and _government_post(t, ctx):
        return False
    oblast = oblast_post(t, ctx)
    if level == "region" and oblast and "область" not in ctx.gz.name(place_id).lower() \
            or oblast == "BY" and country_of(place_id) != "BY":
        return False
    scopes = set(t.scope.split("|"))
    # a city that is a region with a governor (Санкт-Петербург, Севастополь): a "вице-губернатор" of a Saint Petersburg
    # delegation is Petersburg's
    levels = {level, "region"} if place_id in L.governed_cities and _governors_post(t, ctx) else {level}
    return "any" in scopes or bool(levels & scopes)


@rule("role.oblast_post", "'Председатель Курултая Константин Толкачев и председатель облсовета Игорь Жук': a post of "
      "an oblast's body belongs to a territory named 'область', not to a republic; of 'облисполком', 'облсовет' — to a "
      "Belarusian oblast ('заместитель губернатора … и первый заместитель председателя облисполкома …')", "Заседание провели Председатель "
      "Курултая Республики Башкортостан Константин Толкачев и председатель облсовета Игорь Жук.", off=False)
def oblast_post(t: TitleMention, ctx: Context) -> str | None:
    """"BY" for a post of a body only Belarusian oblasts have ("облисполком"), "any" for another oblast body, or None."""
    words = {x.lemma for x in ctx.ann.tokens[t.start:t.stop]}
    if words & L.belarusian_oblast_bodies:
        return "BY"
    return "any" if words & L.oblast_body_words else None


def title_country(t: TitleMention, ctx: Context | None) -> str | None:
    """The one country whose post this is: named in the title, or the title or a title inside it exists there only
    ("заместитель акима" is Kazakh as "аким" is), or its body (role.belarusian_body_post)."""
    if t.country or L.country_titles.get(t.head) or ctx is None:
        return t.country or L.country_titles.get(t.head)
    return next((L.country_titles[d.head] for x in ctx.ann.tokens[t.start:t.stop]
                 if (d := title_def(x)) is not None and d.head in L.country_titles), None) \
        or belarusian_body_post(t, ctx)


@rule("role.belarusian_body_post", "'председатель райисполкома', 'заместитель председателя горисполкома': a post of an "
      "executive committee or a council of a district or town is Belarusian — no other partner country has such bodies",
      "Брянская делегация побывала в Речицком районе, где провела встречу с председателем райисполкома Сергеем "
      "Пашкевичем.", off=None)
def belarusian_body_post(t: TitleMention, ctx: Context) -> str | None:
    return "BY" if any(x.lemma in L.belarusian_bodies for x in ctx.ann.tokens[t.start:t.stop]) else None


def _governors_post(t: TitleMention, ctx: Context) -> bool:
    """A governor's post, or his deputy's ("заместитель губернатора")."""
    return t.head in L.governor_titles or any((d := title_def(x)) is not None and d.head in L.governor_titles
                                              for x in ctx.ann.tokens[t.start:t.stop])


def _government_post(t: TitleMention, ctx: Context) -> bool:
    """Is it a head of government's post, or his deputy's ("заместитель премьер-министра")?"""
    return any((d := title_def(x)) is not None and d.head in L.premier_titles for x in ctx.ann.tokens[t.start:t.stop])


@rule("role.organisation_named", "an organisation named in the title: 'председатель концерна «Белнефтехим»'",
      "Председатель концерна «Белнефтехим» Андрей Рыбаков встретился с губернатором.")
def _organisation(t: TitleMention, ctx: Context) -> str | None:
    return t.org


@rule("role.implied_territory", "a title only one territory has: 'Раис' → Татарстан",
      "Раис Рустам Минниханов принял посла Узбекистана.")
def _implied(t: TitleMention, ctx: Context) -> str | None:
    return t.implies


@rule("role.territory_named", "a territory named in the title or by an adjective before it: 'Раис Татарстана', "
      "'председатель Минского облисполкома', 'белорусский вице-премьер'", "Председатель Минского облисполкома "
      "Алексей Кушнаренко прибыл в Казань.")
def _named(t: TitleMention, ctx: Context) -> str | None:
    named = [m for m in t.places if m.form != "adj"]
    if named:
        m = named[0]
        if t.generic == "capital":
            return capital_of(m.resolved) or m.resolved
        return envoy_in_own_region(t, ctx, m.resolved) or m.resolved
    if not t.places and t.location is not None and t.location.resolved:
        # "Полномочный представитель правительства в Чуйской области": the government of the region's own country
        envoy = envoy_in_own_region(t, ctx, country_of(t.location.resolved))
        if envoy:
            return envoy
    if t.places:  # adjectives only: "белорусский вице-премьер", "губернатор российского региона"
        adj = t.places[0].resolved
        if t.generic in ("region", "city") and ctx.gz.level(adj) == "country":
            inside = [p for c in ctx.camps for p in c.weights
                      if country_of(p) == adj and ctx.gz.level(p) == t.generic]
            if inside:
                return max(inside, key=lambda p: ctx.camp_of(p).weights[p])
        return adj
    return None


@rule("role.envoy_in_own_region", "'Полномочный представитель Правительства Кыргызской Республики в Иссык-Кульской "
      "области', 'полномочный представитель правительства в Чуйской области' (the country left unsaid): a country's "
      "envoy to one of its own regions heads that region", "Полномочный представитель "
      "Правительства Кыргызской Республики в Иссык-Кульской области Кубанычбек Жолдошев подписал меморандум.",
      off=None)
def envoy_in_own_region(t: TitleMention, ctx: Context, country: str) -> str | None:
    seat = t.location.resolved if t.location is not None else generic_seat(t, ctx)
    # the envoy of the government or the president, not a ministry's ("представитель МИД в Нижнем Новгороде")
    sent_by = any(x.lemma in L.envoy_senders for x in ctx.ann.tokens[t.start:t.stop])
    if seat and "-" in seat and country_of(seat) == country and t.head in L.envoy_titles and sent_by:
        return region_of(seat) or seat
    return None


@rule("role.generic_seat", "'делегацией Чуйской области во главе с полномочным представителем Президента Кыргызской "
      "Республики в области': an envoy's seat named by a generic word is the territory of that kind named before",
      "Губернатор встретился с делегацией Чуйской области во главе с полномочным представителем Президента Кыргызской "
      "Республики в области Бактыбеком Сыдыковым.", off=None)
def generic_seat(t: TitleMention, ctx: Context) -> str | None:
    tokens = ctx.ann.tokens
    for x in tokens[t.start + 1:min(t.stop + 2, len(tokens))]:
        if x.sent == t.sent and x.lemma in L.generic_territories and tokens[x.i - 1].lower in L.where_prepositions:
            return sides.generic(ctx, x)
    return None


@rule("role.generic_side", "a generic word for a side of the document: 'глава региона', 'президент страны'",
      "Губернатор Курской области встретился с послом. Глава региона Роман Старовойт рассказал о планах.")
def _generic(t: TitleMention, ctx: Context) -> str | None:
    """"глава региона" → the document's region; "президент страны" → its foreign country."""
    kind = t.generic
    if t.plural:
        return None  # "президенты двух стран": which is whose, the text does not say here
    if kind == "capital":
        return capital_side(t, ctx)
    if kind in sides.BELOW_REGION and t.generic_word \
            and (named := sides.kind_named_before(ctx, t.sent, t.start, kind, t.generic_word,
                                                  L.country_titles.get(t.head))) \
            and _country_fits(t, named, ctx):
        return named  # "побывали в Новозыбкове и встретились с главой администрации города"
    # a side that is itself of that kind ("глава региона" beside "Республика Беларусь" is the region)
    taken = counterpart_sides(t, ctx)
    camps = [c for c in ctx.camps if not any(c.contains(o) for o in taken)]
    side = side_named_before(t, ctx, within=True)  # "С российской стороны … заместитель губернатора области"
    if side:
        camps = [c for c in camps if country_of(c.best) == country_of(side)] or camps
    # the head asked about is of the title's level: the governor of a city's region says nothing of "глава города"
    camps = [c for c in camps if not headed_by_another(t, ctx, _camp_place_at(ctx, c, kind))] or camps
    fits = [c.best for c in camps if _level_is(ctx, c.best, kind) and _country_fits(t, c.best, ctx)]
    named_kind = [p for p in fits if kind_word_fits(ctx, t, p)]
    fits = named_kind or kind_word_among_members(ctx, t, camps, kind) or fits
    if not fits:  # the territories of that level the text names, the nearest before the title first
        members = [p for camp in camps for p in sorted(camp.weights, key=lambda p, c=camp: -c.weights[p])
                   if _level_is(ctx, p, kind) and _country_fits(t, p, ctx)]
        if not members and kind == "region":  # "переговоры прошли в Вологде … заместитель губернатора области"
            members = list(dict.fromkeys(r for camp in camps for p in camp.weights
                                         for r in [city_region(t, ctx, p)] if r))
        if not members and kind == "country":
            return host_country(t, ctx, camps)
        before = [p for m in ctx.places if m.start < t.start
                  for p in (m.id, city_region(t, ctx, m.id) if m.id else None) if p in members]
        fits = ([before[-1]] if before else []) + [p for p in members if not before or p != before[-1]]
        return fits[0] if fits else None
    return region_of_the_dateline(ctx, fits) or _nearest_of(t, fits, ctx)


@rule("role.region_of_the_dateline", "'Калининград, 6 августа … принял делегацию Брестской области … министр сельского "
      "хозяйства региона Семён Лёвин': of two regions the text names, 'региона' in a release dated in one of them is "
      "that one's", "Калининград, 6 августа 2025 г.\n\nГубернатор Калининградской области принял делегацию Брестской "
      "области. В переговорах также участвовал министр сельского хозяйства региона Семён Лёвин.", off=None)
def region_of_the_dateline(ctx: Context, fits: list[str]) -> str | None:
    if len(fits) < 2:
        return None
    first = next((m for m in ctx.places if m.sent == 0), None)
    if first is None or not first.id or not press_dateline(first, ctx):
        return None
    home = [p for p in fits if related(p, first.id) or region_of(first.id) == p]
    return home[0] if len(home) == 1 else None


@rule("role.host_country", "'…прибыл в Ташкент. Глава государства Шавкат Мирзиёев принял делегацию': a country's "
      "generic head, when the text names the sides by regions and cities only, is of the country the trip went to or "
      "the talks were held in", "Губернатор Пензенской области Олег Мельниченко прибыл в Ташкент. Глава государства "
      "Шавкат Мирзиёев принял российскую делегацию.")
def host_country(t: TitleMention, ctx: Context, camps: list) -> str | None:
    countries = list(dict.fromkeys(country_of(c.best) for c in camps if country_of(c.best)))
    if len(countries) == 1:
        return countries[0]
    tokens = ctx.ann.tokens
    where = [m for m in ctx.places if m.start < t.start and m.id and m.start > 0
             and tokens[m.start - 1].lower in L.in_prepositions and country_of(m.id) in countries]
    return country_of(where[-1].id) if where else None


@rule("role.capital_side", "'Мэр столицы Владимир Кухарев' with no country named: the one capital among the "
      "document's sides (Минск beside Новосибирск), not the nearest city", "Делегация Минска посетила Новосибирск. Мэр "
      "столицы Владимир Кухарев провёл переговоры.")
def capital_side(t: TitleMention, ctx: Context) -> str | None:
    taken = counterpart_sides(t, ctx)
    capitals = {p for c in ctx.camps if not any(c.contains(o) for o in taken) for p in c.weights
                if capital_of(country_of(p) or "") == p and _country_fits(t, p)}
    return capitals.pop() if len(capitals) == 1 else None


@rule("role.region_of_city", "'Переговоры прошли в Вологде. Заместитель губернатора области …': a region's "
      "generic word when the text names only a city of it is that city's region",
      "Российско-белорусские переговоры прошли в Вологде. Заместитель губернатора области Андрей Накрошаев выступил "
      "с докладом.")
def city_region(t: TitleMention, ctx: Context, place_id: str) -> str | None:
    if ctx.gz.level(place_id) not in ("city", "district"):
        return None
    region = region_of(place_id)
    return region if region and region != place_id and _fits(t, region, ctx) else None


@rule("role.headed_by_another", "'…во главе с председателем облисполкома Юрием Караевым … Глава региона Антон "
      "Алиханов': a generic head named with another person's name is not the head of a territory the text gives "
      "a head already", "Делегация Гродненской области во главе с председателем облисполкома Юрием Караевым прибыла "
      "в Калининград. Глава региона Антон Алиханов рассказал о планах.", off=False)
def headed_by_another(t: TitleMention, ctx: Context, place_id: str) -> bool:
    if t.person is None or t.head not in L.territory_heads:
        return False
    return any(p is not t.person for p in sides.heads_of(ctx, place_id).values())


@rule("role.generic_level_lost", "'Делегация Брестской области посетила Тульскую область. Глава района Олег Петров "
      "…': a generic word's level stays, so a territory of another level named nearest is not his",
      "Делегация Брестской области посетила Тульскую область. Глава района Олег Петров рассказал о предприятиях.",
      off=False)
def generic_level_lost(t: TitleMention, ctx: Context) -> bool:
    return t.generic in ("region", "city", "district") and ctx.gz.level(t.of) != t.generic


@rule("role.kind_word_fits", "'правительства края' is a krai's, 'области' an oblast's, 'республики' a republic's: "
      "a generic word that names a kind of territory prefers the side of that kind", "Алтайский край принимал "
      "делегацию Павлодарской области. Заседание открыл первый заместитель председателя правительства края Дмитрий "
      "Махонин.", off=True)
def kind_word_fits(ctx: Context, t: TitleMention, place_id: str) -> bool:
    """The word is in the territory's official name ("Алтайский край"); words no name has ("региона", "субъекта")
    fit none, and then the caller keeps every candidate."""
    # regions only: a city's official name may hold "город" ("город Минск") where others do not
    return t.generic == "region" and bool(t.generic_word) \
        and t.generic_word in ctx.gz.name(place_id).lower().replace("ё", "е")


@rule("role.kind_word_among_members", "'губернатор аймака' in a text about Монголия as a country and one aimag of it: "
      "the one territory of the sides whose name has the kind word, when no side's main place has it",
      "Алтайский край расширяет связи с Монголией\n\nВ Барнауле открылось представительство Ховдского аймака "
      "Монголии. В церемонии участвовал губернатор аймака Очирбат Сэргэлэн.", off=[])
def kind_word_among_members(ctx: Context, t: TitleMention, camps: list, kind: str) -> list[str]:
    found = {p for c in camps for p in c.weights
             if _level_is(ctx, p, kind) and _country_fits(t, p, ctx) and kind_word_fits(ctx, t, p)}
    return list(found) if len(found) == 1 else []


def _camp_place_at(ctx: Context, camp: Camp, kind: str | None) -> str:
    """The camp's most weighted place of that level, else its best place."""
    at = [p for p in camp.weights if kind and _level_is(ctx, p, kind)]
    return max(at, key=camp.weights.get) if at else camp.best


def _level_is(ctx: Context, place_id: str, kind: str) -> bool:
    return ("-" not in place_id) if kind == "country" else ctx.gz.level(place_id) == kind


def _nearest_of(t: TitleMention, candidates: list[str], ctx: Context) -> str | None:
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    before = [m for m in ctx.places if m.start < t.start and m.id in candidates]
    return before[-1].id if before else candidates[0]


@rule("role.body_named_before", "'председатель комитета Госсовета по экономике' where the text named 'Государственный "
      "Совет Республики Татарстан': a body a title names with no territory of its own is the one the text names with "
      "its territory", "Председатель Государственного Совета Республики Татарстан Фарид Мухаметшин встретился с послом "
      "Беларуси. В беседе участвовал председатель комитета Госсовета по экономике Рустем Мифтахов.", off=None)
def body_named_before(t: TitleMention, ctx: Context) -> str | None:
    tokens = ctx.ann.tokens
    bodies = [x.lemma for x in tokens[t.start:t.stop] if x.lemma in L.government_nouns]
    if not bodies or any(t.start <= m.start < t.stop for m in ctx.places_in(t.sent, sides_only=False)):
        return None
    names = {(b,) for b in bodies} | {tuple(L.body_full_names[b].split()) for b in bodies if b in L.body_full_names}
    found = set()
    for m in ctx.places:
        if not m.id or m.id.startswith("?"):
            continue
        before = tuple(x.lemma for x in tokens[max(m.start - 3, 0):m.start] if x.sent == m.sent)
        if any(before[-len(n):] == n or before[:-1][-len(n):] == n for n in names):
            found.add(m.id)
    return found.pop() if len(found) == 1 else None


@rule("role.own_title_named_elsewhere", "'Глава района Сергей Иванов …' and elsewhere 'Глава Сокольского муниципального "
      "округа Сергей Иванов': a generic title of a person whose same post the text names in full is that post",
      "Глава района Сергей Иванов принял гостей из Лидского района. Глава Сокольского муниципального округа "
      "Вологодской области Сергей Иванов поблагодарил коллег.")
def own_title_named_elsewhere(t: TitleMention, ctx: Context) -> str | None:
    if t.person is None:
        return None
    named = {o.of for o in ctx.titles if o is not t and o.person is t.person and o.head == t.head and o.of
             and not o.generic and is_place_id(o.of)}
    return named.pop() if len(named) == 1 else None


@rule("role.same_title_elsewhere", "the same title with its territory elsewhere in the document (or the same post of "
      "the same person: 'Послом Беларуси в России …' … 'Посол прибыл'), or the title of the official it serves "
      "('помощник президента' … 'президент Татарстана')", "Белорусский вице-премьер "
      "прибыл в Казань. Вице-премьер Игорь Ляшенко осмотрел завод.")
def _same_title(t: TitleMention, ctx: Context) -> str | None:
    same = {o.of for o in ctx.titles if o is not t and o.of and o.text == t.text
            and (o.person is None or o.person is t.person)}
    if not same and t.person is not None:  # "Послом Беларуси в России Александром Рогожником … Посол прибыл"
        same = {o.of for o in ctx.titles if o is not t and o.of and o.person is t.person and o.head == t.head}
    if len(same) == 1:
        return same.pop()
    # "помощник президента": whose president the document says elsewhere; "вице-премьер": whose premier
    defs = title_defs()
    served = [w for w in t.text.split()[1:] if w in defs and w != t.head]  # not "первый заместитель": its own head
    if t.head.startswith("вице-") and t.head[5:] in defs:
        base = {t.head[5:]} | (L.premier_titles if t.head[5:] in L.premier_titles else set())
        of = {o.of for o in ctx.titles if o is not t and o.of and o.head in base and is_place_id(o.of)}
        if len(of) == 1:
            return of.pop()
    if served:
        of = {o.of for o in ctx.titles if o is not t and o.of and o.head == served[0] and "-" in o.of[:3] + "-"}
        if len(of) == 1 and _fits(t, next(iter(of)), ctx):
            return of.pop()
    return None


@rule("role.nearby_territory", "the nearest territory before the title, in its sentence or the one before, that fits "
      "the kind of position", "Делегация Курской области прибыла в Гомель. В её составе министр промышленности Олег "
      "Петров.")
def _nearby(t: TitleMention, ctx: Context) -> str | None:
    """The nearest territory before the title in its sentence or the previous one, not of the
    side its counterpart in the sentence holds."""
    tokens = ctx.ann.tokens
    taken = counterpart_sides(t, ctx)
    for m in reversed([m for m in ctx.places if m.start < t.start and t.sent - 1 <= m.sent <= t.sent
                       and not m.in_org and m.id]):
        if m.start > 0 and tokens[m.start - 1].lower in L.in_prepositions:
            if government_of_country(t, ctx, m.id):  # "побывал в Минске. Гостя принял премьер-министр …"
                return government_of_country(t, ctx, m.id)
            host = host_where_received(t, ctx, m.id, taken) if m.sent == t.sent else None
            if host:
                return host
            continue  # where something happens, not whose official it is
        if any(sides.same_camp(ctx, m.id, o) for o in taken):
            continue
        if _fits(t, m.id, ctx) and m.form != "adj":
            return m.id
        if m.form != "adj" and government_of_country(t, ctx, m.id):
            return government_of_country(t, ctx, m.id)
    return None


@rule("role.host_where_received", "'В Могилёве делегацию принял председатель облисполкома Анатолий Исаченко': who "
      "receives the other side's guests in a town of his own side holds the post of that town, or of its region",
      "Делегация Ульяновской области посетила Беларусь. В Могилёве делегацию принял председатель облисполкома "
      "Анатолий Исаченко.")
def host_where_received(t: TitleMention, ctx: Context, place_id: str, guests: list[str]) -> str | None:
    if not guests or any(sides.same_camp(ctx, place_id, g) for g in guests):
        return None
    return place_id if _fits(t, place_id, ctx) else city_region(t, ctx, place_id)


@rule("role.government_of_country", "'Делегация посетила Ташкент. Гостей принял заместитель премьер-министра …': a "
      "government's post beside a city or region of a country whose regions have no government is the country's",
      "Делегация Ульяновской области посетила Ташкент. Гостей принял заместитель премьер-министра Жамшид Ходжаев.")
def government_of_country(t: TitleMention, ctx: Context, place_id: str) -> str | None:
    country = country_of(place_id)
    if not country or country == place_id or country in REGIONAL_GOVERNMENTS or not _government_post(t, ctx) \
            or not _fits(t, country, ctx):
        return None
    return country


@rule("role.counterpart_side", "'Соглашение подписали глава муниципалитета Наталья Фёдорова и председатель "
      "Могилёвского райисполкома Олег Чикида': of the two signatories, each holds a post of another side",
      "О сотрудничестве договорились Псковский и Могилёвский районы. Соглашение подписали глава муниципалитета Анна "
      "Петрова и председатель Могилёвского райисполкома Олег Чикида.", off=[])
def counterpart_sides(t: TitleMention, ctx: Context) -> list[str]:
    lemmas = {x.lemma for x in ctx.tokens_of(t.sent)}
    holders = {id(o.person) for o in ctx.titles_in(t.sent) if o.person is not None}
    signing = lemmas & (L.sign_nouns | set(L.document_kinds) | {"документ"}) or lemmas & L.sign_verbs - {"принять"}
    if not signing or len(holders) != 2:
        # two signatories; a list of participants may all be of one side
        return met_or_visited(t, ctx) + met_by(t, ctx) + received_guests(t, ctx) + opened_as_host(t, ctx) \
            + met_the_guests(t, ctx) + met_a_countrys_post(t, ctx)
    return [o.of for o in ctx.titles_in(t.sent) if o is not t and o.person is not t.person and o.of
            and is_place_id(o.of) and o.places]


@rule("role.met_or_visited", "'Глава региона провёл встречу с делегацией Могилёвской области', 'Глава республики "
      "посетил Минск': the side a generic head met, received or travelled to is not his own", "Губернатор Воронежской "
      "области рассказал о планах. Глава региона Александр Гусев встретился с делегацией Могилёвской области.", off=[])
def met_or_visited(t: TitleMention, ctx: Context) -> list[str]:
    tokens = ctx.tokens_of(t.sent)
    after = [x for x in tokens if x.i >= t.stop]
    moving = any(x.lemma in L.motion_verbs for x in after[:4])
    if not any(x.lemma in L.talk_verbs or x.lemma in L.talk_nouns for x in after[:6]) and not moving:
        return []  # the title is the subject of a meeting or a trip told right after it
    # a mission's staff met ("советник Посольства РФ в Беларуси") say whose mission it is, not which side was met
    missions = {i for o in ctx.titles_in(t.sent) if o.location is not None or o.org for i in range(o.start, o.stop)}
    # where he received someone is no side he met ("Хоким области принял в Самарканде делегацию"), where he went is
    # a relative clause tells of someone else ("с акимом области, который прибыл в Омск"): its places are not met
    relative = next((x.i for x in after if x.lemma == "который"), None)
    return [m.id for m in sides.side_mentions(ctx, t.sent, t.stop, relative) if is_place_id(m.id)
            and m.start not in missions and (moving or not sides.venue(ctx, m))]


@rule("role.met_a_countrys_post", "'глава региона Виталий Хоценко на встрече с акимом области Асаином Байхановым': a "
      "generic head who met a post that exists in one country only (аким, хоким, председатель облисполкома) is not of "
      "that country's side", "Губернатор Омской области и аким Павлодарской области обсудили торговлю. Глава региона "
      "Виталий Хоценко встретился с акимом области Асаином Байхановым.", off=[])
def met_a_countrys_post(t: TitleMention, ctx: Context) -> list[str]:
    tokens = ctx.ann.tokens
    met = [o for o in ctx.titles_in(t.sent) if o is not t and o.start > t.stop and o.person is not t.person
           and tokens[o.start - 1].lower in L.with_prepositions]
    countries = {c for o in met if (c := title_country(o, ctx))}
    return [c.best for c in ctx.camps if country_of(c.best) in countries]


@rule("role.met_the_guests", "'Глава региона Георгий Филимонов провёл с гостями переговоры', 'губернатор встретился с "
      "делегацией': who met the guests is not of the guests' side", "Делегация Гродненской области находится в "
      "Вологодской области. Глава региона Георгий Филимонов провёл с гостями переговоры.", off=[])
def met_the_guests(t: TitleMention, ctx: Context) -> list[str]:
    after = [x for x in ctx.tokens_of(t.sent) if x.i >= t.stop]
    if not any(x.lemma in L.talk_verbs or x.lemma in L.talk_nouns for x in after[:6]):
        return []
    guests = next((x for x in after[:8] if x.lemma in L.visitor_nouns and x.case == "Ins"), None)
    side = sides.guests_side(ctx, guests) if guests is not None else None
    return [side] if side else []


@rule("role.received_guests", "'Гостей принял губернатор Александр Гусев', 'делегацию встретил глава региона': who "
      "receives guests is not of the guests' side", "Делегация провинции Хэнань находится с визитом в Воронежской "
      "области. 18 июня гостей принял губернатор Александр Гусев.", off=[])
def received_guests(t: TitleMention, ctx: Context) -> list[str]:
    side = sides.received_by(ctx, t.start, t.stop)
    return [side] if side else []


@rule("role.opened_as_host", "'Открывая встречу, глава региона подчеркнул …', 'Приветствуя гостей, губернатор …': "
      "who opens the event or greets the guests is the host, of the side where it is held, not of the guests' side",
      "17 октября в Барнауле губернатор Алтайского края встретился с делегацией Павлодарской области. Открывая "
      "встречу, глава региона подчеркнул, что Павлодарская область — ключевой партнер края.", off=[])
def opened_as_host(t: TitleMention, ctx: Context) -> list[str]:
    before = [x for x in ctx.tokens_of(t.sent) if x.i < t.start]
    if not any(x.lemma in L.host_opening_verbs and x.feats.get("VerbForm") == "Conv" for x in before):
        return []
    venues = [m for m in ctx.places if m.start < t.start and m.id and sides.venue(ctx, m)]
    if not venues:
        return []
    here = venues[-1].id
    return [c.best for c in ctx.camps if not c.contains(here)]


@rule("role.met_by", "'Премьер-министр Татарстана провёл переговоры с заместителем премьер-министра Ираклием "
      "Гарибашвили': the one met 'с …' is not of the side of those who met him", "Премьер-министр Татарстана Алексей "
      "Песошин провёл переговоры с заместителем премьер-министра Ираклием Гарибашвили в Тбилиси.", off=[])
def met_by(t: TitleMention, ctx: Context) -> list[str]:
    tokens = ctx.ann.tokens
    if t.start == 0 or tokens[t.start - 1].lower not in L.with_prepositions:
        return []
    before = [x for x in ctx.tokens_of(t.sent) if x.i < t.start]
    if not any(x.lemma in L.talk_verbs or x.lemma in L.talk_nouns for x in before):
        return []
    # "… переговоры с Председателем Совета Республики, а в Гомеле — с председателем облисполкома": one met in the
    # clause before is met too, not one who met him
    gap = next((x.i for x in reversed(before) if x.lower in L.contrast_conjunctions
                and any(y.text in DASHES for y in before if y.i > x.i)), -1)
    return [o.of for o in ctx.titles_in(t.sent) if gap < o.start and o.stop <= t.start and o.of and is_place_id(o.of)]


@rule("role.met_in_their_country", "'… провёл переговоры с заместителем премьер-министра Ираклием Гарибашвили в "
      "Тбилиси': the one met abroad, his post naming no territory, holds it in the country of the meeting's venue",
      "Премьер-министр Татарстана Алексей Песошин провёл переговоры с заместителем премьер-министра Ираклием "
      "Гарибашвили в Тбилиси.")
def met_in_their_country(t: TitleMention, ctx: Context) -> str | None:
    hosts = met_by(t, ctx)
    if not hosts:
        return None
    tokens = ctx.ann.tokens
    for m in ctx.places_in(t.sent):  # "в Тбилиси", or where the trip went: "в ходе визита в Бишкек"
        where = sides.venue(ctx, m) or m.start > 0 and tokens[m.start - 1].lower in L.in_prepositions
        if m.id and is_place_id(m.id) and where and not any(related(m.id, h) for h in hosts):
            for place in (country_of(m.id), m.id):
                if place and _fits(t, place, ctx):
                    return place
    return None


@rule("role.delegation_head", "'делегация Брянской областной думы во главе с председателем Михаилом Ивановым': the "
      "head holds a post of the delegation's territory", "Делегация Брянской области во главе с председателем "
      "Михаилом Ивановым прибыла в Могилёв.")
def _delegation_head(t: TitleMention, ctx: Context) -> str | None:
    """"делегация Брянской областной думы во главе с председателем Михаилом Ивановым": the head
    of a delegation holds a post of the delegation's territory."""
    tokens = ctx.ann.tokens
    lead = tokens[max(t.start - 3, 0): t.start]
    if not any(x.lemma in L.head_markers for x in lead) and not delegation_member(t, ctx):
        return None
    delegation = next((x for x in reversed(tokens[max(t.start - 15, 0): t.start])
                       if x.lemma == "делегация" and x.sent == t.sent), None)
    if delegation is None:
        return None
    # "делегация Брянской области", "брянская делегация"; of "делегация вьетнамской провинции Бакнинь" the province
    # (the first name, not the region after it: "делегация Сармановского района Татарстана")
    own = [m for m in ctx.places if m.id and m.sent == t.sent and m.start < t.start
           and (delegation.i < m.start <= delegation.i + 4 or m.form == "adj" and m.stop == delegation.i)]
    named = [m for m in own if m.form != "adj"] or own
    if not named:
        return None
    return named[0].id if _fits(t, named[0].id, ctx) else None


@rule("role.delegation_member", "'В составе тюменской делегации – заместитель губернатора Вячеслав Вахрин': a member "
      "of a delegation holds a post of the delegation's territory", "Губернатор Тюменской области встретился с акимом. "
      "В составе тюменской делегации – заместитель губернатора Вячеслав Вахрин.", off=False)
def delegation_member(t: TitleMention, ctx: Context) -> bool:
    """"в составе делегации", "в состав делегации вошли" before the title, in its sentence."""
    before = [x for x in ctx.ann.tokens[max(t.start - 10, 0): t.start] if x.sent == t.sent]
    return any(x.lemma == "состав" and n > 0 and before[n - 1].lower in L.in_prepositions
               and any(y.lemma == "делегация" for y in before[n + 1: n + 4]) for n, x in enumerate(before))


@rule("role.coordinated_title", "'президент страны Александр Лукашенко и премьер-министр Андрей Кобяков': the second "
      "title shares the first one's territory", "Гостей принял президент Беларуси Александр Лукашенко и "
      "премьер-министр Роман Головченко.")
def _coordinated(t: TitleMention, ctx: Context) -> str | None:
    """"президент страны Александр Лукашенко и премьер-министр Андрей Кобяков": the second
    title shares the first one's territory."""
    if counterpart_sides(t, ctx):
        return None  # two signatories hold posts of two sides
    tokens = ctx.ann.tokens
    for o in ctx.titles:
        # (not "Андрей Кузнецов, сопредседатель совета, заместитель губернатора …": a chain of one person's titles)
        if o.of and o.person_mention is not None and o.person_mention.stop + 1 == t.start and o.stop <= o.person_mention.start \
                and o.person is not t.person \
                and tokens[o.person_mention.stop].text in ("и", ",") and is_place_id(o.of) and _fits(t, o.of, ctx):
            return o.of
    return None


@rule("role.only_fitting_side", "the one document side whose kind of territory fits: a governor → the Russian "
      "region", "Председатель Гомельского облисполкома Иван Крупко встретился с брянской делегацией. Губернатор "
      "Александр Богомаз поблагодарил коллег.")
def _by_scope(t: TitleMention, ctx: Context) -> str | None:
    fits = []
    taken = counterpart_sides(t, ctx)  # the side he received or met is not his
    for camp in ctx.camps:
        if any(camp.contains(o) for o in taken):
            continue
        ok = [p for p in camp.weights if _fits(t, p, ctx)]
        if not ok:  # "Гродно" in the text, "председатель облисполкома" heads the city's region
            ok = [r for r in dict.fromkeys(region_of(p) for p in camp.weights) if r and _fits(t, r, ctx)]
            if len(ok) > 1:
                ok = []
        if ok:
            fits.append(max(ok, key=lambda p: camp.weights.get(p, 0)))
    return fits[0] if len(fits) == 1 else None


@rule("role.respectively_in_order", "'первые заместители руководителей регионов Василий Емельянов и Андрей Гусев "
      "соответственно': a plural generic title over names followed by 'соответственно' gives its holders the "
      "territories of that kind in the order the latest sentence naming them all gives", "Состоялась встреча губернатора Псковской "
      "области Михаила Ведерникова и председателя Витебского облисполкома Александра Субботина. В переговорах "
      "участвовали первые заместители руководителей регионов Василий Емельянов и Андрей Гусев соответственно.",
      off=None)
def respectively_in_order(t: TitleMention, ctx: Context) -> str | None:
    tokens = ctx.ann.tokens
    holders = sorted((x for x in ctx.titles if x.start == t.start and x.person_mention is not None),
                     key=lambda x: x.person_mention.start)
    last = holders[-1].person_mention if holders else None
    if last is None or last.stop >= len(tokens) or tokens[last.stop].lower != "соответственно":
        return None
    # the order of the latest sentence that names as many of them ("встреча губернатора Псковской области … и
    # председателя Витебского облисполкома"), not the headline's
    for sent in range(t.sent, -1, -1):
        named = list(dict.fromkeys(m.resolved for m in ctx.places_in(sent) if m.start < t.start and m.resolved
                                   and _level_is(ctx, m.resolved, t.generic) and ctx.camp_of(m.resolved) is not None))
        if len(named) == len(holders):
            return named[holders.index(t)]
    return None


@rule("role.bare_title_side", "'Стороны вспомнили визит акима в Омск': a bare title with no name and no territory is of "
      "the one side of the document its kind of post fits (an аким: the Kazakh region), so a trip or a talk it tells "
      "has its side", "Губернатор Омской области встретился с акимом Павлодарской области. Стороны вспомнили визит "
      "акима в Омск в 2023 году.", off=None)
def bare_title_side(t: TitleMention, ctx: Context) -> str | None:
    return _by_scope(t, ctx)


@rule("role.title_without_name", "'Губернатор провел встречу …' after 'губернатором Александром Богомазом': a title "
      "without a name is the one person who holds it, under this name or another of that post ('глава белорусского "
      "правительства' for the premier) (for participants and heads, not roles)", "Губернатор Брянской области Александр Богомаз прибыл в Гомель. Губернатор провёл переговоры с "
      "председателем Гомельского облисполкома Иваном Крупко.", off=[])
def _corefer(ctx: Context) -> list[str]:
    """"Губернатор провел встречу …" after "губернатором Александром Богомазом": a title without a
    name is the one person of the document who holds it (for participants and heads, not roles)."""
    bound = []
    for t in ctx.titles:
        if t.person is not None or t.plural:
            continue  # "Главы двух регионов подписали …": several people, not the one of the kind
        named = [o for o in ctx.titles if o.person is not None and not o.former and (t.of is None or o.of == t.of)]
        holders = {o.person.name: o.person for o in named if o.head == t.head} or \
            {o.person.name: o.person for o in named if _same_post(o, t)}
        if not holders:
            holders = head_of_territory(ctx, t)
        if len(holders) == 1:
            t.person = next(iter(holders.values()))
            t.coref = True
            bound.append(f"{t.text} = {t.person.name}")
    return bound


def _same_post(a: TitleMention, b: TitleMention) -> bool:
    """One post named two ways ("глава правительства", "премьер" and "премьер-министр")."""
    return L.same_posts.get(a.text, a.text) == L.same_posts.get(b.text, b.text)


@rule("role.head_of_territory", "'глава региона' after 'губернатором Игорем Бабушкиным': a generic head of a "
      "territory is the one person the document names as its head, whatever the post's word",
      "Делегацию возглавил губернатор Астраханской области Игорь Бабушкин. Глава региона провёл переговоры "
      "с губернатором провинции Гилян.", off={})
def head_of_territory(ctx: Context, t: TitleMention) -> dict:
    # a bare head's title too: "аким области и губернатор подписали" after "Глава региона Александр Моор"
    if t.of is None or t.head not in L.territory_heads:
        return {}
    return sides.heads_of(ctx, t.of)


@rule("role.holders_of_listed_delegation", "'принял делегацию Восточно-Казахстанской и Павлодарской областей. "
      "Делегацию возглавили акимы Ермек Кошербаев и Асаин Байханов': a plural title naming no territory, held by as "
      "many people as the delegation lists territories, gives them out in order", "Губернатор Алтайского края принял "
      "делегацию Восточно-Казахстанской и Павлодарской областей. Делегацию возглавили акимы Ермек Кошербаев и Асаин "
      "Байханов.")
def holders_of_listed_delegation(t: TitleMention, ctx: Context) -> str | None:
    if not t.plural or t.places or t.person_mention is None:
        return None
    holders = sorted((x for x in ctx.titles if x.start == t.start and x.person_mention is not None),
                     key=lambda x: x.person_mention.start)
    for s in (t.sent, t.sent - 1):
        listed = sides.listed_delegation(ctx, s) if s >= 0 else []
        if len(listed) == len(holders) and all(_fits(t, p, ctx) for p in listed):
            return listed[holders.index(t)]
    return None


@rule("role.side_named_before", "'С казахстанской стороны на переговорах присутствовали вице-министр торговли …': the "
      "side named before a list of officials is theirs", "С белорусской стороны в заседании участвовали министр "
      "промышленности Александр Ефимов и посол Дмитрий Крутой.")
def side_named_before(t: TitleMention, ctx: Context, within: bool = False) -> str | None:
    """The nearest side named before the title: "с казахстанской стороны", or the elliptical "с российской —"."""
    found = None
    for m in ctx.places:
        if m.sent == t.sent and m.stop <= t.start and sides.camp_marker(ctx, m):
            found = m
    found = side_represented(t, ctx) or found
    if found is None:
        return None
    side = found.resolved
    if _fits(t, side, ctx):
        return side
    if found.form == "adj" and (other := _other_level_fitting(t, side, ctx)):
        return other  # "Брянскую сторону представлял первый заместитель губернатора": the region, not Брянск
    # the side is a country ("с российской стороны"), the post one of its regions' ("губернатор"): the country says
    # which camp, not the territory (``_generic`` asks for that)
    if within and _country_fits(t, side, ctx) and not (_governors_post(t, ctx) and country_of(side) in NO_GOVERNORS):
        return side
    return None


@rule("role.side_represented", "'казахстанскую сторону представлял заместитель акима области …', 'Брянскую сторону на "
      "переговорах также представляли … и …': the side a person represents or leads, named before as the verb's "
      "object, is the side of his post — of each subject of the verb",
      "Омскую делегацию возглавил заместитель губернатора Валерий Бойко, казахстанскую сторону представлял заместитель "
      "акима области Ерлан Иманзаипов.", off=None)
def side_represented(t: TitleMention, ctx: Context) -> PlaceMention | None:
    """The nearest such side before the title; the verb may stand a few words after its object ("Брянскую сторону на
    переговорах также представляли …"), and the title be any of the verb's coordinated subjects ("… первый заместитель
    губернатора Александр Коробко и директор департамента Ирина Егорова")."""
    tokens = ctx.ann.tokens
    found = None
    for m in ctx.places:
        if m.sent != t.sent or m.form != "adj" or m.stop >= t.start or tokens[m.stop].lemma not in L.represented_nouns:
            continue
        verb = next((x for x in tokens[m.stop + 1: min(m.stop + 5, t.start)]
                     if x.lemma in L.represent_verbs and x.pos == "VERB"), None)
        if verb is None or any(x.pos == "PUNCT" and x.text not in ",()" for x in tokens[m.stop: verb.i]):
            continue
        between = tokens[verb.i + 1: t.start]
        if any(x.pos in ("VERB", "AUX") or x.text in (";", "—", "–") or x.lower == "а" for x in between):
            continue  # another clause, or another side's ("…, гомельскую — …")
        found = m
    return found


def resolve(t: TitleMention, ctx: Context, generic: bool = True) -> str | None:
    """What the title says by itself (rules 1–4); the generic words ("глава региона") only when ``generic``,
    once every title that names its territory is resolved (a counterpart's side must be known)."""
    of = _organisation(t, ctx) or _named(t, ctx) or _implied(t, ctx) or (_generic(t, ctx) if t.generic and generic
                                                                           else None)
    return level_of_title(t, of, ctx) or of


@rule("role.level_of_title", "'нижегородский губернатор': a region's post named by an adjective its capital shares "
      "belongs to the region, not the city", "В Нижнем Новгороде прошла встреча с делегацией Абхазии. Нижегородский губернатор Глеб Никитин "
      "рассказал о планах.")
def level_of_title(t: TitleMention, of: str | None, ctx: Context) -> str | None:
    """Only for a place given by an adjective, which names a region and its capital alike; a place named by a noun
    ("хоким Бухары") is taken as named."""
    if of is None or t.org or not is_place_id(of) or _fits(t, of, ctx) or any(m.form != "adj" for m in t.places):
        return None
    return _other_level_fitting(t, of, ctx)


def _other_level_fitting(t: TitleMention, of: str, ctx: Context) -> str | None:
    """An adjective names a region and its capital alike: the other one, when the post fits it."""
    for other in (region_of(of), capital_of(of)):  # "нижегородский губернатор" up, "минский мэр" down
        if other and other != of and _fits(t, other, ctx):
            return other
    return None


def extract(ctx: Context) -> list[RoleFact]:
    for t in ctx.titles:
        with candidate("role", ctx.ann.tokens[t.start:t.stop], key=id(t)):
            t.of = resolve(t, ctx, generic=False)
    # the head of a delegation first: a generic head named later is not the head of a territory given one
    for t in ctx.titles:
        if t.of is None and not t.generic and t.person is not None:
            with candidate("role", ctx.ann.tokens[t.start:t.stop], key=id(t)):
                t.of = holders_of_listed_delegation(t, ctx) or _delegation_head(t, ctx)
    for t in ctx.titles:
        if t.of is None and t.generic:
            with candidate("role", ctx.ann.tokens[t.start:t.stop], key=id(t)):
                # ("делегация Калининградской области во главе с заместителем председателя правительства региона":
                # the delegation's region, whatever the dateline says)
                t.of = own_title_named_elsewhere(t, ctx) or _delegation_head(t, ctx) or resolve(t, ctx)
    for t in ctx.titles:
        if t.of is None and t.person is not None and not (t.plural and t.generic):
            with candidate("role", ctx.ann.tokens[t.start:t.stop], key=id(t)):
                t.of = holders_of_listed_delegation(t, ctx) or body_named_before(t, ctx) or side_named_before(t, ctx) \
                    or _same_title(t, ctx) or _coordinated(t, ctx) \
                    or _delegation_head(t, ctx) or _nearby(t, ctx) or met_in_their_country(t, ctx) \
                    or _by_scope(t, ctx)
                if t.of and is_place_id(t.of) and any(related(t.of, p) for p in met_or_visited(t, ctx) + met_by(t, ctx)):
                    t.of = None  # "Глава республики посетил Минск": whatever territory he heads, not Minsk
                if t.of and is_place_id(t.of) and generic_level_lost(t, ctx):
                    t.of = None
    for t in ctx.titles:
        if t.of is None and t.plural and t.generic and t.person is not None:
            with candidate("role", ctx.ann.tokens[t.start:t.stop], key=id(t)):
                t.of = respectively_in_order(t, ctx)
    for t in ctx.titles:
        if t.of is None and t.person is None and not t.plural and not t.generic:
            with candidate("role", ctx.ann.tokens[t.start:t.stop], key=id(t)):
                t.of = bare_title_side(t, ctx)
    for t in ctx.titles:
        if t.of is not None and delegation_not_a_post(t, ctx):
            t.of = None  # "руководитель делегации": whose side it is, his post says (the trip's rules read ``of``)
    _corefer(ctx)
    for t in ctx.titles:
        if t.coref and t.of is None:  # "Посол прибыл …": the post the same person holds, named before
            t.of = _same_title(t, ctx)
    facts: dict[tuple[str, str], RoleFact] = {}
    titled = {id(t.person) for t in ctx.titles if t.person is not None and not t.coref and not t.former}
    governed = {id(t.person) for t in ctx.titles if t.person is not None and not t.joint and not t.former
                and t.of and is_place_id(t.of)}
    for t in ctx.titles:
        if t.person is None:
            continue
        with candidate("role", ctx.ann.tokens[t.start:t.stop], key=id(t)) as c:
            if t.coref and not title_of_untitled(t, titled):
                c.drop("должность названа без имени; у человека есть своя")
                continue
            if t.coref and host_of_those_guests(t, ctx):
                c.drop("должность стороны гостей у того, кто их принимал")
                continue
            if former_not_held(t):
                c.drop("бывшая должность")
                continue
            if delegation_not_a_post(t, ctx):
                c.drop("руководитель делегации — не должность")
                continue
            if t.of is None:
                c.drop("не установлено, чья это должность")
                continue
            if t.of.startswith("?"):  # a district the gazetteer does not know, in a region the text does not name
                c.drop(f"территория «{t.of[t.of.find('/') + 1:]}» не найдена в справочнике, а область в тексте не названа")
                continue
            if joint_body_post(t, governed):
                c.drop("пост в совместном органе у человека с государственной должностью")
                continue
            key = (t.person.surname, t.of)
            fact = c.made(RoleFact(person=t.person.name, title=t.text, of=t.of, evidence=ctx.evidence(t.sent)))
            old = facts.get(key)
            if old is None:
                facts[key] = fact
            elif fuller_title(fact, old):
                merged(fact, old)
                facts[key] = fact
            else:
                merged(old, fact)
    return list(facts.values())


@rule("role.host_of_those_guests", "'Затем гостей из Гродно принял Олжас Бектенов. … Глава облисполкома также "
      "встретился …': a title bound across sentences is not the post, of the guests' side, of the one who received them",
      "Делегация Гродненской области прибыла в Астану. Затем гостей из Гродно принял Олжас Бектенов. Глава "
      "облисполкома также встретился с руководством палаты.", off=False)
def host_of_those_guests(t: TitleMention, ctx: Context) -> bool:
    if not t.of or not is_place_id(t.of) or t.person is None:
        return False
    return any((side := sides.received_by(ctx, m.start, m.stop)) and sides.same_camp(ctx, side, t.of)
               for m in t.person.mentions)


@rule("role.title_of_untitled", "'Гостей принял Алексей Текслер. Губернатор рассказал …': a title bound to a person "
      "across sentences is that person's post when the text gives them no other", "Гостей из Самарканда принял "
      "Алексей Текслер. Губернатор Челябинской области рассказал о планах.", off=False)
def title_of_untitled(t: TitleMention, titled: set[int]) -> bool:
    return id(t.person) not in titled


@rule("role.joint_body_post", "'сопредседатель комиссии от белорусской стороны Павел Шевчук — министр сельского "
      "хозяйства': a post in a joint body is a role only when the text gives the person no government post (FACTS 1.2)",
      "Заседание вёл сопредседатель комиссии от белорусской стороны Павел Шевчук — министр сельского хозяйства "
      "Беларуси.", off=False)
def joint_body_post(t: TitleMention, governed: set[int]) -> bool:
    return t.joint and id(t.person) in governed


@rule("role.former_not_held", "'бывший министр', 'экс-президент', 'кандидат в мэры': no position held",
      "Встречу вёл бывший министр экономики Олег Петров.", off=False)
def former_not_held(t: TitleMention) -> bool:
    return t.former


@rule("role.delegation_not_a_post", "'руководитель делегации', 'глава делегации': who leads a delegation holds no post "
      "by it (he heads the trip)", "«Это наша третья поездка», — рассказал руководитель делегации, заместитель "
      "губернатора Смоленской области Александр Борисов.", off=False)
def delegation_not_a_post(t: TitleMention, ctx: Context) -> bool:
    words = ctx.ann.tokens[t.start:t.stop]
    return any(w.lemma in L.delegation_nouns for w in words) and not t.places


@rule("role.fuller_title", "one fact per person and territory: the fuller title wins", "Министр Олег Петров выступил первым. Первый заместитель министра промышленности Брянской области Олег "
      "Петров ответил на вопросы.", off=False)
def fuller_title(fact: RoleFact, old: RoleFact) -> bool:
    return len(fact.title) > len(old.title)
