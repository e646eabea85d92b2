"""institution — a mission of one side on the other's territory.

Each candidate is a mission noun of a sentence. The rules, in the order they decide (each is a
``@rule`` below with its construction and an example; ``coopwatch explain`` shows which fired,
``benchmarks/rules.py`` what each is worth):

Which words name a mission, and what kind
  institution.embassy_office, institution.mission_noun, institution.misspelt_noun,
  institution.embassy_of_office, institution.same_kind_as_before
Which mission words are not a mission
  institution.part_of_title, institution.led_as_post, institution.counted_missions
Where it sits: the city if named; several cities give one fact each
  institution.places_after_in, institution.your_country,
  institution.unnamed_capital, institution.lists_nearest, institution.list_after_name,
  institution.list_of_other_name, institution.shares_nearest_list, institution.place_of_missions_before, institution.where_of_clause_before, institution.territory_word_after_in
Its status: ``exists`` unless a rule below says ``opened`` (at a stated time) or ``planned``
  institution.existing_qualifier, institution.new_premises, institution.moved_in, institution.work_started,
  institution.staff_means_exists, institution.closed_already, institution.closed_later_exists,
  institution.only_considered (under clauses.unrealised: else planned), institution.opening_prepared, institution.document_to_open, institution.opened_before_it, institution.opening_took_place,
  institution.opened_short_form, institution.at_work_opened_before, institution.opening_verb (institution.deadline),
  institution.decided_to_open, institution.decision_to_come, institution.decision_told_beside, institution.opened_before_the_news
Who sends it: a shared-head list gives one mission per sender
  institution.senders_counted, institution.companies_mission, institution.embassy_in_capital, institution.senders_listed,
  institution.sender_adjective, institution.sender_after_name,
  institution.sender_generic, institution.opener_as_subject, institution.sender_across, institution.sender_of_mission_before
Which places it is in
  institution.placeholder_place, institution.at_home
When it opened
  institution.opening_date (institution.deadline, institution.page_timestamp), institution.news_of_the_day, institution.working_since, institution.working_in_relative_clause, institution.working_for_years, institution.anniversary_marked, institution.opened_participle,
  institution.ceremony_after
One fact per mission
  institution.mission_named_again, institution.its_former_status, institution.kept_beside_new, institution.sender_named_closer, institution.decided_after_discussion, institution.merge_missions
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

from coopwatch.extract import sides
from coopwatch.extract.clauses import (
    clause_of,
    governing_verb,
    hypothetical,
    is_future,
    negated,
    path_to_root,
    split_clauses,
    unrealised,
)
from coopwatch.extract.context import Context
from coopwatch.extract.rulebook import UNCHANGED, candidate, merged, rule
from coopwatch.facttypes.institution import InstitutionFact
from coopwatch.gazetteer.places import capital_of, country_of, related
from coopwatch.lexicon import L, phrase_class
from coopwatch.lexicon.forms import forms
from coopwatch.nlp.annotate import Token
from coopwatch.nlp.grammars.date import resolve
from coopwatch.nlp.grammars.ordinal import ordinal_word_value

MISSION_PHRASES = phrase_class("mission_phrases")
NEAR = 12  # tokens between a mission and where it sits
DIPLOMATIC_KINDS = ("consulate", "embassy", "embassy_office")  # only a state sends diplomats
STATUS_RANK = {"planned": 0, "exists": 1, "opened": 2}


@dataclass
class Mission:
    kind: str
    tok: Token  # the head noun
    start: int  # first token of the phrase
    stop: int


# ---- which words name a mission ------------------------------------------------------------------


@rule("institution.embassy_office", "'отделение посольства', 'представительства белорусского посольства', 'филиал "
      "посольства': an office of the embassy", "В Екатеринбурге работает отделение посольства Беларуси.", off=False)
def embassy_office(ctx: Context, t: Token) -> bool:
    if t.lemma not in L.embassy_office_nouns:
        return False
    for x in ctx.ann.tokens[t.i + 1: t.i + 4]:
        if x.lemma == "посольство":
            return True
        if x.pos != "ADJ":
            return False
    return False


@rule("institution.mission_noun", "a mission noun or name gives its kind: 'генконсульство', 'консульство', "
      "'посольство', 'представительство', 'торговый дом'; 'дипломатическое представительство' of unknown kind",
      "В Ташкенте открылся торговый дом Татарстана.")
def mission_noun(ctx: Context, t: Token) -> str | None:
    found = ctx.phrase_at(MISSION_PHRASES, t)
    if found is not None:
        return L.mission_phrases.get(found[1])
    return L.mission_nouns.get(t.lemma)


@rule("institution.misspelt_noun", "a mission noun misspelt by one letter ('Генконсулство', 'посолства', "
      "'представительсво'): the noun it was meant to be", "В Уфе готовится к открытию Генконсулство Узбекистана.")
def misspelt_noun(ctx: Context, t: Token) -> str | None:
    return misspelt_mission(t.lower)


def misspelt_mission(low: str) -> str | None:
    """The kind of mission a lower-case word misspells by one letter, if it does (also the pipeline's sentence
    filter asks: a sentence with "Генконсулство" reports a fact, so its dates are read)."""
    if len(low) < 8 or not low.isalpha():
        return None
    return _misspelt_kind(low)


@lru_cache(maxsize=100_000)
def _misspelt_kind(low: str) -> str | None:
    """The kind of the mission noun ``low`` misspells by one letter: a pure function of the word,
    kept because news repeats its words and SequenceMatcher is slow."""
    for form, kind in _mission_noun_forms().get(low[:2], ()):
        if abs(len(form) - len(low)) <= 1 and _one_edit(form, low):
            return kind
    return None


@cache
def _mission_noun_forms() -> dict[str, tuple[tuple[str, str], ...]]:
    """The case forms of the neuter '-ство' mission nouns ('консульство', 'консульства' …), each with its kind, by
    their first two letters (a misspelling keeps them; the pipeline asks of every long word of a sentence)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for noun, kind in sorted(L.mission_nouns.items()):
        if noun.endswith("ство"):
            for form in sorted(forms(noun)):
                out.setdefault(form[:2], []).append((form, kind))
    return {k: tuple(v) for k, v in out.items()}


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by exactly one letter inserted, dropped or replaced."""
    ops = [op for op in SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"]
    return len(ops) == 1 and max(ops[0][2] - ops[0][1], ops[0][4] - ops[0][3]) == 1


@rule("institution.embassy_of_office", "'посольства' in 'отделение посольства': the embassy the office belongs to, "
      "not a mission of its own", "Отделение посольства Узбекистана начало работу в Казани.", off=False)
def embassy_of_office(ctx: Context, t: Token, found: list[Mission]) -> bool:
    return bool(found) and found[-1].kind == "embassy_office" and t.i - found[-1].tok.i <= 3


@rule("institution.same_kind_as_before", "'аналогичное дипучреждение', 'такое учреждение': a mission of the kind "
      "named before", "В Казани уже работает генеральное консульство Узбекистана, а в Уфе откроется аналогичное "
      "дипучреждение.", off=False)
def same_kind_as_before(ctx: Context, t: Token) -> bool:
    prev = ctx.ann.tokens[t.i - 1] if t.i > 0 else None
    return t.lemma in L.mission_anaphora and prev is not None and prev.lemma in ("аналогичный", "такой")


def _kind(ctx: Context, t: Token, found: list[Mission]) -> str | None:
    if embassy_office(ctx, t):
        return "embassy_office"
    kind = mission_noun(ctx, t) or misspelt_noun(ctx, t)
    if kind == "embassy" and embassy_of_office(ctx, t, found):
        return None
    if kind is None and same_kind_as_before(ctx, t):
        return found[-1].kind if found else "other"
    return kind


@rule("institution.part_of_title", "a mission noun inside a person's title ('советник Посольства РФ', 'глава "
      "представительства Татарстана Ильдар Ханов') is not a mission", "Советник посольства Армении Арам Саргсян "
      "выступил на форуме в Самаре.", off=False)
def part_of_title(ctx: Context, t: Token, in_titles: set[int]) -> bool:
    return t.i in in_titles


@rule("institution.led_as_post", "'Андрей Фурсевич, ранее возглавлявший отделение посольства в Уфе', 'возглавляет "
      "торговое представительство': a mission as what a person leads is a post told by a verb, as a title alone "
      "('руководитель отделения посольства') is no mission (FACTS: the mission itself must be mentioned)",
      "Андрей Фурсевич, ранее возглавлявший отделение посольства Беларуси в Уфе, выступил на форуме.", off=False)
def led_as_post(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    if t.rel == "nmod" and t.head >= 0 and _kind(ctx, tokens[t.head], []) is not None:
        t = tokens[t.head]  # "отделение посольства": the phrase's head is what is led
    return t.rel == "obj" and t.head >= 0 and tokens[t.head].lemma in L.lead_verbs


@rule("institution.counted_missions", "'двух новых консульств', 'несколько консульств': a count, not a mission",
      "Беларусь открыла в России несколько генеральных консульств.", off=False)
def counted_missions(ctx: Context, t: Token) -> bool:
    before = ctx.ann.tokens[max(t.i - 3, 0): t.i]
    counts = L.count_words | set(L.small_numbers)
    return t.feats.get("Number") == "Plur" and any(x.pos == "NUM" or x.lemma in counts for x in before)


def _missions(ctx: Context, sent: int) -> tuple[list[Mission], list[tuple[Token, str]]]:
    """The missions a sentence names, and the mission words that are not one, with why."""
    tokens = ctx.ann.tokens
    in_titles = {i for t in ctx.titles_in(sent) for i in range(t.start, t.stop)}
    found: list[Mission] = []
    passed: list[tuple[Token, str]] = []
    for t in ctx.tokens_of(sent):
        kind = _kind(ctx, t, found)
        if kind is None:
            continue
        if part_of_title(ctx, t, in_titles):
            passed.append((t, "часть должности, а не представительство"))
            continue
        if led_as_post(ctx, t):
            passed.append((t, "должность: кто его возглавляет, а не представительство"))
            continue
        if counted_missions(ctx, t):
            passed.append((t, "счёт представительств, а не одно"))
            continue
        start = t.i
        while start > 0 and tokens[start - 1].sent == sent and tokens[start - 1].pos == "ADJ":
            start -= 1
        found.append(Mission(kind, t, start, t.i + 1))
    return found, passed


# ---- where it sits --------------------------------------------------------------------------------


@rule("institution.places_after_in", "where-lists after 'в': 'в Казани и Уфе', 'в городах Казань и Уфа', 'в "
      "казахстанском городе Актау'", "Генеральные консульства Беларуси откроются в Казани и Уфе.", off=[])
def places_after_in(ctx: Context, sent: int, mentions) -> list[tuple[int, list[str]]]:
    tokens = ctx.ann.tokens
    groups: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = -1
    last_stop = -10
    for p in mentions:
        if p.form == "adj" and p.stop < len(tokens) and tokens[p.stop].lemma in L.city_nouns:
            continue
        prev = tokens[p.start - 1] if p.start > 0 else None
        if prev is None:
            continue
        intro = prev.lower in L.in_prepositions or prev.lemma in L.city_nouns and any(
            t.lower in L.in_prepositions for t in tokens[max(p.start - 6, 0): p.start]) \
            or prev.lemma in L.place_part_nouns and any(t.lower in L.in_prepositions  # "в (самом) центре Казани"
                                                        for t in tokens[max(p.start - 3, 0): p.start - 1])
        target = p.id  # "в столице Татарстана" is Kazan's mention already (gazetteer.matcher.named_capitals)
        if current and p.start - last_stop <= 1 and prev.text in (",", "и"):
            current.append(target)
        elif intro:
            if current:
                groups.append((start, current))
            current, start = [target], p.start
        else:
            continue
        last_stop = p.stop
    if current:
        groups.append((start, current))
    return groups


@rule("institution.your_country", "'в вашей стране', 'в нашей республике': the addressee's or the speaker's side, "
      "resolved by institution.placeholder_place", "Губернатор Омской области встретился с послом Узбекистана. «В "
      "вашей стране работает представительство нашей области», — сказал губернатор.")
def your_country(ctx: Context, t: Token) -> str | None:
    tokens = ctx.ann.tokens
    if t.i > 1 and tokens[t.i - 1].lemma in L.our_your_words and tokens[t.i - 2].lower in L.in_prepositions:
        return f"?{tokens[t.i - 1].lemma}"
    return None


@rule("institution.unnamed_capital", "'в самом сердце приволжской столицы': a capital not named, the host side's",
      "Губернатор Татарстана встретился с послом Узбекистана. В самом центре столицы откроется генеральное "
      "консульство Узбекистана.", off=False)
def unnamed_capital(ctx: Context, t: Token, mentions) -> bool:
    tokens = ctx.ann.tokens
    # (a capital named by its country's or region's word is that city's mention: gazetteer.matcher.named_capitals)
    return t.lemma == "столица" and not t.is_cap() and not any(m.start <= t.i + 1 and t.i < m.stop for m in mentions) and \
        any(x.lower in L.in_prepositions for x in tokens[max(t.i - 4, 0): t.i])


def _location_groups(ctx: Context, sent: int, mentions) -> list[tuple[int, list[str]]]:
    """Where-lists of a sentence, each with its first token."""
    groups = places_after_in(ctx, sent, mentions)
    for t in ctx.tokens_of(sent):
        yours = your_country(ctx, t)
        if yours:
            groups.append((t.i, [yours]))
        elif not groups and unnamed_capital(ctx, t, mentions):
            groups.append((t.i, ["?столица"]))
        elif not groups and (named := territory_word_after_in(ctx, t)):
            groups.append((t.i, [named]))
    return sorted(groups)


@rule("institution.territory_word_after_in", "'обсудили открытие в городе торгового представительства', 'в республике "
      "работает торговый дом': a word for a territory after 'в' is the one of that kind the text has named",
      "Генеральный консул Казахстана встретился с главой Екатеринбурга. Стороны обсудили подготовку к открытию в "
      "городе торгового представительства Казахстана.", off=None)
def territory_word_after_in(ctx: Context, t: Token) -> str | None:
    tokens = ctx.ann.tokens
    if t.i == 0 or tokens[t.i - 1].lower not in L.in_prepositions or t.lemma == "столица":
        return None
    # not in a relative clause about something else: "поможет жителям, которые часто бывают в регионе"
    if any(x.rel == "acl:relcl" for x in path_to_root(ctx.ann, t)):
        return None
    return sides.generic(ctx, t)


def _same_clause(missions: list[Mission], k: int, at: int, clause_at: dict[int, int]) -> bool:
    return clause_at.get(missions[k].tok.i) == clause_at.get(at)


def _nearest_mission(missions: list[Mission], at: int, clause_at: dict[int, int]) -> int | None:
    near = [k for k in range(len(missions)) if _same_clause(missions, k, at, clause_at)]
    if not near:
        return None
    n = min(near, key=lambda k: abs(missions[k].tok.i - at))
    return n if abs(missions[n].tok.i - at) <= NEAR else None


@rule("institution.lists_nearest", "a where-list belongs to the nearest mission of its clause, twelve words at most "
      "('Посольство Беларуси: в Новосибирске откроется отделение' — not the embassy's)",
      "В Казани и в Уфе откроются генеральные консульства Беларуси.", off=[])
def lists_nearest(missions: list[Mission], n: int, groups: list[tuple[int, list[str]]],
                  clause_at: dict[int, int]) -> list[tuple[int, list[str]]]:
    return [g for g in groups if _nearest_mission(missions, g[0], clause_at) == n]


@rule("institution.list_after_name", "'консульства (Беларуси) в Казани': a list right after the mission's name is "
      "where it sits, before the others nearest it (not 'В Беларуси решено открыть консульства в Казани и Уфе')",
      "В Минске решено открыть генеральное консульство в Перми.", off=[])
def list_after_name(m: Mission, found: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    reach = m.tok.i + (4 if m.kind == "embassy_office" else 3)
    return [g for g in found if m.tok.i < g[0] <= reach and not all("-" not in p for p in g[1])]


@rule("institution.shares_nearest_list", "a mission with no where-list of its own shares the nearest one of its "
      "clause: 'в Казани работают генконсульство и торговый дом'", "В Ташкенте работают посольство Беларуси и "
      "торговый дом Гродненской области.", off=[])
def shares_nearest_list(missions: list[Mission], n: int, groups: list[tuple[int, list[str]]],
                        clause_at: dict[int, int]) -> list[str]:
    m = missions[n]
    near = [g for g in groups if abs(g[0] - m.tok.i) <= NEAR and _same_clause(missions, n, g[0], clause_at)]
    return list(min(near, key=lambda g: abs(g[0] - m.tok.i))[1]) if near else []


@rule("institution.list_of_other_name", "'в посольстве РФ в Астане генеральные консульства есть в Алма-Ате': a list "
      "right after another mission's name is that mission's, however near this one", "Помимо посольства Беларуси в "
      "Москве генеральные консульства Беларуси работают в Казани и Уфе.", off=[])
def list_of_other_name(missions: list[Mission], n: int, found: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    return [g for k, m in enumerate(missions) if k != n for g in list_after_name(m, found)
            if g not in list_after_name(missions[n], found)]


def _where(missions: list[Mission], n: int, groups: list[tuple[int, list[str]]], clause_at: dict[int, int]) -> list[str]:
    """Where mission ``n`` sits: the lists nearest it (those right after its name first), not those
    right after another mission's name, else the nearest list it shares."""
    out: list[str] = []
    found = lists_nearest(missions, n, groups, clause_at)
    others = list_of_other_name(missions, n, groups)
    found = [g for g in found if g not in others]
    for _, places in list_after_name(missions[n], found) or found:
        out += places
    return out or shares_nearest_list(missions, n, groups, clause_at) or where_of_clause_before(missions, n, groups,
                                                                                                 clause_at)


@rule("institution.place_of_missions_before", "'В Ташкенте работают торговые дома Самарской, Пензенской и Ульяновской "
      "областей. В ближайшее время к ним присоединится торговый дом Оренбургской области': a mission with no place of "
      "its own, told right after missions of its kind in one place, sits there", "В Ташкенте работают торговые дома "
      "Самарской и Пензенской областей. В ближайшее время к ним присоединится торговый дом Оренбургской области.",
      off=[])
def place_of_missions_before(ctx: Context, m: Mission, sent: int, facts: list[InstitutionFact]) -> list[str]:
    tokens = ctx.tokens_of(sent)
    pointer = any(t.lower in L.there_words or k and tokens[k - 1].lower == "к" and t.lower in L.person_pronouns
                  for k, t in enumerate(tokens))
    if sent == 0 or not pointer:
        return []  # (only told as there: "Вскоре там откроется …", "к ним присоединится …")
    start = ctx.sentences[sent - 1].start
    before = {f.in_ for f in facts if f.kind == m.kind and f.evidence is not None and f.evidence.start >= start}
    return list(before) if len(before) == 1 else []


@rule("institution.where_of_clause_before", "'В Ташкенте работает торговый дом Самарской области, а вскоре откроется "
      "торговый дом Оренбургской области': a mission of a clause with no where-list of its own sits where the "
      "sentence opened, with the clause before", "В Ташкенте работает торговый дом Самарской области, а вскоре "
      "откроется торговый дом Оренбургской области.", off=[])
def where_of_clause_before(missions: list[Mission], n: int, groups: list[tuple[int, list[str]]],
                           clause_at: dict[int, int]) -> list[str]:
    here = clause_at.get(missions[n].tok.i)
    if not here:
        return []
    before = [k for k in range(n) if clause_at.get(missions[k].tok.i) == here - 1]
    # the list that opens the clause before, ahead of its mission ("В Ташкенте работает …")
    frame = [g for g in groups if clause_at.get(g[0]) == here - 1 and before and g[0] < missions[before[0]].tok.i]
    return list(frame[0][1]) if frame else []


@rule("institution.placeholder_place", "'?ваш' is the sender's other side, '?наш' the other side when the sender's "
      "is known, '?столица' the other side's capital", "Губернатор Омской области встретился с послом Узбекистана. "
      "«В вашей стране работает представительство нашего региона», — сказал он.")
def placeholder_place(ctx: Context, place: str, of: str) -> str | None:
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
    return None


@rule("institution.at_home", "'представительство Татарстана в Москве': a mission in its sender's own country is "
      "not on the other side's territory, unless the sides are two regions of that country",
      "В Казани посол Узбекистана посетил торговый дом Татарстана.", off=False)
def at_home(ctx: Context, place: str, of: str) -> bool:
    return place == of or country_of(place) == country_of(of) and not sides.crosses(ctx, place, of)


# ---- status ---------------------------------------------------------------------------------------


def _head(ctx: Context, m: Mission) -> Token | None:
    return ctx.ann.tokens[m.tok.head] if m.tok.head >= 0 else None


@rule("institution.existing_qualifier", "'действующее консульство', 'вместо действующих отделений посольства': "
      "the mission exists", "Вместо действующего отделения посольства в Новосибирске откроется генеральное "
      "консульство Беларуси.", off=False)
def existing_qualifier(ctx: Context, m: Mission) -> bool:
    before = {t.lemma for t in ctx.ann.tokens[max(m.start - 2, 0): m.start]}
    return bool(before & {"действующий", "вместо"})


@rule("institution.new_premises", "'открылся новый офис генконсульства', 'новое здание посольства': new premises of a "
      "mission that already works — it exists (FACTS 1.2), it did not open", "В Ташкенте открылось новое здание "
      "представительства Татарстана.", off=False)
def new_premises(ctx: Context, m: Mission) -> bool:
    before = [t for t in ctx.ann.tokens[max(m.start - 4, 0): m.start] if t.sent == m.tok.sent]
    premises = [k for k, t in enumerate(before) if t.lemma in L.mission_premises_nouns]
    return bool(premises) and any(t.lemma == "новый" for t in before[:premises[-1]]) or moved_in(ctx, m)


@rule("institution.moved_in", "'Генеральное консульство …, открытое в 2019 году, переехало в новое здание': a mission "
      "that moves into new premises works — it exists, dated by when it opened", "Генеральное консульство Кыргызской "
      "Республики в Новосибирске, открытое в 2019 году, переехало в новое здание.", off=False)
def moved_in(ctx: Context, m: Mission) -> bool:
    if not m.tok.rel.startswith("nsubj") or m.tok.head < 0:
        return False
    verb = m.tok.head
    tokens = ctx.tokens_of(m.tok.sent)
    return any(t.lemma in L.mission_premises_nouns and t.head == verb
               and any(a.lemma == "новый" and a.head == t.i for a in tokens) for t in tokens)


@rule("institution.work_started", "'дал старт работе консульства', 'начинает работу генконсульство', 'приступило к "
      "работе': the mission starts work — opened, or planned under a future or an intention",
      "С сегодняшнего дня в Казани начинает работу генеральное консульство Узбекистана.")
def work_started(ctx: Context, m: Mission) -> str | None:
    clause = clause_of(ctx.tokens_of(m.tok.sent), m.tok)
    near = [t for t in clause if abs(t.i - m.tok.i) <= 8]
    for k, t in enumerate(near):
        if t.lemma in L.start_words and any(x.lemma in L.mission_work_words for x in near[k + 1: k + 4]):
            verb = t if t.pos == "VERB" else governing_verb(ctx.ann, t)
            future = verb is not None and (is_future(ctx.ann, verb) or verb.feats.get("VerbForm") == "Inf")
            return "planned" if future or unrealised(ctx.ann, t) else "opened"
    return None


@rule("institution.staff_means_exists", "'сотрудники генконсульства', 'здание посольства', 'глава "
      "представительства': the mission as it is", "Здание генерального консульства Узбекистана в Казани "
      "отремонтируют к осени.", off=False)
def staff_means_exists(ctx: Context, m: Mission) -> bool:
    head = _head(ctx, m)
    return head is not None and head.lemma in L.mission_staff_words


@rule("institution.closed_already", "'консульство закрыто в 2023 году', 'Литва закрыла генконсульство', 'консульство "
      "прекратило работу': a mission closed no longer works, no fact", "Генеральное консульство Польши в Калининграде "
      "закрыто в 2023 году.", off=False)
def closed_already(ctx: Context, m: Mission) -> bool:
    head = _head(ctx, m)
    return head is not None and head.lemma in L.mission_closed_verbs and head.feats.get("Tense") == "Past" \
        and m.tok.rel in ("nsubj", "nsubj:pass", "obj")


@rule("institution.closed_later_exists", "'закроют отделения посольства', 'преобразовать отделение' (not "
      "'преобразовать в консульство'): it exists until then", "Минск решил преобразовать отделение посольства в "
      "Екатеринбурге в генеральное консульство.", off=False)
def closed_later_exists(ctx: Context, m: Mission) -> bool:
    tokens = ctx.ann.tokens
    head = _head(ctx, m)
    into = any(t.lower in L.in_prepositions for t in tokens[max(m.start - 1, 0): m.start + 1])
    return head is not None and head.lemma in L.mission_close_words and not into


@rule("institution.only_considered", "'изучить возможность открытия', 'заинтересована в открытии', 'предложил "
      "открыть': a mission under an intention that is only studied or proposed is no plan",
      "Власти Омской области предложили открыть в Омске генеральное консульство Казахстана.", off=False)
def only_considered(ctx: Context, m: Mission) -> bool:
    return any(t.lemma in L.not_decided_words for t in path_to_root(ctx.ann, m.tok)[:3])


@rule("institution.opening_prepared", "'обсудили подготовку к открытию торгового представительства', 'представительства, "
      "которое планируется запустить в первом квартале': an opening being prepared, or planned in the mission's own "
      "clause, is decided — planned, whatever else is discussed", "Стороны обсудили подготовку к открытию в Екатеринбурге "
      "торгового представительства Казахстана.", off=False)
def opening_prepared(ctx: Context, m: Mission) -> bool:
    if _opening_under(ctx, m, L.preparing_words):  # "подготовка к открытию представительства", nothing between
        return True
    return any(x.head == m.tok.i and x.rel == "acl:relcl" and (x.lemma in L.plan_verbs or x.lemma.removesuffix("ся")
                                                                in L.plan_verbs) for x in ctx.tokens_of(m.tok.sent))


@rule("institution.document_to_open", "'подписали меморандум о создании Торгового дома Башкортостана в Бишкеке', "
      "'соглашение об открытии представительства': a mission a document provides to open is planned",
      "Стороны подписали меморандум о создании Торгового дома Башкортостана в Бишкеке.", off=False)
def document_to_open(ctx: Context, m: Mission) -> bool:
    return _opening_under(ctx, m, L.document_kinds)


def _opening_under(ctx: Context, m: Mission, words) -> bool:
    """The mission's opening noun right above it, and a word of ``words`` right above that ("подготовка к открытию
    представительства", "меморандум о создании торгового дома")."""
    path = list(path_to_root(ctx.ann, m.tok))[:2]
    return len(path) == 2 and path[0].lemma in L.mission_open_words and path[0].pos == "NOUN" \
        and path[1].lemma in words


@rule("institution.opened_before_it", "'третьим торговым домом …, открытым в белорусской столице в этом году, после "
      "торговых домов Пензенской и Тульской областей': the missions a newly opened one came after opened in that time "
      "too", "В Минске начал работу Торговый дом Ульяновской области. Он стал третьим торговым домом российских "
      "регионов, открытым в белорусской столице в этом году, после торговых домов Пензенской и Тульской областей.",
      off=False)
def opened_before_it(ctx: Context, m: Mission) -> bool:
    tokens = ctx.ann.tokens
    after = next((t for t in tokens[max(m.tok.i - 3, 0):m.tok.i] if t.sent == m.tok.sent and t.lower == "после"), None)
    if after is None:
        return False
    return any(t.lemma in L.mission_open_words and t.feats.get("VerbForm") == "Part" and t.feats.get("Tense") == "Past"
               or t.lemma in L.opened_participles for t in ctx.tokens_of(m.tok.sent) if t.i < after.i) \
        and any(d.start < after.start for d in ctx.in_sentence(ctx.dates, m.tok.sent))


@rule("institution.opening_took_place", "'состоялась церемония открытия генконсульства', 'прошло открытие "
      "представительства', 'принял участие в открытии консульства': opened", "В Уфе прошло торжественное открытие генерального консульства Узбекистана.",
      off=False)
def opening_took_place(ctx: Context, m: Mission) -> bool:
    head = _head(ctx, m)
    if head is None or head.lemma != "открытие":
        return False
    path = list(path_to_root(ctx.ann, head))
    verb = next((t for t in path if t.pos == "VERB"), None)
    if verb is None or verb.feats.get("Tense") != "Past" or unrealised(ctx.ann, head):
        return False
    # "состоялась церемония открытия"; "принял участие в открытии", "присутствовал на открытии": it took place
    return verb.lemma in L.took_place_verbs or any(t.lemma in L.participation_words for t in path[:3])


@rule("institution.opened_short_form", "'открыт', 'открыто' near the noun, not 'было открыто' nor under an "
      "intention: opened (the tagger reads the short participle as an adverb)", "В Бишкеке открыто представительство "
      "Башкортостана.", off=False)
def opened_short_form(ctx: Context, t: Token, lemmas: set[str]) -> bool:
    return t.lower in L.opened_short_forms and not lemmas & {"быть"} and not unrealised(ctx.ann, t)


@rule("institution.deadline", "'до 1 апреля 2026 года' in the sentence: a deadline, not the date it opened",
      "Представительство Башкортостана в Бишкеке открыто; его штат доукомплектуют до 1 марта 2026 года.", off=False)
def deadline(ctx: Context, sent: int) -> bool:
    tokens = ctx.tokens_of(sent)
    return any(t.lower == "до" and tokens[min(k + 1, len(tokens) - 1)].text[:1].isdigit() for k, t in enumerate(tokens))


@rule("institution.opening_verb", "an opening verb on the noun's path or near it: 'открылось', 'начало работать' "
      "opened; 'откроется', 'решено открыть', or with a deadline, planned", "В Самаре открылось представительство "
      "Ташкентской области.")
def opening_verb(ctx: Context, m: Mission, t: Token) -> str | None:
    if t.lemma not in L.mission_open_words or t.pos != "VERB":
        return None
    if is_future(ctx.ann, t) or t.feats.get("VerbForm") == "Inf" or deadline(ctx, m.tok.sent):
        return "planned"
    if t.feats.get("Tense") == "Past" or t.feats.get("Variant") == "Short" or t.lemma == "начать":
        return "opened"
    return None


@rule("institution.at_work_opened_before", "'в Фергане успешно работает Торговый дом Татарстана, открытый в 2022 году', "
      "'продолжает работу … представительство, открытое в 2021 году': a mission the text says is at work exists; the "
      "participle only dates its opening",
      "В Фергане успешно работает Торговый дом Татарстана, открытый в 2022 году.", off=False)
def at_work_opened_before(t: Token, clause: list[Token]) -> bool:
    # a full participle beside a finite verb of work (not "будут открыты … вместо действующих отделений")
    # ("продолжает работу": going on at work)
    return t.feats.get("VerbForm") == "Part" and t.feats.get("Variant") != "Short" and t.lemma in L.mission_open_words \
        and any((x.lemma in L.mission_working_verbs or x.lemma in L.goes_on_words) and x.feats.get("Tense") == "Pres"
                and x.feats.get("VerbForm") == "Fin" for x in clause)


@rule("institution.decided_to_open", "'распоряжение об учреждении представительства', 'решение об открытии': "
      "planned", "Подписано распоряжение об учреждении представительства Татарстана в Ташкенте.", off=False)
def decided_to_open(ctx: Context, m: Mission, lemmas: set[str]) -> bool:
    return bool(lemmas & L.decision_nouns) and bool(lemmas & L.mission_open_words)


@rule("institution.decision_to_come", "'Решение об открытии представительства будет принято в ближайшее время', 'пока "
      "не принято': a decision still to be taken is no plan yet", "Губернатор предложил открыть в Минске "
      "представительство области. Решение об открытии представительства будет принято в ближайшее время.", off=False)
def decision_to_come(ctx: Context, m: Mission) -> bool:
    tokens = ctx.ann.tokens
    for t in ctx.tokens_of(m.tok.sent):
        if t.lemma not in L.decision_nouns or abs(t.i - m.tok.i) > 8 or t.head < 0:
            continue
        taken = tokens[t.head]  # "решение … будет принято", "решение … не принято" (not "уже принято")
        if taken.lemma in L.sign_verbs and (is_future(ctx.ann, taken) or negated(ctx.ann, taken) or negated(ctx.ann, t)):
            return True
    return False


@rule("institution.decision_told_beside", "'обсудили открытие почетного консульства Казахстана — соответствующее решение "
      "уже принято': a decision the sentence says was taken makes the discussed mission planned",
      "Стороны обсудили открытие в Самаре почетного консульства Казахстана — соответствующее решение уже принято.",
      off=False)
def decision_told_beside(ctx: Context, m: Mission) -> bool:
    after = [t for t in ctx.tokens_of(m.tok.sent) if t.i > m.tok.i]
    decision = next((t for t in after if t.lemma in L.decision_nouns), None)
    return decision is not None and any(t.lemma in L.sign_verbs and t.i > decision.i for t in after)


def _status(ctx: Context, m: Mission) -> str | None:
    status = _told_status(ctx, m)
    return "exists" if status == "opened" and opened_before_the_news(ctx, m) else status


@rule("institution.opened_before_the_news", "'Ранее торговые дома региона начали работу в Казахстане', 'Напомним, в "
      "Минске открыто представительство': an opening told from before the news with no time stated is no opening at a "
      "stated time — the mission works", "Ранее торговый дом Самарской области начал работу в Ташкенте.", off=False)
def opened_before_the_news(ctx: Context, m: Mission) -> bool:
    return ctx.told_as_before(m.tok.sent) and not any(not page_timestamp(ctx, d)
                                                     for d in ctx.in_sentence(ctx.dates, m.tok.sent))


def _told_status(ctx: Context, m: Mission) -> str | None:
    if decision_to_come(ctx, m):
        return None
    if opened_before_it(ctx, m):
        return "opened"
    if existing_qualifier(ctx, m) or new_premises(ctx, m):
        return "exists"
    started = work_started(ctx, m)
    if started:
        return started
    if closed_already(ctx, m) or hypothetical(ctx.ann, m.tok):
        return None  # closed, or only imagined ("если бы появилось консульство")
    if staff_means_exists(ctx, m) or closed_later_exists(ctx, m):
        return "exists"
    considered = only_considered(ctx, m) and not decision_told_beside(ctx, m) and not opening_prepared(ctx, m)
    if unrealised(ctx.ann, m.tok):
        return None if considered else "planned"
    if considered and any(t.lemma in L.mission_open_words for t in path_to_root(ctx.ann, m.tok)[:2]):
        return None  # "выразило готовность открыть торговый дом": an opening under a word of no decision
    if opening_took_place(ctx, m):
        return "opened"
    if document_to_open(ctx, m):
        return "planned"
    clause = clause_of(ctx.tokens_of(m.tok.sent), m.tok)
    near = [t for t in clause if abs(t.i - m.tok.i) <= 8]
    lemmas = {t.lemma for t in near}
    path = [t for t in [m.tok, *path_to_root(ctx.ann, m.tok)][:4] if clause[0].i <= t.i <= clause[-1].i]
    for t in path + near:
        if opened_short_form(ctx, t, lemmas):
            return "opened"
        if at_work_opened_before(t, clause):
            return "exists"
        status = opening_verb(ctx, m, t)
        if status:
            return status
    if decided_to_open(ctx, m, lemmas):
        return "planned"
    return "exists"


# ---- who sends it ---------------------------------------------------------------------------------


@rule("institution.senders_listed", "'торговые дома Самарской, Пензенской и Ульяновской областей', 'консульства "
      "Беларуси и Казахстана': a plural mission noun with a list of senders is one mission per sender",
      "В Ташкенте действуют торговые дома Самарской, Пензенской и Ульяновской областей.", off=[])
def senders_listed(ctx: Context, m: Mission, mentions) -> list[str]:
    if m.tok.feats.get("Number") != "Plur" or sender_after_name(ctx, m, mentions) is None:
        return []
    tokens = ctx.ann.tokens
    first = next(p for p in mentions if p.start in (_after_name(m), _after_name(m) + 1))
    out, last = [first.id], first
    for p in mentions:
        if p.start > last.stop and p.start - last.stop == 1 and tokens[last.stop].text in (",", "и"):
            out.append(p.id)
            last = p
    return list(dict.fromkeys(out)) if len(out) >= 2 else []


@rule("institution.sender_adjective", "a place adjective before the noun: 'белорусское генконсульство'",
      "Делегация Башкортостана побывала в Ташкенте, где работает татарстанское представительство.")
def sender_adjective(ctx: Context, m: Mission, mentions) -> str | None:
    return next((p.id for p in mentions if m.start <= p.start < m.tok.i and p.form == "adj"), None)


@rule("institution.sender_after_name", "a place right after the noun, not after 'в'/'на': 'консульство Республики "
      "Беларусь', 'отделение посольства Беларуси'", "В Казани работает генеральное консульство Республики Казахстан.")
def sender_after_name(ctx: Context, m: Mission, mentions) -> str | None:
    tokens = ctx.ann.tokens
    j = _after_name(m)
    return next((p.id for p in mentions
                 if p.start in (j, j + 1) and tokens[p.start - 1].lower not in L.where_prepositions), None)


def _after_name(m: Mission) -> int:
    return m.tok.i + (2 if m.kind == "embassy_office" else 1)  # "отделение посольства Беларуси"


@rule("institution.senders_counted", "'представительства 12 российских регионов', 'торговые дома белорусских областей': "
      "missions of a set of territories, counted or not named, are no fact", "Сейчас в Беларуси работают "
      "представительства 12 российских регионов.", off=False)
def senders_counted(ctx: Context, m: Mission, mentions) -> bool:
    tokens = ctx.ann.tokens
    j = _after_name(m)
    counted = j < len(tokens) and tokens[j].sent == m.tok.sent and tokens[j].pos == "NUM"
    return any(p.start in (j, j + 1) and p.form == "adj" and sides.set_of_places(ctx, p) for p in mentions) \
        or counted and any(p.start == j + 1 and p.form == "adj" for p in mentions)


@rule("institution.companies_mission", "'представительство нижегородских предприятий', 'торговый дом белорусских "
      "производителей': a mission of companies, however their region is named, is not the territory's",
      "В Ташкенте откроется представительство нижегородских предприятий.", off=False)
def companies_mission(ctx: Context, m: Mission) -> bool:
    j = _after_name(m)
    return any(t.sent == m.tok.sent and t.lemma in L.company_owner_nouns and t.case == "Gen"
               for t in ctx.ann.tokens[j: j + 3])


@rule("institution.embassy_in_capital", "'отделению посольства Беларуси в Казани, сообщили в пресс-службе посольства': an "
      "embassy sits in the capital — one placed in another city by the list before it is the country's",
      "Функции переданы отделению посольства Беларуси в Казани, сообщили в пресс-службе посольства.", off=UNCHANGED)
def embassy_in_capital(place: str, ctx: Context, m: Mission) -> str:
    country = country_of(place)
    if m.kind != "embassy" or "-" not in place or not country or capital_of(country) in (place, None) \
            or related(capital_of(country), place):
        return place
    return country


@rule("institution.sender_generic", "a generic word for a side after the noun: 'представительство нашего "
      "региона', 'представительство республики'", "Глава Татарстана рассказал, что в Ташкенте работает "
      "представительство республики.")
def sender_generic(ctx: Context, m: Mission) -> str | None:
    j = _after_name(m)
    for t in ctx.ann.tokens[j: j + 2]:
        if t.sent == m.tok.sent and t.case == "Gen":
            g = sides.generic(ctx, t)
            if g:
                return g
    return None


@rule("institution.sender_across", "no sender named: the side the mission's place is not on; a diplomatic mission "
      "of its country ('В Беларуси решено открыть генеральные консульства в Казани и Уфе')",
      "Минск принял решение открыть генеральное консульство в Перми.")
def sender_across(ctx: Context, m: Mission, where: list[str]) -> str | None:
    known = [w for w in where if not w.startswith("?")]
    if not known:
        return None
    other = ctx.other_camp(known[0])
    if other is None:
        return None
    if m.kind in DIPLOMATIC_KINDS:
        country = [p for p in other.weights if "-" not in p]
        return country[0] if country else country_of(other.best)
    return other.best


@rule("institution.sender_of_mission_before", "a mission whose sender no rule above finds (none named, its place "
      "on neither side): the sender of the mission before", "Представительство Татарстана работает в Ташкенте, а "
      "торговый дом — в Бишкеке.")
def sender_of_mission_before(ctx: Context, m: Mission, facts: list[InstitutionFact]) -> str | None:
    return facts[-1].of if facts else None


def _sender(ctx: Context, m: Mission, mentions, where: list[str], facts: list[InstitutionFact]) -> str | None:
    return sender_adjective(ctx, m, mentions) or sender_after_name(ctx, m, mentions) or sender_generic(ctx, m) \
        or opener_as_subject(ctx, m, mentions) or sender_across(ctx, m, where) or sender_of_mission_before(ctx, m, facts)


@rule("institution.opener_as_subject", "'аналогичное представительство в Минске открыла Вологодская область', 'Торговый "
      "дом в Ташкенте открыл Татарстан': the side that is the subject of the verb opening the mission sends it",
      "Напомним, в 2024 году представительство в Минске открыла Вологодская область.", off=None)
def opener_as_subject(ctx: Context, m: Mission, mentions) -> str | None:
    tokens = ctx.ann.tokens
    verb = tokens[m.tok.head] if m.tok.head >= 0 and m.tok.rel in ("obj", "nsubj") else None
    if verb is None or verb.lemma not in L.mission_open_words or verb.pos != "VERB" or verb.lemma.endswith("ся"):
        return None
    # the parser takes the one for the other when the object comes first ("Торговый дом … открыл Татарстан"): a
    # mission opens nothing
    other = "nsubj" if m.tok.rel == "obj" else "obj"
    subjects = {x.i for x in ctx.tokens_of(m.tok.sent) if x.head == verb.i and x.rel == other}
    return next((p.id for p in mentions if p.id and any(p.start <= i < p.stop for i in subjects)), None)


# ---- when it opened -------------------------------------------------------------------------------


@rule("institution.opening_date", "a date of the sentence that says it opened, unless the sentence sets a "
      "deadline; not a date of another clause that names a mission of its own ('Ранее … открыл торговый дом в "
      "Андижане, а в Уфе с 2023 года работает почётное консульство')",
      "В 2019 году в Казани открылось генеральное консульство Узбекистана.")
def opening_date(ctx: Context, m: Mission, missions: list[Mission]) -> str | None:
    dates = ctx.in_sentence(ctx.dates, m.tok.sent)
    if not dates or deadline(ctx, m.tok.sent):
        return None
    for d in sorted(dates, key=lambda d: not _in_own_clause(ctx, m, d)):  # "…с 2019 года, а в прошлом году в Оше открылось"
        if page_timestamp(ctx, d):
            continue
        if not _in_own_clause(ctx, m, d) and any(o is not m and _in_own_clause(ctx, o, d) for o in missions):
            continue
        value = resolve(d.value, ctx.document.published)
        if value:
            return value
    return None


def _in_own_clause(ctx: Context, m: Mission, d) -> bool:
    """The date is in the clause that names the mission (by the words, not the parse, which often hangs a second
    clause's date on the first clause's verb)."""
    own = {t.i for t in clause_of(ctx.tokens_of(m.tok.sent), m.tok)}
    return any(t.i in own for t in _date_tokens(ctx, m.tok.sent, d))


def _date_tokens(ctx: Context, sent: int, d) -> list[Token]:
    """The words of a date match of sentence ``sent``."""
    return [t for t in ctx.tokens_of(sent) if d.start <= t.start and t.stop <= d.stop]


@rule("institution.opened_participle", "'торгового дома Башкортостана в Андижане, открытого в марте 2023 года': a mission "
      "at work that a participle of opening dates opened then", "Стороны рассмотрели итоги работы торгового дома "
      "Башкортостана в Андижане, открытого в марте 2023 года.", off=None)
def opened_participle(ctx: Context, m: Mission) -> str | None:
    tokens = ctx.tokens_of(m.tok.sent)
    after = [t for t in tokens if m.tok.i < t.i <= m.tok.i + 8]
    part = next((t for t in after if t.lemma in L.opening_verbs and t.feats.get("VerbForm") == "Part"
                 or t.lemma in L.opened_participles), None)
    if part is None:
        return None
    for d in ctx.in_sentence(ctx.dates, m.tok.sent):
        inside = _date_tokens(ctx, m.tok.sent, d)
        if inside and part.i < inside[0].i <= part.i + 4 and not page_timestamp(ctx, d):
            return resolve(d.value, ctx.document.published)
    return None


@rule("institution.working_for_years", "'торговый дом уже пять лет работает в Костанае', 'представительство действует "
      "10 лет', 'консульству в этом году исполняется 15 лет': a mission at work for so many years opened that many years "
      "before the publication",
      "Губернатор напомнил, что торговый дом Челябинской области уже пять лет работает в Костанае.", off=None)
def working_for_years(ctx: Context, m: Mission) -> str | None:
    published = ctx.document.published
    if published is None:
        return None
    clause = clause_of(ctx.tokens_of(m.tok.sent), m.tok)
    if not any(t.lemma in L.mission_working_verbs or t.lemma in L.years_turned_verbs for t in clause):
        return None
    for k, t in enumerate(clause[1:], start=1):
        if t.lemma not in L.year_nouns:
            continue
        before = clause[k - 1]
        n = int(before.text) if before.text.isdigit() else L.number_words.get(before.lower)
        if n and 0 < float(n) < 100 and float(n).is_integer():  # (a year written out, "с 2019 года", is no count)
            return str(published.year - int(float(n)))
    return None


@rule("institution.anniversary_marked", "'Представительство Татарстана в Узбекистане отметило пятилетие', "
      "'консульство отметило пятую годовщину со дня открытия': a mission marking so many years opened that many years "
      "before the publication", "Представительство Республики Татарстан в Республике Узбекистан отметило пятилетие.",
      off=None)
def anniversary_marked(ctx: Context, m: Mission) -> str | None:
    published = ctx.document.published
    if published is None:
        return None
    clause = clause_of(ctx.tokens_of(m.tok.sent), m.tok)
    years = next((L.anniversary_nouns[t.lemma] for t in clause if t.lemma in L.anniversary_nouns), None)
    if years is None:  # "пятую годовщину": the ordinal before the noun counts the years
        years = next((ordinal_word_value(clause[k - 1].text) for k, t in enumerate(clause)
                      if k and t.lemma in L.ordinal_anniversary_nouns), None)
    return str(published.year - int(years)) if years else None


@rule("institution.working_since", "'в Минске с 2010 года работает постоянное представительство Татарстана', "
      "'консульство действует с марта 2019 года': a mission at work since a date opened then",
      "В Минске с 2010 года работает постоянное представительство Татарстана.", off=None)
def working_since(ctx: Context, m: Mission) -> str | None:
    tokens = ctx.ann.tokens
    if m.tok.head >= 0 and m.tok.rel.startswith("nsubj") and tokens[m.tok.head].lemma in L.mission_working_verbs:
        verb = tokens[m.tok.head]
    else:
        verb = working_in_relative_clause(ctx, m)
    if verb is None:
        return None
    for d in ctx.in_sentence(ctx.dates, m.tok.sent):
        inside = _date_tokens(ctx, m.tok.sent, d)
        if not inside or inside[0].i == 0 or tokens[inside[0].i - 1].lower != "с":
            continue
        # (by the words too: the parse may hang "с 2019 года" on the verb of the next clause)
        if (any(t.head == verb.i for t in inside) or _in_own_clause(ctx, m, d)) and not page_timestamp(ctx, d):
            return resolve(d.value, ctx.document.published)
    return None


@rule("institution.working_in_relative_clause", "'работу Торгового дома Башкортостана в Алматы, который действует с "
      "2023 года': a 'который' agreeing with the mission, with a verb of working, tells how long it has worked",
      "Стороны обсудили работу Торгового дома Башкортостана в Алматы, который действует с 2023 года.", off=None)
def working_in_relative_clause(ctx: Context, m: Mission) -> Token | None:
    tokens = ctx.ann.tokens
    gender = m.tok.feats.get("Gender")
    for k in range(m.stop, min(m.stop + 6, len(tokens) - 2)):
        t = tokens[k]
        if t.sent != m.tok.sent:
            return None
        if t.lemma == "который" and tokens[k - 1].text == "," and t.feats.get("Gender") == gender:
            verb = tokens[k + 1]
            return verb if verb.lemma in L.mission_working_verbs else None
    return None


@rule("institution.ceremony_after", "'В Ставрополе открылось почётное консульство Армении. Церемония состоялась 5 "
      "ноября': a mission opened with no date of its own takes the date of the ceremony told right after",
      "В Ставрополе открылось почетное консульство Армении. Церемония состоялась 5 ноября.", off=None)
def ceremony_after(ctx: Context, m: Mission) -> str | None:
    if ctx.in_sentence(ctx.dates, m.tok.sent) or m.tok.sent + 1 >= len(ctx.sentences):
        return None
    sent = m.tok.sent + 1
    tokens = ctx.tokens_of(sent)
    told = any(t.lemma in L.ceremony_nouns and t.rel.startswith("nsubj") and ctx.ann.tokens[t.head].lemma
               in L.took_place_verbs for t in tokens)
    dates = [resolve(d.value, ctx.document.published) for d in ctx.in_sentence(ctx.dates, sent)]
    return next((d for d in dates if d), None) if told else None


CLOCK_BEFORE = re.compile(r"\d{1,2}:\d{2}[\s,]*$")
CLOCK_AFTER = re.compile(r"^[\s,]*\d{1,2}:\d{2}")


@rule("institution.page_timestamp", "'23:44 10.06.2008', '10 июня 2008, 16:43': a date beside a clock time is when "
      "the page was posted, not when the mission opened", "Открыто генеральное консульство Узбекистана в Казани "
      "(14:05, 12.03.2019).", off=False)
def page_timestamp(ctx: Context, d) -> bool:
    text = ctx.document.text
    return bool(CLOCK_BEFORE.search(text[max(d.start - 8, 0): d.start]) or CLOCK_AFTER.match(text[d.stop: d.stop + 8]))


@rule("institution.news_of_the_day", "'сегодня', 'с сегодняшнего дня начинает свою миссию': news of the day, "
      "opened on the publication date", "Генеральное консульство Узбекистана в Казани открылось. Церемония "
      "прошла сегодня в присутствии министров.")
def news_of_the_day(ctx: Context, m: Mission) -> str | None:
    today = any(t.lemma in ("сегодня", "сегодняшний") for t in ctx.ann.tokens)
    return ctx.document.published.isoformat() if today and ctx.document.published else None


@rule("institution.mission_named_again", "a bare 'представительство' of a country where the text has named its "
      "consulate or embassy ('двери первого официального представительства в городе') is that mission named again "
      "(not 'торговое представительство')", "В Самаре открылось почётное консульство Киргизии. Консул пообещал, что "
      "двери представительства в Самаре будут открыты для всех.")
def mission_named_again(ctx: Context, m: Mission, of: str, place: str,
                        facts: list[InstitutionFact]) -> InstitutionFact | None:
    if m.kind != "representation" or "-" in of:
        return None
    if any(t.lemma in L.representation_qualifiers for t in ctx.ann.tokens[m.start: m.tok.i]):
        return None
    return next((o for o in facts if o.kind in DIPLOMATIC_KINDS and o.of == of and related(o.in_, place)), None)


@rule("institution.its_former_status", "'В Иркутске открылось Генеральное консульство Монголии. … Ранее консульское "
      "учреждение Монголии в Иркутске работало в статусе консульства': a mission told as before the news, of the "
      "sender and place of one the text reports opened, is that one's past, not another mission",
      "В Иркутске открылось Генеральное консульство Монголии. Ранее консульское учреждение Монголии в Иркутске "
      "работало в статусе консульства.", off=None)
def its_former_status(ctx: Context, sent: int, kind: str, of: str, place: str,
                      facts: list[InstitutionFact]) -> InstitutionFact | None:
    if not ctx.told_as_before(sent) or kept_beside_new(ctx, sent):
        return None
    # of its kind: "Ранее Башкортостан открыл торговый дом в Андижане" after its representation opened in
    # Uzbekistan is another mission
    return next((o for o in facts if o.kind == kind and o.of == of and related(o.in_, place) and o.status == "opened"),
                None)


@rule("institution.kept_beside_new", "'Ранее функции представительства выполнял отдел Генерального консульства …, которое "
      "продолжит работу': a mission told before the news that goes on is a mission of its own beside the new one",
      "Сегодня в Казани начало работу отделение посольства Беларуси. Ранее его функции выполнял отдел Генерального "
      "консульства Беларуси в Казани, которое продолжит работу.", off=False)
def kept_beside_new(ctx: Context, sent: int) -> bool:
    return any(t.lemma in L.goes_on_words for t in ctx.tokens_of(sent))


# ---- the stage ------------------------------------------------------------------------------------


def extract(ctx: Context) -> list[InstitutionFact]:
    facts: list[InstitutionFact] = []
    considered: list[tuple[int, str, str, list[str]]] = []  # (sentence, kind, sender, where) of missions discussed
    for s in ctx.sentences:
        mentions = [p for p in ctx.places_in(s.index, sides_only=False) if p.id and not p.id.startswith("?")]
        missions, passed = _missions(ctx, s.index)
        for t, why in passed:
            with candidate("institution", t) as c:
                c.drop(why)
        if not missions:
            continue
        clause_at = {t.i: k for k, c in enumerate(split_clauses(ctx.tokens_of(s.index))) for t in c}
        groups = _location_groups(ctx, s.index, mentions)
        for n, m in enumerate(missions):
            with candidate("institution", m.tok) as c:
                where = _where(missions, n, groups, clause_at) or place_of_missions_before(ctx, m, s.index, facts)
                status = _status(ctx, m)
                if status is None:
                    of = _sender(ctx, m, mentions, where, facts)
                    if of is not None and where:
                        considered.append((s.index, m.kind, of, where))
                    c.drop("открытие лишь обсуждается или предлагается")
                    continue
                if senders_counted(ctx, m, mentions):
                    c.drop("счёт представительств множества регионов, а не одно")
                    continue
                if companies_mission(ctx, m):
                    c.drop("представительство предприятий, а не территории")
                    continue
                senders = senders_listed(ctx, m, mentions) or [_sender(ctx, m, mentions, where, facts)]
                if senders[0] is None:
                    decided = decided_after_discussion(m, s.index, considered)
                    if decided is not None:
                        senders, where = [decided[0]], decided[1]
                if senders[0] is None:
                    c.drop("не названо, чьё это представительство")
                    continue
                date = opening_date(ctx, m, missions) or news_of_the_day(ctx, m) or ceremony_after(ctx, m) \
                    if status == "opened" else working_since(ctx, m) or working_for_years(ctx, m) or anniversary_marked(ctx, m) \
                    or opened_participle(ctx, m) if status == "exists" else None
                for of in senders:
                    for raw in where:
                        place = placeholder_place(ctx, raw, of) if raw.startswith("?") else raw
                        if place is None or at_home(ctx, place, of):
                            continue
                        place = embassy_in_capital(place, ctx, m)
                        fact = c.made(InstitutionFact(kind=m.kind, of=of, in_=place, status=status, date=date,
                                                      evidence=ctx.evidence(s.index)))
                        again = mission_named_again(ctx, m, of, place, facts) \
                            or its_former_status(ctx, s.index, m.kind, of, place, facts)
                        if again is not None:
                            merged(into=again, fact=fact)
                        else:
                            facts.append(fact)
                c.drop("не названо, где оно" if not where else "место не определено или на стороне отправителя")
    return merge_missions(facts)


@rule("institution.decided_after_discussion", "'Стороны обсудили открытие в Навои торгового дома Ульяновской области. "
      "… решение об открытии торгового дома принято, он начнет работу до конца года': a mission named bare next, "
      "decided or at work, is the one just discussed — its sender and place", "Стороны обсудили открытие в Навои "
      "торгового дома Ульяновской области. По словам губернатора, решение об открытии торгового дома принято.",
      off=None)
def decided_after_discussion(m: Mission, sent: int, considered: list[tuple[int, str, str, list[str]]]) \
        -> tuple[str, list[str]] | None:
    same = [(of, where) for s, kind, of, where in considered if kind == m.kind and 0 < sent - s <= 2]
    return same[-1] if same else None


@rule("institution.sender_named_closer", "'Белорусский торговый дом в Иркутске' and 'торговый дом Могилёвской области "
      "в Иркутске': a mission of a country named in the headline and one of its region in the same place are one, "
      "the region's",
      "Белорусский торговый дом в Иркутске\n\nВ Иркутске начал работу торговый дом Могилёвской области.", off=False)
def sender_named_closer(country: str, region: str) -> bool:
    return "-" not in country and region != country and country_of(region) == country


def _first_told(f: InstitutionFact) -> bool:
    """Told in the headline (or the opening sentence), which names the mission in brief, without its status."""
    return f.evidence is not None and f.evidence.start == 0


@rule("institution.merge_missions", "one fact per mission: mentions of one status, or 'генконсульство в "
      "Татарстане' (exists) and 'в Казани' (opened), are one, at the more precise place and the firmer status",
      "Генеральное консульство Узбекистана работает в Татарстане. Консульство Узбекистана в Казани открылось в "
      "2019 году.", off=UNCHANGED)
def merge_missions(facts: list[InstitutionFact]) -> list[InstitutionFact]:
    out: list[InstitutionFact] = []
    for f in facts:
        old = next((o for o in out if (o.kind == f.kind or "other" in (o.kind, f.kind))
                    and (o.of == f.of or (sender_named_closer(o.of, f.of) or sender_named_closer(f.of, o.of))
                         and _first_told(o))
                    and (o.in_.startswith(f.in_) or f.in_.startswith(o.in_))
                    and (o.status == f.status or "exists" in (o.status, f.status) and o.in_ != f.in_
                         or {o.status, f.status} == {"exists", "opened"} and o.of != f.of)), None)
        if old is None:
            out.append(f)
            continue
        merged(into=old, fact=f)
        if sender_named_closer(old.of, f.of):
            old.of = f.of
        if len(f.in_) > len(old.in_):
            old.in_ = f.in_
        if old.kind == "other":
            old.kind = f.kind
        if STATUS_RANK[f.status] > STATUS_RANK[old.status]:
            old.status = f.status
        old.date = old.date or f.date
    return out
