"""Ingest end to end: files in, resumable, worker processes, a kill mid-way, two ingests at once,
and re-extraction by the real extractor keeping curation."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa

from coopwatch.kb import curate, query
from coopwatch.kb.db import KBError, open_kb
from coopwatch.kb.ingest import (
    GIVEN_KEY,
    TX_SECONDS,
    TX_WALL_SECONDS,
    CommitBoundaries,
    GivenFacts,
    ingest,
    reextract,
)
from coopwatch.kb.schema import documents, facts
from coopwatch.kb.synth import corpus

from . import texts
from .helpers import snapshot


def write_synth(folder: Path, n: int, seed: int = 7) -> tuple[Path, Path, dict[str, int]]:
    """``docs.jsonl`` and ``facts.jsonl`` for ``n`` synthetic items; facts expected per document."""
    docs = corpus(n, seed=seed)
    folder.mkdir(parents=True, exist_ok=True)
    dpath, fpath = folder / "docs.jsonl", folder / "facts.jsonl"
    dpath.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    fpath.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return dpath, fpath, {d.id: len(d.facts) for d in docs}


def cli(*args: str) -> subprocess.Popen:
    """The installed ``coopwatch`` command, as a user runs it."""
    return subprocess.Popen([str(Path(sys.executable).parent / "coopwatch"), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def check_whole(db: Path, expected: dict[str, int]) -> int:
    """The file is sound, and every stored document has all of its facts; returns documents stored."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = con.execute("SELECT d.name, count(f.id) FROM documents d LEFT JOIN facts f ON f.document_id = d.id "
                           "GROUP BY d.id").fetchall()
        dupes = con.execute("SELECT count(*) - count(DISTINCT content_hash) FROM documents").fetchone()[0]
    finally:
        con.close()
    assert dupes == 0
    for name, n in rows:
        assert n == expected[name], f"{name}: {n} фактов из {expected[name]}"
    return len(rows)


def test_ingest_folder_is_resumable(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "kazan.txt").write_text(texts.KAZAN_PLAN, encoding="utf-8")
    (folder / "brest.txt").write_text(texts.BREST, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    facts = tmp_path / "facts.jsonl"
    facts.write_text(json.dumps({"doc": "kazan", "facts": texts.KAZAN_PLAN_FACTS}, ensure_ascii=False) + "\n"
                     + json.dumps({"doc": "brest", "facts": texts.BREST_FACTS}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    kb = open_kb(str(tmp_path / "kb.db"))
    first = ingest(kb, [str(folder)], workers=0, facts_file=facts, progress=False)
    assert (first.added, first.skipped, first.facts) == (2, 0, 5)
    assert first.failures == [(str(folder / "empty.txt"), "пустой файл")]
    again = ingest(kb, [str(folder), str(folder / "kazan.txt")], workers=0, facts_file=facts, progress=False)
    assert (again.added, again.skipped) == (0, 3)
    assert "уже были в базе: 3" in again.text()


def test_given_facts_are_read_from_their_file_when_a_document_needs_them(tmp_path: Path) -> None:
    """The facts file is checked whole when opened, but only where each document's line lies is
    kept (the facts of 100,000 documents as objects were 1.3 GB of the writer's memory)."""
    role = {"type": "role", "person": "Рустам Минниханов", "title": "раис", "of": "RU-TA",
            "evidence": "Раис Татарстана Рустам Минниханов"}
    lines = [{"doc": "a", "facts": [role]}, {"doc": "b", "facts": []}, {"doc": "a", "facts": [role, role]}]
    path = tmp_path / "facts.jsonl"
    path.write_text("\ufeff" + json.dumps(lines[0], ensure_ascii=False) + "\n\n"
                    + "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines[1:]), encoding="utf-8")
    given = GivenFacts(path)
    assert len(given) == 2 and "a" in given and "c" not in given
    assert not any(isinstance(v, list) for v in vars(given).values())  # no facts held, only where they are
    assert [f.type for f in given.get("a")] == ["role", "role"]  # named twice: the last line
    assert given.get("b") == [] and given.get("c") is None
    with path.open("a", encoding="utf-8") as f:
        f.write('{"doc": "d", "facts": [{"type": "role"}]}\n')
    try:
        GivenFacts(path)
    except KBError as e:
        assert f"{path}:5:" in str(e)  # the bad line named, before anything is written
    else:
        raise AssertionError("a bad line of the facts file went unnoticed")


def test_two_worker_processes(tmp_path: Path) -> None:
    dpath, fpath, expected = write_synth(tmp_path / "in", 40)
    kb = open_kb(str(tmp_path / "kb.db"))
    s = ingest(kb, [str(dpath)], workers=2, facts_file=fpath, progress=False)
    assert s.added == 40 and s.facts == sum(expected.values())
    assert check_whole(tmp_path / "kb.db", expected) == 40
    with kb.read() as conn:  # the given facts travelled with each document to its worker, and stayed out of it
        metas = conn.execute(sa.select(documents.c.meta)).scalars().all()
    assert metas and not any(GIVEN_KEY in (m or {}) for m in metas)


def _busy(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_transactions_are_sized_by_cpu_time_not_by_a_busy_clock() -> None:
    """A transaction that took long by the clock but little CPU (the machine was busy with other
    work) does not make the next ones shorter, unless the clock passes ``TX_WALL_SECONDS``; one that
    took much CPU does."""
    bounds = CommitBoundaries()
    bounds.docs = 10
    bounds.begin()
    time.sleep(TX_SECONDS * 1.5)  # by the clock, more than a transaction's CPU budget; by the CPU, nothing
    bounds.end(10)
    assert bounds.docs >= 10
    bounds.docs = 10
    bounds.begin()
    _busy(TX_SECONDS * 2)  # twice the budget of CPU: half as many documents fit
    bounds.end(10)
    assert bounds.docs < 10
    bounds.docs = 10
    bounds.begin()
    time.sleep(TX_WALL_SECONDS * 2)  # another writer would have waited too long: shorter, whatever the CPU
    bounds.end(10)
    assert bounds.docs < 10


def test_kill_mid_ingest_loses_nothing_committed(tmp_path: Path) -> None:
    dpath, fpath, expected = write_synth(tmp_path / "in", 400)
    db = tmp_path / "kb.db"
    proc = cli("ingest", str(dpath), "--facts", str(fpath), "--db", str(db), "-j", "0", "--no-progress")
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                con = sqlite3.connect(db, timeout=1)
                stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                con.close()
            except sqlite3.OperationalError:
                continue
            if stored >= 60:
                break
    assert proc.poll() is None, "ingest ended before it could be killed: " + proc.communicate()[1][-500:]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    kept = check_whole(db, expected)
    assert 60 <= kept < 400
    rerun = cli("ingest", str(dpath), "--facts", str(fpath), "--db", str(db), "-j", "0", "--no-progress")
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"уже были в базе: {kept}" in err
    assert check_whole(db, expected) == 400
    # and the resumed knowledge base is the one a clean run makes (fusion does not depend on batches)
    clean = open_kb(str(tmp_path / "clean.db"))
    ingest(clean, [str(dpath)], workers=0, facts_file=fpath, progress=False)
    assert snapshot(open_kb(str(db))) == snapshot(clean)


def whole_on(url: str, expected: dict[str, int]) -> int:
    """``check_whole`` for any backend, through the library."""
    kb = open_kb(url)
    with kb.read() as c:
        rows = c.execute(sa.select(documents.c.name, sa.func.count(facts.c.id))
                         .outerjoin(facts, facts.c.document_id == documents.c.id).group_by(documents.c.id)).all()
    kb.dispose()
    assert len({n for n, _ in rows}) == len(rows)
    for name, n in rows:
        assert n == expected[name]
    return len(rows)


def test_two_ingests_at_once_serialise(fresh_db_url: str, tmp_path: Path) -> None:
    dpath, fpath, expected = write_synth(tmp_path / "in", 300, seed=11)
    procs = [cli("ingest", str(dpath), "--facts", str(fpath), "--db", fresh_db_url, "-j", "0", "--no-progress")
             for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0 or "занята другим процессом" in err, err
    if "://" not in fresh_db_url:
        assert check_whole(Path(fresh_db_url), expected) == 300
    assert whole_on(fresh_db_url, expected) == 300
    added = [int(err.split("Добавлено документов: ")[1].split(",")[0]) for _, err in outs if "Добавлено" in err]
    assert sum(added) == 300  # each document stored by exactly one of them


def test_reextract_with_the_real_extractor_keeps_curation(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "kazan.txt").write_text(texts.KAZAN_PLAN, encoding="utf-8")
    (folder / "minsk.txt").write_text(texts.MINSK_VIEW, encoding="utf-8")
    kb = open_kb(str(tmp_path / "kb.db"))
    s = ingest(kb, [str(folder)], workers=0, progress=False)
    assert s.added == 2 and s.facts > 0
    curated = query.facts(kb, per_page=1).items[0]
    curate.reject(kb, curated.id, who="аналитик")
    with kb.write() as c:  # as if another extractor version had read them
        c.execute(documents.update().values(extractor_version="old"))
    r = reextract(kb, workers=0, progress=False)
    assert r.updated == 2
    after = query.fact(kb, curated.id)
    assert after.status == "rejected" and after.n_documents >= 1
    assert reextract(kb, workers=0, progress=False).updated == 0  # nothing stale any more
    with kb.read() as c:
        assert c.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one() == 2


def test_nul_characters_are_dropped_so_both_databases_store_the_same_text(kb, tmp_path: Path) -> None:  # noqa: ANN001
    """PostgreSQL refuses NUL in text, SQLite keeps it: read without it, both store the same."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "escaped", "text": "Казань\u0000 и Минск стали городами-побратимами."}) + "\n",
        encoding="utf-8",
    )
    (folder / "raw.txt").write_bytes("Омск и Павлодар\x00 открыли автобусный маршрут.".encode())
    given = tmp_path / "facts.jsonl"
    given.write_text("".join(json.dumps({"doc": d, "facts": []}) + "\n" for d in ("escaped", "raw")),
                     encoding="utf-8")
    summary = ingest(kb, [str(folder)], workers=0, facts_file=given, progress=False)
    assert summary.failures == [] and summary.added == 2
    with kb.read() as conn:
        stored = dict(conn.execute(sa.select(documents.c.name, documents.c.text)).all())
    assert stored == {"escaped": "Казань и Минск стали городами-побратимами.",
                      "raw": "Омск и Павлодар открыли автобусный маршрут."}


def test_a_folder_of_news_in_every_form_says_each_thing_once(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """What a new user drops into a folder — a Windows-1251 file, a Word file — is read by the real
    extractor; what reading found is said once (the extractor's report repeats it), and the summary
    writes its figures as Russian does (a decimal comma)."""
    import io

    import docx

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "vitebsk.txt").write_bytes(
        "Ярославль, 14 января 2026 года. Губернатор Ярославской области и председатель Витебского "
        "облисполкома подписали дорожную карту сотрудничества на 2026–2028 годы.".encode("cp1251"))
    word = docx.Document()
    word.add_paragraph("Новосибирская область и Ташкентская область подписали меморандум")
    word.add_paragraph("Новосибирск, 3 марта 2026 года. Новосибирская область и Ташкентская область подписали "
                       "меморандум о сотрудничестве в сфере образования.")
    out = io.BytesIO()
    word.save(out)
    (folder / "tashkent.docx").write_bytes(out.getvalue())
    kb = open_kb(str(tmp_path / "kb.db"))
    try:
        summary = ingest(kb, [str(folder)], workers=0, progress=False)
        err = capsys.readouterr().err
        assert (summary.added, summary.failures, summary.not_documents) == (2, [], [])
        assert err.count("прочитан как Windows-1251") == 1, err
        assert not re.search(r"\d\.\d", summary.text()) and re.search(r"\d+(,\d)? с \(\d+(,\d)? док/с\)", summary.text())
        with kb.read() as conn:
            names = set(conn.execute(sa.select(documents.c.name)).scalars())
            n = conn.execute(sa.select(sa.func.count()).select_from(facts)).scalar_one()
        assert names == {"vitebsk", "tashkent"} and n >= 2
    finally:
        kb.dispose()


REFUSE_ONE = {  # the database itself refuses one document: a write error no check in the code foresees
    "sqlite": ["CREATE TRIGGER refuse_one BEFORE INSERT ON documents WHEN NEW.name = '{name}' "
               "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"],
    "postgresql": ["CREATE FUNCTION refuse_one() RETURNS trigger AS $$ BEGIN "
                   "IF NEW.name = '{name}' THEN RAISE EXCEPTION 'refused by a trigger'; END IF; RETURN NEW; END "
                   "$$ LANGUAGE plpgsql",
                   "CREATE TRIGGER refuse_one BEFORE INSERT ON documents FOR EACH ROW EXECUTE FUNCTION refuse_one()"],
}


def test_a_document_the_database_refuses_leaves_the_rest_of_its_transaction(fresh_db_url: str, tmp_path: Path,
                                                                            monkeypatch) -> None:  # noqa: ANN001
    """Documents are written without a savepoint each; when one fails, its transaction is written
    again with savepoints: the others are stored and fused exactly as without it."""
    from coopwatch.kb import ingest as ingest_module

    from .helpers import snapshot

    monkeypatch.setattr(ingest_module, "TX_DOCS", 10)  # the refused one among others of its transaction
    dpath, fpath, expected = write_synth(tmp_path / "in", 30, seed=3)
    names = list(expected)
    bad = names[12]
    kb = open_kb(fresh_db_url)
    with kb.write() as c:
        for sql in REFUSE_ONE[kb.dialect]:
            c.exec_driver_sql(sql.format(name=bad))
    s = ingest(kb, [str(dpath)], workers=0, facts_file=fpath, progress=False)
    assert s.added == 29
    assert kb.dialect == "sqlite" or any("refused by a trigger" in why for _, why in s.failures)
    with kb.read() as c:
        assert set(c.execute(sa.select(documents.c.name)).scalars()) == set(names) - {bad}
    # the same base as one built from the other 29 documents alone
    good = tmp_path / "good.jsonl"
    good.write_text("".join(line + "\n" for line in dpath.read_text(encoding="utf-8").splitlines()
                            if json.loads(line)["id"] != bad), encoding="utf-8")
    alone = open_kb(str(tmp_path / "alone.db"))
    ingest(alone, [str(good)], workers=0, facts_file=fpath, progress=False)
    assert snapshot(kb) == snapshot(alone)
    kb.dispose()
    alone.dispose()
