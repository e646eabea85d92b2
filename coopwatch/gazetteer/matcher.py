"""Find places in annotated text by lemma sequences, in any grammatical case.

Needs: tokens with lemmas (``nlp.annotate``) and NER spans. Adds: ``PlaceMention`` objects —
names, abbreviations, adjectives, demonyms, authorities ("Минский облисполком") and generic
districts ("Вяземский район Смоленской области") — each with its candidate place IDs, resolved
against the rest of the document when a name is ambiguous ("РБ", "минский").

The steps live in small modules: ``forms`` (the keys of a word in any case), ``index`` (the
trie of gazetteer names), ``levels`` (an adjective's level from the noun after it), ``units``
and ``settlements`` (districts and towns the gazetteer does not list), ``resolve`` (one place
per mention), ``lists`` (lists sharing a head noun; regions in apposition to a city),
``misspelt`` (a place adjective misspelt inside a list).
"""

from __future__ import annotations

from functools import lru_cache

from coopwatch.gazetteer.forms import ENTRIES, text_keys, word_forms
from coopwatch.gazetteer.index import trie
from coopwatch.gazetteer.levels import extend_authorities, reparent_districts
from coopwatch.gazetteer.lists import mark_appositions, mark_lists
from coopwatch.gazetteer.mention import PlaceMention
from coopwatch.gazetteer.misspelt import misspelt_adjectives
from coopwatch.gazetteer.places import Gazetteer, airport_city, capital_cities, capital_of, gazetteer
from coopwatch.gazetteer.resolve import resolve
from coopwatch.gazetteer.settlements import generic_towns, settlement_noun
from coopwatch.gazetteer.units import adjectives_of_named_units, generic_units
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Annotated, Token, lemma_of, morph_vocab

__all__ = ["ENTRIES", "PlaceMention", "find_places", "trie", "word_forms"]

# Parts of speech no place name is: a one-word name read as one of them is no place ("Об" is not "Обь").
FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PART"})
FORM_PRIORITY = ("authority", "name", "abbr", "district", "demonym", "adj")
LEVEL_RANK = {lv: n for n, lv in enumerate(("country", "region", "city", "district"))}


def _in_spans(ann: Annotated, kind: str) -> set[int]:
    out = set()
    for s in ann.spans:
        if s.type == kind:
            out.update(t.i for t in s.tokens)
    return out


def _org_spans(ann: Annotated) -> list[tuple[int, int]]:
    return [(s.tokens[0].i, s.tokens[-1].i + 1) for s in ann.spans if s.type == "ORG" and s.tokens]


def _inside_org(orgs: list[tuple[int, int]], quoted: set[int], start: int, stop: int) -> bool:
    """Are tokens ``start:stop`` part of an organisation's name? An organisation span that the place
    name covers whole is the place misread ("Восточным аймаком" tagged ORG), not an organisation."""
    if any(i in quoted for i in range(start, stop)):
        return True
    return any(a < stop and start < b and not (start <= a and b <= stop) for a, b in orgs)


def _quoted(tokens: list[Token], longest: int = 6) -> set[int]:
    """Token indices inside short «...» or "..." spans: names of organisations, events, products.
    Longer quotations, and short ones with a finite verb, are speech, whose places are ordinary mentions."""
    out: set[int] = set()
    opened: int | None = None
    for t in tokens:
        if t.text in ("«", "„", "“") or (t.text == '"' and opened is None):
            opened = t.i
        elif (t.text in ("»", "”") or t.text == '"') and opened is not None:
            inside = tokens[opened + 1: t.i]
            # a finite verb makes it speech, however short: «Летом наша делегация побывала в Гомеле»
            said = any(x.pos in ("VERB", "AUX") and x.feats.get("VerbForm") == "Fin" for x in inside)
            if t.i - opened - 1 <= longest and not said:
                out.update(range(opened + 1, t.i))
            opened = None
    return out


def find_places(ann: Annotated, gz: Gazetteer | None = None) -> list[PlaceMention]:
    """Every place mention in the document, longest match first, ambiguities resolved."""
    gz = gz or gazetteer()
    tokens = ann.tokens
    mentions = _named(ann, gz)
    mentions += _compound_adjectives(tokens, {i for m in mentions for i in range(m.start, m.stop)}, gz)
    mentions.sort(key=lambda m: m.start)
    mentions += misspelt_adjectives(mentions, tokens, gz)
    mentions.sort(key=lambda m: m.start)
    mentions = extend_authorities(mentions, tokens, gz, _org_spans(ann))
    reparent_districts(mentions, tokens, gz)
    mentions = generic_units(mentions, tokens, gz)
    mentions += generic_towns(mentions, tokens, gz, frozenset(_in_spans(ann, "PER")))
    mentions = named_airports(mentions, tokens)
    resolve(mentions, tokens, gz)
    mentions += adjectives_of_named_units(mentions, tokens)
    mentions.sort(key=lambda m: m.start)
    mark_lists(mentions, tokens, gz)
    mark_appositions(mentions, tokens, gz)
    named_capitals(mentions, tokens, gz)
    return mentions


AIRPORT_QUOTES = "«\"“„"


def named_airports(mentions: list[PlaceMention], tokens: list[Token]) -> list[PlaceMention]:
    """"из аэропорта Толмачёво", "в аэропорту «Пулково»": an airport known by a name of its own stands for the city
    it serves (``airports.tsv``), in place of whatever else the name reads as ("Кольцово", a town of the
    Novosibirsk region). Returns the mentions sorted by their start."""
    for noun in tokens[:-1]:
        if noun.lemma not in L.terminal_nouns:
            continue
        i = noun.i + 1
        if i < len(tokens) - 1 and tokens[i].text in AIRPORT_QUOTES:
            i += 1
        name = tokens[i]
        city = airport_city(name.text) if name.sent == noun.sent and name.is_cap() else None
        if city is None:
            continue
        mentions = [m for m in mentions if not m.start <= name.i < m.stop]
        mentions.append(PlaceMention(candidates=(city,), start=name.i, stop=name.i + 1, char_start=name.start,
                                     char_stop=name.stop, form="name", sent=name.sent))
    return sorted(mentions, key=lambda m: m.start)


def named_capitals(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> None:
    """"в белорусской столице", "в столице Татарстана", "в столицах Башкортостана и Татарстана": the capital city,
    not the country or region. Not "Ижевска, столицы Удмуртии" (the region says where the city named is) nor
    "столица Татарстана Казань" (the city follows). The mention takes in "столица" and has the form "capital"."""
    starts = {m.start for m in mentions}
    listing: PlaceMention | None = None  # the last of "в столицах Башкортостана и Татарстана" made a capital
    for m in mentions:
        if m.in_org or m.locates is not None or gz.level(m.resolved) not in ("country", "region"):
            listing = None
            continue
        capital = capital_of(m.resolved)
        if capital is None:
            listing = None
            continue
        after = tokens[m.stop] if m.stop < len(tokens) and tokens[m.stop].sent == m.sent else None
        before = tokens[m.start - 1] if m.start > 0 and tokens[m.start - 1].sent == m.sent else None
        if m.form == "adj" and after is not None and after.lemma in L.capital_nouns:
            m.stop, m.char_stop = after.i + 1, after.stop
            listing = None
        elif m.form != "adj" and before is not None and before.lemma in L.capital_nouns and m.stop not in starts \
                and (not before.is_cap() or before.i == 0 or tokens[before.i - 1].sent != before.sent):
            m.start, m.char_start = before.i, before.start
            listing = m if before.feats.get("Number") == "Plur" else None
        elif m.form != "adj" and listing is not None and before is not None and before.text in (",", "и") \
                and before.i == listing.stop:
            listing = m  # "… и Татарстана": the next capital of the list
        else:
            listing = None
            continue
        m.candidates, m.id, m.form = (capital,), capital, "capital"


def _named(ann: Annotated, gz: Gazetteer) -> list[PlaceMention]:
    """The gazetteer's names, adjectives and authorities found in the text, longest first."""
    root = trie()
    tokens = ann.tokens
    person = _in_spans(ann, "PER")
    orgs, quoted = _org_spans(ann), _quoted(tokens)
    keys = [_sorted_keys(t.text, t.lemma) for t in tokens]
    mentions: list[PlaceMention] = []

    def longest(i: int) -> tuple[int, list] | None:
        """The longest name starting at token ``i``: (stop, entries). Of two readings of the
        same words, one through a guessed case form ("Цзянси" read as a form of "Цзянсу")
        gives way to one through a sure form."""
        best: tuple[int, list, bool] | None = None
        frontier = [(root, i, False)]
        while frontier:
            nxt = []
            for node, j, guessed in frontier:
                if j >= len(tokens) or tokens[j].sent != tokens[i].sent:
                    continue
                for k, guess in keys[j]:
                    child = node.get(k)
                    if child is None:
                        continue
                    path_guessed = guessed or guess
                    if child.get(ENTRIES):
                        ok = [e for e in child[ENTRIES] if _caps_ok(tokens[i:j + 1], e[2])]
                        if ok and (best is None or j + 1 > best[0] or j + 1 == best[0] and best[2] and not path_guessed):
                            best = (j + 1, ok, path_guessed)
                        elif ok and j + 1 == best[0] and path_guessed == best[2]:  # the same words read as another place
                            best = (j + 1, best[1] + [e for e in ok if e not in best[1]], best[2])
                    nxt.append((child, j + 1, path_guessed))
            frontier = nxt
        return best[:2] if best else None

    i = 0
    while i < len(tokens):
        best = longest(i)
        if best is None:
            i += 1
            continue
        stop, entries = best
        if all(e[1] == "authority" for e in entries) and stop - i > 1:
            # "Государственного Совета Республики Татарстан": "Совет Республики" (Belarus's upper
            # chamber) would swallow the first word of "Республики Татарстан"
            overlap = longest(stop - 1)
            if overlap is not None and overlap[0] > stop:
                i += 1
                continue
        span = tokens[i:stop]
        if any(t.i in person for t in span) and all(e[1] in ("name", "abbr") for e in entries) \
                and (all(gz.level(e[0]) in ("city", "district") for e in entries)
                     and (_surname_like_generated(span, entries, gz) or _looks_like_name(ann, span[0]))
                     or _name_runs_into_person(ann, span)):
            i += 1  # a surname that is also a town (Пушкин, Королёв; "Кашин заявил")
            continue
        if any(t.i in person for t in span) and all(e[1] == "demonym" for e in entries):
            i += 1  # "с главой города Еленой Поляковой", "Иваном Немцевым": a surname, not the Poles or the Germans
            continue
        if i > 0 and tokens[i - 1].sent == span[0].sent and tokens[i - 1].lemma in L.water_nouns \
                and all(e[1] == "name" and gz.level(e[0]) in ("city", "district") for e in entries):
            i = stop  # "бассейн реки Тобол", "на реке Обь": the river, not the town
            continue
        if stop == i + 1 and span[0].pos in FUNCTION_POS and all(e[1] == "name" for e in entries):
            i += 1  # "Об этом сообщает": a preposition, whatever town its letters spell ("Обь")
            continue
        forms = {e[1] for e in entries}
        if forms == {"name"} and stop == i + 1 and span[0].pos == "ADJ" and _before_its_noun(tokens, i) \
                and all(gz.get(e[0]) is None or span[0].lemma != gz.name(e[0]).lower().replace("ё", "е")
                        for e in entries):  # (lemmas are written with "е": "Могилёве" is Могилёв's)
            # "в VI Байкальском экономическом форуме": the adjective's locative, not Байкальск's instrumental
            i += 1
            continue
        if {"name", "demonym"} <= forms and stop == i + 1 and span[0].feats.get("Number") == "Plur":
            # "Белорусы провели переговоры": people, not the misspelt country "Белорусь" in a plural it never takes
            entries = [e for e in entries if e[1] == "demonym"]
            forms = {"demonym"}
        if {"name", "adj"} <= forms and stop == i + 1:
            # "Минском": the city or "минский"? An adjective stands before its noun.
            keep = "adj" if _before_its_noun(tokens, i) else "name"
            entries = [e for e in entries if e[1] == keep]
            forms = {keep}
        if forms == {"name"} and stop == i + 1 and len({e[0] for e in entries}) > 1 and span[0].case in ("Nom", "Acc"):
            entries = _written_as_named(span[0], entries, gz)
        form = next(f for f in FORM_PRIORITY if f in forms)
        # of two towns with one name, a region's capital first (Иваново, not the Belarusian town)
        capitals = capital_cities()
        entries = sorted(entries, key=lambda e: (LEVEL_RANK.get(gz.level(e[0]), 9), e[0] not in capitals, e[0]))
        cands = tuple(dict.fromkeys(e[0] for e in entries))
        # a town of the generated list after a settlement noun is the one generic_towns would find
        # there ("Биотехнопарка наукограда Кольцово"): a place of its own, as it was before the list had it
        in_org = _inside_org(orgs, quoted, i, stop) and not (
            all(c in gz.generated for c in cands) and i > 0 and settlement_noun(tokens[i - 1]))
        mentions.append(PlaceMention(
            candidates=cands, start=i, stop=stop, char_start=span[0].start, char_stop=span[-1].stop,
            form=form, sent=span[0].sent, in_org=in_org))
        i = stop
    return mentions


def _written_as_named(tok: Token, entries: list, gz: Gazetteer) -> list:
    """"посетила Ханой": the city's own name, and only a case form of the province "Ханам" (its instrumental, read
    as "Хана"): of the places a word in the nominative or accusative may be, those it names as it is written, where
    there are any ("в Туве" is the locative of Тува as well as the Mongolian aimag's name: the caller asks only for
    words the tagger reads as nominative or accusative)."""
    def key(x: str) -> str:
        return x.lower().replace("ё", "е")

    exact = [e for e in entries if (p := gz.get(e[0])) is not None and key(tok.text) in {key(n) for n in (p.name, *p.names)}]
    return exact or entries


def _surname_like_generated(span: list[Token], entries: list, gz: Gazetteer) -> bool:
    """A town of the generated list (``places.Gazetteer.generated``) that the tagger reads as a
    person and whose name is built like a Russian surname ("Кашин", "Чкалов") is the person:
    pymorphy knows such towns as places only, so ``_looks_like_name`` would keep them. (Unknown
    names the tagger also calls people — "Бугуруслан", "Атбасар" — stay towns.)"""
    if len(span) != 1 or not all(e[0] in gz.generated for e in entries):
        return False
    stem = lemma_of(span[0].text)
    return stem.endswith(tuple(L.russian_surname_suffixes))


def _before_its_noun(tokens: list[Token], i: int) -> bool:
    """Is the word at ``i`` followed by a word it may qualify (an adjective before its noun, agreeing with it: not
    "подписала с Минском соглашение", where "минском" could only be a locative)?"""
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent else None
    return nxt is not None and nxt.pos in ("NOUN", "PROPN", "ADJ") and not nxt.text[:1].isupper() \
        and nxt.lemma != "и" and _may_agree(tokens[i].lower, nxt.lower)


@lru_cache(maxsize=50_000)
def _may_agree(adjective: str, word: str) -> bool:
    """Can ``adjective`` qualify ``word``: one case, number and (in the singular) gender they both may have? Words
    the dictionary does not know may."""
    adj = {(str(p.tag.case), str(p.tag.number), str(p.tag.gender)) for p in morph_vocab()(adjective)
           if p.tag.POS == "ADJF"}
    other = {(str(p.tag.case), str(p.tag.number), str(p.tag.gender)) for p in morph_vocab()(word)
             if p.tag.POS in ("NOUN", "ADJF")}
    if not adj or not other:
        return True
    return any(a[0] == o[0] and a[1] == o[1] and (a[1] == "plur" or a[2] == o[2] or "None" in (a[2], o[2]))
               for a in adj for o in other)


@lru_cache(maxsize=100_000)
def _sorted_keys(text: str, lemma: str) -> tuple[tuple[str, bool], ...]:
    """``text_keys`` of a token (a function of its text and lemma), sorted: the same result in every process."""
    return tuple(sorted(text_keys(Token(0, text, 0, 0, 0, lemma=lemma)).items()))


def _name_runs_into_person(ann: Annotated, span: list[Token]) -> bool:
    """"губернатор провинции Ван Вэньтао", "аким области Дархан Сатыбалды": the place's last word is the first of a
    two-word person's name in one sentence — a surname or first name that is also a place (Van in Turkey, Darkhan in
    Mongolia). Not after a preposition ("в Дархан Уул" stays a place); two capitalised words only: in "провинций
    Мазандаран и Гилян Али Карими" NER took the province into a full name of its own, and "врачей Уханя\nДонни Йен"
    runs across a headline."""
    last = span[-1]
    before = ann.tokens[last.i - 1] if last.i > 0 else None
    if before is not None and before.sent == last.sent and before.pos == "ADP":
        return False
    return any(s.type == "PER" and len(s.tokens) == 2 and s.tokens[0].i == last.i
               and all(t.is_cap() and t.sent == last.sent for t in s.tokens) for s in ann.spans)


def _looks_like_name(ann: Annotated, tok: Token) -> bool:
    """Is the person span around ``tok`` a real name (a first name beside it, or alone a word
    pymorphy knows as a name: "Королёв") rather than NER's mistake on "Администрацией Вологды"
    or "делегация Цзюцзяна"? Not a town opening a span of three words after a head's title ("Аким Семея
    Бакытжан Салимов"): the title's territory, then the full name (not a given name and patronymic)."""
    for span in ann.spans:
        if span.type == "PER" and span.tokens and span.tokens[0].i <= tok.i <= span.tokens[-1].i:
            if _territory_before_full_name(ann, span.tokens, tok):
                return False
            if len(span.tokens) == 1:  # pymorphy's tags of a word it does not know are guesses
                return morph_vocab().word_is_known(tok.lower) and any(
                    tag in p.tag for p in morph_vocab()(tok.lower)[:2] for tag in ("Surn", "Name", "Patr"))
            return any(any("Name" in p.tag for p in morph_vocab()(t.lower)[:2]) for t in span.tokens)
    return False


def _territory_before_full_name(ann: Annotated, span: list[Token], tok: Token) -> bool:
    # (NER may take the title into the span too: "Аким Семея Бакытжан Салимов")
    from coopwatch.extract.names import (
        is_patronymic_word,  # (the gazetteer stands below extract: no import at the top)
    )

    rest = [t for t in span if t.i > tok.i]
    if not rest:  # "Аким Актобе | Асхат Шахаров": NER ends the span at the town and starts the name after it
        rest = next((list(s.tokens) for s in ann.spans if s.type == "PER" and s.tokens and s.tokens[0].i == tok.i + 1), [])
    before = ann.tokens[tok.i - 1] if tok.i > 0 else None
    # (a surname put first is no territory: "Мэр Королёв Андрей Иванович")
    genitive = tok.case == "Gen" or not morph_vocab().word_is_known(tok.lower) \
        or any("gent" in p.tag for p in morph_vocab()(tok.lower))  # "Семея", "Актобе"
    return len(rest) >= 2 and before is not None and before.sent == tok.sent and genitive \
        and before.lemma in L.territory_heads and not any(is_patronymic_word(t.text) for t in rest)


def _adjective_place(stem: str, gz: Gazetteer) -> list[str]:
    """"российско" → "российский" → RU; "татарстано" → "татарстанский" → RU-TA."""
    base = stem[:-1] if stem.endswith(("о", "е")) else stem
    for cand in (base + "ий", base + "ый", base + "ский", base + "ой", base + "кий"):
        if cand in gz.by_adjective:
            return gz.by_adjective[cand]
    return []


def _compound_adjectives(tokens: list[Token], taken: set[int], gz: Gazetteer) -> list[PlaceMention]:
    """"российско-белорусских", "татарстано-казахстанского": both places, one token."""
    out = []
    for t in tokens:
        if t.i in taken or "-" not in t.text or t.pos not in ("ADJ", "X", "NOUN"):
            continue
        parts = t.lower.split("-")
        if len(parts) != 2 or not parts[0].endswith(("о", "е")):
            continue
        first = _adjective_place(parts[0], gz)
        second = gz.by_adjective.get(lemma_of(parts[1])) or _adjective_place(parts[1], gz)
        for ids in (first, second):
            if ids:
                out.append(PlaceMention(candidates=tuple(ids), start=t.i, stop=t.i + 1, char_start=t.start,
                                        char_stop=t.stop, form="adj", sent=t.sent))
    return out


def _caps_ok(span: list[Token], caps: tuple[bool, ...]) -> bool:
    return all(not need or t.text[:1].isupper() for t, need in zip(span, caps))
