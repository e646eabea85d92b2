"""Jinja filters: Russian dates, numbers, money, place names; the names of fact types, their fields
and coded values come from the fact types' registry (``coopwatch.facttypes``)."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

from jinja2 import Environment
from markupsafe import Markup, escape

from coopwatch import facttypes, wording
from coopwatch.gazetteer.places import is_place_id
from coopwatch.kb.views import document_label, summary
from coopwatch.web import disputes
from coopwatch.wording import (
    count,
    money,
    month_names,
    number,
    person_name,
    ru_date,
    ru_period,
    ru_when,
    title_text,
)

STATUS_NAMES = {"auto": "не проверен", "confirmed": "подтверждён", "rejected": "отклонён"}
def fact_when(f: Any) -> str:
    """When a canonical fact happened, as precisely as its sources say (``wording.dates``); a fact
    without a date: the day it was first reported; «без даты» when nothing is known."""
    if getattr(f, "when", None):
        return ru_when(f.when)
    return ru_date(f.day) if getattr(f, "day", None) else "без даты"


def place_name(place_id: Any) -> str:
    """The place's name; an organisation's name (role "of") as it is."""
    return wording.place_name(str(place_id)) if place_id else "—"


def place_url(place_id: str) -> str:
    return "/place/" + quote(str(place_id), safe="/")


def pair_url(a: str, b: str) -> str:
    return f"/pair?a={quote(str(a), safe='')}&b={quote(str(b), safe='')}"


def web_url(value: Any) -> str | None:
    """A source's address if it is an http(s) link; anything else (javascript:, data:) is not linked."""
    s = str(value or "").strip()
    return s if re.match(r"^https?://[^\s]+$", s, re.IGNORECASE) else None


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


def register(env: Environment) -> None:
    env.filters.update(
        {
            "ru_date": ru_date,
            "when": lambda v: wording.ru_moment(v or None),
            "fact_when": fact_when,
            "place_name": place_name,
            "place_url": place_url,
            "number": number,
            "web_url": web_url,
            "money": lambda v, cur=None, approx=False: money(v, cur, approx),
            "count": lambda n, phrase: count(n or 0, phrase),
            "type_count": lambda n, t: facttypes.type_count(n or 0, t),
            "agree": lambda n, phrase: wording.agree(int(n or 0), phrase),
            "person": person_name,
            "title": title_text,
            "place_case": lambda p, case, short=False: wording.place_case(p, case, short),
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
            "document_label": document_label,
            "place_url": place_url,
            "is_place": is_place_id,
            "type_labels": facttypes.type_labels,
            "type_colours": facttypes.type_colours,
            "section_types": facttypes.section,
            "labelled_fields": facttypes.labelled_fields,
            "STATUS_NAMES": STATUS_NAMES,
            "month_names": month_names,
            "field_order": facttypes.field_order,
            "said_values": disputes.said_values,
            "disputed_value": disputes.value_text,
        }
    )
