"""Find places in annotated text by lemma sequences, in any grammatical case.

Needs: tokens with lemmas (``nlp.annotate``) and NER spans. Adds: ``PlaceMention`` objects —
names, abbreviations, adjectives, demonyms, authorities ("Минский облисполком") and generic
districts ("Вяземский район Смоленской области") — each with its candidate place IDs, resolved
against the rest of the document when a name is ambiguous ("РБ", "минский").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from coopwatch.gazetteer.places import Gazetteer, capital_cities, contains, gazetteer, lineage
from coopwatch.nlp.annotate import Annotated, Token, lemma_of, morph_vocab

# Words that turn a regional adjective into an authority or a territory of a known level.
REGION_NOUNS = {"область", "край", "регион", "облисполком", "облсовет", "обл"}
CITY_NOUNS = {"горисполком", "горсовет"}
DISTRICT_NOUNS = {"район", "райисполком", "райсовет"}
EXECUTIVE_ADJ = {"областной": "region", "городской": "city", "районный": "district"}
EXECUTIVE_NOUNS = {"исполнительный", "исполком", "совет", "комитет"}


FORM_PRIORITY = ("authority", "name", "abbr", "district", "demonym", "adj")


@dataclass
class PlaceMention:
    candidates: tuple[str, ...]
    start: int  # first token index (document)
    stop: int  # token index after the last
    char_start: int
    char_stop: int
    form: str  # name | abbr | adj | demonym | authority | district
    sent: int
    in_org: bool = False  # inside an organisation's name ("Минский тракторный завод")
    id: str | None = None

    @property
    def resolved(self) -> str:
        return self.id or self.candidates[0]


# The trie is nested dicts keyed by word lemmas; a node's places sit under the empty key (no
# word is empty): ``{"курский": {"область": {"": [("RU-KRS", "name", (True, False))]}}}``.
ENTRIES = ""
Trie = dict


def _data_key(word: str) -> tuple[str, bool]:
    """Key of one word of a gazetteer name, and whether the text must capitalise it."""
    if len(word) >= 2 and word.isupper() and word.isalpha():
        return "=" + word, True
    return lemma_of(word), word[:1].isupper()


SOFT_AFTER = "бвгджзклмнпрстфхцчшщ"


@lru_cache(maxsize=100_000)
def word_forms(word: str) -> frozenset[str]:
    """Keys a word of a text may have in the trie: its pymorphy normal forms, the same with a soft
    sign pymorphy dropped ("Тяньцзине" → "тяньцзинь"), and for a hyphenated word its parts'
    normal forms joined ("Каменска-Уральского" → "каменск-уральский")."""
    w = word.lower().replace("ё", "е")
    out = {w}
    for p in morph_vocab()(w):
        out.add(p.normal.replace("ё", "е"))
    for n in list(out):
        if n and n[-1] in SOFT_AFTER:
            out.add(n + "ь")
    if "-" in w:
        parts = [sorted(word_forms(x)) for x in w.split("-") if x]
        if len(parts) == 2 and all(parts):
            out.update(f"{a}-{b}" for a in parts[0] for b in parts[1])
    # the trie keys data words by ``lemma_of``; map each guess the same way
    return frozenset(out | {lemma_of(x) for x in out})


def text_keys(tok: Token) -> set[str]:
    keys = set(word_forms(tok.text))
    keys.add(tok.lemma)
    if len(tok.text) >= 2 and tok.text.isupper() and tok.text.isalpha():
        keys.add("=" + tok.text)
    keys.discard(ENTRIES)  # never a word, the trie's slot for places
    return keys


def _tokens_of(name: str) -> list[str]:
    from razdel import tokenize

    return [t.text for t in tokenize(name) if t.text not in ("(", ")", "—", "–")]


@lru_cache(maxsize=1)
def trie() -> Trie:
    """The place trie, built from the data files once and then kept in the user's cache
    directory: building it lemmatises some ten thousand names (half a second), loading it does not."""
    import hashlib
    import os
    import pickle

    from coopwatch import paths

    digest = hashlib.sha1()
    for f in sorted(paths.GAZETTEER_DATA.glob("*.tsv")) + [Path(__file__)]:
        digest.update(f.read_bytes())
    cache = paths.cache_dir() / f"places-{digest.hexdigest()[:16]}.pickle"
    try:
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, AttributeError):
        pass
    root = build_trie()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")  # worker processes may build it at once
        with open(tmp, "wb") as fh:
            pickle.dump(root, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
        for old in cache.parent.glob("places-*.pickle"):
            if old != cache:
                old.unlink(missing_ok=True)  # built from data files that have changed since
    except OSError:
        pass  # a read-only home only costs the next start half a second
    return root


def build_trie() -> Trie:
    gz = gazetteer()
    root: Trie = {}

    def add(words: list[str], place_id: str, form: str) -> None:
        node = root
        caps = []
        for w in words:
            key, cap = _data_key(w)
            caps.append(cap)
            node = node.setdefault(key, {})
        entry = (place_id, form, tuple(caps))
        entries = node.setdefault(ENTRIES, [])
        if entry not in entries:
            entries.append(entry)

    for p in gz.places.values():
        for n in p.names or (p.name,):
            words = _tokens_of(n)
            if words:
                form = "abbr" if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2 else "name"
                add(words, p.id, form)
                if p.level == "district" and words[-1] == "район":
                    add(words[:-1] + ["муниципальный", "район"], p.id, form)  # "Рыбно-Слободский муниципальный район"
        if "/" in p.id:
            add(_tokens_of(p.name), p.id, "name")
        for a in p.adjectives:
            add([a.lower()], p.id, "adj")
        for d in p.demonyms:
            add([d.lower()], p.id, "demonym")
    for pid, names in gz.authorities.items():
        for n in names:
            add(_tokens_of(n), pid, "authority")
    return root


def _in_spans(ann: Annotated, kind: str) -> set[int]:
    out = set()
    for s in ann.spans:
        if s.type == kind:
            out.update(t.i for t in s.tokens)
    return out


def _quoted(tokens: list[Token], longest: int = 6) -> set[int]:
    """Token indices inside short «...» or "..." spans: names of organisations, events, products.
    Longer quotations are speech, whose places are ordinary mentions."""
    out: set[int] = set()
    opened: int | None = None
    for t in tokens:
        if t.text in ("«", "„", "“") or (t.text == '"' and opened is None):
            opened = t.i
        elif (t.text in ("»", "”") or t.text == '"') and opened is not None:
            if t.i - opened - 1 <= longest:
                out.update(range(opened + 1, t.i))
            opened = None
    return out


def find_places(ann: Annotated, gz: Gazetteer | None = None) -> list[PlaceMention]:
    """Every place mention in the document, longest match first, ambiguities resolved."""
    gz = gz or gazetteer()
    root = trie()
    tokens = ann.tokens
    person = _in_spans(ann, "PER")
    org = _in_spans(ann, "ORG") | _quoted(tokens)
    keys = [sorted(text_keys(t)) for t in tokens]  # sorted: the same result in every process
    mentions: list[PlaceMention] = []

    def longest(i: int) -> tuple[int, list] | None:
        best: tuple[int, list] | None = None
        frontier = [(root, i)]
        while frontier:
            nxt = []
            for node, j in frontier:
                if j >= len(tokens) or tokens[j].sent != tokens[i].sent:
                    continue
                for k in keys[j]:
                    child = node.get(k)
                    if child is None:
                        continue
                    if child.get(ENTRIES):
                        ok = [e for e in child[ENTRIES] if _caps_ok(tokens[i:j + 1], e[2])]
                        if ok and (best is None or j + 1 > best[0]):
                            best = (j + 1, ok)
                        elif ok and j + 1 == best[0]:  # the same words read as another place
                            best = (j + 1, best[1] + [e for e in ok if e not in best[1]])
                    nxt.append((child, j + 1))
            frontier = nxt
        return best

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
                and all(gz.level(e[0]) in ("city", "district") for e in entries) and _looks_like_name(ann, span[0]):
            i += 1  # a surname that is also a town (Пушкин, Королёв)
            continue
        forms = {e[1] for e in entries}
        if {"name", "adj"} <= forms and stop == i + 1:
            # "Минском": the city or "минский"? An adjective stands before its noun.
            nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].sent == tokens[i].sent else None
            keep = "adj" if nxt is not None and nxt.pos in ("NOUN", "PROPN", "ADJ") and not nxt.text[:1].isupper() \
                and nxt.lemma != "и" else "name"
            entries = [e for e in entries if e[1] == keep]
            forms = {keep}
        form = next(f for f in FORM_PRIORITY if f in forms)
        level_rank = {lv: n for n, lv in enumerate(("country", "region", "city", "district"))}
        # of two towns with one name, a region's capital first (Иваново, not the Belarusian town)
        capitals = capital_cities()
        entries = sorted(entries, key=lambda e: (level_rank.get(gz.level(e[0]), 9), e[0] not in capitals, e[0]))
        cands = tuple(dict.fromkeys(e[0] for e in entries))
        mentions.append(PlaceMention(
            candidates=cands, start=i, stop=stop, char_start=span[0].start, char_stop=span[-1].stop,
            form=form, sent=span[0].sent, in_org=any(t.i in org for t in span)))
        i = stop
    mentions += _compound_adjectives(tokens, {i for m in mentions for i in range(m.start, m.stop)}, gz)
    mentions.sort(key=lambda m: m.start)
    mentions = _extend_authorities(mentions, tokens, gz)
    _reparent_districts(mentions, tokens, gz)
    mentions += _generic_districts(mentions, tokens, gz)
    mentions += _generic_towns(mentions, tokens, gz)
    mentions.sort(key=lambda m: m.start)
    _resolve(mentions, tokens, gz)
    return mentions


def _looks_like_name(ann: Annotated, tok: Token) -> bool:
    """Is the person span around ``tok`` a real name (a first name beside it, or the surname
    alone) rather than NER's mistake on "Администрацией Вологды"?"""
    for span in ann.spans:
        if span.type == "PER" and span.tokens and span.tokens[0].i <= tok.i <= span.tokens[-1].i:
            if len(span.tokens) == 1:
                return True
            return any(any("Name" in p.tag for p in morph_vocab()(t.lower)[:2]) for t in span.tokens)
    return False


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


def _level_after(tokens: list[Token], j: int, sent: int) -> tuple[str | None, int]:
    """The territorial level a noun group right after token ``j`` names, and where it ends:
    "облисполком", "областной исполнительный комитет", "области", "горисполком", "район"."""
    if j >= len(tokens) or tokens[j].sent != sent:
        return None, j
    lem = tokens[j].lemma
    if lem in REGION_NOUNS:
        return "region", j + 1
    if lem in CITY_NOUNS:
        return "city", j + 1
    if lem in DISTRICT_NOUNS:
        return "district", j + 1
    if lem in EXECUTIVE_ADJ:
        k = j + 1
        while k < len(tokens) and tokens[k].lemma in EXECUTIVE_NOUNS:
            k += 1
        return EXECUTIVE_ADJ[lem], k
    if lem == "исполком":
        return "executive", j + 1
    return None, j


def _extend_authorities(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> list[PlaceMention]:
    """An adjective followed by a level noun picks the place of that level: "Курской области",
    "Минского областного исполнительного комитета", "Гомельский горисполком". Coordinated
    adjectives share the noun: "Курской и Брянской областями"."""
    for m in mentions:
        if m.form != "adj":
            continue
        j = m.stop
        # skip coordinated adjectives: "Гомельской, Могилевской и Витебской областями"
        while j < len(tokens) and tokens[j].sent == m.sent and (
                tokens[j].text in (",", "и") or (tokens[j].pos == "ADJ" and tokens[j].lemma in gz.by_adjective)):
            j += 1
        level, end = _level_after(tokens, j, m.sent)
        if level is None:
            continue
        if level == "executive":
            m.form = "authority"
            if j == m.stop:
                m.stop = end
                m.char_stop = tokens[end - 1].stop
            continue
        fitting = tuple(c for c in m.candidates if gz.level(c) == level)
        if not fitting and level == "district" and j == m.stop and tokens[j].lemma == "район":
            # "Вяземский район": a district named after its town, in the town's region
            towns = [c for c in m.candidates if gz.level(c) == "city" and "/" in c]
            if towns:
                name = f"{tokens[m.start].lemma[:1].upper()}{tokens[m.start].lemma[1:]} район"
                fitting = (f"{towns[0].rsplit('/', 1)[0]}/{name}",)
                m.form = "district"
        if not fitting:
            continue  # "российского региона": not this adjective's place
        if fitting:
            m.candidates = fitting
        if j == m.stop:  # the noun belongs to this adjective itself
            m.stop = end
            m.char_stop = tokens[end - 1].stop
            m.form = "name" if tokens[j].lemma in REGION_NOUNS | DISTRICT_NOUNS else "authority"
    return mentions


def _reparent_districts(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> None:
    """"Кировский район Калужской области", "Первомайский район Бишкека": a district named like
    one we know elsewhere (Кировский район of Mogilev oblast, Первомайский район of Minsk) but
    placed by the text in another region or city."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        district = [c for c in m.candidates if gz.level(c) == "district"]
        after = by_start.get(m.stop)
        if not district or after is None or gz.level(after.candidates[0]) not in ("region", "city"):
            continue
        region = after.candidates[0]
        if not any(c.startswith(region + "/") for c in district):
            m.candidates = (f"{region}/{district[0].rsplit('/', 1)[1]}",)


def _generic_districts(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> list[PlaceMention]:
    """"Вяземский район Смоленской области": a district not in the gazetteer, named by its
    adjective, placed under the region named right after it (or left for the context to place)."""
    taken = {i for m in mentions for i in range(m.start, m.stop)}
    by_start = {m.start: m for m in mentions}
    out = []
    for t in tokens[:-1]:
        nxt = tokens[t.i + 1]
        if t.i in taken or nxt.i in taken or nxt.sent != t.sent:
            continue
        if not (t.pos == "ADJ" and t.text[:1].isupper() and nxt.lemma == "район" and nxt.feats.get("Number") != "Plur"):
            continue
        name = f"{_nominative_adj(t)} район"
        parent = None
        after = by_start.get(nxt.i + 1)
        if after and gz.level(after.resolved) in ("region", "city"):
            parent = after.resolved
        cands = tuple(p for p in gz.places if p.endswith("/" + name)) or ()
        if parent:
            cands = (f"{parent}/{name}",)
        if not cands:
            cands = (f"?/{name}",)  # parent decided by the document's context
        out.append(PlaceMention(candidates=cands, start=t.i, stop=nxt.i + 1, char_start=t.start,
                                char_stop=nxt.stop, form="district", sent=t.sent))
    return out


SETTLEMENT_NOUNS = {"город", "село", "поселок", "посёлок", "деревня", "станица", "хутор", "аул", "кишлак", "пгт"}


def _generic_towns(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> list[PlaceMention]:
    """"в селе Лойга Архангельской области": a town the gazetteer does not list, after a word
    for a settlement, placed in the region its sentence names; without a region, nothing."""
    taken = {i for m in mentions for i in range(m.start, m.stop)}
    out = []
    for t in tokens[:-1]:
        name = tokens[t.i + 1]
        if t.lemma not in SETTLEMENT_NOUNS or name.i in taken or name.sent != t.sent or not name.is_cap() \
                or not name.text.isalpha():
            continue
        regions = [m for m in mentions if m.sent == t.sent and m.form != "adj" and gz.level(m.resolved) == "region"]
        if not regions:
            continue
        region = min(regions, key=lambda m: (m.start < name.i, abs(m.start - name.i))).resolved
        words = [name]  # "в селе Верхняя Кулига": after the settlement word the name is not declined
        while len(words) < 3 and words[-1].i + 1 < len(tokens) and tokens[words[-1].i + 1].is_cap() \
                and tokens[words[-1].i + 1].i not in taken and tokens[words[-1].i + 1].sent == t.sent \
                and tokens[words[-1].i + 1].text.isalpha():
            words.append(tokens[words[-1].i + 1])
        if len(words) == 1 and name.case not in (None, "Nom"):
            town = lemma_of(name.text)
            town = town[:1].upper() + town[1:]
        else:
            town = " ".join(w.text for w in words)
        out.append(PlaceMention(candidates=(f"{region}/{town}",), start=name.i, stop=words[-1].i + 1,
                                char_start=name.start, char_stop=words[-1].stop, form="name", sent=name.sent))
    return out


def _nominative_adj(t: Token) -> str:
    lemma = t.lemma
    return lemma[:1].upper() + lemma[1:]


def _resolve(mentions: list[PlaceMention], tokens: list[Token], gz: Gazetteer) -> None:
    """Pick one candidate per mention: the one the document supports elsewhere, else the
    first listed (countries before regions before cities)."""
    support: Counter[str] = Counter()
    for m in mentions:
        if len(m.candidates) == 1 and not m.candidates[0].startswith("?"):
            for anc in lineage(m.candidates[0]):
                support[anc] += 1 if anc == m.candidates[0] else 0.25
    for m in mentions:
        if len(m.candidates) == 1:
            m.id = m.candidates[0]
            continue
        best = max(m.candidates, key=lambda c: (support[c] + 0.1 * sum(support[d] for d in support if contains(c, d) and d != c),
                                                -m.candidates.index(c)))
        m.id = best
    for m in mentions:
        if m.id and m.id.startswith("?/"):
            m.id = _place_district(m, mentions, gz)


def _place_district(m: PlaceMention, mentions: list[PlaceMention], gz: Gazetteer) -> str:
    """A district whose region the sentence does not give: the nearest region mentioned before
    it in the document; failing that, the most mentioned region."""
    name = m.id.split("/", 1)[1]
    before = [x for x in mentions if x.start < m.start and x.id and not x.id.startswith("?")
              and gz.level(x.id) == "region" and x.form != "adj"]
    if before:
        return f"{before[-1].id}/{name}"
    regions = Counter(x.id for x in mentions if x.id and gz.level(x.id) == "region")
    if regions:
        return f"{regions.most_common(1)[0][0]}/{name}"
    return name
