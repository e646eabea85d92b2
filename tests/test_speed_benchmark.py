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
