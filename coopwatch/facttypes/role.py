"""role — a person's position: ``{person, title, of}`` (``of``: a place ID or an organisation).

Fusion: the same thing when ``of`` and the surname are the same and the titles share a word or both
name a head (глава, раис, губернатор…). Fused: the person's name as fully as the best supported
spelling gives it (a conflict on different given names), the longest best supported title.

Roles are a person's positions, not cooperation between places: they are listed on the person's
page by dates and on the place's page, not in timelines or partner rankings.
"""

from __future__ import annotations

from typing import Any, Literal

from coopwatch.facttypes import Extraction, FactType, Fusion, Labels
from coopwatch.facttypes.common import place_name, short_place
from coopwatch.gazetteer.places import gazetteer, is_place_id
from coopwatch.kb import merge
from coopwatch.kb.rules import Member, titles_agree
from coopwatch.kb.text import fold, fuller_name, names_compatible, split_name, surname_key
from coopwatch.models import FactBase
from coopwatch.wording import person_name, title_text


class RoleFact(FactBase):
    type: Literal["role"] = "role"
    person: str
    title: str
    of: str  # a place ID or an organisation's name


LABELS = Labels(one="Должность", many="Должности", fields={"person": "человек", "title": "должность", "of": "чей"})


def block(data: dict[str, Any]) -> str:
    return f"role|{fold(str(data['of']))}|{surname_key(data['person'])}"


def compatible(x: Member, y: Member) -> bool:
    return titles_agree(x.data["title"], y.data["title"])


def _same_title(a: str, b: str) -> bool:
    return fold(a) == fold(b)


def fuse(members: list[Member], out: dict[str, Any]) -> list[merge.Conflict]:
    spellings = merge.classes(members, lambda m: m.data["person"], names_compatible)
    out["person"] = merge.merged_name(spellings, lambda m: m.data["person"])
    c = merge.conflict("person", split_name(spellings[0][0])[1], spellings)
    titles = merge.classes(members, lambda m: m.data["title"], _same_title)
    out["title"] = merge.best(titles, prefer=len)
    return [c] if c else []


# A post is the canonical fact that grows without bound (the head of a region named in every other
# item), so its fused result is carried forward member by member (``Fusion.extend``). What ``fuse``
# computes, for members that come after all those fused: the spelling classes are formed greedily in
# order against each class's first spelling, so the old classes stay and a new spelling joins the
# first it fits (``merge.carry``); each class keeps its weight (distinct stories), a fold of
# ``fuller_name`` over its spellings in order (the name, when it is the best supported class) and,
# once there are two classes (a conflict: it lists every member), its members. Title classes are
# fold-equal titles (a class is its fold), ordered by their first member, weighed by distinct stories:
# each keeps its weight, and a new member adds one unless an earlier member of its class shares its
# story (``near``: the earlier members of the new members' stories). A second spelling class where the
# members of the first were not kept, or a member of no story: not carried forward.

def _person(m: Member) -> str | None:
    return m.data["person"]


def _folded(rep: str, members: list[Member]) -> str:
    """``merge.merged_name`` of a class: its first spelling written as fully as its members write it."""
    name = rep
    for m in members:
        n = m.data["person"]
        if n and names_compatible(n, name):
            name = fuller_name(n, name)
    return name


def tally(members: list[Member]) -> dict[str, Any] | None:
    spellings = merge.classes(members, _person, names_compatible)
    kept = len(spellings) > 1
    titles = merge.classes(members, lambda m: m.data["title"], _same_title)
    return {"spellings": [[rep, merge.weight(ms), [m.fact_id for m in ms] if kept else None, _folded(rep, ms)]
                          for rep, ms in spellings],
            "titles": [[t, merge.weight(ms)] for t, ms in titles]}


def extend(out: dict[str, Any], tally: dict[str, Any], new: list[Member], near: list[Member],
           ) -> tuple[dict[str, Any], dict[str, Any]] | None:
    spellings = [[rep, w, list(ids) if ids is not None else None, name] for rep, w, ids, name in tally["spellings"]]
    titles = [list(t) for t in tally["titles"]]

    def spelling(person: str) -> int | None:
        return next((i for i, c in enumerate(spellings) if names_compatible(c[0], person)), None)

    told = {(fold(m.data["title"]), m.story_id) for m in near if m.data.get("title") not in (None, [])}
    spoken: set[tuple[int, int | None]] = set()  # (spelling class, story) with an earlier member
    for m in near:
        if m.data.get("person") not in (None, []):
            i = spelling(m.data["person"])
            if i is None:
                return None
            spoken.add((i, m.story_id))
    for m in new:
        if m.story_id is None:
            return None
        person, title = m.data["person"], m.data["title"]
        if person is not None and person != []:
            i = spelling(person)
            if i is None:
                if any(c[2] is None for c in spellings):  # the first conflict: its members were not kept
                    return None
                spellings.append([person, 0, [], person])
                i = len(spellings) - 1
            cls = spellings[i]
            if cls[2] is not None:
                cls[2].append(m.fact_id)
            if person and names_compatible(person, cls[3]):
                cls[3] = fuller_name(person, cls[3])
            if (i, m.story_id) not in spoken:
                spoken.add((i, m.story_id))
                cls[1] += 1
        if title is None or title == []:
            continue
        cls = next((t for t in titles if _same_title(t[0], title)), None)
        if cls is None:
            cls = [title, 0]
            titles.append(cls)
        if (fold(cls[0]), m.story_id) not in told:
            told.add((fold(cls[0]), m.story_id))
            cls[1] += 1
    name = max(spellings, key=lambda c: c[1])[3] if spellings else None  # the first of the best
    best = max(titles, key=lambda t: (t[1], len(t[0])))[0] if titles else None  # the first of the best
    return {**out, "person": name, "title": best}, {"spellings": spellings, "titles": titles}


def disputes(tally: dict[str, Any]) -> list[merge.Conflict]:
    """The conflict ``fuse`` finds on the members tallied: spellings of more than one given name."""
    spellings = tally["spellings"]
    if len(spellings) < 2:
        return []
    return [merge.Conflict("person", split_name(spellings[0][0])[1],
                           [{"value": rep, "facts": sorted(ids)} for rep, _, ids, _ in spellings])]


def summary(d: dict[str, Any]) -> str:
    """"Рустам Минниханов: раис (Республика Татарстан)", "Н. Назарбаев: …" (initials kept with the
    surname), "…: посол в Российской Федерации (…)" (the title's proper names with capitals)."""
    of = d.get("of", "")
    return (f"{person_name(d['person'])}: {title_text(d['title'])} "
            f"({place_name(of) if '-' in of[:3] or len(of) == 2 else of})")


def describe(f: dict[str, Any]) -> tuple[str, str, str]:
    of = f["of"]
    return short_place(of) if gazetteer().get(of) or "-" in of[:3] else of, title_text(f["title"]), \
        person_name(f["person"])


def _of_place(d: dict[str, Any]) -> bool:
    return is_place_id(str(d.get("of", "")))


def profile(m: Member) -> Any:
    return fold(m.data["title"])


TYPE = FactType(
    name="role",
    model=RoleFact,
    # whose position each title is, and who holds a title the text names no one for
    extraction=Extraction("coopwatch.extract.role:extract", ("places", "titles", "camps"),
                          amends=("titles.of", "titles.person", "titles.coref")),
    fusion=Fusion(block, compatible, fuse, profile=profile, tally=tally, extend=extend, disputes=disputes),
    labels=LABELS,
    summary=summary,
    describe=describe,
    sides=lambda d: [(d["of"], "of")] if _of_place(d) else [],
    people={"person": "должность"},
    orgs=lambda d: [] if _of_place(d) else [str(d["of"])],
    export=("person", "title", "of"),
    sections=frozenset({"place.roles", "person.positions"}),
    colour="#f7f5d9",
)
