"""What the rules shown to editors on the document page cost (not a test): a fresh ``coopwatch
serve`` on a knowledge base of extracted documents, requests one at a time on loopback.

    .venv/bin/python benchmarks/web_trace.py                                  # the built-in samples
    .venv/bin/python benchmarks/web_trace.py --docs ../shared/corpus/dev/docs --db /tmp/coopwatch-trace.db

Reported: a visitor's document page (each document once: the server's first showing), the
server's memory after them (the language models must not be loaded); an editor's document page
(it does not wait for the trace); the first trace (loads the Natasha models into the server);
the trace of each other document (models warm, nothing cached); a trace shown again (cached until
the knowledge base changes); the server's memory at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from web_bench import start_server  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EDITOR = ("bench-editor", "bench-editor-password")


def build(db: str, docs: str) -> None:
    from coopwatch.kb.db import open_kb
    from coopwatch.kb.ingest import ingest
    from coopwatch.web.users import add_user

    kb = open_kb(db)
    ingest(kb, [docs], workers=2, progress=False)
    add_user(kb, *EDITOR, role="editor")
    kb.dispose()


def document_ids(db: str) -> list[int]:
    import sqlalchemy as sa

    from coopwatch.kb.db import open_kb
    from coopwatch.kb.schema import documents

    kb = open_kb(db)
    with kb.read() as conn:
        ids = list(conn.execute(sa.select(documents.c.id).order_by(documents.c.id)).scalars())
    kb.dispose()
    return ids


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def timed(c: httpx.Client, path: str, expect: str) -> float:
    start = time.perf_counter()
    r = c.get(path, headers={"accept": "text/html"})
    took = (time.perf_counter() - start) * 1000
    assert r.status_code == 200 and expect in r.text, (path, r.status_code)
    return took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", default=str(ROOT / "coopwatch" / "samples"), help="папка документов")
    ap.add_argument("--db", default="/tmp/coopwatch-trace-bench.db")
    ap.add_argument("--port", type=int, default=8763)
    args = ap.parse_args()
    if not os.path.exists(args.db):
        build(args.db, args.docs)
    docs = document_ids(args.db)
    proc = start_server(args.db, args.port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{args.port}", timeout=300) as c:
            visitor = [timed(c, f"/document/{d}", "Факты из этого текста") for d in docs]
            rss_visitor = rss_mb(proc.pid)
            c.post("/api/login", json={"name": EDITOR[0], "password": EDITOR[1]}).raise_for_status()
            page = timed(c, f"/document/{docs[0]}", 'id="trace"')
            rss_page = rss_mb(proc.pid)
            first = timed(c, f"/document/{docs[0]}/trace", "data-trace-for")
            warm = [timed(c, f"/document/{d}/trace", "Отброшенные кандидаты") for d in docs[1:]]
            again = timed(c, f"/document/{docs[0]}/trace", "data-trace-for")
            rss_end = rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)
    print(f"документов: {len(docs)}")
    print(
        f"посетитель, страница документа (первый показ): медиана {statistics.median(visitor):.0f} мс, "
        f"max {max(visitor):.0f} мс; память сервера {rss_visitor:.0f} МБ"
    )
    print(f"редактор, страница документа: {page:.0f} мс; память сервера {rss_page:.0f} МБ")
    print(f"редактор, первая трассировка (загрузка моделей): {first:.0f} мс")
    if warm:
        print(
            f"редактор, трассировка другого документа (модели загружены): медиана "
            f"{statistics.median(warm):.0f} мс, max {max(warm):.0f} мс"
        )
    print(f"редактор, та же трассировка снова (из кэша): {again:.1f} мс; память сервера {rss_end:.0f} МБ")


if __name__ == "__main__":
    main()
