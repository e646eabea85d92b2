"""Towns the gazetteer does not list, named after a word for a settlement.

"в селе Лойга Архангельской области" → ``RU-ARK/Лойга``; "мэр наукограда Кольцово" in a
document about the Novosibirsk region → ``RU-NVS/Кольцово``; "ЗАТО Северск"; "сёл Верхняя
Тойма и Лойга" → two towns. The region is the one its sentence names (the nearest); without
one, a name that is a place name (not an everyday word: "город Мастеров") lies in the one
region the document names, if it names one.
"""

from __future__ import annotations

from coopwatch.gazetteer.mention import PlaceMention
from coopwatch.gazetteer.places import Gazetteer, country_of
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import UD_CASE, Token, lemma_of, morph_vocab

# Abbreviations that introduce a settlement besides ``L.settlement_nouns``, written in capitals, so "ЗАТО
# Северск" is not the conjunction "зато".
SETTLEMENT_ABBRS = {"ЗАТО", "ПГТ"}
# pymorphy's tags of a word that is itself a place name rather than an everyday word.
NAME_TAGS = ("Geox",)
LIST_JOINERS = {",", "и"}
MAX_WORDS = 3


def generic_towns(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer,
                  person: frozenset[int] = frozenset()) -> list[PlaceMention]:
    """Mentions of the towns named after a settlement noun that no mention covers yet; ``person``:
    the tokens NER takes for people's names, which end a town's name ("мэр наукограда Кольцово
    Николай Красников") or are none ("во главе с мэром города Пань Лиго")."""
    taken = {i for m in mentions for i in range(m.start, m.stop)}
    out = []
    for t in tokens[:-1]:
        if not settlement_noun(t):
            continue
        names = _names_after(tokens, t.i + 1, taken | person)
        for words in names:
            country = _country_after(mentions, tokens, words[-1].i + 1, gz)
            parent = _sentence_region(mentions, t, gz, country)
            if parent is None and _is_a_name(words[0]):
                parent = _document_region(mentions, gz, country)
            if parent is None:
                continue
            out.append(PlaceMention(
                candidates=(f"{parent}/{_town_name(words)}",), start=words[0].i, stop=words[-1].i + 1,
                char_start=words[0].start, char_stop=words[-1].stop, form="name", sent=t.sent,
                shared_head=t.i if len(names) > 1 else None))
    return out


def settlement_noun(t: Token) -> bool:
    return t.lemma in L.settlement_nouns or t.text in SETTLEMENT_ABBRS


def _names_after(tokens: list[Token], i: int, taken: set[int]) -> list[list[Token]]:
    """The names right after a settlement noun, one or a list joined by commas and "и"; a name
    already found as a place ends the list ("городов Бабольсер и Решт": Решт is known)."""
    names: list[list[Token]] = []
    noun = tokens[i - 1]
    sent = noun.sent
    while i < len(tokens) and _name_word(tokens[i], sent, taken):
        words = [tokens[i]]  # "в селе Верхняя Кулига": after the settlement word the name is not declined
        while len(words) < MAX_WORDS and words[-1].i + 1 < len(tokens) \
                and _name_word(tokens[words[-1].i + 1], sent, taken):
            words.append(tokens[words[-1].i + 1])
        if any(_declined_apart(w, noun) for w in words):
            break  # "с главой исполнительной власти города Ниязи Байрамовым": a person's name
        names.append(words)
        j = words[-1].i + 1
        if j + 1 < len(tokens) and tokens[j].text in LIST_JOINERS and tokens[j].sent == sent:
            i = j + 1
            continue
        break
    return names


def _declined_apart(word: Token, noun: Token) -> bool:
    """A town's name after its noun agrees with it or stays nominative ("города Темиртау", "в городе
    Омске"); a word that can only be read in another case starts something else: "с акимом города
    Нурлыбеком Кабиденовым", "главой … города Ниязи Байрамовым" — a person's name, which NER may take for a place."""
    noun_case = UD_CASE.get(noun.case or "")
    parses = morph_vocab()(word.text.lower())
    return noun_case is not None and bool(parses) and all(
        p.tag.case not in (None, "nomn", noun_case) for p in parses)


def _name_word(t: Token, sent: int, taken: set[int]) -> bool:
    """A capitalised word, not an abbreviation ("городов СНГ")."""
    return t.sent == sent and t.i not in taken and t.is_cap() and t.text.isalpha() and not t.text.isupper()


def _sentence_region(mentions: list[PlaceMention], t: Token, gz: Gazetteer, country: str | None) -> str | None:
    """The region the sentence names nearest the settlement noun (after it first)."""
    regions = [m for m in mentions if m.sent == t.sent and m.form != "adj" and gz.level(m.resolved) == "region"
               and (country is None or country_of(m.resolved) == country)]
    if not regions:
        return None
    return min(regions, key=lambda m: (m.start < t.i, abs(m.start - t.i))).resolved


def _document_region(mentions: list[PlaceMention], gz: Gazetteer, country: str | None) -> str | None:
    """The one region the document names (of the country named after the town, if one is): the
    town lies there ("мэр наукограда Кольцово" in a text about the Novosibirsk region). With two
    regions or none, the town is left unplaced: guessing between the two sides would put a
    village the guests visited in the guests' own region."""
    regions = {m.resolved for m in mentions if m.form != "adj" and gz.level(m.resolved) == "region"
               and len(set(m.candidates)) == 1 and (country is None or country_of(m.resolved) == country)}
    return regions.pop() if len(regions) == 1 else None


def _country_after(mentions: list[PlaceMention], tokens: list[Token], i: int, gz: Gazetteer) -> str | None:
    """"города Газни в Афганистане", "Талса (США)": the country named right after the town."""
    while i < len(tokens) and tokens[i].text in ("в", ",", "("):
        i += 1
    m = next((m for m in mentions if m.start == i), None)
    return m.resolved if m is not None and m.form != "adj" and gz.level(m.resolved) == "country" else None


def _is_a_name(t: Token) -> bool:
    """Not an everyday word: unknown to pymorphy, or tagged as a place name."""
    parses = morph_vocab()(t.text.lower())
    if not morph_vocab().word_is_known(t.text.lower()):
        return True
    return any(tag in str(p.tag) for p in parses[:2] for tag in NAME_TAGS)


def _town_name(words: list[Token]) -> str:
    if len(words) == 1 and words[0].case not in (None, "Nom"):  # "в городе Омске" — rare, but declined
        town = lemma_of(words[0].text)
        return town[:1].upper() + town[1:]
    return " ".join(w.text for w in words)
