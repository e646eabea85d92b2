"""The document model every fact rule reads: the annotated text and all its mentions, plus the
document's two sides — who cooperates with whom in this text.

``Context`` is filled stage by stage; ``pipeline.STAGES`` declares what each stage reads and writes.

The camps' rules: sides.press_dateline
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from coopwatch.extract.people import Person, PersonMention
from coopwatch.extract.rulebook import rule
from coopwatch.extract.titles import TitleMention
from coopwatch.gazetteer.matcher import PlaceMention
from coopwatch.gazetteer.places import Gazetteer, country_of, gazetteer, is_place_id, region_of
from coopwatch.lexicon import L
from coopwatch.models import Document, Evidence
from coopwatch.nlp.annotate import Annotated, Sentence, Token
from coopwatch.nlp.grammars.common import Match

DATELINE_CHARS = 60  # a line before the headline no longer than this is a dateline ("Вологда, 2 октября 2024 года")


@dataclass
class Camp:
    """One side of the document: a country (or a region, when both sides are in one country),
    its most salient place, and every place of it the text names."""

    key: str
    best: str
    weights: dict[str, float]
    named: bool = True  # named by a name, not only by adjectives ("российские регионы")

    def contains(self, place_id: str) -> bool:
        return _camp_key(place_id, self.key) == self.key


def _camp_key(place_id: str, like: str) -> str:
    return (region_of(place_id) or place_id) if "-" in like else country_of(place_id)


@dataclass
class PhraseMention:
    """A multi-word phrase of the lexicon (``lexicon.find_phrases``) over tokens ``start``–``stop``."""

    entries: tuple[tuple[str, str], ...]  # (class, phrase)
    start: int
    stop: int
    sent: int

    def phrase(self, cls: str) -> str | None:
        return next((p for c, p in self.entries if c == cls), None)


@dataclass
class Context:
    document: Document
    ann: Annotated | None = None
    phrases: list[PhraseMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    titles: list[TitleMention] = field(default_factory=list)
    dates: list[Match] = field(default_factory=list)
    money: list[Match] = field(default_factory=list)
    growth: list[Match] = field(default_factory=list)
    year_ranges: list[Match] = field(default_factory=list)
    trade_periods: list[Match] = field(default_factory=list)
    ordinals: list[Match] = field(default_factory=list)
    camps: list[Camp] = field(default_factory=list)
    facts: list = field(default_factory=list)
    repeated: set[int] = field(default_factory=set)  # ids of facts a rule made several times on purpose
    warnings: list[str] = field(default_factory=list)

    # ---- lookups the fact rules share -------------------------------------------------------

    @property
    def gz(self) -> Gazetteer:
        return gazetteer()

    @property
    def sentences(self) -> list[Sentence]:
        return self.ann.sentences if self.ann else []

    def tokens_of(self, sent: int) -> list[Token]:
        return self.ann.sentences[sent].tokens

    def places_in(self, sent: int, *, sides_only: bool = True) -> list[PlaceMention]:
        """Place mentions of a sentence; with ``sides_only``, without names inside organisations
        and currencies ("Минский тракторный завод", "долларов США")."""
        out = [m for m in self.places if m.sent == sent]
        if sides_only:  # (a release's dateline still counts for the camps: compute_camps)
            first = self.ann.sentences[sent].tokens[0].i if out else -1
            out = [m for m in out if not _not_a_side(m, self) and not (m.start == first and press_dateline(m, self))]
        return out

    def told_as_before(self, sent: int) -> bool:
        """Does the sentence open as told from before the news ("Ранее, в марте, …", "Напомним, …")?"""
        return any(t.lower in L.told_before_words for t in self.tokens_of(sent)[:2])

    def people_in(self, sent: int) -> list[PersonMention]:
        return sorted((m for p in self.people for m in p.mentions if m.sent == sent and m.person),
                      key=lambda m: m.start)

    def titles_in(self, sent: int) -> list[TitleMention]:
        return [t for t in self.titles if t.sent == sent]

    def phrase_at(self, cls: str, tok: Token) -> tuple[PhraseMention, str] | None:
        """The phrase of class ``cls`` that ends at ``tok`` ("дорожную карту" at "карту"), and how the
        lexicon writes it."""
        for p in self.phrases:
            if p.stop == tok.i + 1:
                phrase = p.phrase(cls)
                if phrase is not None:
                    return p, phrase
        return None

    def in_sentence(self, matches: list[Match], sent: int) -> list[Match]:
        s = self.ann.sentences[sent]
        return [m for m in matches if s.start <= m.start < s.stop]

    def evidence(self, *sents: int) -> Evidence:
        """The sentences that carry a fact. Adjacent ones are one stretch of the text; sentences apart
        (a meeting in the first, its participants three sentences on) are joined with «…», never the
        paragraph between them, and the offsets mark the first, where the fact is stated."""
        ss = sorted(set(sents))
        text = self.document.text
        first, last = self.ann.sentences[ss[0]], self.ann.sentences[ss[-1]]
        if ss == list(range(ss[0], ss[-1] + 1)):
            return Evidence(start=first.start, end=last.stop, text=text[first.start:last.stop])
        said = " … ".join(text[s.start:s.stop] for s in (self.ann.sentences[i] for i in ss))
        return Evidence(start=first.start, end=first.stop, text=said)

    def camp_of(self, place_id: str) -> Camp | None:
        for c in self.camps:
            if c.contains(place_id):
                return c
        return None

    def other_camp(self, place_id: str) -> Camp | None:
        mine = self.camp_of(place_id)
        others = [c for c in self.camps if c is not mine]
        return others[0] if others and mine is not None else None

    def role_of(self, person: Person | None) -> str | None:
        """The territory a person represents, from their titles in this document."""
        if person is None:
            return None
        # a post held now before a former one ("бывший глава Перми, а ныне заместитель председателя правительства края")
        held = [t for t in self.titles if t.person is person and t.of and is_place_id(t.of)]
        return next((t.of for t in held if not t.former), held[0].of if held else None)



# An organisation named after its territory stands for it when it is that territory's government
# (``L.government_nouns``).


def _government(m: PlaceMention, ctx: Context) -> bool:
    """"Администрацией Вологды", "Правительства Курской области": a government, not a company."""
    tokens = ctx.ann.tokens
    return any(t.lemma in L.government_nouns for t in tokens[max(m.start - 3, 0): m.start] if t.sent == m.sent)


def _not_a_side(m: PlaceMention, ctx: Context) -> bool:
    if m.in_org and m.form in ("adj", "name", "demonym") and not _government(m, ctx):
        return True
    if m.start > 0 and ctx.ann.tokens[m.start - 1].lemma in L.currency_words:  # "долларов США"
        return True
    return is_dateline(m, ctx)


def _venue(m: PlaceMention, ctx: Context) -> bool:
    tokens = ctx.ann.tokens
    return m.start > 0 and tokens[m.start - 1].lower in L.in_prepositions and m.head(tokens).case == "Loc"


def is_dateline(m: PlaceMention, ctx: Context) -> bool:
    """"МИНСК, 29 сен – РИА Новости.", "КАЗАНЬ, 21 февраля. /ТАСС/.": where the agency filed
    the story, not a side of it."""
    tokens = ctx.ann.tokens
    sent = ctx.ann.sentences[m.sent]
    if m.start != sent.tokens[0].i or m.stop >= len(tokens):
        return False
    nxt = tokens[m.stop: m.stop + 4]
    return bool(nxt) and nxt[0].text in (",", ".", "/") and any(t.text.isdigit() for t in nxt[1:4]) \
        and ctx.ann.tokens[m.start].text.isupper()


@rule("sides.press_dateline", "'Вологда, 2 октября 2024 года' opening a press release: where it was issued — most "
      "often where things happened — counts for the camps like a venue, not like a headline", "Вологда, 2 октября "
      "2024 года. Делегация Гродненской области провела переговоры с губернатором Вологодской области.", off=False)
def press_dateline(m: PlaceMention, ctx: Context) -> bool:
    tokens = ctx.ann.tokens
    sent = ctx.ann.sentences[m.sent]
    nxt = tokens[m.stop: m.stop + 3]
    return m.start == sent.tokens[0].i and len(nxt) == 3 and nxt[0].text == "," and nxt[1].text.isdigit() \
        and nxt[2].lemma in L.months


def _rank(pid: str, members: dict[str, float]) -> float:
    """A country's own name weighs less when the text names its regions: "Татарстан и
    Беларусь" in a Russian regional text is about Татарстан, not Россия."""
    w = members[pid]
    if "-" not in pid and any(members[o] >= 1 for o in members if "-" in o):
        w *= 0.6
    return w


def compute_camps(ctx: Context) -> list[Camp]:
    """The document's sides: the two most mentioned countries — or, when every place is in one
    country, its two most mentioned regions. Headline mentions count triple."""
    weights: dict[str, float] = defaultdict(float)
    named: set[str] = set()
    for m in ctx.places:
        if _not_a_side(m, ctx) or not m.id or m.id.startswith("?"):
            continue
        if m.form not in ("adj", "demonym"):
            named.add(m.id)
        w = {"adj": 0.5, "demonym": 0.5}.get(m.form, 1.0)
        if m.start == ctx.ann.sentences[m.sent].tokens[0].i and press_dateline(m, ctx):
            w *= 0.2  # where the release was issued: less than where things happened
        elif _venue(m, ctx):
            w *= 0.3  # "в Минске": where it happened says less about who took part
        elif m.sent == 0:
            w *= 3
        weights[m.id] += w
    if not weights:
        return []
    countries: dict[str, float] = defaultdict(float)
    for pid, w in weights.items():
        countries[country_of(pid)] += w
    if len(countries) >= 2:
        keys = sorted(countries, key=lambda k: -countries[k])[:2]
        like = "XX"
    else:
        regions: dict[str, float] = defaultdict(float)
        for pid, w in weights.items():
            if region_of(pid):
                regions[region_of(pid)] += w
        keys = sorted(regions, key=lambda k: -regions[k])[:2]
        like = "XX-YY"
    camps = []
    for key in keys:
        members = {pid: w for pid, w in weights.items() if _camp_key(pid, like) == key}
        best = max(members, key=lambda pid, members=members: _rank(pid, members))
        camps.append(Camp(key=key, best=best, weights=members, named=any(p in named for p in members)))
    return camps


def in_headline(ev: Evidence | None, text: str) -> bool:
    """The evidence is the document's headline: its first line — or the line after a press release's dateline
    ("Саратов, 14 марта 2025 г.") — a line of its own without a full stop."""
    if ev is None or text[ev.end: ev.end + 1] != "\n" or ev.text.rstrip().endswith("."):
        return False
    before = text[:ev.start].strip()
    return not before or "\n" not in before and len(before) <= DATELINE_CHARS and text[:ev.start].endswith("\n")
