"""visit — one side travelling to the other.

Each candidate is a word of a sentence that tells a trip. The rules, in the order they decide
(``coopwatch explain`` shows which fired, ``benchmarks/rules.py`` what each is worth):

Which words tell a trip
  visit.counted_delegations, visit.trip_noun, visit.motion_verb, visit.official_away, visit.days_of_a_side, visit.days_in_another_clause, visit.trip_in_another_clause, visit.received_delegation, visit.received_head, visit.meeting_with_delegation, visit.delegation_at_work, visit.led_delegation_at_session, visit.delegation_made_up, visit.became_guests,
  visit.delegation_elsewhere
Which trips the text reports as made
  visit.trip_named (a trip noun needs a destination, a delegation or "с визитом"), visit.return_trip, visit.return_trip_told_after,
  visit.planned_trip, visit.trip_not_held, visit.habitual (clauses.unrealised), visit.trip_in_progress, visit.stay_under_way
Who travelled
  visit.delegation_side, visit.guests_from, visit.travellers_of_the_trip_noun, visit.in_capacity_of, visit.our_delegation, visit.delegation_members_side, visit.generic_delegation, visit.adjective_refined, visit.leader_side,
  visit.title_side, visit.traveller_participle, visit.agreeing_traveller, visit.maker_side, visit.body_side, visit.frame_subject, visit.accompanied_on_trip, visit.guests_of_framed_trip, visit.guests_of_hosts,
  visit.guests_arrived, visit.day_of_the_trip
Who led it
  visit.member_not_head, visit.head_relative, visit.travellers_before_which, visit.head_participle_after, visit.head_marker, visit.subject_of_lead, visit.leader_before_participle, visit.head_by_title, visit.head_next_sentence, visit.delegation_as_pronoun, visit.guests_led_before, visit.the_guest_named_before, visit.head_thanked, visit.titled_delegation_head, visit.leader_with_hosts_before,
  visit.head_genitive, visit.head_subject, visit.head_subject_after, visit.head_title_holder, visit.traveller_after_trip_noun, visit.speaker_travelled, visit.leader_at_talks_next
Where it went and who received it
  visit.destination, visit.direction_first, visit.one_per_destination, visit.object_of_visiting, visit.receivers, visit.talk_partners, visit.received_next, visit.received_inside_city,
  visit.host_region_of_capital, visit.district_to_district, visit.capital_received_by_country, visit.host_receiver_level, visit.host_partner_named, visit.host_other_camp, visit.at_home_abroad_event, visit.one_per_sender, visit.one_per_listed_sender, visit.heads_of_listed_senders
When
  visit.date, visit.days_into_stay, visit.days_told_next, visit.ended_not_started, visit.day_told_on_the_trip, visit.first_day_counted_back
One fact per trip
  visit.merge_same_trip, visit.town_and_its_district, visit.delegation_told_again, visit.next_stop_of_trip, visit.earlier_day, visit.visitor_named_closer, visit.host_received_closer
Trips told as more than one
  visit.times_made, visit.earlier_trip_other_way
"""

from __future__ import annotations

from coopwatch.extract import sides
from coopwatch.extract.agreement import LIST_MARKERS
from coopwatch.extract.clauses import (
    governing_verb,
    in_future_clause,
    is_future,
    path_to_root,
    split_clauses,
    unrealised,
)
from coopwatch.extract.context import Context
from coopwatch.extract.dates import day_marker, event_day, trip_start
from coopwatch.extract.normal import quoted_tokens
from coopwatch.extract.rulebook import UNCHANGED, amending, candidate, merged, rule
from coopwatch.facttypes.visit import VisitFact
from coopwatch.gazetteer.places import (
    capital_of,
    contains,
    country_of,
    district_names_of_town,
    gazetteer,
    is_place_id,
    region_of,
    related,
)
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Token

# ---- which words tell a trip ----------------------------------------------------------------------


@rule("visit.trip_noun", "'визит', 'поездка', 'приезд'", "Губернатор Брянской области находится в Беларуси с "
      "рабочим визитом.", off=False)
def trip_noun(t: Token) -> bool:
    return t.lemma in L.trip_nouns


@rule("visit.motion_verb", "'прибыл', 'посетил', 'побывал', 'находится' (with a delegation or a visit near)",
      "Делегация Омской области прибыла в Павлодар.", off=False)
def motion_verb(ctx: Context, t: Token, has_delegation: bool) -> bool:
    # a participle opening the sentence is at times tagged as a proper name ("Приехавшую в Омск делегацию")
    verb = t.pos == "VERB" or t.pos == "PROPN" and t.i == ctx.tokens_of(t.sent)[0].i
    return t.lemma in L.motion_verbs and verb and (t.lemma not in L.verbs_needing_travellers or has_delegation
                                                   or _near_visit(ctx, t) or official_away(ctx, t))


@rule("visit.official_away", "'Председатель Миноблисполкома находился в Ульяновске 22–23 мая': an official of one side "
      "who was in a place of the other is on a trip there (not a diplomat posted there); so is one titled elsewhere in "
      "the text ('Василий Анохин находится в Бресте'), and one a participle qualifies ('с находящимся во Владивостоке "
      "губернатором провинции Цзилинь')",
      "Председатель Миноблисполкома Александр Турчин находился в Ульяновске 22–23 мая 2023 года.", off=False)
def official_away(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    officials = [x.of for x in ctx.titles_in(t.sent) if x.of and ctx.gz.get(x.of) and x.head not in L.diplomat_titles
                 and tokens[x.start].rel == "nsubj" and tokens[x.start].head == t.i]
    # or a person titled elsewhere in the text, named here as the subject: "Василий Анохин находится в Бресте"
    officials += [of for m in ctx.people_in(t.sent) if tokens[m.start].rel == "nsubj" and tokens[m.start].head == t.i
                  and (of := ctx.role_of(m.person)) and is_place_id(of) and ctx.gz.get(of)
                  and not any(x.person is m.person and x.head in L.diplomat_titles for x in ctx.titles)]
    # or the official a participle of it qualifies: "встретился с находящимся во Владивостоке губернатором провинции"
    qualified = agreeing_traveller(ctx, t)
    if qualified is not None and qualified.of and ctx.gz.get(qualified.of) and qualified.head not in L.diplomat_titles:
        officials.append(qualified.of)
    places = [m for m in ctx.places_in(t.sent) if t.i < m.start <= t.i + 3 and m.form != "adj"
              and tokens[m.start - 1].lower in L.in_prepositions]
    return any(country_of(m.id) != country_of(of) for of in officials for m in places)


@rule("visit.days_in_another_clause", "'курская делегация дважды побывала в Гомельской области, а в сентябре в Курске "
      "прошли Дни Могилёвской области': the days of a side in a clause after another trip are that side's own trip, to "
      "where they were held, at the clause's own time", "Курская делегация побывала в Гомельской области, а в сентябре в "
      "Курске прошли Дни Могилёвской области.", off=None)
def days_in_another_clause(ctx: Context, sent: int) -> VisitFact | None:
    if not any(t.lemma in L.side_days_nouns for t in ctx.tokens_of(sent)):
        return None  # (the triggers are searched again only for a sentence with days in it)
    triggers = _triggers(ctx, sent)
    if len(triggers) < 2:
        return None
    for t in triggers[1:]:
        side = days_of_a_side(ctx, t)
        if side is None:
            continue
        clause = next((c for c in split_clauses(ctx.tokens_of(sent)) if any(x.i == t.i for x in c)), [])
        if not clause or any(x.i == triggers[0].i for x in clause):
            continue
        tokens = ctx.ann.tokens
        where = [m.id for m in ctx.places_in(sent) if clause[0].i <= m.start < t.i and m.start > 0
                 and tokens[m.start - 1].lower in L.in_prepositions and not related(m.id, side)]
        if not where:
            continue
        host = host_region_of_capital(ctx, where[0], side) or where[0]
        when = next((event_day(ctx, d) for d in ctx.in_sentence(ctx.dates, sent)
                     if clause[0].start <= d.start < t.start), None)
        with candidate("visit", t) as c:
            return c.made(VisitFact(visitor=side, host=host, head=None, date=when, places=[where[0]],
                                    evidence=ctx.evidence(sent)))
    return None


@rule("visit.trip_in_another_clause", "'… регион посетили делегации Павлодарской и Северо-Казахстанской областей, а сам он "
      "дважды побывал в Казахстане': a trip verb with a subject of its own (a person, a title, 'он') in another clause "
      "than the sentence's first trip is another trip — its subject's, to where its clause says, at the sentence's time",
      "Губернатор Омской области Виталий Хоценко рассказал, что в 2026 году регион посетили делегации Павлодарской "
      "области, а сам он побывал в Казахстане.", off=None)
def trip_in_another_clause(ctx: Context, sent: int) -> tuple[Token, VisitFact] | None:
    triggers = _triggers(ctx, sent)
    if len(triggers) < 2:
        return None
    clauses = split_clauses(ctx.tokens_of(sent))
    first = next((c for c in clauses if any(x.i == triggers[0].i for x in c)), [])
    tokens = ctx.ann.tokens
    for t in triggers[1:]:
        clause = next((c for c in clauses if any(x.i == t.i for x in c)), [])
        if t.pos != "VERB" or t.lemma not in L.motion_verbs or not clause or clause is first:
            continue
        subject = next((x for x in clause if x.head == t.i and x.rel.startswith("nsubj")), None) \
            or next((x for x in clause if x.i < t.i and x.rel.startswith("nsubj") and x.case in ("Nom", None)), None)
        if subject is None:  # (the parse may hang the second clause's subject on the first clause's verb)
            continue
        person = _subject_person(ctx, sent, clause, subject)
        side = ctx.role_of(person)
        if person is None or not side or not is_place_id(side):
            continue
        where = [m.id for m in ctx.places_in(sent) if clause[0].i <= m.start <= clause[-1].i and m.start > 0
                 and tokens[m.start - 1].lower in L.in_prepositions and country_of(m.id) != country_of(side)]
        if not where:
            continue
        when = next((event_day(ctx, d) for d in ctx.in_sentence(ctx.dates, sent)
                     if clause[0].start <= d.start <= clause[-1].start), None) or date(ctx, sent)
        host = host_region_of_capital(ctx, where[0], side) or where[0]
        with candidate("visit", t) as c:
            return t, c.made(VisitFact(visitor=side, host=host, head=person.name, date=when, places=[where[0]],
                                       evidence=ctx.evidence(sent)))
    return None


def _subject_person(ctx: Context, sent: int, clause: list[Token], subject: Token):
    """Who the subject of a clause is: the person its words name, the person of its title, or for "он", "она" the
    person the sentence named as a subject before the clause."""
    for m in ctx.people_in(sent):
        if m.start <= subject.i < m.stop and m.person is not None:
            return m.person
    for t in ctx.titles_in(sent):
        if t.start <= subject.i < t.stop:
            return t.person
    if subject.lower in L.person_pronouns:
        before = [m for m in ctx.people_in(sent) if m.stop <= clause[0].i and ctx.ann.tokens[m.start].case in ("Nom", None)]
        return before[-1].person if before else None
    return None


@rule("visit.days_of_a_side", "'Дни Челябинской области проходят в Беларуси', 'Неделя Татарстана в Минске', 'Дни "
      "культуры Беларуси': a festival of one side held in another is that side's trip there (its delegation came)", "С 22 по 25 мая в "
      "Республике Беларусь проходят Дни Челябинской области.")
def days_of_a_side(ctx: Context, t: Token) -> str | None:
    """The side whose days they are, or None."""
    # the days as what the sentence tells of, not its setting ("во время открытия Дней Гродненской области на ВДНХ",
    # "в рамках Дней Башкортостана": a ceremony's occasion, no trip the text reports)
    if t.lemma not in L.side_days_nouns or not t.is_cap() or not t.rel.startswith("nsubj"):
        return None
    tokens = ctx.ann.tokens
    at = t.i + 2 if t.i + 1 < len(tokens) and tokens[t.i + 1].lemma in L.days_topic_nouns else t.i + 1  # "Дни культуры …"
    own = next((m for m in ctx.places_in(t.sent) if m.start == at and m.form != "adj"), None)
    return own.id if own is not None and tokens[own.stop - 1].case == "Gen" else None


@rule("visit.received_delegation", "'делегацию принял', 'встретился с делегацией': the hosts received a delegation",
      "Делегацию Витебской области принял губернатор Псковской области.", off=False)
def received_delegation(t: Token, has_delegation: bool) -> bool:
    return t.lemma in L.receive_verbs and t.pos == "VERB" and has_delegation


@rule("visit.received_head", "'Президент Узбекистана Шавкат Мирзиёев принял Главу Башкортостана Радия Хабирова': a "
      "head of one side who received an official of another country (not a diplomat posted there; a consul posted in "
      "another region came) received him on a trip — the one received led it", "Президент Узбекистана Шавкат Мирзиёев принял Главу Башкортостана Радия "
      "Хабирова.", off=None)
def received_head(ctx: Context, t: Token):
    """The title of the official received (his person heads the trip), or None."""
    if t.lemma not in L.receive_verbs or t.pos != "VERB":
        return None
    tokens = ctx.ann.tokens
    titles = ctx.titles_in(t.sent)
    host = next((x for x in titles if x.stop <= t.i and x.person is not None and x.of and is_place_id(x.of)
                 and tokens[x.start].rel.startswith("nsubj")), None)
    # (the title's noun is the object: "принял Генерального консула …" opens with its adjective)
    guest = next((x for x in titles if x.start > t.i and x.person is not None and x.of and is_place_id(x.of)
                  and any(tokens[k].head == t.i and tokens[k].rel == "obj" for k in range(x.start, x.stop))), None)
    if host is None or guest is None or country_of(host.of) == country_of(guest.of):
        return None
    if guest.head in L.diplomat_titles and not posted_elsewhere(ctx, guest, host.of):
        return None
    return guest


def posted_elsewhere(ctx: Context, diplomat, host: str) -> bool:
    """"принял Генерального консула Республики Казахстан в Екатеринбурге" in Kurgan: a consul posted in another
    region of the host's country came to be received."""
    where = diplomat.location.resolved if diplomat.location is not None else None
    return bool(where) and ctx.gz.level(where) in ("city", "region") and country_of(where) == country_of(host) \
        and not related(where, host) and not related(region_of(where) or where, host)


@rule("visit.meeting_with_delegation", "'встреча руководства Мингорисполкома с делегацией Шэньяна', 'приём монгольской "
      "делегации': a delegation received at a meeting came on a trip", "В мэрии состоялась встреча руководства "
      "города с делегацией китайского Шэньяна.", off=False)
def meeting_with_delegation(ctx: Context, t: Token) -> bool:
    if t.lemma not in L.delegation_meeting_nouns:
        return False
    tokens = ctx.ann.tokens
    return any(x.lemma == "делегация" and (x.case == "Gen" or tokens[x.i - 1].lower in L.with_prepositions)
               for x in tokens[t.i + 1: t.i + 8] if x.sent == t.sent)


@rule("visit.delegation_at_work", "'делегация … работает в Республике Беларусь', 'работа амурчан в Минске', 'наши "
      "делегации были в Самарканде': visitors at work or present in a place are on a trip there", "Делегация Курской области работает в Гомельской области с 14 по 16 мая.",
      off=False)
def delegation_at_work(ctx: Context, t: Token, has_delegation: bool) -> bool:
    """Also "делегации были в Самарканде" — being somewhere, in the past."""
    at_work = t.lemma in L.work_words or t.lemma == "быть" and t.feats.get("Tense") == "Past"
    if not at_work or not has_delegation:
        return False
    tokens = ctx.ann.tokens
    # "работает в Республике Беларусь", or in a territory the text has named: "работает в республике"
    return any(t.i < m.start <= t.i + 4 and tokens[m.start - 1].lower in L.in_prepositions and m.form != "adj"
               for m in ctx.places_in(t.sent)) \
        or any(t.i < x.i <= t.i + 4 and tokens[x.i - 1].lower in L.in_prepositions and x.lemma in L.generic_territories
               and sides.generic(ctx, x) is not None for x in ctx.tokens_of(t.sent))


@rule("visit.became_guests", "'Гостем Минского облисполкома стала делегация Ленинградской области', 'гостями Казани "
      "стали …': visitors who became a place's or an authority's guests made a trip there (not 'гостями форума')",
      "Гостем Минского облисполкома стала делегация Ленинградской области.", off=False)
def became_guests(ctx: Context, t: Token, has_delegation: bool) -> bool:
    if t.lemma not in L.guest_nouns or t.case != "Ins" or not has_delegation:
        return False
    return any(m.start == t.i + 1 and m.form != "adj" or m.start == t.i + 1 and m.stop < len(ctx.ann.tokens)
               and ctx.ann.tokens[m.stop].lemma in L.side_nouns for m in ctx.places_in(t.sent))


@rule("visit.delegation_made_up", "'В состав тульской делегации вошли руководители 15 предприятий': a delegation whose "
      "members are told in the past was on its trip, wherever the text has it talk", "Председатель Могилёвского "
      "облисполкома провёл переговоры с губернатором Тульской области. В состав тульской делегации вошли также "
      "руководители 15 предприятий.", off=False)
def delegation_made_up(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    if t.lemma != "состав" or t.i == 0 or tokens[t.i - 1].lower not in L.in_prepositions:
        return False
    delegation = next((x for x in tokens[t.i + 1: t.i + 4] if x.sent == t.sent and x.lemma in L.delegation_nouns), None)
    joined = next((x for x in ctx.tokens_of(t.sent) if x.lemma in L.join_verbs and x.feats.get("Tense") == "Past"), None)
    return delegation is not None and joined is not None and joined.i > delegation.i


def _visitors_named(ctx: Context, sent: int) -> bool:
    """A delegation, or people named by where they come from ("амурчане", "куряне", "гости из Бобруйска")."""
    return any(t.lemma in L.delegation_nouns for t in ctx.tokens_of(sent)) \
        or any(m.form == "demonym" for m in ctx.places_in(sent)) or guests_from(ctx, sent)


@rule("visit.guests_from", "'Гостей из Бобруйска приняли мэр … и его первый заместитель': guests named by the place "
      "they come from are a delegation", "Гостей из Бобруйска принял мэр Набережных Челнов Наиль Магдеев.", off=False)
def guests_from(ctx: Context, sent: int) -> bool:
    tokens = ctx.ann.tokens
    starts = {m.start for m in ctx.places_in(sent)}
    return any(t.lemma in L.visitor_nouns and t.i + 2 < len(tokens) and tokens[t.i + 1].lower in L.origin_prepositions
               and t.i + 2 in starts for t in ctx.tokens_of(sent))


@rule("visit.led_delegation_at_session", "'В Барнауле состоялось заседание рабочей группы … Делегацию казахстанского "
      "региона возглавил заместитель акима': a delegation led by someone, beside a session held in a named place, "
      "travelled there", "В Барнауле состоялось заседание рабочей группы Алтайского края и Павлодарской области. "
      "Делегацию Павлодарской области возглавил заместитель акима Ернат Нурсултанов.", off=False)
def led_delegation_at_session(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    if t.lemma not in L.delegation_nouns or t.head < 0 or tokens[t.head].lemma not in L.lead_verbs:
        return False
    return bool(session_venues(ctx, t.sent))


def session_sentences(ctx: Context, sent: int) -> list[int]:
    """The sentence before or after that tells a session held in a named place ("В Барнауле состоялось
    заседание …"), or one further back across sentences that go on telling the session ("В Екатеринбурге
    состоялось заседание комиссии. Заседание провели … Белорусскую делегацию возглавил …")."""
    def tells_session(s: int) -> bool:
        return any(x.lemma in L.session_nouns or x.lemma in L.talk_nouns for x in ctx.tokens_of(s))

    def held_there(s: int) -> bool:
        return tells_session(s) and any(sides.venue(ctx, m) for m in ctx.places_in(s))

    before = sent - 1
    while before > 0 and sent - before < 3 and tells_session(before) and not held_there(before):
        before -= 1
    return [s for s in dict.fromkeys((sent - 1, before, sent + 1)) if 0 <= s < len(ctx.sentences) and held_there(s)]


def session_venues(ctx: Context, sent: int) -> list[str]:
    """Where the session told in the sentence before or after was held."""
    out: list[str] = []
    for s in session_sentences(ctx, sent):
        out += [m.id for m in ctx.places_in(s) if sides.venue(ctx, m) and m.id not in out]
    return out


@rule("visit.delegation_elsewhere", "'В Республике Беларусь брянская делегация обсудила …': a delegation somewhere "
      "else is on a trip", "В Казани омская делегация обсудила поставки зерна.", off=False)
def delegation_elsewhere(ctx: Context, sent: int) -> bool:
    # "на форуме, который пройдет в Навои": a place where something will be is not where anyone is
    own = _delegation_side(ctx, sent)
    return bool(own) and any(
        (sides.venue(ctx, m) or delegation_to(ctx, m, own)) and not in_future_clause(ctx.ann, ctx.ann.tokens[m.start])
        for m in ctx.places_in(sent))


def delegation_to(ctx: Context, m, own: str) -> bool:
    """"Делегацию Пермского края в Гродно возглавил …": a place after "в" right after the delegation's phrase, of the
    other side, is where it went (an indeclinable name leaves the tagger to guess the case)."""
    tokens = ctx.ann.tokens
    if m.start == 0 or tokens[m.start - 1].lower not in L.in_prepositions or sides.same_camp(ctx, m.id, own):
        return False
    return any(t.lemma in L.delegation_nouns and 0 < m.start - t.i <= 6 for t in ctx.tokens_of(m.sent))


def _delegation_word(ctx: Context, sent: int) -> Token:
    """The word that names the delegation ("делегация", "омичей"), which the clause tests read."""
    tokens = ctx.tokens_of(sent)
    noun = next((t for t in tokens if t.lemma in L.delegation_nouns), None)
    if noun is not None:
        return noun
    demonym = next((m for m in ctx.places_in(sent) if m.form == "demonym"), None)
    return ctx.ann.tokens[demonym.start] if demonym is not None else tokens[0]


@rule("visit.trip_in_progress", "'В рамках визита калужская делегация посетит предприятия Жодино': a trip that frames "
      "a programme to come is under way; what it will do is future, the trip is not", "Калужская делегация прибыла в "
      "Минскую область. В рамках визита делегация посетит предприятия Жодино.", off=False)
def trip_in_progress(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    if t.lemma not in L.trip_nouns or t.i == 0 or tokens[t.i - 1].lemma not in L.session_ties:
        return False
    # not a trip that is itself to come: "в ходе визита, который состоится в мае"
    return not any(x.head == t.i and x.rel.startswith("acl") and is_future(ctx.ann, x) for x in ctx.tokens_of(t.sent))


@rule("visit.stay_under_way", "'Белорусская делегация пробудет в регионе три дня', 'гости пробудут в Минске до "
      "пятницы': a stay told in the future goes on — the travellers are there already", "Делегация Могилёвской "
      "области пробудет в Ульяновской области до пятницы.", off=False)
def stay_under_way(t: Token) -> bool:
    return t.lemma in L.stay_verbs


@rule("visit.trip_named", "a trip noun reports a trip when it says where to, whose delegation, 'с визитом', or 'в "
      "ходе визита'; 'прокомментировала визит' does not", "Посол прибыл с визитом в Уфу.", off=True)
def trip_named(ctx: Context, t: Token, has_delegation: bool) -> bool:
    tokens = ctx.ann.tokens
    if has_delegation or any(x.lower == "с" for x in tokens[max(t.i - 3, 0): t.i]) or return_trip(ctx, t):
        return True
    after_to = [x for x in ctx.tokens_of(t.sent) if x.i > t.i and x.i > 0 and tokens[x.i - 1].lower in L.where_prepositions]
    return any(m.start > t.i and _after_where(tokens, m.start) for m in ctx.places_in(t.sent)) \
        or any(sides.generic(ctx, x) for x in after_to) \
        or any(x.lemma in L.tied_by_words for x in tokens[max(t.i - 2, 0): t.i])


@rule("visit.return_trip", "'Это наш ответный визит': a return trip is a trip made, wherever it is said to go",
      "«Это наш ответный визит», — сказал в Пскове председатель Витебского облисполкома.", off=False)
def return_trip(ctx: Context, t: Token) -> bool:
    return any(x.lemma in L.return_trip_words and x.head == t.i for x in ctx.tokens_of(t.sent))


@rule("visit.return_trip_told_after", "'«Это ответный визит: в августе аким побывал в Кургане»': the trip a verb tells "
      "after the return visit's noun is the earlier one, the other way; the noun names the trip told before it",
      "Губернатор Курганской области прибыл в Костанай. «Это ответный визит: в августе аким побывал в Кургане», — "
      "отметил глава региона.", off=False)
def return_trip_told_after(ctx: Context, t: Token, triggers: list[Token]) -> bool:
    return t.lemma in L.trip_nouns and return_trip(ctx, t) and any(
        x.i > t.i and x.lemma in L.motion_verbs and x.pos == "VERB" for x in triggers)


def _after_where(tokens: list[Token], start: int) -> bool:
    """"в Татарстан", "в республику Татарстан": a place after a preposition of direction, with or
    without the word of its kind between."""
    prev = tokens[start - 1] if start > 0 else None
    if prev is not None and prev.lemma in L.generic_territories and start > 1:
        prev = tokens[start - 2]
    return prev is not None and prev.lower in L.where_prepositions


def _near_visit(ctx: Context, t: Token) -> bool:
    # "находится с визитом", "находящимся с рабочей поездкой", "находился в командировке"
    return any(x.lemma in L.trip_nouns for x in ctx.tokens_of(t.sent) if abs(x.i - t.i) <= 5)


@rule("visit.planned_trip", "'запланировано посещение', 'предстоящий визит', 'визит, намеченный на 12 ноября': "
      "not yet made", "Губернатор Курской области рассказал о подготовке визита делегации в Минск.", off=False)
def planned_trip(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    around = [x for x in ctx.tokens_of(t.sent) if abs(x.i - t.i) <= 3]
    # "на следующий день омичи побывали …" is the next day of a trip told, not a trip to come
    return any(x.lemma in L.planned_trip_words and not (x.lemma in L.next_day_words and x.i + 1 < len(tokens)
                                                          and tokens[x.i + 1].lemma == "день") for x in around)


@rule("visit.trip_not_held", "'визит делегации, запланированный на сентябрь, не состоялся', 'визит … перенесён на "
      "осень': a trip the text says did not take place, or was put off", "Стороны констатировали, что визит калужской делегации в Минскую область, запланированный на "
      "сентябрь, не состоялся.", off=False)
def trip_not_held(ctx: Context, t: Token) -> bool:
    if t.lemma not in L.trip_nouns:
        return False
    after = [x for x in ctx.tokens_of(t.sent) if x.i > t.i][:14]  # past the trip's phrase, to its verb
    if any(a.lower == "не" and b.lemma in L.took_place_verbs for a, b in zip(after, after[1:])):
        return True
    # "Визит …, намеченный на 12 мая, перенесён на осень", "поездку пришлось отложить"
    verb = ctx.ann.tokens[t.head] if t.head >= 0 else None
    return verb is not None and verb.lemma in L.put_off_verbs


@rule("visit.habitual", "'регулярно приезжают', 'ежегодно посещают': a habit, not a trip",
      "Делегации Курской области регулярно посещают Минск.", off=False)
def habitual(tokens: list[Token]) -> bool:
    return any(x.lemma in L.habitual_words for x in tokens)


def _triggers(ctx: Context, sent: int) -> list[Token]:
    if counted_delegations(ctx, sent):
        return []
    tokens = ctx.tokens_of(sent)
    has_delegation = _visitors_named(ctx, sent)
    out = []
    if has_delegation and delegation_elsewhere(ctx, sent):
        out.append(_delegation_word(ctx, sent))
    for t in tokens:
        if trip_noun(t) or motion_verb(ctx, t, has_delegation) or received_delegation(t, has_delegation) \
                or received_head(ctx, t) is not None or days_of_a_side(ctx, t) \
                or delegation_at_work(ctx, t, has_delegation) or meeting_with_delegation(ctx, t) \
                or led_delegation_at_session(ctx, t) or delegation_made_up(ctx, t) or became_guests(ctx, t, has_delegation):
            out.append(t)
    if any(trip_not_held(ctx, t) for t in tokens):  # "визит делегации …, запланированный на сентябрь, не состоялся"
        return []
    out = [t for t in out if (not unrealised(ctx.ann, t) or trip_in_progress(ctx, t) or stay_under_way(t))
           and not habitual(tokens)
           and not planned_trip(ctx, t) and (t.lemma not in L.trip_nouns or trip_named(ctx, t, has_delegation))]
    out = [t for t in out if not return_trip_told_after(ctx, t, out)]
    # the trip itself before the words of receiving it
    return sorted(out, key=lambda t: (t.lemma in L.receive_verbs, t.i))


@rule("visit.counted_delegations", "'область посетили 45 иностранных делегаций', 'побывали более 30 делегаций': a count "
      "of delegations sums up many trips, none of which the sentence tells", "За год Гомельскую область посетили 45 "
      "иностранных делегаций.", off=False)
def counted_delegations(ctx: Context, sent: int) -> bool:
    tokens = ctx.tokens_of(sent)
    for t in tokens:
        if t.lemma not in L.visitor_nouns:
            continue
        # "45 делегаций" (a number the noun governs, not "21–22 июля 2025 года делегация"), "десятки делегаций"
        numbers = [x for x in tokens if x.head == t.i and x.rel.startswith("nummod")]
        if any(x.text.isdigit() and int(x.text) > 2 or float(L.number_words.get(x.lemma, 0)) > 2 for x in numbers) \
                or t.head >= 0 and ctx.ann.tokens[t.head].lemma in L.count_words:
            return True
    return False


# ---- who travelled ---------------------------------------------------------------------------------


@rule("visit.delegation_side", "'делегация Курской области', 'делегация из Казани', 'омской делегации', "
      "'делегацией Узбекистана', 'делегация из республики': the delegation's territory", "Делегация Курской области прибыла в Гомель.")
def _delegation_side(ctx: Context, sent: int, trigger: Token | None = None) -> str | None:
    tokens = ctx.ann.tokens
    mentions = sides.side_mentions(ctx, sent)
    demonyms = [m for m in ctx.places_in(sent) if m.form == "demonym"]
    if demonyms:  # "работа амурчан в Минске"
        return demonyms[0].id
    named = travellers_of_the_trip_noun(ctx, trigger) if trigger is not None else None
    for t in ([named] if named is not None else []) + ctx.tokens_of(sent):
        if t.lemma not in L.visitor_nouns or became_guests(ctx, t, True):
            continue  # ("Гостем Минского облисполкома": the hosts' place, not the guests')
        m = sides.visitors_place(ctx, t, mentions)
        if m is not None:
            return adjective_refined(ctx, m.id, sent) or m.id if m.form == "adj" else m.id
        nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) else None
        if nxt is not None and nxt.sent == sent and nxt.lemma in L.delegation_levels:
            return generic_delegation(ctx, sent, L.delegation_levels[nxt.lemma])
        word = tokens[t.i + 2] if nxt is not None and nxt.lower in L.origin_prepositions and t.i + 2 < len(tokens) \
            else None
        if word is not None and word.sent == sent and word.lemma in L.generic_territories:
            # "делегация из республики": the document's territory of that kind, not the one it went to
            found = sides.generic(ctx, word)
            if found is not None and not any(related(found, d) for d in _destination(ctx, sent)):
                return found
        ours = our_delegation(ctx, t)
        if ours:
            return ours
        members = delegation_members_side(ctx, t, mentions)
        if members:
            return members
    return None


@rule("visit.travellers_of_the_trip_noun", "'Брестские гости напомнили о визите рязанской делегации в Брест': the "
      "delegation the trip noun names in the genitive made the trip, not other visitors of the sentence",
      "Брестские гости напомнили о визите рязанской делегации в Брест в 2023 году.", off=None)
def travellers_of_the_trip_noun(ctx: Context, trigger: Token) -> Token | None:
    tokens = ctx.ann.tokens
    if trigger.pos != "NOUN":
        return None
    j = trigger.i + 1
    while j < len(tokens) and tokens[j].sent == trigger.sent and tokens[j].pos in ("ADJ", "PROPN", "DET") \
            and j - trigger.i <= 3:
        j += 1
    t = tokens[j] if j < len(tokens) else None
    return t if t is not None and t.sent == trigger.sent and t.lemma in L.visitor_nouns and t.case == "Gen" else None


@rule("visit.our_delegation", "'Наши делегации были в Самарканде': ours is the side the trip did not go to",
      "Губернатор Пензенской области рассказал о связях с Узбекистаном. Наша делегация побывала в Самарканде.")
def our_delegation(ctx: Context, t: Token) -> str | None:
    tokens = ctx.ann.tokens
    if t.i == 0 or tokens[t.i - 1].lemma != "наш":
        return None
    there = _destination(ctx, t.sent)
    if not there or not ctx.camps:
        return None
    camps = [c for c in ctx.camps if not any(c.contains(p) for p in there)]
    if len(camps) == 1:
        return camps[0].best
    # both sides named among the places: "ours" is the side of the officials the text quotes
    held = [p for p in dict.fromkeys(sides.held_by_people(ctx)) if not sides.same_camp(ctx, p, there[0])]
    return held[0] if len(held) == 1 else None


@rule("visit.delegation_members_side", "'делегация, в состав которой вошли представители самаркандской …': the side of "
      "the members named", "В Пензу приезжала делегация, в состав которой вошли представители самаркандского бизнеса.")
def delegation_members_side(ctx: Context, t: Token, mentions) -> str | None:
    tokens = ctx.ann.tokens
    composed = next((x for x in tokens[t.i + 1: t.i + 5] if x.sent == t.sent and x.lemma == "состав"), None)
    if composed is None:
        return None
    after = [m for m in ctx.places_in(t.sent) if composed.i < m.start <= composed.i + 8]
    return after[0].id if after else None


@rule("visit.generic_delegation", "'Делегация района находилась в Татарстане': the district (city, region) of the "
      "side it travelled from", "Глава Лидского района рассказал о поездке. Делегация района находилась в Вологде.")
def generic_delegation(ctx: Context, sent: int, level: str) -> str | None:
    there = _destination(ctx, sent)
    found = []
    for camp in ctx.camps:
        if any(camp.contains(p) for p in there):
            continue
        found += [p for p in sorted(camp.weights, key=lambda p: -camp.weights[p]) if ctx.gz.level(p) == level][:1]
    if len(found) > 1:  # "делегация области" in a text that names the region's head
        held = sides.held_by_people(ctx)
        found = [p for p in found if p in held]
    return found[0] if len(found) == 1 else None


@rule("visit.adjective_refined", "'казахстанской делегации' in a text about Северо-Казахстанская область: the region; "
      "in a text about the country too, the one region of it whose officials are named by then ('встретился с "
      "полпредом правительства в Иссык-Кульской области … Киргизская делегация находится в крае')",
      "Губернатор Омской области встретился с акимом Северо-Казахстанской области. Казахстанская делегация "
      "посетила Омск.")
def adjective_refined(ctx: Context, place_id: str, sent: int) -> str | None:
    unit = sides.camp_unit(ctx, place_id)
    if unit is not None or "-" in place_id:
        return unit
    held = {region_of(t.of) for t in ctx.titles if t.person is not None and t.of and t.sent <= sent
            and is_place_id(t.of) and country_of(t.of) == place_id and "-" in t.of}
    return held.pop() if len(held) == 1 else None


@rule("visit.leader_side", "the territory of the official who led or made the trip", "Губернатор Брянской области "
      "Александр Богомаз прибыл в Минск.")
def leader_side(ctx: Context, head: str | None) -> str | None:
    return ctx.role_of(next((p for p in ctx.people if p.name == head), None))


@rule("visit.title_side", "'Лидер Беларуси прибыл в российский регион', 'в ходе поездки губернатора Брянской области', "
      "'Посол прибыл в регион' after the ambassador was named: the territory of a title before the verb, or in the "
      "genitive right after the trip noun",
      "Глава Башкортостана прибыл в Ташкент.")
def title_side(ctx: Context, sent: int, trigger: Token) -> str | None:
    for t in ctx.titles_in(sent):
        # a bare title, or one the text binds to a person named before ("Посол прибыл в регион")
        if t.stop <= trigger.i and t.of and (t.person is None or t.coref) and ctx.gz.get(t.of):
            return t.of
        if trigger.lemma in L.trip_nouns and t.start == trigger.i + 1 and t.of and ctx.gz.get(t.of):
            return t.of  # "визита губернатора Оренбургской области"
    t = traveller_participle(ctx, trigger)
    return t.of if t is not None and t.of and ctx.gz.get(t.of) else None


@rule("visit.traveller_participle", "'Прибывшего в Гродно губернатора Псковской области встретил …': a participle of "
      "the trip qualifies the one who travelled (his title gives the side, his name the head)",
      "Посетившего Минск главу Башкортостана Радия Хабирова принял премьер-министр Беларуси.", off=None)
def traveller_participle(ctx: Context, trigger: Token):
    if trigger.lemma not in L.motion_verbs:
        return None
    if trigger.rel == "acl":
        found = next((t for t in ctx.titles_in(trigger.sent) if t.start <= trigger.head < t.stop), None)
        if found is not None:
            return found
    return agreeing_traveller(ctx, trigger)


@rule("visit.agreeing_traveller", "'с находящимся в регионе с рабочим визитом Премьер-министром Беларуси': a "
      "participle of the trip before its noun qualifies the first title after it in its own case, whatever the parse "
      "hangs it on", "Губернатор Ярославской области Михаил Евраев провел переговоры с находящимся в регионе с "
      "рабочим визитом Премьер-министром Республики Беларусь Александром Турчиным.", off=None)
def agreeing_traveller(ctx: Context, trigger: Token):
    if trigger.feats.get("VerbForm") != "Part" or trigger.case is None:
        return None
    tokens = ctx.ann.tokens
    for t in ctx.titles_in(trigger.sent):
        if t.start <= trigger.i:
            continue
        if any(x.pos == "VERB" and x.feats.get("VerbForm") == "Fin" for x in tokens[trigger.i + 1:t.start]):
            return None
        head = tokens[t.start]
        if head.case == trigger.case and head.feats.get("Number") == trigger.feats.get("Number"):
            return t
        return None
    return None


@rule("visit.maker_side", "'визит совершил председатель Гомельского облисполкома', '«Это наш визит», — сказал "
      "председатель …': the subject of the verb making the trip, or of speech about 'our' trip, travelled",
      "Визит в Псков совершил председатель Витебского облисполкома Александр Субботин.", off=None)
def maker_side(ctx: Context, trigger: Token):
    """The title that made the trip (its ``of`` is the visitor, its person the head), or None."""
    tokens = ctx.ann.tokens
    ours = any(t.lemma in L.our_words for t in ctx.tokens_of(trigger.sent) if t.i < trigger.i)
    for t in ctx.titles_in(trigger.sent):
        word = tokens[t.start]
        if t.start <= trigger.i or word.rel != "nsubj" or not t.of or not ctx.gz.get(t.of):
            continue
        verb = tokens[word.head]
        if verb.lemma in L.trip_make_verbs or (ours and verb.lemma in L.reporting_verbs):
            return t
    return None


@rule("visit.accompanied_on_trip", "'я сопровождал Раиса Татарстана Рустама Минниханова в поездке в Астану', "
      "'сопровождала губернатора во время визита в Минск': the official accompanied on a trip made it",
      "Советник сопровождала губернатора Омской области Виталия Хоценко во время визита в Павлодар.", off=None)
def accompanied_on_trip(ctx: Context, trigger: Token):
    """The title of the one accompanied (its ``of`` the visitor, its person the head), or None."""
    tokens = ctx.ann.tokens
    if trigger.lemma not in L.trip_nouns:
        return None
    verbs = [t for t in ctx.tokens_of(trigger.sent) if t.lemma in L.accompany_verbs and t.i < trigger.i]
    if not verbs:
        return None
    verb = verbs[-1]
    for t in ctx.titles_in(trigger.sent):
        if verb.i < t.start < trigger.i and tokens[t.start].case == "Acc" and t.of and ctx.gz.get(t.of) \
                and t.head not in L.diplomat_titles:
            return t
    return None


@rule("visit.body_side", "'в июле руководство провинции посетило Приморье', 'власти Бухары побывали в Казани': the "
      "leadership or a body of a territory as the subject of the trip's verb is that territory's trip",
      "В июле руководство провинции Хэйлунцзян посетило Приморье.", off=None)
def body_side(ctx: Context, sent: int) -> str | None:
    tokens = ctx.ann.tokens
    for t in ctx.tokens_of(sent):
        if not t.rel.startswith("nsubj") or t.lemma not in L.government_nouns or t.lemma in L.mission_nouns \
                or t.head < 0 or tokens[t.head].lemma not in L.motion_verbs:
            continue
        named = next((m.id for m in ctx.places_in(sent) if m.id and (m.start == t.i + 1 and m.form != "adj"
                                                                     or m.stop == t.i and m.form == "adj")), None)
        if named:
            return named
        if t.i + 1 < len(tokens) and tokens[t.i + 1].sent == sent and tokens[t.i + 1].case == "Gen":
            return sides.generic(ctx, tokens[t.i + 1])
    return None


@rule("visit.frame_subject", "'Во время пребывания в Ташкенте губернатор … провёл переговоры', 'В ходе командировки в "
      "Минск министр … осмотрел завод', 'В ходе визита Глава республики провёл …': a trip noun framing the verb, with "
      "no owner of its own, is the subject's trip (not a diplomat's posted where it went)",
      "В ходе командировки в Минск министр промышленности Татарстана Олег Коробченко провёл переговоры.", off=None)
def frame_subject(ctx: Context, trigger: Token):
    tokens = ctx.ann.tokens
    frame = trigger
    if trigger.rel == "nmod" and tokens[trigger.head].lemma in L.session_ties:
        frame = tokens[trigger.head]  # "в рамках поездки", "по итогам визита"
    if trigger.lemma not in L.trip_nouns or frame.rel != "obl" or tokens[frame.head].pos != "VERB":
        return None
    if any(t.start == trigger.i + 1 and tokens[t.start].case != "Nom" for t in ctx.titles_in(trigger.sent)):
        return None  # "в ходе визита губернатора …": the trip is the owner's; "В ходе визита Глава республики провёл"
    if guests_of_framed_trip(ctx, trigger) is not None:
        return None  # "В ходе визита аким … показал гостям завод": the subject receives the guests
    # the parser may hang a nominative title after the frame on the trip noun ("В рамках визита в Узбекистан Раис
    # Татарстана … провел"): the verb's subject then, when it has no other
    subjectless = not any(x.rel.startswith("nsubj") and x.head == frame.head for x in ctx.tokens_of(trigger.sent))
    for t in ctx.titles_in(trigger.sent):
        named = t.person_mention  # "Раис Татарстана Рустам Минниханов посетил": the name may be the subject
        words = range(t.start, max(t.stop, named.stop if named is not None and named.sent == t.sent else t.stop))
        subject = any(tokens[k].rel == "nsubj" and tokens[k].head == frame.head for k in words) \
            or subjectless and trigger.i < t.start < frame.head and tokens[t.start].case == "Nom"
        if subject and t.head in L.diplomat_titles and t.location is not None and t.location.resolved \
                and any(related(t.location.resolved, d) for d in _destination(ctx, trigger.sent)):
            return None  # "В ходе визита в Астраханскую область генеральный консул … в Астрахани": posted there
        if subject and t.of and is_place_id(t.of):
            # "в ходе визита мэр Кольцово … и председатель райисполкома … поставили подписи": both sides act
            joined = any(tokens[k].rel == "conj" and tokens[k].head in words for k in range(words.stop, frame.head))
            return None if joined else t
    # a name alone as the subject ("В рамках визита в Минск Глеб Никитин также встретился …"): the post the text gives
    # him elsewhere
    for m in ctx.people_in(trigger.sent):
        if m.person is not None and any(tokens[k].rel == "nsubj" and tokens[k].head == frame.head
                                        for k in range(m.start, m.stop)) \
                and not any(t.start <= m.start < t.stop for t in ctx.titles_in(trigger.sent)):
            return next((t for t in ctx.titles if t.person is m.person and t.of and is_place_id(t.of)
                         and t.head not in L.diplomat_titles), None)
    return None


@rule("visit.guests_of_framed_trip", "'Делегация Омской области прибыла в Павлодар. В ходе визита аким … показал гостям "
      "завод': a trip framing a sentence that names its guests after the frame is the guests' trip, not the subject's",
      "Делегация Омской области прибыла в Павлодар. В ходе визита аким Павлодарской области показал гостям "
      "нефтехимический завод.", off=None)
def guests_of_framed_trip(ctx: Context, trigger: Token) -> str | None:
    tokens = ctx.ann.tokens
    if trigger.lemma not in L.trip_nouns or trigger.i == 0 or tokens[trigger.i - 1].lemma not in L.tied_by_words:
        return None
    guests = next((t for t in ctx.tokens_of(trigger.sent) if t.i > trigger.i and t.lemma in L.visitor_nouns
                   and not t.rel.startswith("nsubj")), None)
    return sides.guests_side(ctx, guests) if guests is not None else None


@rule("visit.guests_of_hosts", "'делегацию принял Раис Татарстана': the hosts are named; the guests are the other "
      "side", "Президент Татарстана Рустам Минниханов встретился с послом Узбекистана. Делегацию принял губернатор "
      "Курской области.")
def guests_of_hosts(ctx: Context, sent: int) -> str | None:
    hosts = [m.id for m in sides.side_mentions(ctx, sent)] + [t.of for t in ctx.titles_in(sent) if t.of and ctx.gz.get(t.of)]
    other = ctx.other_camp(hosts[0]) if hosts else None
    return other.best if other is not None and other.named else None


# ---- who led it ------------------------------------------------------------------------------------


@rule("visit.guests_arrived", "'Гости прибыли в Смоленск 18 октября', 'Делегация прибыла накануне': guests with no "
      "place of their own are those the text named before", "Глава Смоленска принял делегацию Могилёвского "
      "горисполкома. Гости прибыли в Смоленск 18 октября.", off=None)
def guests_arrived(ctx: Context, sent: int, trigger: Token) -> str | None:
    guests = next((t for t in ctx.tokens_of(sent) if t.lemma in L.visitor_nouns and t.rel.startswith("nsubj")
                   and t.head == trigger.i), None)
    if guests is None or sides.visitors_place(ctx, guests, sides.side_mentions(ctx, sent)) is not None:
        return None  # "делегация Карагандинской области снова посетила": a delegation of its own, maybe another trip
    return sides.guests_side(ctx, guests)


@rule("visit.day_of_the_trip", "'В первый день визита гродненцы посетили КАМАЗ', 'На следующий день делегация "
      "побывала …': a visit on a day of the trip being narrated is that trip, whatever date it names", "С 14 по 16 мая "
      "делегация Гродненской области находилась в Татарстане. В первый день визита гродненцы посетили Набережные "
      "Челны.", off=False)
def day_of_the_trip(ctx: Context, sent: int) -> bool:
    return day_marker(ctx, sent) is not None


@rule("visit.head_relative", "'… с председателем облисполкома Юрием Караевым, который находится в Саранске с "
      "визитом': the one who travels is the person 'который' refers to", "Губернатор встретился с послом Дмитрием "
      "Крутым, который находится в Брянске с визитом.")
def head_relative(ctx: Context, people, trigger: Token) -> str | None:
    tokens = ctx.ann.tokens
    rel = next((t for t in reversed(tokens[max(trigger.i - 6, 0): trigger.i])
                if t.lemma in ("который", "которая") and t.sent == trigger.sent), None)
    if rel is None:
        return None
    before = [m for m in people if m.stop <= rel.i and rel.i - m.stop <= 1]
    return before[-1].person.name if before else None


@rule("visit.travellers_before_which", "'встретился с хокимами Ферганской, Наманганской и Андижанской областей, которые "
      "находятся в Казани с рабочим визитом': the territories listed right before a plural 'которые' of the trip "
      "travelled — one trip each, received by the subject's side", "Раис Татарстана Рустам Минниханов встретился с "
      "хокимами Ферганской, Наманганской и Андижанской областей, которые находятся в Казани с рабочим визитом.",
      off=[])
def travellers_before_which(ctx: Context, trigger: Token) -> list[str]:
    tokens = ctx.ann.tokens
    rel = next((t for t in reversed(tokens[max(trigger.i - 4, 0): trigger.i])
                if t.lemma == "который" and t.feats.get("Number") == "Plur" and t.sent == trigger.sent), None)
    if rel is None or rel.i < 2 or tokens[rel.i - 1].text != ",":
        return []
    start = next((t.i for t in reversed(tokens[max(rel.i - 12, 0): rel.i]) if t.lower in L.with_prepositions
                  and t.sent == rel.sent), None)
    return sides.listed_members(ctx, rel.sent, start, rel.i) if start is not None else []


def _receiving_subject(ctx: Context, sent: int) -> str | None:
    """The side of the person the sentence's verb has for its subject ("Раис Татарстана … встретился с …")."""
    tokens = ctx.ann.tokens
    for m in ctx.people_in(sent):
        if tokens[m.start].case in ("Nom", None) or any(tokens[t.start].rel.startswith("nsubj")
                                                       for t in ctx.titles_in(sent) if t.person is m.person):
            of = ctx.role_of(m.person)
            if of and is_place_id(of):
                return of
    return None


@rule("visit.head_participle_after", "'… с послом Александром Рогожником, находящимся с рабочей поездкой в регионе': a "
      "participle of the trip set off by a comma after a name qualifies that person, who travels — not the subject",
      "Губернатор встретился с послом Дмитрием Крутым, находящимся в Брянске с рабочим визитом.")
def head_participle_after(ctx: Context, people, trigger: Token) -> str | None:
    tokens = ctx.ann.tokens
    part = next((t for t in reversed(tokens[max(trigger.i - 8, 0): trigger.i + 1])
                 if t.sent == trigger.sent and t.feats.get("VerbForm") == "Part" and t.lemma in L.motion_verbs), None)
    if part is None or part.i == 0 or tokens[part.i - 1].text != ",":
        return None
    before = [m for m in people if m.stop == part.i - 1]
    if not before:
        return None
    m = before[-1]
    # "…с послом Крутым, находящимся…" agrees; a participle of another noun does not (the tagger may misread a
    # foreign surname's case — "Асадовым" as a dative —, so any word of the name or the head of its title will do)
    cases = {tokens[k].case for k in range(m.start, m.stop)} | {
        tokens[t.start].case for t in ctx.titles_in(trigger.sent) if t.person is m.person}
    cases -= {None}
    # ("прибывшим" is a singular instrumental as well as the plural dative the tagger may read)
    readings = {part.case} | ({"Ins"} if part.case == "Dat" and part.lower.endswith("им") else set())
    if part.case and cases and not readings & cases:
        return None
    return m.person.name


@rule("visit.head_marker", "'во главе с губернатором Романом Старовойтом', 'возглавляет …', 'под руководством …'",
      "Делегация Курской области во главе с губернатором Романом Старовойтом прибыла в Гомель.")
def head_marker(ctx: Context, sent: int, people) -> str | None:
    for t in ctx.tokens_of(sent):
        if t.lemma in L.head_markers and (t.lemma != "глава" or t.i > 0 and ctx.ann.tokens[t.i - 1].lower == "во"):
            subject = subject_of_lead(ctx, t, people)
            if subject is not None:
                return subject or None
            after = [m for m in people if m.start > t.i]
            if after:
                return after[0].person.name
            holder = head_by_title(ctx, t)
            if holder:
                return holder
    return None


@rule("visit.guests_led_before", "'… встреча с делегацией Восточно-Казахстанской области во главе с заместителем акима "
      "Ерланом Байжуминым. Ранее гости побывали в Бердске': the guests' trip is led by the head the text gave their "
      "delegation before", "В правительстве Новосибирской области прошла встреча с делегацией Восточно-Казахстанской "
      "области во главе с заместителем акима области Ерланом Байжуминым. Ранее, 8 апреля, гости побывали в Бердске.",
      off=None)
def guests_led_before(ctx: Context, sent: int, trigger: Token, visitor: str) -> str | None:
    if not any(t.lemma in L.visitor_nouns for t in ctx.tokens_of(sent)):
        return None
    for s in range(sent - 1, max(sent - 3, -1), -1):
        if not any(t.lemma in L.delegation_nouns for t in ctx.tokens_of(s)):
            continue
        name = head_marker(ctx, s, ctx.people_in(s))
        person = next((p for p in ctx.people if p.name == name), None)
        of = ctx.role_of(person) if person is not None else None
        if of and related(of, visitor):
            return name
    return None


@rule("visit.the_guest_named_before", "'… провел переговоры с секретарем парткома провинции Хэйлунцзян Сюй Цинем. Китайский "
      "гость прибыл в Хабаровск накануне': one guest, the subject of the trip, is the one person of his side the text "
      "named before", "Губернатор Хабаровского края Дмитрий Демешин провел переговоры с секретарем парткома провинции "
      "Хэйлунцзян Сюй Цинем. Китайский гость прибыл в Хабаровск накануне.", off=None)
def the_guest_named_before(ctx: Context, sent: int, trigger: Token, visitor: str) -> str | None:
    guest = next((t for t in ctx.tokens_of(sent) if t.i < trigger.i and t.lemma in L.visitor_nouns
                  and t.lemma not in L.delegation_nouns and t.feats.get("Number") == "Sing" and t.case == "Nom"), None)
    if guest is None:
        return None
    before = {p.name for s in range(max(sent - 3, 0), sent) for p in (m.person for m in ctx.people_in(s))
              if (of := ctx.role_of(p)) and related(of, visitor)}
    return before.pop() if len(before) == 1 else None


@rule("visit.in_capacity_of", "'в 2019 году он посещал Брест в качестве главы Смоленского района': the trip was made "
      "for the territory of the post the traveller held then", "Губернатор Смоленской области Василий Анохин "
      "напомнил, что в 2019 году он посещал Брест в качестве главы Смоленского района.", off=None)
def in_capacity_of(ctx: Context, sent: int, visitor: str) -> str | None:
    tokens = ctx.tokens_of(sent)
    for k, t in enumerate(tokens[1:], start=1):
        if t.lemma not in L.capacity_nouns or tokens[k - 1].lower not in L.in_prepositions:
            continue
        title = next((x for x in ctx.titles_in(sent) if x.start == t.i + 1 and x.of and is_place_id(x.of)), None)
        if title is not None and related(title.of, visitor) and title.of != visitor:
            return title.of
    return None


@rule("visit.subject_of_lead", "'Делегацию, которую возглавил губернатор, встречал первый заместитель акима …': the "
      "subject of 'возглавить' leads, by name or by the one person the document gives that title, not the next name",
      "Губернатор Саратовской области Роман Бусаргин провёл переговоры в Уральске. Делегацию, которую возглавил "
      "губернатор, в аэропорту встречал первый заместитель акима области Бахытжан Нарымбетов.", off=None)
def subject_of_lead(ctx: Context, verb: Token, people) -> str | None:
    """The leader named as the verb's subject; "" when its subject is someone the document does not name."""
    if verb.pos != "VERB":
        return None
    leader = leader_before_participle(ctx, verb, people)
    if leader is not None:
        return leader
    subject = next((c for c in ctx.tokens_of(verb.sent) if c.head == verb.i and c.rel == "nsubj"), None)
    if subject is None:
        return None
    named = next((m for m in people if m.start <= subject.i < m.stop), None)
    if named is not None:
        return named.person.name
    title = next((x for x in ctx.titles_in(verb.sent) if x.start <= subject.i < x.stop), None)
    if title is None:
        return None
    return sole_holder(ctx, title) or ""


@rule("visit.leader_before_participle", "'… министр Юрий Пахомов, возглавивший ульяновскую делегацию': an active "
      "participle of leading set off by a comma after a name tells that person led", "Заседание провели заместитель "
      "министра иностранных дел Беларуси Игорь Назарук и министр экономического развития Ульяновской области Юрий "
      "Пахомов, возглавивший ульяновскую делегацию.", off=None)
def leader_before_participle(ctx: Context, verb: Token, people) -> str | None:
    tokens = ctx.ann.tokens
    if verb.feats.get("VerbForm") != "Part" or verb.feats.get("Voice") == "Pass" or verb.i < 2 \
            or tokens[verb.i - 1].text != ",":
        return None
    named = next((m for m in people if m.stop == verb.i - 1), None)
    return named.person.name if named is not None else None


@rule("visit.head_by_title", "'делегация во главе с мэром Еревана', 'делегация, возглавляемая губернатором': the one "
      "person the document gives that title", "Мэр Еревана Айк Марутян открыл выставку. Делегация из Армении во главе с мэром Еревана прибыла в "
      "Санкт-Петербург.")
def head_by_title(ctx: Context, marker: Token) -> str | None:
    title = next((t for t in ctx.titles_in(marker.sent) if 0 < t.start - marker.i <= 3), None)
    if title is None:
        return None
    return sole_holder(ctx, title)


def sole_holder(ctx: Context, title) -> str | None:
    """The title's person, or the one person the document gives that title."""
    if title.person is not None:
        return title.person.name
    holders = {o.person.name for o in ctx.titles if o.person is not None and o.head == title.head and not o.former
               and (title.of is None or o.of is None or related(o.of, title.of))}
    return holders.pop() if len(holders) == 1 else None


@rule("visit.head_next_sentence", "'Белорусскую делегацию возглавил министр … Ничкасов' in the next sentence",
      "Белорусская делегация прибыла в Брянск. Делегацию возглавил посол Беларуси Дмитрий Крутой.")
def head_next_sentence(ctx: Context, sent: int) -> str | None:
    if sent + 1 >= len(ctx.sentences):
        return None
    nxt = ctx.tokens_of(sent + 1)
    if any(t.lemma in L.lead_verbs for t in nxt) and (any(t.lemma == "делегация" for t in nxt)
                                                      or delegation_as_pronoun(ctx, sent, nxt)):
        lead = next(t for t in nxt if t.lemma in L.lead_verbs)
        subject = subject_of_lead(ctx, lead, ctx.people_in(sent + 1))
        if subject is not None:
            return subject or None
        after = [m for m in ctx.people_in(sent + 1) if m.start > lead.i]
        if after:
            return after[0].person.name
    return None


@rule("visit.delegation_as_pronoun", "'В Чебоксарах находится делегация Андижанской области. Её возглавляет первый "
      "заместитель хокима …': 'её' before the verb of leading is the delegation just named", "В Чебоксарах с рабочим "
      "визитом находится делегация Андижанской области. Её возглавляет первый заместитель хокима области Шухрат "
      "Абдурахмонов.", off=False)
def delegation_as_pronoun(ctx: Context, sent: int, nxt: list[Token]) -> bool:
    lead = next(t for t in nxt if t.lemma in L.lead_verbs)
    pronoun = any(t.lower.replace("ё", "е") == "ее" and t.i < lead.i for t in nxt)
    return pronoun and any(t.lemma == "делегация" for t in ctx.tokens_of(sent))


@rule("visit.head_thanked", "'поблагодарил Кухарева за приезд делегации': the one thanked for the trip",
      "Губернатор поблагодарил Андрея Кухарева за приезд делегации.")
def head_thanked(ctx: Context, people, trigger: Token) -> str | None:
    if trigger.lemma in L.arrival_nouns:
        before = [m for m in people if m.stop <= trigger.i and trigger.i - m.stop <= 2]
        if before and ctx.ann.tokens[trigger.i - 1].lower == "за":
            return before[-1].person.name
    return None


@rule("visit.head_genitive", "'визит президента Узбекистана Шавката Мирзиёева': the name in the genitive right "
      "after the trip, no verb between", "Визит президента Узбекистана Шавката Мирзиёева в Казань начался утром.")
def head_genitive(ctx: Context, people, trigger: Token) -> str | None:
    tokens = ctx.ann.tokens
    if trigger.lemma not in L.trip_nouns:
        return None
    for m in people:
        between_ = tokens[trigger.i + 1: m.start]
        if 0 < m.start - trigger.i <= 8 and tokens[m.start].case != "Nom" \
                and not any(t.pos == "VERB" or t.lower in L.with_prepositions for t in between_):
            return m.person.name
    return None


@rule("visit.head_subject", "the subject before the trip word: 'Губернатор Роман Старовойт прибыл в Минск'",
      "Губернатор Курской области Роман Старовойт прибыл в Минск.")
def head_subject(ctx: Context, people, trigger: Token) -> str | None:
    tokens = ctx.ann.tokens
    before = [m for m in people if m.start < trigger.i and tokens[m.start].case in ("Nom", None)]
    return before[-1].person.name if before else None


@rule("visit.head_subject_after", "'Тюменскую область посетил посол Узбекистана Ботиржон Асадов': the subject "
      "after the verb, in its clause, when the sentence names where he went", "Тюменскую область посетил посол Узбекистана "
      "Ботиржон Асадов.")
def head_subject_after(ctx: Context, sent: int, people, trigger: Token) -> str | None:
    tokens = ctx.ann.tokens
    verbs = [t for t in ctx.tokens_of(sent) if t.lemma in L.motion_verbs and t.pos == "VERB"]
    if not verbs or not _destination(ctx, sent):
        return None
    # in the verb's clause: "посетила делегация …, а в мае председатель … побывал" — his is another trip
    clause = next((c for c in split_clauses(ctx.tokens_of(sent)) if any(x.i == verbs[0].i for x in c)), [])
    for m in people:
        if m.start > verbs[0].i and tokens[m.start].case in ("Nom", None) and clause and m.start <= clause[-1].i \
                and not any(t.pos == "VERB" for t in tokens[verbs[0].i + 1: m.start]):
            return m.person.name
    return None


@rule("visit.head_title_holder", "'Лидер Беларуси прибыл …': the one person the document gives that title's "
      "territory; 'Посол прибыл …': the ambassador named before", "Президент Беларуси Александр Лукашенко открыл форум. Лидер Беларуси прибыл в Казань утром.")
def head_title_holder(ctx: Context, sent: int, trigger: Token) -> str | None:
    for t in ctx.titles_in(sent):
        if t.stop <= trigger.i and t.coref and t.person is not None and t.of:
            return t.person.name  # "Посол прибыл …" after "Послом … Александром Рогожником"
        if t.stop <= trigger.i and t.person is None and t.of:
            holders = {o.person.name for o in ctx.titles if o.person is not None and o.of == t.of}
            if len(holders) == 1:
                return holders.pop()
    return None


@rule("visit.member_not_head", "'Глава Прикамья находится в составе делегации': a member's trip is the trip of the "
      "delegation another text names as led by someone else; alone, it is the member's own", "Президент России прибыл в "
      "Ташкент с визитом. Губернатор Пермского края находится в составе делегации.", off=False)
def member_not_head(ctx: Context, sent: int, trigger: Token) -> bool:
    tokens = ctx.tokens_of(sent)
    return any(t.lemma == "состав" and any(x.lemma == "делегация" for x in tokens if 0 < x.i - t.i <= 2)
               and abs(t.i - trigger.i) <= 4 for t in tokens)


def _head(ctx: Context, sent: int, trigger: Token) -> str | None:
    people = ctx.people_in(sent)
    found = head_relative(ctx, people, trigger) or head_participle_after(ctx, people, trigger) or head_marker(ctx, sent, people) or head_next_sentence(ctx, sent) \
        or head_thanked(ctx, people, trigger)
    if found is not None:
        return found
    traveller = traveller_participle(ctx, trigger) or received_head(ctx, trigger)
    if traveller is not None and traveller.person is not None:
        return traveller.person.name
    if trigger.lemma in L.motion_verbs | L.trip_nouns:
        return head_genitive(ctx, people, trigger) or head_subject(ctx, people, trigger) \
            or head_subject_after(ctx, sent, people, trigger) or head_title_holder(ctx, sent, trigger) \
            or traveller_after_trip_noun(ctx, sent, trigger) or speaker_travelled(ctx, trigger)
    return None


@rule("visit.speaker_travelled", "'— В прошлом году я дважды побывал в Костанае … На вопросы ответил губернатор "
      "Курганской области Вадим Шумков', '«Я посетил Минск», — сказал губернатор …': a trip the speaker tells of as "
      "'я' is the speaker's — the one the sentence attributes it to, else the one person the text has speak",
      "«В прошлом году я побывал в Костанае», — сказал губернатор Курганской области Вадим Шумков.", off=None)
def speaker_travelled(ctx: Context, trigger: Token) -> str | None:
    if not any(x.head == trigger.i and x.rel.startswith("nsubj") and x.lower == "я" for x in ctx.tokens_of(trigger.sent)):
        return None
    for s in (trigger.sent, trigger.sent + 1):  # "«…», — сказал …" in the sentence or right after it
        if s < len(ctx.sentences):
            said = [m.person.name for m in ctx.people_in(s) if _speaks(ctx, m)]
            if said:
                return said[0]
    speakers = {m.person.name for s in ctx.sentences for m in ctx.people_in(s.index) if _speaks(ctx, m)}
    return speakers.pop() if len(speakers) == 1 else None


def _speaks(ctx: Context, m) -> bool:
    """The person is who a verb of speech or answering has speak ("— сказал губернатор …", "На вопросы ответил …")."""
    return any(t.lemma in L.reporting_verbs or t.lemma in L.answer_verbs
               for t in path_to_root(ctx.ann, ctx.ann.tokens[m.start], limit=3))


@rule("visit.traveller_after_trip_noun", "'Итогом визита белорусского премьера в Ярославль …', 'В ходе поездки "
      "губернатора в Павлодар …': the title right after a trip noun is who made the trip — the person named with that "
      "post in the text", "Премьер-министр Беларуси Александр Турчин провёл переговоры с губернатором Ярославской "
      "области. Итогом визита белорусского премьера в Ярославль стала программа сотрудничества.", off=None)
def traveller_after_trip_noun(ctx: Context, sent: int, trigger: Token) -> str | None:
    if trigger.lemma not in L.trip_nouns:
        return None
    title = next((t for t in ctx.titles_in(sent) if 0 < t.start - trigger.i <= 3), None)
    if title is None or title.person is None or ctx.ann.tokens[title.start].case not in ("Gen", None):
        return None
    return title.person.name


# ---- where it went and who received it -------------------------------------------------------------


@rule("visit.destination", "where the trip went: 'в Беларусь', 'прибыл в Казань', 'находится в Казани', 'в "
      "республику', 'область посетил …'", "Делегация Омской области прибыла в Павлодар.", off=[])
def _destination(ctx: Context, sent: int) -> list[str]:
    tokens = ctx.ann.tokens
    out = []
    # "посол Узбекистана в России" is where the post is; "губернатора … в Беларусь" (accusative) is where he went
    in_titles = {i for t in ctx.titles_in(sent) for i in range(t.start, t.stop)
                 if t.location is None or not (t.location.start <= i < t.location.stop)
                 or tokens[t.location.stop - 1].case != "Acc"}
    for m in ctx.places_in(sent):
        if m.form == "adj" and not sides.adjective_is_side(ctx, m) or m.start in in_titles:
            continue  # "посол Узбекистана в России": where the post is, not where the trip went
        if m.form == "adj" and m.stop < len(tokens) and sides.generic(ctx, tokens[m.stop]):
            continue  # "в российский регион": the generic word says which
        prev = tokens[m.start - 1] if m.start > 0 else None
        if prev is not None and (prev.lower in L.where_prepositions or prev.lemma in L.visit_verbs
                                 or became_guests(ctx, prev, True)) or object_of_visiting(ctx, m):
            out.append(m.id)
    for t in ctx.tokens_of(sent):  # "в республику", "в российский регион"; "область посетил премьер-министр"
        visited = t.case == "Acc" and t.head >= 0 and tokens[t.head].lemma in L.visit_verbs
        if visited or t.i > 0 and (tokens[t.i - 1].lower in L.in_prepositions or tokens[t.i - 2].lower in L.in_prepositions):
            g = sides.generic(ctx, t)
            if g and g not in out:
                out.append(g)
    return direction_first(out, ctx, sent)


@rule("visit.direction_first", "'визит … в Узбекистан' before 'заседание … в Ташкенте': where the trip went (the "
      "accusative of direction) before where something else happened", "Губернатор принял участие в заседании, "
      "которое прошло в Ташкенте в рамках визита президента России в Узбекистан.", off=UNCHANGED)
def direction_first(found: list[str], ctx: Context, sent: int) -> list[str]:
    tokens = ctx.ann.tokens
    mentions = ctx.places_in(sent)
    towards = {m.id for m in mentions if m.start > 0 and tokens[m.start - 1].lower in L.where_prepositions
               and tokens[m.stop - 1].case == "Acc"}
    # "в минской ратуше": a receiving authority is where the guests were received, the host itself
    authority = {m.id for m in mentions if m.form == "authority"}
    if not towards or not found or found[0] in towards or found[0] in authority:
        return found
    return sorted(found, key=lambda p: p not in towards)


@rule("visit.object_of_visiting", "'Тюменскую область … посетил посол': the object before the verb is where he went",
      "Гомельскую область посетила делегация Брянской области.", off=False)
def object_of_visiting(ctx: Context, m) -> bool:
    tokens = ctx.ann.tokens
    for t in tokens[m.start: m.stop]:
        if t.case == "Acc" and t.head >= 0 and tokens[t.head].lemma in L.visit_verbs:
            return True
    return False


@rule("visit.receivers", "the territories of the officials of the other side named around the trip",
      "Делегация Курской области прибыла в Беларусь, гостей принял председатель Гомельского облисполкома "
      "Иван Крупко.", off=[])
def receivers(ctx: Context, sents: list[int], visitor: str, trigger: Token | None = None) -> list[str]:
    out = []
    for s in sents:
        # a trip told inside a quotation: the people outside it ("…», – рассказал губернатор на встрече с послом") are not
        # who received it, nor the other way round
        quoted = quoted_tokens(ctx.tokens_of(s)) if trigger is not None and trigger.sent == s else set()
        apart = {m.start for m in ctx.people_in(s) if quoted and (m.start in quoted) != (trigger.i in quoted)}
        for m in ctx.people_in(s):
            if m.start in apart:
                continue
            of = ctx.role_of(m.person)
            if of and not sides.same_camp(ctx, of, visitor) and of not in out:
                out.append(of)
        for t in ctx.titles_in(s):  # "где провёл переговоры с Президентом Республики Беларусь": a post with no name
            if quoted and (t.start in quoted) != (trigger.i in quoted):
                continue
            if t.person is None and t.places and t.of and ctx.gz.get(t.of) and not sides.same_camp(ctx, t.of, visitor):
                # "с председателями Минского и Гродненского облисполкомов": each of the posts
                for of in [m.id for m in t.places] if t.plural else [t.of]:
                    if of not in out and not sides.same_camp(ctx, of, visitor):
                        out.append(of)
        if not (quoted and trigger.i in quoted):  # (a quoted trip's talks are told inside the quotation, if at all)
            out += [p for p in talk_partners(ctx, s, visitor) if p not in out]
    return out


@rule("visit.talk_partners", "'… провёл переговоры с руководством провинции Хэйлунцзян': the partner the travellers "
      "held talks with, named by a place, received them", "Находящийся с визитом в Китае губернатор Амурской области "
      "провёл переговоры с руководством провинции Хэйлунцзян.", off=[])
def talk_partners(ctx: Context, sent: int, visitor: str) -> list[str]:
    talk = next((t for t in ctx.tokens_of(sent) if t.lemma in L.talk_nouns or t.lemma in L.talk_verbs), None)
    if talk is None:
        return []
    return [p for p in sides.partners_after(ctx, sent, talk.i) if is_place_id(p) and not sides.same_camp(ctx, p, visitor)]


@rule("visit.received_next", "'прибыл во Вьетнам. Сегодня провёл переговоры с руководителем провинции …': a trip to "
      "a country is received by whom the next sentences name at talks", "Губернатор Ростовской области прибыл во Вьетнам. "
      "Сегодня он провёл переговоры с руководителем провинции Бариа-Вунгтау.", off=[])
def received_next(ctx: Context, sent: int, dest: list[str]) -> list[int]:
    """The next two sentences that tell talks or a reception, for a trip to a country or a city (whose
    region's head may be the one who received it)."""
    if not all(ctx.gz.level(d) in ("country", "city") for d in dest):
        return []
    out, told, s = [], 0, sent + 1
    while s < len(ctx.sentences) and told < 2:
        tokens = ctx.tokens_of(s)
        # (a list of the documents signed, "подписаны:\n– соглашение …", stands between: not counted)
        if tokens and (tokens[0].text in LIST_MARKERS or tokens[-1].text == ":"):
            s += 1
            continue
        if any(t.lemma in L.talk_nouns or t.lemma in L.talk_verbs or t.lemma in L.receive_verbs for t in tokens):
            out.append(s)
        told += 1
        s += 1
    return out


@rule("visit.received_inside_city", "'Делегация Московского района Минска побывала в Ижевске. Гостей принял глава "
      "администрации Октябрьского района Ижевска': a trip to a city received next by the head of one of its "
      "districts is that district's guest (FACTS: the host is the receiving authority)", "Делегация Московского района "
      "Минска побывала в Ижевске. Гостей принял глава администрации Октябрьского района Ижевска Олег Кузнецов.",
      off=False)
def received_inside_city(receiver: str, dest: list[str]) -> bool:
    return any(receiver != d and contains(d, receiver) for d in dest)


def _delegation_received(ctx: Context, sent: int) -> bool:
    """"встретился с делегацией", "встретила делегацию", "приём делегации": the delegation is the object."""
    tokens = ctx.ann.tokens
    for t in ctx.tokens_of(sent):
        if t.lemma == "делегация" and (t.case in ("Acc", "Ins") or t.i > 0 and tokens[t.i - 1].lower in L.with_prepositions
                                       or t.case == "Gen" and t.i > 1 and tokens[t.i - 2].lemma == "прием"):
            return True
    return False


@rule("visit.host_region_of_capital", "a region's capital as destination stands for the region when the region is "
      "the other side", "Аким Павлодарской области встретился с губернатором Омской области. Делегация Омской области прибыла "
      "в Павлодар.")
def host_region_of_capital(ctx: Context, d: str, visitor: str) -> str | None:
    other = ctx.camp_of(d)
    region = d.split("/", 1)[0]
    if "/" in d and other is not None and other.best == region and not district_to_district(ctx, d, visitor):
        return region
    return None


@rule("visit.district_to_district", "'Делегация Кирилловского муниципального округа … побывала в Лиозненском районе': "
      "a district's delegation in a district is the district's guest, not its region's — the capital rule is for "
      "cities", "Делегация Кирилловского муниципального округа Вологодской области побывала в Лиозненском районе "
      "Витебской области. Гостей принял председатель Лиозненского райисполкома Сергей Ковалёв.", off=False)
def district_to_district(ctx: Context, d: str, visitor: str) -> bool:
    return "/" in visitor and ctx.gz.level(d) == "district"


@rule("visit.capital_received_by_country", "'В Минске с рабочим визитом находится делегация … Гостей принял "
      "Премьер-министр Беларуси': a trip to a country's capital received next by that country's leaders is the "
      "country's guest (FACTS: a governor flying to Minsk for talks with the President → BY)",
      "В Минске с рабочим визитом находится делегация Татарстана. Гостей принял Премьер-министр Беларуси Александр "
      "Турчин.", off=False)
def capital_received_by_country(receiver: str, dest: list[str]) -> bool:
    return "-" not in receiver and capital_of(receiver) in dest


@rule("visit.host_receiver_level", "the destination inside a receiver's territory: the receiver's level",
      "Губернатор Брянской области прибыл в Гомель, где его принял председатель Гомельского облисполкома "
      "Иван Крупко.")
def host_receiver_level(d: str, receivers_: list[str]) -> str | None:
    """The receiving authority's level, above ("прилетел в Минск … с Президентом Беларуси" → BY) or below ("прибыла в
    Россию; в Смоленске её принял губернатор Смоленской области" → RU-SMO) the destination."""
    above = next((r for r in receivers_ if contains(r, d) and r != d and "/" not in r), None)
    below = [r for r in receivers_ if contains(d, r) and r != d and "-" in r]
    # a region first; a city's authority when the trip is told only as to a country ("в рамках поездки в Беларусь
    # посетил Брест, где встретился с председателем горисполкома" → Брест)
    return above or next((r for r in below if "/" not in r), None) or (below[0] if below and "-" not in d else None) \
        or next((r for r in below if d.count("/") == 1 and received_inside_city(r, [d])), None) \
        or next((r for r in receivers_ if town_and_its_district(d, r)), None)  # "в Поставах … председатель райисполкома"


@rule("visit.host_other_camp", "no destination and no receiver: the document's other side, when named",
      "Курская область давно сотрудничает с Беларусью. Делегация Курской области прибыла вчера.")
def host_other_camp(ctx: Context, visitor: str) -> str | None:
    other = ctx.other_camp(visitor)
    return other.best if other is not None and other.named else None


def _host(ctx: Context, visitor: str, dest: list[str], receivers_: list[str], sent: int) -> str | None:
    """The receiving authority: who received them, else where they went at the level the text
    names it."""
    if dest:
        d = dest[0]
        return host_region_of_capital(ctx, d, visitor) or host_receiver_level(d, receivers_) \
            or host_partner_named(ctx, sent, visitor, d) or d
    if receivers_:
        return receivers_[0]
    return host_other_camp(ctx, visitor)


@rule("visit.host_partner_named", "'работа амурчан в Минске … заседание рабочей группы между Республикой Беларусь и "
      "Амурской областью': the destination lies inside the partner named with the visitor after 'между' — the "
      "partner received them", "Делегация Амурской области работала в Минске на заседании рабочей группы между "
      "Амурской областью и Республикой Беларусь.")
def host_partner_named(ctx: Context, sent: int, visitor: str, d: str) -> str | None:
    pair = sides.between(ctx, sent, 0)
    if visitor not in pair:
        return None
    return next((p for p in pair if p != d and contains(p, d) and not sides.same_camp(ctx, p, visitor)), None)


# ---- when -----------------------------------------------------------------------------------------


@rule("visit.ended_not_started", "'Вчера завершился визит': the day it ended is not the day it began",
      "Вчера завершился визит делегации Гомельской области в Брянск.", off=False)
def ended_not_started(ctx: Context, sent: int) -> bool:
    return any(t.lemma in L.ended_verbs for t in ctx.tokens_of(sent))


@rule("visit.date", "a date of the trip's sentence (not a year range, nor the day of something still to come: "
      "'примет участие в форуме, который откроется завтра')", "15 мая 2024 года делегация Омской области "
      "прибыла в Павлодар.")
def date(ctx: Context, sent: int) -> str | None:
    if ended_not_started(ctx, sent):
        return None
    by_start = {t.start: t for t in ctx.tokens_of(sent)}
    for d in ctx.in_sentence(ctx.dates, sent):
        tok = by_start.get(d.start)
        verb = governing_verb(ctx.ann, tok) if tok is not None else None
        if verb is not None and is_future(ctx.ann, verb):
            continue
        if not any(r.start <= d.start < r.stop for r in ctx.year_ranges):
            value = event_day(ctx, d)
            if value:
                return value
    return None


@rule("visit.days_into_stay", "'Делегация … второй день работает в Павлодаре', 'уже третий день находится в Казани': "
      "a stay in its n-th day on the day of publication began n − 1 days before", "Павлодар, 14 апреля 2026 года. "
      "Делегация Омской области второй день работает в Павлодаре.", off=None)
def days_into_stay(ctx: Context, sent: int) -> str | None:
    from datetime import timedelta

    from coopwatch.nlp.grammars.ordinal import ordinal_word_value

    published = ctx.document.published
    if published is None:
        return None
    tokens = ctx.tokens_of(sent)
    for k, day in enumerate(tokens[1:-1], start=1):
        before, verb = tokens[k - 1], tokens[k + 1]
        # ("на второй день визита" counts the days of a narrated trip: dates.day_marker)
        if day.lemma != "день" or k > 1 and tokens[k - 2].lower in L.where_prepositions:
            continue
        n = ordinal_word_value(before.text) if before.pos in ("ADJ", "NUM") else None
        if n and verb.pos == "VERB" and verb.feats.get("Tense") == "Pres":
            return (published - timedelta(days=n - 1)).isoformat()
    return None


@rule("visit.days_told_next", "'Губернатор вылетел в Харбин. С 3 по 5 декабря он примет участие в форуме': the days "
      "of the traveller's programme, told right after a trip made with no date, start the trip — whatever the tense of "
      "what he will do", "Губернатор Приморского края Олег Кожемяко вылетел в Харбин. С 3 по 5 декабря он примет "
      "участие в форуме.", off=None)
def days_told_next(ctx: Context, sent: int, trigger: Token) -> str | None:
    if sent + 1 >= len(ctx.sentences) or unrealised(ctx.ann, trigger):
        return None
    nxt = [t for t in ctx.tokens_of(sent + 1) if t.pos != "PUNCT"]
    if len(nxt) < 4 or nxt[0].lower not in L.with_prepositions or not any(
            t.lower in L.singular_pronouns | {"они"} and t.rel.startswith("nsubj") for t in nxt):
        return None
    # "С 3 по 5 декабря": the range opens the sentence (its match is the last day's; event_day reads the first)
    if nxt[2].lower != "по" and nxt[2].text not in ("-", "–", "—"):
        return None  # a range of days ("С 3 по 5 декабря"), not "С 2024 года он возглавляет …"
    first = next((d for d in ctx.in_sentence(ctx.dates, sent + 1) if d.start <= nxt[min(4, len(nxt) - 1)].start
                  and d.value.day is not None), None)
    return event_day(ctx, first) if first is not None else None


# ---- the stage ------------------------------------------------------------------------------------


def _visit_in(ctx: Context, sent: int, received: set[int]) -> list[VisitFact]:
    """The trips a sentence tells; ``received`` gets the ids of those whose host is the level of who received them."""
    triggers = _triggers(ctx, sent)
    if not triggers:
        return []
    trigger = triggers[0]
    with candidate("visit", trigger) as c:
        travellers = travellers_before_which(ctx, trigger)
        if travellers:
            host = _receiving_subject(ctx, sent) or next(iter(_destination(ctx, sent)), None)
            if host is not None:
                when = date(ctx, sent)
                return [c.made(VisitFact(visitor=v, host=host, head=None, date=when, places=[host],
                                         evidence=ctx.evidence(sent))) for v in travellers if not related(v, host)]
        head = _head(ctx, sent, trigger)
        led_from = leader_side(ctx, head)
        maker = maker_side(ctx, trigger) if not led_from else None
        if maker is None and not led_from:
            maker = frame_subject(ctx, trigger) or accompanied_on_trip(ctx, trigger)
        if maker is not None and maker.person is not None and head is None:
            head = maker.person.name
        visitor = _delegation_side(ctx, sent, trigger) or days_of_a_side(ctx, trigger) or led_from \
            or guests_of_framed_trip(ctx, trigger) or title_side(ctx, sent, trigger) or (maker.of if maker is not None else None) or body_side(ctx, sent)
        if led_from and visitor and visitor != led_from and (led_from.startswith(visitor) or visitor.startswith(led_from)) \
                and "-" in led_from:
            # "делегация из Орла" led by the governor of Орловская область; never up to a country: "делегация Минской
            # области во главе с Турчиным" stays the oblast's though he now heads the country's government
            visitor = led_from
        receiving = (trigger.lemma in L.receive_verbs or meeting_with_delegation(ctx, trigger)) \
            and _delegation_received(ctx, sent)
        dest = _destination(ctx, sent)
        when = date(ctx, sent) or days_into_stay(ctx, sent) or days_told_next(ctx, sent, trigger)
        if not dest and led_delegation_at_session(ctx, trigger):
            dest = session_venues(ctx, sent)
            # the session's date, not a date of the sentence on its other side ("соглашения, подписанного в 2019 году")
            when = when or next((date(ctx, s) for s in session_sentences(ctx, sent) if date(ctx, s)), None)
        if visitor is None and receiving:
            visitor = guests_of_hosts(ctx, sent)
        if visitor is None:
            visitor = guests_arrived(ctx, sent, trigger)
        if visitor is None:
            c.drop("не сказано, кто приехал")
            return []
        if head is None:
            head = guests_led_before(ctx, sent, trigger, visitor) or the_guest_named_before(ctx, sent, trigger, visitor)
        visitor = in_capacity_of(ctx, sent, visitor) or visitor
        dest = [d for d in (sides.placed(ctx, d, visitor) for d in dest) if d and not sides.same_camp(ctx, d, visitor)]
        found = receivers(ctx, [sent], visitor, trigger)
        if not dest:
            found += receivers(ctx, [s for s in (sent - 1, sent + 1) if 0 <= s < len(ctx.sentences)], visitor)
        elif not found:
            after = receivers(ctx, received_next(ctx, sent, dest), visitor)
            if any(ctx.gz.level(d) == "city" for d in dest):  # a city's trip: only its own region's head, named next
                after = [r for r in after if ctx.gz.level(r) == "region" and any(contains(r, d) for d in dest)
                         or received_inside_city(r, dest) or any(town_and_its_district(d, r) for d in dest)
                         or capital_received_by_country(r, dest)]
            found += after if len(after) == 1 else []  # talks with several regions: the trip was to the country
        host = _host(ctx, visitor, dest, found, sent)
        host = sides.placed(ctx, host, visitor) if host else None
        if host is None or sides.same_camp(ctx, host, visitor):
            c.drop("принимающая сторона не названа или та же, что гость")
            return []
        if at_home_abroad_event(ctx, sent, visitor, host):
            c.drop("поездка внутри своей страны на международное мероприятие")
            return []
        senders = one_per_sender(ctx, trigger, host)
        if senders:
            return [c.made(VisitFact(visitor=of, host=host, head=name, date=when, places=dest or [host],
                                     evidence=ctx.evidence(sent))) for of, name in senders]
        listed = one_per_listed_sender(ctx, trigger, visitor, host)
        if listed:
            heads = heads_of_listed_senders(ctx, sent, listed)
            return [c.made(VisitFact(visitor=of, host=host, head=heads.get(of), date=when, places=dest or [host],
                                     evidence=ctx.evidence(sent))) for of in listed]
        abroad = [d for d in dest if country_of(d) != country_of(visitor)]
        separate = one_per_destination(ctx, sent, abroad or dest)
        if separate:
            return [c.made(VisitFact(visitor=visitor, host=d, head=head, date=when, places=[d],
                                     evidence=ctx.evidence(sent))) for d in separate]
        made = c.made(VisitFact(visitor=visitor, host=host, head=head, date=when, places=dest or [host],
                                evidence=ctx.evidence(sent)))
        if host in found and (not dest or host != dest[0]):
            received.add(id(made))
        return [made]


@rule("visit.at_home_abroad_event", "'Делегация Пензенской области участвовала в совете регионов России и Узбекистана в "
      "Москве': a trip inside the visitor's own country to an event with a foreign side is no visit between the sides",
      "Делегация Пензенской области участвовала во втором заседании совета регионов России и Узбекистана в Москве.",
      off=False)
def at_home_abroad_event(ctx: Context, sent: int, visitor: str, host: str) -> bool:
    home = country_of(visitor)
    return country_of(host) == home and any(country_of(m.id) != home for m in ctx.places_in(sent))


@rule("visit.one_per_sender", "'Район посетили мэр Волжского Игорь Воронин и глава Палласовского района Вячеслав "
      "Толмачев': officials of different territories travelling together made one trip each", "Гродно посетили мэр "
      "Пскова Александр Иванов и глава Псковского района Николай Лукин.", off=None)
def one_per_sender(ctx: Context, trigger: Token, host: str) -> list[tuple[str, str]] | None:
    tokens = ctx.ann.tokens
    subjects = {trigger.i}
    found: list[tuple[str, str]] = []
    for t in sorted(ctx.titles_in(trigger.sent), key=lambda t: t.start):
        word = next((tokens[k] for k in range(t.start, t.stop) if tokens[k].rel in ("nsubj", "conj")), None)
        if word is None or t.person is None or not is_place_id(t.of) or sides.same_camp(ctx, t.of, host):
            continue
        if word.rel == "nsubj" and word.head in subjects or word.rel == "conj" and found \
                and any(tokens[word.head].i in range(o.start, o.stop) for o in ctx.titles_in(trigger.sent)):
            found.append((t.of, t.person.name))
    apart = [(of, name) for of, name in found if not any(related(of, o) for o, n in found if n != name)]
    return apart if len(apart) >= 2 and len(apart) == len(found) else None


@rule("visit.one_per_listed_sender", "'Делегации Гомельской и Могилёвской областей посетили Брянскую область': "
      "territories of one side listed before the trip word each made a trip (FACTS 1.2)", "Делегации Витебской и "
      "Гродненской областей побывали в Смоленске.", off=None)
def one_per_listed_sender(ctx: Context, trigger: Token, visitor: str, host: str) -> list[str] | None:
    tokens = ctx.tokens_of(trigger.sent)
    # the subject ends at the predicate: the trip verb itself, or the verb after a trip noun ("Делегации … побывали")
    stop = next((t.i for t in tokens if t.i >= trigger.i and t.pos in ("VERB", "AUX")), trigger.i)
    # "принял делегацию Восточно-Казахстанской и Павлодарской областей": the list right after the delegation noun
    listed = sides.listed_members(ctx, trigger.sent, tokens[0].i, stop) \
        or sides.listed_delegation(ctx, trigger.sent, trips=True)
    if len(listed) < 2 or visitor not in listed or any(sides.same_camp(ctx, p, host) for p in listed):
        return None
    return listed


@rule("visit.heads_of_listed_senders", "'Делегации Пензенской и Ульяновской областей … Пензенскую делегацию возглавил "
      "Михаил Гусев, ульяновскую — Андрей Тюрин': with a verb of leading, each name is the head of the listed sender "
      "named nearest before it", "Делегации Пензенской и Ульяновской областей побывали в Андижане. Пензенскую "
      "делегацию возглавил министр Михаил Гусев, ульяновскую — министр Андрей Тюрин.", off={})
def heads_of_listed_senders(ctx: Context, sent: int, listed: list[str]) -> dict[str, str]:
    for s in range(sent, min(sent + 3, len(ctx.sentences))):
        if not any(t.lemma in L.lead_verbs for t in ctx.tokens_of(s)):
            continue
        places = [m for m in ctx.places_in(s, sides_only=False) if m.id in listed]
        heads: dict[str, str] = {}
        last = -1
        for p in ctx.people_in(s):
            # the sender named between the name before and this one: "ульяновскую — первый заместитель … Андрей Тюрин"
            near = [m for m in places if last < m.start < p.start]
            if near and near[-1].id not in heads:
                heads[near[-1].id] = p.person.name
            last = p.stop
        if len(heads) >= 2:
            return heads
    return {}


@rule("visit.one_per_destination", "'Наши делегации были в Самарканде, в Бухаре': delegations (plural) in several "
      "places made one trip each", "Омские делегации побывали в Павлодаре и в Костанае.", off=None)
def one_per_destination(ctx: Context, sent: int, dest: list[str]) -> list[str] | None:
    plural = any(t.lemma == "делегация" and t.feats.get("Number") == "Plur" for t in ctx.tokens_of(sent))
    apart = [d for d in dest if not any(related(d, o) for o in dest if o != d)]
    return apart if plural and len(apart) >= 2 else None


@rule("visit.times_made", "'двукратный визит', 'дважды посетил': so many trips, one fact each", "Президент "
      "Узбекистана дважды посетил Казань в прошлом году.", off=1)
def times_made(ctx: Context, trigger: Token) -> int:
    # on the trip's word or, for a delegation told first, on its verb ("делегация дважды побывала")
    heads = {trigger.i} | ({trigger.head} if trigger.lemma in L.delegation_nouns and trigger.head >= 0 else set())
    return max((int(L.repeat_counts[t.lemma]) for t in ctx.tokens_of(trigger.sent)
                if t.head in heads and t.lemma in L.repeat_counts), default=1)


@rule("visit.earlier_trip_other_way", "'ответный визит': the other side came first; that trip is a fact too, undated, "
      "unless the text tells it", "Делегация Гродненской области прибыла в Калугу с ответным визитом.", off=None)
def earlier_trip_other_way(ctx: Context, trigger: Token, v: VisitFact, facts: list[VisitFact]) -> VisitFact | None:
    said = any(t.lemma in L.trip_nouns and return_trip(ctx, t) for t in ctx.tokens_of(trigger.sent))
    # the text tells a trip of the other side to the visitor's region (to its town when the visitor is the district)
    if not said or any(related(f.visitor, v.host) and (related(f.host, v.visitor) or region_of(f.host) == region_of(
            v.visitor) and country_of(f.host) == country_of(v.visitor) and "/" in f.host) for f in facts):
        return None
    return VisitFact(visitor=v.host, host=v.visitor, head=None, date=None, places=[v.visitor],
                     evidence=ctx.evidence(trigger.sent))


def extract(ctx: Context) -> list[VisitFact]:
    facts: list[VisitFact] = []
    members: set[int] = set()  # trips told through a member of the delegation ("в составе делегации")
    # trips told on: of the guests the text named before ("Гости прибыли 18 октября"), on a day of the trip ("В первый
    # день визита гродненцы посетили …")
    guests: set[int] = set()
    earlier: list[tuple[Token, VisitFact]] = []
    received: set[int] = set()  # trips whose host is who received them (visit.host_received_closer)
    stops: set[int] = set()  # another place a delegation already told visits (visit.delegation_told_again)
    for s in ctx.sentences:
        here = _visit_in(ctx, s.index, received)
        for v in here:
            trigger = _triggers(ctx, s.index)[0]
            if member_not_head(ctx, s.index, trigger):
                members.add(id(v))
            if guests_arrived(ctx, s.index, trigger) == v.visitor or day_of_the_trip(ctx, s.index):
                guests.add(id(v))
                v.date = first_day_counted_back(v.date, ctx, s.index)
            elif delegation_told_again(ctx, s.index, v, facts):
                stops.add(id(v))
            earlier.append((trigger, v))
            facts = merge_same_trip(facts + [v], ctx.document.published, members, guests, received, stops)
        days = days_in_another_clause(ctx, s.index)
        if days is not None:
            facts = merge_same_trip(facts + [days], ctx.document.published, members, guests, received, stops)
        other = trip_in_another_clause(ctx, s.index) if days is None else None
        # ("Губернатор прибыл в Минск, а затем он посетил Гродно": a stop of the sentence's own trip)
        if other is not None and not any(related(v.visitor, other[1].visitor) for v in here):
            earlier.append(other)  # (its "дважды" counts too)
            facts = merge_same_trip(facts + [other[1]], ctx.document.published, members, guests, received, stops)
    for trigger, v in earlier:
        times = times_made(ctx, trigger)
        made = next((f for f in facts if f is v), None) or next(
            (f for f in facts if related(f.visitor, v.visitor) and related(f.host, v.host)), None)
        if times > 1 and made is not None:
            with candidate("visit", trigger) as c:
                for _ in range(times - 1):
                    again = made.model_copy(deep=True)
                    ctx.repeated.add(id(again))
                    facts.append(c.made(again))
    for trigger, v in earlier:  # after all trips: the text may tell the first one later on
        with candidate("visit", (trigger, "earlier"), key=("earlier", trigger.i)) as c:
            first = earlier_trip_other_way(ctx, trigger, v, facts)
            if first is not None:
                facts.append(c.made(first))
    for v in facts:
        if v.head is None:
            head = titled_delegation_head(ctx, v) or leader_at_talks_next(ctx, v) or leader_with_hosts_before(ctx, v)
            if head is not None:
                with amending(v):
                    v.head = head
    for trigger, v in earlier:
        made = next((f for f in facts if f is v), None)
        if made is not None and made.date is None:
            day = day_told_on_the_trip(ctx, trigger.sent)
            if day is not None:
                with amending(made):
                    made.date = day
    return facts


@rule("visit.first_day_counted_back", "'Делегация находится в Брянской области. На второй день визита, 3 марта, гости "
      "побывали на заводе': a day of the trip told with its date is not the trip's start — the start is counted "
      "back; after 'На следующий день, 3 марта' it is not known", "Делегация Гомельской области находится в Брянской "
      "области. На второй день визита, 3 марта, гости побывали на заводе.", off=UNCHANGED)
def first_day_counted_back(told: str | None, ctx: Context, sent: int) -> str | None:
    marker = day_marker(ctx, sent)
    if told is None or len(told) != 10 or marker is None or marker[0] == "same":
        return told
    return trip_start(told, marker)


@rule("visit.day_told_on_the_trip", "'… работает в Поморье. В первый день визита, 2 марта, гости встретились …': a "
      "trip told with no date starts on the day a narrated day of it names, counted back ('на второй день, 3 марта' "
      "→ 2 марта)", "Делегация Витебской области работает в Архангельской области. В первый день визита, 2 марта, "
      "гости встретились с губернатором.", off=None)
def day_told_on_the_trip(ctx: Context, sent: int) -> str | None:
    for s in range(sent + 1, min(sent + 4, len(ctx.sentences))):
        marker = day_marker(ctx, s)
        if marker is not None:  # the first day it marks, counted back ("На следующий день" counts from none)
            return trip_start(date(ctx, s), marker)
    return None


@rule("visit.titled_delegation_head", "'…, — рассказал руководитель делегации, заместитель губернатора Смоленской области "
      "Александр Борисов', 'Делегацию (Гостей) возглавляет …' anywhere: the one person the text calls the delegation's leader, "
      "of the visitor's side, heads its trip",
      "Делегация Смоленской области прибыла в Могилев. «Это наша третья поездка», — рассказал руководитель делегации, "
      "заместитель губернатора Смоленской области Александр Борисов.", off=None)
def titled_delegation_head(ctx: Context, v: VisitFact) -> str | None:
    tokens = ctx.ann.tokens
    people = [t.person for t in ctx.titles if t.person is not None
              and any(w.lemma in L.delegation_nouns for w in tokens[t.start:t.stop])]
    for s in ctx.sentences:  # "Гомельскую делегацию возглавляет председатель облисполкома Иван Крупко"
        words = ctx.tokens_of(s.index)
        lead = next((t.i for t in words if t.lemma in L.lead_verbs), None)
        if lead is not None and any(t.lemma in L.delegation_nouns or t.lemma in L.visitor_nouns for t in words):
            people += [m.person for m in ctx.people_in(s.index) if m.start > lead][:1]
    leaders = {p.name for p in people if (of := ctx.role_of(p)) and related(of, v.visitor)}
    return next(iter(leaders)) if len(leaders) == 1 else None


@rule("visit.leader_at_talks_next", "'В аэропорту делегацию Карагандинской области встретил заместитель губернатора. 9 "
      "сентября аким Карагандинской области провел переговоры с губернатором …': a trip told with no leader, whose "
      "next sentence has the head of the visiting territory holding talks, was made by that head",
      "Делегацию Карагандинской области в аэропорту встретил заместитель губернатора Кузбасса Андрей Панов. Аким "
      "Карагандинской области Ермаганбет Булекпаев провел переговоры с губернатором Кемеровской области Ильей "
      "Середюком.", off=None)
def leader_at_talks_next(ctx: Context, v: VisitFact) -> str | None:
    sent = _sentence_told(ctx, v)
    if sent is None or sent.index + 1 >= len(ctx.sentences):
        return None
    # "В марте пензенская делегация побывала в Намангане. Губернатор … провел с хокимом переговоры": talks of
    # another day are of another trip
    if not _same_days(v.date, date(ctx, sent.index + 1), ctx.document.published):
        return None
    tokens = ctx.ann.tokens
    talks = [t for t in ctx.tokens_of(sent.index + 1) if t.lemma in L.talk_verbs and t.pos == "VERB"]
    leaders = {t.person.name for t in ctx.titles_in(sent.index + 1)
               if t.person is not None and t.text in L.territory_head_posts and t.of and related(t.of, v.visitor)
               and tokens[t.start].rel.startswith("nsubj") and any(tokens[t.start].head == x.i for x in talks)}
    return next(iter(leaders)) if len(leaders) == 1 else None


@rule("visit.leader_with_hosts_before", "'Губернатор Самарской области … и хоким Самаркандской области … подписали "
      "соглашение. … Делегация Самаркандской области находится в регионе': a trip told with no leader, after a "
      "sentence where the one head of the visiting territory acts with the hosts' people (signs, inspects; talks have "
      "rules of their own), was made by that head",
      "Губернатор Самарской области Вячеслав Федорищев и хоким Самаркандской области Эркинжон Турдимов подписали "
      "соглашение. Делегация Самаркандской области находится в регионе с 15 по 17 октября.", off=None)
def leader_with_hosts_before(ctx: Context, v: VisitFact) -> str | None:
    sent = _sentence_told(ctx, v)
    if sent is None:
        return None
    for s in range(sent.index - 1, max(sent.index - 4, -1), -1):  # (up to three sentences before)
        titles = [t for t in ctx.titles_in(s) if t.person is not None and t.of and is_place_id(t.of)]
        leaders = {t.person.name for t in titles if t.text in L.territory_head_posts and related(t.of, v.visitor)}
        hosts = [t for t in titles if related(t.of, v.host) or related(v.host, t.of)]
        # (talks with the hosts tell their own trip: links.talks_name_the_trip, links.trip_beside_talks)
        talks = any(x.lemma in L.talk_nouns or x.lemma in L.talk_verbs for x in ctx.tokens_of(s))
        if len(leaders) == 1 and hosts and not talks:
            return leaders.pop()
    return None


def _sentence_told(ctx: Context, v: VisitFact):
    """The sentence a trip is told in, or None."""
    return ctx.ann.sentence_of(v.evidence.start) if v.evidence is not None else None


def _same_days(a: str | None, b: str | None, published) -> bool:
    """One trip: the same date, or one undated and the other within days of publication (the
    news of the day), not a past trip recalled ("в сентябре прошлого года")."""
    if a == b:
        return True
    dated = a or b
    if a and b:
        return days_apart(a, b) is not None and days_apart(a, b) <= 2  # "накануне" the delegation also …
    if published is None:
        return True  # a text without a date: an undated mention goes on telling the dated trip
    try:
        from datetime import date as day

        d = day.fromisoformat(dated) if len(dated) == 10 else None
    except ValueError:
        d = None
    return d is not None and abs((published - d).days) <= 7


def days_apart(a: str, b: str) -> int | None:
    from datetime import date as day

    try:
        return abs((day.fromisoformat(a) - day.fromisoformat(b)).days) if len(a) == len(b) == 10 else None
    except ValueError:
        return None


@rule("visit.visitor_named_closer", "'Ульяновск принимает делегацию из Узбекистана' over 'в ходе визита делегации "
      "Андижанской области': of two mentions of one trip, the one that names the visiting country's region names the "
      "visitor",
      "Ульяновск принимает делегацию из Узбекистана\n\nДелегация Андижанской области прибыла в Ульяновскую область.",
      off=False)
def visitor_named_closer(old: str, new: str) -> bool:
    # a country to its region only: a town of the visiting region named later is where some members come from
    # ("учёные из Кольцово" in the Novosibirsk governor's delegation)
    return "-" not in old and "/" not in new and old != new and country_of(new) == old


@rule("visit.host_received_closer", "'Самарканд принимает делегацию Самарской области' over 'прибывшую в Самарканд "
      "делегацию … встретил хоким Самаркандской области': of two mentions of one trip, the one whose host is who "
      "received it names the host — the region of the headline's city", "Самарканд принимает делегацию Самарской "
      "области\n\nДелегация Самарской области прибыла в Самарканд. Гостей встретил хоким Самаркандской области "
      "Эркинжон Турдимов.", off=False)
def host_received_closer(old: str, new: str) -> bool:
    return old != new and "/" in old and contains(new, old)


@rule("visit.town_and_its_district", "'Гости побывали в Лиде. Делегация встретилась с председателем Лидского "
      "райисполкома': a town and the district named after it are one destination — one trip, hosted by the one "
      "whose authority received it", "Делегация Сокольского муниципального округа побывала в Лиде. Делегация "
      "Сокольского округа встретилась с председателем Лидского райисполкома.", off=False)
def town_and_its_district(a: str, b: str) -> bool:
    gz = gazetteer()
    for town, district in ((a, b), (b, a)):
        place = gz.get(town)
        if place is not None and place.level == "city" and district in district_names_of_town(town, place.adjectives):
            return True
    return False


@rule("visit.delegation_told_again", "'Делегация Кирилловского округа побывала в Лиозненском районе … Также вологодская "
      "делегация посетила Бабиновичский сельсовет': a delegation of the side whose trip was told, named again with no "
      "date and not as told from before, goes on with that trip — another stop of it in the same country",
      "Делегация Кирилловского муниципального округа Вологодской области побывала в Лиозненском районе Витебской "
      "области. Также вологодская делегация посетила Бабиновичский сельсовет.", off=False)
def delegation_told_again(ctx: Context, sent: int, v: VisitFact, facts: list[VisitFact]) -> bool:
    """(Merged by ``merge_same_trip``, whose host stays who received the delegation.)"""
    # one delegation ("Наши делегации были в Самарканде, в Бухаре" are trips of their own)
    if v.date is not None or ctx.told_as_before(sent) or not any(
            t.lemma in L.delegation_nouns and t.feats.get("Number") == "Sing" for t in ctx.tokens_of(sent)):
        return False
    start = ctx.sentences[sent].start
    return any(related(f.visitor, v.visitor) and country_of(f.host) == country_of(v.host) and f.host != v.host
               and f.evidence is not None and f.evidence.start < start for f in facts)


@rule("visit.next_stop_of_trip", "'Делегация Пензенской области с 8 по 11 июня находится в Узбекистане. … На следующий "
      "день пензенская делегация прибыла в Наманган': a day of the narrated trip to another region of the same country "
      "is the same trip, hosted by the country", "Делегация Пензенской области с 8 по 11 июня находится в Узбекистане. "
      "В первый день губернатор встретился с хокимом Андижанской области. На следующий день пензенская делегация "
      "прибыла в Наманган.", off=False)
def next_stop_of_trip(o: VisitFact, f: VisitFact) -> bool:
    return country_of(o.host) == country_of(f.host) and country_of(o.visitor) != country_of(o.host)


@rule("visit.earlier_day", "'20 мая мэр принял делегацию … Накануне, 19 мая, делегацию принял Раис': of two days "
      "of one trip, the trip's date is the earlier (FACTS: a visit's date is its first day)", "Мэр Казани Ильсур Метшин "
      "20 мая принял делегацию провинции Хунань. Накануне, 19 мая, делегацию принял Раис Татарстана Рустам "
      "Минниханов.", off=None)
def earlier_day(a: str | None, b: str | None) -> str | None:
    if a and b and len(a) == len(b) == 10 and a != b:
        return min(a, b)
    return None


def _merge_sides(old: VisitFact, f: VisitFact, members: set[int], received: set[int]) -> None:
    """The sides and the head of a trip told twice (``merge_same_trip``)."""
    if town_and_its_district(old.host, f.host):
        old.host = f.host if id(f) in received else old.host
    elif not related(old.host, f.host) and not (region_of(old.host) and region_of(old.host) == region_of(f.host)):
        # a trip through two regions of a country is hosted by the country; through two places of one region, by its
        # first destination, the other a stop ("побывала в Ижевске … Также делегация посетила Завьяловский округ")
        old.host = country_of(old.host)
    if id(f) in members:  # a member's mention of the trip another mention tells as led by someone
        pass
    elif f.head and not old.head or id(old) in members:  # the mention that names the leader knows the sides best
        old.head, old.visitor, old.host = f.head, f.visitor, f.host
    elif visitor_named_closer(old.visitor, f.visitor):
        old.visitor = f.visitor
    if id(f) in received and host_received_closer(old.host, f.host):
        old.host = f.host


@rule("visit.merge_same_trip", "one fact per trip: mentions with the same sides (any level), the same days and no "
      "other head", "Губернатор Омской области прибыл в Павлодар. Визит губернатора в Павлодар продлится два дня.",
      off=UNCHANGED)
def merge_same_trip(facts: list[VisitFact], published=None, members: set[int] = frozenset(),
                    guests: set[int] = frozenset(), received: set[int] = frozenset(),
                    stops: set[int] = frozenset()) -> list[VisitFact]:
    out: list[VisitFact] = []
    for f in facts:
        # the guests named before are that trip's whatever its date says
        old = next((o for o in out if related(o.visitor, f.visitor)
                    and (related(o.host, f.host) or town_and_its_district(o.host, f.host)
                         or id(f) in guests and next_stop_of_trip(o, f)
                         or id(f) in stops and country_of(o.host) == country_of(f.host))
                    and (_same_days(o.date, f.date, published) or id(f) in guests or id(f) in stops)
                    and (o.head is None or f.head is None or o.head == f.head or id(f) in members)), None)
        if old is None:
            out.append(f)
            continue
        merged(old, f)
        if not (id(f) in stops and not related(old.host, f.host)):  # a stop's hosts stay who received the trip
            _merge_sides(old, f, members, received)
        old.date = earlier_day(old.date, f.date) or old.date or f.date
        for p in f.places:
            if p not in old.places:
                old.places.append(p)
    return out
