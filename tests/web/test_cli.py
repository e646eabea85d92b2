"""The web commands: ``coopwatch user add|list|remove``, ``coopwatch serve`` (a real process that
prints its address in Russian and answers), ``coopwatch demo --no-serve``."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import sqlalchemy as sa
from typer.testing import CliRunner

from coopwatch.cli import app
from coopwatch.kb.db import open_kb
from coopwatch.kb.schema import documents
from coopwatch.web.users import authenticate

from .conftest import free_port

runner = CliRunner()


def test_user_add_list_remove(tmp_path: Path) -> None:
    db = str(tmp_path / "kb.db")
    r = runner.invoke(
        app, ["user", "add", "olga", "--role", "editor", "--password", "секретный-пароль", "--db", db]
    )
    assert r.exit_code == 0, r.output
    assert "создан" in r.output and "редактор" in r.output
    r = runner.invoke(app, ["user", "add", "petr", "--db", db], input="читаю-новости\nчитаю-новости\n")
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["user", "add", "olga", "--password", "секретный-пароль", "--db", db])
    assert r.exit_code == 1 and "уже есть" in r.output
    r = runner.invoke(app, ["user", "add", "ivan", "--role", "superuser", "--password", "x" * 10, "--db", db])
    assert r.exit_code == 2 and "роль" in r.output
    r = runner.invoke(app, ["user", "add", "anna", "--role", "admin", "--password", "x" * 10, "--db", db])
    assert r.exit_code == 0 and "администратор" in r.output
    listed = runner.invoke(app, ["user", "list", "--db", db]).output
    assert "olga\tредактор" in listed and "petr\tчитатель" in listed
    kb = open_kb(db)
    try:
        assert authenticate(kb, "petr", "читаю-новости").role == "viewer"
        assert runner.invoke(app, ["user", "remove", "petr", "--db", db]).exit_code == 0
        assert authenticate(kb, "petr", "читаю-новости") is None
    finally:
        kb.dispose()
    assert runner.invoke(app, ["user", "remove", "petr", "--db", db]).exit_code == 1


def test_user_add_asks_the_password_twice_in_russian(tmp_path: Path) -> None:
    """The password prompt of ``user add`` is typer's hidden input, its words Russian: a second
    entry that differs is refused and both are asked again."""
    db = str(tmp_path / "kb.db")
    r = runner.invoke(app, ["user", "add", "petr", "--db", db],
                      input="читаю-новости\nчитаю-новост\nчитаю-новости\nчитаю-новости\n")
    assert r.exit_code == 0, r.output
    assert r.output.count("Повторите для подтверждения") == 2
    assert "Ошибка: введённые значения не совпадают." in r.output
    assert "Repeat" not in r.output and "do not match" not in r.output and "читаю" not in r.output
    kb = open_kb(db)
    try:
        assert authenticate(kb, "petr", "читаю-новости").role == "viewer"
    finally:
        kb.dispose()


def test_serve_prints_the_address_and_answers(tmp_path: Path) -> None:
    port = free_port()
    exe = Path(sys.executable).parent / "coopwatch"  # the installed command
    cmd = [str(exe), "serve", "--db", str(tmp_path / "kb.db"), "--create", "--port", str(port)]
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        line = proc.stdout.readline()
        assert f"веб-интерфейс на http://127.0.0.1:{port}/" in line
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and proc.poll() is None, "сервер не ответил"
                time.sleep(0.2)
        assert r.status_code == 200 and "Пока нет фактов" in r.text
    finally:
        proc.terminate()
        proc.wait(20)


def test_serve_reports_a_bad_database_in_russian(tmp_path: Path) -> None:
    # serve binds its port before it opens the database: a free one, so a busy 8000 is not what is reported
    r = runner.invoke(app, ["serve", "--db", str(tmp_path / "нет" / "kb.db"), "--create", "--port", str(free_port())])
    assert r.exit_code == 1 and "папка для базы данных не существует" in r.output


def test_demo_loads_the_samples_into_coopwatch_db(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("COOPWATCH_DB", raising=False)
    r = runner.invoke(app, ["demo", "--no-serve"])
    assert r.exit_code == 0, r.output
    assert "Добавлено документов" in r.output
    kb = open_kb(str(tmp_path / "coopwatch.db"))
    try:
        with kb.read() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one() > 0
    finally:
        kb.dispose()
