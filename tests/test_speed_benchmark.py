"""The whole-process speed benchmark's parts: its file set and the bare Natasha script."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import extraction_speed  # noqa: E402


def test_file_set_repeats_the_corpus_under_new_names(tmp_path):
    n, chars = extraction_speed.file_set(tmp_path, 7)
    files = sorted(tmp_path.glob("*.txt"))
    assert n == 7 and len(files) == 7
    assert chars == sum(len(f.read_text(encoding="utf-8")) for f in files)


def test_bare_natasha_reads_every_file(tmp_path):
    (tmp_path / "a.txt").write_text("Делегация Казани прибыла в Минск.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Стороны подписали соглашение о сотрудничестве.", encoding="utf-8")
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "natasha_bare.py"), str(tmp_path)],
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith("2 documents, ")
    assert int(out.split(", ")[1].split()[0]) >= 12  # tokens of both texts


def test_extract_starts_without_the_database_layer(tmp_path):
    """``coopwatch extract`` runs in a process that never imports SQLAlchemy (a fifth of a second
    of every start): the commands registered beside it import the database layer only when run."""
    (tmp_path / "a.txt").write_text("Делегация Казани прибыла в Минск.", encoding="utf-8")
    code = ("import sys\nfrom coopwatch.cli import app\n"
            f"try:\n    app(['extract', '--no-progress', {str(tmp_path)!r}, '-o', {str(tmp_path / 'out.jsonl')!r}])\n"
            "except SystemExit as e:\n    assert not e.code, e.code\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO).stdout
    assert out.strip().splitlines()[-1] == "[]"
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 1
