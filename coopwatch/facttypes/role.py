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
from coopwatch.kb.text import fold, names_compatible, split_name, surname_key
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


def fuse(members: list[Member], out: dict[str, Any]) -> list[merge.Conflict]:
    spellings = merge.classes(members, lambda m: m.data["person"], names_compatible)
    out["person"] = merge.merged_name(spellings, lambda m: m.data["person"])
    c = merge.conflict("person", split_name(spellings[0][0])[1], spellings)
    titles = merge.classes(members, lambda m: m.data["title"], lambda a, b: fold(a) == fold(b))
    out["title"] = merge.best(titles, prefer=len)
    return [c] if c else []


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
    fusion=Fusion(block, compatible, fuse, profile=profile),
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
