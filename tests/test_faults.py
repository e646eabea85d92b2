"""Faults and bad input (issue 15), with real processes: a worker killed with SIGKILL, a disk that
fills up (a small tmpfs in a private mount namespace), file names that are not UTF-8, folders that
cannot be read, links in a circle, named pipes, partial failures and their exit codes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopwatch.batch import Batch
from coopwatch.models import Document

COOPWATCH = str(Path(sys.executable).parent / "coopwatch")
TEMPLATES = [
    "Казань, {d} марта 2026 года. Раис Татарстана и председатель Минского облисполкома подписали план "
    "мероприятий на 2026–2027 годы. Выпуск {n}.",
    "Уфа, {d} марта 2026 года. Глава Башкортостана встретился с послом Узбекистана. Выпуск {n}.",
    "Омск, {d} марта 2026 года. Товарооборот Омской области и Казахстана за 2025 год составил 900 млн "
    "долларов. Выпуск {n}.",
]


def write_docs(folder: Path, n: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(n):
        name = f"news{i:03d}"
        (folder / f"{name}.txt").write_text(TEMPLATES[i % 3].format(d=i % 28 + 1, n=i), encoding="utf-8")
        names.append(name)
    return names


def stored(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return sorted(r[0] for r in con.execute("SELECT name FROM documents"))
    finally:
        con.close()


def workers_of(pid: int) -> list[int]:
    """The extraction worker processes (multiprocessing spawns them) under ``pid``."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmd = (entry / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid and b"spawn_main" in cmd:
            out.append(int(entry.name))
    return out


# --- 9. a worker killed -----------------------------------------------------------------------------


def own_pid(doc: Document, chash: str) -> int:  # module level: worker processes import it by name
    return os.getpid()


def some_documents(n: int) -> Iterator[Document]:
    for i in range(n):
        yield Document(id=f"d{i}", text=TEMPLATES[i % 3].format(d=1, n=i), source=f"d{i}.txt")


def test_a_worker_killed_while_it_waits_for_work_costs_nothing(capfd) -> None:  # noqa: ANN001
    """The consumer is busy (as ingest is while it writes a batch) and a worker is killed meanwhile:
    the pool is found broken at the next document, replaced, and every document still gets done."""
    batch = Batch("проверка", workers=2, progress=False)
    seen: list[tuple[str, int | None, str | None]] = []
    for n, o in enumerate(batch.run(some_documents(14), own_pid)):
        seen.append((o.document.id, o.value, o.error))
        if n == 3:
            os.kill(o.value, signal.SIGKILL)
            time.sleep(1.0)  # the pool notices the dead worker while nothing is asked of it
    assert [d for d, _, _ in seen] == [f"d{i}" for i in range(14)]
    assert all(v is not None and e is None for _, v, e in seen), seen
    assert batch.failures == []


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="процессы ищутся в /proc (Linux)")
def test_ingest_finishes_when_its_workers_are_killed(tmp_path: Path) -> None:
    # enough documents that the ingest outlives three kills on an idle machine (24 took 2.3 s there, 120 took 3 s:
    # none was killed)
    names = write_docs(tmp_path / "docs", 400)
    db = tmp_path / "kb.db"
    proc = subprocess.Popen([COOPWATCH, "ingest", str(tmp_path / "docs"), "--db", str(db), "-j", "2", "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed: list[int] = []

    def killer() -> None:
        deadline = time.monotonic() + 120
        while len(killed) < 3 and proc.poll() is None and time.monotonic() < deadline:
            pids = [p for p in workers_of(proc.pid) if p not in killed]
            if pids:
                time.sleep(2.5)  # let it load the models and take documents
                try:
                    os.kill(pids[0], signal.SIGKILL)
                    killed.append(pids[0])
                except ProcessLookupError:
                    pass
            time.sleep(0.2)

    t = threading.Thread(target=killer)
    t.start()
    try:
        _, err = proc.communicate(timeout=300)
    finally:
        proc.kill()
        t.join()
    assert killed, "ни один процесс извлечения не найден"
    failed = {n for n in names if f"{n}.txt: процесс обработки аварийно завершился" in err}
    assert set(stored(db)) | failed == set(names), err
    assert proc.returncode == (1 if failed else 0), err
    assert "Traceback" not in err


# --- 13. an over-long token -------------------------------------------------------------------------


def test_an_over_long_word_is_cut_before_parsing_and_the_facts_kept() -> None:
    """slovnet fails on a run of tens of thousands of characters without a space (here a pasted
    line of hyphenated words): the run is cut before the models see it, the facts stay, with their
    evidence where it is in the text, and a warning says what was cut."""
    from coopwatch.extract import extract_document

    head = ("Казань, 18 февраля 2026 года. Раис Татарстана Рустам Минниханов и председатель Минского "
            "облисполкома Алексей Кушнаренко подписали план мероприятий на 2026–2027 годы. ")
    run = "-".join(["слово"] * 8000)
    tail = " Товарооборот Татарстана и Беларуси за 2024 год составил 743 млн долларов США."
    text = head + run + "." + tail
    result = extract_document(Document(id="long", text=text))
    types = sorted(f.type for f in result.facts)
    assert "agreement" in types and "trade" in types, types
    for f in result.facts:
        assert f.evidence is not None and text[f.evidence.start:f.evidence.end] == f.evidence.text
    assert any("слишком длинное слово" in w and f"({len(run) + 1} символов" in w for w in result.warnings), result.warnings


# --- 10. file names that are not UTF-8 ------------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_reported_and_the_rest_stored(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_docs(docs, 2)
    bad = os.fsencode(docs) + b"/\xcf\xf0\xe8\xec\xe5\xf0.txt"  # "Пример.txt" in Windows-1251
    with open(bad, "wb") as fh:
        fh.write(TEMPLATES[1].format(d=3, n=99).encode())
    shown = "\\xcf\\xf0\\xe8\\xec\\xe5\\xf0.txt"
    r = subprocess.run([COOPWATCH, "ingest", str(docs), "--db", str(tmp_path / "kb.db"), "-j", "0", "--no-progress"],
                       capture_output=True, text=True, timeout=300, check=False)
    assert r.returncode == 1, r.stderr
    assert shown in r.stderr and "UTF-8" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert stored(tmp_path / "kb.db") == ["news000", "news001"]
    r = subprocess.run([COOPWATCH, "extract", str(docs), "--out", str(tmp_path / "out.jsonl"), "--no-progress"],
                       capture_output=True, text=True, timeout=300, check=False)
    assert r.returncode == 1 and shown in r.stderr and "Traceback" not in r.stderr, r.stderr
    lines = [json.loads(x) for x in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["doc"] for x in lines if not x.get("error")] == ["news000", "news001"]


# --- 14. partial failure, the truncation warning, folders that cannot be read ------------------------------


def test_partial_failure_gives_a_non_zero_exit_code(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_docs(docs, 2)
    (docs / "empty.txt").write_bytes(b"")
    r = subprocess.run([COOPWATCH, "ingest", str(docs), "--db", str(tmp_path / "kb.db"), "-j", "0", "--no-progress"],
                       capture_output=True, text=True, timeout=300, check=False)
    assert r.returncode == 1, r.stderr
    assert "empty.txt: пустой файл" in r.stderr
    assert stored(tmp_path / "kb.db") == ["news000", "news001"]


def test_the_truncation_warning_is_printed(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    # over the size limit, yet quick to extract: the long run of letters is cut before parsing
    (docs / "long.txt").write_text("Казань и Минск подписали соглашение. " + "я" * 250_000, encoding="utf-8")
    for cmd in (["ingest", str(docs), "--db", str(tmp_path / "kb.db"), "-j", "0"],
                ["extract", str(docs), "--out", str(tmp_path / "out.jsonl")]):
        r = subprocess.run([COOPWATCH, *cmd, "--no-progress"], capture_output=True, text=True, timeout=300, check=False)
        assert "long.txt: текст длиннее 200 000 символов: обработано только начало" in r.stderr, (cmd, r.stderr)


def fails(doc: Document, chash: str) -> None:
    raise RuntimeError("правила упали")


def test_what_reading_found_is_said_even_when_the_document_fails(tmp_path: Path, capfd) -> None:  # noqa: ANN001
    from coopwatch.ingest import read_paths

    (tmp_path / "long.txt").write_text("Казань и Минск подписали соглашение. " * 6000, encoding="utf-8")
    batch = Batch("проверка", progress=False)
    (o,) = batch.run(read_paths([tmp_path]), fails)
    assert o.error and "правила упали" in o.error
    err = capfd.readouterr().err
    assert "long.txt: текст длиннее 200 000 символов: обработано только начало" in err


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder every user can enter (under /tmp), for a command run as another user."""
    d = Path(tempfile.mkdtemp(prefix="coopwatch-faults-"))
    d.chmod(0o755)
    try:
        yield d
    finally:
        for p in d.rglob("*"):
            if p.is_dir() and not p.is_symlink():
                p.chmod(0o755)
        shutil.rmtree(d, ignore_errors=True)


def test_unreadable_folders_links_in_a_circle_and_pipes_are_named(open_folder: Path) -> None:
    docs = open_folder / "docs"
    write_docs(docs, 1)
    (docs / "locked").mkdir()
    (docs / "locked" / "secret.txt").write_text("Текст, который не прочитать.", encoding="utf-8")
    (docs / "locked").chmod(0)
    (docs / "loop").symlink_to(docs)  # a folder link back to the folder being walked
    (docs / "self.txt").symlink_to(docs / "self.txt")  # a link to itself
    (docs / "gone.txt").symlink_to(docs / "nowhere.txt")
    os.mkfifo(docs / "pipe.txt")
    (docs / "null.txt").symlink_to("/dev/null")
    docs.chmod(0o755)
    cmd = [COOPWATCH, "extract", str(docs), "--no-progress"]
    if os.geteuid() == 0:  # root reads any folder: run as nobody
        if not shutil.which("setpriv"):
            pytest.skip("тест под root запускает команду от имени nobody через setpriv (util-linux)")
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
    env = {**os.environ, "HOME": str(open_folder)}
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False, env=env)
    err = r.stderr
    expected = {
        "locked": "нет прав на чтение папки",
        "loop": "цикл",
        "self.txt": "символическая ссылка по кругу",
        "gone.txt": "ведёт в никуда",
        "pipe.txt": "именованный канал (FIFO)",
        "null.txt": "устройство",
    }
    for name, reason in expected.items():
        assert f"{docs / name}: " in err and reason in err, (name, err)
    assert r.returncode == 1 and "Traceback" not in err
    assert [json.loads(x)["doc"] for x in r.stdout.splitlines() if not json.loads(x).get("error")] == ["news000"]


# --- 14. a full disk ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_full_disk_is_reported_as_such_and_resume_completes(tmp_path: Path, small_fs) -> None:  # noqa: ANN001
    """Thirty documents of 200 000 characters do not fit in 3 MB: the ingest stops saying the disk
    is full, the database stays sound, and after room is made the next run stores the rest."""
    docs = tmp_path / "docs"
    docs.mkdir()
    given = []
    for i in range(30):
        words = " ".join(f"слово{(i * 7919 + k) % 1000}" for k in range(26000))
        (docs / f"big{i:02d}.txt").write_text(f"Казань, {i + 1} марта 2026 года. {words}", encoding="utf-8")
        given.append(json.dumps({"doc": f"big{i:02d}", "facts": []}))
    (tmp_path / "facts.jsonl").write_text("\n".join(given) + "\n", encoding="utf-8")
    ingest = f'{COOPWATCH} ingest "{docs}" --facts "{tmp_path / "facts.jsonl"}" --db "$MNT/kb.db" -j 0 --no-progress'
    script = f"""
{ingest} 2> "{tmp_path}/first.err"; echo "first=$?" > "{tmp_path}/codes"
cp "$MNT"/kb.db* "{tmp_path}/"
mount -o remount,size=96m "$MNT"
{ingest} 2> "{tmp_path}/second.err"; echo "second=$?" >> "{tmp_path}/codes"
cp "$MNT/kb.db" "{tmp_path}/after.db"
"""
    assert small_fs(script, 3).wait(600) == 0
    codes = dict(line.split("=") for line in (tmp_path / "codes").read_text().split())
    first = (tmp_path / "first.err").read_text(encoding="utf-8")
    assert codes["first"] == "1" and "нет места" in first and "savepoint" not in first, first
    part = stored(tmp_path / "kb.db")  # the full disk's database, with its WAL: sound
    assert len(part) < 30  # what was committed before the disk filled (a batch is one transaction)
    assert codes["second"] == "0", (tmp_path / "second.err").read_text(encoding="utf-8")
    assert stored(tmp_path / "after.db") == [f"big{i:02d}" for i in range(30)]
