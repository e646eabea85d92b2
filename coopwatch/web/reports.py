"""Briefing reports to download: the same «справка» as ``coopwatch report``, from the buttons on
the pair and place pages (``/report/pair?a=…&b=…&format=docx``, ``/report/place?id=…``), kept
in the response cache until the knowledge base changes."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from coopwatch import report
from coopwatch.web import params
from coopwatch.web.models import ErrorOut
from coopwatch.web.params import TAG, PlaceId
from coopwatch.web.responses import state

router = APIRouter()
Format = Annotated[Literal["docx", "html", "md", "pdf"], Query(description="Формат файла")]
# the form's year fields may be left empty: "" is no year
YearFrom = Annotated[str | None, Query(alias="from", pattern=r"^((19|20|21)\d\d)?$",
                                       description="С какого года (пусто — с начала)")]
YearTo = Annotated[str | None, Query(alias="to", pattern=r"^((19|20|21)\d\d)?$",
                                     description="По какой год включительно (пусто — по сей день)")]


FILE: dict[int | str, dict[str, Any]] = {
    200: {"description": "Файл справки", "content": {t.split(";")[0]: {} for t in report.MEDIA_TYPES.values()}},
    400: {"model": ErrorOut, "description": "Неверный запрос (пара из одного места, период наоборот)"},
    404: {"model": ErrorOut, "description": "Место не найдено"},
}


def _year(value: str | None) -> int | None:
    return int(value) if value else None


async def _download(request: Request, key: tuple, make: Any, fmt: str) -> Response:
    def body() -> bytes:
        return report.render(make(), fmt)

    try:
        data = await state(request).cache.aget(("report", *key, fmt), body)
    except report.ReportError as e:
        status = 404 if "не найдено" in str(e) else 400
        raise HTTPException(status, str(e)) from e
    name = "spravka-" + "-".join(str(k).replace("/", "_") for k in key if k is not None) + f".{fmt}"
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    return Response(data, media_type=report.MEDIA_TYPES[fmt], headers={"Content-Disposition": disposition})


@router.get("/report/pair", tags=[TAG], summary="Справка о сотрудничестве пары (файл)", response_class=Response,
            responses=FILE)
async def pair_report(request: Request, a: PlaceId | None = None, b: PlaceId | None = None,
                      format: Format = "docx",  # noqa: A002
                      year_from: YearFrom = None, year_to: YearTo = None) -> Response:
    kb, y1, y2 = state(request).kb, _year(year_from), _year(year_to)
    a, b = params.pair(kb, a, b)  # type: ignore[misc]
    return await _download(request, (a, b, y1, y2), lambda: report.pair_report(kb, a, b, y1, y2), format)


@router.get("/report/place", tags=[TAG], summary="Справка о сотрудничестве территории (файл)",
            response_class=Response, responses=FILE)
async def place_report(request: Request, id: PlaceId, format: Format = "docx",  # noqa: A002
                       year_from: YearFrom = None, year_to: YearTo = None) -> Response:
    kb, y1, y2 = state(request).kb, _year(year_from), _year(year_to)
    id = params.place(kb, id)  # noqa: A001
    return await _download(request, (id, y1, y2), lambda: report.place_report(kb, id, y1, y2), format)
