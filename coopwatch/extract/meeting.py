"""meeting — talks or a session between the sides.

Each candidate is a word that names a meeting. The rules, in the order they decide (``coopwatch
explain`` shows which fired, ``benchmarks/rules.py`` what each is worth):

What kind of meeting a word names
  meeting.working_group_session, meeting.commission_session, meeting.body_of_a_post, meeting.business_council,
  meeting.joint_council_session, meeting.council_of_regions, meeting.bilateral_forum, meeting.many_countries_at_it, meeting.subject_of_held_verb, meeting.welcome_on_arrival, meeting.adopted_document, meeting.format_of_the_event, meeting.ceremonial_reception,
  meeting.talks_word, meeting.phone_call
Which are meetings the text reports as held
  meeting.count_not_meeting, meeting.meetings_with_many, meeting.said_at_session (clauses.unrealised), meeting.coming_event,
  meeting.verb_needs_two_sides,
  meeting.talks_inside_session
A meeting mentioned again, and sentences that belong to it
  meeting.received_by_untitled, meeting.speaker_in_turn, meeting.speaker_right_after, meeting.led_right_after, meeting.represented_a_side, meeting.co_chairs_right_after, meeting.opened_it, meeting.delegation_members, meeting.accompanied_delegation, meeting.pronoun_for_it, meeting.guest_is_the_visitor, meeting.traveller_of_the_trip, meeting.speaks_of_it, meeting.spoke_at_it, meeting.report_right_after, meeting.refers_back, meeting.side_told_first, meeting.signed_after_it, meeting.previous_meeting, meeting.recalled_meeting, meeting.another_session, meeting.same_body_again, meeting.earlier_session_of_body, meeting.with_the_guests, meeting.talks_at_forum, meeting.forum_of_those_talks, meeting.participation_sentence, meeting.discussed_at_session, meeting.sides_discussed_after,
  meeting.met_the_public, meeting.signing_there, meeting.signed_in_presence, meeting.ongoing_negotiations, meeting.signed_at_it, meeting.body_without_meeting_before, meeting.names_before_talks
Its fields
  meeting.session_ordinal, meeting.participants, meeting.reporter_not_participant, meeting.reported_own_talks, meeting.only_to_come,
  meeting.pronoun_participants, meeting.heads_named_before, meeting.venue, meeting.place_of_a_post, meeting.seat_of_authority, meeting.seat_named_by_its_kind, meeting.venue_told_before, meeting.quoted_apart, meeting.reported_apart, meeting.venue_of_the_event, meeting.topic_not_venue, meeting.direction_not_venue,
  meeting.date, meeting.date_of_a_plan, meeting.when_clause_date, meeting.date_of_the_event, meeting.year_in_phrase, meeting.event_year
Its sides
  meeting.delegation_adjective_refined, meeting.with_each_of_them, meeting.one_per_partner, meeting.one_per_delegation_member,
  meeting.one_per_listed_subject, meeting.phrase_sides, meeting.forum_named_before, meeting.body_named_before, meeting.name_ended,
  meeting.narrowest_named, meeting.sides_named_closer, meeting.body_of_main_side, meeting.sides_as_subject, meeting.diplomat_attends, meeting.compatriots_only,
  meeting.sides_of_people_and_sentence, meeting.town_visited_not_met, meeting.sides_from_camps
One fact per meeting
  meeting.later_meeting, meeting.with_town_head, meeting.another_partner_in_sentence, meeting.gapped_talks, meeting.listed_partners_apart, meeting.merge_same_meeting, meeting.headline_session_told_in_body
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coopwatch.extract import sides
from coopwatch.extract.clauses import clause_of, is_future, path_to_root, unrealised
from coopwatch.extract.context import Context, in_headline
from coopwatch.extract.dates import day_marker, event_day
from coopwatch.extract.normal import quoted_tokens
from coopwatch.extract.people import Person
from coopwatch.extract.rulebook import UNCHANGED, candidate, merged, rule
from coopwatch.extract.titles import DASHES, plural_form
from coopwatch.facttypes.meeting import MeetingFact
from coopwatch.gazetteer.matcher import PlaceMention
from coopwatch.gazetteer.places import contains, country_of, is_place_id, region_of, related
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Token


@dataclass
class Meeting:
    kind: str
    sents: list[int]
    anchor: Token
    phrase_sides: list[str] = field(default_factory=list)
    number: int | None = None
    others_met: set[str] = field(default_factory=set)  # people met at another talks of its sentence


def _near(ctx: Context, t: Token, before: int = 3, after: int = 0) -> list[Token]:
    tokens = ctx.ann.tokens
    return [x for x in tokens[max(t.i - before, 0): t.i + after + 1] if x.sent == t.sent and x.i != t.i]


# ---- what kind of meeting a word names ------------------------------------------------------------


@rule("meeting.working_group_session", "'заседание рабочей группы': a working-group session, not the group alone",
      "В Минске прошло заседание рабочей группы по сотрудничеству Беларуси и Курской области.")
def working_group_session(ctx: Context, t: Token) -> str | None:
    if _body_kind(ctx, t) == "working_group":
        before = {x.lemma for x in _near(ctx, t, 4)}
        return "working_group" if before & L.session_nouns else None
    return None


@rule("meeting.commission_session", "'межправкомиссия', 'заседание комиссии': a session of a joint commission",
      "Заседание совместной комиссии Татарстана и Беларуси прошло в Казани.")
def commission_session(ctx: Context, t: Token) -> str | None:
    if t.lemma == "межправкомиссия" and not body_of_a_post(ctx, t) \
            or t.lemma == "комиссия" and {x.lemma for x in _near(ctx, t, 4)} & L.session_nouns:
        return "commission"
    return None


@rule("meeting.body_of_a_post", "'с заместителем премьер-министра Шахином Мустафаевым, сопредседателем "
      "межправкомиссии': a body named in a person's title is his post, no session of it", "В Баку состоялась встреча "
      "губернатора Астраханской области с заместителем премьер-министра Азербайджана Шахином Мустафаевым, "
      "сопредседателем межправкомиссии.", off=False)
def body_of_a_post(ctx: Context, t: Token) -> bool:
    return any(o.start <= t.i < o.stop for o in ctx.titles_in(t.sent))


@rule("meeting.business_council", "'заседание совета делового сотрудничества', 'в рамках Совета делового "
      "сотрудничества', 'заседание делового совета двух регионов', 'Совета Белорусско-Нижегородского делового "
      "сотрудничества': a session of the council", "В Гродно состоялось "
      "заседание совета делового сотрудничества Гродненской и Ленинградской областей.")
def business_council(ctx: Context, t: Token) -> str | None:
    tokens = ctx.ann.tokens
    # "Совета Белорусско-Нижегородского делового сотрудничества": the sides' compound adjective may come between
    after = [x for x in tokens[t.i + 1: t.i + 5] if x.sent == t.sent]
    k = 0
    while k < len(after) and after[k].lemma != "деловой" and (after[k].pos == "ADJ" or after[k].text in DASHES
                                                               or after[k].text[:1].isupper()):
        k += 1
    if t.lemma == "совет" and (k < len(after) and after[k].lemma == "деловой"
                               or t.i > 0 and tokens[t.i - 1].lemma == "деловой"):
        before = {x.lemma for x in _near(ctx, t, 4)}
        return "commission" if before & (L.session_nouns | L.session_ties) or _held(ctx, t) else None
    return None


@rule("meeting.joint_council_session", "'заседание Совета регионов России и Узбекистана': a session of a standing "
      "council whose name holds the two sides is a commission; so is a numbered council ('во втором совете регионов')",
      "В Ташкенте прошло первое заседание Совета регионов "
      "России и Узбекистана.")
def joint_council_session(ctx: Context, t: Token) -> str | None:
    """Also a council counted by its sessions: "участвовали во втором совете регионов России и Узбекистана"."""
    if t.lemma != "совет":
        return None
    tokens = ctx.ann.tokens
    # numbered, and named by territories: "совет регионов …", not "второй совет директоров"
    numbered = any(o.start <= t.start < o.stop for o in ctx.in_sentence(ctx.ordinals, t.sent)) \
        and t.i + 1 < len(tokens) and tokens[t.i + 1].lemma in L.territory_nouns
    if not ({x.lemma for x in _near(ctx, t, 4)} & L.session_nouns or numbered):
        return None
    named = phrase_sides(ctx, t)
    if not named and council_of_regions(ctx, t):
        return "commission"
    return "commission" if any(not sides.same_camp(ctx, a, b) for a in named for b in named if a != b) else None


@rule("meeting.council_of_regions", "'заседание Совета приграничных регионов', 'совета регионов', 'Совета по "
      "сотрудничеству регионов' with no countries in "
      "its name, in a text of two countries' sides: a council of both sides' regions, whose sides the text gives",
      "Форум регионов России и Казахстана прошел в Астане. Кроме того, состоялось заседание Совета приграничных "
      "регионов.", off=False)
def council_of_regions(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    after = [x for x in tokens[t.i + 1: t.i + 5] if x.sent == t.sent]
    # "Совета регионов", "Совета приграничных регионов", "Совета по сотрудничеству регионов"
    noun = next((x for x in after if x.pos != "ADJ" and x.pos != "ADP" and x.lemma not in L.plan_qualifiers), None)
    return noun is not None and noun.lemma in L.territory_nouns and noun.feats.get("Number") == "Plur" \
        and len(ctx.camps) >= 2 and all(c.named for c in ctx.camps[:2])


@rule("meeting.bilateral_forum", "'на Форуме регионов России и Беларуси', 'бизнес-форум … прошёл', 'XIV Форум … "
      "собрал': a numbered or held forum of the "
      "two sides (not an international one, not forums in general)", "На Форуме регионов Беларуси и России в Гродно "
      "губернаторы подписали соглашение.")
def bilateral_forum(ctx: Context, t: Token) -> str | None:
    if t.lemma not in L.forum_nouns:
        return None
    before = {x.lemma for x in _near(ctx, t, 4)}
    around = before | {x.lemma for x in _near(ctx, t, 0, 3)}
    if around & L.not_bilateral_words or t.feats.get("Number") == "Plur":
        return None
    numbered = any(o.start <= t.start < o.stop for o in ctx.in_sentence(ctx.ordinals, t.sent))
    if any(many_countries_at_it(ctx, s) for s in (t.sent, t.sent + 1) if s < len(ctx.sentences)):
        return None  # (told in its sentence or the next: "В форуме участвовали гости из 30 государств")
    return "forum" if before & L.forum_setting_words or _held(ctx, t) or numbered else None


@rule("meeting.many_countries_at_it", "'Всего в форуме приняли участие представители 87 стран': a forum of many "
      "countries is no forum of the two sides", "Раис Татарстана провёл переговоры с министром иностранных дел "
      "Узбекистана. Всего в форуме приняли участие представители 87 стран.", off=False)
def many_countries_at_it(ctx: Context, sent: int) -> bool:
    tokens = ctx.tokens_of(sent)
    return any(t.lemma in L.group_partner_nouns and t.feats.get("Number") == "Plur" and k > 0
               and (tokens[k - 1].pos == "NUM" or tokens[k - 1].text.isdigit()) for k, t in enumerate(tokens))


@rule("meeting.welcome_on_arrival", "'встретили в аэропорту делегацию', 'у трапа самолёта гостей встречал …': a welcome "
      "on arrival is not talks", "Делегацию Самаркандской области встретили в аэропорту Пензы.", off=False)
def welcome_on_arrival(ctx: Context, t: Token) -> bool:
    if t.lemma not in L.welcome_verbs:
        return False
    around = [x.lemma for x in ctx.tokens_of(t.sent)]
    return any(w in around for w in L.arrival_places)


@rule("meeting.adopted_document", "'Программу … приняли губернатор и председатель облисполкома': 'принять' a document is "
      "adopting it, not receiving someone", "Программу сотрудничества на 2025–2027 годы приняли губернатор Орловской "
      "области и председатель Витебского облисполкома.", off=False)
def adopted_document(ctx: Context, t: Token) -> bool:
    if t.lemma != "принять":
        return False
    return any(c.head == t.i and c.rel in ("obj", "nsubj:pass") and (c.lemma in L.document_kinds or c.lemma in L.adopted_nouns)
               for c in ctx.tokens_of(t.sent))


@rule("meeting.talks_word", "'встреча', 'переговоры', 'беседа', 'встретился', 'обсудили', 'принял', 'провели "
      "переговоры' (not 'провели ряд переговоров', not 'принял участие')", "Губернатор Омской области встретился с "
      "акимом Павлодарской области.")
def talks_word(ctx: Context, t: Token) -> str | None:
    if t.lemma in L.talk_nouns and (t.feats.get("Number") != "Plur" or t.lemma == "переговоры") \
            or t.lemma in L.talk_verbs and t.pos == "VERB":
        after = [x.lemma for x in _near(ctx, t, 0, 2)]
        before = {x.lemma for x in _near(ctx, t, 4)}
        if t.lemma == "провести" and (not any(x in L.talk_nouns for x in after) or any(x in L.count_words for x in after)):
            return None  # "провели ряд переговоров": a count
        if t.lemma == "принять" and ("участие" in after or "участие" in before):
            return None  # "принял участие", "участие в котором принял": taking part, not receiving
        if adopted_document(ctx, t):
            return None
        if welcome_on_arrival(ctx, t):
            return None
        if format_of_the_event(ctx, t):
            return None
        if ceremonial_reception(ctx, t):
            return None
        return "talks"
    return None


@rule("meeting.ceremonial_reception", "'На торжественном приёме присутствовали …', 'праздничный приём по случаю "
      "годовщины', and 'На приёме' right after one: a reception held for an occasion is a ceremony, not talks", "На торжественном приёме по случаю "
      "годовщины консульства присутствовали Раис Татарстана и генеральный консул Узбекистана.", off=False)
def ceremonial_reception(ctx: Context, t: Token) -> bool:
    if t.lemma not in L.reception_nouns:  # "провели совместный приём по случаю …": the reception the verb holds
        t = next((x for x in ctx.tokens_of(t.sent) if x.head == t.i and x.rel == "obj" and x.lemma in L.reception_nouns),
                 None)
        if t is None:
            return False
    if _ceremonial(ctx, t):
        return True
    # "… провело приём по случаю Дня Конституции. На приёме присутствовал …": the reception told just before
    return t.sent > 0 and any(x.lemma in L.reception_nouns and _ceremonial(ctx, x) for x in ctx.tokens_of(t.sent - 1))


def _ceremonial(ctx: Context, t: Token) -> bool:
    before = [x for x in ctx.ann.tokens[max(t.i - 2, 0): t.i] if x.sent == t.sent]
    after = [x for x in ctx.ann.tokens[t.i + 1: t.i + 3] if x.sent == t.sent]
    occasion = len(after) == 2 and after[0].lower == "по" and after[1].lemma == "случай"
    return occasion or any(x.lemma in L.ceremony_adjectives for x in before)


@rule("meeting.format_of_the_event", "'Заседание прошло в режиме видеоконференции': a talks noun after 'в режиме', 'в "
      "формате' is how the event named was held, not another meeting", "Заместители губернаторов провели заседание "
      "рабочей группы Минской и Калужской областей. Заседание прошло в режиме видеоконференции.", off=False)
def format_of_the_event(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    if not (t.i >= 2 and tokens[t.i - 1].lemma in L.format_nouns and tokens[t.i - 2].lower in L.in_prepositions):
        return False
    # the event it is the format of is named here or just before ("пообщались в формате видеомоста": none, the talks)
    events = L.talk_nouns | L.session_nouns
    near = [x for s in (t.sent - 1, t.sent) if s >= 0 for x in ctx.tokens_of(s)]
    return any(x.lemma in events and x.i != t.i for x in near)


@rule("meeting.phone_call", "'провёл телефонный разговор с председателем облисполкома', 'в ходе телефонного "
      "разговора': a phone call between the sides is talks, held at a distance (a 'разговор' with no phone is not: "
      "'в разговоре с журналистами')", "Губернатор Курской области провёл телефонный разговор с председателем "
      "Гомельского облисполкома.", off=None)
def phone_call(ctx: Context, t: Token) -> str | None:
    if t.lemma not in L.call_nouns:
        return None
    tokens = ctx.ann.tokens
    near = [x for x in tokens[max(t.i - 2, 0): t.i + 4] if x.sent == t.sent and x.i != t.i]
    return "talks" if any(x.lemma in L.phone_words for x in near) else None


def _kind_at(ctx: Context, t: Token) -> str | None:
    """The kind of meeting a word names, if it names a meeting that took place."""
    return working_group_session(ctx, t) or commission_session(ctx, t) or business_council(ctx, t) \
        or joint_council_session(ctx, t) or bilateral_forum(ctx, t) or talks_word(ctx, t) or phone_call(ctx, t)


def _held(ctx: Context, t: Token) -> bool:
    return any(x.lemma in L.held_words for x in _near(ctx, t, 4, 4)) or subject_of_held_verb(ctx, t)


@rule("meeting.subject_of_held_verb", "'Форум регионов России и Казахстана прошел в Уральске', 'Форум … завершил работу': "
      "a meeting noun that is the subject of a verb of holding is held, however many words its name takes",
      "Форум регионов России и Казахстана прошел в Уральске.", off=False)
def subject_of_held_verb(ctx: Context, t: Token) -> bool:
    if not t.rel.startswith("nsubj") or t.head < 0:
        return False
    verb = ctx.ann.tokens[t.head]
    return verb.lemma in L.held_as_subject_verbs and verb.sent == t.sent


# ---- which are meetings the text reports as held --------------------------------------------------


def _counted(ctx: Context, t: Token) -> bool:
    """"11 встреч", "ряд переговоров": a number or a quantity word just before the word (an ordinal,
    "5-е заседание", names one)."""
    near = _near(ctx, t, 2)
    tokens = ctx.ann.tokens

    def counts(x: Token) -> bool:  # "11 (совместных) заседаний", not "11 ноября встретился"
        return x.text.isdigit() and len(x.text) < 4 and t.pos == "NOUN" \
            and all(y.pos == "ADJ" for y in tokens[x.i + 1: t.i])

    return any(x.lemma in L.count_words or counts(x) for x in near) \
        or any(c.isdigit() for c in t.text) and "-" not in t.text


@rule("meeting.count_not_meeting", "'11 заседаний рабочей группы', 'ряд переговоров': a count of meetings, not one",
      "За десять лет прошло 11 заседаний рабочей группы.", off=False)
def count_not_meeting(ctx: Context, t: Token) -> bool:
    if _counted(ctx, t) or meetings_with_many(ctx, t):
        return True
    sessions = [x for x in _near(ctx, t, 4) if x.lemma in L.session_nouns]
    return any(_counted(ctx, x) for x in sessions)


@rule("meeting.meetings_with_many", "'провел встречи с руководителями регионов Узбекистана', 'с акимами областей': "
      "meetings in the plural with the heads of several territories not named sum up the meetings told one by one, "
      "they are none of their own; so is one meeting with them ('на встрече с руководителями российских регионов')", "Рустам Минниханов провел "
      "встречи с руководителями регионов Узбекистана.", off=False)
def meetings_with_many(ctx: Context, t: Token) -> bool:
    # the meeting's noun, or the one its verb governs ("провел встречи"); one that has a singular ("переговоры" is
    # plural whatever it counts)
    nouns = [t] if t.lemma in L.talk_nouns else [x for x in ctx.tokens_of(t.sent) if x.head == t.i and x.rel == "obj"
                                                 and x.lemma in L.talk_nouns]
    for noun in nouns:
        # one meeting with the heads of several territories not named ("на встрече с руководителями российских
        # регионов") is no talks of two named sides either
        single = noun.feats.get("Number") != "Plur" or noun.lemma in L.plural_only_talk_nouns
        after = [x for x in ctx.ann.tokens[noun.i + 1: noun.i + 7] if x.sent == noun.sent]
        for x, partner in zip(after, after[1:]):
            if x.lower not in L.with_prepositions or partner.pos != "NOUN" or not plural_form(partner):
                continue
            # the territories not named ("провинций Мазандаран и Гилян": one meeting per partner, told here)
            if any(m.start > partner.i and ctx.gz.level(m.id) != "country" and m.form != "adj"
                   for m in ctx.places_in(noun.sent) if m.id):
                return False
            # heads of several territories ("акимами областей", "руководителями регионов"), not several people of
            # one side ("руководителями министерств": talks with that side)
            territories = any(y.lemma in L.generic_territories and y.feats.get("Number") == "Plur"
                              for y in after if y.i > partner.i)
            if single:
                return territories and (partner.lemma in L.territory_heads or partner.lemma in L.head_titles)
            return partner.lemma in L.territory_heads or partner.lemma in L.head_titles and territories
    return False


@rule("meeting.said_at_session", "'…сохранят товарооборот, сказал вице-премьер на заседании': the session is where "
      "it was said, whatever the quoted words promise", "«Мы увеличим поставки тракторов в Курскую область», — сказал вице-премьер Беларуси на заседании "
      "рабочей группы Курской области и Беларуси.", off=False)
def said_at_session(ctx: Context, t: Token) -> bool:
    before = [x for x in ctx.ann.tokens[max(t.i - 10, 0): t.i] if x.sent == t.sent]
    said = [x for x in before if x.lemma in L.press_verbs | L.reporting_verbs and x.pos == "VERB"
            and x.feats.get("Tense") == "Past"]
    return bool(said) and any(x.lower in L.where_prepositions and x.i > said[-1].i for x in before)


@rule("meeting.verb_needs_two_sides", "'обсудили', 'принял', 'встретил' are talks only with people or sides of both "
      "camps around them", "Губернатор Брянской области Александр Богомаз принял посла Беларуси Дмитрия Крутого.", off=True)
def verb_needs_two_sides(ctx: Context, verb: Token) -> bool:
    people = {ctx.role_of(m.person) for m in ctx.people_in(verb.sent)} - {None}
    officials = [t for t in ctx.titles_in(verb.sent) if t.of and not t.former]  # "губернатор … и аким … обсудили"
    places = [m.id for m in sides.side_mentions(ctx, verb.sent)] + sides.generics_in(ctx, verb.sent)
    received = len(officials) >= 1 and any(t.lemma in L.delegation_nouns for t in ctx.tokens_of(verb.sent))
    return bool(sides.pair(ctx, list(people) + places)) and (len(people) >= 1 or len(officials) >= 2 or received or any(
        t.lemma == "сторона" for t in ctx.tokens_of(verb.sent))) or received_by_untitled(ctx, verb)


@rule("meeting.met_the_public", "'Гости … встретились с местными фермерами', 'встреча со студентами университета': "
      "the people met after 'с' are the public, not an authority of a side — no talks",
      "Делегация Порховского района побывала на предприятиях Глубокского района и встретилась с местными фермерами.",
      off=False)
def met_the_public(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    after = [x for x in tokens[t.i + 1: t.i + 3] if x.sent == t.sent]
    prep = next((x for x in after if x.lower in L.with_prepositions), None)
    if prep is None:
        return False
    group = next((x for x in tokens[prep.i + 1: prep.i + 4] if x.sent == t.sent and x.pos == "NOUN"), None)
    if group is None or group.lemma not in L.public_audience_nouns:
        return False
    # "с коллективом и руководством района": an authority met too
    return not any(ti.start > prep.i for ti in ctx.titles_in(t.sent)) and not any(
        m.start > prep.i for m in ctx.people_in(t.sent))


@rule("meeting.received_by_untitled", "'Затем гостей принял Абдулла Арипов' after the guests' trip: a named person the "
      "text gives no post receiving the guests held talks with them — the trip's sides are the talks'",
      "Делегация Пензенской области находилась в Наманганской области Узбекистана. Затем гостей принял Абдулла "
      "Арипов.", off=False)
def received_by_untitled(ctx: Context, verb: Token) -> bool:
    tokens = ctx.ann.tokens
    if verb.lemma not in L.receive_verbs or len(ctx.camps) < 2 or not all(c.named for c in ctx.camps[:2]):
        return False
    guests = any(t.head == verb.i and t.rel == "obj" and (t.lemma in L.visitor_nouns or t.lemma in L.delegation_nouns)
                 for t in ctx.tokens_of(verb.sent))
    subject = [m for m in ctx.people_in(verb.sent) if tokens[m.start].head == verb.i or
               any(tokens[k].head == verb.i and tokens[k].rel.startswith("nsubj") for k in range(m.start, m.stop))]
    return guests and len(subject) == 1 and ctx.role_of(subject[0].person) is None


@rule("meeting.talks_inside_session", "'в рамках встречи' inside a session's sentence names the session; a forum has "
      "talks of its own", "Заседание рабочей группы Курской области и Беларуси прошло в Минске, в рамках встречи губернатор "
      "Курской области и посол Беларуси подписали протокол.", off=False)
def talks_inside_session(found: list[Meeting]) -> bool:
    return any(m.kind not in ("talks", "forum") for m in found)


# ---- a meeting mentioned again --------------------------------------------------------------------


@rule("meeting.refers_back", "'в ходе встречи', 'на встрече', 'Встреча прошла …', 'Обе встречи прошли …': the "
      "meeting already reported",
      "Губернатор Омской области встретился с акимом Павлодарской области. В ходе встречи стороны обсудили "
      "поставки техники.", off=False)
def refers_back(ctx: Context, t: Token) -> bool:
    if previous_meeting(ctx, t):
        return False
    near = {x.lemma for x in _near(ctx, t, 2) if x.pos not in ("ADJ", "PUNCT")
            and x.lemma not in L.also_words}  # "Также в переговорах", not "Позже на заседании"
    # "Встреча прошла …", "Обе встречи прошли …"
    first = all(x.pos == "ADJ" or x.lower in L.all_of_them_words for x in ctx.tokens_of(t.sent) if x.i < t.i)
    on_it = t.i > 0 and ctx.ann.tokens[t.i - 1].lower == "на" and t.lemma in L.talk_nouns
    return bool(near & L.tied_by_words) or near in ({"на"}, {"в"}) or on_it \
        or (first and t.lemma in L.talk_nouns | L.session_nouns) or side_told_first(ctx, t)


@rule("meeting.side_told_first", "'С казахстанской стороны во встрече приняли участие …', 'Со стороны области на "
      "переговорах присутствовали …': a sentence opened by the side its people speak for, then 'в'/'на' and the "
      "meeting's noun, refers to the meeting told", "Губернатор встретился с делегацией Костанайской области. С "
      "казахстанской стороны во встрече приняли участие заместитель акима Иван Петров и консул.", off=False)
def side_told_first(ctx: Context, t: Token) -> bool:
    before = [x for x in ctx.tokens_of(t.sent) if x.i < t.i and x.pos != "ADJ"]
    if len(before) < 3 or before[-1].lower not in L.where_prepositions or before[0].lower not in L.side_prepositions:
        return False
    opening = before[:-1]  # "С казахстанской стороны", "Со стороны области"
    return any(x.lemma == "сторона" for x in opening[:2]) \
        and all(x.pos in ("NOUN", "PROPN", "ADP", "DET", "PUNCT") for x in opening)


@rule("meeting.signed_after_it", "'Гостей принял губернатор … По итогам переговоров Виктор Лискович и первый заместитель "
      "губернатора … подписали план': the talks whose results are signed are the talks told — the signers took part, "
      "new names or not", "Губернатор Вологодской области Георгий Филимонов принял делегацию Гродненской области во главе "
      "с Виктором Лисковичем. По итогам переговоров Виктор Лискович и первый заместитель губернатора Антон Дмитриев "
      "подписали план мероприятий.", off=False)
def signed_after_it(ctx: Context, t: Token, last: Meeting | None) -> bool:
    tokens = ctx.ann.tokens
    return last is not None and last.kind == "talks" and t.lemma in L.talk_nouns and t.i > 1 \
        and tokens[t.i - 1].lemma in L.result_nouns and any(x.lemma in L.sign_verbs for x in ctx.tokens_of(t.sent))


@rule("meeting.previous_meeting", "'Предыдущая встреча прошла в Павлодаре', 'прошлые переговоры состоялись в Минске': "
      "talks called previous are an earlier meeting — not the one told, never merged with it", "Губернатор Омской "
      "области встретился с акимом Павлодарской области. Предыдущая встреча прошла в Павлодаре.", off=False)
def previous_meeting(ctx: Context, t: Token) -> bool:
    return t.lemma in L.talk_nouns and t.i > 0 and ctx.ann.tokens[t.i - 1].lemma in L.previous_words \
        or recalled_meeting(ctx, t)


@rule("meeting.recalled_meeting", "'договоренности, достигнутые на встрече руководителей регионов в 2021 году': talks "
      "inside a past participle's phrase, dated in an earlier year, are an earlier meeting, never merged with the one "
      "told", "Председатель Брестского облисполкома встретился с Раисом Татарстана. Стороны вернулись к "
      "договоренностям, достигнутым на встрече руководителей регионов в 2021 году.", off=False)
def recalled_meeting(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    if t.lemma not in L.talk_nouns or t.head < 0:
        return False
    verb = tokens[t.head]
    if verb.feats.get("VerbForm") != "Part" or verb.feats.get("Tense") != "Past" or not verb.rel.startswith("acl"):
        return False
    published = ctx.document.published
    return any(t.start < d.start <= tokens[min(t.i + 8, len(tokens) - 1)].start and d.value.year is not None
               and (published is None and d.value.month is None or published is not None
                    and d.value.year < published.year) for d in ctx.in_sentence(ctx.dates, t.sent))


@rule("meeting.participation_sentence", "'Во встрече приняли участие …', 'На нём председательствовали …': the "
      "people of a sentence that refers to the meeting take part in it", "Губернатор встретился с послом Беларуси. Во "
      "встрече приняли участие министр промышленности Олег Петров и консул Иван Сидоров.", off=False)
def participation_sentence(ctx: Context, sent: int) -> bool:
    tokens = ctx.tokens_of(sent)
    nouns = L.talk_nouns | L.session_nouns | L.event_nouns  # joined once, not for every word
    refers = any(t.lemma in nouns or t.lower in L.event_pronouns or _its_work(ctx, t) for t in tokens)
    return refers and any(_participates(t) and not _future_part(ctx, t, tokens) for t in tokens) \
        and bool(ctx.people_in(sent))


def _its_work(ctx: Context, t: Token) -> bool:
    """"в его работе", "в ее работе": the work of the event just named; "в работе комиссии", "в работе совета": of
    the body whose session it was."""
    tokens = ctx.ann.tokens
    nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) and tokens[t.i + 1].sent == t.sent else None
    return nxt is not None and (t.lower in L.possessive_pronouns and nxt.lemma in L.work_words
                                or t.lemma in L.work_words and nxt.lemma in L.commission_nouns | L.council_nouns)


def _future_part(ctx: Context, t: Token, tokens: list[Token]) -> bool:
    # "Следующее заседание проведут губернатор …": who takes part in a session to come is not at this one;
    # "Договорились с Самсором, что следующую встречу проведём в Перми" names its people elsewhere
    return unrealised(ctx.ann, t) and any(x.head == t.i and x.rel == "nsubj" and x.pos in ("NOUN", "PROPN")
                                          for x in tokens)


def _participates(t: Token) -> bool:
    # by the stem too: the tagger reads the rare "председательствовали" as a noun and leaves it unlemmatised
    return t.lemma in L.participation_words or t.lower.startswith(tuple(L.participation_stems))


@rule("meeting.speaker_in_turn", "'В свою очередь заместитель губернатора … отметил …', 'В своём выступлении …' right "
      "after a meeting: a speaker in turn speaks at it", "Заседание совета делового сотрудничества прошло в Бресте. В свою очередь заместитель "
      "губернатора Тульской области Олег Петров отметил рост поставок.", off=False)
def speaker_in_turn(ctx: Context, sent: int, last: Meeting) -> bool:
    if sent - last.sents[-1] > 2 or not ctx.people_in(sent):
        return False
    tokens = ctx.tokens_of(sent)
    # "в свою очередь", "в своём выступлении": a turn in the talk, not a statement made elsewhere
    in_turn = any(t.lemma == "свой" and k + 1 < len(tokens) and tokens[k + 1].lemma in L.turn_nouns
                  for k, t in enumerate(tokens))
    return in_turn and any(t.lemma in L.reporting_verbs for t in tokens)


@rule("meeting.speaker_right_after", "'Стороны обсудили … Губернатор Челябинской области подчеркнул …': an official "
      "who speaks in the sentence right after a meeting speaks at it", "В Омске прошли переговоры Омской и "
      "Павлодарской областей. Аким Павлодарской области Асаин Байханов подчеркнул важность сотрудничества.",
      off=False)
def speaker_right_after(ctx: Context, sent: int, last: Meeting) -> bool:
    return sent == last.sents[-1] + 1 and _titled_subject_of(ctx, sent, L.reporting_verbs)


def _titled_subject_of(ctx: Context, sent: int, verbs: set[str]) -> bool:
    """An official named with a post is the subject of one of these verbs in the sentence."""
    tokens = ctx.ann.tokens
    return any(tokens[t.start].rel == "nsubj" and tokens[tokens[t.start].head].lemma in verbs
               for t in ctx.titles_in(sent) if t.person is not None and t.of)


@rule("meeting.report_right_after", "'Заседание открыл … С докладом выступил заместитель акима …': an official who "
      "speaks ('выступил', 'с докладом') in the sentence right after a session, with no other event named, spoke at it",
      "Заседание рабочей группы Омской и Павлодарской областей прошло по видеосвязи. С докладом выступил заместитель "
      "акима Павлодарской области Ерлан Ахметов.", off=False)
def report_right_after(ctx: Context, sent: int, last: Meeting) -> bool:
    if sent != last.sents[-1] + 1:
        return False
    if any(t.lemma in L.session_nouns or t.lemma in L.talk_nouns for t in ctx.tokens_of(sent)):
        return False  # "Позже на заседании Государственного Совета выступил …": an event of its own
    return _titled_subject_of(ctx, sent, L.speech_words)


@rule("meeting.led_right_after", "'Его провели председатель облисполкома … и губернатор …', 'Казахстанскую делегацию "
      "возглавил …, российскую часть группы — …': people who led the meeting or a side at it, told in the sentence "
      "right after it, took part in it", "В Калуге прошло заседание делового совета Брестской и Калужской областей. "
      "Его провели председатель Брестского облисполкома Пётр Пархомчик и губернатор Калужской области Владислав "
      "Шапша.", off=False)
def led_right_after(ctx: Context, sent: int, last: Meeting) -> bool:
    if sent != last.sents[-1] + 1 or not ctx.people_in(sent):
        return False
    # (not in a relative clause: "Делегацию, которую возглавил губернатор, в аэропорту встречал …" tells a welcome)
    return any(t.lemma in L.chair_verbs and t.pos == "VERB" and t.feats.get("Tense") == "Past"
               and t.rel != "acl:relcl" for t in ctx.tokens_of(sent))


@rule("meeting.represented_a_side", "'Брянскую сторону представлял первый заместитель губернатора …, гомельскую — …', "
      "'Белорусскую делегацию на заседании представлял …' right after a meeting: who represented a side took part "
      "in it ('Брянскую сторону на переговорах также представляли …': those talks, not new ones)", "В Гомеле прошло заседание рабочей группы Брянской и Гомельской областей. Брянскую сторону "
      "представлял первый заместитель губернатора Александр Коробко.", off=False)
def represented_a_side(ctx: Context, sent: int, last: Meeting) -> bool:
    return _done_right_after(ctx, sent, last, L.represent_verbs, lambda x: x.lemma in L.represented_nouns)


def _done_right_after(ctx: Context, sent: int, last: Meeting, verbs, object_fits) -> bool:
    """A sentence up to two after the meeting, with people, whose past verb of ``verbs`` has an object that fits
    ("Брянскую сторону представлял …", "Форум открыли …"; the parser may take an object put first for the subject:
    "Руководство республики представлял …")."""
    if not 0 < sent - last.sents[-1] <= 2 or not ctx.people_in(sent):
        return False
    tokens = ctx.tokens_of(sent)
    return any(t.lemma in verbs and t.pos == "VERB" and t.feats.get("Tense") == "Past"
               and any(x.head == t.i and (x.rel == "obj" or x.rel == "nsubj" and x.i < t.i and x.pos == "NOUN")
                       and object_fits(x)
                       for x in tokens) for t in tokens)


@rule("meeting.co_chairs_right_after", "'Сопредседателями комиссии выступили …', 'Сопредседатели группы – …' right after a "
      "session: its co-chairs took part in it", "В Минске состоялось заседание совместной комиссии Минской и Ярославской "
      "областей. Сопредседателями комиссии выступили заместитель председателя Минского облисполкома Сергей Потапов и "
      "заместитель председателя правительства Ярославской области Анна Кузнецова.", off=False)
def co_chairs_right_after(ctx: Context, sent: int, last: Meeting) -> bool:
    if last.kind == "talks" or not 0 < sent - last.sents[-1] <= 2 or not ctx.people_in(sent):
        return False
    tokens = ctx.tokens_of(sent)
    if any(t.pos in ("VERB", "AUX") and t.feats.get("Tense") == "Pres" for t in tokens):
        return False  # "Сопредседателями совета являются …": who co-chairs the body, not who sat at this session
    # by the stem: the tagger may leave "Сопредседателями" unlemmatised, as an adjective
    return any(t.lower.startswith(tuple(L.co_chair_nouns)) for t in tokens)


@rule("meeting.opened_it", "'Форум открыли Председатель Совета Республики … и Председатель Совета Федерации …', "
      "'Пленарное заседание открыл …', 'Встречу закрыл …': who opened or closed the event told right before took "
      "part in it", "XII Форум регионов Беларуси и России прошел в Бресте. Форум открыли Председатель Совета "
      "Республики Наталья Кочанова и Председатель Совета Федерации Валентина Матвиенко.", off=False)
def opened_it(ctx: Context, sent: int, last: Meeting) -> bool:
    events = L.talk_nouns | L.session_nouns | L.event_nouns | L.forum_nouns
    # the event as the verb's object: "Форум открыли", "Заседание закрыл", "Его открыл" (a pronoun for it)
    return _done_right_after(ctx, sent, last, L.open_close_verbs, lambda x: x.lemma in events or x.pos == "PRON")


@rule("meeting.delegation_members", "'В составе белорусской делегации — заместитель председателя облисполкома … и мэр "
      "Могилёва …', 'В состав делегации вошли …': the members of a delegation at the meeting (up to four sentences "
      "after it) took part in it", "Делегация Могилёвской области провела переговоры с губернатором Ярославской "
      "области. В составе делегации — мэр Могилёва Леонид Шапошников.", off=False)
def delegation_members(ctx: Context, sent: int, last: Meeting) -> bool:
    if not 0 < sent - last.sents[-1] <= 4 or not ctx.people_in(sent):
        return False
    # "Сейчас делегация области находится с визитом в Беларуси. В составе делегации …": another delegation
    if any(x.lemma in L.delegation_nouns or x.lemma in L.trip_nouns
           for s in range(last.sents[-1] + 1, sent) for x in ctx.tokens_of(s)):
        return False
    tokens = ctx.tokens_of(sent)
    return any(t.lemma == "состав" and any(x.lemma in L.delegation_nouns for x in tokens[k + 1: k + 4])
               for k, t in enumerate(tokens))


@rule("meeting.accompanied_delegation", "'… провел встречу с марзпетом Ширакской области. Армянскую делегацию сопровождал "
      "Генеральный консул Армении …': one who went along with the delegation right after its meeting was at it",
      "Губернатор Ставропольского края Владимир Владимиров провел встречу с марзпетом Ширакской области Арамом "
      "Хачатряном. Армянскую делегацию сопровождал генеральный консул Армении Ваган Мхитарян.", off=False)
def accompanied_delegation(ctx: Context, sent: int, last: Meeting) -> bool:
    if sent - last.sents[-1] != 1 or not ctx.people_in(sent):
        return False
    tokens = ctx.tokens_of(sent)
    return any(t.lemma in L.accompany_verbs for t in tokens) and any(t.lemma in L.delegation_nouns for t in tokens)


@rule("meeting.pronoun_for_it", "'Заседание рабочей группы прошло в Ульяновске. Оно прошло 2 июля …', 'Она "
      "состоялась …': a pronoun subject of a took-place verb right after a meeting is that meeting",
      "В Ульяновске прошло заседание рабочей группы. Оно состоялось 2 июля 2025 года.", off=False)
def pronoun_for_it(ctx: Context, sent: int, last: Meeting) -> bool:
    return sent == last.sents[-1] + 1 and any(_pronoun_took_place(ctx, t) for t in ctx.tokens_of(sent))


def _pronoun_took_place(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    return t.lower in L.event_subject_pronouns and t.rel.startswith("nsubj") and t.head >= 0 \
        and tokens[t.head].lemma in L.took_place_verbs and not is_future(ctx.ann, tokens[t.head])


@rule("meeting.guest_is_the_visitor", "'Гость также встретился с губернатором Свердловской области': the guest is the "
      "visiting official named before, of the other side than the one he meets; of a delegation, its members too, the "
      "one who led it ('во главе с …') first", "Мэр Бишкека Айбек Джунушалиев "
      "находится с визитом в Екатеринбурге. Гость также встретился с губернатором Свердловской области Денисом "
      "Паслером.", off=[])
def guest_is_the_visitor(ctx: Context, m: Meeting, who: list[str]) -> list[Person]:
    sent = m.anchor.sent
    # "Гость встретился с …", "Гостей принял губернатор …"
    if not any(t.lemma in L.visitor_nouns and (t.rel.startswith("nsubj") or t.rel == "obj") for t in ctx.tokens_of(sent)):
        return []
    met = [p for p in who if p]
    guests = []
    for s in range(sent - 1, max(sent - 6, -1), -1):
        for pm in reversed(ctx.people_in(s)):
            of = ctx.role_of(pm.person)
            # (of another country: a host region's head named before is no guest of a region of his own country)
            if of and met and not any(sides.same_camp(ctx, of, p) or country_of(of) == country_of(p) for p in met):
                guests.append(pm)
    # the one who led the delegation, if the text says so ("во главе с губернатором …"), first; its members after him
    tokens = ctx.ann.tokens
    led = [pm for pm in guests if any(t.lower == "главе" for t in tokens[max(pm.start - 4, 0):pm.start] if t.sent == pm.sent)]
    if not led:
        return [guests[0].person] if guests and guests[0].person is not None else []
    members = [pm for pm in guests if pm.sent >= led[0].sent]  # (not others of that side named before the delegation)
    return list({pm.person.name: pm.person for pm in led[:1] + members if pm.person is not None}.values())


@rule("meeting.traveller_of_the_trip", "'12–13 мая Раис Татарстана находился в Узбекистане. В первый день в Ташкенте "
      "состоялась встреча с Президентом Узбекистана': talks told with no subject, with people of one side only, are "
      "the traveller's (or the delegation's leader's) whose trip the sentences before tell", "12–13 мая Раис Татарстана Рустам Минниханов находился "
      "в Узбекистане. В первый день в Ташкенте состоялась встреча с Президентом Узбекистана Шавкатом Мирзиёевым.",
      off=None)
def traveller_of_the_trip(ctx: Context, m: Meeting, who: list[str]) -> Person | None:
    sent = m.anchor.sent
    tokens = ctx.ann.tokens
    met = [p for p in who if p]
    if m.kind != "talks" or not met or any(tokens[x.start].rel.startswith("nsubj") for x in ctx.people_in(sent)) \
            or any(tokens[t.start].rel.startswith("nsubj") and t.person is not None for t in ctx.titles_in(sent)):
        return None
    for s in range(sent - 1, max(sent - 4, -1), -1):
        # who travelled or who led the delegation ("Делегацию возглавил губернатор Калужской области …")
        # (a verb opening a sentence may be tagged an adjective: "Возглавил делегацию губернатор …")
        motion = {t.i for t in ctx.tokens_of(s) if t.lemma in L.motion_verbs or t.lemma in L.lead_verbs}
        for t in ctx.titles_in(s):
            of = t.of if t.of and is_place_id(t.of) else None
            if t.person is not None and of and any(country_of(of) != country_of(p) for p in met) \
                    and tokens[t.start].rel.startswith("nsubj") and tokens[t.start].head in motion:
                return t.person
    return None


@rule("meeting.speaks_of_it", "'Председатель Мингорисполкома отметил, что встреча станет началом …': an official who "
      "speaks of the meeting (up to six sentences after it, no other meeting between) was at it", "В мэрии прошла встреча руководства Минска с делегацией "
      "Шэньяна. Стороны рассмотрели перспективы. Председатель Мингорисполкома Андрей Шорец отметил, что встреча "
      "станет началом сотрудничества.", off=False)
def speaks_of_it(ctx: Context, sent: int, last: Meeting) -> bool:
    if not 0 < sent - last.sents[-1] <= 6:
        return False
    tokens = ctx.tokens_of(sent)
    speaks = any(t.lemma in L.reporting_verbs and any(x.rel == "nsubj" and x.head == t.i and x.pos in ("NOUN", "PROPN")
                                                      for x in tokens) for t in tokens)
    return speaks and any(t.lemma in L.talk_nouns or t.lemma in L.session_nouns for t in tokens) \
        and bool(ctx.people_in(sent) or [t for t in ctx.titles_in(sent) if t.person is not None])


@rule("meeting.spoke_at_it", "'С докладом на заседании выступил …', 'в своём выступлении на встрече …': a speaker "
      "at the meeting (up to three sentences after it) was at it", "В Казани прошло заседание рабочей группы "
      "Татарстана и Узбекистана. С докладом на заседании выступил заместитель премьер-министра Татарстана Олег "
      "Коробченко.", off=False)
def spoke_at_it(ctx: Context, sent: int, last: Meeting) -> bool:
    if not 0 < sent - last.sents[-1] <= 3 or not ctx.people_in(sent):
        return False
    tokens = ctx.tokens_of(sent)
    # a bare "на заседании" is the one just told; "на заседании областной думы" is another
    at = [t for t in tokens if (t.lemma in L.talk_nouns or t.lemma in L.session_nouns) and t.case == "Loc"
          and ctx.ann.tokens[t.i - 1].lower in L.where_prepositions
          and not any(x.head == t.i and x.rel == "nmod" for x in tokens)]
    return bool(at) and any(t.lemma in L.speech_words for t in tokens)


@rule("meeting.discussed_at_session", "'обсудили' in the sentence right after a session tells what was done at it",
      "Заседание рабочей группы Курской области и Беларуси прошло в Могилёве. Губернатор Курской области "
      "Роман Старовойт и посол Беларуси Дмитрий Крутой обсудили поставки техники.", off=False)
def discussed_at_session(m: Meeting, last: Meeting) -> bool:
    return m.kind == "talks" and m.anchor.pos == "VERB" and m.anchor.lemma in L.discuss_verbs \
        and last.kind != "talks" and last.sents[-1] == m.sents[0] - 1


@rule("meeting.sides_discussed_after", "'Вчера его принял губернатор … Стороны обсудили …': 'стороны', 'они' discussing "
      "in the sentence right after talks tell what was done at them", "Генеральный консул Казахстана в Екатеринбурге "
      "Нурлан Кулбаев прибыл в Курган. Вчера его принял губернатор Курганской области Вадим Шумков. Стороны обсудили "
      "приграничную торговлю. Во встрече также участвовал заместитель губернатора Дмитрий Коровин.", off=False)
def sides_discussed_after(ctx: Context, m: Meeting, last: Meeting) -> bool:
    if m.kind != "talks" or last.kind != "talks" or m.anchor.lemma not in L.discuss_verbs \
            or last.sents[-1] != m.sents[0] - 1:
        return False
    subjects = [t for t in ctx.tokens_of(m.anchor.sent) if t.head == m.anchor.i and t.rel.startswith("nsubj")]
    return bool(subjects) and all(t.lemma in L.same_people_words for t in subjects)


@rule("meeting.signing_there", "'Подписи под документом поставили …' right after the meeting: they signed there",
      "Губернатор встретился с председателем облисполкома. Подписи под соглашением поставили Богомаз и Крупко.",
      off=False)
def signing_there(ctx: Context, sent: int, last: Meeting) -> bool:
    if sent - last.sents[-1] > 2:
        return False
    lemmas = {t.lemma for t in ctx.tokens_of(sent)}
    if not lemmas & L.signature_words or not ctx.people_in(sent):
        return False
    # the heads of two districts who sign after their regions' talks signed apart (sides.units_below)
    signers = [ctx.role_of(m.person) for m in ctx.people_in(sent)]
    present = [ctx.role_of(m.person) for s in last.sents for m in ctx.people_in(s)]
    # "Гости провели переговоры с губернатором …": the guests' side was there too
    present += [sides.guests_side(ctx, t) for s in last.sents for t in ctx.tokens_of(s) if t.lemma in L.visitor_nouns]
    if not any(present) and last.sents[0] > 0:  # "Состоялись переговоры": who was there, the sentence before says
        before = last.sents[0] - 1
        present += [ctx.role_of(m.person) for m in ctx.people_in(before)]
        present += [sides.guests_side(ctx, t) for t in ctx.tokens_of(before) if t.lemma in L.visitor_nouns]
    return not sides.units_below(signers, present) or signed_in_presence(ctx, sent)


@rule("meeting.signed_in_presence", "'В присутствии глав регионов мэр Омска и аким Петропавловска подписали …' right "
      "after the heads' talks: a signing those at the talks witnessed was held at them, its signers there too (not two "
      "towns signing apart after their regions' talks)", "Губернатор Омской области Виталий Хоценко встретился с акимом "
      "Северо-Казахстанской области Гауезом Нурмухамбетовым. В присутствии глав регионов мэр Омска Сергей Шелест и "
      "аким Петропавловска Аскар Кусаинов подписали соглашение о побратимстве.", off=False)
def signed_in_presence(ctx: Context, sent: int) -> bool:
    return any(t.lemma in L.witness_nouns for t in ctx.tokens_of(sent)[:3])


@rule("meeting.body_without_meeting_before", "'на заседании рабочей группы …', 'В ходе встречи …' with no meeting "
      "before: the body (or the word) names the meeting", "В ходе встречи в Минске стороны подвели итоги сотрудничества Курской области и Беларуси.")
def body_without_meeting_before(ctx: Context, sent: int) -> Meeting | None:
    tokens = ctx.tokens_of(sent)
    anchor = next((t for t in tokens if _kind_at(ctx, t)), None) \
        or next((t for t in tokens if t.lemma in L.session_nouns), None)
    if anchor is None:
        return None
    kind = _kind_at(ctx, anchor) or "talks"
    m = Meeting(kind, [sent], anchor, phrase_sides(ctx, anchor) if kind != "talks" else [])
    m.number = session_ordinal(ctx, m, sent)
    return m


@rule("meeting.names_before_talks", "'Встреча прошла в Казанском Кремле.' after the sentence that names the people: "
      "that sentence is the meeting's too — not for a meeting told as before ('Ранее …') or of people it names by "
      "title only ('встреча заместителей губернатора')", "Рустам Минниханов принял посла Беларуси Бориса Грызлова. Встреча прошла "
      "в Казанском Кремле.", off=False)
def names_before_talks(ctx: Context, m: Meeting) -> bool:
    if any(ctx.people_in(s) for s in m.sents) or m.sents[0] == 0 or m.kind != "talks":
        return False
    own = m.sents[0]
    # not "Ранее прошла встреча …" (another time), nor "На следующий день … провела переговоры с руководством области"
    # (another meeting), nor "встреча заместителей губернатора …" (other people, unnamed)
    return not ctx.told_as_before(own) and not later_meeting(ctx, m) and not previous_meeting(ctx, m.anchor) \
        and not any(t.person is None for t in ctx.titles_in(own))


# ---- fields ---------------------------------------------------------------------------------------


@rule("meeting.session_ordinal", "'11-е заседание', 'XII заседания', 'пятого форума': the session's number",
      "В Казани прошло пятое заседание рабочей группы Татарстана и Беларуси.")
def session_ordinal(ctx: Context, m: Meeting, sent: int) -> int | None:
    number = None
    for o in ctx.in_sentence(ctx.ordinals, sent):
        if o.start <= m.anchor.start < o.stop + 40 and m.kind != "talks":
            number = o.value
    return number


@rule("meeting.reporter_not_participant", "'…, сообщила руководитель пресс-службы Анна Иванова': who reports a "
      "meeting is not at it, unless the report was made at it ('…, сообщил посол … на встрече с губернатором')", "Переговоры прошли в Минске, сообщила руководитель пресс-службы губернатора Анна "
      "Иванова.", off=False)
def reporter_not_participant(ctx: Context, prev: list[Token]) -> bool:
    said = next((t for t in prev if t.lemma in L.press_verbs), None)
    if said is None or not any(t.text == "," for t in prev):
        return False
    # "…, сообщил посол … на встрече с губернатором": told at the meeting, by one who was there
    for t in ctx.tokens_of(said.sent):
        if t.i <= said.i:
            continue
        if t.text in (",", ";", "—"):
            return True
        if t.lemma in L.talk_nouns or t.lemma in L.session_nouns:
            before = ctx.ann.tokens[t.i - 1]  # "на встрече", "в ходе переговоров" (not "по итогам встречи")
            return not (before.lower in L.where_prepositions
                        or before.lemma in L.tied_by_words and before.lemma not in L.result_nouns
                        or reported_own_talks(ctx, t))
    return True


@rule("meeting.reported_own_talks", "'…, заявил губернатор … по итогам переговоров с хокимом …': one who reports on "
      "his talks with someone held them", "Стороны намерены нарастить товарооборот, заявил губернатор Самарской "
      "области Вячеслав Федорищев по итогам переговоров с хокимом Ташкентской области Зойиром Мирзаевым.", off=False)
def reported_own_talks(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    return t.lemma in L.talk_nouns and t.i + 1 < len(tokens) and tokens[t.i + 1].sent == t.sent \
        and tokens[t.i + 1].lower in L.with_prepositions


@rule("meeting.pronoun_participants", "'он', 'они' at the meeting are the people of the sentence before",
      "Губернатор Брянской области Александр Богомаз прибыл в Гомель. Он провёл переговоры с председателем "
      "Гомельского облисполкома Иваном Крупко.", off=[])
def pronoun_participants(ctx: Context, sent: int) -> list:
    """"он"/"она" is one person, the first named before ("Караев провёл переговоры с Мельниченко. С Артамоновым он
    встретился днём позже": Караев alone); "они" the two."""
    if sent == 0:
        return []
    words = {t.lower for t in ctx.tokens_of(sent)}
    if words & L.singular_pronouns:
        return ctx.people_in(sent - 1)[:1]
    if words & L.person_pronouns:
        return ctx.people_in(sent - 1)[:2]
    return []


@rule("meeting.participants", "the people of the meeting's sentences are its participants", "В Минске губернатор "
      "Брянской области Александр Богомаз провёл переговоры с премьер-министром Беларуси Романом Головченко.",
      off=([], []))
def participants(ctx: Context, sents: list[int]) -> tuple[list[str], list[str]]:
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


def _people(ctx: Context, sent: int) -> list:
    tokens = ctx.ann.tokens
    out = []
    for m in ctx.people_in(sent):
        prev = [t for t in tokens[max(m.start - 6, 0): m.start] if t.sent == sent]
        if reporter_not_participant(ctx, prev) or only_to_come(ctx, m):
            continue
        out.append(m)
    return pronoun_participants(ctx, sent) + heads_named_before(ctx, sent) + out


@rule("meeting.heads_named_before", "'… встречали председатель Витебского облисполкома Александр Субботин и губернатор "
      "Смоленской области Василий Анохин. Руководители регионов провели переговоры': the heads of the regions as the "
      "subject are the heads of the sides named in the sentence before", "Смоленскую делегацию на заводе встречали "
      "председатель Витебского облисполкома Александр Субботин и губернатор Смоленской области Василий Анохин. "
      "Руководители регионов осмотрели производство и провели переговоры.", off=[])
def heads_named_before(ctx: Context, sent: int) -> list:
    if sent == 0:
        return []
    heads = [t for t in ctx.tokens_of(sent) if sides.heads_of_regions(ctx, t, "region")]
    if not heads:
        return []
    regions = {r for r in sides.both_sides(ctx, heads[0]) if ctx.gz.level(r) == "region"}
    return [m for m in ctx.people_in(sent - 1) if ctx.role_of(m.person) in regions]


@rule("meeting.only_to_come", "'На встрече было решено, что заместитель губернатора Андрей Петров посетит Минск', "
      "'…, что аким области планирует посетить край': one who is to act later, told of at the meeting, is not at it",
      "Губернатор Омской области провел переговоры с послом Беларуси Дмитрием Крутым. На встрече было решено, что "
      "заместитель губернатора Андрей Петров посетит Минск в мае.", off=False)
def only_to_come(ctx: Context, m) -> bool:
    path = path_to_root(ctx.ann, ctx.ann.tokens[m.start], limit=4)
    verb = next((t for t in path if t.pos == "VERB"), None)
    if verb is None or not any(t.rel.startswith("nsubj") for t in path if t.i != verb.i):
        return False
    # "планирует посетить": the intent's infinitive is what is to come
    done = [verb] + [t for t in ctx.tokens_of(verb.sent) if t.head == verb.i and t.rel == "xcomp" and t.pos == "VERB"]
    return any(unrealised(ctx.ann, t) for t in done)


def refers_back_at(ctx: Context, sent: int) -> bool:
    """Does the sentence open by referring back to the meeting told ("Встреча прошла …")?"""
    words = [t for t in ctx.tokens_of(sent) if t.pos != "PUNCT"][:2]
    return any(t.lemma in L.talk_nouns | L.session_nouns and refers_back(ctx, t) for t in words)


@rule("meeting.venue", "'в Астане', 'в Казанском Кремле': where the meeting was held (not where a post is)",
      "Переговоры губернатора Омской области и акима Павлодарской области прошли в Омске.")
def venue(ctx: Context, sents: list[int], anchor: Token | None = None) -> str | None:
    """In the meeting's own sentence, the place nearest its word ("были в Самарканде, участвовали во втором
    совете … в Москве": Moscow)."""
    for s in sents:
        in_titles = {i for t in ctx.titles_in(s) for i in range(t.start, t.stop)}
        found = []
        for m in ctx.places_in(s, sides_only=False):
            if m.start in in_titles:
                continue  # "посол Азербайджана в России": where the post is, not the meeting
            if direction_not_venue(ctx, m) or place_of_a_post(ctx, m):
                continue
            if sides.venue(ctx, m) or (m.in_org and m.start > 0 and ctx.ann.tokens[m.start - 1].lower in L.in_prepositions):
                found.append(m)
        # (the seat in a sentence that refers back too: "… на встрече с заместителем мэра. Встреча прошла в здании
        # правительства Москвы")
        if not found and anchor is not None and (anchor.sent == s or refers_back_at(ctx, s)):
            seat = seat_of_authority(ctx, s) or (venue_told_before(ctx, s) if anchor.sent == s else None)
            if seat is not None:
                return seat
        if not found:
            seat = seat_named_by_its_kind(ctx, s)
            if seat is not None:
                return seat
        if found:
            if anchor is not None and anchor.sent == s:
                def own(m: PlaceMention) -> bool:  # "совете … в Москве": the place hangs on the meeting's word
                    return any(h.i == anchor.i for h in path_to_root(ctx.ann, ctx.ann.tokens[m.stop - 1], limit=2))
                found = [m for m in found if not topic_not_venue(ctx, anchor, m) and not quoted_apart(ctx, anchor, m)
                         and not reported_apart(ctx, anchor, m)]
                if not found:
                    continue
                return min(found, key=lambda m: (not own(m), abs(m.start - anchor.i))).id
            found = [m for m in found if venue_of_the_event(ctx, m)]
            if found:
                return found[0].id
    return None


@rule("meeting.place_of_a_post", "'с полномочными представителями правительства в Чуйской области Асылбеком "
      "Кудайбергеновым и в Ошской области Мирланом Кемеловым': a place right before a name not in the nominative is "
      "where that person's post is (a title told by ellipsis), not where the meeting was (not 'В Минске Александр "
      "Турчин провел переговоры')", "Губернатор провел переговоры с полномочными представителями правительства "
      "Кыргызской Республики в Чуйской области Асылбеком Кудайбергеновым и в Ошской области Мирланом Кемеловым.",
      off=False)
def place_of_a_post(ctx: Context, m: PlaceMention) -> bool:
    tokens = ctx.ann.tokens
    # inflected: the text is not the name's nominative (the tagger often calls a foreign name in -ом nominative)
    return any(p.start == m.stop and " ".join(t.text for t in tokens[p.start:p.stop]) != p.person.name
               for p in ctx.people_in(m.sent))


@rule("meeting.seat_of_authority", "'В резиденции губернатора Свердловской области состоялись переговоры …', 'в Доме "
      "Правительства Омской области': talks in the building where an authority sits are held on its territory",
      "В Доме Правительства Омской области губернатор Виталий Хоценко провел переговоры с акимом Павлодарской области "
      "Асаином Байхановым.", off=None)
def seat_of_authority(ctx: Context, sent: int) -> str | None:
    tokens = ctx.tokens_of(sent)
    for k, t in enumerate(tokens[1:], start=1):
        if t.lemma not in L.seat_nouns or tokens[k - 1].lower not in L.in_prepositions:
            continue
        # the building's own genitive ("Доме Правительства Омской области"), not a place after a preposition ("В
        # Доме правительства гостей из Павлодара принял …": where the guests came from)
        after = [m for m in ctx.places_in(sent, sides_only=False) if t.i < m.start <= t.i + 4 and m.id
                 and not m.id.startswith("?") and ctx.ann.tokens[m.start - 1].pos != "ADP"]
        if after and not any(x.pos == "VERB" for x in ctx.ann.tokens[t.i + 1:after[0].start]):
            return after[0].id
    return None


@rule("meeting.seat_named_by_its_kind", "'Встреча прошла в краевой администрации', 'в здании областного правительства', "
      "'в Доме Республики': a seat of authority named by its territory's kind is the one side of the text of that kind",
      "Губернатор Приморского края Олег Кожемяко провёл переговоры с губернатором провинции Цзилинь Ху Юйтином. "
      "Встреча прошла в краевой администрации.", off=None)
def seat_named_by_its_kind(ctx: Context, sent: int) -> str | None:
    tokens = ctx.tokens_of(sent)
    for k, t in enumerate(tokens[1:], start=1):
        kind = L.seat_kind_adjectives.get(t.lemma)
        body = tokens[k + 1] if k + 1 < len(tokens) else None
        before = tokens[k - 1]
        # "в Доме Республики", "в здании правительства края": the kind's own word after the building
        if kind is None and before.lemma in L.seat_nouns | L.government_nouns and t.case == "Gen" \
                and t.lemma in set(L.seat_kind_adjectives.values()) and k > 1 \
                and (tokens[k - 2].lower in L.in_prepositions or tokens[k - 2].lemma in L.seat_nouns):
            kind, body, before = t.lemma, before, tokens[k - 2]
            if before.lemma in L.seat_nouns:  # "в здании правительства края"
                before = tokens[k - 3] if k > 2 else before
        if kind is None or body is None or body.lemma not in L.government_nouns | L.seat_nouns:
            continue
        if not (before.lower in L.in_prepositions or before.lemma in L.seat_nouns and k > 1
                and tokens[k - 2].lower in L.in_prepositions):
            continue
        level = "city" if kind == "город" else "region"
        fits = {p for c in ctx.camps for p in c.weights if ctx.gz.level(p) == level
                and (level == "city" or kind in ctx.gz.name(p).lower())}
        return fits.pop() if len(fits) == 1 else None
    return None


@rule("meeting.venue_told_before", "'Церемония прошла в Перми. До этого главы регионов провели переговоры': an event told "
      "in a sentence opening with 'до этого', 'затем' is where the event just before was", "Губернатор Пермского края и "
      "председатель Гродненского облисполкома подписали дорожную карту. Церемония прошла в Перми. До этого главы "
      "регионов провели переговоры.", off=None)
def venue_told_before(ctx: Context, sent: int) -> str | None:
    tokens = ctx.tokens_of(sent)
    opening = " ".join(t.lower for t in tokens[:2])
    if sent == 0 or not tokens or not (tokens[0].lower in L.same_scene_openers or opening in L.same_scene_openers):
        return None
    before = [m for m in ctx.places_in(sent - 1, sides_only=False) if sides.venue(ctx, m) and venue_of_the_event(ctx, m)]
    return before[0].id if len(before) == 1 else None


@rule("meeting.quoted_apart", "'«… наша делегация побывала в Андижане …», – рассказал губернатор на встрече с "
      "послом': a place inside a quotation the meeting's word is outside of is the speech's, not the meeting's venue",
      "«В прошлом году наша делегация побывала в Андижане», – рассказал губернатор Ульяновской области на встрече "
      "с послом Узбекистана.", off=False)
def quoted_apart(ctx: Context, anchor: Token, m: PlaceMention) -> bool:
    quoted = quoted_tokens(ctx.tokens_of(anchor.sent))
    return (m.start in quoted) != (anchor.i in quoted)


@rule("meeting.reported_apart", "'В Уфе откроется консульство, сообщил премьер на встрече с послом': the meeting's "
      "word hangs on a verb of speech, the place on what was said — the news told there, not the venue",
      "В Уфе готовится к открытию консульство Узбекистана, сообщил премьер-министр Башкортостана Андрей Назаров на "
      "встрече с послом Узбекистана Ботиржоном Асадовым.", off=False)
def reported_apart(ctx: Context, anchor: Token, m: PlaceMention) -> bool:
    anchor_path = path_to_root(ctx.ann, anchor, limit=3)
    speech = next((t for t in anchor_path if t.lemma in L.reporting_verbs), None)
    if speech is None:
        return False
    place_path = [ctx.ann.tokens[m.stop - 1], *path_to_root(ctx.ann, ctx.ann.tokens[m.stop - 1], limit=8)]
    if speech not in place_path:
        return speech.rel == "parataxis"  # "X, сообщил Y на встрече": X is the content, the verb is set beside it
    below = next((t for t, up in zip(place_path, place_path[1:]) if up.i == speech.i), None)
    return below is not None and below.rel in ("ccomp", "parataxis")  # "сообщил на встрече, что в Уфе …"


@rule("meeting.venue_of_the_event", "in a sentence other than the meeting's own, a place is its venue only on a word "
      "of the event ('Встреча прошла в Уфе'), not in what was said there ('…, что в Уфе может открыться "
      "консульство')", "Губернатор встретился с послом Узбекистана. Встреча прошла в Уфе.", off=True)
def venue_of_the_event(ctx: Context, m: PlaceMention) -> bool:
    words = L.talk_nouns | L.talk_verbs | L.session_nouns | L.took_place_verbs
    events = L.talk_nouns | L.session_nouns | L.event_nouns
    tokens = ctx.ann.tokens
    path = [tokens[m.stop - 1], *path_to_root(ctx.ann, tokens[m.stop - 1], limit=2)]
    for below, t in zip(path, path[1:]):
        if t.lemma in L.discuss_verbs and below.rel in ("obj", "nsubj:pass"):
            return False  # "Стороны обсудили открытие в Навои торгового дома": the place of what was discussed
        if t.lemma not in words:
            continue
        # "в Оше открылось представительство": what opened or took place there is no event
        subjects = [x for x in ctx.tokens_of(t.sent) if x.head == t.i and x.rel.startswith("nsubj")]
        return t.lemma not in L.took_place_verbs or not subjects or any(x.lemma in events for x in subjects)
    return False


@rule("meeting.topic_not_venue", "'Стороны обсудили открытие торгового дома в Костанае': a place inside what was "
      "discussed is not where they met; only a place on the verb itself is", "Аким Костанайской области Кумар Аксакалов "
      "прибыл в Курган с рабочим визитом. Стороны обсудили открытие торгового дома в Костанае.", off=False)
def topic_not_venue(ctx: Context, anchor: Token, m: PlaceMention) -> bool:
    if anchor.lemma not in L.discuss_verbs:
        return False
    path = [ctx.ann.tokens[m.stop - 1], *path_to_root(ctx.ann, ctx.ann.tokens[m.stop - 1], limit=6)]
    below = next((t for t, up in zip(path, path[1:]) if up.i == anchor.i), None)  # the anchor's child on the path
    return below is not None and below.rel in ("obj", "nsubj:pass")


@rule("meeting.direction_not_venue", "'из Краснодара в Ереван': the place after 'в' is a destination when 'из' comes "
      "just before", "Губернатор Краснодарского края встретился с послом Армении: обсуждались рейсы из Сочи в Гюмри.", off=False)
def direction_not_venue(ctx: Context, m: PlaceMention) -> bool:
    tokens = ctx.ann.tokens
    return any(o.stop == m.start - 1 and o.start > 0 and tokens[o.start - 1].lower == "из"
               for o in ctx.places_in(m.sent, sides_only=False))


@rule("meeting.date", "a day or month in the meeting's sentence; a year only right beside its word",
      "15 мая 2024 года губернатор Омской области встретился с акимом Павлодарской области.")
def date(ctx: Context, m: Meeting) -> str | None:
    # a date of the meeting's own clause first: "Вчера гости посетили завод, а сегодня их принял губернатор"
    own = clause_of(ctx.tokens_of(m.anchor.sent), m.anchor) if m.anchor.sent == m.sents[0] else []
    dates = sorted(ctx.in_sentence(ctx.dates, m.sents[0]),
                   key=lambda d: not (own and own[0].start <= d.start <= own[-1].start))
    for d in dates:
        if any(r.start <= d.start < r.stop for r in ctx.year_ranges) or date_of_a_plan(ctx, d):
            continue
        year_only = d.value.month is None and d.value.day_shift is None and d.value.weekday is None
        beside = abs(d.start - m.anchor.start) <= 25 and d.start in range(*_bounds(ctx, m.anchor.sent))
        if year_only and not beside and not event_year(ctx, d) \
                and not year_in_phrase(ctx, d, m) and not date_of_the_event(ctx, d, m.sents[0]) \
                and not when_clause_date(ctx, d, m):
            continue
        value = event_day(ctx, d)
        if value:
            return value
    for s in m.sents[1:]:
        for d in ctx.in_sentence(ctx.dates, s):
            # (not a year of a range: "переговоры, в ходе которых … программу на 2027–2029 годы")
            if date_of_the_event(ctx, d, s) and not any(r.start <= d.start < r.stop for r in ctx.year_ranges) \
                    and not date_of_a_plan(ctx, d):
                return event_day(ctx, d)
    return None


def _bounds(ctx: Context, sent: int) -> tuple[int, int]:
    s = ctx.ann.sentences[sent]
    return s.start, s.stop


@rule("meeting.date_of_a_plan", "'Посол пригласил главу республики посетить Улан-Батор в сентябре': the date of an "
      "invited, planned or future event is not the meeting's", "Губернатор Омской области встретился с акимом "
      "Павлодарской области Асаином Байхановым и пригласил его посетить Омск в сентябре.", off=False)
def date_of_a_plan(ctx: Context, d) -> bool:
    tokens = ctx.ann.tokens
    span = [t for t in tokens if d.start <= t.start < d.stop]
    top = next((t for t in span if not span[0].i <= t.head <= span[-1].i), None)
    if top is None:
        return False
    governor = tokens[top.head] if top.head >= 0 else None
    if governor is not None and governor.pos == "VERB" and governor.feats.get("VerbForm") in ("Fin", "Part") \
            and governor.feats.get("Tense") == "Past":
        return False  # "договорились в мае", "в 2019 году было решено": when the plan was made, a thing done
    return unrealised(ctx.ann, top)


@rule("meeting.when_clause_date", "'началось в 2018 году, когда состоялась встреча …': the date right before ', когда' "
      "is the date of the event the clause tells", "Сотрудничество городов началось в 2018 году, когда состоялась "
      "встреча мэра Волжского с акимом Жанибекского района.", off=False)
def when_clause_date(ctx: Context, d, m: Meeting) -> bool:
    after = ctx.document.text[d.stop:m.anchor.start]
    return after.lstrip().startswith(",") and after.lstrip(" ,").split(" ", 1)[0].lower() in L.when_words


@rule("meeting.date_of_the_event", "in a later sentence about the meeting, a date on a word of the event is its date "
      "('Встреча прошла 14 ноября 2024 года в Чебоксарах')", "Глава Чувашии встретился с послом Кыргызстана. Встреча "
      "прошла 14 ноября 2024 года в Чебоксарах.", off=False)
def date_of_the_event(ctx: Context, d, sent: int) -> bool:
    meeting_words = L.talk_nouns | L.session_nouns
    inside = [t for t in ctx.tokens_of(sent) if d.start <= t.start and t.stop <= d.stop]
    for x in (x for t in inside for x in path_to_root(ctx.ann, t, limit=2)):
        if x.lemma in meeting_words:
            return True  # "на встрече 14 ноября"
        if x.lemma in L.took_place_verbs and not is_future(ctx.ann, x) \
                and any(c.head == x.i and c.rel.startswith("nsubj") and c.lemma in meeting_words
                        for c in ctx.tokens_of(sent)):
            return True  # "Встреча прошла 14 ноября"
        if x.lemma in L.took_place_verbs and any(c.head == x.i and _pronoun_took_place(ctx, c)
                                                 for c in ctx.tokens_of(sent)):
            return True  # "Оно прошло 2 июля"
    return False


@rule("meeting.year_in_phrase", "'на встрече губернаторов … в 2021 году': a year that depends on the meeting's own "
      "noun is its date, however long the phrase between", "Стороны вспомнили договоренности, достигнутые на встрече "
      "глав Омской и Павлодарской областей в 2019 году.", off=False)
def year_in_phrase(ctx: Context, d, m: Meeting) -> bool:
    tokens = ctx.ann.tokens
    words = [t for t in ctx.tokens_of(m.anchor.sent) if d.start <= t.start and t.stop <= d.stop and t.pos != "PUNCT"]
    if not words or m.anchor.pos != "NOUN" or words[0].i <= m.anchor.i:
        return False
    # every word between the meeting's noun and the year belongs to the noun's phrase ("встрече губернаторов
    # Омской и Павлодарской областей в 2021 году"): the parser may hang the year on the verb instead
    between = tokens[m.anchor.i + 1: words[0].i]
    if between and between[-1].pos == "ADP":  # the year's own "в"
        between = between[:-1]
    in_phrase = all(any(h.i == m.anchor.i for h in path_to_root(ctx.ann, t, limit=6)) for t in between)
    year_heads = {h.i for h in path_to_root(ctx.ann, words[-1], limit=1)}
    return in_phrase and (m.anchor.i in year_heads or m.anchor.head in year_heads)


@rule("meeting.event_year", "'на форуме «Иннопром-2024»', 'ПМЭФ-2021': the year of the event the meeting was held at",
      "На выставке «Иннопром-2024» в Екатеринбурге губернатор Свердловской области провёл переговоры с "
      "послом Казахстана.", off=False)
def event_year(ctx: Context, d) -> bool:
    text = ctx.document.text[d.start: d.stop]
    return text[:1].isalpha() and any(c in text for c in "-–—") and d.value.year_shift is None


# ---- sides ----------------------------------------------------------------------------------------


@rule("meeting.phrase_sides", "places a session's or a forum's own name gives: 'рабочей группы по сотрудничеству "
      "Белоруссии и Татарстана', 'российско-китайском форуме'", "Прошло заседание рабочей группы по сотрудничеству "
      "Беларуси и Татарстана.", off=[])
def phrase_sides(ctx: Context, t: Token) -> list[str]:
    out = []
    in_name = []  # the places the name itself governs: "совета Брестской и Калужской областей"
    for m in ctx.places_in(t.sent, sides_only=False):
        if t.i - 3 <= m.start < t.i and m.form == "adj" and m.stop <= t.i:
            out.append(m.id)  # "российско-китайском форуме"
        elif t.i < m.start <= t.i + 8 and not sides.venue(ctx, m) and m.form != "adj" \
                and not _name_ended(ctx, t.i + 1, m.start) \
                and not any(x.start <= m.start < x.stop and x.person_mention is not None  # "форума губернатор области"
                            and not x.start <= t.i < x.stop  # (not "Сопредседатель комиссии … Тюменской области")
                            for x in ctx.titles_in(t.sent)):
            out.append(m.id)
            if _governed_by(ctx, m, t):
                in_name.append(m.id)
    return narrowest_named(list(dict.fromkeys(out)), in_name)


@rule("meeting.forum_named_before", "'В апреле в Бресте пройдёт IV Форум регионов Беларуси и Курской области. … в прошлом "
      "году форум прошёл в Курске': a forum with no name of its own, right after a forum named with its sides (held or "
      "announced), is of those sides", "В апреле в Бресте пройдёт IV Форум регионов Беларуси и Курской области. "
      "Напомним, в прошлом году форум прошёл в Курске.", off=[])
def forum_named_before(ctx: Context, t: Token, kind: str) -> list[str]:
    if kind != "forum":
        return []
    for s in range(t.sent - 1, max(t.sent - 3, -1), -1):
        named = next((own for b in ctx.tokens_of(s) if b.lemma in L.forum_nouns and (own := phrase_sides(ctx, b))), [])
        if named:
            return named
    return []


@rule("meeting.body_named_before", "'Сопредседатель комиссии по сотрудничеству Тюменской области и Казахстана … "
      "подписали протокол. Заседание комиссии прошло в Петропавловске': a commission or working group with no name of "
      "its own, right after the same body named with its sides, is of those sides", "Сопредседатель комиссии по "
      "сотрудничеству Тюменской области и Казахстана Вячеслав Вахрин подписал протокол. Заседание комиссии прошло в "
      "Петропавловске.", off=[])
def body_named_before(ctx: Context, t: Token, kind: str) -> list[str]:
    if kind not in ("commission", "working_group"):
        return []
    tokens = ctx.ann.tokens
    body = {t.lemma} | ({tokens[t.i + 1].lemma} if t.i + 1 < len(tokens) and t.lemma in L.session_nouns else set())
    for s in range(t.sent - 1, max(t.sent - 3, -1), -1):
        named = next((own for b in ctx.tokens_of(s) if b.lemma in body and (own := phrase_sides(ctx, b))), [])
        if named:
            return named
    return []


@rule("meeting.name_ended", "'Итоги Форума регионов: Брянская область подписала …', 'На полях форума подписаны "
      "соглашения между Витебской и Псковской областями': a meeting's name ends at a colon, a semicolon, a dash or "
      "a predicate — a finite verb or a short passive participle; the places after it are another clause's",
      "ХII Форум регионов Беларуси и России прошел в Витебске. На полях форума подписаны соглашения между Витебской "
      "и Псковской областями.", off=False)
def _name_ended(ctx: Context, start: int, stop: int) -> bool:
    tokens = ctx.ann.tokens[start:stop]
    # a dash inside the quoted name ("форум «Оренбуржье — Казахстан»") is the name's own
    quoted = quoted_tokens(ctx.tokens_of(tokens[0].sent)) if tokens else set()
    return any(x.text in (":", ";") + DASHES and x.i not in quoted or x.pos == "VERB" and is_predicate_form(x)
               for x in tokens)


def is_predicate_form(t: Token) -> bool:
    """A finite verb, or a short passive participle ("подписаны", "заключен")."""
    return t.feats.get("VerbForm") == "Fin" or t.feats.get("VerbForm") == "Part" and t.feats.get("Variant") == "Short"


def _governed_by(ctx: Context, m: PlaceMention, t: Token, steps: int = 2) -> bool:
    tokens = ctx.ann.tokens
    for x in tokens[m.start: m.stop]:
        for _ in range(steps):
            if x.head == t.i:
                return True
            if x.head < 0:
                break
            x = tokens[x.head]
    return False


@rule("meeting.narrowest_named", "'Белорусско-российского делового совета Брестской и Калужской областей': the "
      "countries' adjectives say whose regions they are; a country whose region the name itself governs is not a "
      "side", "В Калуге прошло заседание Белорусско-российского делового совета Брестской и Калужской областей.",
      off=UNCHANGED)
def narrowest_named(places: list[str], in_name: list[str]) -> list[str]:
    # only countries give way: a region beside its own city in a body's name stays (rare, and ambiguous)
    return [p for p in places if country_of(p) != p or not any(q != p and contains(p, q) for q in in_name)]


@rule("meeting.body_of_main_side", "'рабочей группы по сотрудничеству с Республикой Беларусь' in a text about one "
      "region and several partners: the body is the region's own", "Губернатор Тульской области провёл переговоры с послом Узбекистана. Затем прошло заседание рабочей "
      "группы по сотрудничеству с Республикой Беларусь.")
def body_of_main_side(ctx: Context, m: Meeting) -> list[str] | None:
    main = ctx.camps[0] if ctx.camps else None
    if len(m.phrase_sides) == 1 and ctx.camp_of(m.phrase_sides[0]) is None and main is not None \
            and not main.contains(m.phrase_sides[0]):
        return [main.best, m.phrase_sides[0]]
    return None


@rule("meeting.compatriots_only", "a governor and his own country's ambassador: people of one country among "
      "themselves meet no partner", "Губернатор Самарской области встретился с послом России в Беларуси.", off=False)
def compatriots_only(ctx: Context, officials: list[str]) -> bool:
    return len(set(officials)) >= 2 and len({country_of(p) for p in officials}) == 1 and not _distinct(ctx, officials)


@rule("meeting.sides_of_people_and_sentence", "sides by preference: the participants' territories, the places of "
      "the sentence, generic words", "Губернатор Омской области Виталий Хоценко провёл переговоры с акимом "
      "Павлодарской области.")
def sides_of_people_and_sentence(ctx: Context, who: list[str], places: list[str], generic: list[str]) -> list[str] | None:
    return sides.pair(ctx, who, places, generic)


@rule("meeting.town_visited_not_met", "'посетили Мозырь, где встретились с руководством района': the town a trip "
      "verb of the sentence went to is where the talks were, when the partner met is named after 'с' by a word of its "
      "own (the district)", "Делегация Костромской области посетила Мозырь, где встретилась с руководством района.",
      off=False)
def town_visited_not_met(ctx: Context, p: PlaceMention, anchor: Token) -> bool:
    tokens = ctx.ann.tokens
    head = tokens[p.stop - 1]
    if head.head < 0 or tokens[head.head].lemma not in L.motion_verbs or head.head == anchor.i:
        return False
    partners = sides.partners_after(ctx, anchor.sent, anchor.i)
    return bool(partners) and p.id not in partners and any(contains(region_of(p.id) or p.id, q) for q in partners)


@rule("meeting.sides_from_camps", "a meeting sentence that names no place: the document's two camps",
      "Переговоры прошли в тёплой атмосфере. Губернатор Курской области поблагодарил Беларусь за "
      "гостеприимство.")
def sides_from_camps(ctx: Context) -> list[str] | None:
    return sides.camps_pair(ctx)


@rule("meeting.sides_as_subject", "'Стороны обсудили открытие торгового дома в Костанае': the sides of the people "
      "just named, not the places of what they discussed", "Аким Костанайской области Кумар Аксакалов и губернатор "
      "Курганской области Вадим Шумков прибыли в Челябинск на выставку. Стороны обсудили запуск авиарейса Курган — "
      "Астана.", off=[])
def sides_as_subject(ctx: Context, m: Meeting) -> list[str]:
    anchor = m.anchor
    subject = next((t for t in ctx.tokens_of(anchor.sent) if t.head == anchor.i and t.rel == "nsubj"
                    and t.lemma == "сторона"), None)
    return sides.both_sides(ctx, subject) if subject is not None else []


@rule("meeting.diplomat_attends", "'Во встрече участвовал генеральный консул России в Бресте': a country whose only "
      "people are its diplomats is no side of a meeting when a named person holds a post of a region or city of it "
      "(the delegation's head) told by the meeting", "Делегация Липецкой области во главе с первым заместителем губернатора Александром Ремневым прибыла в Брест. "
      "Состоялись переговоры с председателем "
      "Брестского облисполкома Петром Пархомчиком. Во встрече участвовал генеральный консул России в Бресте Иван "
      "Сидоров.", off=False)
def diplomat_attends(ctx: Context, place: str, upto: int) -> bool:
    if "-" in place:
        return False
    titles = [t for t in ctx.titles if t.person is not None and t.of == place]
    if not titles or any(t.head not in L.diplomat_titles for t in titles):
        return False
    # the region's official is told by the meeting (the delegation's head), not after it ("В сентябре Астрахань посетит
    # аким Мангистауской области": the consul met is his country's)
    held = {t.of for t in ctx.titles if t.person is not None and t.of and t.sent <= upto}
    return any(country_of(p) == place and p != place for p in held)


@rule("meeting.with_the_guests", "'провел с гостями переговоры', 'встретился с делегацией', 'гостей принял': the guests met are the "
      "side of the delegation the text told of, at its own level ('делегация аймака Сэлэнгэ', not Монголия)",
      "В Улан-Удэ находится делегация аймака Сэлэнгэ. Глава Бурятии Алексей Цыденов провел с гостями переговоры.")
def with_the_guests(ctx: Context, t: Token) -> str | None:
    tokens = ctx.ann.tokens
    met = t.i > 0 and tokens[t.i - 1].lower in L.with_prepositions
    # "гостей принял Раис" (the parser may hang "гостей" on a word before: "В первый день гостей принял …")
    received = t.case in ("Acc", "Gen") and (t.rel == "obj" and t.head >= 0 and tokens[t.head].lemma in L.receive_verbs
                                             or any(x.lemma in L.receive_verbs and x.sent == t.sent
                                                    for x in tokens[t.i + 1:t.i + 2]))
    if t.lemma not in L.visitor_nouns or not (met or received):
        return None
    found = sides.guests_side(ctx, t)
    # "с гостями из Китая" after "делегация провинции Хэнань": the province the text is about
    return (sides.camp_unit(ctx, found) or found) if found else None


def _sides(ctx: Context, m: Meeting, who: list[str]) -> tuple[list[str] | None, int]:
    """The meeting's two sides and how sure we are (3: named by its own name, "Форум регионов Беларуси и России";
    2: by its people or the sentence's subject, 1: by the sentence, 0: by the document)."""
    sent = m.anchor.sent  # the meeting's own sentence, not one added before it for its people
    if m.phrase_sides:
        pair = sides.pair(ctx, m.phrase_sides, who)
        if pair:
            return pair, 3
        own = body_of_main_side(ctx, m)
        if own:
            return own, 1
    subject = sides_as_subject(ctx, m)
    if subject:
        return subject, 2
    upto = max(m.sents)
    who = [w for w in who if not diplomat_attends(ctx, w, upto)]
    officials = who + [t.of for s in m.sents for t in ctx.titles_in(s) if t.of and is_place_id(t.of)]
    if compatriots_only(ctx, officials):
        return None, 0
    places = [p.id for p in sides.side_mentions(ctx, sent) if not sides.venue(ctx, p) and not diplomat_attends(ctx, p.id, upto)
              and not town_visited_not_met(ctx, p, m.anchor)]
    # posts named without a name ("с Президентом Республики Беларусь") stand for their territories
    posts = [t.of for t in ctx.titles_in(sent) if t.person is None and t.places and t.of and is_place_id(t.of)]
    guests = [g for g in (with_the_guests(ctx, t) for t in ctx.tokens_of(sent)) if g]
    pair = sides_of_people_and_sentence(ctx, posts + who, places, sides.generics_in(ctx, sent) + guests)
    if pair:
        return pair, 2 if len(who) >= 2 else 1
    return (sides_from_camps(ctx), 0) if not places else (None, 0)


# ---- the stage ------------------------------------------------------------------------------------


@rule("meeting.another_session", "'на XIX Форуме' after the XXI Forum: a mention with its own different number is "
      "another session, however it is introduced", "В Уральске прошёл XXI Форум регионов России и Казахстана. "
      "Предыдущий документ подписали на XIX Форуме регионов России и Казахстана.", off=False)
def another_session(ctx: Context, t: Token, kind: str, last: Meeting | None) -> bool:
    if last is None or kind == "talks":
        return False
    own = session_ordinal(ctx, Meeting(kind, [t.sent], t), t.sent)
    return own is not None and last.number is not None and own != last.number


@rule("meeting.same_body_again", "'Предыдущее, шестое заседание совета состоялось в Нижнем Новгороде': a session "
      "with its own number, or called previous, of the body ('совета', 'группы', 'комиссии' alone) whose session was "
      "just told is that body's other session", "В Минске прошло седьмое заседание Совета делового сотрудничества Беларуси и "
      "Нижегородской области. Предыдущее, шестое заседание совета состоялось в Нижнем Новгороде.")
def same_body_again(ctx: Context, t: Token, last: Meeting | None) -> str | None:
    if last is None or last.kind not in ("commission", "working_group") or t.lemma not in L.joint_bodies:
        return None
    before = {x.lemma for x in _near(ctx, t, 3)}
    if not before & L.session_nouns:
        return None
    earlier = bool(before & L.previous_words)  # "Предыдущее заседание совета …", no number needed
    return last.kind if earlier or another_session(ctx, t, last.kind, last) else None


@rule("meeting.earlier_session_of_body", "'Стороны договорились о проведении заседания рабочей группы. Напомним, последнее "
      "заседание прошло в Курске в октябре 2024 года': a session called previous or last, after a body named as to "
      "meet, is that body's session held before — not the talks told before", "Губернатор Курской области провел "
      "переговоры с председателем Гомельского облисполкома. Стороны договорились о проведении в июне заседания "
      "рабочей группы. Предыдущее заседание прошло в Курске в октябре 2024 года.", off=None)
def earlier_session_of_body(ctx: Context, t: Token, last: Meeting | None) -> tuple[str, list[str]] | None:
    """The kind and the named sides of the body, or None."""
    tokens = ctx.ann.tokens
    if t.lemma not in L.session_nouns or t.i == 0 or not (
            tokens[t.i - 1].lemma in L.previous_words or tokens[t.i - 1].lemma in L.last_words):
        return None
    if last is not None and last.kind in ("commission", "working_group"):
        return None  # that body's session was told: meeting.same_body_again
    for s in range(t.sent - 1, max(t.sent - 3, -1), -1):
        for b in ctx.tokens_of(s):
            kind = _body_kind(ctx, b)
            if kind is not None:
                return kind, phrase_sides(ctx, b)
    return None


def _body_kind(ctx: Context, b: Token) -> str | None:
    """"рабочей группы" → working_group; "комиссии", "делового совета" → commission."""
    tokens = ctx.ann.tokens
    if b.lemma == "группа" and b.i > 0 and tokens[b.i - 1].lemma == "рабочий":
        return "working_group"
    if b.lemma in L.commission_nouns or b.lemma == "совет" and b.i > 0 and tokens[b.i - 1].lemma == "деловой":
        return "commission"
    return None


@rule("meeting.talks_at_forum", "'На форуме … подписан меморандум. В рамках встречи обсуждались …': talks named after "
      "a forum are the sides' own talks on its sidelines, not the forum again", "На Форуме регионов России и Казахстана "
      "подписан меморандум. В рамках встречи губернатор и аким обсудили поставки.", off=False)
def talks_at_forum(kind: str, last: Meeting | None) -> bool:
    return kind == "talks" and last is not None and last.kind == "forum"


@rule("meeting.forum_of_those_talks", "'… обсудили вопросы сотрудничества. Встреча прошла в рамках XX Форума "
      "межрегионального сотрудничества': a forum named after talks, as their setting, is an event of its own, not "
      "the talks again", "Аким Костанайской области и губернатор Курганской области обсудили сотрудничество. Встреча "
      "прошла в рамках XX Форума межрегионального сотрудничества России и Казахстана.", off=False)
def forum_of_those_talks(kind: str, last: Meeting | None) -> bool:
    return kind == "forum" and last is not None and last.kind != "forum"


@rule("meeting.another_partner_in_sentence", "'хоким встретился с Главой Республики Башкортостан Радием Хабировым, а "
      "также провел переговоры с мэром Уфы Ратмиром Мавлиевым': a second word of talks in the sentence, with people "
      "met of its own after 'с', is another meeting", "В ходе визита хоким встретился с Главой Республики Башкортостан "
      "Радием Хабировым, а также провел переговоры с мэром Уфы Ратмиром Мавлиевым.", off=False)
def another_partner_in_sentence(ctx: Context, first: Token, t: Token) -> bool:
    tokens = ctx.ann.tokens

    if t.i <= first.i or not any(x.text == "," or x.lower in L.also_words for x in tokens[first.i + 1:t.i]):
        return False
    before, after = _met_after(ctx, first, t.i), _met_after(ctx, t, None)
    return bool(before) and bool(after) and not before & after


def _met_after(ctx: Context, word: Token, stop: int | None) -> set[str]:
    """The people named after the first "с" following a word of talks (before token ``stop``)."""
    at = next((x.i for x in ctx.tokens_of(word.sent) if x.i > word.i and (stop is None or x.i < stop)
               and x.lower in L.with_prepositions), None)
    if at is None:
        return set()
    return {m.person.name for m in ctx.people_in(word.sent) if m.start > at and (stop is None or m.start < stop)
            and m.start - at <= 8}


def _meetings_in(ctx: Context, sent: int, last: Meeting | None = None) -> tuple[list[Meeting], bool]:
    """New meetings of a sentence, and whether it refers back to the last one."""
    found: list[Meeting] = []
    refers = False
    participation = participation_sentence(ctx, sent)
    for t in ctx.tokens_of(sent):
        earlier = earlier_session_of_body(ctx, t, last)
        if earlier is None and t.lemma in L.session_nouns and refers_back(ctx, t) and not unrealised(ctx.ann, t):
            refers = True  # "Заседание проводят …"
            continue
        kind = _kind_at(ctx, t) or same_body_again(ctx, t, last) or (earlier[0] if earlier else None)
        if kind is None:
            continue
        with candidate("meeting", t) as c:
            if unrealised(ctx.ann, t) and not said_at_session(ctx, t) or coming_event(ctx, t):
                c.drop("не состоялась: намерение, будущее или объявление")
                continue
            if kind == "talks" and ongoing_negotiations(ctx, t):
                c.drop("переговоры идут, а не встреча")
                continue
            if count_not_meeting(ctx, t):
                c.drop("счёт встреч, а не встреча")
                continue
            if kind == "talks" and t.pos == "VERB" and t.lemma in L.two_side_verbs \
                    and not verb_needs_two_sides(ctx, t):
                c.drop("глагол без двух сторон рядом")
                continue
            if kind == "talks" and met_the_public(ctx, t):
                c.drop("встреча с жителями, а не со стороной")
                continue
            if kind == "talks" and talks_inside_session(found):
                c.drop("встреча внутри заседания того же предложения")
                continue
            if earlier is None and refers_back(ctx, t) and (participation or not _new_people(ctx, sent)
                                        or last is not None and represented_a_side(ctx, sent, last)
                                        or signed_after_it(ctx, t, last)) \
                    and not another_session(ctx, t, kind, last) and not talks_at_forum(kind, last) \
                    and not forum_of_those_talks(kind, last):
                refers = True
                c.drop("та же встреча, что названа раньше")
                continue
            apart = found[-1] if found and found[-1].kind == kind else None
            if apart is not None and not another_partner_in_sentence(ctx, apart.anchor, t):
                c.drop("та же встреча в этом предложении")
                continue
            if kind not in ("talks", "forum"):
                found = [m for m in found if m.kind != "talks"]
            found.append(Meeting(kind, [sent], t, earlier[1] if earlier else
                                 phrase_sides(ctx, t) or forum_named_before(ctx, t, kind) or body_named_before(ctx, t, kind)
                                 if kind != "talks" else []))
            if apart is not None:  # each talks has the people met after its own "с"
                apart.others_met |= _met_after(ctx, t, None)
                found[-1].others_met |= _met_after(ctx, apart.anchor, t.i)
    gap = gapped_talks(ctx, found[-1]) if found and found[-1].kind == "talks" else None
    if gap is not None:
        first = found[-1]
        found.append(Meeting("talks", [sent], gap))
        first.others_met |= _met_after(ctx, gap, None)
        found[-1].others_met |= _met_after(ctx, first.anchor, gap.i)
    for m in found:
        m.number = session_ordinal(ctx, m, sent)
    return found, refers


@rule("meeting.gapped_talks", "'В Минске он провёл переговоры с Председателем Совета Республики, а в Гомеле — с "
      "председателем облисполкома': a clause after 'а' that names only a place and, after a dash, whom 'с' — the verb of "
      "talks left out — is other talks, with the people it names", "Губернатор Курской области совершил поездку в "
      "Беларусь. В Минске он провёл переговоры с Председателем Совета Республики Натальей Кочановой, а в Гомеле — с "
      "председателем облисполкома Иваном Крупко.", off=None)
def gapped_talks(ctx: Context, first: Meeting) -> Token | None:
    tokens = [t for t in ctx.tokens_of(first.anchor.sent) if t.i > first.anchor.i]
    for k, t in enumerate(tokens):
        if t.lower not in L.contrast_conjunctions:
            continue
        for j in range(k + 1, min(k + 6, len(tokens) - 1)):
            if tokens[j].text in DASHES and tokens[j + 1].lower in L.with_prepositions \
                    and any(m.start > tokens[j].i for m in ctx.people_in(first.anchor.sent)):
                return tokens[j]
    return None


@rule("meeting.coming_event", "'приглашение посетить Актобе в ходе предстоящего форума', 'на следующем заседании "
      "комиссии', '…, а 4 апреля состоятся переговоры': an event the text puts ahead is not held, whatever verb governs "
      "it", "Аким направил губернатору "
      "приглашение посетить Актобе в ходе предстоящего форума приграничного сотрудничества.", off=False)
def coming_event(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    # the word itself or the noun of its phrase: "заседания рабочей группы" is the session's
    nouns = [t] + ([tokens[t.head]] if t.head >= 0 and t.rel == "nmod" and tokens[t.head].lemma in L.session_nouns
                   else [])
    if any(x.head in {n.i for n in nouns} and x.rel == "amod" and x.lemma in L.coming_words
           for x in ctx.tokens_of(t.sent)):
        return True
    # "…, а 4 апреля состоятся переговоры": a verb of taking place in the future, right before the noun in its clause
    # (the parse may hang the noun on the first clause's verb)
    clause = clause_of(ctx.tokens_of(t.sent), t)
    return t.lemma in L.talk_nouns | L.session_nouns and any(
        x.lemma in L.took_place_verbs and x.i < t.i and t.i - x.i <= 2 and is_future(ctx.ann, x) for x in clause)


@rule("meeting.ongoing_negotiations", "'Стороны ведут переговоры о поставках', 'ведутся переговоры об открытии', "
      "'продолжают переговоры': negotiations under way, in the present tense, are not a meeting held (FACTS 1.2)",
      "Брянская и Гомельская области ведут переговоры о поставках техники.", off=False)
def ongoing_negotiations(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    noun = t if t.lemma in L.talk_nouns else next(
        (x for x in ctx.tokens_of(t.sent) if x.head == t.i and x.lemma in L.talk_nouns), None)
    if noun is None or noun.head < 0:
        return False
    verb = t if t.pos == "VERB" and noun is not t else tokens[noun.head]
    return verb.lemma in L.ongoing_talk_verbs and verb.feats.get("Tense") == "Pres"


@rule("meeting.signed_at_it", "'… подписали дорожную карту. Подписание состоялось в рамках II Форума …': the session "
      "a signing just told took place at; the signatories took part in it", "Губернатор Ульяновской области Алексей "
      "Русских и хоким Навоийской области Нормат Турсунов подписали дорожную карту. Подписание состоялось в рамках II "
      "Форума межрегионального сотрудничества России и Узбекистана.", off=False)
def signed_at_it(ctx: Context, m: Meeting) -> bool:
    sent = m.anchor.sent
    if m.kind == "talks" or sent == 0 or not any(t.lemma in L.sign_nouns for t in ctx.tokens_of(sent)):
        return False
    before = ctx.tokens_of(sent - 1)
    return any(t.lemma in L.sign_verbs and t.pos == "VERB" for t in before) and bool(ctx.people_in(sent - 1))


def _new_people(ctx: Context, sent: int) -> bool:
    return any(m.person.mentions[0] is m for m in ctx.people_in(sent))


def extract(ctx: Context) -> list[MeetingFact]:
    meetings: list[Meeting] = []
    for s in ctx.sentences:
        found, refers = _meetings_in(ctx, s.index, meetings[-1] if meetings else None)
        if meetings and found and all(discussed_at_session(m, meetings[-1]) or sides_discussed_after(ctx, m, meetings[-1])
                                      for m in found):
            found, refers = [], True  # "Заседание прошло … Караев и Беспрозванных обсудили …": at the session
        if meetings and not found and (refers or participation_sentence(ctx, s.index)
                                       or signing_there(ctx, s.index, meetings[-1])
                                       or speaker_in_turn(ctx, s.index, meetings[-1])
                                       or speaker_right_after(ctx, s.index, meetings[-1])
                                       or led_right_after(ctx, s.index, meetings[-1])
                                       or represented_a_side(ctx, s.index, meetings[-1])
                                       or co_chairs_right_after(ctx, s.index, meetings[-1])
                                       or opened_it(ctx, s.index, meetings[-1])
                                       or delegation_members(ctx, s.index, meetings[-1])
                                       or accompanied_delegation(ctx, s.index, meetings[-1])
                                       or pronoun_for_it(ctx, s.index, meetings[-1])
                                       or spoke_at_it(ctx, s.index, meetings[-1])
                                       or report_right_after(ctx, s.index, meetings[-1])
                                       or speaks_of_it(ctx, s.index, meetings[-1])):
            meetings[-1].sents.append(s.index)
        elif not meetings and not found and refers:
            first = body_without_meeting_before(ctx, s.index)
            if first is not None:
                found = [first]
        for m in found:
            if signed_at_it(ctx, m):
                m.sents.insert(0, s.index - 1)
        meetings.extend(found)
    scored: list[tuple[MeetingFact, int]] = []
    # facts that are meetings of their own with any other sides: told as coming after another ("После этого
    # состоялась встреча с …"), or one of talks with a list of partners
    apart: set[int] = set()
    earlier: set[int] = set()  # facts of meetings told as previous ("Предыдущая встреча прошла в Павлодаре")
    for m in meetings:
        with candidate("meeting", m.anchor) as c:
            if names_before_talks(ctx, m):
                m.sents.insert(0, m.sents[0] - 1)
            names, who = participants(ctx, m.sents)
            if m.others_met:  # (``who``: the territories of the people kept)
                by_name = {p.name: p for p in ctx.people}
                names = [n for n in names if n not in m.others_met]
                who = list(dict.fromkeys(of for n in names if (of := ctx.role_of(by_name.get(n)))))
            guests = guest_is_the_visitor(ctx, m, who)
            traveller = traveller_of_the_trip(ctx, m, who) if not guests else None
            for guest in reversed(guests or ([traveller] if traveller is not None else [])):
                if guest.name not in names:  # (the leader first: his territory is the guests' side)
                    names.insert(0, guest.name)
                    who.insert(0, ctx.role_of(guest))
            split = with_each_of_them(ctx, m, names) or one_per_partner(ctx, m, names) \
                or one_per_delegation_member(ctx, m, names)
            if split:
                for parties, people in split:
                    fact = MeetingFact(kind=m.kind, parties=parties, participants=people, date=date(ctx, m),
                                       place=venue(ctx, m.sents, m.anchor), number=m.number, evidence=ctx.evidence(*m.sents))
                    scored.append((c.made(fact), 2))
                    if listed_partners_apart(split):
                        apart.add(id(fact))
                continue
            parties, strength = _sides(ctx, m, who)
            parties = [delegation_adjective_refined(ctx, m, p) or p for p in parties] if parties else parties
            if not parties:
                c.drop("стороны не названы или одна страна")
                continue
            fact = MeetingFact(kind=m.kind, parties=parties, participants=names, date=date(ctx, m),
                               place=venue(ctx, m.sents, m.anchor), number=m.number, evidence=ctx.evidence(*m.sents))
            scored.append((c.made(fact), strength))
            if later_meeting(ctx, m) or with_town_head(ctx, m, parties):
                apart.add(id(fact))
            if previous_meeting(ctx, m.anchor):
                earlier.add(id(fact))
    scored = headline_session_told_in_body(scored, ctx)
    return [f for f, _ in merge_same_meeting(scored, apart, earlier)]


@rule("meeting.headline_session_told_in_body", "headline 'Заседание межправкомиссии … прошло в Уфе', body 'состоялось "
      "третье заседание рабочей группы …': the one session of a joint body the body tells between the same sides is "
      "the headline's, whatever body the headline calls it", "Заседание межправкомиссии Узбекистана и Башкортостана "
      "прошло в Уфе\n\nВ Уфе состоялось третье заседание рабочей группы по сотрудничеству Башкортостана и "
      "Узбекистана.", off=UNCHANGED)
def headline_session_told_in_body(scored: list[tuple[MeetingFact, int]], ctx: Context) -> list[tuple[MeetingFact, int]]:
    sessions = ("commission", "working_group")
    text = ctx.document.text
    out = list(scored)
    for f, strength in scored:
        if f.kind not in sessions or not in_headline(f.evidence, text):
            continue
        body = [o for o, _ in scored if o is not f and o.kind in sessions and not in_headline(o.evidence, text)
                and all(any(related(x, y) for y in o.parties) for x in f.parties)]
        if body and all(o.kind == body[0].kind != f.kind for o in body) \
                and not (f.place and body[0].place and f.place != body[0].place):
            merged(body[0], f)
            body[0].participants += [p for p in f.participants if p not in body[0].participants]
            body[0].date = body[0].date or f.date
            out.remove((f, strength))
    return out


@rule("meeting.later_meeting", "'Затем прошло заседание …', 'После этого состоялась встреча с председателем …', 'На "
      "следующий день … провела переговоры с руководством области': a meeting told as coming after another is another "
      "meeting, even with sides of one hierarchy",
      "Губернатор Липецкой области встретился с послом Беларуси. После этого состоялась встреча с председателем "
      "Гомельского облисполкома.", off=False)
def later_meeting(ctx: Context, m: Meeting) -> bool:
    tokens = ctx.ann.tokens
    before = [t for t in ctx.tokens_of(m.anchor.sent) if t.i < m.anchor.i]
    marker = day_marker(ctx, m.anchor.sent)  # "На следующий день …", "На второй день визита …": another day
    return any(t.lower in L.then_words or t.lemma == "после" and t.i + 1 < len(tokens)
               and tokens[t.i + 1].pos == "PRON" for t in before) \
        or marker is not None and (marker[0] == "next" or marker[0] == "nth" and marker[1] > 1)


@rule("meeting.delegation_adjective_refined", "'узбекская делегация встретилась с губернатором', 'белорусы провели "
      "переговоры' in a text about "
      "Samarkand's delegation: the side named only by a country's adjective on a delegation is the territory the "
      "text is about", "Хоким Самарканда прибыл в Пензу. Узбекская делегация встретилась с губернатором Пензенской "
      "области.", off=None)
def delegation_adjective_refined(ctx: Context, m: Meeting, party: str) -> str | None:
    return sides.delegation_country_unit(ctx, m.sents, party)


@rule("meeting.with_each_of_them", "'губернатор провел переговоры с каждым из акимов': one talks per person the document "
      "gives that title, each with the one who held them", "В форуме приняли участие губернатор Оренбургской области "
      "Евгений Солнцев, аким Актюбинской области Асхат Шахаров и аким Западно-Казахстанской области Нариман Турегалиев. "
      "На полях форума губернатор провел переговоры с каждым из акимов.", off=None)
def with_each_of_them(ctx: Context, m: Meeting, names: list[str]) -> list[tuple[list[str], list[str]]] | None:
    if m.kind != "talks":
        return None
    tokens = ctx.tokens_of(m.anchor.sent)
    k = sides.each_of(tokens[:-1])
    if k is None:
        return None
    title = tokens[k + 2].lemma
    holders = [t.person for t in ctx.titles if t.person is not None and t.head == title and t.of and is_place_id(t.of)]
    holders = list({p.name: p for p in holders}.values())
    people = {p.name: p for p in ctx.people}
    home = next((people[n] for n in names if n in people and people[n] not in holders), None)
    home_of = ctx.role_of(home)
    if len(holders) < 2 or home_of is None:
        return None
    return [([home_of, ctx.role_of(h)], [home.name, h.name]) for h in holders if ctx.role_of(h) != home_of]


@rule("meeting.one_per_partner", "'провёл встречи с губернаторами провинций Мазандаран и Гилян …', 'переговоры с "
      "руководством Тульской, Рязанской областей и Алтайского края': talks with several territories of the other "
      "side are one meeting per territory", "Губернатор Брестской области провёл переговоры с руководством Тульской и "
      "Рязанской областей.")
def one_per_partner(ctx: Context, m: Meeting, names: list[str]) -> list[tuple[list[str], list[str]]] | None:
    if m.kind != "talks":
        return None
    people = {p.name: p for p in ctx.people}
    held = {name: ctx.role_of(people.get(name)) for name in names}
    # the partners are those met "с …": places after it, and the people named after it
    tokens = ctx.tokens_of(m.anchor.sent)
    after_with = next((t.i for t in tokens if t.i > m.anchor.i and t.lower in L.with_prepositions), None)
    if after_with is None:
        return None
    met = {mm.person.name for mm in ctx.people_in(m.anchor.sent) if mm.start > after_with}
    partners = sides.partners_after(ctx, m.anchor.sent, m.anchor.i) + [of for n, of in held.items() if of and n in met]
    # the home side: a participant not met, or the subject's post named without a name ("Глава Удмуртии …")
    home = next((of for n, of in held.items() if of and n not in met), None) \
        or next((t.of for t in ctx.titles_in(m.anchor.sent) if t.start < after_with and t.of and t.places
                 and is_place_id(t.of)), None)
    groups: list[list[str]]
    if home is not None:  # everyone met who is not of the home side, whatever their country
        groups = [[p for p in dict.fromkeys(partners) if not sides.same_camp(ctx, p, home) and not related(p, home)]]
    else:  # no home named: the territories of one camp of the document
        by_camp: dict[int, list[str]] = {}
        for p in dict.fromkeys(partners):
            camp = ctx.camp_of(p)
            if camp is not None:
                by_camp.setdefault(id(camp), []).append(p)
        groups = list(by_camp.values())
    for group in groups:
        apart = [p for p in group if not any(related(p, q) for q in group if q != p)]
        if len(apart) >= 2:
            return _meeting_per_partner(ctx, home, apart, held)
    return one_per_listed_subject(ctx, m, held, after_with)


def _meeting_per_partner(ctx: Context, home: str | None, partners: list[str],
                         held: dict[str, str | None]) -> list[tuple[list[str], list[str]]] | None:
    """One (sides, participants) per partner: the home side (else the partners' other camp, when named) with each;
    the home's people and those of no territory at every meeting, a partner's people at its own."""
    if home is None:
        other = ctx.other_camp(partners[0])
        home = other.best if other is not None and other.named else None
    if home is None:
        return None
    mine = [n for n, of in held.items() if of is None or not any(related(of, p) for p in partners)]
    # a partner's people are of it or of a place in it: the region that holds the listed districts is none of them
    return [([home, p], mine + [n for n, of in held.items() if of and contains(p, of)]) for p in partners]


@rule("meeting.one_per_delegation_member", "'Губернатор принял делегацию Восточно-Казахстанской и Павлодарской "
      "областей', '… делегация Гомельской и Могилёвской областей … Гостей принял губернатор': talks with a delegation "
      "several territories sent together are one meeting per territory",
      "Губернатор Алтайского края Виктор Томенко принял делегацию Восточно-Казахстанской и Павлодарской областей.",
      off=None)
def one_per_delegation_member(ctx: Context, m: Meeting, names: list[str]) -> list[tuple[list[str], list[str]]] | None:
    if m.kind != "talks":
        return None
    sent = m.anchor.sent
    listed = sides.listed_delegation(ctx, sent)
    if len(listed) < 2 and sent > 0 and any(t.lemma in L.visitor_nouns for t in ctx.tokens_of(sent)):
        listed = sides.listed_delegation(ctx, sent - 1)  # "… делегация Гомельской и Могилёвской областей … Гостей принял"
    if len(listed) < 2:
        return None
    people = {p.name: p for p in ctx.people}
    held = {name: ctx.role_of(people.get(name)) for name in names}
    home = next((of for of in held.values() if of and not any(sides.same_camp(ctx, of, p) for p in listed)), None)
    return _meeting_per_partner(ctx, home, listed, held)


@rule("meeting.one_per_listed_subject", "'Представители Витебской, Могилевской и Гродненской областей провели "
      "переговоры с руководством Смоленской области': several territories of one side listed before 'с …' meet the "
      "one partner after it, one meeting per territory", "Губернаторы Курской и Брянской областей встретились с "
      "председателем Гомельского облисполкома.", off=None)
def one_per_listed_subject(ctx: Context, m: Meeting, held: dict, after_with: int) -> list[tuple[list[str], list[str]]] | None:
    first = ctx.tokens_of(m.anchor.sent)[0].i
    listed = sides.listed_members(ctx, m.anchor.sent, first, after_with)
    partners = [p for p in dict.fromkeys(sides.partners_after(ctx, m.anchor.sent, after_with))
                if is_place_id(p) and not any(related(p, q) for q in listed)]
    if len(listed) < 2 or len(partners) != 1 or any(sides.same_camp(ctx, p, partners[0]) for p in listed):
        return None
    partner = partners[0]
    theirs = [n for n, of in held.items() if of is None or related(of, partner)]
    return [([p, partner], [n for n, of in held.items() if of and related(of, p)] + theirs) for p in listed]


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


@rule("meeting.sides_named_closer", "'Заседание белорусско-российской рабочей группы прошло в Могилеве' over 'третье "
      "заседание рабочей группы по сотрудничеству между Могилевской областью и Республикой Башкортостан': of two "
      "mentions of one meeting, the one that names a region of each country names the sides",
      "Заседание белорусско-российской рабочей группы прошло в Могилеве\n\nВ Могилеве прошло заседание рабочей группы "
      "по сотрудничеству между Могилевской областью и Республикой Башкортостан.", off=False)
def sides_named_closer(old: list[str], new: list[str]) -> bool:
    # countries to their regions only: a city named later is a venue or one member's home, not a side
    return set(old) != set(new) and all("-" not in x for x in old) and all("/" not in y for y in new) \
        and all(any(country_of(y) == x for y in new) for x in old)


@rule("meeting.with_town_head", "'… на второй провели переговоры с Главой Чувашии. … Завершился визит в Новочебоксарске, "
      "где делегация встретилась с главой города': talks with the head of a town or a district, a side, are a "
      "meeting of their own beside talks with its region's head", "Делегация Могилёвской области провела переговоры с Главой Чувашии "
      "Олегом Николаевым. Завершился визит в Новочебоксарске, где делегация встретилась с главой города.", off=False)
def with_town_head(ctx: Context, m: Meeting, parties: list[str]) -> bool:
    towns = {p for p in parties if ctx.gz.level(p) in ("city", "district")}
    return bool(towns) and any(t.of in towns for s in m.sents for t in ctx.titles_in(s) if t.start > m.anchor.i)


@rule("meeting.listed_partners_apart", "'Документ подписан в ходе рабочей встречи в Минске. Губернатор также провел "
      "переговоры с руководством Борисовского, Слуцкого и Солигорского районов': talks with each of a list of "
      "partners are meetings of their own, not the talks with the partners' region told again",
      "Губернатор Югры встретился с председателем Минского облисполкома. Губернатор также провел переговоры с "
      "руководством Борисовского и Слуцкого районов.", off=False)
def listed_partners_apart(split: list[tuple[list[str], list[str]]]) -> bool:
    return len(split) >= 2


@rule("meeting.merge_same_meeting", "one fact per meeting: the same kind, sides in one hierarchy, no conflicting date "
      "or number; talks with different partners stay two", "Губернатор Омской области провёл переговоры с акимом Павлодарской области. Переговоры губернатора и "
      "акима продолжились в расширенном составе.", off=UNCHANGED)
def merge_same_meeting(scored: list[tuple[MeetingFact, int]], apart: set[int] = frozenset(),
                       earlier: set[int] = frozenset()) -> list[tuple[MeetingFact, int]]:
    out: list[tuple[MeetingFact, int]] = []
    for f, strength in scored:
        if id(f) in earlier:
            out.append((f, strength))
            continue
        n = next((k for k, (o, _) in enumerate(out) if _same_meeting(o, f)
                  and not (id(f) in apart and set(f.parties) != set(o.parties))), None)
        if n is None:
            out.append((f, strength))
            continue
        old, old_strength = out[n]
        merged(old, f)
        for p in f.participants:
            if p not in old.participants:
                old.participants.append(p)
        if strength > old_strength:
            old.parties = f.parties
            out[n] = (old, strength)
        elif strength == old_strength and sides_named_closer(old.parties, f.parties):
            old.parties = f.parties
        old.place = old.place or f.place
        old.number = old.number or f.number
        old.date = old.date or f.date
    return out
