"""Under load (issue 15, item 15): a write drops only the cached pages it touched, and an editor's
write during an ingest running in another process answers within a second — done, or 503 with
Retry-After — on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from coopwatch.kb import changes, store, synth
from coopwatch.kb.changes import Change
from coopwatch.kb.db import KB
from coopwatch.kb.schema import documents
from coopwatch.models import Document, fact_from_json
from coopwatch.web.app import create_app
from coopwatch.web.cache import matches
from coopwatch.web.curation import WRITE_WAIT_S

from .conftest import EDITOR, Site, build_kb, serving_app

PG_ENV = "COOPWATCH_TEST_PG_URL"
COOPWATCH = Path(sys.executable).parent / "coopwatch"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "kb.db")
        return
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"{PG_ENV} не задан: тест на PostgreSQL пропущен (его запускает .ci/run со своим сервером)")
    name = f"webload_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    yield sa.engine.make_url(server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as c:
        c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


class Served(Site):
    app: object = None


@pytest.fixture
def served(db: str) -> Iterator[Served]:
    kb, ids = build_kb(db)
    app = create_app(kb, check_every=0.0)
    with serving_app(app) as base:
        s = Served(base, db, kb, ids)
        s.app = app
        yield s
    kb.dispose()


def _login(c: httpx.Client) -> str:
    r = c.post("/api/login", json={"name": EDITOR[0], "password": EDITOR[1]})
    assert r.status_code == 200, r.text
    return r.json()["csrf_token"]


def _status(c: httpx.Client, cid: int, token: str, status: str) -> httpx.Response:
    return c.post(f"/api/fact/{cid}/status", json={"status": status}, headers={"X-CSRF-Token": token})


TATAR_BY, BASH_KZ = "/api/pair?a=RU-TA&b=BY", "/api/pair?a=RU-BA&b=KZ"
PAGES_TATAR = [TATAR_BY, "/pair?a=RU-TA&b=BY", "/api/place/RU-TA", "/place/RU-TA"]


def _served_from_cache(s: Served, c: httpx.Client, url: str) -> bool:
    cache = s.app.state.web.cache
    before = cache.hits
    assert c.get(url, headers={"Accept": "text/html"}).status_code == 200, url
    return cache.hits == before + 1


def test_a_correction_keeps_other_pairs_pages_cached(served: Served) -> None:
    """An editor rejects the Bashkortostan–Kazakhstan road map: that pair's page shows it at once,
    and the pages of Tatarstan and Belarus — which the fact does not name — stay in the cache."""
    cid = served.canonical_of("bash-kz", "agreement")
    with httpx.Client(base_url=served.base, timeout=30) as visitor, httpx.Client(base_url=served.base,
                                                                                timeout=30) as editor:
        for url in [*PAGES_TATAR, BASH_KZ, "/api/place/RU-BA"]:
            visitor.get(url, headers={"Accept": "text/html"})
        assert all(_served_from_cache(served, visitor, u) for u in [*PAGES_TATAR, BASH_KZ, "/api/place/RU-BA"])
        assert _status(editor, cid, _login(editor), "rejected").status_code == 200
        shown = {f["id"]: f["status"] for f in editor.get(BASH_KZ).json()["timeline"]}  # the editor: at once
        assert shown[cid] == "rejected"
        assert [u for u in PAGES_TATAR if not _served_from_cache(served, visitor, u)] == []
        assert served.app.state.web.cache._stale.keys().isdisjoint(
            k for k in served.app.state.web.cache._items if "RU-TA" in k[3] or "RU-TA" in k[2]
        )
        deadline = time.monotonic() + 10  # a visitor: once it is made anew (their visit sets that off)
        while {f["id"]: f["status"] for f in visitor.get(BASH_KZ).json()["timeline"]}[cid] != "rejected":
            assert time.monotonic() < deadline, "the visitor's page was not made anew"
            time.sleep(0.05)
        visitor.get("/api/place/RU-BA")
        deadline = time.monotonic() + 10
        while (visitor.get("/api/place/RU-BA").json()["view"]["by_type"] or {}).get("agreement"):
            assert time.monotonic() < deadline, "the visitor's place page was not made anew"
            time.sleep(0.05)


def test_an_ingest_by_another_process_drops_only_its_places(served: Served) -> None:
    """A document about Bashkortostan and Kazakhstan stored by another connection (as an ingest
    would): the cache reads what that transaction recorded; that pair's page is served as it was
    for ``stale_for`` seconds, then made anew in the background; the pages of Tatarstan and Belarus
    stay."""
    served.app.state.web.cache.stale_for = 1.0
    with httpx.Client(base_url=served.base, timeout=30) as c:
        for url in [*PAGES_TATAR, BASH_KZ]:
            c.get(url)
        n_before = c.get(BASH_KZ).json()["n_facts"]
        text = "Уфа, 2 ноября 2025 года. Башкортостан и Казахстан подписали соглашение о сотрудничестве в образовании."
        fact = {"type": "agreement", "kind": "agreement", "parties": ["RU-BA", "KZ"], "date": "2025-11-02",
                "period": None, "signatories": [],
                "evidence": "Башкортостан и Казахстан подписали соглашение о сотрудничестве в образовании."}
        doc = Document(id="bash-kz-edu", text=text, url="https://ufa-news.example/edu", published=date(2025, 11, 2))
        with served.kb.write() as conn:
            store.add(conn, store.prepare(doc, [fact_from_json(fact)]))
        written = time.monotonic()
        assert [u for u in PAGES_TATAR if not _served_from_cache(served, c, u)] == []
        stale = c.get(BASH_KZ).json()["n_facts"]
        assert stale == n_before or time.monotonic() - written >= 1.0
        time.sleep(max(0.0, 1.1 - (time.monotonic() - written)))
        deadline = time.monotonic() + 10  # the first visitor now still gets it as it was, and it is made anew
        while c.get(BASH_KZ).json()["n_facts"] != n_before + 1:
            assert time.monotonic() < deadline, "the stale page was not made anew"
            time.sleep(0.1)
        assert [u for u in PAGES_TATAR if not _served_from_cache(served, c, u)] == []


@pytest.mark.parametrize(
    ("tag", "hit"),
    [
        (("pair", "RU-TA", "BY"), True),  # a region and a country: the city and the oblast inside them
        (("pair", "BY", "RU-TA"), True),
        (("pair", "RU-TA", "KZ"), False),
        (("pair", "RU", "BY"), True),
        (("place", "RU-TA/Казань"), True),
        (("place", "RU-BA"), False),
        (("between", frozenset({"BY-MI", "RU-TA/Казань", "KZ"})), True),
        (("between", frozenset({"BY-MI", "KZ"})), False),
        (("person", 7), True),
        (("person", 8), False),
        (("document", 3), True),
        (("story", 9), False),
        (("fact", 11), True),
        (("all",), True),
    ],
)
def test_which_tags_a_change_matches(tag: tuple, hit: bool) -> None:
    change = Change(facts={11: {"RU-TA/Казань", "BY-MI"}}, people={7}, documents={3})
    assert matches(tag, change) is hit
    assert matches(tag, Change(everything=True))


def test_change_records_round_trip() -> None:
    change = Change(facts={5: {"RU-TA", "BY"}}, people={2}, surnames={"минниханов"}, documents={4}, stories={1})
    assert Change.from_json(json.loads(json.dumps(change.as_json()))) == change
    assert changes.within("RU-TA/Казань", "RU") and changes.within("BY-MI", "BY")
    assert not changes.within("RU-TAX", "RU-TA") and not changes.within("BYX", "BY")


def _documents(kb: KB) -> int:
    with kb.read() as conn:
        return conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one()


def test_editor_writes_during_an_ingest_answer_within_a_second(served: Served, tmp_path: Path) -> None:
    """``coopwatch ingest`` of 2,000 news items runs in another process; meanwhile an editor confirms
    and resets a fact every 0.3 s. Each answer comes within about a second (the write waits at most
    ``WRITE_WAIT_S`` for the ingest's transaction to end): done, or busy with Retry-After — and most
    are done, because the ingest commits every few documents. (Before: one transaction per 200
    documents or 5 s, and an editor's write waited 2 s, then was refused.)"""
    # enough items that the ingest outlasts the editor's 12 writes on a quiet machine too (fusion got cheaper; it is
    # stopped once they are done, so its length costs nothing)
    items = synth.corpus(2000, seed=31)
    docs, given = tmp_path / "news.jsonl", tmp_path / "facts.jsonl"
    docs.write_text("".join(json.dumps(d.jsonl(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    given.write_text("".join(json.dumps(d.facts_line(), ensure_ascii=False) + "\n" for d in items), encoding="utf-8")
    start = _documents(served.kb)
    cid = served.canonical_of("tatar-plan", "agreement")
    proc = subprocess.Popen(
        [str(COOPWATCH), "ingest", "--db", served.db, "--facts", str(given), "--workers", "0", "--no-progress",
         str(docs)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    answers: list[tuple[int, float, str | None]] = []
    try:
        deadline = time.monotonic() + 120
        while _documents(served.kb) < start + 20:  # the ingest is writing
            assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read().decode()
            time.sleep(0.2)
        with httpx.Client(base_url=served.base, timeout=30) as c:
            token = _login(c)
            for i in range(12):
                t = time.monotonic()
                r = _status(c, cid, token, "confirmed" if i % 2 == 0 else "auto")
                answers.append((r.status_code, time.monotonic() - t, r.headers.get("retry-after")))
                time.sleep(0.3)
        still_running = proc.poll() is None
    finally:
        proc.terminate()
        proc.wait(60)
    assert still_running, "the ingest ended before the editor was done: the test measured nothing"
    assert {code for code, _, _ in answers} <= {200, 503}, answers
    took = sorted(t for _, t, _ in answers)
    assert took[len(took) // 2] < 1.0, answers  # the usual answer within a second (before: 2 s and busy)
    assert took[-1] < WRITE_WAIT_S + 2.0, answers  # none waits long, even on a machine the whole suite shares
    assert all(int(after) > 0 for code, _, after in answers if code == 503), answers
    assert sum(code == 200 for code, _, _ in answers) >= len(answers) * 2 // 3, answers
