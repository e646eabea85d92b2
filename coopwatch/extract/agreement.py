"""agreement — a cooperation document signed, concluded, approved, or named as concluded.

Each candidate is a document noun of a sentence. The rules, in the order they decide (each is a
``@rule`` below with its construction and an example; ``coopwatch explain`` shows which fired,
``benchmarks/rules.py`` what each is worth):

Which words name a document, and what kind
  agreement.document_noun, agreement.plan_named_again, agreement.twinning_nearby, agreement.friendly_document, agreement.twinning_established, agreement.same_kind
Which mentions are documents the text reports as made
  agreement.aggregate_count, agreement.counted_holders, agreement.named_among_counted, agreement.one_of, agreement.counted_with, agreement.draft,
  agreement.commercial_deal, agreement.framework_without_sides, agreement.signed_before, agreement.signed_or_in_force, agreement.signed_in_gapped_clause, agreement.listed_after_signing,
  agreement.dated_document, agreement.signing_in_clause, agreement.acting_document, agreement.outcome_of_event, agreement.being_carried_out, agreement.guiding_document, agreement.implemented_stands,
  agreement.new_document_acts
  (clauses.unrealised,
  clauses.negated, clauses.infinitive_of_noun)
A document mentioned again, or an earlier one
  agreement.parenthesised_name, agreement.same_document_again, agreement.another_kind_beside, agreement.bare_reference, agreement.corresponding_document, agreement.named_by_its_kind, agreement.sides_tell_which, agreement.signers_of_last, agreement.documents_signed_together, agreement.signers_by_their_sides, agreement.ceremony_told_after, agreement.period_told_after, agreement.earlier_document
Its sides
  agreement.same_kind_sides, agreement.signing_posts, agreement.between_of_other_fact, agreement.parties_between, agreement.one_per_listed_member, agreement.more_between, agreement.other_sides_since, agreement.sides_of_sentence_before, agreement.signed_at_the_event, agreement.implements_document, agreement.gapped_clause_sides, agreement.route_of_its_link, agreement.own_partners_in_coordination, agreement.partner_fronted,
  agreement.pairs_told_together, agreement.respectively_paired, agreement.with_each_named_before, agreement.one_home_many_partners, agreement.partners_whereabouts, agreement.many_homes_one_partner, agreement.plural_without_sides, agreement.spheres_of_the_sides, agreement.forum_sides_signed_at, agreement.parties_in_sentence,
  agreement.organisations_home, agreement.parties_from_camps, agreement.delegation_adjective_refined, agreement.prolonged_until (and the shared sides.* rules)
Its other fields
  agreement.own_date, agreement.signing_date, agreement.date_of_another_clause, agreement.date_of_twins, agreement.body_over_headline, agreement.headline_names_places_within, agreement.period,
  agreement.implemented_no_period,
  agreement.signatories, agreement.coordinated_object, agreement.heads_signed, agreement.titled_signatories,
  agreement.heads_of_units_named, agreement.witness_not_signatory, agreement.witness_place_not_party, sides.forum_name_place, agreement.reporter_not_signatory, agreement.outside_signing_clause, agreement.pronoun_signatory, agreement.plural_pronoun_signatories,
  agreement.orgs_between
Twinning without a document
  agreement.twinning_statement, agreement.twins_by_generic_word, agreement.twinning_of_a_document, agreement.twins_in_passing, agreement.twin_relations_of_both, agreement.twins_in_apposition, agreement.twins_not_speaker, agreement.friendly_relations_set,
  agreement.twinned_since, agreement.signed_on
One fact per document
  agreement.one_per_sphere, agreement.another_of_its_kind_too, agreement.merge_mentions, agreement.headline_copy_told, agreement.document_of_a_sphere, agreement.twinning_named_again, agreement.periods_apart,
  agreement.fuller_period
"""

from __future__ import annotations

from dataclasses import dataclass

from coopwatch.extract import sides
from coopwatch.extract.clauses import (
    clause_of,
    governing_verb,
    infinitive_of_noun,
    negated,
    path_to_root,
    signed_in_relative_clause,
    split_clauses,
    unrealised,
)
from coopwatch.extract.context import Context, in_headline
from coopwatch.extract.dates import event_day, is_dateline_date
from coopwatch.extract.meeting import forum_named_before, phrase_sides
from coopwatch.extract.rulebook import UNCHANGED, candidate, merged, rule
from coopwatch.extract.titles import TitleMention
from coopwatch.facttypes.agreement import AgreementFact
from coopwatch.gazetteer.matcher import PlaceMention
from coopwatch.gazetteer.places import contains, country_of, is_place_id, related
from coopwatch.gazetteer.units import LIST_JOINERS
from coopwatch.lexicon import L, phrase_class
from coopwatch.models import Evidence
from coopwatch.nlp.annotate import Token, morph_vocab
from coopwatch.nlp.grammars.date import resolve

DOCUMENT_PHRASES = phrase_class("document_phrases")
PERIODIC_KINDS = {"plan", "roadmap"}
TWINNING_DOCUMENT_KINDS = {"agreement", "memorandum", "contract"}  # what a twinning may be signed as


@dataclass
class DocMention:
    kind: str
    tok: Token  # the head noun
    stop: int  # end of its own phrase (before the next document noun)
    plural: bool


# ---- which words name a document -----------------------------------------------------------------


@rule("agreement.same_kind_sides", "'Гомель подписал соглашение с Брянском, аналогичное соглашение подписал и Мозырь': "
      "another document of the kind just named, by the subject of its own verb, with the last document's partner "
      "unless it names its own", "Гомель подписал соглашение с Брянском, аналогичное соглашение подписал и Мозырь.",
      off=None)
def same_kind_sides(ctx: Context, d: DocMention, verb: Token | None, last: AgreementFact | None) -> list[list[str]] | None:
    """The pairs of sides of the documents "like the last one" (one pair, or several: "Аналогичные документы заключили
    Костанайская и Челябинская, а также Актюбинская и Оренбургская области")."""
    if verb is None or last is None:
        return None
    tokens = ctx.ann.tokens

    def subject(t: Token) -> bool:  # the parser reads "подписал и Мозырь" as an object at times: the case tells
        return t.head == verb.i and (t.rel in ("nsubj", "nsubj:pass") or t.case == "Nom")

    def in_subject(t: Token) -> bool:  # "Костанайская и Челябинская области": the adjectives of a subject noun
        if t.case == "Nom" and t.i > verb.i and d.tok.case != "Nom":
            return True  # after the verb, in the nominative, the document not: the parser may leave it no head
        for _ in range(4):
            if subject(t):
                return True
            if t.head < 0 or t.rel not in ("amod", "conj") or tokens[t.head].sent != t.sent:
                return False
            t = tokens[t.head]
        return False

    subjects = [m.id for m in sides.side_mentions(ctx, d.tok.sent) if in_subject(tokens[m.stop - 1])]
    subjects += [g for t in ctx.tokens_of(d.tok.sent) if subject(t) and (g := sides.generic(ctx, t))]
    partners = sides.partners_after(ctx, d.tok.sent, d.tok.i)
    if len(partners) > 1:
        return None  # "аналогичные соглашения с Бишкеком и Ташкентом": one per partner, as any document
    own = list(dict.fromkeys(p for p in subjects + partners if is_place_id(p)))
    if not own:
        return None
    pairs = [own[k: k + 2] for k in range(0, len(own) - 1, 2)]
    if len(own) % 2 == 0 and all(country_of(a) != country_of(b) for a, b in pairs):
        return pairs  # each pair as the list names it, "X и Y, а также Z и W"
    if len(own) >= 2 and country_of(own[0]) != country_of(own[1]):
        return [own[:2]]
    other = next((p for p in last.parties if country_of(p) != country_of(own[0])), None)
    return [[own[0], other]] if other else None


@rule("agreement.document_noun", "a document noun names its kind: 'соглашение', 'меморандум', 'План' or 'план "
      "мероприятий', 'программа сотрудничества', 'по реализации …' or 'его реализации', 'дорожная карта', "
      "'совместное заявление'",
      "Минниханов и Кушнаренко подписали план мероприятий на 2026–2027 годы.")
def document_noun(ctx: Context, t: Token) -> str | None:
    tokens = ctx.ann.tokens
    nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) and tokens[t.i + 1].sent == t.sent else None
    kinds = L.document_kinds
    if t.lemma in kinds:
        return kinds[t.lemma]
    if t.lemma == "план" and (t.text[0] == "П" or nxt is not None and nxt.lemma in L.plan_qualifiers
                              or t.head >= 0 and tokens[t.head].lemma in L.sign_verbs):
        return "plan"  # "План", "план мероприятий", "подписали обновлённый план"
    after = tokens[t.i + 2] if nxt is not None and t.i + 2 < len(tokens) and tokens[t.i + 2].sent == t.sent else None
    if t.lemma == "программа" and nxt is not None and (
            nxt.lemma in L.plan_qualifiers
            or (nxt.lower == "по" or nxt.lower in L.possessive_pronouns) and after is not None
            and after.lemma in L.plan_qualifiers):
        return "plan"  # "программа сотрудничества", "программа по реализации соглашения", "программа его реализации"
    found = ctx.phrase_at(DOCUMENT_PHRASES, t)
    if found is not None:
        return L.document_phrases.get(found[1])
    if t.i > 0 and tokens[t.i - 1].lemma in L.earlier_words | L.same_kind_words:
        if t.lemma == "документ":
            return "same"  # "предыдущего документа", "аналогичный документ": the kind of the document before
        if t.lemma in L.plan_nouns:
            return "plan"  # "прежняя программа"
    if plan_named_again(ctx, t):
        return "plan"
    return None


@rule("agreement.plan_named_again", "'… стала программа сотрудничества на 2025–2027 годы. Программу приняли губернатор и "
      "премьер': a bare plan noun that is signed, after a plan was named in the text, is that plan",
      "Итогом визита стала программа сотрудничества на 2025–2027 годы. Программу приняли губернатор Ярославской "
      "области и глава белорусского правительства.", off=False)
def plan_named_again(ctx: Context, t: Token) -> bool:
    tokens = ctx.ann.tokens
    if t.lemma not in L.plan_nouns or t.head < 0 or tokens[t.head].lemma not in L.sign_verbs:
        return False
    nxt = tokens[t.i + 1] if t.i + 1 < len(tokens) else None
    if nxt is not None and nxt.sent == t.sent and nxt.case == "Gen":
        return False  # "программу визита", "план работы": a plan of its own
    return any(x.lemma in L.plan_nouns and document_noun(ctx, x) == "plan" for s in range(t.sent) for x in ctx.tokens_of(s))


@rule("agreement.twinning_nearby", "'побратим…' around the document noun makes it a twinning, whatever it is called "
      "(not the twins whose cooperation it is: 'протокол о сотрудничестве городов-побратимов')",
      "Города подписали соглашение об установлении побратимских связей.", off=False)
def twinning_nearby(ctx: Context, d: DocMention) -> bool:
    tokens = ctx.ann.tokens
    around = tokens[max(d.tok.i - 2, ctx.tokens_of(d.tok.sent)[0].i): min(d.stop, d.tok.i + 8)]
    # not the twins as the sides: "программа сотрудничества между городами-побратимами" is a plan, "протокол о
    # сотрудничестве городов-побратимов" a protocol — of the twins' cooperation, not of their twinning
    return any("побратим" in x.lower and not any(y.lower == "между" for y in tokens[max(x.i - 2, 0):x.i])
               and not (x.i > 0 and tokens[x.i - 1].lemma in L.plan_qualifiers and x.case == "Gen")
               for x in around) or twinning_established(ctx, d.tok.sent, d.tok) or friendly_document(ctx, d)


@rule("agreement.friendly_document", "'соглашение о дружественных связях', 'соглашение об установлении дружеских "
      "отношений': a document about friendly relations themselves is a twinning, of regions too (FACTS: 'between "
      "cities, districts or regions')", "Татарстан и провинция Цзянсу подписали соглашение об установлении "
      "дружественных связей.", off=False)
def friendly_document(ctx: Context, d: DocMention) -> bool:
    tokens = ctx.ann.tokens
    after = [x for x in tokens[d.tok.i + 1: d.tok.i + 5] if x.sent == d.tok.sent]
    if not after or after[0].lower not in L.about_prepositions:
        return False
    rest = after[1:]
    if rest and rest[0].lemma == "установление":  # "об установлении дружественных связей"
        rest = rest[1:]
    if len(rest) < 2 or rest[0].lemma not in L.friendly_words or rest[1].lemma not in L.relation_nouns:
        return False
    # sides of one country ("дружественных российско-белорусских отношений" is no twinning, nor are two countries)
    return any(ctx.gz.level(m.id) != "country" for m in ctx.places_in(d.tok.sent) if m.id)


@rule("agreement.twinning_established", "'Бобруйск и Коломна стали побратимами: главы подписали меморандум', 'районы "
      "оформили дружественные связи, подписав соглашение': a document signed where the sentence establishes twinning or "
      "friendly relations of cities or districts is the twinning", "Кобринский и Гатчинский районы оформили "
      "дружественные связи, подписав соответствующее соглашение.", off=False)
def twinning_established(ctx: Context, sent: int, at: Token | None = None) -> bool:
    tokens = ctx.tokens_of(sent)
    corresponding = False
    if at is not None:  # the document's clause, and the one a colon elaborates ("стали побратимами: … подписали")
        clauses = split_clauses(tokens)
        k = next(n for n, c in enumerate(clauses) if c[0].i <= at.i <= c[-1].i)
        # and the clause before for a document "to that effect": "договорились об установлении побратимских
        # отношений и подписали соответствующий меморандум"
        corresponding = at.i > 0 and ctx.ann.tokens[at.i - 1].lemma in L.corresponding_words
        tokens = (clauses[k - 1] if k > 0 and (clauses[k][0].text == ":" or corresponding) else []) + clauses[k]
    below_country = any(ctx.gz.level(m.id) in ("city", "district") for m in ctx.places_in(sent) if m.id)
    if not below_country:
        return False
    for k, t in enumerate(tokens):
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        # "стали побратимами", "стали городами-побратимами", "дружественные связи" — not the attribute
        # "мэр Орла, города-побратима Бреста"; before a document to that effect, "побратимских отношений" too (not
        # "протоколы о побратимских связях" beside other documents)
        if t.lemma == "побратим" or "побратим" in t.lower and t.rel in ("xcomp", "root") \
                or (t.lemma in L.friendly_words or corresponding and "побратим" in t.lower) and nxt is not None \
                and nxt.lemma in L.relation_nouns:
            return True
    return False


@rule("agreement.same_kind", "'аналогичные соглашения': the kind of the document named before",
      "Гомель подписал соглашение с Брянском, аналогичное соглашение подписал и Мозырь.", off=False)
def same_kind(ctx: Context, d: DocMention) -> bool:
    return d.tok.i > 0 and ctx.ann.tokens[d.tok.i - 1].lemma in L.same_kind_words


def _doc_mentions(ctx: Context, sent: int) -> list[DocMention]:
    tokens = ctx.tokens_of(sent)
    out: list[DocMention] = []
    for t in tokens:
        kind = document_noun(ctx, t)
        if kind:
            d = DocMention(kind, t, tokens[-1].i + 1, t.feats.get("Number") == "Plur")
            d.plural = d.plural and not one_of(ctx, d)
            out.append(d)
    for a, b in zip(out, out[1:]):
        a.stop = b.tok.i
    for d in out:  # the phrase ends at the first predicate after the noun ("обусловлено") other than its
        # signing ("соглашение подписано между A и B": the sides still follow)
        verb = next((t.i for t in tokens if d.tok.i < t.i < d.stop and t.pos in ("VERB", "AUX")
                     and (t.feats.get("VerbForm") != "Part" or t.feats.get("Variant") == "Short")
                     and not (t.lemma in L.sign_verbs and t.feats.get("VerbForm") == "Part")), None)
        if verb is not None:
            d.stop = verb
    for d in out:
        if twinning_nearby(ctx, d):
            d.kind = "twinning"
        elif same_kind(ctx, d):
            d.kind = "same"
    return _named_in_brackets(ctx, out)


def _named_in_brackets(ctx: Context, mentions: list[DocMention]) -> list[DocMention]:
    """A document noun in brackets right after another names the same document."""
    out: list[DocMention] = []
    for d in mentions:
        if out and parenthesised_name(ctx, out[-1], d):
            out[-1].kind = d.kind if d.kind in PERIODIC_KINDS or out[-1].kind == "agreement" else out[-1].kind
            out[-1].stop = d.stop
            continue
        out.append(d)
    return out


@rule("agreement.parenthesised_name", "'план мероприятий («дорожную карту»)', 'обновлённый план (дорожная карта)': the "
      "name in brackets names the same document, and its kind", "Губернатор и хоким подписали обновлённый план "
      "(«дорожную карту») сотрудничества Санкт-Петербурга и Ташкента до 2028 года.", off=False)
def parenthesised_name(ctx: Context, before: DocMention, d: DocMention) -> bool:
    tokens = ctx.ann.tokens
    between_ = tokens[before.tok.i + 1: d.tok.i]
    return any(t.text == "(" for t in between_) and len(between_) <= 5 \
        and all(t.text in "(«\"„“" or t.pos == "ADJ" or t.lemma in L.plan_qualifiers for t in between_)


# ---- which mentions are documents the text reports as made ---------------------------------------


@rule("agreement.aggregate_count", "'26 соглашений', 'ряд соглашений', 'более десятка соглашений': a count right "
      "before the noun, not documents (not the day of a date: '9 сентября соглашение … подписали', nor years: "
      "'Исполнилось 16 лет Договору')", "За пять лет регионы заключили 26 соглашений о сотрудничестве.", off=False)
def aggregate_count(ctx: Context, d: DocMention) -> bool:
    tokens = ctx.ann.tokens
    first = ctx.tokens_of(d.tok.sent)[0].i
    if one_of(ctx, d) or named_among_counted(ctx, d):
        return False
    k = d.tok.i - 1
    while k >= first and tokens[k].pos == "ADJ" and not tokens[k].text.isdigit():
        k -= 1
    for t in tokens[max(k - 1, first): k + 1]:
        year = t.text.isdigit() and len(t.text) == 4
        if t.text in (")", ".") or t.i + 1 < len(tokens) and tokens[t.i + 1].text in (")", "."):
            continue  # "2) меморандум …": a list item's number, no count
        if any(d.start <= t.start < d.stop for d in ctx.dates):
            continue  # "9 сентября соглашение … подписали": a day, no count
        if t.i + 1 < len(tokens) and tokens[t.i + 1].lemma in L.year_nouns:
            continue  # "Исполнилось 16 лет Договору …": years, no count
        if t.lemma in L.document_count_words or (t.pos == "NUM" or t.text.isdigit()) and t.text not in ("1", "один") \
                and not year:
            return True
    if any(c.head == d.tok.i and c.rel == "nummod" and c.text not in ("1", "один") for c in ctx.tokens_of(d.tok.sent)):
        return True
    return counted_with(ctx, d) or counted_holders(ctx, d)


@rule("agreement.counted_holders", "'13 районов и 5 городов имеют протоколы о побратимских связях', 'семь регионов "
      "подписали соглашения': documents of counted territories are an aggregate, not documents of named sides",
      "Между Беларусью и Курской областью действуют соглашения, 13 районов и 5 городов имеют протоколы о побратимских "
      "связях.", off=False)
def counted_holders(ctx: Context, d: DocMention) -> bool:
    clause = clause_of(ctx.tokens_of(d.tok.sent), d.tok)
    before = [t for t in clause if t.i < d.tok.i]
    # (more than two: "двух городов" are the two sides)
    return any((t.text.isdigit() and int(t.text) > 2 or float(L.number_words.get(t.lemma, 0)) > 2)
               and nxt.lemma in L.generic_territories and nxt.feats.get("Number") == "Plur"
               for t, nxt in zip(before, before[1:]))


@rule("agreement.named_among_counted", "'подписано 12 соглашений, в том числе с Брянской, Смоленской и Курской "
      "областями': the documents a count goes on to name by partner are facts, one per partner", "Гомельская область "
      "подписала 12 соглашений о сотрудничестве, в том числе с Брянской и Курской областями России.", off=False)
def named_among_counted(ctx: Context, d: DocMention) -> bool:
    # (not a phrase class: single common words like "из них" would cost every document the phrase search)
    words = [t for t in ctx.tokens_of(d.tok.sent) if t.i > d.tok.i]
    for k in range(len(words)):
        said = next((p for p in L.naming_some_words if " ".join(t.lower for t in words[k:k + len(p.split())]) == p), None)
        if said is not None:  # the partners named after those words ("в том числе с Брянской …")
            rest = words[k + len(said.split()):]
            return bool(rest) and any(m.start >= rest[0].i for m in ctx.places_in(d.tok.sent))
    return False


@rule("agreement.one_of", "'одно из соглашений', 'один из меморандумов': one document of several",
      "Одно из соглашений заключено между Дедовичским районом и Волковысским районом.", off=False)
def one_of(ctx: Context, d: DocMention) -> bool:
    tokens = ctx.ann.tokens
    return d.tok.i >= 2 and tokens[d.tok.i - 1].lower == "из" and tokens[d.tok.i - 2].lemma == "один" \
        and tokens[d.tok.i - 2].sent == d.tok.sent


@rule("agreement.counted_with", "'13 соглашений и протоколов': a document noun coordinated with a counted one is "
      "counted too", "Регионы подписали 12 соглашений и меморандумов между Брестской и Смоленской областями.",
      off=False)
def counted_with(ctx: Context, d: DocMention) -> bool:
    if d.tok.rel != "conj" or d.tok.head < 0:
        return False
    head = ctx.ann.tokens[d.tok.head]
    if head.sent != d.tok.sent or document_noun(ctx, head) is None:
        return False
    return aggregate_count(ctx, DocMention(d.kind, head, d.stop, True))


@rule("agreement.draft", "'проект соглашения', 'разработка дорожной карты', 'готовят к подписанию программу': a "
      "document not yet made",
      "Стороны обсудили проект соглашения о сотрудничестве.", off=False)
def draft(ctx: Context, d: DocMention) -> bool:
    ann = ctx.ann
    path = path_to_root(ann, d.tok)
    drafts = L.draft_nouns
    # "готовят к подписанию новую программу", "разрабатывается дорожная карта": being prepared
    prepared = bool(path) and path[0].lemma in L.draft_verbs and path[0].pos == "VERB"
    return prepared or any(t.lemma in drafts for t in path[:2]) or d.tok.i > 0 and ann.tokens[d.tok.i - 1].lemma in drafts


@rule("agreement.signed_or_in_force", "a signing verb or noun, or a word of a document in force, above the noun "
      "('подписали соглашение', 'в рамках Соглашения', 'действует соглашение')",
      "В рамках соглашения между Татарстаном и Беларусью действует рабочая группа.", off=False)
def signed_or_in_force(ctx: Context, d: DocMention) -> bool:
    path = path_to_root(ctx.ann, d.tok)[:4]
    # "одобрили идею разработать соглашение": another verb's infinitive on the way is what is done to it
    other = next((k for k, t in enumerate(path) if t.feats.get("VerbForm") == "Inf" and t.lemma not in L.sign_verbs), None)
    lemmas = {t.lemma for t in path[:other]}
    if lemmas & L.sign_verbs or lemmas & L.sign_nouns or lemmas & L.in_force_words:
        return True
    verb = governing_verb(ctx.ann, d.tok)
    return verb is not None and verb.lemma in L.sign_verbs


@rule("agreement.signed_before", "'соглашение, подписанное в 2000 году', 'заключённый ранее договор': a past signing "
      "participle on the noun says the document exists, whatever the sentence plans to do with it",
      "Стороны договорились обновить соглашение о сотрудничестве, подписанное в 2000 году.", off=False)
def signed_before(ctx: Context, d: DocMention) -> bool:
    tokens = ctx.ann.tokens
    # "плана мероприятий на 2024–2026 годы, подписанного …": the parser may hang it on a word of the
    # document's phrase; it agrees with the document noun in number
    number = d.tok.feats.get("Number")
    after = [c for c in ctx.tokens_of(d.tok.sent) if c.rel in ("acl", "amod") and (c.head == d.tok.i or (
        d.tok.i < c.head < max(d.stop, d.tok.i + 1) and c.rel == "acl" and c.feats.get("Number") == number))]
    # "реализацию дорожной карты на 2024–2026 годы, подписанной …": hung on the word governing the document, it agrees
    # with the document noun in case, gender and number
    after += [c for c in ctx.tokens_of(d.tok.sent) if c.rel == "acl" and d.tok.i < c.i <= max(d.stop, d.tok.i + 1) + 2
              and c.case == d.tok.case and all(c.feats.get(f) == d.tok.feats.get(f) for f in ("Gender", "Number"))]
    # "заключённое в 2015 году соглашение": before the noun, within its phrase (the tagger may call it a noun)
    before = []
    for c in reversed(tokens[max(d.tok.i - 6, 0): d.tok.i]):
        if c.sent != d.tok.sent or c.pos == "VERB" and c.feats.get("VerbForm") != "Part" or c.text in ",;:":
            break
        before.append(c)
    return any(_past_signing_participle(c.text) and not negated(ctx.ann, c) for c in after + before)


def _past_signing_participle(word: str) -> bool:
    from coopwatch.nlp.annotate import morph_vocab

    return any(p.tag.POS == "PRTF" and "past" in p.tag and "pssv" in p.tag and p.normal_form.replace("ё", "е") in L.sign_verbs
               for p in morph_vocab()(word.lower()))


@rule("agreement.dated_document", "'Соглашение … от 12 декабря 2019 года', 'Соглашение 2019 года': a dated document "
      "exists", "Стороны руководствуются Соглашением между Гродненской областью и Ленинградской областью от "
      "12 марта 2015 года.", off=False)
def dated_document(ctx: Context, d: DocMention) -> bool:
    # a date the document is named by; "подписать соглашение в 2026 году" is when, maybe, it will be
    return bool(_own_date(ctx, d, names_only=True))


@rule("agreement.signing_in_clause", "a signing verb or noun within twelve words of the noun, in its clause, not "
      "under an intention", "Соглашение между Брестской и Смоленской областями, которое губернаторы подписали в 2019 году, "
      "работает успешно.", off=False)
def signing_in_clause(ctx: Context, d: DocMention) -> bool:
    signing = L.sign_verbs | L.sign_nouns
    for t in ctx.tokens_of(d.tok.sent):
        if t.lemma in signing and abs(t.i - d.tok.i) <= 12 and not unrealised(ctx.ann, t):
            between_ = ctx.ann.tokens[min(t.i, d.tok.i): max(t.i, d.tok.i)]
            if not any(x.text == ";" for x in between_):
                return True
    return False


@rule("agreement.commercial_deal", "'предприятия заключили контракты на сумму более 50 млн долларов', 'подписаны "
      "договоры на поставку техники на 2 млрд рублей': a commercial contract — the word 'контракт', or a document "
      "with its amount of money — is no cooperation document (FACTS)", "Томские предприятия заключили с "
      "казахстанскими партнерами контракты на сумму более 50 млн долларов.", off=False)
def commercial_deal(ctx: Context, d: DocMention) -> bool:
    if d.tok.lemma in L.commercial_document_nouns:
        return True
    tokens = ctx.ann.tokens
    phrase_end = next((t.i for t in tokens[d.tok.i + 1: d.tok.i + 12] if t.text in ",;.:" or t.sent != d.tok.sent),
                      d.tok.i + 12)
    return any(d.tok.start < m.start < tokens[min(phrase_end, len(tokens) - 1)].start
               for m in ctx.in_sentence(ctx.money, d.tok.sent))


@rule("agreement.framework_without_sides", "'в рамках межправительственного соглашения о приграничном "
      "сотрудничестве предприятия заключили …': a countries' framework document named by its level alone, with no "
      "sides of its own, is no fact (FACTS)", "Губернатор Томской области встретился с генконсулом Казахстана. В "
      "рамках межправительственного соглашения работает комиссия.", off=False)
def framework_without_sides(ctx: Context, d: DocMention) -> bool:
    framework = any(t.head == d.tok.i and t.rel == "amod" and t.lemma in L.framework_adjectives
                    for t in ctx.tokens_of(d.tok.sent))
    if not framework:
        return False
    own = sides.between(ctx, d.tok.sent, d.tok.i, d.stop) or sides.partners_after(ctx, d.tok.sent, d.tok.i, d.stop)
    # a place in its phrase, or an adjective of one right before it ("российско-казахстанское межправительственное …")
    named = [m for m in ctx.places_in(d.tok.sent) if d.tok.i < m.start < d.stop and m.form != "adj"
             or d.tok.i - 2 <= m.stop <= d.tok.i]
    return not own and not named


def _reported_as_made(ctx: Context, d: DocMention) -> str | None:
    """None if the document is reported as concluded or in force, else why not."""
    if draft(ctx, d):
        return "проект, а не документ"
    if commercial_deal(ctx, d):
        return "коммерческий контракт, а не документ о сотрудничестве"
    if framework_without_sides(ctx, d):
        return "межгосударственная рамка без своих сторон"
    if signed_before(ctx, d) or dated_document(ctx, d):
        return None  # "руководствуясь Соглашением … от 14 марта 2016 года": a dated document exists
    if new_document_acts(ctx, d) or implemented_stands(ctx, d) or being_carried_out(ctx, d) \
            or guiding_document(ctx, d):
        return None
    if unrealised(ctx.ann, d.tok) or negated(ctx.ann, d.tok) or infinitive_of_noun(ctx.ann, d.tok):
        return "не подписан: намерение, будущее или отрицание"
    if signed_or_in_force(ctx, d) or dated_document(ctx, d) or signing_in_clause(ctx, d) or acting_document(ctx, d) \
            or signed_in_gapped_clause(ctx, d) or outcome_of_event(ctx, d) or listed_after_signing(ctx, d) is not None:
        return None
    return NO_STATUS


@rule("agreement.guiding_document", "'Руководствуясь Соглашением между Правительством Республики Узбекистан и "
      "Правительством Российской Федерации …', 'в соответствии с соглашением между …': a document others act upon, "
      "its sides named, is in force, whatever the sentence goes on to intend", "«Руководствуясь Соглашением между "
      "Правительством Республики Узбекистан и Правительством Российской Федерации о межрегиональном сотрудничестве, "
      "стороны договорились…» — говорится в дорожной карте.", off=False)
def guiding_document(ctx: Context, d: DocMention) -> bool:
    tokens = ctx.ann.tokens
    before = [t for t in tokens[max(d.tok.i - 3, 0):d.tok.i] if t.sent == d.tok.sent]
    return any(t.lemma in L.guiding_words for t in before) and len(sides.between(ctx, d.tok.sent, d.tok.i, d.stop)) >= 2


@rule("agreement.being_carried_out", "'Стороны обсудили выполнение программы сотрудничества на 2024–2026 годы', 'ход "
      "реализации соглашения': a document being carried out is in force, whatever is said of its carrying out",
      "Мэр Казани и председатель Минского горисполкома обсудили выполнение программы сотрудничества на 2024–2026 "
      "годы.", off=False)
def being_carried_out(ctx: Context, d: DocMention) -> bool:
    tokens = ctx.ann.tokens
    head = tokens[d.tok.head] if d.tok.head >= 0 else None
    # only where the sentence reads as not done ("обсудили …"; "в рамках соглашения" is signed_or_in_force's), and not
    # after another document of the sentence, whose sides would be taken ("руководствуясь Соглашением …, обсудили ход
    # выполнения плана")
    return head is not None and head.lemma in L.implementation_words and head.i < d.tok.i \
        and unrealised(ctx.ann, d.tok) and not negated(ctx.ann, head) \
        and not any(document_noun(ctx, x) for x in ctx.tokens_of(d.tok.sent) if x.i < d.tok.i)


@rule("agreement.implemented_stands", "'планируется подписать дорожную карту по реализации соглашения о "
      "сотрудничестве': the document another is to implement is in force, whatever is planned for the other",
      "Губернатор сообщил, что планируется подписать дорожную карту по реализации соглашения о сотрудничестве между "
      "Нижегородской областью и Беларусью.", off=False)
def implemented_stands(ctx: Context, d: DocMention) -> bool:
    tokens = ctx.ann.tokens
    before = [t for t in tokens[max(d.tok.i - 3, 0):d.tok.i] if t.sent == d.tok.sent]
    return any(t.lemma in L.implements_words for t in before) \
        and any(document_noun(ctx, t) for t in tokens[max(d.tok.i - 8, 0):d.tok.i - 1] if t.sent == d.tok.sent)


LIST_MARKERS = ("—", "–", "-", "•", "*", "·")


@rule("agreement.listed_after_signing", "'подписаны следующие документы:' and the documents as list items below "
      "('– соглашение о сотрудничестве между Актобе и Оренбургом;', '– дорожная карта …'): each item is signed",
      "В рамках визита подписаны следующие документы:\n– соглашение о сотрудничестве между Актобе и Оренбургом;\n– "
      "дорожная карта по развитию сотрудничества на 2025–2027 годы.", off=None)
def listed_after_signing(ctx: Context, d: DocMention) -> int | None:
    """The sentence that introduces the list ``d`` is an item of, when it tells a signing; else None."""
    def item(sent: int) -> bool:  # "– соглашение …", "• …", "2) меморандум …"
        words = ctx.tokens_of(sent)
        return words[0].text in LIST_MARKERS or words[0].text.isdigit() and len(words) > 1 and words[1].text in ")."
    def introduces(sent: int) -> bool:  # "подписаны следующие документы:" (its first item may run on after the colon)
        words = ctx.tokens_of(sent)
        colon = max((t.i for t in words if t.text == ":"), default=None)
        return colon is not None and any(t.lemma in L.sign_verbs and t.i < colon for t in words)
    sent = d.tok.sent
    if introduces(sent) and any(t.text == ":" and t.i < d.tok.i for t in ctx.tokens_of(sent)):
        return sent  # the first item, on the line the segmenter joined to the colon
    if not item(sent) or d.tok.i - ctx.tokens_of(sent)[0].i > 4:
        return None
    k = sent - 1
    while k >= 0 and item(k):
        k -= 1
    return k if k >= 0 and introduces(k) else None


@rule("agreement.signed_in_gapped_clause", "'подписаны соглашения с Пензенской и Тамбовской областями, а с Липецкой "
      "областью — программа': a document after a dash in an 'а'/'и' clause shares the signing verb of the clause "
      "before", "Председатель Гродненского облисполкома провёл переговоры с губернаторами. По итогам переговоров "
      "подписаны соглашения с Пензенской и Тамбовской областями, а с Липецкой областью — программа сотрудничества на "
      "2026–2028 годы.", off=False)
def signed_in_gapped_clause(ctx: Context, d: DocMention) -> bool:
    joint = gapped_clause_start(ctx, d)
    return joint is not None and any(t.lemma in L.sign_verbs and t.i < joint and not unrealised(ctx.ann, t)
                                     for t in ctx.tokens_of(d.tok.sent))


def gapped_clause_start(ctx: Context, d: DocMention) -> int | None:
    """The ", а"/", и" that opens the gapped clause "а с Липецкой областью — программа" of ``d``, or None."""
    before = [t for t in ctx.tokens_of(d.tok.sent) if t.i < d.tok.i]
    k = len(before) - 1
    while k >= 0 and before[k].pos == "ADJ":
        k -= 1
    if k < 0 or before[k].text not in ("—", "–", "-"):
        return None
    joint = [t for t in before[:k] if t.lower in ("а", "и") and t.i > 0 and ctx.ann.tokens[t.i - 1].text == ","]
    if joint:
        return joint[-1].i
    # "Татарстан и Минская область заключили соглашение, Башкортостан и Гродненская область — меморандум": a bare
    # comma opens the gapped clause when what follows it up to the dash has no verb of its own and names a side
    commas = [t for t in before[:k] if t.text == ","]
    if not commas:
        return None
    stretch = before[commas[-1].i - before[0].i + 1:k]
    if any(t.pos in ("VERB", "AUX") for t in stretch) or not any(
            stretch[0].i <= m.start < before[k].i for m in ctx.places_in(d.tok.sent)):
        return None
    return commas[-1].i


@rule("agreement.gapped_clause_sides", "'…, а руководители Курганской и Северо-Казахстанской областей — соглашение': "
      "the sides the gapped clause names — places, adjectives whose noun is left out, the territories of its titles — are "
      "its document's; one side named: the other is the other camp",
      "Омская и Павлодарская области подписали дорожную карту, а Новосибирская и Карагандинская — план мероприятий.",
      off=None)
def gapped_clause_sides(ctx: Context, d: DocMention, start: int) -> list[str] | None:
    sent = d.tok.sent
    tokens = ctx.ann.tokens
    # "а Новосибирская и Карагандинская — план": adjectives whose noun is left out name the sides too
    named = [m.id for m in sides.side_mentions(ctx, sent, start, d.tok.i, adjectives=True) if not _where_it_happened(ctx, m)
             and (m.form != "adj" or tokens[m.stop].pos != "NOUN" or tokens[m.stop].lemma in L.territory_nouns)]
    named += [t.of for t in ctx.titles_in(sent) if start <= t.start < d.tok.i and t.of]
    found = sides.pair(ctx, named, complete=False)
    if found and all(p in named for p in found):
        return found
    if len(set(named)) == 1:  # "а с Липецкой — программа": one side named, the other is the other camp
        return sides.pair(ctx, named)
    return None


def _verb_of_subject(ctx: Context, d: DocMention) -> Token | None:
    """The verb the document noun is the subject of ("Соглашение … открывает", "Итогом визита стала программа")."""
    if d.tok.rel not in ("nsubj", "nsubj:pass") or d.tok.head < 0:
        return None
    return ctx.ann.tokens[d.tok.head]


@rule("agreement.acting_document", "a document between named sides that acts now or acted ('Соглашение между "
      "Казахстаном и Россией открывает возможности', 'Меморандум между Омском и Павлодаром предусматривает …') exists",
      "Соглашение между Казахстаном и Россией открывает возможности для связей регионов.", off=False)
def acting_document(ctx: Context, d: DocMention) -> bool:
    verb = _verb_of_subject(ctx, d)
    if verb is None or verb.pos != "VERB" or verb.feats.get("Mood") not in ("Ind", None) or verb.feats.get("VerbForm") not in ("Fin", None):
        return False
    own = sides.between(ctx, d.tok.sent, d.tok.i, d.stop) or sides.partners_after(ctx, d.tok.sent, d.tok.i, d.stop)
    return len(own) >= 2 or len(own) == 1 and bool(sides.subjects_before(ctx, d.tok.sent, d.tok))


@rule("agreement.outcome_of_event", "'Итогом визита стала программа сотрудничества', 'Результатом переговоров стало "
      "соглашение': a document said to be the outcome of an event has been concluded", "Губернатор Ярославской области "
      "провёл переговоры с премьер-министром Беларуси. Итогом визита стала программа сотрудничества на 2025–2027 годы.",
      off=False)
def outcome_of_event(ctx: Context, d: DocMention) -> bool:
    verb = _verb_of_subject(ctx, d)
    return verb is not None and verb.lemma in L.become_verbs and any(
        t.head == verb.i and t.lemma in L.outcome_nouns and t.case == "Ins" for t in ctx.tokens_of(d.tok.sent))


@rule("agreement.new_document_acts", "'Новое соглашение с Гомельской областью даст импульс торговле', 'новое соглашение "
      "между нашими городами': a new document with its partner or its sides that is said to act, now or to come, has "
      "been concluded (not one to be signed)",
      "Новое соглашение с Гомельской областью даст импульс торговле, отметил губернатор Брянской области Александр "
      "Богомаз.", off=False)
def new_document_acts(ctx: Context, d: DocMention) -> bool:
    verb = _verb_of_subject(ctx, d)
    if verb is None:
        return False
    new = any(t.head == d.tok.i and t.rel == "amod" and t.lemma in L.new_words for t in ctx.tokens_of(d.tok.sent))
    signing = verb.lemma in L.sign_verbs or verb.lemma in L.intent_words or any(
        t.head == verb.i and t.pos == "VERB" and (t.lemma in L.sign_verbs or t.lemma in L.intent_words)
        for t in ctx.tokens_of(d.tok.sent))
    # with its partner after "с", or its sides after "между" ("между нашими городами": the text's two camps)
    sided = bool(sides.partners_after(ctx, d.tok.sent, d.tok.i, d.stop)) or any(
        t.lower == "между" for t in ctx.ann.tokens[d.tok.i + 1:d.stop])
    return new and verb.pos == "VERB" and not signing and not negated(ctx.ann, d.tok) and sided


NO_STATUS = "нет слова о подписании или действии документа"


@rule("agreement.same_document_again", "a document noun with no signing word, of the kind of a document already "
      "reported between the same sides: that document again ('Дорожная карта … рассчитана на 2026–2028 годы')",
      "Омская и Павлодарская области подписали дорожную карту. Дорожная карта Омской и Павлодарской областей "
      "рассчитана на 2025–2027 годы.")
def same_document_again(ctx: Context, d: DocMention, facts: list[AgreementFact]) -> AgreementFact | None:
    same = [f for f in facts if f.kind == d.kind]
    if not same:
        return None
    own = [m.id for m in sides.side_mentions(ctx, d.tok.sent, d.tok.i + 1, d.stop)]
    fits = [f for f in same if all(any(related(p, q) for q in f.parties) for p in own)]
    return fits[-1] if fits else None


# ---- fields ---------------------------------------------------------------------------------------


def _phrase_span(ctx: Context, d: DocMention) -> tuple[int, int]:
    """The document's phrase in characters, never past its clause ("соглашение, а в марте 2025 года утвердили план":
    the date is the plan's)."""
    tokens = ctx.ann.tokens
    end = tokens[d.stop - 1].stop if d.stop > d.tok.i else tokens[d.tok.i].stop
    return tokens[d.tok.i].start, min(end, clause_of(ctx.tokens_of(d.tok.sent), d.tok)[-1].stop)


@rule("agreement.own_date", "a date inside the document's own phrase: 'Соглашение от 12 декабря 2019 года' (not in a "
      "relative clause of another verb: 'соглашение …, которое в 2024 году продлено')",
      "Действует Соглашение между Казанью и Минском от 12 декабря 2019 года.")
def own_date(ctx: Context, d: DocMention) -> str | None:
    return _own_date(ctx, d)


def _own_date(ctx: Context, d: DocMention, names_only: bool = False) -> str | None:
    s, e = _phrase_span(ctx, d)
    for m in ctx.dates:
        if s < m.start < e and not _in_range(ctx, m.start) and m.value.year is not None \
                and not (names_only and _when_phrase(ctx, m.start)) and not date_of_another_clause(ctx, m.start, None) \
                and not _after_relative_pronoun(ctx, d, m.start):
            value = resolve(m.value, ctx.document.published)
            if value and (d.kind not in PERIODIC_KINDS or m.value.month is not None or _signing_year(ctx, m.start)):
                return value
    return None


def _after_relative_pronoun(ctx: Context, d: DocMention, char: int) -> bool:
    """"соглашение …, которое в 2024 году продлено": a date after a relative pronoun of the document belongs to the
    clause it opens, however the parser hangs it."""
    return any(t.lemma == "который" and t.start < char and ctx.ann.tokens[t.i - 1].text == ","
               for t in ctx.tokens_of(d.tok.sent) if t.i > d.tok.i)


def _when_phrase(ctx: Context, char: int) -> bool:
    """"в 2026 году", "в мае": when something is done, not the date a document is named by ("от 12 декабря 2019 года",
    "2019 года")."""
    first = next((t for t in ctx.ann.tokens if t.start >= char), None)
    if first is None:
        return False
    before = ctx.ann.tokens[first.i - 1] if first.i > 0 else None
    return first.lower in L.in_prepositions or before is not None and before.lower in L.in_prepositions


def _in_range(ctx: Context, char: int) -> bool:
    return any(r.start <= char < r.stop for r in ctx.year_ranges)


@rule("agreement.signing_date", "a date of the signing sentence outside the other documents' phrases ('Сегодня, "
      "19 июня, … подписали соглашение'), of the document's own clause first ('… действует с 2013 года, а в прошлом "
      "году была принята программа'); a bare year only beside the verb or the noun",
      "19 июня 2024 года Брестская и Смоленская области подписали соглашение о сотрудничестве.")
def signing_date(ctx: Context, d: DocMention, mentions: list[DocMention], verb: Token | None) -> str | None:
    others = [_phrase_span(ctx, o) for o in mentions if o is not d]
    anchors = [ctx.ann.tokens[d.tok.i].start] + ([verb.start] if verb is not None else [])
    # "в прошлом году … подписали программу, а в этом году приняли дорожную карту": the date of the document's own
    # clause first
    words = ctx.tokens_of(d.tok.sent)
    own_words = clause_of(words, d.tok)
    # the parse may hang the noun of ", а … была принята программа" on the first clause's verb: the clause by the words
    anchor = verb if verb is not None and any(t.i == verb.i for t in own_words) else d.tok
    own = {t.start for t in clause_of(words, anchor)}
    dates = ctx.in_sentence(ctx.dates, d.tok.sent)
    for m in sorted(dates, key=lambda m: not any(m.start <= c < m.stop for c in own)):
        if any(a < m.start < b for a, b in others) or _in_range(ctx, m.start):
            continue
        if m.value.month is None and m.value.year is not None and min(abs(m.start - a) for a in anchors) > 40 \
                and not _governed_by(ctx, m.start, verb):
            continue
        if date_of_another_clause(ctx, m.start, verb) or date_of_twins(ctx, m.start):
            continue
        value = resolve(m.value, ctx.document.published)
        if value:
            return value
    return None


@rule("agreement.date_of_another_clause", "'…дорожную карту, срок действия которой истек в 2023 году', 'соглашение, "
      "которое действует до 2025 года': a date in a relative clause of another verb than signing is not the signing's",
      "Омская и Павлодарская области подписали меморандум, который истек в 2022 году.", off=False)
def date_of_another_clause(ctx: Context, char: int, verb: Token | None) -> bool:
    tok = next((t for t in ctx.ann.tokens if t.start >= char), None)
    if tok is None:
        return False
    for t in path_to_root(ctx.ann, tok, limit=4):
        if verb is not None and t.i == verb.i:
            return False
        if t.rel in ("acl:relcl", "acl") and t.pos == "VERB" and t.lemma not in L.sign_verbs:
            return True
    return False


@rule("agreement.date_of_twins", "'Людиново и Кричев, города-побратимы с 2012 года, подписали программу': a date "
      "right after the word of twins is since when they are twinned, not when the document was signed",
      "Людиново и Кричев, города-побратимы с 2012 года, подписали программу сотрудничества на 2025–2027 годы.",
      off=False)
def date_of_twins(ctx: Context, char: int) -> bool:
    tok = next((t for t in ctx.ann.tokens if t.start >= char), None)
    return tok is not None and any("побратим" in t.lower for t in ctx.ann.tokens[max(tok.i - 3, 0): tok.i]
                                   if t.sent == tok.sent)


def _governed_by(ctx: Context, char: int, verb: Token | None) -> bool:
    """"Ранее, в 2021 году, области утвердили программу": the year depends on the verb itself."""
    if verb is None:
        return False
    tok = next((t for t in ctx.tokens_of(verb.sent) if t.start >= char), None)
    if tok is None:
        return False
    path = path_to_root(ctx.ann, tok, limit=3)
    # through "ранее" too, the parser's head of "Ранее, в 2023 году, …" (the year a conjunct of the adverb)
    return any(t.i == verb.i for t in path[:2]) or len(path) >= 3 and path[2].i == verb.i and path[1].pos == "ADV"


@rule("agreement.period", "the years a document covers: 'на 2026–2027 годы', 'до 2027 года'; a plan's after "
      "the document it implements; a plan 'на 2024 год'", "Брянская и Гомельская области подписали план мероприятий на 2026–2027 годы.")
def period(ctx: Context, d: DocMention, linked_stop: int | None = None) -> list[int | None] | None:
    s, e = _phrase_span(ctx, d)
    if linked_stop is not None and d.kind in PERIODIC_KINDS and linked_stop > d.stop:
        e = ctx.ann.tokens[linked_stop - 1].stop
    for m in ctx.year_ranges:
        if s <= m.start < e:
            return m.value
    if d.kind in PERIODIC_KINDS:  # "дорожную карту … в 2024 году": the year it covers
        for m in ctx.dates:
            if s < m.start < e and m.value.year and m.value.month is None and m.value.year_shift is None \
                    and not _signing_year(ctx, m.start):
                return [m.value.year, m.value.year]
    return prolonged_until(ctx, d)


@rule("agreement.prolonged_until", "'Соглашение … было пролонгировано до 2031 года', 'продлили до 2030 года': the "
      "years after the verb of prolonging the document are the ones it now covers", "Соглашение о сотрудничестве между "
      "Башкортостаном и Согдийской областью было пролонгировано до 2031 года.", off=None)
def prolonged_until(ctx: Context, d: DocMention) -> list[int | None] | None:
    verb = governing_verb(ctx.ann, d.tok)
    if verb is None or verb.lemma not in L.prolong_verbs:
        return None
    after = [t for t in ctx.tokens_of(verb.sent) if t.i > verb.i][:6]
    if not after:
        return None
    return next((m.value for m in ctx.year_ranges if after[0].start <= m.start <= after[-1].start), None)


def _signing_year(ctx: Context, char: int) -> bool:
    """"подписанной в 2023 году", "подписанной в Ярославле в 2023 году": the year it was signed, not the year it
    covers (back over where it was signed)."""
    tokens = ctx.ann.tokens
    at = next((t for t in tokens if t.start >= char), None)
    if at is None:
        return False
    k = at.i
    venue = next((m for m in ctx.places_in(at.sent, sides_only=False) if m.stop in (k, k - 1) and m.start > 0
                  and tokens[m.start - 1].lower in L.in_prepositions), None)
    if venue is not None:
        k = venue.start - 1
    return any(_past_signing_participle(t.text) for t in tokens[max(k - 3, 0): k] if t.sent == at.sent)


@rule("agreement.signatories", "the people named in the signing sentence signed",
      "Соглашение подписали губернатор Брянской области Александр Богомаз и председатель Гомельского "
      "облисполкома Иван Крупко.", off=[])
def signatories(ctx: Context, sent: int) -> list[str]:
    out = []
    for m in ctx.people_in(sent):
        p = m.person
        if witness_not_signatory(ctx, m) or outside_signing_clause(ctx, m) or reporter_not_signatory(ctx, m):
            continue
        if (" " in p.name or ctx.role_of(p)) and p.name not in out:
            out.append(p.name)
    for name in titled_signatories(ctx, sent):
        if name not in out:
            out.append(name)
    who = pronoun_signatory(ctx, sent)
    if who and who not in out:
        out.insert(0, who)
    for name in plural_pronoun_signatories(ctx, sent):
        if name not in out:
            out.append(name)
    return out


@rule("agreement.reporter_not_signatory", "'Василий Анохин напомнил, что области подписали программу': one who tells "
      "of a signing whose own subject is named in the clause he introduces did not sign by telling",
      "Губернатор Смоленской области Василий Анохин напомнил, что в прошлом году Смоленская и Витебская области "
      "подписали программу сотрудничества.", off=False)
def reporter_not_signatory(ctx: Context, m) -> bool:
    tokens = ctx.tokens_of(m.sent)
    after = [t for t in tokens if t.i >= m.stop][:4]
    speech = next((t for t in after if t.lemma in L.reporting_verbs and t.pos == "VERB"), None)
    if speech is None:
        return False
    rest = [t for t in tokens if t.i > speech.i]
    that = next((t for t in rest[:3] if t.lower in L.that_conjunctions), None)
    if that is None:
        return False
    sign = next((t for t in rest if t.i > that.i and t.lemma in L.sign_verbs and t.pos == "VERB"), None)
    # a subject of its own before the signing verb ("что области подписали"), not "что подписал с акимом …"
    return sign is not None and any(t.case == "Nom" and t.pos in ("NOUN", "PROPN", "ADJ")
                                    for t in tokens if that.i < t.i < sign.i)


@rule("agreement.outside_signing_clause", "'встреча с мэром Бишкека Айбеком Джунушалиевым, по итогам которой подписан "
      "план': a signing told in a relative clause is signed by the people of that clause, not by those of the main one",
      "Состоялась встреча с мэром Бишкека Айбеком Джунушалиевым, по итогам которой подписан план мероприятий между "
      "Новосибирском и Бишкеком.", off=False)
def outside_signing_clause(ctx: Context, m) -> bool:
    verb = next((t for t in ctx.tokens_of(m.sent) if t.lemma in L.sign_verbs and t.pos == "VERB"), None)
    if verb is None or verb.rel != "acl:relcl":
        return False
    return not any(h.i == verb.i for h in path_to_root(ctx.ann, ctx.ann.tokens[m.start], limit=5))


@rule("agreement.coordinated_object", "'подписал соглашения с Гомельской областью, а также программы с Минской', "
      "'подписали два документа: соглашение … и меморандум …': a document coordinated with the one the verb governs, "
      "or listed after the word for them, is the verb's object too", "Губернатор Брянской области "
      "Александр Богомаз подписал соглашение с Гомельской областью, а также программу сотрудничества с Минской "
      "областью.", off=UNCHANGED)
def coordinated_object(tok: Token, ctx: Context) -> Token:
    tokens = ctx.ann.tokens
    first = tok
    while first.rel == "conj" and first.head >= 0:
        # the document it is coordinated with — the tagger may hang it on that one's topic ("соглашение о
        # сотрудничестве и меморандум …": "меморандум" a conjunct of "сотрудничестве")
        doc = next((h for h in [tokens[first.head], *path_to_root(ctx.ann, tokens[first.head], limit=2)]
                    if h.lemma in L.document_kinds or h.lemma in L.plan_nouns), None)
        if doc is None:
            break
        first = doc
    # "подписали два документа: соглашение … и меморандум …": the documents listed after the word for them
    if first.rel in ("parataxis", "appos") and first.head >= 0 and tokens[first.head].lemma in L.document_anaphora:
        first = tokens[first.head]
    return first


@rule("agreement.titled_signatories", "'Губернатор и председатель облисполкома подписали план': a title without a name, "
      "subject of the signing, is the one person the document gives that title", "Губернатор Курской области Алексей "
      "Смирнов принял председателя Гомельского облисполкома Ивана Крупко. Губернатор и председатель облисполкома "
      "подписали план мероприятий.", off=[])
def titled_signatories(ctx: Context, sent: int) -> list[str]:
    tokens = ctx.ann.tokens
    out = []
    for t in ctx.titles_in(sent):
        head = next((tokens[k] for k in range(t.start, t.stop) if tokens[k].lemma == t.head), tokens[t.start])
        # (a rare title opening the sentence, "Хоким области и губернатор подписали", may be tagged an adjective)
        subject = head.case == "Nom" or head.pos == "ADJ" and head.i == ctx.tokens_of(sent)[0].i
        if t.coref and t.person is not None and not t.plural and t.person_mention is None and subject \
                and not any(x.lemma in L.witness_nouns for x in path_to_root(ctx.ann, head, limit=6)):
            out.append(t.person.name)
    return out


@rule("agreement.heads_signed", "'Главы регионов подписали меморандум': the heads of the territories signing, each "
      "the one person the document names as a party's head", "Губернатор Омской области Виталий Хоценко встретился "
      "с акимом Павлодарской области Асаином Байхановым. Главы регионов подписали меморандум о сотрудничестве.",
      off=[])
def heads_signed(ctx: Context, sent: int, parties: list[str]) -> list[str]:
    heads_title = next((t for t in ctx.titles_in(sent) if t.plural and (t.generic or t.places) and t.person is None
                        and t.head in L.head_titles), None)
    if heads_title is None:
        return []
    heads = [sides.head_of(ctx, p) or heads_of_units_named(ctx, p, heads_title) for p in parties]
    return [h for h in heads if h] if all(heads) else []


@rule("agreement.heads_of_units_named", "'Главы городов подписали соглашение … между Железнодорожным районом Рязани и "
      "Ленинским районом Бреста': the heads a plural title names are of the units it names (the cities), not of "
      "the districts the document is between, when the document names no heads of those",
      "Мэр Рязани Виталий Артемов встретился с председателем Брестского горисполкома Александром Роговым. Главы "
      "городов подписали соглашение о сотрудничестве между Железнодорожным районом Рязани и Ленинским районом "
      "Бреста.", off=None)
def heads_of_units_named(ctx: Context, party: str, heads: TitleMention) -> str | None:
    """The head of the city ("городов", "городов-побратимов Витебска и Великих Лук") or the region ("регионов") a
    lower party lies in."""
    named = next((m.id for m in heads.places if m.id and m.id != party and contains(m.id, party)), None)
    if named is not None:
        return sides.head_of(ctx, named)
    parts = party.split("/")
    unit = heads.generic
    keep = {"city": 2, "region": 1}.get(unit or "")
    if keep is None or len(parts) <= keep or unit == "city" and len(parts) < 3:
        return None  # "RU-VLG/Сокольский округ" has no city above it
    return sides.head_of(ctx, "/".join(parts[:keep]))


@rule("agreement.witness_not_signatory", "'в присутствии …', 'при участии …': there, but not signing",
      "В присутствии президента Беларуси Александра Лукашенко губернатор подписал соглашение.", off=False)
def witness_not_signatory(ctx: Context, m) -> bool:
    tokens = ctx.ann.tokens
    if any(t.lemma in L.witness_nouns for t in path_to_root(ctx.ann, tokens[m.start], limit=6)):
        return True
    # the parse may hang the name elsewhere: the word before the name's own title tells too
    title = next((t for t in ctx.titles_in(m.sent) if t.stop == m.start or t.person is m.person and t.stop <= m.start),
                 None)
    first = title.start if title is not None and title.stop >= m.start - 1 else m.start
    return first > 0 and tokens[first - 1].lemma in L.witness_nouns


@rule("agreement.witness_place_not_party", "'Меморандум при участии Посла Беларуси … подписали мэр Казани и председатель "
      "Минского горисполкома': a place inside the title of one who was there but did not sign is not the document's",
      "Меморандум при участии Посла Беларуси Александра Рогожника подписали мэр Казани Ильсур Метшин и председатель "
      "Минского горисполкома Владимир Кухарев.", off=False)
def witness_place_not_party(ctx: Context, m: PlaceMention) -> bool:
    title = next((t for t in ctx.titles_in(m.sent) if t.start <= m.start < t.stop), None)
    return title is not None and title.start > 0 and ctx.ann.tokens[title.start - 1].lemma in L.witness_nouns


@rule("agreement.pronoun_signatory", "'он'/'она' in the signing sentence is the person last named before",
      "Губернатор Курской области Роман Старовойт прибыл в Минск. Там он подписал соглашение с облисполкомом.")
def pronoun_signatory(ctx: Context, sent: int) -> str | None:
    if any(t.lower in L.singular_pronouns for t in ctx.tokens_of(sent)) and sent > 0:
        before = ctx.people_in(sent - 1)
        if before:
            return before[-1].person.name
    return None


@rule("agreement.plural_pronoun_signatories", "'Кочанова провела встречу с Мухаметшиным. По итогам встречи они "
      "подписали соглашения': 'они' as the signers are the two people of different sides named in the sentence before",
      "Председатель Совета Республики Наталья Кочанова провела встречу с Председателем Государственного Совета "
      "Татарстана Фаридом Мухаметшиным. По итогам встречи они подписали соглашение о сотрудничестве.", off=[])
def plural_pronoun_signatories(ctx: Context, sent: int) -> list[str]:
    tokens = ctx.tokens_of(sent)
    they = next((t for t in tokens if t.lower == "они" and t.rel.startswith("nsubj")), None)
    if they is None or sent == 0 or ctx.ann.tokens[they.head].lemma not in L.sign_verbs:
        return []
    named = list(dict.fromkeys(m.person.name for m in ctx.people_in(sent - 1)))
    sides_ = {ctx.role_of(p.person) for p in ctx.people_in(sent - 1)}
    return named if len(named) == 2 and len(sides_) == 2 and None not in sides_ else []


@rule("agreement.another_kind_beside", "'заключили соглашение о сотрудничестве, а в мае 2024 года подписали дорожную "
      "карту', 'говорится в подписанной по итогам встречи дорожной карте': a bare document noun of another kind, signed "
      "in a clause or a participle of its own in the same sentence, is another document, not the one before named "
      "again", "В 2022 году Курганская и Костанайская области заключили соглашение "
      "о сотрудничестве, а в мае 2024 года подписали дорожную карту.", off=False)
def another_kind_beside(ctx: Context, d: DocMention, last: AgreementFact) -> bool:
    if last.kind == d.kind or last.evidence is None:
        return False
    sent = ctx.sentences[d.tok.sent]
    if not (last.evidence.start <= sent.start < last.evidence.end or sent.start <= last.evidence.start < sent.stop):
        return False
    verb = governing_verb(ctx.ann, d.tok)
    if verb is not None and verb.lemma in L.sign_verbs:
        return True
    # "говорится в подписанной по итогам встречи дорожной карте": a signing participle before the noun, in its phrase
    before = [t for t in ctx.ann.tokens[max(d.tok.i - 6, 0):d.tok.i] if t.sent == d.tok.sent]
    # (agreeing in gender and number: the tagger may give the participle and the noun different oblique cases)
    return any(t.lemma in L.sign_verbs and t.feats.get("VerbForm") == "Part"
               and t.feats.get("Gender") == d.tok.feats.get("Gender") and t.feats.get("Number") == d.tok.feats.get("Number")
               for t in before)


@rule("agreement.bare_reference", "a bare document noun with nothing of its own ('Соглашение предусматривает …', "
      "'Документ подписали …'; not 'соглашение о …', 'соглашение в сфере образования') names the document before again", "Стороны подписали соглашение о сотрудничестве "
      "Татарстана и Беларуси. Соглашение подписали Рустам Минниханов и Роман Головченко.", off=False)
def bare_reference(ctx: Context, d: DocMention) -> bool:
    tokens = ctx.ann.tokens
    nxt = tokens[d.tok.i + 1] if d.tok.i + 1 < len(tokens) and tokens[d.tok.i + 1].sent == d.tok.sent else None
    after = tokens[d.tok.i + 2] if nxt is not None and d.tok.i + 2 < len(tokens) else None
    # "соглашение в сфере образования": a sphere of its own
    sphere = nxt is not None and nxt.lower in L.sphere_prepositions and after is not None \
        and after.sent == d.tok.sent and after.lemma in L.sphere_nouns
    own_words = nxt is not None and (nxt.lower in L.document_ties or nxt.case == "Gen") or sphere
    in_titles = {i for t in ctx.titles_in(d.tok.sent) for i in range(t.start, t.stop)}
    return not own_words and not own_date(ctx, d) and not period(ctx, d) and d.kind != "twinning" \
        and not any(d.tok.i < m.start < d.stop and m.start not in in_titles for m in ctx.places_in(d.tok.sent))


@rule("agreement.other_sides_since", "'Об этом также договорились Псковский и Могилёвский районы. Соглашение "
      "подписали …': a bare document noun after another pair of sides is named is that pair's document, not the one "
      "before", "Брестская и Смоленская области подписали соглашение. О сотрудничестве также договорились Гомельская и "
      "Брянская области. Соглашение подписали губернатор и председатель облисполкома.", off=False)
def other_sides_since(ctx: Context, d: DocMention, last: AgreementFact) -> bool:
    first = d.tok.sent - 1 if d.tok.sent > 0 and not _holds(last, d.tok.sent - 1, ctx) else d.tok.sent
    named = [m.id for s in range(first, d.tok.sent + 1) for m in sides.side_mentions(ctx, s) if not _where_it_happened(ctx, m)]
    strangers = [p for p in named if not any(related(p, q) for q in last.parties)]
    return len(set(strangers)) >= 2


def _holds(fact: AgreementFact, sent: int, ctx: Context) -> bool:
    s = ctx.sentences[sent]
    return fact.evidence is not None and fact.evidence.start < s.stop and s.start < fact.evidence.end


@rule("agreement.sides_of_sentence_before", "a document sentence that names one side or none: the sides the sentence "
      "before names ('Договорились Псковский и Могилёвский районы. Соглашение подписали …')",
      "О сотрудничестве договорились Гомельская и Брянская области. Соглашение подписали в Гомеле.", off=[])
def sides_of_sentence_before(ctx: Context, sent: int) -> list[str]:
    """Not when the sentence before names a document of its own (its sides are that document's), nor when this
    one says "стороны" (the sides of the event it belongs to)."""
    if sent == 0 or _doc_mentions(ctx, sent - 1) or any(t.lemma == "сторона" for t in ctx.tokens_of(sent)) \
            or signed_at_the_event(ctx, sent):
        return []
    # (not the ends of a link the sentence before told: "сообщения Улан-Удэ – Сухэ-Батор. Также подписана дорожная карта")
    return sides.one_side_two_levels([m.id for m in sides.side_mentions(ctx, sent - 1) if not _where_it_happened(ctx, m)
                                      and not route_of_its_link(ctx, m)])


@rule("agreement.signed_at_the_event", "'В ходе встречи был подписан план': a document signed at the event the text "
      "reports has that event's sides, not the places of the sentence before", "Губернатор Псковской области встретился "
      "с председателем Витебского облисполкома. С 2023 года между Псковом и Витебском курсирует автобус. В ходе "
      "встречи был подписан план мероприятий.", off=False)
def signed_at_the_event(ctx: Context, sent: int) -> bool:
    """Unless the sentence before is where the event is told ("… встретилась с представителями Гомельской
    области. Соглашение подписали по итогам встречи."): then its sides are the event's."""
    tokens = ctx.tokens_of(sent)
    events = L.talk_nouns | L.session_nouns | L.trip_nouns
    told_before = any(t.lemma in events | L.talk_verbs | L.meet_verbs for t in ctx.tokens_of(sent - 1))
    return not told_before and any(t.lemma in events and any(x.lemma in L.tied_by_words for x in tokens[max(k - 2, 0): k])
                                   for k, t in enumerate(tokens))


@rule("agreement.implements_document", "'план мероприятий по реализации соглашения … между A и B': a plan's sides "
      "and years are in the phrase of the document it implements", "Утверждён план мероприятий по реализации "
      "соглашения между Брянской и Гомельской областями на 2024–2026 годы.")
def implements_document(ctx: Context, d: DocMention, mentions: list[DocMention]) -> int | None:
    stop = d.stop
    for nxt in mentions:
        if nxt.tok.i < d.stop:
            continue
        if nxt.tok.i == stop and any(t.lemma in L.implements_words for t in ctx.ann.tokens[d.tok.i: nxt.tok.i]):
            stop = nxt.stop
    return stop if stop != d.stop else None


def _linked_stop(ctx: Context, d: DocMention, mentions: list[DocMention]) -> int:
    return implements_document(ctx, d, mentions) or d.stop


@rule("agreement.implemented_no_period", "the document a plan implements: the years at the end are the plan's, not "
      "its own, and so is the signing told ('23 мая подписан план … по реализации Соглашения …': the agreement is older)", "Подписана дорожная карта по реализации соглашения между Оренбургской и Западно-Казахстанской "
      "областями на 2026–2028 годы.", off=False)
def implemented_no_period(ctx: Context, d: DocMention, mentions: list[DocMention]) -> bool:
    return any(p.kind in PERIODIC_KINDS and p.stop <= d.tok.i < _linked_stop(ctx, p, mentions)
               for p in mentions if p is not d)


@rule("agreement.orgs_between", "'между свободной экономической зоной «Минск» и Ассоциацией кластеров': the "
      "organisations that are the parties", "В Казани подписано соглашение между технопарком «Идея» и Минским городским технопарком.", off=[])
def orgs_between(ctx: Context, d: DocMention) -> list[str]:
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
        if start < first.i <= start + 25 and first.lemma not in L.government_nouns:
            name = " ".join((span.normal or span.text).replace("«", "").replace("»", "").replace('"', "").split())
            if name and name not in out:
                out.append(name)
    return out[:2]


# ---- sides ----------------------------------------------------------------------------------------


@rule("agreement.parties_between", "'соглашение между A и B': the sides after 'между' in the document's phrase",
      "Подписано соглашение между Татарстаном и Минской областью.")
def parties_between(ctx: Context, d: DocMention, mentions: list[DocMention], btw: list[str]) -> list[list[str]] | None:
    listed = one_per_listed_member(ctx, d, btw)
    if listed:
        return listed
    if len(btw) >= 2 and not sides.same_camp(ctx, btw[0], btw[1]):
        return [btw[:2]] + (more_between(ctx, d, mentions) if d.plural else [])
    return None


@rule("agreement.between_of_other_fact", "'реализацию соглашения …, а также развитие авиасообщения между Волгоградом и "
      "Чжэнчжоу': a 'между' that hangs on a link's or trade's own noun gives that fact's ends, not the document's "
      "sides", "Стороны обсудили реализацию соглашения о дружественных связях, подписанного в 2019 году, а также "
      "развитие авиасообщения между Волгоградом и Чжэнчжоу.")
def between_of_other_fact(ctx: Context, d: DocMention) -> int | None:
    """Where the other fact's phrase begins (its noun, or the first word before it that belongs to it)."""
    tokens = ctx.ann.tokens
    at = next((t for t in ctx.tokens_of(d.tok.sent) if d.tok.i < t.i < d.stop and t.lower == "между"), None)
    if at is None or at.i + 1 >= len(tokens):
        return None
    for t in path_to_root(ctx.ann, tokens[at.i + 1], limit=6):
        if t.i == d.tok.i:
            return None
        if t.pos == "NOUN" and t.lemma not in L.generic_territories:
            if not _noun_of_other_fact(t) or any(h.i == d.tok.i for h in path_to_root(ctx.ann, t, limit=6)):
                return None  # "соглашение о дружественных связях между …": the link word is the document's topic
            first = min([t.i] + [c.i for c in ctx.tokens_of(d.tok.sent) if c.head == t.i and c.i < t.i])
            return first if first > d.tok.i else None
    return None


@rule("agreement.route_of_its_link", "'Приморье и провинция Цзилинь подписали соглашение об открытии грузового "
      "железнодорожного сообщения Махалино – Хуньчунь', 'сообщение между Улан-Удэ и Сухэ-Батором': the ends of a route "
      "named right after a link's noun are the link's, not a document's sides", "Приморье и китайская провинция Цзилинь подписали "
      "соглашение об открытии грузового железнодорожного сообщения Владивосток – Хуньчунь.", off=False)
def route_of_its_link(ctx: Context, m: PlaceMention) -> bool:
    tokens = ctx.ann.tokens
    k = m.start - 1
    while k >= 0 and tokens[k].sent == m.sent and (tokens[k].text in ("—", "–", "-") or k >= m.start - 6
                                                  and (any(x.start <= k < x.stop for x in ctx.places_in(m.sent))
                                                       or tokens[k].is_cap() and tokens[k].text.isalpha()
                                                       or tokens[k].lower in ("и", "между"))):
        k -= 1  # back over the route's other end, named or not: "Махалино – Хуньчунь", "между Улан-Удэ и Сухэ-Батором"
    return k >= 0 and tokens[k].sent == m.sent and _noun_of_other_fact(tokens[k]) and tokens[k].lemma not in L.turnover_words


def _noun_of_other_fact(t: Token) -> bool:
    return t.lemma in L.turnover_words or t.lemma in L.link_nouns or any(t.lemma.startswith(m) for m in L.mode_nouns)


@rule("agreement.one_per_listed_member", "'соглашение между правительством Пензенской области и хокимиятами "
      "Андижанской, Ташкентской, Бухарской областей': one document per member of a list sharing its head noun "
      "(FACTS 1.2)", "У нас есть соглашение между правительством Омской области и акиматами Павлодарской и "
      "Костанайской областей.")
def one_per_listed_member(ctx: Context, d: DocMention, btw: list[str]) -> list[list[str]] | None:
    if len(btw) < 3:
        return None
    members = sides.listed_members(ctx, d.tok.sent, d.tok.i, _linked_stop_plain(d))
    if len(members) < 2:
        return None
    home = next((p for p in btw if country_of(p) != country_of(members[0])), None)
    return [[home, p] for p in members] if home else None


def _linked_stop_plain(d: DocMention) -> int:
    return d.stop


@rule("agreement.more_between", "'соглашения между Татарстаном и Гомельской областью, а также между Казанью и "
      "Гомелем': one pair per further 'между'", "Подписаны соглашения между Татарстаном и Гомельской областью, а "
      "также между Казанью и Гомелем.", off=[])
def more_between(ctx: Context, d: DocMention, mentions: list[DocMention]) -> list[list[str]]:
    nxt = min([m.tok.i for m in mentions if m.tok.i > d.tok.i] + [d.stop])  # within the document's own phrase
    tokens = [t for t in ctx.tokens_of(d.tok.sent) if d.tok.i < t.i < nxt]
    starts = [t.i for t in tokens if t.lower == "между"][1:]
    out = []
    for k, i in enumerate(starts):
        pair = sides.between(ctx, d.tok.sent, i, starts[k + 1] if k + 1 < len(starts) else nxt)
        if len(pair) >= 2 and not sides.same_camp(ctx, pair[0], pair[1]):
            out.append(pair[:2])
    return out


@rule("agreement.signing_posts", "'подписано … губернатором Курганской области и акимом Костанайской области', "
      "'Хоким области и губернатор подписали …': posts named without a name are the signatories' sides", "Соглашение было подписано губернатором Курганской области и "
      "акимом Костанайской области.", off=[])
def signing_posts(ctx: Context, sent: int) -> list[str]:
    out = []
    for t in ctx.titles_in(sent):
        # named by its territory, or by a generic word the document resolves ("Хоким области и губернатор подписали")
        if (t.person is None or t.coref) and (t.places or t.generic) and t.of and ctx.gz.get(t.of) and not any(
                x.lemma in L.witness_nouns for x in path_to_root(ctx.ann, ctx.ann.tokens[t.start], limit=6)):
            out.append(t.of)
    return out


@rule("agreement.pairs_told_together", "'заключили также Курганская область с Северо-Казахстанской и Оренбургская "
      "область с Западно-Казахстанской': plural documents of pairs 'A с B' listed together, each pair's own",
      "Соглашения о сотрудничестве заключили Курганская область с Северо-Казахстанской и Оренбургская область с "
      "Западно-Казахстанской.", off=None)
# (a district's region after it is the district's: "Оршанского района с Гагаринским районом Смоленской области и
# Шумячского района Смоленской области с Дубровенским районом")
def pairs_told_together(ctx: Context, sent: int) -> list[list[str]] | None:
    tokens = ctx.ann.tokens
    mentions = _with_their_regions(ctx, sent, sides.side_mentions(ctx, sent, adjectives=True))
    pairs: list[list[str]] = []
    last_stop = None
    for (a_id, a_start, a_stop), (b_id, b_start, b_stop) in zip(mentions, mentions[1:]):
        if b_start != a_stop + 1 or tokens[a_stop].lower not in L.with_prepositions \
                or country_of(a_id) == country_of(b_id):
            continue
        if pairs and not (a_start == last_stop + 1 and tokens[last_stop].text in LIST_JOINERS):
            return None  # pairs told apart, not one list
        pairs.append([a_id, b_id])
        last_stop = b_stop
    return pairs if len(pairs) >= 2 else None


def _with_their_regions(ctx: Context, sent: int, mentions) -> list[tuple[str, int, int]]:
    """Mentions as (id, start, stop), a district's region named right after it ("Гагаринским районом Смоленской
    области") part of the district's words."""
    region_at = {m.start: m for m in ctx.places_in(sent)}
    out: list[tuple[str, int, int]] = []
    for m in mentions:
        after = region_at.get(m.stop)
        stop = after.stop if after is not None and after.id != m.id and contains(after.id, m.id) else m.stop
        out.append((m.id, m.start, stop))
    return out


@rule("agreement.with_each_named_before", "'… провёл переговоры с губернаторами Псковской и Смоленской областей. С "
      "каждым из регионов подписаны планы мероприятий': plural documents 'с каждым из' are one per partner the "
      "sentence before listed, each with the one side named alone", "Председатель Витебского облисполкома провёл "
      "переговоры с губернаторами Псковской и Смоленской областей. С каждым из регионов подписаны планы мероприятий.",
      off=None)
def with_each_named_before(ctx: Context, d: DocMention) -> list[list[str]] | None:
    if not d.plural or sides.each_of(ctx.tokens_of(d.tok.sent)) is None:
        return None
    for s in (d.tok.sent, d.tok.sent - 1):
        named = list(dict.fromkeys(m.id for m in sides.side_mentions(ctx, s) if m.id))
        by_country: dict[str, list[str]] = {}
        for p in named:
            by_country.setdefault(country_of(p), []).append(p)
        homes = [ps[0] for ps in by_country.values() if len(ps) == 1]
        many = [ps for ps in by_country.values() if len(ps) >= 2]
        if len(by_country) == 2 and len(homes) == 1 and len(many) == 1:
            return [[homes[0], p] for p in many[0]]
    return None


@rule("agreement.respectively_paired", "'подписали Приморский и Холмогорский округа с Витебским и Полоцким районами "
      "соответственно': sides listed before 'с' and as many partners after it, bound by 'соответственно', pair "
      "in order", "Соглашения подписали Сокольский и Тотемский муниципальные округа Вологодской области с Лидским "
      "и Новогрудским районами соответственно.", off=None)
def respectively_paired(ctx: Context, sent: int, partners: list[str]) -> list[list[str]] | None:
    if len(partners) < 2 or not any(t.lower in L.respectively_words for t in ctx.tokens_of(sent)):
        return None
    mentions = sides.side_mentions(ctx, sent)
    first_partner = next((m.start for m in mentions if m.id in partners), None)
    homes = [m.id for m in mentions if first_partner is not None and m.start < first_partner
             and not _where_it_happened(ctx, m)]
    homes = _innermost(homes)
    partners = _innermost(partners)
    if len(homes) != len(partners) or not all(sides.crosses(ctx, a, b) for a, b in zip(homes, partners)):
        return None
    return [[a, b] for a, b in zip(homes, partners)]


def _innermost(places: list[str]) -> list[str]:
    """The places of a list without those that only hold another ("Сокольский муниципальный округ Вологодской
    области": the region says where the okrug is)."""
    places = list(dict.fromkeys(places))
    return [p for p in places if not any(q != p and contains(p, q) for q in places)]


@rule("agreement.one_home_many_partners", "'соглашения с Москвой, Казанью и Миассом', 'Уфа заключила соглашения с "
      "Бишкеком и Ташкентом': one document per partner", "Уфа заключила соглашения с Бишкеком и Ташкентом.")
def one_home_many_partners(ctx: Context, d: DocMention, partners: list[str], subjects: list[str],
                           named: list[str]) -> list[list[str]] | None:
    home_named = [p for p in subjects if not any(sides.same_camp(ctx, p, q) for q in partners)]
    if not (len(partners) >= 2 and (all(country_of(p) == country_of(partners[0]) for p in partners) or home_named)):
        return None
    # not a region of the partners' own country unless the document is about such regions ("соглашения с
    # Пензенской и Тамбовской областями, а с Липецкой областью — программа": Липецкая is a partner too)
    home = [p for p in subjects + named if not any(sides.same_camp(ctx, p, q) for q in partners)
            and all(sides.crosses(ctx, p, q) for q in partners)]
    other = ctx.other_camp(partners[0])
    home_id = home[0] if home else (other.best if other is not None and other.named else None)
    if home_id in partners:  # the document's only camps are the partners themselves: no home side is named
        return []
    return [[home_id, p] for p in dict.fromkeys(partners) if not partners_whereabouts(ctx, d, p, partners)] \
        if home_id else []


@rule("agreement.partners_whereabouts", "'соглашения с пятью регионами Беларуси (Гомельской, …)': a country in the "
      "genitive that holds the partners listed only says where they are (not 'с Беларусью, Минской и Гомельской "
      "областями': the country a partner too)", "Курская область подписала соглашения с регионами Беларуси — "
      "Гомельской и Могилевской областями.", off=False)
def partners_whereabouts(ctx: Context, d: DocMention, place: str, partners: list[str]) -> bool:
    if not any(q != place and contains(place, q) for q in partners):
        return False
    tokens = ctx.ann.tokens
    said = [m for m in ctx.places_in(d.tok.sent) if m.id == place]
    return bool(said) and all(tokens[m.stop - 1].case == "Gen" for m in said)


@rule("agreement.many_homes_one_partner", "'Витебская и Могилёвская области подписали соглашения с Псковской областью': "
      "territories of one side listed as the subject, one partner after 'с': one document per listed territory "
      "(FACTS 1.2)", "Гомельская и Могилёвская области заключили соглашения с Брянской областью.")
def many_homes_one_partner(ctx: Context, partners: list[str], subjects: list[str]) -> list[list[str]] | None:
    partners = [p for p in dict.fromkeys(partners) if not any(related(p, q) for q in subjects)]
    homes = [p for p in dict.fromkeys(subjects) if not any(related(p, q) for q in subjects if q != p)]
    if len(partners) != 1 or len(homes) < 2 or len({country_of(p) for p in homes}) != 1 \
            or any(sides.same_camp(ctx, p, partners[0]) for p in homes):
        return None
    return [[p, partners[0]] for p in homes]


@rule("agreement.plural_without_sides", "'заключенных соглашений', 'включая дорожные карты': plural documents with "
      "no sides of their own are not facts", "Губернатор рассказал о выполнении заключённых соглашений.", off=False)
def plural_without_sides(ctx: Context, d: DocMention, named: list[str]) -> bool:
    return d.plural and not named and not spheres_of_the_sides(ctx, d)


@rule("agreement.spheres_of_the_sides", "'Кроме того, подписаны соглашения в сферах образования и здравоохранения': "
      "plural documents told apart by two or more spheres are identified (FACTS 1.2) — a sentence that names no side "
      "gives them the document's two camps", "Губернатор Омской области встретился с акимом Павлодарской области. "
      "По итогам встречи подписаны соглашения в области культуры и спорта.", off=False)
def spheres_of_the_sides(ctx: Context, d: DocMention) -> bool:
    return one_per_sphere(ctx, d) >= 2


@rule("agreement.parties_in_sentence", "sides by preference: the document's own places, the subjects, the partner "
      "after 'с', the signatories' territories, generic words, any place of the sentence",
      "Брестская область подписала соглашение о сотрудничестве со Смоленской областью.")
def parties_in_sentence(ctx: Context, *groups: list[str]) -> list[str] | None:
    return sides.pair(ctx, *groups, complete=False)


@rule("agreement.delegation_adjective_refined", "'Визит казахстанской делегации в Омск завершился подписанием "
      "дорожной карты' in a text about the Северо-Казахстанская область: a side named only by a country's adjective on "
      "a delegation is the territory the text is about (as meeting.delegation_adjective_refined)", "Губернатор Омской "
      "области встретился с акимом Северо-Казахстанской области. Визит казахстанской делегации в Омск завершился "
      "подписанием дорожной карты.", off=None)
def delegation_adjective_refined(ctx: Context, sent: int, party: str) -> str | None:
    return sides.delegation_country_unit(ctx, [sent], party)


@rule("agreement.parties_from_camps", "a document sentence that names no side at all: the document's two camps",
      "Губернатор Курской области встретился с председателем Гомельского облисполкома. Стороны обсудили "
      "поставки. Подписано соглашение о сотрудничестве.")
def parties_from_camps(ctx: Context) -> list[str] | None:
    return sides.camps_pair(ctx)


@rule("agreement.own_partners_in_coordination", "'подписал соглашения с Гомельской и Могилёвской областями, а также "
      "программы сотрудничества с Минской областью': documents of one verb, each with partners of its own after it, "
      "each has those", "Губернатор Брянской области подписал соглашения с Гомельской и Могилевской областями, а "
      "также программу сотрудничества с Минской областью.", off=UNCHANGED)
def own_partners_in_coordination(bounds: tuple[int, int | None], ctx: Context, d: DocMention, verb: Token | None,
                                 mentions: list[DocMention]) -> tuple[int, int | None]:
    start, stop = bounds
    sent = d.tok.sent
    if verb is None or verb.i > d.tok.i:
        return start, stop
    own = sides.partners_after(ctx, sent, d.tok.i, stop)
    before = [m for m in mentions if verb.i < m.tok.i < d.tok.i and sides.partners_after(ctx, sent, m.tok.i, d.tok.i)]
    if before and own:  # the second document: its partners only
        start = d.tok.i
    after = [m for m in mentions if m.tok.i > d.tok.i and (stop is None or m.tok.i < stop)]
    if after and sides.partners_after(ctx, sent, d.tok.i, after[0].tok.i) \
            and sides.partners_after(ctx, sent, after[0].tok.i, stop):
        stop = after[0].tok.i  # the first: up to the next document, which names partners of its own
    return start, stop


@rule("agreement.partner_fronted", "'С Северо-Казахстанской областью подписан план мероприятий …': a partner put "
      "before the signing verb, in its clause, is the document's (the other side is the unnamed subject: the other "
      "camp)", "Губернатор Курганской области провел переговоры с акимами. С Северо-Казахстанской областью подписан "
      "план мероприятий на 2025–2026 годы.", off=None)
def partner_fronted(ctx: Context, verb: Token | None, d: DocMention) -> int | None:
    """The "с" of the partner phrase before ``verb`` (which comes before the document), or None."""
    if verb is None or verb.i > d.tok.i:
        return None
    before = [t for t in ctx.tokens_of(verb.sent) if t.i < verb.i]
    commas = [k for k, t in enumerate(before) if t.text in (",", ";", "—", "–")]
    clause = before[commas[-1] + 1:] if commas else before
    with_ = next((t for t in clause if t.lower in L.with_prepositions), None)
    if with_ is None or not any(m.start == with_.i + 1 or m.start == with_.i + 2 and
                                ctx.ann.tokens[with_.i + 1].pos == "ADJ" for m in ctx.places_in(verb.sent)):
        return None
    return with_.i


def _parties(ctx: Context, d: DocMention, verb: Token | None, mentions: list[DocMention]) -> list[list[str]]:
    """One or more party pairs for a document mention."""
    sent = d.tok.sent
    other_fact = between_of_other_fact(ctx, d)
    if other_fact is not None:  # the document's phrase ends where the other fact's begins
        d = DocMention(d.kind, d.tok, min(d.stop, other_fact), d.plural)
    btw = sides.between(ctx, sent, d.tok.i, _linked_stop(ctx, d, mentions))
    found = parties_between(ctx, d, mentions, btw)
    if found:
        return found
    start = min(d.tok.i, verb.i) if verb is not None else d.tok.i
    gapped = gapped_clause_start(ctx, d)
    if gapped is not None:  # "…, а с Липецкой областью — программа": the partner of its own clause
        start = gapped
    stop = d.stop if verb is None or verb.i < d.tok.i else None
    # "С Минском подписан план, а с Гродно — меморандум": the plan's partners end where the next clause begins
    later = [g for m in mentions if m.tok.i > d.tok.i and (g := gapped_clause_start(ctx, m)) is not None
             and g > d.tok.i]
    if later:
        stop = min(stop, later[0]) if stop is not None else later[0]
    if gapped is not None:
        own_pair = gapped_clause_sides(ctx, d, gapped)
        if own_pair:
            return [own_pair]
    start, stop = own_partners_in_coordination((start, stop), ctx, d, verb, mentions)
    fronted = partner_fronted(ctx, verb, d) if gapped is None else None
    if fronted is not None:
        start = fronted
    partners = sides.partners_after(ctx, sent, start, stop)
    if gapped is not None and partners:  # the clause names one side; the other is the document's other camp
        pair = sides.pair(ctx, partners)
        return [pair] if pair else []
    subjects = sides.subjects_before(ctx, sent, verb) if verb is not None and verb.i > d.tok.i else \
        sides.subjects_before(ctx, sent, d.tok)
    own = [m.id for m in sides.side_mentions(ctx, sent, d.tok.i + 1, min(d.stop, later[0]) if later else d.stop)
           if not _where_it_happened(ctx, m) and not witness_place_not_party(ctx, m) and not route_of_its_link(ctx, m)]
    signers = sides.people_sides(ctx, [m for m in ctx.people_in(sent) if not witness_not_signatory(ctx, m)]) \
        + signing_posts(ctx, sent)
    pairs = pairs_told_together(ctx, sent) if d.plural else None
    if pairs:
        return pairs
    pairs = respectively_paired(ctx, sent, partners)
    if pairs:
        return pairs
    each = with_each_named_before(ctx, d)
    if each:
        return each
    many = one_home_many_partners(ctx, d, partners, subjects, own + btw + signers)
    if many is not None:
        return many
    many = many_homes_one_partner(ctx, partners, subjects)
    if many is not None:
        return many
    signing_subjects = subjects if verb is not None and verb.lemma in L.sign_verbs else []
    if plural_without_sides(ctx, d, btw + partners + own + signing_subjects):
        return []
    generic = forum_sides_signed_at(ctx, sent) or sides.generics_in(ctx, sent)
    everything = [m.id for m in sides.side_mentions(ctx, sent, None, later[0] if later else None)
                  if not _where_it_happened(ctx, m)]
    named = btw + own + subjects + partners + signers + generic + everything
    pair = parties_in_sentence(ctx, btw, own, subjects, partners, signers, generic, everything)
    if pair is None and len(set(everything + signers)) < 2 and not (fronted is not None and partners):
        # (a partner put first has the unnamed subject as its other side, not another place named before)
        pair = sides.pair(ctx, named, sides_of_sentence_before(ctx, sent), complete=False)
    if pair is None and named:
        pair = sides.pair(ctx, named)  # one side named: the other is the document's other camp
    if pair is None and not everything and not generic:
        pair = organisations_home(ctx, sent, verb or d.tok) or parties_from_camps(ctx)
    return [pair] if pair else []


@rule("agreement.organisations_home", "'Гродненский государственный университет … и Казанский федеральный университет "
      "подписали договор': a document of organisations named after their places, with no side of its own, is between "
      "those places — the towns where the adjective names one (FACTS: the territories the organisations belong to)",
      "Гродненский государственный университет и Казанский федеральный университет подписали договор о сотрудничестве.",
      off=None)
def organisations_home(ctx: Context, sent: int, before: Token) -> list[str] | None:
    homes = []
    for m in ctx.places_in(sent, sides_only=False):
        if not m.in_org or m.start >= before.i or not m.id or m.id.startswith("?"):
            continue
        town = next((c for c in m.candidates if ctx.gz.level(c) == "city"), None)
        homes.append(town or m.id)
    return sides.pair(ctx, list(dict.fromkeys(homes)), complete=False) if len(set(homes)) >= 2 else None


@rule("agreement.forum_sides_signed_at", "'в прошлом году форум прошёл в Курске, тогда стороны подписали дорожную карту' "
      "after 'Форум регионов Беларуси и Курской области': 'стороны' of a forum's sentence are the sides its name gives "
      "when one is a region, not the people named around it", "В апреле пройдёт Форум регионов Беларуси и Курской области. В нём примут "
      "участие губернатор Курской области и председатель Брестского облисполкома. Напомним, в прошлом году форум "
      "прошёл в Курске, тогда стороны подписали дорожную карту.", off=[])
def forum_sides_signed_at(ctx: Context, sent: int) -> list[str]:
    tokens = ctx.tokens_of(sent)
    if not any(t.lemma == "сторона" and t.feats.get("Number") == "Plur" for t in tokens):
        return []
    forum = next((t for t in tokens if t.lemma in L.forum_nouns), None)
    named = (phrase_sides(ctx, forum) or forum_named_before(ctx, forum, "forum")) if forum is not None else []
    pair = sides.pair(ctx, named, complete=False) if named else None
    # (a forum of two countries says nothing of which of their regions signed: the people do)
    return pair if pair and any(ctx.gz.level(p) != "country" for p in pair) else []


def _where_it_happened(ctx: Context, m: PlaceMention) -> bool:
    """"в Минске", "визит в Ярославль": where the document was made, not who made it (FACTS: the venue of a
    signing is not a party); the countries of the forum it was signed at."""
    return sides.venue(ctx, m) or sides.trip_destination(ctx, m) or sides.forum_name_place(ctx, m)


# ---- the stage ------------------------------------------------------------------------------------


def extract(ctx: Context) -> list[AgreementFact]:
    facts: list[AgreementFact] = []
    distinct: set[int] = set()  # earlier documents and documents of several spheres: never merged with another
    of_a_sphere: set[int] = set()  # documents of one sphere of cooperation: not a twinning named again
    exact: set[int] = set()  # twinnings told in passing: merged only with the same places, not a district of one
    last: AgreementFact | None = None
    told = -1  # the last sentence that told of ``last``: its own, "Документ подписали …", "Соглашение скрепили …"
    for s in ctx.sentences:
        mentions = _doc_mentions(ctx, s.index)
        made = False
        for d in mentions:
            with candidate("agreement", d.tok) as c:
                if aggregate_count(ctx, d):
                    c.drop("счёт документов, а не документ")
                    continue
                why_not = _reported_as_made(ctx, d)
                again = same_document_again(ctx, d, facts) if why_not == NO_STATUS else None
                if again is not None:  # "Дорожная карта … рассчитана на 2026–2028 годы": the document made before
                    p = period(ctx, d) or next((r.value for r in ctx.in_sentence(ctx.year_ranges, s.index)), None)
                    if p and (not again.period or fuller_period(p, again.period)):
                        again.period = p
                    c.made(again)
                    continue
                if why_not:
                    c.drop(why_not)
                    continue
                verb = governing_verb(ctx.ann, d.tok)
                # the people of the sentence signed the documents the signing verb itself governs
                direct = verb is not None and verb.lemma in L.sign_verbs and coordinated_object(d.tok, ctx).head == verb.i \
                    or signed_in_relative_clause(ctx.ann, d.tok)  # "протокол, который подписали главы регионов"
                signers = signatories(ctx, s.index) if direct or (d is mentions[0] and signing_in_clause(ctx, d)) else []
                if last is not None and earlier_document(ctx, d, last):
                    fact = AgreementFact(kind=last.kind if d.kind == "same" else d.kind, parties=list(last.parties),
                                         date=own_date(ctx, d) or signing_date(ctx, d, mentions, verb),
                                         evidence=ctx.evidence(s.index))
                    facts.append(c.made(fact))
                    distinct.add(id(fact))
                    made = True
                    continue
                if last is not None and corresponding_document(ctx, d, last, facts):
                    fact = AgreementFact(kind=d.kind, parties=list(last.parties), signatories=list(signers),
                                         date=own_date(ctx, d) or signing_date(ctx, d, mentions, verb),
                                         evidence=ctx.evidence(s.index))
                    facts.append(c.made(fact))
                    last, told, made = fact, s.index, True
                    continue
                if last is not None and d.kind != "same" and bare_reference(ctx, d) \
                        and not other_sides_since(ctx, d, last) and gapped_clause_start(ctx, d) is None \
                        and not another_kind_beside(ctx, d, last):
                    named = named_by_its_kind(last, d, facts)
                    named = sides_tell_which(named, ctx, d.tok.sent, facts)
                    _add_signers(named, signers)
                    named.date = named.date or signing_date(ctx, d, mentions, verb)
                    if is_headline(named.evidence, ctx.document.text):
                        named.evidence = ctx.evidence(s.index)
                    c.made(named)
                    told = s.index if named is last else told
                    made = True
                    continue
                like_last = same_kind_sides(ctx, d, verb, last) if d.kind == "same" else None
                if d.kind == "same":
                    d.kind = last.kind if last is not None else "agreement"
                parties = like_last or _parties(ctx, d, verb, mentions)
                if not parties:
                    c.drop("стороны не названы")
                background = implemented_no_period(ctx, d, mentions)
                copies = one_per_sphere(ctx, d) if d.plural and len(parties) == 1 else 1
                for pair in parties * copies:
                    pair = [delegation_adjective_refined(ctx, s.index, p) or p for p in pair]
                    if direct and not signers:
                        signers = heads_signed(ctx, s.index, pair)
                    # the document a plan implements was signed before it: the signing told is the plan's
                    fact = AgreementFact(kind=d.kind, parties=pair, date=own_date(ctx, d) or (
                                             None if background else signing_date(ctx, d, mentions, verb)),
                                         period=None if implemented_no_period(ctx, d, mentions)
                                         else period(ctx, d, _linked_stop(ctx, d, mentions)),
                                         signatories=list(signers), orgs=orgs_between(ctx, d),
                                         evidence=ctx.evidence(s.index))
                    facts.append(c.made(fact))
                    fact._implemented = background
                    if last is not None and another_of_its_kind_too(ctx, d, last):
                        distinct.add(id(fact))
                        ctx.repeated.add(id(fact))  # the same kind and sides, maybe the same fields: still two
                    if copies > 1:
                        distinct.add(id(fact))
                        ctx.repeated.add(id(fact))
                    if document_of_a_sphere(ctx, d):
                        of_a_sphere.add(id(fact))
                    if not background or last is None or last.evidence is None \
                            or last.evidence.start < ctx.sentences[s.index].start:
                        last = fact  # "Документ подписали …" next names the plan, not the agreement it implements
                        told = s.index
                    made = True
        if made:  # "Главы городов-побратимов Витебска и Великих Лук подписали меморандум …": told in passing too
            twin = twins_in_passing(ctx, s.index, facts)
            if twin is not None:
                facts.append(twin)
                exact.add(id(twin))
        if not made:
            twin = twinning_statement(ctx, s.index, mentions)
            if twin:
                if signers_of_last(ctx, s.index):  # "Документ о побратимстве скрепили подписями мэр … и хоким …"
                    _add_signers(twin, signatories(ctx, s.index))
                facts.append(twin)
                last, told = twin, s.index  # "Соглашение подписали …" next names it again
            elif last is not None and signers_of_last(ctx, s.index):
                names = signatories(ctx, s.index)
                by_sides = signers_by_their_sides(ctx, names, [f for f in facts if f.evidence == last.evidence
                                                               and f.kind == last.kind])
                # "соглашения в сферах …": each document of the one mention; "Документы подписали …": each one told
                told_together = documents_signed_together(ctx, s.index, facts, last)
                for f, signed in by_sides or [(f, names) for f in told_together or _copies(
                        facts, sides_tell_which(last, ctx, s.index, facts))]:
                    _add_signers(f, signed)
                    f.date = f.date or signed_on(ctx, s.index)
                told = s.index
            elif last is not None and ceremony_told_after(ctx, s.index, last, told):
                for f in _copies(facts, last):
                    f.date = f.date or signed_on(ctx, s.index)
            elif last is not None and told == s.index - 1 and (years := period_told_after(ctx, s.index)):
                for f in _copies(facts, last):
                    f.period = f.period or years
    return merge_mentions(facts, distinct, ctx.document.text, exact, of_a_sphere)


@rule("agreement.period_told_after", "'… подписали дорожную карту. Документ рассчитан на 2025–2027 годы': the years "
      "'Документ' covers, told right after the document with none of its own, are that document's period",
      "Глава Чувашии и председатель Витебского облисполкома подписали дорожную карту. Документ рассчитан на 2025–2027 "
      "годы.", off=None)
def period_told_after(ctx: Context, sent: int) -> list[int | None] | None:
    tokens = [t for t in ctx.tokens_of(sent) if t.pos != "PUNCT"]
    if not tokens or tokens[0].lemma != "документ" or not tokens[0].rel.startswith("nsubj"):
        return None
    return next((r.value for r in ctx.in_sentence(ctx.year_ranges, sent)), None)


@rule("agreement.corresponding_document", "'продлили действие соглашения … Соответствующий протокол скрепили подписями "
      "…': a document 'to that effect' ('соответствующий') of another kind than the last one told is a new document of "
      "the same sides", "Гродненская и Ленинградская области продлили действие соглашения о сотрудничестве. "
      "Соответствующий протокол подписали губернатор и председатель облисполкома.", off=False)
def corresponding_document(ctx: Context, d: DocMention, last: AgreementFact, facts: list[AgreementFact]) -> bool:
    if d.kind in ("same", last.kind) or any(f.kind == d.kind and set(f.parties) == set(last.parties) for f in facts):
        return False
    return any(t.head == d.tok.i and t.lemma in L.corresponding_words for t in ctx.tokens_of(d.tok.sent))


@rule("agreement.named_by_its_kind", "'… подписали дорожную карту по реализации соглашения. Соглашение было подписано в "
      "2019 году': a bare document noun names the document of its own kind told before, not the last one of another "
      "kind", "Омская и Павлодарская области подписали дорожную карту по реализации соглашения о сотрудничестве. "
      "Соглашение было подписано в 2019 году.", off=UNCHANGED)
def named_by_its_kind(last: AgreementFact, d: DocMention, facts: list[AgreementFact]) -> AgreementFact:
    if d.kind == last.kind:
        return last
    own = [f for f in facts if f.kind == d.kind and set(f.parties) == set(last.parties)]
    return own[-1] if own else last


@rule("agreement.sides_tell_which", "'… соглашения между Сокольским округом и Лидским районом, а также между Тотемским "
      "округом и Щучинским районом. Со стороны Сокольского округа документ подписал …': a document named again, where the "
      "documents told last are several, is the one whose sides the sentence names", "Подписаны соглашения между "
      "Сокольским муниципальным округом и Лидским районом, а также между Тотемским муниципальным округом и Щучинским "
      "районом. Со стороны Сокольского округа документ подписал его глава Алексей Сиротин.", off=UNCHANGED)
def sides_tell_which(named: AgreementFact, ctx: Context, sent: int, facts: list[AgreementFact]) -> AgreementFact:
    told_with = [f for f in facts if f.evidence == named.evidence and f.kind == named.kind]
    if len(told_with) < 2:
        return named
    said = {m.id for m in ctx.places_in(sent) if m.id}
    fits = [f for f in told_with if said & set(f.parties)]
    return fits[-1] if len(fits) == 1 else named


@rule("agreement.signers_by_their_sides", "'Нижегородская область подписала соглашения с Минской и Гомельской областями. "
      "Документы подписали губернатор …, председатель Минского облисполкома … и председатель Гомельского облисполкома "
      "…': the documents of one mention with different sides each take the signers whose posts are of their sides",
      "Нижегородская область подписала соглашения с Минской и Гомельской областями. Документы подписали губернатор "
      "Нижегородской области Глеб Никитин, председатель Минского облисполкома Алексей Кушнаренко и председатель "
      "Гомельского облисполкома Иван Крупко.", off=None)
def signers_by_their_sides(ctx: Context, names: list[str], told: list[AgreementFact]) -> list | None:
    """Pairs (document, its signers), or None when the posts do not tell them apart."""
    if len({frozenset(f.parties) for f in told}) < 2:
        return None
    people = {p.name: p for p in ctx.people}
    held = {n: ctx.role_of(people.get(n)) for n in names}
    out = {id(f): [n for n in names if held[n] and any(related(held[n], p) for p in f.parties)] for f in told}
    placed = {n for ns in out.values() for n in ns}
    if any(not ns for ns in out.values()) or placed != set(names):
        return None
    return [(f, out[id(f)]) for f in told]


def _copies(facts: list[AgreementFact], last: AgreementFact) -> list[AgreementFact]:
    """The last fact and the other documents made from its mention ("соглашения в сферах образования и культуры")."""
    return [f for f in facts if f is last or f.evidence == last.evidence and f.kind == last.kind
            and f.parties == last.parties]


def _add_signers(fact: AgreementFact, names: list[str]) -> None:
    for name in names:
        if name not in fact.signatories:
            fact.signatories.append(name)


@rule("agreement.earlier_document", "'предыдущий документ, подписанный в 2023 году', 'Первое подобное соглашение было "
      "подписано в 2006 году': an earlier document of the kind just named, between the same sides",
      "Гродненская и Ленинградская области подписали новую программу сотрудничества. Она продолжает предыдущий "
      "документ, подписанный в 2019 году.", off=False)
def earlier_document(ctx: Context, d: DocMention, last: AgreementFact | None = None) -> bool:
    before = ctx.ann.tokens[max(d.tok.i - 3, 0): d.tok.i]
    own_sides = sides.between(ctx, d.tok.sent, d.tok.i, d.stop) or sides.partners_after(ctx, d.tok.sent, d.tok.i, d.stop)
    # "Первое подобное соглашение с Киргизией": sides of its own, when they are the last document's
    same_sides = last is not None and all(any(related(p, q) for q in last.parties) for p in own_sides)
    return (not own_sides or same_sides) and any(t.lemma in L.earlier_words for t in before if t.sent == d.tok.sent) \
        and bool(own_date(ctx, d) or signing_date(ctx, d, [], governing_verb(ctx.ann, d.tok)))


@rule("agreement.one_per_sphere", "'соглашения в сферах образования, здравоохранения и туризма': plural documents told "
      "apart by sphere are one document per sphere (FACTS 1.2); 'в торгово-экономической и культурной сферах' is the "
      "scope of one", "Гродненская и Ленинградская области подписали соглашения в сферах образования, культуры и "
      "спорта.", off=1)
def one_per_sphere(ctx: Context, d: DocMention) -> int:
    """How many spheres the plural document names: 'в сферах образования, культуры и спорта', 'в области
    образования и культуры', 'в сфере образования, в сфере культуры и в сфере спорта' — each sphere noun
    with its noun complement, and the complements coordinated with that one."""
    tokens = ctx.ann.tokens
    sentence = ctx.tokens_of(d.tok.sent)
    count = 0
    for x in tokens[d.tok.i + 1: min(d.stop, d.tok.i + 14)]:
        if x.lemma not in L.sphere_nouns or tokens[x.i - 1].lower not in L.sphere_prepositions:
            continue
        spheres = [c for c in sentence if c.head == x.i and c.rel == "nmod" and c.pos == "NOUN" and c.i > x.i]
        if spheres:
            count += 1 + sum(1 for c in sentence if c.head == spheres[0].i and c.rel == "conj" and c.i > spheres[0].i)
    return max(count, 1)


@rule("agreement.signers_of_last", "'Подписи под документом поставили …', 'Его подписали …': the signatories of the "
      "document before", "Брянская и Гомельская области подписали план мероприятий. Подписи под документом поставили губернатор "
      "Александр Богомаз и председатель облисполкома Иван Крупко.", off=False)
def signers_of_last(ctx: Context, sent: int) -> bool:
    lemmas = {t.lemma for t in ctx.tokens_of(sent)}
    return bool(lemmas & L.signers_words) \
        and bool(lemmas & (L.document_anaphora | {"подпись"}))


@rule("agreement.documents_signed_together", "'… подписали соглашение …; тогда же был утверждён и план … Документы "
      "подписали …': the documents, plural, are all the ones the sentence before told, of whatever kind",
      "Брест и Лишуй подписали соглашение о побратимстве; тогда же был утверждён и план совместных мероприятий. "
      "Документы подписали председатель Брестского горисполкома Александр Рогачук и заместитель мэра Лишуя Чэнь Ли.",
      off=None)
def documents_signed_together(ctx: Context, sent: int, facts: list[AgreementFact],
                              last: AgreementFact) -> list[AgreementFact] | None:
    plural = any(t.lemma in L.document_anaphora and t.feats.get("Number") == "Plur" for t in ctx.tokens_of(sent))
    together = [f for f in facts if f.evidence == last.evidence]
    return together if plural and len({f.kind for f in together}) > 1 else None


@rule("agreement.ceremony_told_after", "'… подписали соглашение. Церемония прошла 21 мая 2026 года в Уфе': the "
      "signing told as an event in the next sentence is the last document's", "Мэр Уфы и аким Шымкента подписали "
      "соглашение о побратимстве. Церемония прошла 21 мая 2026 года в Уфе.", off=False)
def ceremony_told_after(ctx: Context, sent: int, last: AgreementFact, told: int) -> bool:
    if sent - 1 != told:
        return False  # only right after a sentence that told of the document ("Документ подписали …" too)
    tokens = ctx.ann.tokens
    return any(t.lemma in L.ceremony_nouns and t.rel == "nsubj" and t.head >= 0
               and tokens[t.head].lemma in L.took_place_verbs for t in ctx.tokens_of(sent))


@rule("agreement.signed_on", "'Документ скреплен подписями 27 марта 2025 года в Гатчине': the day of a sentence that "
      "tells the last document's signing is its date", "Гродненский район и Гатчинский округ подписали соглашение о "
      "побратимстве. Документ скреплен подписями 27 марта 2025 года.")
def signed_on(ctx: Context, sent: int) -> str | None:
    for d in ctx.in_sentence(ctx.dates, sent):
        if not _in_range(ctx, d.start) and (d.value.month is not None or d.value.day_shift is not None):
            return event_day(ctx, d)
    return None


@rule("agreement.twinning_statement", "'Казань и Минск стали городами-побратимами', 'давние побратимские связи': "
      "a twinning without a document", "Гомель и Брянск — города-побратимы с 1993 года.")
def twinning_statement(ctx: Context, sent: int, mentions: list[DocMention]) -> AgreementFact | None:
    tokens = ctx.tokens_of(sent)
    hit = next((t for t in tokens if "побратим" in t.lower), None) or friendly_relations_set(ctx, sent)
    if hit is None or unrealised(ctx.ann, hit) or infinitive_of_noun(ctx.ann, hit) \
            or twinning_of_a_document(hit, mentions):
        return None
    with candidate("agreement", hit) as c:
        mentions = sides.side_mentions(ctx, sent)
        places = [m.id for m in twins_not_speaker(ctx, sent, mentions) or mentions if ctx.gz.level(m.id) != "country"]
        if "побратим" not in hit.lower and any(ctx.gz.level(p) not in ("city", "district") for p in places):
            c.drop("дружеские отношения регионов — не побратимство")
            return None
        pair = sides.pair(ctx, places)
        if pair is None and not places:
            pair = twins_by_generic_word(ctx, sent) or sides.camps_pair(ctx)
        if pair is None or any(ctx.gz.level(p) == "country" for p in pair):
            c.drop("побратимы — не страны; нужны две стороны ниже уровня страны")
            return None
        return c.made(AgreementFact(kind="twinning", parties=pair, date=twinned_since(ctx, sent, hit),
                                    evidence=ctx.evidence(sent)))


@rule("agreement.twinning_of_a_document", "'парафировали текст соглашения об установлении побратимских отношений, которое "
      "планируется подписать': a twinning word inside a document's own name is what the document is about — the "
      "document's status decides, and a draft or a plan twins nothing", "Стороны парафировали текст соглашения об "
      "установлении побратимских отношений между Бишкеком и Екатеринбургом, которое планируется подписать в 2026 "
      "году.", off=False)
def twinning_of_a_document(hit: Token, mentions: list[DocMention]) -> bool:
    """``mentions``: the sentence's document mentions, as the stage found them."""
    return any(d.tok.i < hit.i < d.stop for d in mentions)


@rule("agreement.twins_in_passing", "'Главы городов-побратимов Витебска и Великих Лук подписали меморандум …': two "
      "places right after a word of twins are twinned, whatever else the sentence tells (FACTS: a twinning stated in "
      "passing is a fact); with no places of their own, the twins are the towns of the sentence's document ('протокол "
      "о сотрудничестве городов-побратимов')", "Главы городов-побратимов Витебска и Великих Лук подписали меморандум о "
      "сотрудничестве "
      "в сфере образования.", off=None)
def twins_in_passing(ctx: Context, sent: int, facts: list[AgreementFact]) -> AgreementFact | None:
    # ("города-побратимы" the tagger may call anything: the hyphenated noun is the twins' whatever its tag)
    twins = next((t for t in ctx.tokens_of(sent) if "побратим" in t.lower and (t.pos == "NOUN" or "-" in t.text)
                  and _plural(t)), None)
    if twins is None:
        return twin_relations_of_both(ctx, sent, facts)
    mentions = [m for m in sides.side_mentions(ctx, sent) if m.form != "adj"]
    named = [m for m in mentions if twins.i < m.start <= twins.i + 5][:2]
    if len(named) < 2:  # "Людиново и Кричев, города-побратимы с 2012 года, …": the two in apposition before it
        named = twins_in_apposition(ctx, twins, mentions)
    pair = [m.id for m in named]
    if len(pair) < 2:  # "протокол о сотрудничестве городов-побратимов": the twins are the sides of its document
        pair = next((list(f.parties) for f in reversed(facts) if f.evidence == ctx.evidence(sent)
                     and len(f.parties) == 2 and all(ctx.gz.level(p) in ("city", "district") for p in f.parties)), [])
    if len(pair) != 2 or not sides.crosses(ctx, *pair) or any(ctx.gz.level(p) == "country" for p in pair) \
            or any(f.kind == "twinning" and set(f.parties) == set(pair) for f in facts):
        return None
    with candidate("agreement", twins) as c:
        since = twinned_since(ctx, sent, twins) if named and named[-1].stop <= twins.i else None
        return c.made(AgreementFact(kind="twinning", parties=pair, date=since, evidence=ctx.evidence(sent)))


@rule("agreement.twin_relations_of_both", "'подготовку к празднованию 30-летия побратимских связей двух городов', "
      "'побратимские отношения наших городов': twin relations of both sides, named by a word for each, are their "
      "twinning, whatever else the sentence tells", "Мэр Еревана принял делегацию Санкт-Петербурга. Стороны обсудили "
      "празднование 30-летия побратимских связей двух городов и подписали программу сотрудничества.", off=None)
def twin_relations_of_both(ctx: Context, sent: int, facts: list[AgreementFact]) -> AgreementFact | None:
    tokens = ctx.ann.tokens
    adj = next((t for t in ctx.tokens_of(sent) if t.lemma.startswith("побратимск") and t.i + 2 < len(tokens)
                and tokens[t.i + 1].lemma in L.relation_nouns), None)
    if adj is None:
        return None
    pair = next((both for t in tokens[adj.i + 2: adj.i + 5] if t.sent == sent and len(both := sides.both_sides(ctx, t)) == 2),
                None)
    if pair is None or any(ctx.gz.level(p) == "country" for p in pair) \
            or any(f.kind == "twinning" and set(f.parties) == set(pair) for f in facts):
        return None
    with candidate("agreement", adj) as c:
        return c.made(AgreementFact(kind="twinning", parties=list(pair), date=None, evidence=ctx.evidence(sent)))


def _plural(t: Token) -> bool:
    """The tagger's number, or — where it calls "города-побратимы" singular — every reading of the word's last part."""
    if t.feats.get("Number") == "Plur":
        return True
    parses = morph_vocab()(t.lower.rsplit("-", 1)[-1])
    return bool(parses) and all("plur" in p.tag for p in parses)


@rule("agreement.twins_in_apposition", "'Людиново и Кричев, города-побратимы с 2012 года, подписали программу': two "
      "places joined by 'и' right before ', города-побратимы' are the twins", "Людиново и Кричев, города-побратимы с "
      "2012 года, подписали программу сотрудничества на 2025–2027 годы.", off=[])
def twins_in_apposition(ctx: Context, twins: Token, mentions: list[PlaceMention]) -> list[PlaceMention]:
    tokens = ctx.ann.tokens
    before = [m for m in mentions if m.stop <= twins.i]
    if len(before) < 2:
        return []
    a, b = before[-2:]
    joined = b.start == a.stop + 1 and tokens[a.stop].text in LIST_JOINERS
    apposed = twins.i - b.stop <= 2 and all(t.text in (",", "—", "–", "-") for t in tokens[b.stop:twins.i]) \
        and twins.i > b.stop
    return [a, b] if joined and apposed else []


@rule("agreement.twins_not_speaker", "'Марзпет Ширакской области отметил, что Ульяновск и Гюмри связывают побратимские "
      "отношения': the twins are the places named outside the speaker's title, when there are two",
      "Губернатор Ульяновской области отметил, что Ульяновск и Гюмри связывают побратимские отношения.",
      off=None)
def twins_not_speaker(ctx: Context, sent: int, mentions: list) -> list | None:
    in_titles = {i for t in ctx.titles_in(sent) for i in range(t.start, t.stop)}
    outside = [m for m in mentions if m.start not in in_titles]
    return outside if len(mentions) > len(outside) >= 2 else None


@rule("agreement.friendly_relations_set", "'Калинковичский и Кимовский районы установили дружеские отношения', 'между "
      "Лидой и Вологдой установлены дружественные связи': friendly relations set up between cities or districts are "
      "a twinning (FACTS), with no document named", "Калинковичский и Кимовский районы установили дружеские "
      "отношения.", off=None)
def friendly_relations_set(ctx: Context, sent: int) -> Token | None:
    tokens = ctx.ann.tokens
    for t in ctx.tokens_of(sent):
        if t.lemma in L.friendly_words and t.head >= 0 and tokens[t.head].lemma in L.relation_nouns \
                and tokens[t.head].head >= 0 and tokens[tokens[t.head].head].lemma in L.relation_set_verbs:
            return tokens[tokens[t.head].head]  # the verb: its date is the twinning's
    return None


@rule("agreement.twins_by_generic_word", "'Города связывают дружественные отношения с 2009 года', 'районы-побратимы': "
      "the twins a plural word names are the places of that level of the two sides (the city, not its oblast)",
      "Председатель Витебского горисполкома встретился с главой Великого Новгорода. Председатель Витебского "
      "облисполкома тоже принял гостя. Города связывают дружественные отношения с 2009 года.", off=None)
def twins_by_generic_word(ctx: Context, sent: int) -> list[str] | None:
    # (a plural word, or one the verb links — "Города связывают …", which the tagger may read as a singular)
    return next((pair for t in ctx.tokens_of(sent) if L.generic_territories.get(t.lemma) in ("city", "district")
                 for pair in [sides.both_sides(ctx, t)] if pair), None)


@rule("agreement.twinned_since", "'побратимы с 1993 года', 'отношения установлены в 1993 году', 'побратимские "
      "отношения уже с 2008 года': a date beside the word, its noun or on its verb", "Брест и Орёл стали побратимами в 2004 году.")
def twinned_since(ctx: Context, sent: int, hit: Token) -> str | None:
    verb = hit if hit.pos == "VERB" else governing_verb(ctx.ann, hit)
    tokens = ctx.ann.tokens
    # "побратимские отношения с 2003 года": the date follows the noun the word qualifies
    noun = tokens[hit.head] if hit.pos == "ADJ" and hit.head > hit.i else hit
    # (not the dateline's: "Иркутск, 15 мая 2025 г. В Иркутске отметили 30-летие побратимских отношений")
    dates = [m for m in ctx.in_sentence(ctx.dates, sent) if not _in_range(ctx, m.start) and not is_dateline_date(ctx, m)]
    for m in dates:
        # the only date of the sentence ("Годом позже города стали побратимами") is the twinning's too
        if len(dates) == 1 or abs(m.start - hit.stop) <= 12 or 0 <= m.start - noun.stop <= 12 \
                or _governed_by(ctx, m.start, verb):
            value = resolve(m.value, ctx.document.published)
            if value:
                return value
    return None


@rule("agreement.fuller_period", "'до 2028 года' in a headline and 'на 2026–2028 годы' in the body: the period with "
      "both ends", "Омская и Павлодарская области подписали дорожную карту до 2028 года. Дорожная карта Омской и "
      "Павлодарской областей рассчитана на 2026–2028 годы.", off=False)
def fuller_period(new: list, old: list) -> bool:
    return None in old and None not in new and old[1] in (None, new[1])


def _same_sides(a: list[str], b: list[str]) -> bool:
    """The same two sides, one of them named more precisely in one mention ("Казань и Беларусь"
    ~ "Казань и Минск")."""
    def near(x: str, y: str) -> bool:
        return x.startswith(y) or y.startswith(x)
    if len(a) != 2 or len(b) != 2:
        return False
    return any(a[i] == b[j] and near(a[1 - i], b[1 - j]) for i in (0, 1) for j in (0, 1))


@rule("agreement.merge_mentions", "one fact per kind and pair of sides: mentions of one document across sentences, "
      "sides kept at the most precise level any mention gives", "Казань и Минск подписали договор о побратимстве. "
      "Договор о побратимстве Казани и Минска подписали мэры.", off=UNCHANGED)
def merge_mentions(facts: list[AgreementFact], distinct: set[int] = frozenset(), text: str = "",
                   exact: set[int] = frozenset(), of_a_sphere: set[int] = frozenset()) -> list[AgreementFact]:
    out: dict[tuple, AgreementFact] = {}
    for f in facts:
        key = (f.kind, frozenset(f.parties), id(f) if id(f) in distinct else None)
        # a twinning is never between countries: "в Беларусь … из Казани" and "Минск … Казань" are one
        old = out.get(key) or next((o for k, o in out.items() if k[0] == f.kind == "twinning"
                                    and id(f) not in exact and id(o) not in exact
                                    and _same_sides(o.parties, f.parties)), None)
        if old is not None and periods_apart(old.period, f.period):
            key = (*key[:2], id(f))
            old = out.get(key)
        if old is None:
            out[key] = f
            continue
        merged(old, f)
        if is_headline(old.evidence, text) and f.evidence is not None:
            old.evidence = f.evidence  # the body tells the signing (when, at what, by whom); the headline names it
        if sum(len(p) for p in f.parties) > sum(len(p) for p in old.parties):
            old.parties = f.parties
        if f.date and (not old.date or len(f.date) > len(old.date)):
            old.date = f.date
        if f.period and (not old.period or fuller_period(f.period, old.period)):
            old.period = f.period
        _add_signers(old, f.signatories)
    found = list(out.values())
    for f in [f for f in found if f.kind in TWINNING_DOCUMENT_KINDS and id(f) not in of_a_sphere]:
        twinning = twinning_named_again(f, found)
        if twinning is not None:
            found.remove(f)
            _add_signers(twinning, f.signatories)
            twinning.date = twinning.date or f.date
    told_again: set[int] = set()  # body documents that already took a headline's copy
    for h in [f for f in found if is_headline(f.evidence, text)]:
        body = next((b for b in found if b is not h and b.kind == h.kind and not is_headline(b.evidence, text)
                     and (headline_names_places_within(h.parties, b.parties)
                          or headline_copy_told(h, b, distinct, told_again))), None)
        if body is not None:
            told_again.add(id(body))
            found.remove(h)
            _add_signers(body, h.signatories)
            body.date = body.date or h.date
            body.period = body.period or h.period
    return found


@rule("agreement.headline_copy_told", "'Ивановская и Витебская области подписали соглашения в сферах образования и "
      "здравоохранения' in the headline, the same documents signed in the body: the headline's documents, one per "
      "sphere, are the body's, each headline copy one body copy of the same kind and sides",
      "Курская и Гомельская области подписали соглашения в сферах культуры и спорта\n\nГубернатор Курской области "
      "и председатель Гомельского облисполкома подписали соглашения в сферах культуры и спорта.", off=False)
def headline_copy_told(headline: AgreementFact, body: AgreementFact, distinct: set[int], told_again: set[int]) -> bool:
    """Copies are kept apart from every other document by merge_mentions' key; the headline's are the body's."""
    return id(headline) in distinct and id(body) in distinct and id(body) not in told_again \
        and set(headline.parties) == set(body.parties)


@rule("agreement.document_of_a_sphere", "'Кроме того, стороны подписали меморандум о сотрудничестве в сфере "
      "туризма' after a twinning: a document of a sphere of cooperation is another document, not the twinning named "
      "again", "Мэр Казани и хоким Самарканда подписали договор о побратимстве. Кроме того, стороны подписали "
      "меморандум о сотрудничестве в сфере туризма.", off=False)
def document_of_a_sphere(ctx: Context, d: DocMention) -> bool:
    tokens = ctx.ann.tokens
    return any(x.lemma in L.sphere_nouns and tokens[x.i - 1].lower in L.sphere_prepositions
               for x in tokens[d.tok.i + 1: min(d.stop, d.tok.i + 8)] if x.sent == d.tok.sent)


@rule("agreement.twinning_named_again", "'подписаны соглашения об установлении дружественных отношений между Тотемским "
      "округом и Щучинским районом … Соглашение между Тотемским округом и Щучинским районом скрепили подписями …': a "
      "document of the twinned sides told in a later sentence with no period of its own is the twinning again (FACTS: "
      "a twinning signed as a memorandum is one fact)", "Гомель и Брянск подписали договор о побратимстве. Соглашение "
      "между Гомелем и Брянском скрепили подписями мэры городов.", off=None)
def twinning_named_again(f: AgreementFact, found: list[AgreementFact]) -> AgreementFact | None:
    if f.period or f.evidence is None:
        return None
    def same_day(twinned: str | None, signed: str | None) -> bool:  # "первое соглашение … в 1997 году": another one
        return not signed or bool(twinned) and (twinned.startswith(signed) or signed.startswith(twinned))

    return next((t for t in found if t.kind == "twinning" and set(t.parties) == set(f.parties)
                 and t.evidence is not None and t.evidence.end <= f.evidence.start and same_day(t.date, f.date)), None)


@rule("agreement.another_of_its_kind_too", "'программу приняли …; тогда же был утверждён и план мероприятий': a "
      "document after its signing verb with 'и' or 'также' before it is one more, not the one of its kind told before",
      "Губернатор Орловской области и председатель Витебского облисполкома приняли программу сотрудничества на "
      "2026–2028 годы. Тогда же был утвержден и план мероприятий на 2026 год.", off=False)
def another_of_its_kind_too(ctx: Context, d: DocMention, last: AgreementFact) -> bool:
    if last.kind != d.kind or last.evidence is None:
        return False
    tokens = ctx.ann.tokens
    i = d.tok.i - 1
    while i >= 0 and tokens[i].head == d.tok.i and tokens[i].rel == "amod":
        i -= 1  # "и новый план"
    if i < 1 or not (tokens[i].lower == "и" or tokens[i].lower in L.also_words):
        return False
    verb = tokens[i - 1]
    return verb.sent == d.tok.sent and (verb.pos in ("VERB", "AUX") or verb.feats.get("Variant") == "Short") \
        and verb.lemma in L.sign_verbs


@rule("agreement.periods_apart", "'подвели итоги выполнения плана на 2023–2025 годы и подписали новый план на 2026–2028 "
      "годы': documents of one kind and sides for periods that do not overlap are two documents (FACTS: an earlier "
      "document named as concluded is a fact too)", "Стороны подвели итоги выполнения плана мероприятий Минской и "
      "Ярославской областей на 2023–2025 годы и подписали новый план на 2026–2028 годы.", off=False)
def periods_apart(a: list | None, b: list | None) -> bool:
    if not a or not b or None in a or None in b:
        return False
    return a[1] < b[0] or b[1] < a[0]


@rule("agreement.headline_names_places_within", "'Пенза и Наманган подписали соглашения' over a body where the "
      "governor and the hoким sign for their regions: a headline names the document by the sides' capitals, the "
      "body's sides stand", "Пенза и Наманган подписали соглашение\n\nГубернатор Пензенской области и хоким "
      "Наманганской области подписали соглашение о сотрудничестве.", off=False)
def headline_names_places_within(headline: list[str], body: list[str]) -> bool:
    """Each headline side is a body side or a place inside one, and they differ."""
    return len(headline) == len(body) == 2 and set(headline) != set(body) \
        and any(all(contains(b, h) for h, b in zip(headline, order)) for order in (body, body[::-1]))


@rule("agreement.body_over_headline", "a document named in the headline and again in the body is evidenced by the "
      "body's sentence, which tells when, at what and by whom it was signed (the links then date it by that meeting)",
      "Омская и Павлодарская области подписали соглашение\n\n21 мая 2024 года губернатор Омской области встретился "
      "с акимом Павлодарской области. По итогам встречи стороны подписали соглашение.", off=False)
def is_headline(ev: Evidence | None, text: str) -> bool:
    return in_headline(ev, text)
