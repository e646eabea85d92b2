"""The «Журнал правок» page: every curation of the knowledge base, newest first — who, when, what it
was about and, field by field, what was and what became (``coopwatch.kb.journal``); the same as
JSON under ``/api/journal``. Filtered by editor with ``?who=``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from coopwatch.kb import curate, journal
from coopwatch.web.models import JournalPage
from coopwatch.web.params import TAG
from coopwatch.web.responses import api_response, html_response, state

router = APIRouter()
PageNumber = Annotated[int, Query(ge=1, le=100_000, description="Страница журнала")]
Who = Annotated[str, Query(max_length=64, description="Только правки этого пользователя")]


def journal_data(request: Request, page: int, who: str) -> JournalPage:
    kb, per = state(request).kb, journal.ENTRIES_PER_PAGE
    return JournalPage(
        journal.entries(kb, limit=per, offset=(page - 1) * per, who=who or None),
        curate.count_history(kb, who=who or None),
        page,
        per,
    )


@router.get("/api/journal", response_model=JournalPage, tags=[TAG], summary="Журнал правок")
async def api_journal(request: Request, page: PageNumber = 1, who: Who = "") -> Response:
    return await api_response(request, lambda: journal_data(request, page, who), JournalPage)


@router.get("/journal", response_class=HTMLResponse, include_in_schema=False)
async def html_journal(request: Request, page: PageNumber = 1, who: Who = "") -> HTMLResponse:
    return await html_response(
        request, "journal.html", lambda: {"j": journal_data(request, page, who), "who": who}
    )
