"""The journal says values as the pages do (``coopwatch.wording``): a year is «2030», never
«2 030»; money and growth in the one format; people with their initials kept; places by name."""

from __future__ import annotations

import pytest

from coopwatch import wording
from coopwatch.kb.journal import value_text


@pytest.mark.parametrize(("field", "value", "data", "shown"), [
    ("year", 2030, {}, "2030"),
    ("value_max", 3e9, {"currency": "USD"}, wording.money(3e9, "USD")),
    ("growth_pct", 12.5, {}, wording.percent(12.5)),
    ("date", "2025-05", {}, "май 2025"),
    ("number", 1234, {}, wording.number(1234)),
    ("signatories", ["Н.А. Назарбаев"], {}, wording.person_name("Н.А. Назарбаев")),
    ("parties", ["RU-TA", "BY"], {}, f"{wording.place_name('RU-TA')}, {wording.place_name('BY')}"),
    ("period", None, {}, "—"),
])
def test_values_are_said_as_everywhere(field: str, value: object, data: dict, shown: str) -> None:
    assert value_text(field, value, "target", data) == shown
