"""The command line behaves (issue 11 §6), run as a person runs it — the installed ``coopwatch``
in a process of its own: a folder scan names every file it skips and why; UTF-16 files are read; a
JSON line with a publication date that cannot be read keeps its id and is ingested with a warning;
``--out`` into a missing folder is a clear error; ``ingest`` and ``extract`` give the same exit
codes for a partly failed batch; a busy port is said before any address is printed; ``serve
--db`` on a missing file is an error unless ``--create``."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from coopwatch.kb.db import open_kb
from coopwatch.kb.schema import documents

EXE = str(Path(sys.executable).parent / "coopwatch")
TEXT = "Казань, 5 сентября 2025 года. Казань и Минск подписали соглашение о побратимских связях."


def run(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=timeout, check=False, cwd=cwd,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"})


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """News in every way they come: UTF-8, UTF-16, JSON Lines with a bad date and a broken line, and
    files that are no documents."""
    d = tmp_path_factory.mktemp("news")
    (d / "utf8.txt").write_text(TEXT, encoding="utf-8")
    (d / "wide.txt").write_bytes(TEXT.replace("Казань и Минск", "Уфа и Гомель").encode("utf-16"))
    lines = [json.dumps({"id": "vchera", "text": "Татарстан и Беларусь подписали соглашение о сотрудничестве.",
                         "published": "вчера"}, ensure_ascii=False), "{сломанная строка"]
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a text")
    (d / "notes.md").write_text("# заметки", encoding="utf-8")
    (d / ".hidden").mkdir()
    (d / ".hidden" / "secret.txt").write_text(TEXT, encoding="utf-8")
    return d


def test_a_folder_scan_names_every_file_it_skips_and_why(folder: Path, tmp_path: Path) -> None:
    r = run("extract", str(folder), "--out", str(tmp_path / "f.jsonl"), "--no-progress")
    for name, why in (("photo.jpg", "не документ («.jpg»"), ("notes.md", "не документ («.md»"),
                      (".hidden", "скрытый файл или папка")):
        assert f"{folder / name}: пропущен: {why}" in r.stderr, r.stderr
    assert "Пропущено файлов, которые не документы: 3" in r.stderr
    assert "secret.txt" not in r.stderr + (tmp_path / "f.jsonl").read_text(encoding="utf-8")


def test_utf16_is_read_and_a_bad_date_keeps_the_document(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.jsonl"
    run("extract", str(folder), "--out", str(out), "--no-progress")
    rows = {d["doc"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert {"utf8", "wide", "vchera"} <= set(rows)
    assert any(f["type"] == "agreement" for f in rows["wide"]["facts"])  # UTF-16 read, facts found
    assert rows["vchera"].get("error") is None and rows["vchera"]["published"] is None
    assert rows["vchera"]["facts"]  # the line's text was extracted


def test_ingest_keeps_a_line_with_an_unreadable_date_with_a_warning(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    r = run("ingest", str(folder / "feed.jsonl"), "--db", str(db), "--no-progress", "-j", "0")
    assert "дата публикации «вчера» не разобрана" in r.stderr
    assert "feed.jsonl:2: строка не разобрана как документ JSON: ожидается имя поля в двойных кавычках" in r.stderr
    kb = open_kb(str(db))
    with kb.read() as conn:
        stored = conn.execute(sa.select(documents.c.name, documents.c.published)).all()
    kb.dispose()
    assert [(s.name, s.published) for s in stored] == [("vchera", None)]


def test_ingest_and_extract_give_the_same_exit_codes(folder: Path, tmp_path: Path) -> None:
    """0 — everything processed; 1 — some documents failed (named), the rest kept; 2 — the command
    line is wrong."""
    broken = [run("extract", str(folder), "--out", str(tmp_path / "a.jsonl"), "--no-progress"),
              run("ingest", str(folder), "--db", str(tmp_path / "a.db"), "--no-progress", "-j", "0")]
    assert [r.returncode for r in broken] == [1, 1]
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_text(TEXT, encoding="utf-8")
    fine = [run("extract", str(good), "--out", str(tmp_path / "b.jsonl"), "--no-progress"),
            run("ingest", str(good), "--db", str(tmp_path / "b.db"), "--no-progress", "-j", "0")]
    assert [r.returncode for r in fine] == [0, 0]
    assert [run("extract").returncode, run("ingest").returncode] == [2, 2]


@pytest.mark.parametrize("args", [["extract"], ["eval", "--keep"]])
def test_out_into_a_missing_folder_is_a_clear_error(folder: Path, tmp_path: Path, args: list[str]) -> None:
    out = str(tmp_path / "нет-такой-папки" / "f.jsonl")
    if args[0] == "extract":
        r = run("extract", str(folder), "--out", out)
    else:
        gold = tmp_path / "gold.jsonl"
        gold.write_text("", encoding="utf-8")
        r = run("eval", str(gold), str(folder), "--keep", out)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert f"ошибка: папка {tmp_path / 'нет-такой-папки'} не существует" in r.stderr


def test_a_busy_port_is_said_before_any_address(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        r = run("serve", "--db", str(tmp_path / "kb.db"), "--create", "--port", str(port), timeout=60)
    assert r.returncode == 1
    assert f"порт {port} на 127.0.0.1 уже занят" in r.stderr
    assert "http://" not in r.stdout + r.stderr  # no address that would not answer


def test_serve_on_a_missing_database_is_an_error_unless_asked_to_create(tmp_path: Path) -> None:
    db = tmp_path / "опечатка.db"
    r = run("serve", "--db", str(db), timeout=60)
    assert r.returncode == 1 and f"база знаний {db} не найдена" in r.stderr and "--create" in r.stderr
    assert not db.exists() and "http://" not in r.stdout
