"""The crawl commands as a user runs them: sources added, listed, paused, removed; a crawl's report
and exit code; single pages by address; messages in Russian."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coopwatch.cli import app
from coopwatch.crawl.schedule import parse_every

from .conftest import Reply, Site

runner = CliRunner()
# no short timeout: a busy machine can take a second to answer on loopback (see conftest.FAST)
FAST_OPTIONS = ["--allow-private", "--delay", "0", "--timeout", "30", "--retries", "0", "-j", "0", "--no-progress"]


def run(*args: str) -> tuple[int, str, str]:
    r = runner.invoke(app, list(args))
    return r.exit_code, r.stdout, r.stderr


def test_sources_from_the_command_line(tmp_path: Path, site: Site) -> None:
    db = str(tmp_path / "kb.db")
    site.article("/news/kazan-minsk-plan.html", "kazan-minsk-plan")
    site.feed("/rss.xml", [("/news/kazan-minsk-plan.html", "kazan-minsk-plan")])
    code, _, err = run("sources", "add", site.url("/rss.xml"), "--name", "Правительство РТ", "--db", db)
    assert code == 0 and "Источник №1 «Правительство РТ» добавлен" in err
    code, _, err = run("sources", "add", site.url("/rss.xml?utm_source=x"), "--db", db)
    assert code == 1 and "уже есть: №1" in err
    code, _, err = run("sources", "add", "ftp://example.org/feed", "--db", db)
    assert code == 1 and "не адрес http:// или https://" in err
    code, _, err = run("sources", "add", site.url("/gone.xml"), "--db", db)
    assert code == 0

    code, out, err = run("crawl", "--db", db, "--json", *FAST_OPTIONS)
    assert code == 1  # one source failed
    assert "№2 127.0.0.1" in err and "ОШИБКА: источник недоступен: сервер ответил 404" in err
    assert "№1 Правительство РТ (лента RSS/Atom): в списке: 1, загружено: 1, новых документов: 1" in err
    assert "Добавлено документов: 1" in err and "Обход:" in err
    report = json.loads(out)
    assert report["added"] == 1 and [s["error"] for s in report["sources"]] == [
        None, "источник недоступен: сервер ответил 404"]

    code, out, _ = run("sources", "list", "--db", db)
    assert code == 0
    first, second = out.split("\n№2")
    assert "№1 Правительство РТ — лента RSS/Atom — работает" in first and "последняя ошибка: —" in first
    assert "документов: 1 (без фактов сотрудничества: 0)" in first
    assert "ошибка" in second and "сервер ответил 404" in second
    listed = json.loads(run("sources", "list", "--db", db, "--json")[1])
    assert [s["state"] for s in listed] == ["работает", "ошибка"]

    host = site.base.removeprefix("http://")
    assert run("sources", "pause", "2", "--db", db)[2].strip() == f"Источник №2 «{host}» на паузе"
    code, _, err = run("crawl", "--db", db, *FAST_OPTIONS)
    assert code == 0 and "№2" not in err  # paused: not crawled, so nothing failed
    assert "снова обходится" in run("sources", "resume", site.url("/gone.xml"), "--db", db)[2]
    assert "удалён; его документы остались" in run("sources", "remove", "2", "--db", db)[2]
    code, _, err = run("sources", "remove", "2", "--db", db)
    assert code == 1 and "источник «2» не найден" in err


def test_ingest_single_pages_by_address(tmp_path: Path, site: Site) -> None:
    db = str(tmp_path / "kb.db")
    site.article("/news/ufa-minsk-flights.html", "ufa-minsk-flights")
    site.feed("/rss.xml", [])
    site.answer("/news/down.html", Reply(410))
    code, _, err = run("ingest", site.url("/news/ufa-minsk-flights.html"), site.url("/rss.xml"),
                       site.url("/news/down.html"), "--db", db, "-j", "0", "--no-progress", "--allow-private")
    assert code == 1
    assert "Добавлено документов: 1" in err and "не обработано: 2" in err
    assert f"{site.url('/rss.xml')}: это лента RSS/Atom, а не страница" in err
    assert f"{site.url('/news/down.html')}: сервер ответил 410" in err
    # without permission, loopback is refused — and said so
    code, _, err = run("ingest", site.url("/news/ufa-minsk-flights.html"), "--db", db, "-j", "0", "--no-progress")
    assert code == 1 and "ведёт во внутреннюю сеть" in err


def test_every_is_read_as_a_period(tmp_path: Path) -> None:
    assert parse_every("30m") == 1800 and parse_every("1h30m") == 5400 and parse_every("90s") == 90
    assert parse_every("2h") == 7200 and parse_every("10min") == 600
    for bad in ("30", "soon", "1s", "m30"):
        with pytest.raises(ValueError):
            parse_every(bad)
    code, _, err = run("crawl", "--every", "soon", "--db", str(tmp_path / "kb.db"))
    assert code == 2 and "не промежуток времени" in err
