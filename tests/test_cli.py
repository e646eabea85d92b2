"""The command line on real files: output, warnings, exit code, summary."""

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run(*args, input=None):
    return subprocess.run([sys.executable, "-m", "coopwatch.cli", *args], capture_output=True, text=True,
                          input=input, cwd=REPO, timeout=300)


def test_extract_folder_with_bad_documents(tmp_path):
    (tmp_path / "good.txt").write_text(" date 2024-12-05 Мэр Казани Ильсур Метшин и председатель Мингорисполкома "
                                       "Владимир Кухарев подписали соглашение о побратимстве.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "nofacts.txt").write_text("Сегодня в городе солнечно.", encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    r = run("extract", str(tmp_path), "--out", str(out), "--no-progress")
    assert r.returncode == 1, r.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    by_doc = {x["doc"]: x for x in lines}
    assert set(by_doc) == {"good", "empty", "nofacts"}
    assert by_doc["good"]["published"] == "2024-12-05"
    assert any(f["type"] == "agreement" and f["kind"] == "twinning" for f in by_doc["good"]["facts"])
    assert by_doc["nofacts"]["facts"] == [] and "error" not in by_doc["nofacts"]
    assert "пустой файл" in by_doc["empty"]["error"]
    assert "не обработано: 1" in r.stderr and "empty.txt" in r.stderr


def test_extract_stdin():
    r = run("extract", "-", "--no-progress", input="Раис Татарстана Рустам Минниханов открыл форум.")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["doc"] == "stdin" and doc["facts"][0]["type"] == "role"
