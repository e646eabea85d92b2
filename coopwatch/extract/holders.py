"""Who holds a title: ``TitleMention``s bound to the people the text names.

Rules, in the order ``bind_holders`` applies them; each binds only titles still unbound, except
``_respectively``, which overrides what the plain order of words suggests:

1. ``_respectively`` — coordinated titles, then "соответственно" and as many coordinated names,
   bound in order ("мэр Тулы и председатель горисполкома — соответственно Илья Беспалов и
   Александр Шевко", "… — Илья Беспалов и Александр Шевко соответственно"); and the names first
   (``_names_then_respectively``: "Илья Беспалов и Александр Шевко — соответственно мэр Тулы и …");
2. ``_bind_after`` — the person named right after the title, across a dash, colon or comma
   ("губернатор Курской области Роман Старовойт", "мэр — Илья Беспалов"), or the one after a
   genitive name ("пресс-секретарь Путина Дмитрий Песков"), or after an apposition to the title's place ("мэр Орла,
   города-побратима Бреста, Юрий Парахин");
3. ``_plural_holders`` — a plural title over coordinated names: one title per holder, the
   coordinated territories paired with them in order ("руководители Гомельской и Калужской
   областей — Виктор Лозовик и Олег Баринов");
4. ``_bind_before`` — a title after a name and a comma, dash or bracket, closing there
   ("Радий Хабиров, глава Башкирии,", "Иван Петров, занимающий пост заместителя министра,", "…, ныне
   председатель облисполкома"), and every title chained after it ("Павел Шевчук,
   руководитель белорусской части комиссии, министр сельского хозяйства"); past a participle
   clause before ", а ныне" (role.former_clause_before: "Андрей Фурсевич, ранее возглавлявший
   отделение посольства, а ныне генеральный консул");
5. ``_listed_before`` — titles listed before one name all belong to it ("руководитель
   исполкома …, депутат Госсовета Ренат Валиуллин");
6. ``_former_then_current`` — "бывший X, а ныне Y Имя Фамилия": X is the same person's former post;
7. ``_predicates`` — a title in the instrumental, or after "на должность", with "назначен",
   "избран", "является", "стал" and a name in the nominative ("почетным консулом назначен
   Таалайбек Абдиев", "Андрей Назаров избран председателем совета");
8. ``_colleagues`` — "его белорусский коллега Евгений Шестаков": the title of the person the
   sentence named before, with the adjective's territory;
9. ``_coreferent`` — a title with no name, as the subject of a sentence without names, is the
   one person near it the text gives no title ("Игорь Лысенко принял делегацию … Глава района
   рассказал …"), or, in a headline, the one such person of the whole text: bound with ``coref`` set.
"""

from __future__ import annotations

from dataclasses import replace

from coopwatch.extract.people import Person, PersonMention
from coopwatch.extract.rulebook import UNCHANGED, rule
from coopwatch.extract.titles import TitleMention
from coopwatch.gazetteer.matcher import PlaceMention
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Annotated, Token

DASHES = ("—", "–", "-")
# Punctuation between a title and its holder's name.
BEFORE_NAME = DASHES + (":", ",")
# Words after a name that close an aside with a title in it ("Радий Хабиров, глава Башкирии, …").
CLOSING = (",", ")", ".", ";", ":") + DASHES
# Words that introduce the speaker of a statement: the title after them is its subject too.
SPEAKER_WORDS = {"слово", "мнение"}
# How many sentences before a title without a name its holder may be named ("… – сказал Анатолий
# Исаченко. Он также отметил … – заключил губернатор.").
COREF_BEFORE = 3
# And after it: the title first, the name a few sentences on ("Губернатор Челябинской области
# подчеркнул … «…», – отметил Алексей Текслер").
COREF_AFTER = 3


def bind_holders(ann: Annotated, titles: list[TitleMention], people: list[Person],
                 places: list[PlaceMention]) -> list[TitleMention]:
    """Every title bound to its holder where the text says who; the titles that several people
    hold ("президенты РФ и Казахстана …") come back one per holder."""
    tokens = ann.tokens
    person_at = {m.start: m for p in people for m in p.mentions}
    person_end = {m.stop: m for p in people for m in p.mentions}
    _respectively(titles, tokens, person_at)
    _names_then_respectively(titles, tokens, person_end)
    out: list[TitleMention] = []
    for t in titles:
        if t.person is None:
            _bind_after(t, tokens, person_at)
        out.append(t)
        out.extend(_plural_holders(t, tokens, person_at))
    _bind_before(out, tokens, person_end)
    _listed_before(out, tokens)
    _former_then_current(out, tokens)
    _predicates(out, ann, people)
    out += _colleagues(out, ann, person_at, places)
    _coreferent(out, ann, people)
    return sorted(out, key=lambda t: t.start)


def _holder(t: TitleMention, m: PersonMention | None) -> bool:
    if m is None or m.person is None:
        return False
    t.person, t.person_mention = m.person, m
    return True


def _names_from(tokens: list[Token], j: int, person_at: dict[int, PersonMention]) -> list[PersonMention]:
    """Coordinated names starting at token ``j``: "Илья Беспалов и Александр Шевко"."""
    out: list[PersonMention] = []
    m = person_at.get(j)
    while m is not None and m.person is not None:
        out.append(m)
        k = m.stop
        if k + 1 < len(tokens) and tokens[k].text in ("и", ","):
            m = person_at.get(k + 1)
        else:
            break
    return out


def _skip(tokens: list[Token], j: int, words: tuple[str, ...]) -> int:
    while j < len(tokens) and (tokens[j].text in words or tokens[j].lower in L.respectively_words):
        j += 1
    return j


def _respectively(titles: list[TitleMention], tokens: list[Token], person_at: dict[int, PersonMention]) -> None:
    for n, last in enumerate(titles):
        j = last.stop
        here = [w.lower for w in tokens[j:j + 3]]
        if not L.respectively_words & set(here) and not _respectively_after(tokens, j, person_at):
            continue
        chain = [last]  # the coordinated titles ending with ``last``
        for prev in reversed(titles[:n]):
            if prev.stop + 1 == chain[0].start and tokens[prev.stop].text in ("и", ","):
                chain.insert(0, prev)
            else:
                break
        names = _names_from(tokens, _skip(tokens, j, BEFORE_NAME + ("(",)), person_at)
        if len(chain) >= 2 and len(names) == len(chain):
            for t, m in zip(chain, names):
                _holder(t, m)


def _names_then_respectively(titles: list[TitleMention], tokens: list[Token],
                             person_end: dict[int, PersonMention]) -> None:
    """"Илья Беспалов и Александр Шевко — соответственно мэр Тулы и председатель горисполкома": the names first, then
    as many coordinated titles, bound in order; a plural title over the names ("…, соответственно руководители
    Гомельской и Калужской областей") goes to the first, and ``_plural_holders`` gives it to each."""
    starts = {t.start: t for t in titles}
    for k, tok in enumerate(tokens):
        if tok.lower not in L.respectively_words:
            continue
        chain: list[TitleMention] = []
        t = starts.get(k + 1)
        while t is not None and t.person is None:
            chain.append(t)
            t = starts.get(t.stop + 1) if t.stop < len(tokens) and tokens[t.stop].text in ("и", ",") else None
        j = k
        while j > 0 and tokens[j - 1].text in BEFORE_NAME:
            j -= 1
        names: list[PersonMention] = []
        m = person_end.get(j)
        while m is not None and m.person is not None:
            names.insert(0, m)
            m = person_end.get(m.start - 1) if m.start >= 2 and tokens[m.start - 1].text in ("и", ",") else None
        if len(names) < 2 or not chain:
            continue
        if len(chain) == len(names):
            for t, m in zip(chain, names):
                _holder(t, m)
        elif len(chain) == 1 and (chain[0].plural or len(chain[0].places) == len(names)):
            _holder(chain[0], names[0])


def _respectively_after(tokens: list[Token], j: int, person_at: dict[int, PersonMention]) -> bool:
    """"… — Илья Беспалов и Александр Шевко соответственно"."""
    names = _names_from(tokens, _skip(tokens, j, BEFORE_NAME + ("(",)), person_at)
    return bool(names) and names[-1].stop < len(tokens) and tokens[names[-1].stop].lower in L.respectively_words


def _bind_after(t: TitleMention, tokens: list[Token], person_at: dict[int, PersonMention]) -> None:
    j = _after_apposition(tokens, _after_parenthesis(tokens, t.stop, person_at), person_at)
    if j < len(tokens) and tokens[j].text in BEFORE_NAME:
        j += 1
    if j < len(tokens) and tokens[j].lower in L.respectively_words:
        j += 1
    m = person_at.get(j)
    if m is not None and tokens[m.start].case == "Gen" and person_at.get(m.stop) is not None:
        m = person_at[m.stop]  # "пресс-секретарь Путина Дмитрий Песков": the post is Песков's
    if m is not None and tokens[m.start].sent == t.sent:
        _holder(t, m)


def _after_apposition(tokens: list[Token], j: int, person_at: dict[int, PersonMention]) -> int:
    """"мэр Орла, города-побратима Бреста, Юрий Парахин", "аким Уральска, центра области, …": an apposition to the
    title's place between commas is skipped when a name follows it."""
    if j + 1 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].lemma.split("-")[0] not in L.apposition_nouns:
        return j
    close = next((k for k in range(j + 2, min(j + 7, len(tokens))) if tokens[k].text == ","), None)
    if close is None or any(k in person_at for k in range(j + 1, close)) or close + 1 not in person_at \
            or tokens[close].sent != tokens[j].sent:
        return j
    return close + 1


def _after_parenthesis(tokens: list[Token], j: int, person_at: dict[int, PersonMention]) -> int:
    """"Глава Республики Саха (Якутия) Айсен Николаев": a short parenthesis that names no one is skipped."""
    if j >= len(tokens) or tokens[j].text != "(":
        return j
    close = next((k for k in range(j + 1, min(j + 6, len(tokens))) if tokens[k].text == ")"), None)
    if close is None or any(k in person_at for k in range(j + 1, close)):
        return j
    return close + 1


def _plural_holders(title: TitleMention, tokens: list[Token], person_at: dict[int, PersonMention]) -> list[TitleMention]:
    """"сопредседателями Комиссии Ильясом Умахановым и Садыком Сафаевым": one title per holder;
    coordinated territories pair with the holders in order ("президенты РФ и Казахстана …",
    "главы Гомельской и Калужской областей — …")."""
    if title.person_mention is None:
        return []
    holders = _names_from(tokens, title.person_mention.start, person_at)
    own = sorted(title.places, key=lambda m: m.start)
    paired = len(own) == len(holders)
    # "главы Витебской и Смоленской областей — …": plural by its coordinated places and names,
    # whatever the tagger made of the ambiguous form
    if len(holders) < 2 or not (title.plural or paired):
        return []
    title.plural = True
    out = []
    for n, m in enumerate(holders[1:], 1):
        copy = replace(title, person=m.person, person_mention=m, places=[own[n]] if paired else list(own))
        out.append(copy)
    if paired:
        title.places = [own[0]]
    return out


def _bind_before(titles: list[TitleMention], tokens: list[Token], person_end: dict[int, PersonMention]) -> None:
    """"Радий Хабиров, Глава Башкирии, встретился": a title after a name and a comma or dash,
    closing there; and the titles chained after it, each after a comma or dash."""
    bound_before: dict[int, TitleMention] = {}  # by the token index after the title
    for t in titles:
        j = t.start - 1
        k = j  # "Иван Петров, занимающий пост заместителя министра,": the words that say he holds it
        # and "ныне", ", а ныне": "Иван Петров, бывший мэр Гродно, а ныне председатель облисполкома"
        while k >= 0 and tokens[k].sent == t.sent and (
                tokens[k].lemma in L.holding_words or tokens[k].lower in L.now_words
                or tokens[k].lower == "а" and tokens[k + 1].lower in L.now_words):
            k -= 1
        if k < j and k >= 0 and tokens[k].text == ",":
            # "Андрей Фурсевич, ранее возглавлявший отделение посольства, а ныне консул"
            j = former_clause_before(k, tokens, person_end)
        after = tokens[t.stop] if t.stop < len(tokens) else None
        closes = after is None or after.text in CLOSING or after.pos in ("VERB", "AUX") or after.sent != t.sent
        if t.person is None and j >= 0 and tokens[j].text in (",", "(") + DASHES and closes:
            m = person_end.get(j)
            prev = bound_before.get(j)
            if m is not None and m.person is not None:
                _holder(t, m)
            elif prev is not None and prev.person is not None and not t.plural:
                t.person, t.person_mention = prev.person, prev.person_mention  # a chain of titles
        if t.person is not None:
            bound_before[t.stop] = t


@rule("role.former_clause_before", "'Андрей Фурсевич, ранее возглавлявший отделение посольства в Уфе, а ныне "
      "генеральный консул Беларуси': a post after ', а ныне' whose former one is told by a participle clause, not a "
      "title, is the person named before that clause", "Андрей Фурсевич, ранее возглавлявший отделение посольства в "
      "Уфе, а ныне генеральный консул Беларуси в Казани, рассказал о работе консульства.", off=UNCHANGED)
def former_clause_before(comma: int, tokens: list[Token], person_end: dict[int, PersonMention]) -> int:
    """The comma after the name the clause follows, or ``comma`` itself when there is none."""
    if tokens[comma + 1].lower != "а":
        return comma  # only ", а ныне …" contrasts the post with a former one
    k = comma - 1
    while k >= 0 and tokens[k].sent == tokens[comma].sent and tokens[k].text not in (",", ";", ":"):
        k -= 1
    clause = tokens[k + 1: comma]
    # the clause opens with its participle ("ранее возглавлявший …", "долгое время руководивший …")
    told_by_participle = any(w.feats.get("VerbForm") == "Part" for w in clause[:3])
    return k if k >= 0 and tokens[k].text == "," and k in person_end and told_by_participle else comma


def _listed_before(titles: list[TitleMention], tokens: list[Token]) -> None:
    """"TITLE1, TITLE2 Имя Фамилия": the titles listed before a name are all its holder's."""
    for n in range(len(titles) - 2, -1, -1):
        t, nxt = titles[n], titles[n + 1]
        if t.person is None and t.stop < len(tokens) and tokens[t.stop].text == "," \
                and nxt.start == t.stop + 1 and nxt.person is not None:
            t.person, t.person_mention = nxt.person, nxt.person_mention


def _former_then_current(titles: list[TitleMention], tokens: list[Token]) -> None:
    """"экс-премьер правительства республики, а сейчас советник Главы Башкортостана Рамиль
    Гайнуллин": the former post is the current holder's."""
    for n, t in enumerate(titles[:-1]):
        nxt = titles[n + 1]
        between = [w.lower for w in tokens[t.stop:nxt.start]]
        if t.person is None and t.former and nxt.person is not None and 2 <= len(between) <= 4 \
                and between[0] == "," and "а" in between and L.now_words & set(between):
            t.person, t.person_mention = nxt.person, nxt.person_mention


def _predicates(titles: list[TitleMention], ann: Annotated, people: list[Person]) -> None:
    """"Почетным консулом назначен Таалайбек Абдиев", "Андрей Назаров назначен на должность
    посла": a post given by a verb to the one name in the nominative of its clause."""
    tokens = ann.tokens
    for t in titles:
        head = next((tokens[k] for k in range(t.start, t.stop) if tokens[k].lemma == t.head), tokens[t.start])
        posted = head.case == "Ins" or t.start >= 2 and tokens[t.start - 1].lemma in L.post_nouns \
            and tokens[t.start - 2].lower == "на"
        if t.person is not None or not posted:
            continue
        lo, hi = _clause(tokens, t)
        if not any(tokens[k].lemma in L.appointment_verbs for k in range(lo, hi)):
            continue
        named = [m for p in people for m in p.mentions if lo <= m.start and m.stop <= hi
                 and m.forms and m.forms[0].case == "nomn" and not (t.start <= m.start < t.stop)]
        if len({m.person.surname for m in named if m.person}) == 1:
            _holder(t, named[0])


def _clause(tokens: list[Token], t: TitleMention) -> tuple[int, int]:
    """The token range of the clause around a title: up to a comma, a semicolon or the
    sentence's end."""
    lo = t.start
    while lo > 0 and tokens[lo - 1].sent == t.sent and tokens[lo - 1].text not in (",", ";", ":"):
        lo -= 1
    hi = t.stop
    while hi < len(tokens) and tokens[hi].sent == t.sent and tokens[hi].text not in (",", ";", "."):
        hi += 1
    return lo, hi


def _colleagues(titles: list[TitleMention], ann: Annotated, person_at: dict[int, PersonMention],
                places: list[PlaceMention]) -> list[TitleMention]:
    """"Заместитель министра Евгений Иванов и его белорусский коллега Евгений Шестаков": the
    colleague holds the same post, of the territory the adjective (or "из …") names."""
    tokens = ann.tokens
    place_at = {i: m for m in places for i in range(m.start, m.stop)}
    out = []
    for tok in tokens:
        if tok.lemma != "коллега":
            continue
        own = place_at.get(tok.i - 1)
        j = tok.i + 1
        if own is None and j + 1 < len(tokens) and tokens[j].lower == "из" and j + 1 in place_at:
            own = place_at[j + 1]
            j = own.stop
        m = person_at.get(j)
        if own is None or own.form not in ("adj", "name") or m is None or m.person is None:
            continue
        before = [t for t in titles if t.person is not None and t.stop <= tok.i and tok.sent - 1 <= t.sent <= tok.sent
                  and not t.coref and t.person is not m.person]
        if not before:
            continue
        model = before[-1]
        out.append(replace(model, start=tok.i, stop=tok.i + 1, sent=tok.sent, places=[own], location=None,
                           org=None, person=m.person, person_mention=m, former=False, plural=False, of=None))
    return out


def _coreferent(titles: list[TitleMention], ann: Annotated, people: list[Person]) -> None:
    """A title standing for a name given in a sentence near it: the subject of a sentence
    that names nobody ("Глава района рассказал …", "По словам губернатора, …"), when exactly one
    person around it has no title and nobody else holds a title of that kind."""
    tokens = ann.tokens
    titled = {id(t.person) for t in titles if t.person is not None}
    for t in titles:
        if t.person is not None or t.former or t.plural or t.org:
            continue
        head = next((tokens[k] for k in range(t.start, t.stop) if tokens[k].lemma == t.head), tokens[t.start])
        speaker = t.start >= 2 and tokens[t.start - 1].lemma in SPEAKER_WORDS and tokens[t.start - 2].lower == "по"
        if not (head.case == "Nom" or speaker and head.case == "Gen"):
            continue
        headline = _headline(ann, t)
        # a sentence that names nobody; a headline may name people with their titles ("… от главы региона Дмитрия
        # Мезенцева")
        if any(m.sent == t.sent and not (headline and id(p) in titled) for p in people for m in p.mentions):
            continue
        if any(o.person is not None and o.head == t.head and not o.former for o in titles):
            continue  # the one holder of this kind of title is someone else's business (role._corefer)
        if headline:  # "Новый генеральный консул Монголии получил экзекватуру": whom the story is about
            near = {id(p): p for p in people if id(p) not in titled}  # the subject of some sentence: not "имени Рамеева"
            if len(near) == 1 and any(_subject(tokens, m) for p in near.values() for m in p.mentions):
                t.person, t.coref = next(iter(near.values())), True
            continue
        near = {id(p): p for p in people if id(p) not in titled
                and any(t.sent - COREF_BEFORE <= m.sent <= t.sent + COREF_AFTER for m in p.mentions)}
        if len(near) > 1:  # of several, the one subject ("Никитин отметил …", not "поблагодарил Лукашенко")
            near = {k: p for k, p in near.items() if any(
                t.sent - COREF_BEFORE <= m.sent <= t.sent + COREF_AFTER and _subject(tokens, m) for m in p.mentions)}
        if len(near) == 1:
            t.person = next(iter(near.values()))
            t.coref = True


def _headline(ann: Annotated, t: TitleMention) -> bool:
    """Is the title in the document's first sentence, a line of its own (a headline)?"""
    if t.sent != 0:
        return False
    last = max(k for k, tok in enumerate(ann.tokens) if tok.sent == 0)
    return last + 1 < len(ann.tokens) and "\n" in ann.text[ann.tokens[last].stop:ann.tokens[last + 1].start]


def _subject(tokens: list[Token], m: PersonMention) -> bool:
    """A name that is its clause's subject, or one of coordinated subjects."""
    rels = {tokens[k].rel for k in range(m.start, m.stop)}
    if "nsubj" in rels:
        return True
    conj = [tokens[k] for k in range(m.start, m.stop) if tokens[k].rel == "conj" and tokens[k].head >= 0]
    return any(tokens[c.head].rel == "nsubj" for c in conj)
