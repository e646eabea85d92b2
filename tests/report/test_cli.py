"""``coopwatch report`` on a knowledge-base file: the file written, the chart beside a Markdown
report, and bad input named in Russian with a non-zero exit code (nothing written)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from coopwatch.cli import app

from .conftest import build
from .texts import A, B

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("report-cli") / "kb.db")
    build(path)[0].dispose()
    return path


def test_report_command_writes_docx(db: str, tmp_path: Path) -> None:
    out = tmp_path / "справка.docx"
    r = subprocess.run([str(Path(sys.executable).parent / "coopwatch"), "report", "--db", db, "--pair", A, B, "--from", "2019",
                        "--to", "2026", "--out", str(out)], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert r.returncode == 0, r.stderr
    assert f"Справка записана: {out} (7 разделов," in r.stderr
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "1. Общие сведения" and headings[-1] == "Источники"


def test_place_report_markdown_with_chart(db: str, tmp_path: Path) -> None:
    out = tmp_path / "place.md"
    r = CliRunner().invoke(app, ["report", "--db", db, "--place", A, "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "place-chart.png").exists()
    assert "## 1. Общие сведения" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--pair", A, B, "--place", A], 2, "укажите либо --pair СТОРОНА СТОРОНА, либо --place ТЕРРИТОРИЯ"),
    (["--pair", A, B, "--format", "odt"], 2, "формат «odt» не поддерживается"),
    (["--pair", A, "ZZ"], 1, "место «ZZ» не найдено: такого кода нет ни в справочнике мест, ни в базе знаний"),
    (["--pair", A, "Атлантида"], 1, "место «Атлантида» не найдено"),
    (["--pair", A, B, "--from", "2026", "--to", "2019"], 1, "период задан наоборот: с 2026 по 2019 год"),
])
def test_bad_input(db: str, tmp_path: Path, args: list[str], code: int, message: str) -> None:
    out = tmp_path / "x.docx"
    r = CliRunner().invoke(app, ["report", "--db", db, "--out", str(out), *args])
    assert r.exit_code == code and f"ошибка: {message}" in r.output
    assert not out.exists()


def test_missing_database_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "нет.db"
    r = CliRunner().invoke(app, ["report", "--db", str(missing), "--pair", A, B, "--out", str(tmp_path / "x.html")])
    assert r.exit_code == 1 and f"база знаний {missing} не найдена" in r.output
    assert not missing.exists()
