"""Parameters the routes share: place IDs, numbers, fact types (known to the registry when the
request comes, and listed as such in the OpenAPI document)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import AfterValidator

from coopwatch import facttypes

TAG = "страницы"
# FACTS.md place IDs: a country code, an optional subdivision, then names of lower places after "/".
PLACE_PATTERN = r"^[A-Z]{2}(-[A-Z0-9]{1,3})?(/[^/\x00-\x1f]{1,100}){0,3}$"
PLACE_HELP = "Код места по FACTS.md: RU-TA, BY, RU-TA/Казань"
PlaceId = Annotated[str, Query(min_length=2, max_length=300, pattern=PLACE_PATTERN, description=PLACE_HELP)]
PlacePath = Annotated[str, Path(min_length=2, max_length=300, pattern=PLACE_PATTERN, description=PLACE_HELP)]
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


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
