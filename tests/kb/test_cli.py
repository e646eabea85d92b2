"""The knowledge-base commands as a user runs them: messages in Russian, errors naming the input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coopwatch import wording as words
from coopwatch.cli import app

from . import texts

runner = CliRunner()


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "kazan.txt").write_text(texts.KAZAN_PLAN, encoding="utf-8")
    (folder / "minsk.txt").write_text(texts.MINSK_VIEW, encoding="utf-8")
    facts = tmp_path / "facts.jsonl"
    facts.write_text("\n".join(json.dumps({"doc": d, "facts": f}, ensure_ascii=False) for d, f in
                               [("kazan", texts.KAZAN_PLAN_FACTS), ("minsk", texts.MINSK_VIEW_FACTS)]),
                     encoding="utf-8")
    return folder, facts


def run(*args: str) -> tuple[int, str]:
    r = runner.invoke(app, list(args))
    return r.exit_code, r.output + (r.stderr if r.stderr_bytes is not None else "")


def test_ingest_export_curate(inputs: tuple[Path, Path], tmp_path: Path) -> None:
    folder, facts = inputs
    db = str(tmp_path / "kb.db")
    code, out = run("ingest", str(folder), "--db", db, "--facts", str(facts), "-j", "0", "--no-progress")
    assert code == 0 and "Добавлено документов: 2" in out and "фактов: 6" in out
    code, out = run("ingest", str(folder), "--db", db, "--facts", str(facts), "-j", "0", "--no-progress")
    assert code == 0 and "уже были в базе: 2" in out
    code, out = run("export", "--db", db, "--format", "jsonl", "--out", str(tmp_path / "f.jsonl"))
    assert code == 0 and "Записано: 3 факта" in out
    trade = next(json.loads(x) for x in (tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()
                 if json.loads(x)["type"] == "trade")
    code, out = run("curate", "correct", str(trade["id"]), "--set", "value=750000000", "--note", "по пресс-службе",
                    "--user", "аналитик", "--db", db)
    assert code == 0, out
    code, out = run("curate", "history", "--db", db)
    # who, what, and field by field what was and what became, in Russian
    assert code == 0 and f"аналитик исправил(а) факт №{trade['id']} (торговля)" in out, out
    was, became = words.money(trade["value"], trade["currency"]), words.money(750e6, trade["currency"])
    assert f"значение: {was} → {became}" in out and "по пресс-службе" in out, out
    assert "статус: не проверен → подтверждён" in out
    code, out = run("curate", "history", str(trade["id"] + 1000), "--db", db)
    assert code == 0 and "Правок факта" in out
    code, out = run("merge-people", "2", "3", "--db", db, "--user", "аналитик")
    assert code == 0 and "объединён" in out


ERRORS = [
    (["curate", "approve", "1"], "неизвестное действие «approve»"),
    (["curate", "confirm", "77"], "канонический факт №77 не найден"),
    (["curate", "correct", "1"], "correct требует хотя бы одно --set"),
    (["curate", "correct", "1", "--set", "value"], "--set ожидает поле=значение"),
    (["merge-people", "5", "5"], "нельзя объединить человека с самим собой"),
    (["export", "--format", "xml", "--out", "x.xml"], "неизвестный формат «xml»"),
]


@pytest.mark.parametrize(("args", "message"), ERRORS)
def test_errors(tmp_path: Path, args: list[str], message: str) -> None:
    code, out = run(*args, "--db", str(tmp_path / "kb.db"))
    assert code != 0 and message in out


def test_postgres_down(tmp_path: Path) -> None:
    code, out = run("export", "--db", "postgresql+psycopg://u:topsecret@127.0.0.1:1/kb", "--out", str(tmp_path / "x"))
    assert code == 1 and "не удалось подключиться к базе данных postgresql+psycopg://u:***@127.0.0.1:1/kb" in out
    assert "topsecret" not in out


def test_demo_without_samples_loads_synthetic_news(tmp_path, monkeypatch):
    """A package without sample texts still gives the demo a knowledge base: synthetic items with
    their facts, stored through the real ingest."""
    from coopwatch.kb import query
    from coopwatch.kb.db import open_kb
    from coopwatch.web import cli

    monkeypatch.setattr(cli, "SAMPLES", tmp_path / "none")
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    said = cli.load_demo(url)
    assert "синтетические" in said
    assert query.overview(open_kb(url)).n_facts > 0
