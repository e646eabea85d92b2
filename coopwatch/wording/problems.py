"""What is wrong with a value, in Russian: pydantic's validation errors (the web API's parameters and
bodies, the command line's options) said for a person — never «Input should be a valid integer» or
«String should match pattern».
"""

from __future__ import annotations

from typing import Any

PREFIX = "Value error, "  # pydantic's prefix before the message of a validator's ValueError


def _ctx(error: dict[str, Any], key: str) -> Any:
    return (error.get("ctx") or {}).get(key)


def problem(error: dict[str, Any]) -> str:
    """One pydantic error (``ValidationError.errors()`` item) in Russian."""
    kind = str(error.get("type", ""))
    if kind == "missing":
        return "не указан"
    if kind in ("value_error", "assertion_error"):
        msg = str(_ctx(error, "error") or error.get("msg", ""))
        return msg[len(PREFIX):] if msg.startswith(PREFIX) else msg
    if kind == "string_pattern_mismatch":
        return "не в том виде, что ожидается"
    if kind == "string_too_long":
        return f"длиннее {_ctx(error, 'max_length')} символов"
    if kind == "string_too_short":
        return "пусто" if _ctx(error, "min_length") == 1 else f"короче {_ctx(error, 'min_length')} символов"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return "ожидается целое число"
    if kind in ("float_parsing", "float_type", "decimal_parsing"):
        return "ожидается число"
    if kind in ("greater_than_equal", "greater_than"):
        limit = _ctx(error, "ge") if kind == "greater_than_equal" else _ctx(error, "gt")
        return f"должно быть {'не меньше' if kind == 'greater_than_equal' else 'больше'} {limit}"
    if kind in ("less_than_equal", "less_than"):
        limit = _ctx(error, "le") if kind == "less_than_equal" else _ctx(error, "lt")
        return f"должно быть {'не больше' if kind == 'less_than_equal' else 'меньше'} {limit}"
    if kind.startswith(("date_", "datetime_")):
        return "ожидается дата ГГГГ-ММ-ДД"
    if kind in ("bool_parsing", "bool_type"):
        return "ожидается да или нет (true, false, 1, 0)"
    if kind in ("literal_error", "enum"):
        return f"допустимо: {_ctx(error, 'expected')}".replace("'", "").replace(" or ", " или ")
    if kind == "json_invalid":
        return "тело запроса — не JSON"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return "ожидается объект JSON"
    if kind in ("list_type", "tuple_type", "set_type"):
        return "ожидается список"
    if kind in ("string_type", "string_unicode"):
        return "ожидается строка"
    if kind == "extra_forbidden":
        return "лишнее поле"
    if kind.startswith("path_"):
        return "ожидается путь к файлу или папке"
    return "неверное значение"


JSON_MESSAGES = (  # the json module's messages, by their beginning
    ("Expecting value", "ожидается значение"),
    ("Expecting property name", "ожидается имя поля в двойных кавычках"),
    ("Expecting ',' delimiter", "ожидается запятая"),
    ("Expecting ':' delimiter", "ожидается двоеточие"),
    ("Unterminated string", "незакрытая строка"),
    ("Invalid control character", "недопустимый управляющий символ в строке"),
    ("Invalid \\escape", "неверная escape-последовательность"),
    ("Invalid \\uXXXX escape", "неверная escape-последовательность \\u"),
    ("Extra data", "лишние символы после объекта"),
)


def json_problem(e: Any) -> str:
    """A ``json.JSONDecodeError`` in Russian: «ожидается значение (символ 1)»."""
    msg = str(getattr(e, "msg", e))
    said = next((ru for en, ru in JSON_MESSAGES if msg.startswith(en)), "ошибка синтаксиса JSON")
    pos = getattr(e, "pos", None)
    return f"{said} (символ {pos + 1})" if isinstance(pos, int) else said


def where(error: dict[str, Any]) -> str:
    """The parameter or field an error is about: its name as the request gives it ("date_from",
    "changes.value"), without where it came from (query, path, body)."""
    loc = [str(x) for x in error.get("loc", ()) if x not in ("query", "path", "body", "header", "cookie")]
    return ".".join(loc) or "запрос"


def problems(errors: list[dict[str, Any]]) -> str:
    """«date_from — ожидается дата ГГГГ-ММ-ДД; per_page — должно быть не меньше 1»."""
    return "; ".join(f"{where(e)} — {problem(e)}" for e in errors)
