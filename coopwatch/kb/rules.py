"""Fusion: when two extracted facts describe the same real thing. Pure functions over FACTS.md
dicts. Each fact type's own rules (its block, what makes two of its facts incompatible, what is
positive evidence that they are one) are in its module of ``coopwatch.facttypes``
(``FactType.fusion``, with a table row in the module's docstring); here are the comparisons they
share, the dispatch by type and the partition of a block into canonical facts. ``merge`` says what
the canonical fact asserts and where its sources disagree, ``fuse`` applies both to the database.

Two facts are the same real thing only when they are *compatible* (nothing in one contradicts the
other: the same sides at the same level, dates and periods that can be one event, the same session
number…) and there is *evidence* that they are one (for events: the same days, one story of copies,
the same dated agreement reported, the same numbered session…). A canonical fact is a cluster of
facts of one block in which every two facts are compatible and each fact has evidence with at
least one other: a vague report ("соглашение", no date) never chains a 2004 agreement to a 2022
one. Two facts of one document are never the same (the extractor already merges a document's
mentions of one thing).

The partition of a block (``partition``) is a function of the set of its facts, not of their
arrival: facts are taken in ``order`` — publication date, then the document's content hash, then
the fact's place in the document — and each joins the first best cluster that accepts it. So the
knowledge base is the same whatever the batches, the order of the documents or a resume.

Same time, for events (meetings, visits): a fact's day is its date when the text gives the day;
when the text gives only a month or a year, it has no day (the publication date says nothing about
an event dated "в мае"); with no date at all, it is its document's publication date. Two facts with
days are compatible only when the days are at most ``EVENT_WINDOW_DAYS`` apart.

Values: two exact amounts agree within ``EXACT_TOLERANCE`` (rounding: "742,6 млн" ~ "743 млн");
when either is approximate ("почти", "около") within ``APPROX_TOLERANCE``. So "около 483 млн" and
"483 млн" agree, while "743 млн" and "почти 750 млн" (0.9 % apart) are a conflict.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from coopwatch import facttypes
from coopwatch.gazetteer.places import contains, country_of
from coopwatch.kb.text import fold, surname_key
from coopwatch.lexicon import L

EXACT_TOLERANCE = 0.001
APPROX_TOLERANCE = 0.005
TARGET_TOLERANCE = 0.005
GROWTH_TOLERANCE = 0.5
EVENT_WINDOW_DAYS = 7


@dataclass
class Member:
    """One extracted fact with what fusion needs to know about its document."""

    fact_id: int
    data: dict[str, Any]
    document_id: int = 0  # 0: no document (a curator's correction standing for its canonical fact)
    story_id: int | None = None
    published: date | None = None
    occasions: set[str] = field(default_factory=set)  # see ``occasions_of``
    content_hash: str = ""  # the document's: with ``idx``, an order that does not depend on arrival
    idx: int = 0

    @property
    def day(self) -> date | None:
        """The day it happened (events: the date's day; none when the date is only a month or a
        year) or, undated, was reported."""
        raw = self.data.get("date")
        if raw:
            return full_date(raw)
        return self.published


def order(m: Member) -> tuple:
    """The order facts are fused in: by publication date (undated documents last), then by
    document text, then by place in the document — never by arrival."""
    return (m.published is None, m.published or date.min, m.content_hash, m.idx, m.fact_id)


def rank(published: date | None, content_hash: str, idx: int) -> str:
    """``order`` as a string that sorts the same way (stored with each fact, so the database finds
    the facts of a block before or after a given one)."""
    return f"{0 if published else 1}{published.isoformat() if published else ''}|{content_hash}|{idx:06d}"


def reach_day(data: dict[str, Any], published: date | None) -> date | None:
    """The day by which the type bounds how far apart compatible facts are (``Fusion.reach``),
    stored with each fact: an event's ``Member.day``, another fact's full date; None: any day."""
    f = fusion(data["type"])
    if f is None or f.reach is None:
        return None
    return Member(0, data, published=published).day if f.event else full_date(data.get("date"))


def reach(type_name: str) -> int | None:
    f = fusion(type_name)
    return f.reach if f is not None else None


# --- small comparisons --------------------------------------------------------------------------

def full_date(value: Any) -> date | None:
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def dates_agree(a: str | None, b: str | None) -> bool:
    """"2019" agrees with "2019-12-12"; null agrees with anything."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def same_place(a: str | None, b: str | None) -> bool:
    """One place lies inside the other (``BY`` ~ ``BY-MI`` ~ ``BY-MI/Борисов``); null agrees."""
    if not a or not b:
        return True
    a, b = fold(a), fold(b)
    return contains(a, b) or contains(b, a)


def same_sides(xs: list[str] | None, ys: list[str] | None, *, ordered: bool = False) -> bool:
    """Two lists of sides name the same territories at the same level (in the same order when
    ``ordered``). Tatarstan–Belarus and Tatarstan–Minsk oblast are different pairs, and so are two
    regions and two of their districts: facts whose sides are at different levels are different
    facts."""
    xs, ys = [fold(x) for x in xs or []], [fold(y) for y in ys or []]
    return xs == ys if ordered else sorted(xs) == sorted(ys)


def more_specific(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    return b if len(b) > len(a) and same_place(a, b) else a


def period_agrees(a: list | None, b: list | None) -> bool:
    if not a or not b:
        return True
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=False))


def amounts_agree(a: float | None, b: float | None, approx: bool) -> bool:
    if a is None or b is None:
        return True
    tol = APPROX_TOLERANCE if approx else EXACT_TOLERANCE
    return abs(a - b) <= tol * max(abs(a), abs(b))


def titles_agree(a: str, b: str) -> bool:
    """One post named twice: the same title, a word of it in common (not a preposition or a
    conjunction: «министр архитектуры и строительства» is not «чрезвычайный и полномочный посол»), or
    both a head's title (глава, раис, губернатор…)."""
    wa, wb = set(fold(a).split()), set(fold(b).split())
    if wa == wb or {w for w in wa & wb if len(w) > 3}:
        return True
    return bool(wa & L.head_titles and wb & L.head_titles)


def surnames(names: Iterable[str]) -> set[str]:
    return {surname_key(n) for n in names if n}


def surnames_key(names: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(sorted(surnames(names or [])))


def countries(ids: Iterable[str]) -> str:
    return "~".join(sorted({country_of(i) for i in ids if i}))


def same_days(a: Member, b: Member) -> bool:
    """Dates that can be one event: they agree as far as both go ("2024-05" ~ "2024-05-27"), and
    days, where both have one, are at most ``EVENT_WINDOW_DAYS`` apart."""
    if not dates_agree(a.data.get("date"), b.data.get("date")):
        return False
    da, db = a.day, b.day
    return da is None or db is None or abs((da - db).days) <= EVENT_WINDOW_DAYS


def reported_on(undated: Member, dated: Member) -> bool:
    """The undated fact's document was published within ``EVENT_WINDOW_DAYS`` after the other's
    date: a report of that day's event ("подписали сегодня")."""
    day = full_date(dated.data.get("date"))
    return (not undated.data.get("date") and day is not None and undated.published is not None
            and 0 <= (undated.published - day).days <= EVENT_WINDOW_DAYS)


def same_occasion(a: Member, b: Member) -> bool:
    """Evidence that two event reports are of one occasion: both have days (``same_days`` checked
    they are close), or the documents are copies of one release, or both report the same dated
    agreement (``occasions_of``)."""
    if a.day is not None and b.day is not None:
        return True
    if a.story_id is not None and a.story_id == b.story_id:
        return True
    return bool(a.occasions & b.occasions)


def occasions_of(agreements: Iterable[dict[str, Any]]) -> set[str]:
    """Which of a document's agreements pin down an occasion: those dated to the day or to a whole
    period (a plan for 2026–2027, a memorandum signed on a given day), by block and date or period.
    The knowledge base takes the canonical agreements some source so dates as a document's
    occasions (``fuse``): two reports of the same signing describe the same talks and visit."""
    out: set[str] = set()
    for d in agreements:
        if not pins_occasion(d.get("type", "")):
            continue
        blk = block(d)
        if full_date(d.get("date")):
            out.add(f"{blk}|{d['date']}")
        period = d.get("period") or []
        if len(period) == 2 and None not in period:
            out.add(f"{blk}|{period[0]}-{period[1]}")
    return out


def score(a: Member, m: Member) -> int:
    """How many field values two facts share: among several clusters that accept a fact, the one
    sharing most wins."""
    return sum(1 for k, v in m.data.items() if v not in (None, [], "") and a.data.get(k) == v)


# --- dispatch to the types' rules -------------------------------------------------------------

def fusion(type_name: str) -> facttypes.Fusion | None:
    ft = facttypes.find(type_name)
    return ft.fusion if ft is not None else None


def is_event(type_name: str) -> bool:
    f = fusion(type_name)
    return f is not None and f.event


def pins_occasion(type_name: str) -> bool:
    f = fusion(type_name)
    return f is not None and f.occasion


def block(data: dict[str, Any]) -> str:
    """Facts can only fuse inside one block: a coarse, exact key (type, kind, sides…)."""
    f = fusion(data["type"])
    return f.block(data) if f is not None else f"{data['type']}|"


def key(data: dict[str, Any]) -> str | None:
    """A narrower key inside the block, stored with the canonical fact (a trade figure's period, a
    plan's full period, a target's year); None: none."""
    f = fusion(data["type"])
    return f.key(data) if f is not None else None


def compatible(a: Member, b: Member) -> bool:
    """Nothing in one fact contradicts the other: same type and block, other documents, and the
    type's own rule."""
    if a.data["type"] != b.data["type"] or (a.document_id and a.document_id == b.document_id):
        return False
    f = fusion(a.data["type"])
    return f is not None and block(a.data) == block(b.data) and f.compatible(a, b)


def evidence(a: Member, b: Member) -> bool:
    """Given that they are compatible: something says the two facts are one."""
    f = fusion(a.data["type"])
    return f is not None and f.evidence(a, b)


def identical(a: Member, b: Member) -> bool:
    """Whether two facts, taken alone, describe the same real thing."""
    return compatible(a, b) and evidence(a, b)


# --- the partition of a block -------------------------------------------------------------------

def _profile(m: Member) -> Any:
    """What the rules can look at, besides the document: facts with the same profile behave alike
    (the type's ``Fusion.profile``, else everything)."""
    f = fusion(m.data["type"])
    if f is not None and f.profile is not None:
        return (m.data["type"], f.profile(m))
    return json.dumps([m.data, m.story_id, m.published.isoformat() if m.published else None, sorted(m.occasions)],
                      sort_keys=True, ensure_ascii=False, default=str)


def profile_key(m: Member) -> str:
    """``_profile`` as a short stored key: members with equal keys behave alike in the partition."""
    return hashlib.blake2b(repr(_profile(m)).encode(), digest_size=8).hexdigest()


@dataclass
class Cluster:
    """A canonical fact being formed: its members, and the canonical fact's id it keeps (None: new).
    A fact a curator decided on is ``pinned``: its members stay, and what the curator asserted
    (``asserted``, the fused fact with the corrections) must agree with any fact that joins it.

    A cluster stands for its members by the first member of each profile (``refs``). For a type
    whose story is evidence only (``Fusion.story_evidence``), it also keeps the stories of its
    members (``stories``), and ``score`` compares with the first member of each profile and story:
    the partition is then what it was when the story was part of the profile.

    A canonical fact formed before the facts being placed (``coopwatch.kb.fuse``) is given only its
    first member of each profile; ``note_earlier`` adds the stories and documents of its other
    members that matter for the facts to place, and ``more`` reads its first member of each profile
    and story when ``score`` needs them (rarely: only when two clusters accept a fact)."""

    id: int | None = None
    members: list[Member] = field(default_factory=list)
    pinned: bool = False
    asserted: Member | None = None
    stories: set[int] = field(default_factory=set)
    more: Callable[[], list[Member]] | None = None
    _docs: set[int] = field(default_factory=set)
    _profiles: dict[Any, Member] = field(default_factory=dict)
    _firsts: dict[Any, Member] = field(default_factory=dict)  # ``score``'s: by profile and story
    _given: int = 0  # members given at the start (with ``more``: the earlier members' first of each profile)
    _earlier_stories: set[int] = field(default_factory=set)  # ``note_earlier``'s

    def __post_init__(self) -> None:
        self._given = len(self.members)
        for m in self.members:
            self._index(m)

    def _index(self, m: Member) -> None:
        self._docs.add(m.document_id)
        p = _profile(m)
        self._profiles.setdefault(p, m)
        if _story_evidence(m):
            if m.story_id is not None:
                self.stories.add(m.story_id)
            self._firsts.setdefault((p, m.story_id), m)

    def add(self, m: Member) -> None:
        self.members.append(m)
        self._index(m)

    def note_earlier(self, stories: Iterable[int], docs: Iterable[int]) -> None:
        """Of the members not given: the stories they are in, and the documents of those that are the
        first of their profile and story (which ``score`` would compare with)."""
        self._earlier_stories.update(stories)
        self.stories.update(stories)
        self._docs.update(docs)

    def refs(self) -> list[Member]:
        out = list(self._profiles.values())
        return out + [self.asserted] if self.asserted is not None else out

    def accepts(self, m: Member) -> bool:
        """``m`` agrees with every member (and with what a curator asserted), and is evidently
        the same thing as at least one of them. Compatibility and evidence across stories look
        only at the profile, so the first member of each profile answers for all."""
        if m.document_id in self._docs:
            return False
        refs = self.refs()
        f = fusion(m.data["type"])
        if f is None or not refs or any(not _compatible_docless(p, m, f) for p in refs):
            return False
        if f.story_evidence and m.story_id is not None and m.story_id in self.stories:
            return True
        return any(f.evidence(p, m) for p in refs)

    def score(self, m: Member) -> int:
        if not _story_evidence(m):
            return max((score(p, m) for p in self.refs()), default=0)
        if self.more is not None:
            # no member shares more than every field ``m`` has: if one of the first members known
            # already does, the others need not be read
            known = [p for p in self._firsts.values() if self._surely_first(p)]
            if known and max(score(p, m) for p in known) == most_shared(m):
                return most_shared(m)
            self._read_more()
        firsts = list(self._firsts.values()) + ([self.asserted] if self.asserted is not None else [])
        return max((score(p, m) for p in firsts), default=0)

    def _surely_first(self, p: Member) -> bool:
        """Whether a member of ``_firsts`` is the first of its profile and story before ``more`` is
        read: a given one (the first of its profile), or one added in a story no earlier member is in."""
        return (any(p is g for g in self.members[:self._given])
                or (p.story_id is not None and p.story_id not in self._earlier_stories))

    def _read_more(self) -> None:
        """The earlier members' first of each profile and story (``more``, in rank order), then the
        members added since, as ``_index`` would have taken them all."""
        earlier, self.more = self.more(), None
        self._firsts = {}
        for m in [*earlier, *self.members[self._given:]]:
            self._docs.add(m.document_id)
            self._firsts.setdefault((_profile(m), m.story_id), m)


def most_shared(m: Member) -> int:
    """The most ``score`` can give a fact: every field it has."""
    return sum(1 for v in m.data.values() if v not in (None, [], ""))


def _story_evidence(m: Member) -> bool:
    f = fusion(m.data["type"])
    return f is not None and f.story_evidence


def _compatible_docless(a: Member, b: Member, f: facttypes.Fusion) -> bool:
    return a.data["type"] == b.data["type"] and f.compatible(a, b)


def partition(members: Iterable[Member], seeds: Iterable[Cluster] = ()) -> list[Cluster]:
    """The canonical facts of one block: ``seeds`` (curated, pinned) first, then each fact in
    ``order`` joins the cluster that accepts it and shares most with it (the first such on a tie),
    else starts a cluster of its own. A function of the set of facts, not of their arrival."""
    clusters = list(seeds)
    for m in sorted(members, key=order):
        best, best_score = None, -1
        for c in clusters:
            if c.accepts(m):
                s = c.score(m)
                if s > best_score:
                    best, best_score = c, s
        if best is None:
            clusters.append(Cluster(members=[m]))
        else:
            best.add(m)
    return clusters


def sides(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(place ID, role) of every territorial side of a fact."""
    ft = facttypes.find(data["type"])
    return ft.sides(data) if ft is not None else []


def people_named(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, field) of every person a fact names."""
    ft = facttypes.find(data["type"])
    out: list[tuple[str, str]] = []
    for f in ft.people if ft is not None else ():
        value = data.get(f)
        names = value if isinstance(value, list) else [value]
        out += [(n, f) for n in names if n]
    return out


def orgs_named(data: dict[str, Any]) -> list[str]:
    ft = facttypes.find(data["type"])
    return ft.orgs(data) if ft is not None else []


def canonical_day(data: dict[str, Any], members: list[Member]) -> date | None:
    """The day a timeline sorts the canonical fact by."""
    f = fusion(data["type"])
    raw = f.day(data) if f is not None else data.get("date")
    if isinstance(raw, str) and raw[:4].isdigit():
        parts = raw.split("-")
        try:
            return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
        except ValueError:
            pass
    days = [m.published for m in members if m.published]
    return min(days) if days else None
