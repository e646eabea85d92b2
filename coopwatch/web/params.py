"""Parameters the routes share: places as people type them (a code or a name in any case, resolved
through the gazetteer: ``place``, ``pair``), people's names, numbers, fact types (known to the
registry when the request comes, and listed as such in the OpenAPI document)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import HTTPException, Path, Query
from pydantic import AfterValidator

from coopwatch import facttypes
from coopwatch.kb import query
from coopwatch.kb.db import KB, NotFound

TAG = "страницы"
PLACE_HELP = "Место: название в любом падеже (Татарстан, в Казани, Минской области) или код (RU-TA, BY, RU-TA/Казань)"
PlaceId = Annotated[str, Query(max_length=300, description=PLACE_HELP)]  # empty: not given (a form's field)
PlacePath = Annotated[str, Path(min_length=1, max_length=300, description=PLACE_HELP)]
Id = Annotated[int, Path(ge=1, le=2**31 - 1, description="Номер")]
SECOND_SIDE = "укажите вторую сторону пары: нужны обе — a и b (название или код места)"
BOTH_SIDES = "укажите обе стороны пары: a и b (название или код места)"


def place(kb: KB, text: str) -> str:
    """The place ``text`` names (``query.find_place``); 404 «место … не найдено» when none."""
    if not text.strip():
        raise HTTPException(422, "укажите место: название в любом падеже или код")
    try:
        return query.find_place(kb, text)
    except NotFound as e:
        raise HTTPException(404, str(e)) from e


def pair(kb: KB, a: str | None, b: str | None, *, required: bool = True) -> tuple[str, str] | None:
    """Both sides of a pair resolved; one side alone is an error (422 «укажите вторую сторону»),
    none is one too when ``required``."""
    if not a and not b:
        if required:
            raise HTTPException(422, BOTH_SIDES)
        return None
    if not a or not b:
        raise HTTPException(422, SECOND_SIDE)
    return place(kb, a), place(kb, b)


def known_type(value: str) -> str:
    if facttypes.find(value) is None:
        raise ValueError(f"неизвестный тип факта; известны: {', '.join(facttypes.names())}")
    return value


def _type_schema(schema: dict[str, Any]) -> None:
    schema["enum"] = list(facttypes.names())


TypeName = Annotated[
    str,
    AfterValidator(known_type),
    Query(max_length=40, description="Тип факта", json_schema_extra=_type_schema),
]
