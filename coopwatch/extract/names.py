"""One person's name, as written in one place, to ``Имя Фамилия`` in the nominative.

The words of a name share one case and one gender, so the name is read as a whole, in this order:

1. ``name_parts`` — which word is a given name, the patronymic, the surname: a patronymic
   decides the order ("Хоценко Виталий Павлович" puts the surname first, "Роман Александрович
   Головченко" last); a Mongolian father's name in the genitive comes first and stays as
   written ("Ганхуягийн Цолмон"); otherwise the last word is the surname and every word before
   it is kept ("Сейед Махмуд Хоссейнипур", "Кон Ен Хва": FACTS keys people on the last word);
2. ``word_readings`` — what each word can be: a case, a gender and its nominative. Given names
   and patronymics pymorphy knows are read from its dictionary; surnames by the paradigms of
   Russian surnames (‑ов/‑ин/‑ский, with their feminine forms), as indeclinable (‑ко, ‑их,
   ‑дзе, a vowel), or by the declensions Russian gives foreign names (‑ом, ‑ем, ‑а, ‑ой…);
3. ``read_name`` — the case and gender most words agree on, helped by the tagger and by the
   title the name stands in apposition to; then each word in the nominative for that reading.
   Readings almost as good are kept too: the people stage picks among them with the
   document's other mentions of the person ("Евгения Куйвашева" is a man when "Евгений
   Куйвашев" is named elsewhere).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pymorphy2.analyzer import Parse

from coopwatch import paths
from coopwatch.lexicon import L
from coopwatch.lexicon.forms import alternation
from coopwatch.nlp.annotate import morph_vocab

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
INITIAL = re.compile(r"^[А-ЯЁA-Z]\.?$")
# Foreign surnames whose final ‑а is part of the nominative, not a genitive ending: Abkhaz ‑ба
# ("Гунба", "Ардзинба"), and any ‑а after a consonant cluster no word ends in ("Хва", "Гунба").
NOMINATIVE_A = re.compile(r"(ба|[бвгджзклмнпрстфхцчшщ][бвгдзж]а)$")
GENDER = {"masc": "masc", "femn": "femn"}  # pymorphy's "ms-f" (common gender) fits both
CONSONANT = "бвгджзклмнпрстфхцчшщ"
HUSHING = "жшчщц"
VELAR_HUSHING = "гкхжшчщ"

VOWELS = "аеёиоуыэюя"


def _ends_with(endings, *patterns: str) -> re.Pattern:
    return re.compile("(?:" + "|".join(sorted(map(re.escape, endings)) + list(patterns)) + ")$")


@cache
def _endings() -> dict[str, re.Pattern]:
    """The endings the rules read, from the lexicon: a Mongolian father's name in the genitive, written
    before the person's own name ("Ганхуягийн Цолмон"); surnames never declined (``L.indeclinable_surname_endings``,
    and "-и" after a consonant not velar or hushing); oblique cases, seldom a nominative ("Бадры", "Гунбой",
    "Цзюнем"); the instrumental endings that end in a consonant, which a woman's undeclined name does not;
    an adjectival surname ("Крутым" → "Крутой"): a singular ending of a hard stem but "-ый", which the
    adjectives opening a sentence end in ("Первый", "Торговый")."""
    instrumental = [e for e in L.instrumental_endings if e[-1] in CONSONANT]
    adjectival = [e for e in L.singular_adjective_endings if e[0] not in "еи" and e != "ый"]
    return {
        "mongolian": _ends_with(L.mongolian_patronymic_endings),
        "indeclinable": _ends_with(L.indeclinable_surname_endings, "[^жшчщцгкх]и"),
        "oblique": _ends_with(L.oblique_endings),
        "case": _ends_with(instrumental),
        "adjective": _ends_with(adjectival),
        "patronymic": _ends_with(L.masculine_patronymic_endings | L.feminine_patronymic_endings),
        "feminine patronymic": _ends_with(L.feminine_patronymic_endings),
    }


# What a stem of the declension table (lexicon/declensions/names.tsv) ends in.
STEMS = {
    "adjectival": "(?:ск|цк)",
    "consonant": f"[{CONSONANT}]",
    "hard": f"[{CONSONANT.translate(str.maketrans('', '', HUSHING))}]",
    "hushing": f"[{HUSHING}]",
    "not velar or hushing": f"[{CONSONANT.translate(str.maketrans('', '', VELAR_HUSHING))}]",
    "velar or hushing": f"[{VELAR_HUSHING}]",
    "vowel": "[аеиоуэюяё]",
    "и": "и",
    "о, й or л": "[ойл]",
    "fleeting": "ён",  # "Лисичёнок" → "Лисичёнком": the о before the last consonant drops
}


@dataclass(frozen=True)
class Ending:
    """One form of a declension: ``text`` at the end of the word stands, after a stem matching
    ``after``, for ``nom`` at the end of the nominative, in these cases, for this gender."""

    text: str
    nom: str
    cases: tuple[str, ...]
    gender: str  # masc | femn | any
    after: str
    weight: float


@cache
def declensions() -> dict[str, list[Ending]]:
    """The Russian declension of surnames and the foreign one of names (``paths.NAME_DECLENSIONS``)."""
    from coopwatch.gazetteer.places import read_tsv

    stems = dict(STEMS, russian=alternation(L.russian_surname_suffixes))
    out: dict[str, list[Ending]] = {"russian": [], "adjectival": [], "foreign": [], "with_given": []}
    for family, stem, gender, weight, text, nom, cases in read_tsv(paths.NAME_DECLENSIONS):
        out[family].append(Ending(text.strip("-"), nom.strip("-"), tuple(cases.split()), gender, stems[stem],
                                  float(weight)))
    return out


@dataclass(frozen=True)
class Reading:
    case: str
    gender: str  # masc | femn | any
    nominative: str
    weight: float


@dataclass
class NameParts:
    given: list[str]  # given names and initials, in the order written
    surname: str | None
    patronymic: str | None = None  # dropped from the output, used to read case and gender
    as_written: bool = False  # "Ганхуягийн Цолмон": the first word keeps its form
    fixed_surname: bool = False  # "Абдыкадыр уулу": a father's name with its particle, the surname, never declined


@dataclass
class NameForm:
    """One reading of a name: its words in the nominative."""

    given: list[str]
    surname: str | None
    case: str
    score: float

    @property
    def text(self) -> str:
        return " ".join(self.given + ([self.surname] if self.surname else []))


def is_patronymic_word(word: str) -> bool:
    """"Павловичем", "Ивановна" — a patronymic by the dictionary or its suffix."""
    low = word.lower()
    if not _endings()["patronymic"].search(low):
        return False
    return any("Patr" in p.tag for p in morph_vocab()(low))


def name_parts(words: list[str]) -> NameParts:
    """Who is who in a name's words (``name_parts`` in the module docstring)."""
    words = [w for w in words if w]
    if len(words) >= 2 and not INITIAL.match(words[0]) and all(INITIAL.match(w) for w in words[1:]):
        return NameParts(given=words[1:], surname=words[0])  # "Богомаз А.В." → "А. В. Богомаз": FACTS keys on the surname
    last = words[-1].lower() if words else ""
    if last in L.patronymic_particles and len(words) >= 3:
        # "Нуржан Абдыкадыр уулу", "Эльмира Сатыбалды кызы": with no surname after it, the father's name and its
        # particle are the surname, kept as written (FACTS: as fully as the text gives the name)
        return NameParts(given=words[:-2], surname=f"{words[-2]} {words[-1]}", fixed_surname=True)
    for n, w in enumerate(words):  # "Гейдар оглы Алиев": the father's name with its particle, then the surname
        if w.lower() in L.patronymic_particles and n > 0:
            rest = words[:n - 1] + words[n + 1:]
            parts = name_parts(rest)
            parts.patronymic = parts.patronymic or words[n - 1]
            return parts
    patr = [n for n, w in enumerate(words) if not INITIAL.match(w) and is_patronymic_word(w)]
    if len(words) == 2 and patr == [1] and not _endings()["feminine patronymic"].search(words[1].lower()):
        patr = []  # "Роман Протасевич": a man's ‑вич after a given name is his surname (see people._join)
    if patr and len(words) >= 2:
        # "Каранкевичу Владимиру Васильевичу": a surname in ‑ич may read as a patronymic too; the patronymic
        # is the one after a given name
        k = next((n for n in patr if n >= 1 and _given_name_known(words[n - 1])), patr[0])
        # "Байхановым Асаином Куанышевичем": a given name no dictionary knows still stands between the surname and the
        # patronymic, unless the first word is the one known as a given name
        if k == len(words) - 1 and k >= 2 and (_given_name_known(words[k - 1]) or not _given_name_known(words[0])):
            return NameParts(given=words[1:k], surname=words[0], patronymic=words[k])
        if k >= 1 and k < len(words) - 1:
            return NameParts(given=words[:k], surname=words[-1], patronymic=words[k])
        if k == len(words) - 1:
            return NameParts(given=words[:k], surname=None, patronymic=words[k])
    if len(words) == 2 and _endings()["mongolian"].search(words[0].lower()) and not _given_name_known(words[0]):
        return NameParts(given=[words[0]], surname=words[1], as_written=True)
    if len(words) == 2 and _surname_written_first(words):
        return NameParts(given=[words[1]], surname=words[0])
    return NameParts(given=words[:-1], surname=words[-1])


def _surname_written_first(words: list[str]) -> bool:
    """"Абдурахимов Шерзод", "Иванова Анна": a Russian surname's form first, then a word no such surname's and no
    known given name before it — the official order of lists, with no patronymic to tell it."""
    first, second = words
    return bool(_paradigm_readings(first, declensions()["russian"])) and not _given_name_known(first) \
        and not _paradigm_readings(second, declensions()["russian"]) and not INITIAL.match(second)


def _given_name_known(word: str) -> bool:
    # one person's given name is singular: "Байханов" read as the genitive plural of "Байхан" is a surname
    return any("Name" in p.tag and p.is_known and p.tag.number != "plur" for p in morph_vocab()(word.lower()))


def _paradigm_readings(word: str, table: list[Ending]) -> list[Reading]:
    """Every form of ``table`` the word can be; a nominative that looks oblique weighs less."""
    low = word.lower()
    oblique_looking = bool(_endings()["oblique"].search(low))
    out = []
    for e in table:
        if not low.endswith(e.text) or len(low) - len(e.text) < 1:
            continue
        stem = word[:len(word) - len(e.text)] if e.text else word
        if len(stem) < 2 and stem.lower() not in VOWELS:
            continue  # one letter is a stem only as a vowel of a syllable name: "Юем" → "Юй"
        if not re.search(e.after + "$", stem.lower()):
            continue
        for case in e.cases:
            weight = e.weight / 2 if case == "nomn" and oblique_looking else e.weight
            out.append(Reading(case, e.gender, stem + e.nom, weight))
    return out


@lru_cache(maxsize=20_000)
def russian_surname_form(word: str) -> bool:
    """Does the word decline as a Russian surname in -ов, -ев, -ин, -ын ("Жаксылыковым", which pymorphy
    guesses to be an adjective first)?"""
    return bool(_paradigm_readings(word, declensions()["russian"]))


def _surname_readings(word: str) -> tuple[Reading, ...]:
    low = word.lower()
    out = _paradigm_readings(word, declensions()["russian"])
    # the dictionary's surnames, below the Russian paradigms where both apply ("Шумковым" is
    # "Шумков", not the dictionary's "Шумковой")
    dictionary = 1.8 if out else 3.0
    for p in morph_vocab()(low):
        if p.is_known and "Surn" in p.tag and str(p.tag.case) in CASES and p.tag.number != "plur":
            gender = GENDER.get(str(p.tag.gender), "any")
            out.append(Reading(str(p.tag.case), gender, _like(word, _surname_nominative(p, gender)), dictionary))
    if _endings()["adjective"].search(low) and not out:
        for p in morph_vocab()(low):  # adjectival surnames: "Крутым" → "Крутой"
            if p.is_known and p.tag.POS == "ADJF" and str(p.tag.case) in CASES and p.tag.number == "sing":
                gender = "femn" if str(p.tag.gender) == "femn" else "masc"
                nominative = p.normal if gender == "masc" else (Parse.inflect(p, {"femn", "nomn", "sing"}) or p).word
                out.append(Reading(str(p.tag.case), gender, _like(word, nominative), 1.5))
    if _endings()["adjective"].search(low) and not out:  # "Горлатым", an adjective no dictionary knows → "Горлатый"
        out += _paradigm_readings(word, declensions()["adjectival"])
    if _endings()["indeclinable"].search(low) and not out:  # not "Лозинского", a Russian surname's genitive
        out += [Reading(c, "any", word, 2.5) for c in CASES]
    elif not any(r.weight >= 2 for r in out):
        foreign = [r for r in _paradigm_readings(word, declensions()["foreign"]) if _pronounceable(r.nominative)]
        if NOMINATIVE_A.search(low):
            foreign = [r for r in foreign if r.nominative.lower().endswith("а")]
        out += foreign
    out += _noun_readings(word, out)
    out += _as_written(word)  # foreign names are often left undeclined
    if re.search(f"[{CONSONANT}ь]$", low) and not _endings()["case"].search(low):
        out += [Reading(c, "femn", word, 0.6) for c in CASES]  # a woman's "Пашинян" is not declined
    return tuple(out)


def _noun_readings(word: str, readings: list[Reading]) -> list[Reading]:
    """A surname that is a noun for a person or animal, or a patronymic's form: "Кузнецом" → "Кузнец", "Львом" → "Лев",
    "Кузьмичом" → "Кузьмич", and with a fleeting
    vowel "Зайцем" → "Заяц", "Орлом" → "Орёл". Where no paradigm reads the case, the noun's nominative is read; where
    a paradigm only cut the ending off ("Зайц"), the noun's nominative, which differs from that stem only around its
    last consonant, is the better reading of the same case."""
    out = []
    for p in morph_vocab()(word.lower()):
        case = str(p.tag.case)
        # (a patronymic's form read as a surname is declined as one: "Сергеем Кузьмичом" → "Кузьмич")
        if not (p.is_known and p.tag.POS == "NOUN" and p.tag.gender == "masc" and p.tag.number == "sing"
                and p.tag.animacy == "anim" and case in CASES and case != "nomn"
                and not {"Name", "Surn"} & set(p.tag.grammemes)):
            continue
        same_case = [r for r in readings if r.case == case and r.gender != "femn"]
        stems = {r.nominative.lower() for r in same_case}
        if p.normal in stems:
            continue
        if not same_case:
            out.append(Reading(case, "masc", _like(word, p.normal), 1.0))
        elif any(_vowel_dropped(stem, p.normal) for stem in stems):
            out.append(Reading(case, "masc", _like(word, p.normal), max(r.weight for r in same_case) + 0.1))
    return out


def _vowel_dropped(stem: str, nominative: str) -> bool:
    """"зайц"/"заяц", "орл"/"орёл", "соловь"/"соловей": the same word but for a vowel before the last consonant."""
    keep = len(stem) - 2
    same_end = stem[-1] == nominative[-1] or stem[-1] == "ь" and nominative[-1] == "й"
    return keep >= 1 and same_end and len(nominative) - len(stem) in (0, 1) \
        and nominative[:keep] == stem[:keep] and stem != nominative


def _undeclined_part(word: str, readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
    """A word before the last of a foreign name of three words or more ("Данг Минь Хоем", "Пак Сон Хо"): only the
    last word declines, so a part that no reading takes for a declined form fits every case as written, as well
    as it fits the nominative; a part read as declined ("Сейедом", "Ахмеда") keeps its readings."""
    if any(r.case != "nomn" and r.nominative != word for r in readings):
        return readings
    top = max((r.weight for r in readings), default=0.0)
    return readings + tuple(Reading(c, "any", word, top) for c in CASES)


def _declined(readings: tuple[Reading, ...], written: str) -> bool:
    """A Russian given name the dictionary knows, in a case other than the nominative ("Владислава", "Игорем")."""
    return any(r.case != "nomn" and r.weight >= 2.5 and r.nominative.lower() != written.lower() for r in readings)


def _declined_with_given(word: str, readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
    """A Russian given name declined: a surname in ‑а/‑я declines with it ("Владислава Шапши" → "Шапша", "Юрием
    Шулейкой" → "Шулейка", "Игоря Рудени" → "Руденя"). Foreign names in ‑ши, ‑ки ("Сейджи") are mostly undeclined,
    so alone their ‑а reading is weaker than the written form; beside a declined Russian given name it is stronger.
    A surname the lexicon knows never declines ("Гарибашвили", "Кобахидзе") keeps that reading first; the ‑я form
    stays an alternative the document's other mentions can pick ("Игорь Руденя" named elsewhere)."""
    top = max((r.weight for r in readings), default=0.0)
    table = declensions()["foreign"] + declensions()["with_given"]
    return readings + tuple(Reading(r.case, r.gender, r.nominative, max(r.weight, 0.8) if top < 2 else top - 0.9)
                            for r in _paradigm_readings(word, table)
                            if r.case != "nomn" and r.nominative.lower().endswith(("а", "я"))
                            and _pronounceable(r.nominative))


def _as_written(word: str) -> list[Reading]:
    nominative = 0.2 if _endings()["oblique"].search(word.lower()) else 0.5
    return [Reading(c, "any", word, nominative if c == "nomn" else 0.5) for c in CASES]


def _surname_nominative(p, gender: str) -> str:
    if gender == "femn":
        form = Parse.inflect(p, {"femn", "sing", "nomn"}) if "Fixd" not in p.tag else None
        return form.word if form is not None else p.word
    return p.normal


@lru_cache(maxsize=20_000)
def _given_readings(word: str) -> tuple[Reading, ...]:
    low = word.lower()
    known = [p for p in morph_vocab()(low) if p.is_known and "Name" in p.tag and str(p.tag.case) in CASES
             and p.tag.number != "plur"]
    # a name of both genders leans to the more frequent one: "Анатолия" is mostly a man's genitive
    by_gender: dict[str, float] = {}
    for p in known:
        by_gender[str(p.tag.gender)] = by_gender.get(str(p.tag.gender), 0.0) + p.score
    out = [Reading(str(p.tag.case), GENDER.get(str(p.tag.gender), "any"), _like(word, p.normal),
                   2.5 + 0.5 * by_gender[str(p.tag.gender)]) for p in known]
    if "Fixd" in {g for p in known for g in p.tag.grammemes}:
        out += [Reading(c, "any", word, 3.0) for c in CASES]  # "Ли", "Си": never declined
    elif known and all(str(p.tag.case) == "nomn" for p in known) and len(re.findall(f"[{VOWELS}]+", low)) == 1:
        # a one-syllable name the dictionary has in the nominative only ("Цзян"): an East Asian family name written
        # first, which stays as written whatever the case of the name after it ("с Цзян Чэнгуаном")
        out += [Reading(c, "masc", word, 3.0) for c in CASES if c != "nomn"]
    if not known:
        out += [r for r in _paradigm_readings(word, declensions()["foreign"]) if _pronounceable(r.nominative)]
        out += _as_written(word)
        if re.search(f"[{CONSONANT}]$", low) and not _endings()["case"].search(low):  # a woman's "Айжан"
            out += [Reading(c, "femn", word, 0.6) for c in CASES]
    return tuple(out)


@lru_cache(maxsize=20_000)
def _patronymic_readings(word: str) -> tuple[Reading, ...]:
    out = []
    for p in morph_vocab()(word.lower()):
        if "Patr" in p.tag and str(p.tag.case) in CASES:
            out.append(Reading(str(p.tag.case), "femn" if str(p.tag.gender) == "femn" else "masc", p.normal, 3.0))
    return tuple(out)


def _like(written: str, word: str) -> str:
    """``word`` capitalised as a name, with ё only where the text has it ("Артема" → "Артем")."""
    if "ё" not in written.lower():
        word = word.replace("ё", "е")
    return "-".join(part[:1].upper() + part[1:] for part in word.lower().split("-"))


def _pronounceable(word: str) -> bool:
    """A nominative no Russian spelling of a name would give: no vowel ("Хв"), or ending in a
    voiced stop after a consonant other than a sonorant ("Гунб" from "Гунба")."""
    low = word.lower()
    if not re.search(f"[{VOWELS}]", low):
        return False
    return not re.search(f"[{CONSONANT}][бгдзж]$", low) or bool(re.search("[рлмн][бгдзж]$", low) and
                                                             not low.endswith(("нб", "мб")))


def _normal_case(word: str) -> str:
    """"ЛУКАШЕНКО" → "Лукашенко"; "Касым-Жомарт" stays."""
    if len(word) > 1 and word.isupper():
        return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
    return word


def _hyphen_readings(word: str, read) -> tuple[Reading, ...]:
    """"Касым-Жомартом": the last part declines, the parts before it stay — unless they decline
    as Russian surnames too ("Петровой-Водкиной" → "Петрова-Водкина")."""
    if "-" not in word.strip("-"):
        return read(word)
    head, _, last = word.rpartition("-")
    first = _best_by_case_and_gender(tuple(r for r in read(head) if r.weight >= 2)) if read is _surname_readings else {}
    out = []
    for r in read(last):
        genders = ("masc", "femn") if r.gender == "any" else (r.gender,)
        cases = CASES if r.case == "any" else (r.case,)
        own = {first[(c, g)].nominative for c in cases for g in genders if (c, g) in first}
        out.append(Reading(r.case, r.gender, f"{own.pop() if len(own) == 1 else head}-{r.nominative}", r.weight))
    return tuple(out)


@lru_cache(maxsize=20_000)
def _best_by_case_and_gender(readings: tuple[Reading, ...]) -> dict[tuple[str, str], Reading]:
    """The weightiest reading of a word for each case and gender (first of equals)."""
    out: dict[tuple[str, str], Reading] = {}
    for r in readings:
        for case in CASES if r.case == "any" else (r.case,):
            for gender in ("masc", "femn") if r.gender == "any" else (r.gender,):
                old = out.get((case, gender))
                if old is None or r.weight > old.weight:
                    out[(case, gender)] = r
    return out


def read_name(words: list[str], context_cases: dict[str, float] | None = None,
              context_genders: dict[str, float] | None = None, keep: float = 1.0) -> list[NameForm]:
    """The readings of a name, best first: those scoring within ``keep`` of the best.

    ``context_cases`` and ``context_genders`` weigh what the context says (the tagger, the
    title the name stands in apposition to: "заведующая отделом Серафима Хеладзе")."""
    words = [_normal_case(w) for w in words]
    parts = name_parts(words)
    slots: list[tuple[str, tuple[Reading, ...]]] = []
    for n, w in enumerate(parts.given):
        if INITIAL.match(w) or w.lower() in L.name_particles or (parts.as_written and n == 0):
            slots.append(("fixed", (Reading("any", "any", w, 0.0),)))
        else:
            slots.append(("given", _hyphen_readings(w, _given_readings)))
    if parts.patronymic:
        slots.append(("patronymic", _patronymic_readings(parts.patronymic)))
    if parts.surname and parts.fixed_surname:
        slots.append(("surname", (Reading("any", "any", parts.surname, 0.0),)))
    elif parts.surname:
        slots.append(("surname", _hyphen_readings(parts.surname, _surname_readings)))
    declined_alike: tuple[Reading, ...] = ()
    if parts.surname and not parts.fixed_surname and any(kind == "given" and _declined(readings, parts.given[n])
                                                         for n, (kind, readings) in enumerate(slots)):
        declined_alike = _declined_with_given(parts.surname, slots[-1][1])[len(slots[-1][1]):]
        slots[-1] = ("surname", slots[-1][1] + declined_alike)
    elif parts.surname and not parts.fixed_surname and not parts.given:
        # a surname alone ("завод Дерипаски") keeps its ‑а reading as an alternative only, for the one named in full
        # elsewhere ("Олега Дерипаски" → "Дерипаска") to join it
        top = max((r.weight for r in slots[-1][1]), default=0.0)
        declined_alike = tuple(Reading(r.case, r.gender, r.nominative, min(r.weight, top - 0.5))
                               for r in _declined_with_given(parts.surname, slots[-1][1])[len(slots[-1][1]):])
    if parts.surname and not parts.patronymic and len(parts.given) >= 2:
        slots = [(kind, _undeclined_part(parts.given[n], readings) if kind == "given" else readings)
                 for n, (kind, readings) in enumerate(slots)]
    best_of = [_best_by_case_and_gender(readings) for _, readings in slots]
    scored = []
    for case in CASES:
        for gender in ("masc", "femn"):
            total = (context_cases or {}).get(case, 0.0) + (context_genders or {}).get(gender, 0.0)
            chosen = [best.get((case, gender)) for best in best_of]
            total += sum(r.weight if r is not None else -1.0 for r in chosen)
            scored.append((total, case, chosen))
    scored.sort(key=lambda s: -s[0])
    out: list[NameForm] = []
    for total, case, chosen in scored:
        if total < scored[0][0] - keep:
            break
        given, surname = [], None
        for (kind, readings), r in zip(slots, chosen):
            word = r.nominative if r is not None else readings[0].nominative if readings else ""
            if kind in ("given", "fixed"):
                given.append(word)
            elif kind == "surname":
                surname = word if r is not None else parts.surname
        form = NameForm(given=[g for g in given if g], surname=surname, case=case, score=total)
        if all(o.text != form.text for o in out):
            out.append(form)
        # the surname declined like the given name, weaker than a reading it lost to ("Игоря Рудени": "Рудени" as
        # written first), kept for the document's other mentions to pick ("Игорь Руденя")
        for r in declined_alike:
            lost = chosen[-1].weight - r.weight if chosen[-1] is not None else 0.0
            alike = NameForm(given=form.given, surname=r.nominative, case=case, score=total - lost)
            if r.case == case and alike.score >= scored[0][0] - keep and all(o.text != alike.text for o in out):
                out.append(alike)
    return out
