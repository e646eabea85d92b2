"""Curation from the fact's own page and the conflicts page: confirm, reject, reset, correct fields,
resolve a conflict by choosing a value, merge two people. Signed-in editors only, with the CSRF
token; every change goes through ``coopwatch.kb.curate`` (audit-logged under the editor's name)."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Header, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from coopwatch.kb import changes, curate, query
from coopwatch.kb.db import KBError, write_wait
from coopwatch.kb.views import FactView
from coopwatch.web import factform
from coopwatch.web.params import Id
from coopwatch.web.responses import html_response, kb_headers, kb_status, local_path, state
from coopwatch.web.security import CSRF_HEADER, require_editor

router = APIRouter()
Decision = Literal["confirmed", "rejected", "auto"]
RESOLVED_NOTE = "выбрано значение одного из источников при разборе противоречия"
WRITE_WAIT_S = 0.7  # how long an editor's write waits for another writer before "busy, retry": under 1 s in all
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "Исправление не подходит к факту"},
    401: {"description": "Нужно войти"},
    403: {"description": "Не редактор или неверный CSRF-токен"},
    404: {"description": "Нет такого факта"},
    503: {"description": "База данных занята другим процессом записи: повторите через Retry-After секунд"},
    507: {"description": "На диске базы данных нет места: изменение не сохранено"},
}


class StatusIn(BaseModel):
    status: Decision
    note: str | None = Field(None, max_length=2000)


class CorrectIn(BaseModel):
    changes: dict[str, Any] = Field(description="Поле → новое значение (как в FACTS.md)")
    note: str | None = Field(None, max_length=2000)


class MergeIn(BaseModel):
    keep: int = Field(ge=1, le=2**31 - 1)
    merge: int = Field(ge=1, le=2**31 - 1)
    note: str | None = Field(None, max_length=2000)


class ResolveIn(BaseModel):
    field: str = Field(max_length=40, description="Поле с противоречием")
    label: str = Field("", max_length=200, description="Фамилия — для противоречия внутри списка людей")
    choice: int = Field(ge=0, le=1000, description="Номер выбранного значения в списке values противоречия")


class Done(BaseModel):
    ok: bool
    message: str


def _apply(request: Request, action: Any) -> None:
    """Run a curation call; a bad request becomes 400/404, a database busy with another writer
    (an ingest) for longer than ``WRITE_WAIT_S`` 503 with Retry-After. The cached pages the write
    changed go at once (the others stay)."""
    written = None
    changes.forget_written()
    try:
        with write_wait(WRITE_WAIT_S):
            action()
        written = changes.last_written()
    except KBError as e:
        raise HTTPException(kb_status(e), str(e), headers=kb_headers(e)) from e
    finally:
        state(request).cache.sync(written)


# --- JSON API -------------------------------------------------------------------------------


def editor_write(path: str, summary: str) -> Any:
    """An editor's write in the API: answers ``Done``, listed under «правка» with its refusals."""
    return router.post(path, response_model=Done, tags=["правка"], responses=WRITE_RESPONSES, summary=summary)


@editor_write("/api/fact/{fact_id}/status", "Подтвердить, отклонить или вернуть факт на проверку")
def api_status(
    request: Request,
    fact_id: Id,
    body: StatusIn,
    x_csrf_token: Annotated[str | None, Header(alias=CSRF_HEADER)] = None,
) -> Done:
    user = require_editor(request, x_csrf_token)
    _apply(
        request,
        lambda: curate.set_status(state(request).kb, fact_id, body.status, who=user.name, note=body.note),
    )
    return Done(ok=True, message=f"Факт №{fact_id}: {body.status}")


@editor_write("/api/fact/{fact_id}/correct", "Исправить поля факта")
def api_correct(
    request: Request,
    fact_id: Id,
    body: CorrectIn,
    x_csrf_token: Annotated[str | None, Header(alias=CSRF_HEADER)] = None,
) -> Done:
    user = require_editor(request, x_csrf_token)
    if not body.changes:
        raise HTTPException(400, "Нет изменений")
    _apply(
        request,
        lambda: curate.correct(state(request).kb, fact_id, body.changes, who=user.name, note=body.note),
    )
    return Done(ok=True, message=f"Факт №{fact_id} исправлен")


@editor_write("/api/people/merge", "Объединить две записи об одном человеке")
def api_merge(
    request: Request, body: MergeIn, x_csrf_token: Annotated[str | None, Header(alias=CSRF_HEADER)] = None
) -> Done:
    user = require_editor(request, x_csrf_token)
    _apply(
        request,
        lambda: curate.merge_people(state(request).kb, body.keep, body.merge, who=user.name, note=body.note),
    )
    return Done(ok=True, message=f"Человек №{body.merge} объединён с №{body.keep}")


@editor_write("/api/fact/{fact_id}/resolve", "Разрешить противоречие, выбрав значение одного из источников")
def api_resolve(
    request: Request,
    fact_id: Id,
    body: ResolveIn,
    x_csrf_token: Annotated[str | None, Header(alias=CSRF_HEADER)] = None,
) -> Done:
    user = require_editor(request, x_csrf_token)
    kb = state(request).kb
    changes = resolution(query.fact(kb, fact_id), body.field, body.label, body.choice)
    _apply(request, lambda: curate.correct(kb, fact_id, changes, who=user.name, note=RESOLVED_NOTE))
    return Done(ok=True, message=f"Противоречие в факте №{fact_id} разрешено")


# --- HTML forms -----------------------------------------------------------------------------


def _back(url: str, done: str) -> RedirectResponse:
    """Back to the page the form was on, saying what was done (``?done=…``)."""
    path, _, query_string = url.partition("?")
    kept = [p for p in query_string.split("&") if p and not p.startswith("done=")]
    return RedirectResponse(f"{path}?{'&'.join([*kept, f'done={done}'])}", status_code=303)


@router.post("/fact/{fact_id}/status", include_in_schema=False)
def form_status(
    request: Request,
    fact_id: Id,
    status: Annotated[Decision, Form()],
    csrf_token: Annotated[str, Form()] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
    back: Annotated[str, Form()] = "",
) -> RedirectResponse:
    user = require_editor(request, csrf_token)
    _apply(
        request,
        lambda: curate.set_status(state(request).kb, fact_id, status, who=user.name, note=note or None),
    )
    return _back(local_path(back, f"/fact/{fact_id}"), status)


@router.post("/fact/{fact_id}/correct", include_in_schema=False, response_model=None)
async def form_correct(request: Request, fact_id: Id) -> Response:
    """The typed correction form: each field read and checked (``factform``); a form that does not
    pass comes back with what was typed and a message at each wrong field (400)."""
    form = await request.form()
    user = require_editor(request, str(form.get("csrf_token", "")))
    kb = state(request).kb
    fact = await run_in_threadpool(query.fact, kb, fact_id)
    names = curate.correctable(fact.type)
    widgets, changes = factform.read(fact.type, names, fact.data, form)
    note = str(form.get("note", ""))[:2000]
    problem = None
    if not any(w.error for w in widgets) and changes:
        try:
            await run_in_threadpool(
                _apply, request, lambda: curate.correct(kb, fact_id, changes, who=user.name, note=note or None)
            )
        except HTTPException as e:
            if e.status_code != 400:
                raise
            problem = str(e.detail)
        else:
            return _back(f"/fact/{fact_id}", "corrected")
    elif not any(w.error for w in widgets):
        return _back(f"/fact/{fact_id}", "nochange")
    from coopwatch.web.pages import fact_data

    page = await run_in_threadpool(fact_data, kb, fact_id)
    return await html_response(
        request,
        "fact.html",
        lambda: {"d": page, "form": widgets, "form_problem": problem or "Исправление не сохранено: проверьте поля",
                 "note": note},
        cache=False,
        status=400,
    )


def resolution(fact: FactView, field: str, label: str, choice: int) -> dict[str, Any]:
    """The correction that settles a conflict on one source's value: a composite value sets each of
    its fields; a conflict inside a list of people replaces that member of the list."""
    conflict = next((c for c in fact.conflicts if c.field == field and c.label == label), None)
    if conflict is None or not 0 <= choice < len(conflict.values):
        raise HTTPException(400, "Такого противоречия у факта нет (возможно, его уже разрешили)")
    chosen = conflict.values[choice].value
    if isinstance(chosen, dict):
        return dict(chosen)
    current = fact.data.get(field)
    if label and isinstance(current, list):
        others = {json.dumps(v.value, ensure_ascii=False) for v in conflict.values}
        kept = [x for x in current if json.dumps(x, ensure_ascii=False) not in others]
        at = next(
            (i for i, x in enumerate(current) if json.dumps(x, ensure_ascii=False) in others), len(kept)
        )
        return {field: [*kept[:at], chosen, *kept[at:]]}
    return {field: chosen}


@router.post("/fact/{fact_id}/resolve", include_in_schema=False)
def form_resolve(
    request: Request,
    fact_id: Id,
    field: Annotated[str, Form(max_length=40)],
    choice: Annotated[int, Form(ge=0, le=1000)],
    label: Annotated[str, Form(max_length=200)] = "",
    csrf_token: Annotated[str, Form()] = "",
    back: Annotated[str, Form()] = "",
) -> RedirectResponse:
    """A conflict resolved: the editor picks one source's value (written as a correction)."""
    user = require_editor(request, csrf_token)
    kb = state(request).kb
    changes = resolution(query.fact(kb, fact_id), field, label, choice)
    _apply(request, lambda: curate.correct(kb, fact_id, changes, who=user.name, note=RESOLVED_NOTE))
    return _back(local_path(back, f"/fact/{fact_id}"), "resolved")


@router.post("/people/merge", include_in_schema=False)
def form_merge(
    request: Request,
    keep: Annotated[int, Form(ge=1, le=2**31 - 1)],
    merge: Annotated[int, Form(ge=1, le=2**31 - 1)],
    csrf_token: Annotated[str, Form()] = "",
    back: Annotated[str, Form()] = "",
) -> RedirectResponse:
    user = require_editor(request, csrf_token)
    _apply(request, lambda: curate.merge_people(state(request).kb, keep, merge, who=user.name))
    return _back(local_path(back, f"/person/{keep}"), "merged")
