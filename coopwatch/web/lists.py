"""The paged lists — facts with filters, documents, full-text search, conflicts — as JSON under
``/api`` and as pages. Documents without cooperation facts (general news a feed brought) are left
out of the document list and the search unless asked for (``irrelevant``). The API takes typed parameters; the HTML forms send empty fields and free text, so their
routes read the same parameters leniently and show what they could not use."""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from coopwatch import facttypes
from coopwatch.kb import query
from coopwatch.kb.db import KB
from coopwatch.kb.query import FactFilter
from coopwatch.kb.views import FactView, Page, SearchHit
from coopwatch.web.cache import depends
from coopwatch.web.models import DocumentList
from coopwatch.web.pages import places_data
from coopwatch.web.params import PLACE_PATTERN, TAG, PlaceId, TypeName
from coopwatch.web.responses import api_response, html_response, state

router = APIRouter()
IRRELEVANT_HELP = "Показать и документы без фактов сотрудничества (по умолчанию скрыты)"
Status = Literal["auto", "confirmed", "rejected"]
PageNo = Annotated[int, Query(ge=1, le=100_000, description="Номер страницы, с 1")]
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str | None) -> str:
    return CONTROL.sub(" ", text or "").strip()


def _person(kb: KB, person: str | None) -> tuple[bool, int | None]:
    """(given, id): a number is a person's id, other text a spelling of their name."""
    person = clean(person)
    if not person:
        return False, None
    if person.isdigit():
        return True, int(person) if int(person) < 2**31 else None
    return True, query.person_id_by_name(kb, person)


def facts_data(kb: KB, f: FactFilter, person: str | None, page: int, per_page: int) -> Page[FactView]:
    given, pid = _person(kb, person)
    if given and pid is None:
        return Page([], 0, page, per_page)
    f.person_id = pid
    if not given and f.pair:  # the full list behind a pair page: only that pair's changes matter
        depends(("pair", *f.pair))
    elif not given and f.place:
        depends(("place", f.place))
    return query.facts(kb, f, page, per_page)


@router.get("/api/facts", response_model=Page[FactView], tags=[TAG], summary="Факты с фильтрами")
async def api_facts(
    request: Request,
    type: TypeName | None = None,
    place: PlaceId | None = None,
    person: Annotated[str | None, Query(max_length=200, description="Номер человека или его имя")] = None,
    a: PlaceId | None = None,
    b: PlaceId | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    status: Status | None = None,
    conflicts: bool = False,
    min_sources: Annotated[int, Query(ge=0, le=1000)] = 0,
    page: PageNo = 1,
    per_page: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Response:
    """``a`` and ``b`` together: facts between these two places (each with everything inside it)."""
    f = FactFilter(
        type=type,
        place=place,
        pair=(a, b) if a and b else None,
        status=status,
        conflicts_only=conflicts,
        date_from=date_from,
        date_to=date_to,
        min_sources=min_sources,
    )
    return await api_response(
        request, lambda: facts_data(state(request).kb, f, person, page, per_page), Page[FactView]
    )


@router.get("/api/search", response_model=Page[SearchHit], tags=[TAG], summary="Полнотекстовый поиск")
async def api_search(
    request: Request,
    q: Annotated[str, Query(max_length=500, description="Слова в любой форме")] = "",
    type: TypeName | None = None,
    place: PlaceId | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    irrelevant: Annotated[bool, Query(description=IRRELEVANT_HELP)] = False,
    page: PageNo = 1,
    per_page: Annotated[int, Query(ge=1, le=200)] = 20,
) -> Response:
    kb = state(request).kb
    return await api_response(
        request,
        lambda: query.search(kb, clean(q), type, place, date_from, date_to, page, per_page, irrelevant=irrelevant),
        Page[SearchHit],
    )


def documents_data(kb: KB, irrelevant: bool, outlet: str | None, page: int, per_page: int) -> DocumentList:
    return DocumentList(*query.documents_list(kb, irrelevant=irrelevant, outlet=outlet, page=page, per_page=per_page))


@router.get("/api/documents", response_model=DocumentList, tags=[TAG], summary="Документы, последние загруженные первыми")
async def api_documents(
    request: Request,
    irrelevant: Annotated[bool, Query(description=IRRELEVANT_HELP)] = False,
    outlet: Annotated[str | None, Query(max_length=300, description="Только с этого сайта")] = None,
    page: PageNo = 1,
    per_page: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Response:
    """``hidden``: сколько документов без фактов сотрудничества не показано (с ``irrelevant=true`` — 0)."""
    return await api_response(
        request, lambda: documents_data(state(request).kb, irrelevant, clean(outlet) or None, page, per_page),
        DocumentList)


@router.get("/api/conflicts", response_model=Page[FactView], tags=[TAG], summary="Противоречия источников")
async def api_conflicts(
    request: Request, page: PageNo = 1, per_page: Annotated[int, Query(ge=1, le=200)] = 50
) -> Response:
    return await api_response(
        request, lambda: query.conflicts(state(request).kb, page, per_page), Page[FactView]
    )


# --- pages ----------------------------------------------------------------------------------


class Form:
    """Lenient reading of a filter form: empty means not given; what cannot be used is reported."""

    def __init__(self, request: Request) -> None:
        self.kb = state(request).kb
        self.cache = state(request).cache
        self.args = request.query_params
        self.problems: list[str] = []

    def text(self, name: str, limit: int = 200) -> str:
        return clean(self.args.get(name))[:limit]

    def choice(self, name: str, allowed: Collection[str]) -> str | None:
        v = self.text(name)
        if v and v not in allowed:
            self.problems.append(f"неизвестное значение «{v}»")
            return None
        return v or None

    def place(self, name: str = "place") -> str | None:
        v = self.text(name, 300)
        if v and not re.match(PLACE_PATTERN, v):
            self.problems.append(f"«{v}» — не код места (пример: RU-TA, BY-MI, RU-TA/Казань)")
            return None
        return v or None

    def day(self, name: str) -> date | None:
        v = self.text(name, 20)
        try:
            return date.fromisoformat(v) if v else None
        except ValueError:
            self.problems.append(f"«{v}» — не дата (ожидается ГГГГ-ММ-ДД)")
            return None

    def flag(self, name: str) -> bool:
        return self.text(name, 10) in ("1", "on", "true")

    def number(self, name: str, default: int, top: int) -> int:
        v = self.text(name, 12)
        return min(max(int(v), 1), top) if v.isdigit() else default

    def context(self) -> dict:
        return {
            "args": {k: self.text(k, 300) for k in self.args},
            "problems": self.problems,
            # the place filter's list is the same for every search and list page: one query per KB change
            "places": self.cache.view(("places",), lambda: places_data(self.kb)),
        }


@router.get("/facts", response_class=HTMLResponse, include_in_schema=False)
async def html_facts(request: Request) -> HTMLResponse:
    def ctx() -> dict:
        form = Form(request)
        a, b = form.place("a"), form.place("b")
        f = FactFilter(
            type=form.choice("type", facttypes.names()),
            place=form.place(),
            pair=(a, b) if a and b else None,
            status=form.choice("status", {"auto": 1, "confirmed": 1, "rejected": 1}),
            conflicts_only=form.flag("conflicts"),
            date_from=form.day("date_from"),
            date_to=form.day("date_to"),
        )
        result = facts_data(form.kb, f, form.text("person"), form.number("page", 1, 100_000), 50)
        return {"result": result, **form.context()}

    return await html_response(request, "facts.html", ctx)


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
async def html_search(request: Request) -> HTMLResponse:
    def ctx() -> dict:
        form = Form(request)
        q = form.text("q", 500)
        result = (
            query.search(
                form.kb,
                q,
                form.choice("type", facttypes.names()),
                form.place(),
                form.day("date_from"),
                form.day("date_to"),
                form.number("page", 1, 100_000),
                20,
                irrelevant=form.flag("irrelevant"),
            )
            if q
            else None
        )
        return {"q": q, "result": result, **form.context()}

    return await html_response(request, "search.html", ctx)


@router.get("/documents", response_class=HTMLResponse, include_in_schema=False)
async def html_documents(request: Request) -> HTMLResponse:
    def ctx() -> dict:
        form = Form(request)
        irrelevant = form.flag("irrelevant")
        d = documents_data(form.kb, irrelevant, form.text("outlet", 300) or None, form.number("page", 1, 100_000), 50)
        return {"d": d, "irrelevant": irrelevant, **form.context()}

    return await html_response(request, "documents.html", ctx)

    return await html_response(request, "search.html", ctx)


@router.get("/conflicts", response_class=HTMLResponse, include_in_schema=False)
async def html_conflicts(request: Request) -> HTMLResponse:
    def ctx() -> dict:
        form = Form(request)
        return {"result": query.conflicts(state(request).kb, form.number("page", 1, 100_000), 20)}

    return await html_response(request, "conflicts.html", ctx)
