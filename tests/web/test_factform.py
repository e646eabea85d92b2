"""The typed correction form without a browser: which widget each FACTS.md field gets, what typed
text becomes, and the Russian message when it cannot."""

from __future__ import annotations

import pytest

from coopwatch.web import factform
from coopwatch.web.factform import FieldError, read_date


def kinds(type_name: str) -> dict[str, str]:
    from coopwatch.kb.curate import correctable

    return {w.name: w.kind for w in factform.widgets(type_name, correctable(type_name), {})}


def test_each_field_gets_its_widget() -> None:
    assert kinds("trade") == {"parties": "places", "metric": "select", "period": "period", "value": "number",
                              "currency": "currency", "approx": "checkbox", "growth_pct": "number"}
    agreement = kinds("agreement")
    assert agreement["date"] == "date" and agreement["period"] == "years" and agreement["signatories"] == "lines"
    assert kinds("meeting")["number"] == "integer" and kinds("meeting")["place"] == "place"
    assert kinds("role") == {"person": "text", "title": "text", "of": "text"}
    metric = next(w for w in factform.widgets("trade", ["metric"], {}) if w.name == "metric")
    assert ("export", "экспорт") in metric.options


@pytest.mark.parametrize(("parts", "value"), [
    (("2004", "", ""), "2004"), (("2025", "5", ""), "2025-05"), (("2024", "2", "29"), "2024-02-29"),
    (("", "", ""), None),
])
def test_a_date_keeps_the_precision_typed(parts: tuple[str, str, str], value: str | None) -> None:
    assert read_date(*parts) == value


@pytest.mark.parametrize(("parts", "message"), [
    (("", "5", ""), "укажите год"), (("20", "", ""), "нужен год от 1900"), (("2025", "", "3"), "число без месяца"),
    (("2023", "2", "29"), "от 1 до 28"), (("2025", "13", ""), "от 1 до 12"),
])
def test_a_wrong_date_says_what_is_wrong(parts: tuple[str, str, str], message: str) -> None:
    with pytest.raises(FieldError, match=message):
        read_date(*parts)


def test_read_gives_the_changed_values_or_a_message_per_field() -> None:
    current = {"type": "trade", "parties": ["RU-TA", "BY"], "metric": "turnover", "period": ["2023-01", "2023-12"],
               "value": 690e6, "currency": "USD", "approx": False, "growth_pct": 12.0}
    names = ["parties", "metric", "period", "value", "currency", "approx", "growth_pct"]
    form = {"f_parties": "RU-TA\nв Беларуси", "f_value": "1,25e9", "f_currency": "usd", "f_approx__shown": "1",
            "f_approx": "1"}
    widgets, changes = factform.read("trade", names, current, form)
    errors = {w.name: w.error for w in widgets if w.error}
    assert errors == {"parties": "место «в Беларуси» не найдено: укажите код (RU-TA) или полное название"}
    form["f_parties"] = "RU-TA\nРеспублика Беларусь"
    widgets, changes = factform.read("trade", names, current, form)
    assert not any(w.error for w in widgets)
    # fields the form did not send stay as they are; the same value is no change
    assert changes == {"value": 1.25e9, "approx": True}
    widgets, _ = factform.read("trade", names, current, {"f_metric": "exports"})
    assert next(w for w in widgets if w.name == "metric").error.startswith("выберите значение из списка")
