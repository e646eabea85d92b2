"""What a sentence asserts: the verb a word depends on, and whether that verb reports something
done or existing, or only something planned, hoped or possible ("намерена подписать",
"будет открыто", "ожидается подписание").

HARD_CASES: a single keyword must not flip a sentence ("Игры будущего"): only the verbs and
auxiliaries on the word's own path to the root count.
"""

from __future__ import annotations

from coopwatch.extract.rulebook import rule
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Annotated, Token

# where one statement ends and another begins: "…, а …", "…: …", "…; …"
CLAUSE_BREAK = {":", ";"}


def split_clauses(tokens: list[Token]) -> list[list[Token]]:
    """A sentence's tokens cut into statements: "в Алматы открыт Торговый дом, а в Астане работает
    представительство" is two, each with its own verb."""
    out: list[list[Token]] = [[]]
    for k, t in enumerate(tokens):
        prev = tokens[k - 1] if k else None
        if out[-1] and (t.text in CLAUSE_BREAK or t.lower in L.contrast_conjunctions and prev is not None
                        and prev.text == "," and not _not_only_but(out[-1], tokens, k)):
            out.append([])
        out[-1].append(t)
    return [c for c in out if c]


def _not_only_but(clause: list[Token], tokens: list[Token], k: int) -> bool:
    """"не только история, но и авиасообщение": one coordination, not two statements."""
    return tokens[k].lower == "но" and k + 1 < len(tokens) and tokens[k + 1].lower == "и" and not_only(clause)


def not_only(words: list[Token]) -> bool:
    """The words say "не только": a coordination ("не только …, но и …"), no negation."""
    return any(a.lower == "не" and b.lower == "только" for a, b in zip(words, words[1:]))


def clause_of(tokens: list[Token], tok: Token) -> list[Token]:
    return next((c for c in split_clauses(tokens) if c[0].i <= tok.i <= c[-1].i), tokens)


def path_to_root(ann: Annotated, tok: Token, limit: int = 8) -> list[Token]:
    out = []
    seen = set()
    cur = tok
    while cur.head >= 0 and len(out) < limit and cur.head not in seen:
        seen.add(cur.head)
        cur = ann.tokens[cur.head]
        if cur.sent != tok.sent:
            break
        out.append(cur)
    return out


def governing_verb(ann: Annotated, tok: Token) -> Token | None:
    for t in path_to_root(ann, tok):
        if t.pos in ("VERB", "AUX") or t.feats.get("Variant") == "Short":
            return t
    return None


def _children(ann: Annotated, tok: Token) -> list[Token]:
    s = ann.sentences[tok.sent]
    return [t for t in s.tokens if t.head == tok.i]


def is_future(ann: Annotated, verb: Token) -> bool:
    if verb.feats.get("Tense") == "Fut":
        return True
    if verb.pos == "VERB" and verb.feats.get("Aspect") == "Perf" and verb.feats.get("Tense") == "Pres":
        return True  # "подпишут", "откроется"
    future_aux = L.future_auxiliaries
    return any(c.lower in future_aux for c in _children(ann, verb)) or verb.lower in future_aux


def in_future_clause(ann: Annotated, tok: Token) -> bool:
    """"форум, который пройдет в Навои": ``tok`` is in a clause whose verb is in the future (its own
    clause only: the first finite verb above it decides)."""
    for t in path_to_root(ann, tok):
        if t.pos in ("VERB", "AUX") and is_future(ann, t):
            return True
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
            return False
    return False


@rule("clauses.unrealised", "what a future, an intention, a plan or a possibility governs is not a done thing",
      "Стороны намерены подписать соглашение о сотрудничестве в следующем году.", off=False)
def unrealised(ann: Annotated, tok: Token) -> bool:
    """True when ``tok`` sits under a future, an intention, a plan or a possibility; a verb of
    speech above it ("отметил, что …") and the first finite verb end the search."""
    if signed_in_relative_clause(ann, tok):
        return False
    child = tok
    for t in [tok, *path_to_root(ann, tok)]:
        if t.lemma in L.reporting_verbs:
            break
        if t is not tok and _intent(ann, t) and not _setting(ann, child, t) and not intent_of_subject(child, t):
            return True
        if t is not tok and on_the_agenda(ann, t):
            return True
        child = t
        if t.pos in ("VERB", "AUX") and (is_future(ann, t) or counterfactual(ann, t)):
            return True
        if t is not tok and any(c.lower in L.future_auxiliaries for c in _children(ann, t)):
            return True
        if t.pos == "VERB" and (t.feats.get("VerbForm") == "Fin" or t.feats.get("Variant") == "Short"
                                or done_participle(t) or participle_clause(t)):
            break  # the first finite verb decides; clauses above it are other statements
    return False


@rule("clauses.infinitive_of_noun", "'одобрили идею разработать соглашение', 'приняли решение заключить договор': "
      "an infinitive that completes a noun is what is meant to be done, not what was", "Стороны приняли решение заключить "
      "соглашение между Омской и Павлодарской областями.", off=False)
def infinitive_of_noun(ann: Annotated, tok: Token) -> bool:
    """``tok`` is what an infinitive completing a noun governs (up to the first finite verb)."""
    for t in path_to_root(ann, tok):
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Inf":
            return t.head >= 0 and ann.tokens[t.head].pos == "NOUN"
        if t.pos in ("VERB", "AUX"):
            return False
    return False


@rule("clauses.participle_clause", "'Омск и Павлодар, поддерживающие дружественные отношения, договорились о …': a "
      "participle clause in the present states what is, whatever the main clause plans", "Омск и Павлодар, "
      "поддерживающие дружественные отношения с 2016 года, договорились о выставке.", off=False)
def participle_clause(t: Token) -> bool:
    return t.feats.get("VerbForm") == "Part" and t.feats.get("Tense") == "Pres" and t.rel == "acl"


@rule("clauses.signed_in_relative_clause", "'Его дополнит план, который главы регионов подписали по итогам "
      "встречи': a relative clause in the past that tells the signing makes the document done, whatever the main "
      "clause says of it", "Теперь соглашение дополнит план мероприятий на 2024–2026 годы, который главы регионов "
      "подписали по итогам встречи.", off=False)
def signed_in_relative_clause(ann: Annotated, doc: Token) -> bool:
    """``doc`` is the antecedent of a "который" (the nearest noun after it that agrees in number and
    gender is not) whose verb is a past signing verb."""
    tokens = ann.tokens
    for t in tokens[doc.i + 1: doc.i + 14]:
        if t.sent != doc.sent:
            return False
        if t.pos == "NOUN" and t.lemma != "который" and _agrees(t, doc):
            return False  # "план мероприятий, которые …": a nearer noun that agrees takes the clause
        if t.lemma == "который" and _agrees(t, doc):
            verb = tokens[t.head] if t.head >= 0 else None
            return verb is not None and verb.lemma in L.sign_verbs and verb.feats.get("Tense") == "Past"
    return False


def _agrees(a: Token, b: Token) -> bool:
    number = a.feats.get("Number")
    if number != b.feats.get("Number"):
        return False
    return number == "Plur" or a.feats.get("Gender") == b.feats.get("Gender")


@rule("clauses.counterfactual", "'Если бы в Казани появилось консульство …', 'соглашение позволило бы …': a verb with "
      "'бы' tells what would be, not what is", "Если бы в Казани появилось консульство Узбекистана, это упростило бы "
      "работу.", off=False)
def counterfactual(ann: Annotated, verb: Token) -> bool:
    return any(c.lower == "бы" for c in _children(ann, verb))


def hypothetical(ann: Annotated, tok: Token) -> bool:
    """A verb with "бы" at or above ``tok``, up to the first finite verb: neither done nor planned."""
    for t in [tok, *path_to_root(ann, tok)]:
        if t.pos in ("VERB", "AUX") and counterfactual(ann, t):
            return True
        if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
            return False
    return False


@rule("clauses.done_participle", "'губернатора, побывавшего в Костанае, …': a past participle qualifying a noun tells "
      "what was done, whatever the sentence then says of the noun", "По словам губернатора Курганской области, "
      "побывавшего на прошлой неделе в Костанае, стороны договорились о поставках.", off=False)
def done_participle(t: Token) -> bool:
    return t.feats.get("VerbForm") == "Part" and t.feats.get("Tense") == "Past" and t.rel == "acl"


@rule("clauses.intent_of_subject", "'Участники XX Форума обсудили логистику': an active verb of intent or discussion "
      "governs its object, not its subject; the forum whose participants discussed took place", "Участники XX Форума "
      "межрегионального сотрудничества России и Казахстана обсудили логистику.", off=False)
def intent_of_subject(child: Token, verb: Token) -> bool:
    # "планируется подписание": a passive's subject is what is planned; so is a thing's with a reflexive verb
    # ("консульство готовится к открытию"), not people's ("участники встречи договорились")
    voice = verb.feats.get("Voice")
    return child.rel == "nsubj" and verb.pos == "VERB" and (
        voice == "Act" or voice == "Mid" and child.feats.get("Animacy") == "Anim")


@rule("clauses.on_the_agenda", "'В программе форума — подписание соглашений', 'в повестке — заседание': what is on a "
      "programme or an agenda is scheduled, not done", "В программе форума — подписание соглашения между "
      "Саратовской областью и Западно-Казахстанской областью.", off=False)
def on_the_agenda(ann: Annotated, t: Token) -> bool:
    """The word on the path is "в программе", or its verb has one ("в программе значится подписание")."""
    def agenda(x: Token) -> bool:
        return x.lemma in L.agenda_nouns and any(c.rel == "case" and c.lower in L.in_prepositions for c in _children(ann, x))
    return agenda(t) or t.pos in ("VERB", "AUX") and any(c.rel == "obl" and agenda(c) for c in _children(ann, t))


ADVERBIAL = {"obl", "obl:tmod", "advmod"}


def _setting(ann: Annotated, child: Token, intent: Token) -> bool:
    """"На заседании … обсудили поставки", "в ходе встречи договорились": where or when the
    intention was voiced, not what is intended ("заинтересована в открытии", "договорились о
    подписании" name the intended thing). With an infinitive ("предложил в рамках визита подписать"),
    the frame belongs to the intended action."""
    if child.rel not in ADVERBIAL or any(c.rel == "xcomp" and intent.i < child.i < c.i for c in _children(ann, intent)):
        return False
    if intent.pos == "VERB" and intent.feats.get("VerbForm") == "Fin" and intent.feats.get("Tense") in ("Pres", "Fut"):
        return False  # "мы ожидаем делегацию на Форуме": where the expected thing is to be, not where one expects it
    if child.case == "Acc" and child.pos in ("NOUN", "PROPN"):
        return False  # "пригласил на форум": where one is invited to go, not where one spoke
    before = [t for t in ann.tokens[max(child.i - 2, 0): child.i] if t.sent == child.sent]
    return any(t.lower in L.setting_prepositions for t in before) \
        or any(t.lemma in L.tied_by_words for t in before + [child])  # "в рамках встречи": the path enters at "рамках"


def _intent(ann: Annotated, t: Token) -> bool:
    # the passive of an intent is one too: "планируется подписание", "обсуждалось открытие рейса"
    lemma = t.lemma[:-2] if t.lemma.endswith(("ся", "сь")) else t.lemma
    intent = L.intent_words
    return (t.lemma in intent or t.lower in intent or lemma in intent) and not _plan_document(ann, t) \
        or _topic_of_talks(ann, t)


def _topic_of_talks(ann: Annotated, t: Token) -> bool:
    """"Речь шла об открытии авиасообщения", "разговор шёл о поставках": what was discussed, as "обсудили"."""
    return t.lemma in L.topic_verbs and any(c.rel.startswith("nsubj") and c.lemma in L.topic_subjects
                                             for c in _children(ann, t))


def _plan_document(ann: Annotated, t: Token) -> bool:
    """"План мероприятий", "план сотрудничества": a document, not an intention."""
    return t.lemma == "план" and (t.text[:1] == "П" or any(
        c.lemma in L.plan_qualifiers for c in _children(ann, t)))


@rule("clauses.negated", "'не' on the word or on one of the three words above it: not done",
      "Соглашение так и не было подписано.", off=False)
def negated(ann: Annotated, tok: Token) -> bool:
    for t in [tok, *path_to_root(ann, tok, limit=3)]:
        if any(c.lower == "не" for c in _children(ann, t)):
            return True
    return False
