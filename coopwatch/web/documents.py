"""Adding documents from the web (editors): pasted text, uploaded files (TXT, HTML, DOCX, PDF) or a
page's address. Each document goes through the same extraction and store as ``coopwatch ingest``
(``kb.ingest.add_document``); one document leads to its page with its facts, several to a list of
what became of each. A file that cannot be read is named with its reason and the others are still
added; a form with nothing to add, or whose every input failed, comes back with what was typed and
a message at each field."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from coopwatch.ingest.fetch import fetch_document
from coopwatch.ingest.office import read_upload
from coopwatch.ingest.reader import ReadFailure, make_document
from coopwatch.kb.db import KBError, write_wait
from coopwatch.kb.ingest import add_document
from coopwatch.models import Document
from coopwatch.web.responses import html_response, state
from coopwatch.web.security import require_editor, signed_in_as

router = APIRouter(include_in_schema=False)
MAX_UPLOAD = 20 * 2**20  # the whole form: a few articles as PDF or DOCX
MAX_FILES = 20
WRITE_WAIT_S = 10.0  # an upload waits a little longer than a click for an ingest writing meanwhile
OUTCOMES = {"added": "добавлен", "updated": "обновлён (новый текст по тому же адресу)",
            "skipped": "уже был в базе"}


@dataclass
class Result:
    source: str  # what the editor gave: a file's name, an address, «вставленный текст»
    outcome: str | None = None  # added, updated, skipped; None: not added
    doc_id: int | None = None
    n_facts: int = 0
    problem: str | None = None

    @property
    def outcome_name(self) -> str:
        return OUTCOMES.get(self.outcome or "", "")


def _visible(request: Request) -> None:
    signed_in_as(request, lambda u: u.is_editor, "Войдите как редактор, чтобы добавлять документы",
                 "Добавлять документы могут только редакторы; ваша роль — {role}")


async def _form(request: Request, typed: dict[str, str] | None = None, errors: dict[str, str] | None = None,
                results: list[Result] | None = None, status: int = 200) -> HTMLResponse:
    return await html_response(
        request,
        "add_document.html",
        lambda: {"typed": typed or {}, "errors": errors or {}, "results": results or [],
                 "max_mb": MAX_UPLOAD // 2**20, "max_files": MAX_FILES},
        cache=False,
        status=status,
    )


@router.get("/documents/new", response_class=HTMLResponse)
async def new_document(request: Request) -> HTMLResponse:
    _visible(request)
    return await _form(request)


def _name(who: str) -> str:
    return f"web-{who}-{datetime.now(UTC):%Y%m%d-%H%M%S-%f}"


def _published(text: str) -> tuple[date | None, str | None]:
    text = text.strip()
    if not text:
        return None, None
    try:
        return date.fromisoformat(text), None
    except ValueError:
        return None, f"«{text[:20]}» — не дата (ГГГГ-ММ-ДД)"


def _store(request: Request, doc: Document, source: str) -> Result:
    try:
        with write_wait(WRITE_WAIT_S):
            outcome, doc_id, n = add_document(state(request).kb, doc)
    except KBError as e:
        return Result(source, problem=str(e))
    return Result(source, outcome, doc_id, n)


@router.post("/documents/new", response_model=None)
async def add_documents(request: Request) -> Response:
    form = await request.form(max_files=MAX_FILES, max_fields=20)
    user = require_editor(request, str(form.get("csrf_token", "")))
    text = str(form.get("text", "") or "")
    url = str(form.get("url", "") or "").strip()
    text_url = str(form.get("text_url", "") or "").strip()
    published_raw = str(form.get("published", "") or "")
    uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    typed = {"text": text[:300_000], "url": url[:2000], "text_url": text_url[:2000], "published": published_raw[:20]}
    errors: dict[str, str] = {}
    if not (text.strip() or url or uploads):
        errors["text"] = "вставьте текст, выберите файлы или укажите адрес страницы"
    published, problem = _published(published_raw)
    if problem:
        errors["published"] = problem
    if text_url and not re.match(r"^https?://\S+$", text_url):
        errors["text_url"] = "адрес источника должен начинаться с http:// или https://"
    if url and not re.match(r"^https?://\S+$", url):
        errors["url"] = "адрес должен начинаться с http:// или https://"
    if errors:
        return await _form(request, typed, errors, status=400)

    results: list[Result] = []
    if text.strip():
        doc = make_document(_name(user.name), text.replace("\r\n", "\n"), source="текст, вставленный редактором",
                            url=text_url or None, published=published)
        results.append(await _add(request, doc, "вставленный текст"))
    for upload in uploads:
        data = await upload.read()
        doc = await run_in_threadpool(read_upload, data, upload.filename or "файл", upload.filename or _name(user.name))
        results.append(await _add(request, doc, upload.filename or "файл"))
    if url:
        doc = await run_in_threadpool(fetch_document, url)
        results.append(await _add(request, doc, url))

    done = [r for r in results if r.doc_id is not None]
    if len(results) == 1 and done:
        r = done[0]
        return RedirectResponse(f"/document/{r.doc_id}?done=doc_{r.outcome}", status_code=303)
    if not done:
        field = "url" if url and not (text.strip() or uploads) else "files" if uploads and not text.strip() else "text"
        errors[field] = "; ".join(f"{r.source}: {r.problem}" for r in results)
        return await _form(request, typed, errors, results, status=400)
    return await _form(request, results=results)


async def _add(request: Request, doc: Any, source: str) -> Result:
    if isinstance(doc, ReadFailure):
        return Result(source, problem=doc.reason)
    try:
        return await run_in_threadpool(_store, request, doc, source)
    finally:  # what the new document touched (signed in, the editor sees it at once)
        await run_in_threadpool(state(request).cache.sync)
