"""The pages about one thing — overview, pair, place, person, document, fact — each one view with
two faces: a data function shared by the JSON route under ``/api`` and the HTML route."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import PurePath

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from coopwatch import facttypes
from coopwatch.kb import curate, journal, query
from coopwatch.kb.db import KB
from coopwatch.kb.query import FactFilter
from coopwatch.kb.views import DocumentView, PairView, place_ref
from coopwatch.web import charts, factform, highlight, trace
from coopwatch.web.cache import depends
from coopwatch.web.models import (
    NOT_FOUND,
    AuditEntry,
    DocumentPage,
    FactPage,
    OverviewPage,
    PairRow,
    PersonPage,
    PlacePage,
    PlaceRow,
)
from coopwatch.web.params import TAG, Id, PlaceId, PlacePath
from coopwatch.web.responses import api_response, html_response, state
from coopwatch.web.security import reading_editor, session_user
from coopwatch.web.trace import DocumentTrace

router = APIRouter()
TRACE_FOR_EDITORS = "Правила, по которым извлечены факты, видят только редакторы"
PAIR_LIST_LIMIT = 100  # entries per list on the pair page (a page to read, not a dump); the rest on /facts?a=…&b=…


def kb_of(request: Request) -> KB:
    return state(request).kb


# --- overview -------------------------------------------------------------------------------


def overview_data(kb: KB) -> OverviewPage:
    return OverviewPage(
        query.overview(kb, top=12),
        query.facts(kb, page=1, per_page=12).items,
        len(query.places_with_facts(kb)),
        query.count_people(kb),
    )


@router.get("/api/overview", response_model=OverviewPage, tags=[TAG], summary="Обзор базы")
async def api_overview(request: Request) -> Response:
    return await api_response(request, lambda: overview_data(kb_of(request)), OverviewPage)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def html_overview(request: Request) -> HTMLResponse:
    return await html_response(request, "overview.html", lambda: {"d": overview_data(kb_of(request))})


# --- lists of pairs and places ---------------------------------------------------------------


def pairs_data(kb: KB) -> list[PairRow]:
    return [PairRow(a, b, n) for a, b, n in query.overview(kb, top=100_000).top_pairs]


@router.get("/api/pairs", response_model=list[PairRow], tags=[TAG], summary="Все пары партнёров")
async def api_pairs(request: Request) -> Response:
    return await api_response(request, lambda: pairs_data(kb_of(request)), list[PairRow])


@router.get("/pairs", response_class=HTMLResponse, include_in_schema=False)
async def html_pairs(request: Request) -> HTMLResponse:
    return await html_response(
        request,
        "pairs.html",
        lambda: {"pairs": pairs_data(kb_of(request)), "places": places_data(kb_of(request))},
    )


def places_data(kb: KB) -> list[PlaceRow]:
    return [PlaceRow(place_ref(p), n) for p, n in query.places_with_facts(kb)]


@router.get("/api/places", response_model=list[PlaceRow], tags=[TAG], summary="Все места с фактами")
async def api_places(request: Request) -> Response:
    return await api_response(request, lambda: places_data(kb_of(request)), list[PlaceRow])


@router.get("/places", response_class=HTMLResponse, include_in_schema=False)
async def html_places(request: Request) -> HTMLResponse:
    return await html_response(request, "places.html", lambda: {"places": places_data(kb_of(request))})


# --- a pair of partners ---------------------------------------------------------------------


def pair_view(kb: KB, a: str, b: str) -> PairView:
    v = query.pair(kb, a, b)
    depends(("pair", a, b), *(("person", p.id) for p in v.people))  # and the people's positions
    return v


def pair_data(request: Request, a: str, b: str) -> PairView:
    return state(request).cache.view(("pair", a, b), lambda: pair_view(kb_of(request), a, b))


@router.get("/api/pair", response_model=PairView, tags=[TAG], summary="Пара партнёров")
async def api_pair(request: Request, a: PlaceId, b: PlaceId) -> Response:
    return await api_response(request, lambda: pair_data(request, a, b), PairView)


@router.get("/pair", response_class=HTMLResponse, include_in_schema=False)
async def html_pair(request: Request, a: PlaceId, b: PlaceId) -> HTMLResponse:
    def ctx() -> dict:
        v = pair_data(request, a, b)
        src = query.first_sources(kb_of(request), [f.id for f in v.timeline])
        return {"v": v, "chart": charts.trade_chart(v), "map": charts.pair_map(v), "limit": PAIR_LIST_LIMIT,
                "src": src}

    return await html_response(request, "pair.html", ctx)


# --- a place --------------------------------------------------------------------------------


def place_data(kb: KB, place_id: str) -> PlacePage:
    view = query.place(kb, place_id)
    agreements = query.facts(kb, FactFilter(types=facttypes.section("place.agreements"), place=place_id), per_page=100)
    roles = query.facts(kb, FactFilter(types=facttypes.section("place.roles"), place=place_id), per_page=100)
    partners = [p.place.id for p in view.partners]
    links = query.links(kb, place_id, partners)
    depends(("place", place_id), ("between", frozenset(partners)))  # the links between its partners
    return PlacePage(view, agreements, roles, links)


def _place(request: Request, place_id: str) -> PlacePage:
    return state(request).cache.view(("place", place_id), lambda: place_data(kb_of(request), place_id))


@router.get(
    "/api/place/{place_id:path}", response_model=PlacePage, tags=[TAG], summary="Место", responses=NOT_FOUND
)
async def api_place(request: Request, place_id: PlacePath) -> Response:
    return await api_response(request, lambda: _place(request, place_id), PlacePage)


@router.get("/place/{place_id:path}", response_class=HTMLResponse, include_in_schema=False)
async def html_place(request: Request, place_id: PlacePath) -> HTMLResponse:
    def ctx() -> dict:
        d = _place(request, place_id)
        return {"d": d, "v": d.view, "chart": charts.network_chart(d.view, d.links), "map": charts.partner_map(d.view)}

    return await html_response(request, "place.html", ctx)


# --- a person -------------------------------------------------------------------------------


def person_data(kb: KB, person_id: int) -> PersonPage:
    view = query.person(kb, person_id)  # follows merges: view.id is the person kept
    depends(("person", person_id), ("person", view.id))
    return PersonPage(view, {str(k): v for k, v in query.person_fields(kb, view.id).items()})


@router.get(
    "/api/person/{person_id}", response_model=PersonPage, tags=[TAG], summary="Человек", responses=NOT_FOUND
)
async def api_person(request: Request, person_id: Id) -> Response:
    return await api_response(request, lambda: person_data(kb_of(request), person_id), PersonPage)


@router.get("/person/{person_id}", response_class=HTMLResponse, include_in_schema=False)
async def html_person(request: Request, person_id: Id) -> HTMLResponse:
    def ctx() -> dict:
        d = person_data(kb_of(request), person_id)
        return {"v": d.view, "capacity": d.capacity}

    return await html_response(request, "person.html", ctx)


# --- a document -----------------------------------------------------------------------------


def shown_source(source: str | None) -> str | None:
    """Where a document came from, as visitors see it: a web address as it is, a file by its name
    only (the folders are the server's business)."""
    if not source or source.startswith(("http://", "https://")):
        return source
    return PurePath(source).name or None


def document_view(kb: KB, doc_id: int) -> DocumentView:
    v = query.document(kb, doc_id)
    depends(("document", doc_id), *(("story", s) for s in {v.doc.story_id, *(d.story_id for d in v.story)} if s is not None))
    return v


def _document(request: Request, doc_id: int) -> DocumentView:
    v = state(request).cache.view(("document", doc_id), lambda: document_view(kb_of(request), doc_id))
    return v if session_user(request) is not None else replace(v, source=shown_source(v.source))


def _audience(request: Request) -> str:
    user = session_user(request)
    return "anon" if user is None else "editor" if user.is_editor else "signed"


async def _editor(request: Request) -> bool:
    """Whether an editor asks (the account's current role, read with the session)."""
    return reading_editor(request) is not None


def _trace(request: Request, doc_id: int) -> DocumentTrace:
    """The rules behind the document's facts (editors only: extraction runs in this process)."""
    return state(request).cache.view(
        ("trace", doc_id), lambda: trace.document_trace(kb_of(request), _document(request, doc_id))
    )


@router.get(
    "/api/document/{doc_id}",
    response_model=DocumentPage,
    tags=[TAG],
    summary="Документ",
    description="Текст, факты со смещениями свидетельств, другие версии сюжета. Для редактора — ещё "
    "поле trace: правила, давшие каждый факт, и отброшенные кандидаты (как coopwatch explain).",
    responses=NOT_FOUND,
)
async def api_document(request: Request, doc_id: Id) -> Response:
    editor = await _editor(request)

    def make() -> DocumentPage:
        v = _document(request, doc_id)
        shown = {f.name: getattr(v, f.name) for f in fields(v)}
        return DocumentPage(**shown, trace=_trace(request, doc_id) if editor else None)

    return await api_response(request, make, DocumentPage, role=_audience(request))


@router.get("/document/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
async def html_document(request: Request, doc_id: Id) -> HTMLResponse:
    def ctx() -> dict:
        v = _document(request, doc_id)
        return {
            "v": v,
            "pieces": highlight.pieces(v.text, v.facts),
            "located": highlight.located(v.text, v.facts),
            "numbers": {f.fact_id: i for i, f in enumerate(v.facts, 1)},
        }

    return await html_response(request, "document.html", ctx)


@router.get("/document/{doc_id}/trace", response_class=HTMLResponse, include_in_schema=False)
async def html_document_trace(request: Request, doc_id: Id) -> HTMLResponse:
    """The trace as a piece of the document page, fetched by its script once the page is shown
    (the first trace loads the language models: the page does not wait for it)."""
    if not await _editor(request):
        raise HTTPException(401 if session_user(request) is None else 403, TRACE_FOR_EDITORS)

    def ctx() -> dict:
        v = _document(request, doc_id)
        return {"v": v, "t": _trace(request, doc_id), "numbers": {f.fact_id: i for i, f in enumerate(v.facts, 1)}}

    return await html_response(request, "document_trace.html", ctx)


# --- a fact (and its curation) --------------------------------------------------------------


def fact_data(kb: KB, fact_id: int) -> FactPage:
    fact = query.fact(kb, fact_id)
    named = query.fact_people(kb, fact_id)
    namesakes = {str(p.id): query.namesakes(kb, p.id) for p in named}
    history = [
        AuditEntry(e.at, e.who, e.action, e.note, e.after, e.changes, e.shown_at)
        for e in journal.entries(kb, "canonical_fact", fact_id)
    ]
    # the people it names by their names, with their namesakes (both change when people are merged or added)
    depends(("fact", fact_id), *(("surname", k) for k in query.surname_keys(kb, [p.id for p in named])))
    return FactPage(fact, named, namesakes, curate.correctable(fact.type), history)


@router.get(
    "/api/fact/{fact_id}",
    response_model=FactPage,
    tags=[TAG],
    summary="Канонический факт",
    responses=NOT_FOUND,
)
async def api_fact(request: Request, fact_id: Id) -> Response:
    return await api_response(request, lambda: fact_data(kb_of(request), fact_id), FactPage)


@router.get("/fact/{fact_id}", response_class=HTMLResponse, include_in_schema=False)
async def html_fact(request: Request, fact_id: Id) -> HTMLResponse:
    def ctx() -> dict:
        d = fact_data(kb_of(request), fact_id)
        return {"d": d, "form": factform.widgets(d.fact.type, d.correctable, d.fact.data)}

    return await html_response(request, "fact.html", ctx)


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> RedirectResponse:
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/api-docs", response_class=HTMLResponse, include_in_schema=False)
async def html_api_docs(request: Request) -> HTMLResponse:
    """The API described in Russian from the OpenAPI document (no third-party viewer to fetch)."""
    return await html_response(request, "api_docs.html", lambda: {"spec": request.app.openapi()})
