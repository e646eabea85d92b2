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
from coopwatch.kb.db import KB, NotFound
from coopwatch.kb.query import FactFilter
from coopwatch.kb.views import FactView, Page, SearchHit
from coopwatch.web import params
from coopwatch.web.cache import depends
from coopwatch.web.models import NOT_FOUND, DocumentList
from coopwatch.web.pages import places_data
from coopwatch.web.params import PLACE_HELP, SECOND_SIDE, TAG, PlaceId, TypeName
from coopwatch.web.responses import api_response, html_response, state

router = APIRouter()
IRRELEVANT_HELP = "Показать и документы без фактов сотрудничества (по умолчанию скрыты)"
Status = Literal["auto", "confirmed", "rejected"]
PageNo = Annotated[int, Query(ge=1, le=100_000, description="Номер страницы, с 1")]
PERSON_HELP = ("Человек: номер или имя в любом падеже, можно одну фамилию (Минниханов, Миннихановым, "
               "Р. Минниханов)")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str | None) -> str:
    return CONTROL.sub(" ", text or "").strip()


def _people(kb: KB, person: str | None) -> tuple[int, ...] | None:
    """The people a person filter means: a number is a person's id; other text a name as typed, in
    any case, the surname alone or with given names (``query.people_by_name``). None: no filter."""
    person = clean(person)
    if not person:
        return None
    if person.isdigit():
        return (int(person),) if int(person) < 2**31 else ()
    return tuple(query.people_by_name(kb, person))


def facts_data(kb: KB, f: FactFilter, person: str | None, page: int, per_page: int) -> Page[FactView]:
    f.person_ids = _people(kb, person)
    if f.person_ids == ():
        return Page([], 0, page, per_page)
    given = f.person_ids is not None
    if not given and f.pair:  # the full list behind a pair page: only that pair's changes matter
        depends(("pair", *f.pair))
    elif not given and f.place:
        depends(("place", f.place))
    return query.facts(kb, f, page, per_page)


@router.get("/api/facts", response_model=Page[FactView], tags=[TAG], summary="Факты с фильтрами",
            responses=NOT_FOUND)
async def api_facts(
    request: Request,
    type: TypeName | None = None,
    place: PlaceId | None = None,
    person: Annotated[str | None, Query(max_length=200, description=PERSON_HELP)] = None,
    a: Annotated[str | None, Query(max_length=300, description="Сторона пары (с b): " + PLACE_HELP)] = None,
    b: Annotated[str | None, Query(max_length=300, description="Вторая сторона пары (с a)")] = None,
    date_from: Annotated[date | None, Query(description="С какого дня, ГГГГ-ММ-ДД")] = None,
    date_to: Annotated[date | None, Query(description="По какой день, ГГГГ-ММ-ДД")] = None,
    status: Annotated[Status | None, Query(description="Статус проверки")] = None,
    conflicts: Annotated[bool, Query(description="Только факты, источники которых расходятся")] = False,
    min_sources: Annotated[int, Query(ge=0, le=1000, description="Не меньше стольких независимых источников")] = 0,
    page: PageNo = 1,
    per_page: Annotated[int, Query(ge=1, le=500, description="Фактов на странице")] = 50,
) -> Response:
    """``a`` and ``b`` together: facts between these two places (each with everything inside it)."""
    kb = state(request).kb

    def make() -> Page[FactView]:
        f = FactFilter(
            type=type,
            place=params.place(kb, place) if place else None,
            pair=params.pair(kb, a, b, required=False),
            status=status,
            conflicts_only=conflicts,
            date_from=date_from,
            date_to=date_to,
            min_sources=min_sources,
        )
        return facts_data(kb, f, person, page, per_page)

    return await api_response(request, make, Page[FactView])


@router.get("/api/search", response_model=Page[SearchHit], tags=[TAG], summary="Полнотекстовый поиск",
            responses=NOT_FOUND)
async def api_search(
    request: Request,
    q: Annotated[str, Query(max_length=500, description="Слова в любой форме")] = "",
    type: TypeName | None = None,
    place: PlaceId | None = None,
    date_from: Annotated[date | None, Query(description="Опубликованы с, ГГГГ-ММ-ДД")] = None,
    date_to: Annotated[date | None, Query(description="Опубликованы по, ГГГГ-ММ-ДД")] = None,
    irrelevant: Annotated[bool, Query(description=IRRELEVANT_HELP)] = False,
    page: PageNo = 1,
    per_page: Annotated[int, Query(ge=1, le=200, description="Документов на странице")] = 20,
) -> Response:
    kb = state(request).kb
    return await api_response(
        request,
        lambda: query.search(kb, clean(q), type, params.place(kb, place) if place else None, date_from, date_to,
                             page, per_page, irrelevant=irrelevant),
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
    request: Request, page: PageNo = 1,
    per_page: Annotated[int, Query(ge=1, le=200, description="Фактов на странице")] = 50,
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
        """A place as typed: a name in any case or a code (``query.find_place``)."""
        v = self.text(name, 300)
        if not v:
            return None
        try:
            return query.find_place(self.kb, v)
        except NotFound as e:
            self.problems.append(str(e)[:1].upper() + str(e)[1:])
            return None

    def pair(self) -> tuple[str, str] | None:
        """Both sides, or none: one side alone is said to need the other."""
        a, b = self.text("a", 300), self.text("b", 300)
        if bool(a) != bool(b):
            self.problems.append(SECOND_SIDE[:1].upper() + SECOND_SIDE[1:])
            return None
        a_id, b_id = self.place("a"), self.place("b")
        return (a_id, b_id) if a_id and b_id else None

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
        f = FactFilter(
            type=form.choice("type", facttypes.names()),
            place=form.place(),
            pair=form.pair(),
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
