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
# first it fits; with one class there is no conflict, and the name is a fold of ``fuller_name`` over
# the class's spellings in order — carried on from the fused name. Title classes are fold-equal
# titles (a class is its fold), ordered by their first member, weighed by distinct stories: each
# keeps its weight, and a new member adds one unless an earlier member of its class shares its story
# (``near``: the earlier members of the new members' stories). A second spelling class (a conflict
# lists every member) or a member of no story: not carried forward.

def tally(members: list[Member]) -> dict[str, Any] | None:
    spellings = merge.classes(members, lambda m: m.data["person"], names_compatible)
    if len(spellings) != 1:
        return None
    titles = merge.classes(members, lambda m: m.data["title"], _same_title)
    return {"person": [spellings[0][0], merge.merged_name(spellings, lambda m: m.data["person"])],
            "titles": [[t, merge.weight(ms)] for t, ms in titles]}


def extend(out: dict[str, Any], tally: dict[str, Any], new: list[Member], near: list[Member],
           ) -> tuple[dict[str, Any], dict[str, Any]] | None:
    first, name = tally["person"]
    titles = [list(t) for t in tally["titles"]]
    told = {(fold(m.data["title"]), m.story_id) for m in near if m.data.get("title") not in (None, [])}
    for m in new:
        if m.story_id is None:
            return None
        person, title = m.data["person"], m.data["title"]
        if person is not None and person != []:
            if not names_compatible(first, person):
                return None
            if person and names_compatible(person, name):
                name = fuller_name(person, name)
        if title is None or title == []:
            continue
        cls = next((t for t in titles if _same_title(t[0], title)), None)
        if cls is None:
            cls = [title, 0]
            titles.append(cls)
        if (fold(cls[0]), m.story_id) not in told:
            told.add((fold(cls[0]), m.story_id))
            cls[1] += 1
    best = max(titles, key=lambda t: (t[1], len(t[0])))[0] if titles else None  # the first of the best
    return {**out, "person": name, "title": best}, {"person": [first, name], "titles": titles}


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
    fusion=Fusion(block, compatible, fuse, profile=profile, tally=tally, extend=extend),
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
