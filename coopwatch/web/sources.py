"""The «Источники» page: the feeds, sitemaps and pages the crawler follows, each with its state
(last success, last error, counts); editors add, pause, resume and remove them — signed in, with
the CSRF token, through ``coopwatch.crawl.sources`` (audit-logged under the editor's name). Also
as JSON under ``/api/sources``.

Never cached: a crawl changes a source's state without adding anything the cache's stamp sees."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Literal

from fastapi import APIRouter, Form, Header, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from coopwatch.crawl import sources as lib
from coopwatch.crawl.listing import KIND_NAMES
from coopwatch.kb.db import KBError, write_wait
from coopwatch.web.curation import WRITE_RESPONSES, WRITE_WAIT_S, Done
from coopwatch.web.models import SourceRow
from coopwatch.web.params import Id
from coopwatch.web.responses import NO_STORE, dumps, html_response, kb_headers, kb_status, state
from coopwatch.web.security import CSRF_HEADER, require_editor

router = APIRouter()
TAG = "источники"
EDITORS_ONLY = "Изменять список источников"
Kind = Literal["auto", "feed", "sitemap", "page"]


class SourceIn(BaseModel):
    url: str = Field(min_length=8, max_length=lib.MAX_URL, description="Адрес ленты, карты сайта или страницы")
    name: str | None = Field(None, max_length=300, description="Название (по умолчанию — имя сайта)")
    kind: Kind = Field("auto", description="auto — определить при первом обходе")


class PauseIn(BaseModel):
    paused: bool


def row(s: lib.Source) -> SourceRow:
    return SourceRow(**asdict(s), kind_name=KIND_NAMES.get(s.kind, s.kind), state=s.state, failing=s.failing)


def rows(request: Request) -> list[SourceRow]:
    return [row(s) for s in lib.list_sources(state(request).kb)]


def _apply(request: Request, action):  # noqa: ANN001, ANN202 - a call and what it returns
    """A change of the list: a bad request 400, an unknown source 404, the database busy 503."""
    try:
        with write_wait(WRITE_WAIT_S):
            return action()
    except KBError as e:
        raise HTTPException(kb_status(e), str(e), headers=kb_headers(e)) from e
    finally:
        state(request).cache.clear()  # the audit log grew: pages showing it are stale


# --- JSON API -------------------------------------------------------------------------------


@router.get("/api/sources", response_model=list[SourceRow], tags=[TAG], summary="Источники для обхода")
def api_sources(request: Request) -> Response:
    return Response(dumps(rows(request), list[SourceRow]), media_type="application/json", headers=NO_STORE)


@router.post("/api/sources", response_model=SourceRow, tags=[TAG], responses=WRITE_RESPONSES,
             summary="Добавить источник (ленту RSS/Atom, карту сайта или страницу)")
def api_add(request: Request, body: SourceIn,
            x_csrf_token: Annotated[str | None, Header(alias=CSRF_HEADER)] = None) -> SourceRow:
    user = require_editor(request, x_csrf_token, EDITORS_ONLY)
    return row(_apply(request, lambda: lib.add_source(state(request).kb, body.url, name=body.name, kind=body.kind,
                                                      who=user.name)))


@router.post("/api/sources/{source_id}/pause", response_model=SourceRow, tags=[TAG], responses=WRITE_RESPONSES,
             summary="Приостановить или возобновить обход источника")
def api_pause(request: Request, source_id: Id, body: PauseIn,
              x_csrf_token: Annotated[str | None, Header(alias=CSRF_HEADER)] = None) -> SourceRow:
    user = require_editor(request, x_csrf_token, EDITORS_ONLY)
    return row(_apply(request, lambda: lib.set_paused(state(request).kb, source_id, body.paused, who=user.name)))


@router.delete("/api/sources/{source_id}", response_model=Done, tags=[TAG], responses=WRITE_RESPONSES,
               summary="Удалить источник (его документы остаются)")
def api_remove(request: Request, source_id: Id,
               x_csrf_token: Annotated[str | None, Header(alias=CSRF_HEADER)] = None) -> Done:
    user = require_editor(request, x_csrf_token, EDITORS_ONLY)
    gone = _apply(request, lambda: lib.remove_source(state(request).kb, source_id, who=user.name))
    return Done(ok=True, message=f"Источник №{gone.id} «{gone.name}» удалён")


# --- the page and its forms -----------------------------------------------------------------


async def _page(request: Request, *, error: str | None = None, form: dict | None = None,
                status: int = 200) -> HTMLResponse:
    return await html_response(request, "sources.html",
                               lambda: {"sources": rows(request), "kinds": KIND_NAMES, "error": error,
                                        "form": form or {}, "count_names": lib.COUNT_NAMES}, cache=False, status=status)


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
async def html_sources(request: Request) -> HTMLResponse:
    return await _page(request)


@router.post("/sources", include_in_schema=False)
async def form_add(
    request: Request,
    url: Annotated[str, Form(max_length=lib.MAX_URL)],
    name: Annotated[str, Form(max_length=300)] = "",
    kind: Annotated[Kind, Form()] = "auto",
    csrf_token: Annotated[str, Form()] = "",
) -> Response:
    user = require_editor(request, csrf_token, EDITORS_ONLY)
    try:
        with write_wait(WRITE_WAIT_S):
            lib.add_source(state(request).kb, url, name=name or None, kind=kind, who=user.name)
    except KBError as e:  # shown on the page, with what was typed, to be corrected
        status = kb_status(e)
        return await _page(request, error=str(e), form={"url": url, "name": name, "kind": kind}, status=status)
    state(request).cache.clear()
    return RedirectResponse("/sources?done=source_added", status_code=303)


@router.post("/sources/{source_id}/{action}", include_in_schema=False)
def form_change(
    request: Request,
    source_id: Id,
    action: Literal["pause", "resume", "remove"],
    csrf_token: Annotated[str, Form()] = "",
) -> RedirectResponse:
    user = require_editor(request, csrf_token, EDITORS_ONLY)
    kb = state(request).kb
    if action == "remove":
        _apply(request, lambda: lib.remove_source(kb, source_id, who=user.name))
        return RedirectResponse("/sources?done=source_removed", status_code=303)
    _apply(request, lambda: lib.set_paused(kb, source_id, action == "pause", who=user.name))
    return RedirectResponse(f"/sources?done=source_{'paused' if action == 'pause' else 'resumed'}", status_code=303)
