"""Crawl commands (registered in ``coopwatch.cli``): ``sources add|list|pause|resume|remove`` and
``crawl``. Thin: parse, call the library, speak Russian."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated

import typer

from coopwatch.kb.cli import DB_HELP, _open, _run

sources_app = typer.Typer(help="Источники для обхода: ленты RSS/Atom, карты сайтов, страницы", no_args_is_help=True)

ALLOW_PRIVATE_HELP = ("Разрешить адреса внутренней сети (127.0.0.1, 10.*, 192.168.*): по умолчанию запрещены; "
                      "также COOPWATCH_CRAWL_ALLOW_PRIVATE=1")
AllowPrivate = Annotated[bool, typer.Option("--allow-private", help=ALLOW_PRIVATE_HELP)]
Delay = Annotated[float, typer.Option("--delay", min=0, help="Секунд между запросами к одному сайту")]
Timeout = Annotated[float, typer.Option("--timeout", min=0.1, help="Секунд ожидания ответа сайта")]
Retries = Annotated[int, typer.Option("--retries", min=0, max=10, help="Повторов после сбоя или ответа 5xx")]


def web_settings(delay: float = 1.0, timeout: float = 20.0, retries: int = 2, allow_private: bool = False,
                 max_items: int = 500):  # noqa: ANN201 - coopwatch.crawl.fetch.Settings
    from coopwatch.crawl.fetch import Settings, env_allows_private

    return Settings(delay=delay, timeout=timeout, retries=retries, max_items=max_items,
                    allow_private=allow_private or env_allows_private())


def _when(t: datetime | None) -> str:
    """«18 февраля 2026, 14:05», as the pages say it (``coopwatch.wording``)."""
    from coopwatch.wording import ru_moment

    return ru_moment(t)


@sources_app.command("add")
def sources_add(
    url: Annotated[str, typer.Argument(metavar="АДРЕС", help="Адрес ленты RSS/Atom, карты сайта (sitemap.xml) или страницы")],
    name: Annotated[str | None, typer.Option("--name", help="Название (по умолчанию — имя сайта)")] = None,
    kind: Annotated[str, typer.Option("--kind", help="auto (определить при обходе), feed, sitemap или page")] = "auto",
    user: Annotated[str | None, typer.Option("--user", help="Кто добавляет (в журнал)")] = None,
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
) -> None:
    """Добавить источник: его новые материалы загрузит coopwatch crawl."""
    from coopwatch.crawl.sources import add_source

    kb = _open(db)
    s = _run(lambda: add_source(kb, url, name=name, kind=kind, who=user))
    typer.echo(f"Источник №{s.id} «{s.name}» добавлен: {s.url}", err=True)


@sources_app.command("list")
def sources_list(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON вместо текста")] = False,
) -> None:
    """Перечислить источники: состояние, последний успех, последняя ошибка, счётчики."""
    from dataclasses import asdict

    from coopwatch.crawl.listing import KIND_NAMES
    from coopwatch.crawl.sources import COUNT_NAMES, list_sources

    found = _run(lambda: list_sources(_open(db)))
    if as_json:
        typer.echo(json.dumps([{**asdict(s), "state": s.state} for s in found], ensure_ascii=False, default=str,
                              indent=1))
        return
    if not found:
        typer.echo("Источников нет: добавьте — coopwatch sources add АДРЕС", err=True)
        return
    for s in found:
        last = ", ".join(f"{name}: {s.last_counts[k]}" for k, name in COUNT_NAMES.items() if s.last_counts.get(k))
        typer.echo(f"№{s.id} {s.name} — {KIND_NAMES.get(s.kind, s.kind)} — {s.state}\n"
                   f"    {s.url}\n"
                   f"    последний успех: {_when(s.last_success_at)}; последний обход: {_when(s.last_run_at)}"
                   + (f" ({last})" if last else "") + "\n"
                   f"    последняя ошибка: {s.last_error or '—'}"
                   + (f" ({_when(s.last_error_at)})" if s.last_error else "") + "\n"
                   f"    страниц: {s.n_pages}, документов: {s.n_documents} (без фактов сотрудничества: "
                   f"{s.n_irrelevant}), страниц с ошибкой: {s.n_failed}")


def _change(ref: str, db: str | None, user: str | None, action: str) -> None:
    from coopwatch.crawl import sources as lib

    kb = _open(db)
    s = _run(lambda: lib.get_source(kb, ref))
    if action == "remove":
        _run(lambda: lib.remove_source(kb, s.id, who=user))
        typer.echo(f"Источник №{s.id} «{s.name}» удалён; его документы остались в базе", err=True)
        return
    _run(lambda: lib.set_paused(kb, s.id, action == "pause", who=user))
    typer.echo(f"Источник №{s.id} «{s.name}» {'на паузе' if action == 'pause' else 'снова обходится'}", err=True)


Ref = Annotated[str, typer.Argument(metavar="ИСТОЧНИК", help="Номер источника (из coopwatch sources list) или его адрес")]
User = Annotated[str | None, typer.Option("--user", help="Кто вносит изменение (в журнал)")]


@sources_app.command("pause")
def sources_pause(ref: Ref, user: User = None, db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None) -> None:
    """Приостановить обход источника."""
    _change(ref, db, user, "pause")


@sources_app.command("resume")
def sources_resume(ref: Ref, user: User = None, db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None) -> None:
    """Возобновить обход источника."""
    _change(ref, db, user, "resume")


@sources_app.command("remove")
def sources_remove(ref: Ref, user: User = None, db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None) -> None:
    """Удалить источник (загруженные из него документы остаются)."""
    _change(ref, db, user, "remove")


def crawl(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    source: Annotated[list[str] | None, typer.Option("--source", "-s", help="Только этот источник (номер или адрес)")] = None,
    every: Annotated[str | None, typer.Option("--every", help="Повторять через этот промежуток: 30m, 1h, 1h30m")] = None,
    workers: Annotated[int, typer.Option("--workers", "-j", min=0, help="Процессов извлечения (0 — в этом процессе)")] = 2,
    delay: Delay = 1.0,
    timeout: Timeout = 20.0,
    retries: Retries = 2,
    max_items: Annotated[int, typer.Option("--max-items", min=1, help="Страниц с источника за обход")] = 500,
    allow_private: AllowPrivate = False,
    progress: Annotated[bool, typer.Option(help="Показывать индикатор выполнения")] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Итог обхода в JSON (в stdout)")] = False,
) -> None:
    """Обойти источники: загрузить новые и изменившиеся материалы и сохранить их факты в базе.
    Код возврата 1, если источник или страница не прочитались (они названы в итоге)."""
    from coopwatch.crawl.crawler import Crawler
    from coopwatch.crawl.schedule import parse_every, repeat
    from coopwatch.crawl.sources import get_source

    settings = web_settings(delay, timeout, retries, allow_private, max_items)
    kb = _open(db)
    if every:
        try:
            seconds = parse_every(every)
        except ValueError as e:
            typer.echo(f"ошибка: {e}", err=True)
            raise typer.Exit(2) from e
        if source:
            typer.echo("ошибка: --every обходит все источники; --source — для разового обхода", err=True)
            raise typer.Exit(2)
        typer.echo(f"Обход каждые {every}; остановить — Ctrl+C", err=True)
        try:
            repeat(kb, seconds, settings=settings, workers=workers, progress=progress,
                   say=lambda line: typer.echo(line, err=True))
        except KeyboardInterrupt:
            typer.echo("остановлено: сохранённое сохранено", err=True)
            raise typer.Exit(130) from None
        return
    chosen = [_run(lambda r=r: get_source(kb, r)) for r in source] if source else None
    try:
        summary = _run(lambda: Crawler(kb, settings, workers=workers, progress=progress).run(chosen))
    except KeyboardInterrupt:
        typer.echo("прервано: сохранённое сохранено; следующий обход продолжит", err=True)
        raise typer.Exit(130) from None
    typer.echo(summary.text(), err=True)
    if as_json:
        typer.echo(json.dumps(summary.to_json(), ensure_ascii=False))
    raise typer.Exit(1 if summary.failed else 0)
