"""Jinja filters: Russian dates, numbers, money, place names; the names of fact types, their fields
and coded values come from the fact types' registry (``coopwatch.facttypes``)."""

from __future__ import annotations

import json
import re
from datetime import UTC
from typing import Any
from urllib.parse import quote

from jinja2 import Environment
from markupsafe import Markup, escape

from coopwatch import facttypes
from coopwatch.gazetteer.places import gazetteer, is_place_id
from coopwatch.kb.views import summary
from coopwatch.report.dates import ru_date, ru_period, ru_when
from coopwatch.report.words import month_names
from coopwatch.web.charts import money

STATUS_NAMES = {"auto": "не проверен", "confirmed": "подтверждён", "rejected": "отклонён"}
def fact_when(f: Any) -> str:
    """When a canonical fact happened, as precisely as its sources say (``report.dates``); a fact
    without a date: the day it was first reported; «без даты» when nothing is known."""
    if getattr(f, "when", None):
        return ru_when(f.when)
    return ru_date(f.day) if getattr(f, "day", None) else "без даты"


def place_name(place_id: Any) -> str:
    if not place_id:
        return "—"
    s = str(place_id)
    if s[:2].isupper() and (len(s) == 2 or s[2] in "-/"):
        return gazetteer().name(s)
    return s  # an organisation's name (role "of")


def place_url(place_id: str) -> str:
    return "/place/" + quote(str(place_id), safe="/")


def pair_url(a: str, b: str) -> str:
    return f"/pair?a={quote(str(a), safe='')}&b={quote(str(b), safe='')}"


def web_url(value: Any) -> str | None:
    """A source's address if it is an http(s) link; anything else (javascript:, data:) is not linked."""
    s = str(value or "").strip()
    return s if re.match(r"^https?://[^\s]+$", s, re.IGNORECASE) else None


def number(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", "\u202f").replace(".", ",")
    return f"{int(value):,}".replace(",", "\u202f")


def period(value: Any) -> str:
    if not value:
        return "—"
    if isinstance(value, list | tuple) and len(value) == 2:
        a, b = value
        if isinstance(a, str) or isinstance(b, str):
            return ru_period(a, b)
        return f"{a or '…'}–{b or '…'}"
    return str(value)


def as_text(value: Any) -> str:
    """A field's value as an editor types it: plain text for strings, JSON for the rest."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


ACTIONS = {
    "confirm": "подтвердил(а)",
    "reject": "отклонил(а)",
    "reset": "вернул(а) на проверку",
    "correct": "исправил(а)",
    "merge_people": "объединил(а) людей",
    "merge_orgs": "объединил(а) организации",
    "add_source": "добавил(а) источник",
    "pause_source": "приостановил(а) источник",
    "resume_source": "возобновил(а) источник",
    "remove_source": "удалил(а) источник",
}
DONE = {
    "confirmed": "Факт подтверждён.",
    "rejected": "Факт отклонён.",
    "auto": "Факт возвращён на проверку.",
    "corrected": "Исправление сохранено.",
    "nochange": "Поля не изменились: сохранять нечего.",
    "resolved": "Противоречие разрешено: выбранное значение записано как исправление.",
    "merged": "Записи о человеке объединены.",
    "doc_added": "Документ добавлен: ниже — его текст и извлечённые факты.",
    "doc_updated": "Документ по этому адресу обновлён: факты извлечены заново.",
    "doc_skipped": "Такой документ уже был в базе: показан он.",
    "source_added": "Источник добавлен: его материалы загрузит следующий обход.",
    "source_paused": "Источник приостановлен: обход его пропускает.",
    "source_resumed": "Источник снова обходится.",
    "source_removed": "Источник удалён; загруженные из него документы остались в базе.",
}


def snippet(text: str) -> Markup:
    """A search snippet with the matched words (the knowledge base puts them in «») marked."""
    return Markup(re.sub(r"«(\w[\w-]*)»", r"<mark>\1</mark>", str(escape(text))))


def when(value: Any) -> str:
    """A moment as a person at the server reads it: local time, to the minute."""
    if not value:
        return "—"
    if value.tzinfo is None:  # SQLite gives UTC times back without their zone
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime("%d.%m.%Y %H:%M")


def register(env: Environment) -> None:
    env.filters.update(
        {
            "ru_date": ru_date,
            "when": when,
            "fact_when": fact_when,
            "place_name": place_name,
            "place_url": place_url,
            "number": number,
            "web_url": web_url,
            "money": lambda v, cur=None: money(v, cur),
            "period": period,
            "as_text": as_text,
            "type_name": lambda t, plural=False: facttypes.type_label(t, plural=plural),
            "kind_name": lambda v, field=None, t=None: facttypes.value_label(v, field, t),
            "status_name": lambda s: STATUS_NAMES.get(s, s),
            "field_name": lambda f, t=None: facttypes.field_label(f, t),
            "people_field": facttypes.people_label,
            "tojson_ru": lambda v: json.dumps(v, ensure_ascii=False).replace("<", "\\u003c"),
            "q": lambda s: quote(str(s), safe=""),
            "snippet": snippet,
            "action_name": lambda a: ACTIONS.get(a, a),
            "summary": lambda data, t: summary({**data, "type": t}),
        }
    )
    env.globals.update(
        {
            "pair_url": pair_url,
            "place_url": place_url,
            "is_place": is_place_id,
            "type_labels": facttypes.type_labels,
            "type_colours": facttypes.type_colours,
            "section_types": facttypes.section,
            "labelled_fields": facttypes.labelled_fields,
            "STATUS_NAMES": STATUS_NAMES,
            "month_names": month_names,
        }
    )
