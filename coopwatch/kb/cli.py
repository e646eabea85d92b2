"""Knowledge-base commands (registered in ``coopwatch.cli``): ingest, reextract, export, curate,
merge-people. Thin: parse, call the library, print in Russian."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from coopwatch.kb.errors import ENV_DB, KBError

DB_HELP = f"База данных: путь к файлу SQLite или postgresql+psycopg://… (по умолчанию ${ENV_DB} или coopwatch.db)"


def _run(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except KBError as e:
        typer.echo(f"ошибка: {e}", err=True)
        raise typer.Exit(1) from e


def _open(db: str | None):  # noqa: ANN202 - KB
    from coopwatch.kb.db import open_kb

    return _run(lambda: open_kb(db))


def ingest(
    paths: Annotated[list[str], typer.Argument(
        metavar="ПУТЬ",
        help="Файлы или папки (.txt, .html, .jsonl, веб-архивы .warc/.warc.gz), адреса страниц https://…; "
             "«-» — стандартный ввод")],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    workers: Annotated[int, typer.Option("--workers", "-j", min=0, help="Процессов извлечения (0 — в этом процессе)")] = 2,
    facts: Annotated[Path | None, typer.Option("--facts", exists=True, dir_okay=False,
                               help="Готовые факты (вывод coopwatch extract, JSON Lines) вместо извлечения")] = None,
    progress: Annotated[bool, typer.Option(help="Показывать индикатор выполнения")] = True,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Разрешить адреса страниц во внутренней сети (по умолчанию запрещены)")] = False,
    cluster: Annotated[str | None, typer.Option(
        "--cluster", help="Извлекать на кластере Dask: адрес планировщика (tcp://host:8786) или local — "
                          "локальный кластер из --workers процессов; пути могут быть адресами fsspec (s3://…)")] = None,
    partition: Annotated[int, typer.Option("--partition", min=1, help="Документов в одной части задания кластера")] = 200,
) -> None:
    """Извлечь факты из документов и сохранить их в базе знаний (повторный запуск продолжает).
    Адреса https://… загружаются как отдельные страницы (с соблюдением robots.txt).
    Код возврата 1, если какие-то документы не сохранены (они названы в сводке)."""
    from coopwatch.kb.ingest import ingest as run

    kb = _open(db)
    web = None
    if any(p.lower().startswith(("http://", "https://")) for p in paths):
        from coopwatch.crawl.cli import web_settings

        web = web_settings(allow_private=allow_private)
    try:
        if cluster:  # the same run, the extraction on a Dask cluster
            from coopwatch.kb.cluster import ingest_cluster

            summary = _run(lambda: ingest_cluster(kb, paths, cluster=cluster, partition=partition, workers=workers,
                                                  facts_file=facts, progress=progress))
        else:
            summary = _run(lambda: run(kb, paths, workers=workers, facts_file=facts, progress=progress, web=web))
    except KeyboardInterrupt:
        typer.echo("прервано: сохранённое сохранено; повторный запуск продолжит с того же места", err=True)
        raise typer.Exit(130) from None
    typer.echo(summary.text(), err=True)
    raise typer.Exit(1 if summary.failures else 0)  # some documents not stored: say so to scripts too


def reextract(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    everything: Annotated[bool, typer.Option("--all", help="Все документы, а не только извлечённые другой версией")] = False,
    workers: Annotated[int, typer.Option("--workers", "-j", min=0, help="Процессов извлечения")] = 2,
    progress: Annotated[bool, typer.Option(help="Показывать индикатор выполнения")] = True,
) -> None:
    """Заново извлечь факты из сохранённых документов; решения кураторов сохраняются."""
    from coopwatch.kb.ingest import reextract as run

    kb = _open(db)
    summary = _run(lambda: run(kb, everything=everything, workers=workers, progress=progress))
    typer.echo(summary.text().replace("обновлено", "извлечено заново"), err=True)
    raise typer.Exit(1 if summary.failures else 0)


def export(
    out: Annotated[Path, typer.Option("--out", "-o", help="Файл для записи")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv (для Excel: UTF-8 с BOM, «;»), xlsx или graphml")] = "jsonl",
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    include_rejected: Annotated[bool, typer.Option("--include-rejected", help="Включить отклонённые факты")] = False,
) -> None:
    """Выгрузить канонические факты с источниками и противоречиями."""
    from coopwatch.kb.export import export as run
    from coopwatch.wording import NBSP, count

    kb = _open(db)
    n = _run(lambda: run(kb, fmt, out, include_rejected))
    typer.echo(f"Записано: {count(n, 'связь' if fmt == 'graphml' else 'факт')} в {out}".replace(NBSP, " "), err=True)


def _value(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def curate(
    action: Annotated[str, typer.Argument(metavar="ДЕЙСТВИЕ", help="confirm, reject, reset, correct или history")],
    fact_id: Annotated[int | None, typer.Argument(metavar="НОМЕР", help="Номер канонического факта")] = None,
    set_: Annotated[list[str] | None, typer.Option("--set", help="Для correct: поле=значение (значение в JSON или текстом)")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Комментарий в журнал")] = None,
    user: Annotated[str | None, typer.Option("--user", help="Кто вносит изменение (по умолчанию — имя пользователя)")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Для history: сколько последних правок")] = None,
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
) -> None:
    """Подтвердить, отклонить или исправить канонический факт; history — журнал правок: кто, когда,
    что было и что стало (всех фактов или одного)."""
    from coopwatch.kb import curate as c

    kb = _open(db)
    if action == "history":
        from coopwatch.kb import journal

        shown = _run(lambda: journal.entries(kb, "canonical_fact" if fact_id else None, fact_id, limit=limit))
        for e in shown:
            typer.echo(journal.line(e))
        if not shown:
            typer.echo(f"Правок {'факта №' + str(fact_id) + ' ' if fact_id else ''}в журнале нет", err=True)
        return
    if fact_id is None:
        typer.echo("ошибка: укажите номер канонического факта", err=True)
        raise typer.Exit(2)
    if action == "correct":
        changes = {}
        for item in set_ or []:
            if "=" not in item:
                typer.echo(f"ошибка: --set ожидает поле=значение, получено «{item}»", err=True)
                raise typer.Exit(2)
            k, v = item.split("=", 1)
            changes[k.strip()] = _value(v)
        if not changes:
            typer.echo("ошибка: correct требует хотя бы одно --set поле=значение", err=True)
            raise typer.Exit(2)
        _run(lambda: c.correct(kb, fact_id, changes, who=user, note=note))
    elif action in ("confirm", "reject", "reset"):
        status = {"confirm": "confirmed", "reject": "rejected", "reset": "auto"}[action]
        _run(lambda: c.set_status(kb, fact_id, status, who=user, note=note))
    else:
        typer.echo(f"ошибка: неизвестное действие «{action}»: confirm, reject, reset, correct, history", err=True)
        raise typer.Exit(2)
    typer.echo(f"Факт №{fact_id}: {action} — записано в журнал", err=True)


def merge_people(
    keep: Annotated[int, typer.Argument(metavar="ОСТАЁТСЯ", help="Номер человека, который остаётся")],
    merge: Annotated[int, typer.Argument(metavar="ПРИСОЕДИНЯЕТСЯ", help="Номер человека, который присоединяется к первому")],
    note: Annotated[str | None, typer.Option("--note", help="Комментарий в журнал")] = None,
    user: Annotated[str | None, typer.Option("--user", help="Кто вносит изменение")] = None,
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
) -> None:
    """Объединить две записи об одном человеке (например, разные имена в разных источниках)."""
    from coopwatch.kb import curate as c

    kb = _open(db)
    _run(lambda: c.merge_people(kb, keep, merge, who=user, note=note))
    typer.echo(f"Человек №{merge} объединён с №{keep}", err=True)


def merge_orgs(
    keep: Annotated[int, typer.Argument(metavar="ОСТАЁТСЯ", help="Номер организации, которая остаётся")],
    merge: Annotated[int, typer.Argument(metavar="ПРИСОЕДИНЯЕТСЯ", help="Номер организации, чьи названия становятся её другими названиями")],
    note: Annotated[str | None, typer.Option("--note", help="Комментарий в журнал")] = None,
    user: Annotated[str | None, typer.Option("--user", help="Кто вносит изменение")] = None,
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
) -> None:
    """Объединить две записи об одной организации (например, «МТЗ» и «Минский тракторный завод»)."""
    from coopwatch.kb import curate as c

    kb = _open(db)
    _run(lambda: c.merge_orgs(kb, keep, merge, who=user, note=note))
    typer.echo(f"Организация №{merge} объединена с №{keep}", err=True)
