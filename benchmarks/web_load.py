"""Web load benchmark with writes (issue 15): ``--clients`` readers on loopback while an editor
writes every ``--write-every`` seconds and ``coopwatch ingest`` runs in another process, on SQLite
or on PostgreSQL. Reports read latency (p50/p95/p99, and the server's own time per request from
its ``Server-Timing`` header), write latency and how many writes were refused as busy, how many
documents the ingest stored meanwhile, the server's processor time, and the machine's load.

    .venv/bin/python benchmarks/web_load.py --db /tmp/coopwatch-load.db
    .venv/bin/python benchmarks/web_load.py --db postgresql+psycopg://postgres@127.0.0.1:55432/coopwatch_load

``--db`` is the base (built first when it holds fewer than ``--facts`` facts: the synthetic news of
``benchmarks/web_kb.py``); each run works on a copy (an SQLite backup, a PostgreSQL database made
from it as a template) that is removed afterwards, so runs are comparable. Readers ask for a mix
of pages as HTML and JSON — pairs, places, documents, facts, searches, the overview — each client
sending its next request as soon as the last is answered (keep-alive, gzip accepted), after one
pass over every address (a server that has been running: its cache warm). The editor
confirms a fact of a pair and sets it back, alternately. Everything goes to 127.0.0.1 and stops
after ``--warmup`` + ``--seconds``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))
from web_bench import QUERIES, start_server  # noqa: E402
from web_kb import build  # noqa: E402

from coopwatch.kb import synth  # noqa: E402
from coopwatch.kb.db import open_kb  # noqa: E402
from coopwatch.kb.schema import canonical_facts, documents  # noqa: E402
from coopwatch.web.users import add_user  # noqa: E402

COOPWATCH = Path(sys.executable).parent / "coopwatch"
EDITOR = ("nagruzka", "bench-editor-password-1")
MIX = {"pair": 30, "place": 15, "document": 20, "fact": 15, "search": 15, "overview": 5}  # shares, %


# --- the copy the run works on -------------------------------------------------------------------


def clone(base: str) -> str:
    """A copy of the base: an SQLite backup, or a PostgreSQL database with the base as template."""
    if "://" not in base:
        path = Path(tempfile.gettempdir()) / f"coopwatch-load-{uuid.uuid4().hex[:8]}.db"
        src, dst = sqlite3.connect(base), sqlite3.connect(path)
        src.backup(dst)
        src.close()
        dst.close()
        return str(path)
    url = sa.engine.make_url(base)
    name = f"load_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{url.database}"')
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def remove(copy: str) -> None:
    if "://" not in copy:
        for suffix in ("", "-wal", "-shm"):
            Path(copy + suffix).unlink(missing_ok=True)
        return
    url = sa.engine.make_url(copy)
    admin = sa.create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
    admin.dispose()


def count_documents(db: str) -> int:
    kb = open_kb(db, migrate=False)
    try:
        with kb.read() as c:
            return c.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one()
    finally:
        kb.dispose()


# --- what the readers ask for ---------------------------------------------------------------------


def urls(base_url: str, db: str, rng: random.Random, working: int) -> tuple[dict[str, list[str]], list[int]]:
    """Addresses by kind, each once as a page and once as JSON — every pair, place and search, and
    ``working`` documents and facts (those the analysts are reading); and canonical facts of pairs
    (the editor's targets)."""
    with httpx.Client(base_url=base_url, timeout=120) as c:
        pairs = c.get("/api/pairs").json()
        places = [p["place"]["id"] for p in c.get("/api/places").json()]
        targets = []
        for p in rng.sample(pairs, min(10, len(pairs))):
            v = c.get("/api/pair", params={"a": p["a"]["id"], "b": p["b"]["id"]}).json()
            targets += [f["id"] for f in v["timeline"] if f["status"] == "auto"][:20]
    kb = open_kb(db, migrate=False)
    with kb.read() as conn:
        doc_ids = list(conn.execute(sa.select(documents.c.id)).scalars())
        fact_ids = list(conn.execute(sa.select(canonical_facts.c.id)).scalars())
    kb.dispose()
    pair_args = [f"a={quote(p['a']['id'], safe='')}&b={quote(p['b']['id'], safe='')}" for p in pairs]
    out = {
        "pair": [f"/pair?{a}" for a in pair_args] + [f"/api/pair?{a}" for a in pair_args],
        "place": [f"/place/{quote(p)}" for p in places] + [f"/api/place/{quote(p)}" for p in places],
        "document": [f"/document/{i}" for i in rng.sample(doc_ids, min(working, len(doc_ids)))]
        + [f"/api/document/{i}" for i in rng.sample(doc_ids, min(working, len(doc_ids)))],
        "fact": [f"/fact/{i}" for i in rng.sample(fact_ids, min(working, len(fact_ids)))]
        + [f"/api/fact/{i}" for i in rng.sample(fact_ids, min(working, len(fact_ids)))],
        "search": [f"/search?q={quote(q)}" for q in QUERIES] + [f"/api/search?q={quote(q)}" for q in QUERIES],
        "overview": ["/", "/api/overview", "/pairs", "/places"],
    }
    return out, targets


# --- readers --------------------------------------------------------------------------------------


@dataclass
class Sample:
    kind: str
    seconds: float
    server: float | None  # the application's own time (Server-Timing), seconds
    status: int


@dataclass
class Record:
    reads: list[Sample] = field(default_factory=list)
    writes: list[Sample] = field(default_factory=list)
    recording: bool = False


def _server_time(head: bytes) -> float | None:
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"server-timing:") and b"dur=" in line:
            return float(line.split(b"dur=", 1)[1].split(b";")[0].split(b",")[0]) / 1000
    return None


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> tuple[int, float | None]:
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html,application/json\r\n"
        "Accept-Encoding: gzip\r\n\r\n".encode()
    )
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    await reader.readexactly(length)
    return int(head.split(b" ", 2)[1]), _server_time(head)


async def _reader(port: int, by_kind: dict[str, list[str]], seed: int, until: float, record: Record) -> None:
    rng = random.Random(seed)
    kinds, weights = list(MIX), list(MIX.values())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.monotonic() < until:
            kind = rng.choices(kinds, weights)[0]
            path = rng.choice(by_kind[kind])
            t = time.perf_counter()
            status, server = await _get(reader, writer, path)
            if record.recording:
                record.reads.append(Sample(kind, time.perf_counter() - t, server, status))
    finally:
        writer.close()


async def _warm(port: int, paths: list[str]) -> None:
    """Every address once, four at a time: the cache of a server that has been running a while."""
    queue = list(paths)

    async def one() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while queue:
                await _get(reader, writer, queue.pop())
        finally:
            writer.close()

    await asyncio.gather(*(one() for _ in range(4)))


def _editor(base_url: str, targets: list[int], every: float, until: float, record: Record) -> None:
    rng = random.Random(5)
    with httpx.Client(base_url=base_url, timeout=60) as c:
        while True:  # signing in writes a session: during the ingest it may be answered busy
            r = c.post("/api/login", json={"name": EDITOR[0], "password": EDITOR[1]})
            if r.status_code == 200:
                token = r.json()["csrf_token"]
                break
            print(f"вход редактора: {r.status_code} {r.text[:200]}", file=sys.stderr)
            time.sleep(float(r.headers.get("retry-after", "1")))
        n = 0
        while time.monotonic() < until:
            started = time.monotonic()
            cid = rng.choice(targets)
            status = ("confirmed", "auto")[n % 2]
            t = time.perf_counter()
            r = c.post(f"/api/fact/{cid}/status", json={"status": status}, headers={"X-CSRF-Token": token})
            took = time.perf_counter() - t
            server = r.headers.get("server-timing", "")
            if record.recording:
                dur = float(server.split("dur=")[1]) / 1000 if "dur=" in server else None
                record.writes.append(Sample("write", took, dur, r.status_code))
            n += 1
            time.sleep(max(0.0, every - (time.monotonic() - started)))


# --- the ingest in another process ----------------------------------------------------------------


def start_ingest(db: str, folder: Path, docs: int, seed: int) -> subprocess.Popen:
    items = synth.corpus(docs, seed=seed)
    news, given = folder / "news.jsonl", folder / "facts.jsonl"
    news.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    given.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    return subprocess.Popen(
        [str(COOPWATCH), "ingest", "--db", db, "--facts", str(given), "--workers", "1", "--no-progress", str(news)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- report ---------------------------------------------------------------------------------------


def q(values: list[float], p: int) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(sorted(values), n=100, method="inclusive")[p - 1]


def row(name: str, samples: list[Sample], seconds: float) -> str:
    lat = [s.seconds * 1000 for s in samples]
    server = [s.server * 1000 for s in samples if s.server is not None]
    errors = sum(s.status >= 500 and s.status != 503 or s.status >= 400 and s.status < 500 for s in samples)
    busy = sum(s.status == 503 for s in samples)
    return (
        f"| {name} | {len(samples)} | {q(lat, 50):.0f} | **{q(lat, 95):.0f}** | {q(lat, 99):.0f} | "
        f"{max(lat, default=float('nan')):.0f} | {q(server, 50):.1f} | {q(server, 95):.1f} | {q(server, 99):.1f} | "
        f"{len(samples) / seconds:.0f} | {busy} | {errors} |"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "coopwatch-load.db"))
    ap.add_argument("--facts", type=int, default=20_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--write-every", type=float, default=0.5)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--warmup", type=float, default=20.0)
    ap.add_argument("--ingest-docs", type=int, default=3000, help="новостей в загрузке, идущей во время замера")
    ap.add_argument("--working-set", type=int, default=100,
                    help="документов и фактов, которые читают (по стольку страниц и JSON каждого)")
    ap.add_argument("--port", type=int, default=8793)
    args = ap.parse_args()
    print(f"база: {build(args.db, args.facts)} фактов; loadavg в начале: {os.getloadavg()}", flush=True)
    copy = clone(args.db)
    kb = open_kb(copy)
    add_user(kb, *EDITOR, role="editor")
    kb.dispose()
    base_url = f"http://127.0.0.1:{args.port}"
    record = Record()
    server = start_server(copy, args.port)
    ingest = None
    try:
        by_kind, targets = urls(base_url, copy, random.Random(3), args.working_set)
        everything = [u for us in by_kind.values() for u in us]
        t = time.monotonic()
        asyncio.run(_warm(args.port, everything))
        print(f"прогрев: {len(everything)} адресов по одному разу за {time.monotonic() - t:.0f} с", flush=True)
        marks: dict[str, Any] = {}
        with tempfile.TemporaryDirectory() as tmp:
            ingest = start_ingest(copy, Path(tmp), args.ingest_docs, seed=4242)
            had = count_documents(copy)
            while count_documents(copy) == had:  # the ingest is writing
                if ingest.poll() is not None:
                    raise SystemExit("загрузка завершилась, не начав писать")
                time.sleep(0.5)
            until = time.monotonic() + args.warmup + args.seconds
            editor = threading.Thread(target=_editor, args=(base_url, targets, args.write_every, until, record))
            editor.start()

            async def run() -> None:
                async def switch() -> None:  # the warm-up is over: from now on, everything counts
                    await asyncio.sleep(args.warmup)
                    docs = await asyncio.to_thread(count_documents, copy)
                    marks.update(cpu=cpu_seconds(server.pid), docs=docs, load=os.getloadavg())
                    record.recording = True

                await asyncio.gather(switch(), *(_reader(args.port, by_kind, i, until, record)
                                                  for i in range(args.clients)))

            asyncio.run(run())
            editor.join()
            cpu = cpu_seconds(server.pid) - marks["cpu"]
            stored = count_documents(copy) - marks["docs"]
            still = ingest.poll() is None
    finally:
        if ingest is not None:
            ingest.terminate()
            ingest.wait(60)
        server.terminate()
        server.wait(30)
        remove(copy)
    secs = args.seconds
    print(f"\nloadavg (1/5/15 мин): в начале замера {marks.get('load')}, в конце {os.getloadavg()}")
    print(f"загрузка: сохранено документов за замер: {stored} ({stored / secs:.1f} док/с); "
          f"{'шла весь замер' if still else 'ЗАКОНЧИЛАСЬ во время замера'}")
    print(f"процессор сервера за замер: {cpu:.1f} с из {secs:.0f} с ({cpu / secs * 100:.0f} % ядра); "
          f"на запрос чтения: {cpu / max(1, len(record.reads)) * 1000:.1f} мс")
    print("\n| запросы | число | p50, мс | p95, мс | p99, мс | макс., мс | сервер p50, мс | сервер p95, мс | "
          "сервер p99, мс | в секунду | 503 | ошибок |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    print(row("чтение, все", record.reads, secs))
    for kind in MIX:
        print(row(f"чтение: {kind}", [s for s in record.reads if s.kind == kind], secs))
    print(row(f"запись редактора (раз в {args.write_every:g} с)", record.writes, secs))


if __name__ == "__main__":
    main()
