"""Place IDs for place spans: the gazetteer's matches, and what the matcher leaves unlinked.

* The matcher's mentions (``gazetteer.matcher.find_places``) are taken as they are, except
  inside person names ("Сергеем Донским" is no Don region).
* A place span no mention covers is looked up by guessed nominatives of its words: pymorphy's
  normal forms, a soft sign put back ("Тяньцзине" → "Тяньцзинь"), hyphenated parts declined one
  by one ("Каменска-Уральского" → "Каменск-Уральский").
* A one-word person span that names a place the document names as a place elsewhere is a place
  ("врачам китайского Уханя" beside "в Ухане").
* A town the gazetteer does not list gets the ID ``REGION/Имя`` when the text says where it is:
  a settlement noun before it and a first-level region beside it in the sentence ("в селе Лойга
  в Архангельской области", "в посёлке Бобровский Сысертского района … Свердловской области"),
  or the region in an aside right after it ("в Бартлсвилле, штат Оклахома", "Талса
  (Оклахома)"); "под Гомелем" places it in the region of that city.
"""

from __future__ import annotations

from dataclasses import dataclass

from coopwatch.gazetteer.forms import word_forms
from coopwatch.lexicon import L
from coopwatch.nlp.annotate import Annotated, Token, morph_vocab
from coopwatch.nlp.entities.spans import TokenSpan

SOFT_AFTER = "бвгджзклмнпрстфхцчшщ"


@dataclass
class PlaceRef:
    first: int  # token indices, inclusive
    last: int
    place_id: str
    form: str


def link_places(ctx, spans: list[TokenSpan]) -> list[PlaceRef]:
    """Every linked place mention of the document, in text order."""
    tokens = ctx.ann.tokens
    persons = {i for s in spans if s.type == "PER" for i in range(s.first, s.last + 1)}
    refs = [PlaceRef(m.start, m.stop - 1, m.id, m.form) for m in ctx.places
            if m.id and not m.id.startswith("?") and not any(i in persons for i in range(m.start, m.stop))]
    _regions_in_asides(ctx, refs)
    covered = {i for r in refs for i in range(r.first, r.last + 1)}
    unlinked = []
    for s in spans:
        if s.type != "LOC" or any(i in covered for i in range(s.first, s.last + 1)):
            continue
        toks = tokens[s.first:s.last + 1]
        ids = lookup(toks)
        if ids:
            refs.append(PlaceRef(s.first, s.last, _prefer(ids, refs), "form"))
            continue
        pid = _settlement(ctx, s, refs)
        if pid:
            refs.append(PlaceRef(s.first, s.last, pid, "settlement"))
        else:
            unlinked.append(s)
    _same_name_same_place(tokens, refs, unlinked)
    refs.sort(key=lambda r: r.first)
    return refs


def _regions_in_asides(ctx, refs: list[PlaceRef]) -> None:
    """"В Светлогорске (Калининградская область)": the region the text gives in an aside
    outranks a namesake the gazetteer has elsewhere (Светлогорск in Гомельская область) — the
    town becomes ``REGION/Имя``, in every mention of the document."""
    from coopwatch.gazetteer.places import gazetteer, region_of

    gz = gazetteer()
    tokens = ctx.ann.tokens
    moved: dict[str, str] = {}
    for r in refs:
        if r.form != "name" or gz.level(r.place_id) != "city" or "/" not in r.place_id:
            continue
        region = _aside_region(tokens, r.last, refs)
        if region and region != region_of(r.place_id):
            moved[r.place_id] = f"{region}/{r.place_id.rsplit('/', 1)[1]}"
    for r in refs:
        if r.place_id in moved:
            r.place_id = moved[r.place_id]


def _aside_region(tokens: list[Token], last: int, refs: list[PlaceRef], window: int = 6) -> str | None:
    """The first-level region named right after token ``last`` in brackets or after a comma:
    "Талса (Оклахома)", "в Бартлсвилле, штат Оклахома", "Чивьяско (провинция Верчелли, Пьемонт)"."""
    from coopwatch.gazetteer.places import gazetteer

    gz = gazetteer()
    sent = tokens[last].sent
    if last + 1 >= len(tokens) or tokens[last + 1].text not in ("(", ","):
        return None
    for r in refs:
        if 0 < r.first - last <= window and tokens[r.first].sent == sent and r.form != "adj" \
                and gz.level(r.place_id) == "region" \
                and not any(t.text in (")", ".", ";") for t in tokens[last + 1:r.first]):
            return r.place_id
    return None


def _same_name_same_place(tokens: list[Token], refs: list[PlaceRef], unlinked: list[TokenSpan]) -> None:
    """One place per name in a document: an unlinked place span with the name of a town linked
    elsewhere in the text ("Весна в Дзёэцу" … "в особом городе Дзёэцу, что в японской префектуре
    Ниигата") takes its ID."""
    known: dict[frozenset[str], str] = {}
    for r in refs:
        if r.form in ("settlement", "name", "form") and r.first == r.last and "/" in r.place_id:
            known.setdefault(word_forms(tokens[r.first].text), r.place_id)
    for s in unlinked:
        if s.first != s.last:
            continue
        forms = word_forms(tokens[s.first].text)
        pid = next((p for k, p in known.items() if k & forms), None)
        if pid:
            refs.append(PlaceRef(s.first, s.last, pid, "settlement"))


def retype_person_places(ctx, spans: list[TokenSpan]) -> list[TokenSpan]:
    """A one-word person span naming a place the document names as a place elsewhere."""
    named = {m.id for m in ctx.places if m.id and m.form in ("name", "abbr")}
    tokens = ctx.ann.tokens
    for s in spans:
        if s.type == "PER" and s.first == s.last and tokens[s.first].is_cap():
            ids = lookup(tokens[s.first:s.first + 1])
            if ids and any(i in named for i in ids):
                s.type = "LOC"
    return spans


def _prefer(ids: tuple[str, ...], refs: list[PlaceRef]) -> str:
    """Of several places with the name, the one the document names elsewhere, else the first."""
    seen = {r.place_id for r in refs}
    return next((i for i in ids if i in seen), ids[0])


# ---- the gazetteer by guessed nominatives ----------------------------------------------------

def lookup(toks: list[Token]) -> tuple[str, ...]:
    """Place IDs of the gazetteer entries whose name is exactly these words (any case)."""
    from coopwatch.gazetteer.forms import ENTRIES
    from coopwatch.gazetteer.index import trie

    nodes = [trie()]
    for t in toks:
        nxt = []
        for node in nodes:
            for key in sorted(word_forms(t.text) | {t.lemma}):
                child = node.get(key) if key != ENTRIES else None
                if child is not None:
                    nxt.append(child)
        if not nxt:
            return ()
        nodes = nxt
    ids = [e[0] for node in nodes for e in node.get(ENTRIES, []) if e[1] in ("name", "abbr")]
    return tuple(dict.fromkeys(ids))


# ---- towns the gazetteer does not list ---------------------------------------------------------


def _settlement(ctx, s: TokenSpan, refs: list[PlaceRef]) -> str | None:
    from coopwatch.gazetteer.places import gazetteer, region_of

    tokens = ctx.ann.tokens
    gz = gazetteer()
    sent = tokens[s.first].sent
    introduced = s.first > 0 and tokens[s.first - 1].lemma in L.settlement_words and tokens[s.first - 1].sent == sent
    # regions named in the sentence, directly or through a district or town in them
    regions = [PlaceRef(r.first, r.last, region_of(r.place_id), r.form) for r in refs
               if tokens[r.first].sent == sent and r.form != "adj" and region_of(r.place_id)
               and (gz.level(r.place_id) == "region" or (r.first > s.last and r.form == "district"))]
    aside = _aside_region(tokens, s.last, regions)
    parent = None
    if aside:
        parent = aside
    elif introduced and regions:
        # "в селе Лойга в Архангельской области", "в Иркутской области, в городе …"
        near = [r for r in regions if 0 < r.first - s.last <= 8] or [r for r in regions if 0 < s.first - r.last <= 3]
        parent = near[0].place_id if near else None
    if parent is None and introduced:
        near = [r for r in refs if tokens[r.first].sent == sent and r.last < s.first and r.first > 0
                and tokens[r.first - 1].lower in L.near_prepositions and gz.level(r.place_id) == "city"]
        if near:
            parent = region_of(near[-1].place_id)
    if not parent or "/" in parent:
        return None
    name = _nominative(tokens[s.first:s.last + 1], introduced)
    return f"{parent}/{name}" if name else None


def _nominative(toks: list[Token], apposition: bool) -> str | None:
    """The town's name in the nominative: as written after a settlement noun when the tagger
    reads it so ("в посёлке Бобровский"), else from pymorphy's guesses, a place reading
    ("Geox") preferred."""
    words = []
    for t in toks:
        if not t.text[:1].isupper() and t.text != "-":
            return None
        if apposition and (t.case in (None, "Nom") or t.feats.get("Case") == "Nom"):
            words.append(t.text)
            continue
        parses = morph_vocab()(t.text.lower())
        geo = [p for p in parses if "Geox" in str(p.tag)]
        best = (geo or parses)[0].normal if parses else t.text.lower()
        words.append("-".join(x[:1].upper() + x[1:] for x in best.split("-")))
    return " ".join(words) if words else None


def to_char_links(ann: Annotated, refs: list[PlaceRef]):
    from coopwatch.nlp.entities.model import PlaceLink

    tokens = ann.tokens
    out = []
    for r in refs:
        start, stop = tokens[r.first].start, tokens[r.last].stop
        out.append(PlaceLink(start, stop, ann.text[start:stop], r.place_id, r.form))
    return out
