"""The entity layer's data: what ``entities(text)`` returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entity:
    """A named person, organisation or place: character offsets into the text."""

    type: str  # PER | ORG | LOC
    start: int
    stop: int
    text: str
    place_id: str | None = None  # LOC only, when the place is known (FACTS.md place IDs)


@dataclass(frozen=True)
class Ref:
    """A stretch of text: ``text`` is the normalised form (a name in the nominative, a title in
    lower case) where the layer has one, else the text as written."""

    start: int
    stop: int
    text: str


@dataclass(frozen=True)
class Occupation:
    """A person holding a position, with the organisation or territory of the position."""

    person: Ref  # "Имя Фамилия"
    position: Ref  # the title phrase; ``text`` as ``extract.titles`` normalises it
    where: Ref | None = None  # the organisation or territory as mentioned
    place_id: str | None = None  # when ``where`` is (or stands for) a territory
    former: bool = False  # "бывший министр"


@dataclass(frozen=True)
class PlaceLink:
    """A place mention linked to a place ID, in any form: ``name``, ``abbr``, ``adj``,
    ``demonym``, ``authority``, ``district`` (from the gazetteer's matcher), ``form`` (a name the
    matcher missed in an inflected form, found by its guessed nominative) or ``settlement`` (a
    town the gazetteer does not list, placed under the region the text names)."""

    start: int
    stop: int
    text: str
    place_id: str
    form: str


@dataclass
class EntityLayer:
    text: str
    spans: list[Entity] = field(default_factory=list)
    occupations: list[Occupation] = field(default_factory=list)
    places: list[PlaceLink] = field(default_factory=list)

    def of_type(self, kind: str) -> list[Entity]:
        return [e for e in self.spans if e.type == kind]
