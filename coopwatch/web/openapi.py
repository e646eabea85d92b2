"""The OpenAPI document in Russian: what FastAPI writes by itself in English — titles made from
identifiers ("Per Page", "FactView"), "Successful Response", the 422 "Validation Error" with its
English schema, code docstrings — is replaced or left out; the descriptions given in Russian stay.
A refused request is described as it is answered: ``InvalidOut`` («Неверные параметры запроса: …»).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pydantic import TypeAdapter

from coopwatch.web.models import InvalidOut

CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
INVALID = "Неверные параметры запроса: что не так с каждым (422)"
RESPONSES = {"Successful Response": "Успешный ответ", "Validation Error": INVALID}
SCHEMA = "#/components/schemas/{model}"


def _russian(text: Any) -> bool:
    return isinstance(text, str) and CYRILLIC.search(text) is not None


def _clean(node: Any) -> None:
    """Drop English titles and descriptions everywhere below ``node`` (in place)."""
    if isinstance(node, dict):
        for key in ("title", "description", "summary"):
            if key in node and isinstance(node[key], str) and not _russian(node[key]):
                if key == "description" and node[key] in RESPONSES:
                    node[key] = RESPONSES[node[key]]
                else:
                    del node[key]
        for value in node.values():
            _clean(value)
    elif isinstance(node, list):
        for value in node:
            _clean(value)


def _hoist_description(param: dict[str, Any]) -> None:
    """An optional parameter's description sits in its schema's non-null branch (``Annotated[…] |
    None``): it is the parameter's, where readers of the document look."""
    if param.get("description"):
        return
    schema = param.get("schema", {})
    for branch in [schema, *schema.get("anyOf", [])]:
        if _russian(branch.get("description")):
            param["description"] = branch["description"]
            return


def _invalid_schemas() -> dict[str, Any]:
    schema = TypeAdapter(InvalidOut).json_schema(ref_template=SCHEMA)
    defs = schema.pop("$defs", {})
    return {"InvalidOut": schema, **defs}


def russian(spec: dict[str, Any]) -> dict[str, Any]:
    """The document FastAPI made, in Russian (changed in place and returned)."""
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    schemas.update(_invalid_schemas())
    for ops in spec.get("paths", {}).values():
        for op in ops.values():
            for param in op.get("parameters", []):
                _hoist_description(param)
            responses = op.get("responses", {})
            if "422" in responses:
                responses["422"] = {"description": INVALID, "content": {
                    "application/json": {"schema": {"$ref": SCHEMA.format(model="InvalidOut")}}}}
    _clean(spec)
    return spec


def install(app: Any) -> None:
    """``app.openapi()`` gives the Russian document (made once)."""
    made: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if getattr(app.state, "openapi_ru", None) is None:
            app.state.openapi_ru = russian(made())
        return app.state.openapi_ru

    app.openapi = openapi
