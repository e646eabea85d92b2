"""Web commands (registered in ``coopwatch.cli``): ``serve``, ``user add|list|remove``, ``demo``.
Thin: parse, call the library, speak Russian."""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path
from typing import Annotated

import typer

from coopwatch.kb.cli import DB_HELP, _open, _run
from coopwatch.kb.errors import KBError
from coopwatch.paths import SAMPLES

user_app = typer.Typer(help="Учётные записи веб-интерфейса: редакторы и читатели", no_args_is_help=True)


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"ошибка: {message}", err=True)
    return typer.Exit(code)


def existing_db(db: str | None, create: bool) -> None:
    """A SQLite file that is not there is an error — a mistyped path would otherwise start an empty
    site — unless ``create`` asks for a new knowledge base."""
    from coopwatch.kb.db import resolve_url

    url = resolve_url(db)
    if url.startswith("sqlite:///") and not create:
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            raise _fail(f"база знаний {path} не найдена: загрузите в неё публикации (coopwatch ingest ПАПКА "
                        f"--db {path}) или добавьте --create, чтобы начать с пустой")


def listening_socket(host: str, port: int) -> socket.socket:
    """The server's socket, bound before anything is printed: a busy port or an address that is not
    this machine's is said at once, and no address is shown that does not answer."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    except socket.gaierror as e:
        raise _fail(f"адрес «{host}» не найден: {e.strerror or e}") from e
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: a restart need not wait
    try:
        sock.bind((host, port))
    except OSError as e:
        sock.close()
        if e.errno == errno.EADDRINUSE:
            raise _fail(f"порт {port} на {host} уже занят другой программой (может быть, coopwatch уже "
                        f"запущен): укажите другой, например --port {port + 1}") from e
        if e.errno == errno.EACCES:
            raise _fail(f"нет прав открыть порт {port} (порты меньше 1024 — только для root): укажите "
                        "--port 8000 или больше") from e
        raise _fail(f"не удалось открыть {host}:{port}: {e.strerror or e}") from e
    return sock


def _serve(db: str | None, host: str, port: int, access_log: bool, cache_mb: int = 256,
           crawl_every: float | None = None, crawl_settings: object = None, **settings: object) -> None:
    import uvicorn

    from coopwatch.web.app import create_app

    sock = listening_socket(host, port)
    kb = _open(db)
    app = _run(lambda: create_app(kb, cache_bytes=cache_mb * 2**20, **settings))
    shown = f"[{host}]" if ":" in host else host
    typer.echo(
        f"coopwatch: веб-интерфейс на http://{shown}:{port}/ (база: {kb.url}); "
        f"API — http://{shown}:{port}/api-docs; остановить — Ctrl+C"
    )
    crawling = None
    if crawl_every:
        from coopwatch.crawl.schedule import in_background
        from coopwatch.wording import number

        crawling = in_background(kb, crawl_every, settings=crawl_settings, say=lambda line: typer.echo(line, err=True))
        typer.echo(f"coopwatch: обход источников каждые {number(crawl_every / 60, 2)} мин — рядом с веб-интерфейсом",
                   err=True)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=access_log,
                            server_header=False, timeout_graceful_shutdown=5)
    uvicorn.Server(config).run(sockets=[sock])
    if crawling is not None:  # the server stopped: the crawl stores what it has fetched and ends
        thread, stop = crawling
        stop.set()
        if thread.is_alive():
            typer.echo("coopwatch: обход завершает начатое…", err=True)
        thread.join(60)


def serve(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Порт")] = 8000,
    host: Annotated[str, typer.Option("--host", help="Адрес (0.0.0.0 — для всей сети)")] = "127.0.0.1",
    access_log: Annotated[bool, typer.Option("--access-log", help="Печатать каждый запрос")] = False,
    cache_mb: Annotated[int, typer.Option("--cache-mb", min=0, help="Память под готовые страницы, МБ")] = 256,
    secure_cookies: Annotated[
        bool | None,
        typer.Option(
            "--secure-cookies/--no-secure-cookies",
            envvar="COOPWATCH_SECURE_COOKIES",
            help="Cookie сессии только по HTTPS (сайт за HTTPS-прокси)",
        ),
    ] = None,
    session_days: Annotated[float, typer.Option("--session-days", min=0.01, help="Наибольший срок сессии, дней")] = 14,
    idle_hours: Annotated[
        float, typer.Option("--idle-hours", min=0.01, help="Сессия кончается после стольких часов без запросов")
    ] = 24,
    trusted_origin: Annotated[
        list[str] | None,
        typer.Option("--trusted-origin", help="Ещё адрес, под которым открывают сайт (https://…), для записи"),
    ] = None,
    create: Annotated[
        bool, typer.Option("--create", help="Создать пустую базу знаний, если файла --db нет (без этого — ошибка)")
    ] = False,
    crawl: Annotated[bool, typer.Option("--crawl", help="Обходить источники рядом с веб-интерфейсом")] = False,
    crawl_every: Annotated[str, typer.Option("--crawl-every", help="Как часто обходить: 30m, 1h")] = "30m",
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Обход: разрешить адреса внутренней сети")
    ] = False,
) -> None:
    """Запустить веб-интерфейс и JSON API на базе знаний (файл базы должен существовать: coopwatch
    ingest его создаёт; --create — начать с пустой; с --crawl — и обход источников)."""
    existing_db(db, create)
    every, crawl_settings = None, None
    if crawl:
        from coopwatch.crawl.cli import web_settings
        from coopwatch.crawl.schedule import parse_every

        try:
            every = parse_every(crawl_every)
        except ValueError as e:
            raise _fail(str(e), 2) from e
        crawl_settings = web_settings(allow_private=allow_private)
    _serve(db, host, port, access_log, cache_mb, crawl_every=every, crawl_settings=crawl_settings,
           secure_cookies=secure_cookies, session_days=session_days,
           idle_minutes=idle_hours * 60, trusted_origins=tuple(trusted_origin or ()))


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(metavar="ИМЯ", help="Имя для входа")],
    role: Annotated[
        str, typer.Option("--role", "-r", help="admin (ещё и управляет пользователями), editor (может исправлять) или viewer (только читает)")
    ] = "viewer",
    password: Annotated[
        str | None,
        typer.Option(
            "--password",
            envvar="COOPWATCH_PASSWORD",
            help="Пароль (по умолчанию спросит; можно через $COOPWATCH_PASSWORD)",
        ),
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Сменить пароль и роль существующей записи (её сессии кончаются)")
    ] = False,
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
) -> None:
    """Создать учётную запись администратора, редактора или читателя (пароль хранится как хеш Argon2id)."""
    from coopwatch.web.users import ROLES, add_user

    if role not in ROLES:
        typer.echo(f"ошибка: роль «{role}» неизвестна: admin, editor или viewer", err=True)
        raise typer.Exit(2)
    if password is None:
        from coopwatch.terminal import secret_prompt

        password = secret_prompt("Пароль")
    kb = _open(db)
    user = _run(lambda: add_user(kb, name, password, role, replace=replace))
    typer.echo(
        f"Пользователь «{user.name}» ({user.role_name}) {'обновлён' if replace else 'создан'}", err=True
    )


@user_app.command("list")
def user_list(db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None) -> None:
    """Перечислить учётные записи."""
    from coopwatch.web.users import list_users

    users = _run(lambda: list_users(_open(db)))
    for u in users:
        typer.echo(f"{u.name}\t{u.role_name}")
    if not users:
        typer.echo("Учётных записей нет: создайте командой coopwatch user add ИМЯ --role editor", err=True)


@user_app.command("remove")
def user_remove(
    name: Annotated[str, typer.Argument(metavar="ИМЯ", help="Имя")],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
) -> None:
    """Удалить учётную запись (её сессии сразу кончаются)."""
    from coopwatch.web.users import remove_user

    if not _run(lambda: remove_user(_open(db), name)):
        typer.echo(f"ошибка: пользователя «{name}» нет", err=True)
        raise typer.Exit(1)
    typer.echo(f"Пользователь «{name}» удалён", err=True)


def load_demo(db: str | None, workers: int = 2) -> str:
    """Fill ``db`` with the bundled sample corpus (real extraction), or — when the package ships no
    samples — with synthetic news items and their facts. Returns what was loaded, in Russian."""
    from coopwatch.kb.ingest import ingest

    kb = _open(db)
    samples = sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []
    if samples:
        # the files, not the folder: the folder's README is no news and not worth a warning
        summary = _run(lambda: ingest(kb, [str(p) for p in samples], workers=workers, progress=True))
        return f"примеры из {SAMPLES}: {summary.text()}"
    from coopwatch.kb import synth

    summary = _run(lambda: synth.store(kb, synth.corpus(60, seed=11)))
    return f"примеров в пакете нет — загружены синтетические новости: {summary.text()}"


def demo(
    db: Annotated[
        str | None, typer.Option("--db", help=DB_HELP + "; для демо — coopwatch.db в текущей папке")
    ] = None,
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Порт")] = 8000,
    host: Annotated[str, typer.Option("--host", help="Адрес")] = "127.0.0.1",
    serve_after: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Запустить веб-интерфейс после загрузки")
    ] = True,
) -> None:
    """Загрузить встроенные примеры новостей в coopwatch.db и открыть веб-интерфейс."""
    db = db or os.environ.get("COOPWATCH_DB") or "coopwatch.db"
    try:
        typer.echo("Загрузка примеров…", err=True)
        typer.echo(load_demo(db), err=True)
    except KBError as e:
        typer.echo(f"ошибка: {e}", err=True)
        raise typer.Exit(1) from e
    if serve_after:
        _serve(db, host, port, access_log=False)
