"""``coopwatch report``: a briefing report on a pair of places or on one place, written to a file
(registered in ``coopwatch.cli``). Thin: parse, call ``coopwatch.report``, say in Russian what was
written or what is wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from coopwatch.kb.cli import DB_HELP
from coopwatch.kb.errors import KBError
from coopwatch.report.errors import ReportError

FORMATS = ("docx", "html", "md", "pdf")
SUFFIXES = {".docx": "docx", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".pdf": "pdf"}


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"ошибка: {message}", err=True)
    return typer.Exit(code)


def report(
    out: Annotated[Path, typer.Option("--out", "-o", help="Файл справки", dir_okay=False)],
    pair: Annotated[tuple[str, str] | None, typer.Option("--pair", help="Две стороны, названия или коды: --pair "
                                                         "Татарстан Беларусь, --pair RU-TA BY")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Одна территория со всеми партнёрами: --place "
                                              "Татарстан или --place RU-TA")] = None,
    year_from: Annotated[int | None, typer.Option("--from", min=1900, max=2100, help="С какого года")] = None,
    year_to: Annotated[int | None, typer.Option("--to", min=1900, max=2100, help="По какой год включительно")] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f",
                                            help="docx, html, md или pdf (по умолчанию — по расширению --out)")] = None,
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    pdf_engine: Annotated[str, typer.Option("--pdf-engine", help="PDF из DOCX (libreoffice) или из HTML "
                                            "(weasyprint); auto — LibreOffice, если он установлен")] = "auto",
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Сколько последних фактов каждого вида "
                                              "приводить (по умолчанию — 200, как на страницах)")] = None,
) -> None:
    """Справка о сотрудничестве пары территорий (--pair) или одной территории (--place): DOCX, HTML,
    Markdown или PDF; у каждого утверждения — ссылки на источники."""
    import coopwatch.report as r
    from coopwatch.kb.db import open_kb, resolve_url

    if (pair is None) == (place is None):
        raise _fail("укажите либо --pair СТОРОНА СТОРОНА, либо --place ТЕРРИТОРИЯ", 2)
    fmt = fmt or SUFFIXES.get(out.suffix.lower())
    if fmt not in FORMATS:
        raise _fail(f"формат «{fmt or out.suffix or 'без расширения'}» не поддерживается: укажите --format "
                    f"{', '.join(FORMATS)}", 2)
    url = resolve_url(db)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        raise _fail(f"база знаний {url.removeprefix('sqlite:///')} не найдена: укажите --db или загрузите "
                    "публикации командой coopwatch ingest")
    if not out.parent.exists():
        raise _fail(f"папка {out.parent} не существует")
    from coopwatch.report import chart

    chart.start_worker()  # matplotlib's import on the other core, while the knowledge base is read
    try:
        kb = open_kb(db)
        from coopwatch.kb.query import find_place  # a place as typed: "Татарстан", "в Казани", "RU-TA"

        pair = (find_place(kb, pair[0]), find_place(kb, pair[1])) if pair is not None else None
        place = find_place(kb, place) if place is not None else None
        extra = {"limit": limit} if limit else {}
        made = (r.pair_report(kb, *pair, year_from, year_to, **extra) if pair is not None
                else r.place_report(kb, place, year_from, year_to, **extra))  # type: ignore[arg-type]
        written = r.write(made, fmt, out, pdf_engine=pdf_engine)
    except (ReportError, KBError) as e:
        raise _fail(str(e)) from e
    finally:
        chart.stop_worker()
    from coopwatch.wording import count

    what = ("в базе нет фактов о сотрудничестве — справка короткая" if made.empty
            else f"{count(len(made.sections), 'раздел')}, {count(len(made.notes), 'источник')}")
    typer.echo(f"Справка записана: {', '.join(map(str, written))} ({what})".replace("\u00a0", " "), err=True)
