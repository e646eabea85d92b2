"""One shared application for the web tests: a knowledge base (SQLite file) built from the documents
in ``texts.py``, an editor and a viewer account, and the app served by a real uvicorn server on
loopback in a background thread. A second one (``traced_site``) holds documents whose facts the
extractor itself made, for the rules shown to editors beside each fact. Browser tests drive
Debian's Chromium through Playwright."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
import uvicorn

from coopwatch.kb import curate, store
from coopwatch.kb.db import KB, open_kb
from coopwatch.kb.schema import documents as stored
from coopwatch.kb.schema import facts
from coopwatch.models import Document, fact_from_json
from coopwatch.web.app import create_app
from coopwatch.web.users import add_user

from .texts import DOCUMENTS, GIVEN_DOCUMENT, TRACED_DOCUMENTS

ADMIN = ("glavnyi", "vse-prava-admina-0")
EDITOR = ("redaktor", "verno-provereno-1")
VIEWER = ("chitatel", "tolko-chitayu-2")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--lang=ru-RU",
]
OUT = Path(__file__).resolve().parents[2] / "test-output"


@dataclass
class Site:
    base: str
    db: str
    kb: KB
    doc_ids: dict[str, int] = field(default_factory=dict)

    def canonical_of(self, doc: str, fact_type: str) -> int:
        """The canonical fact of the first ``fact_type`` fact of document ``doc``."""
        with self.kb.read() as conn:
            return (
                conn.execute(
                    sa.select(facts.c.canonical_id)
                    .where(facts.c.document_id == self.doc_ids[doc], facts.c.type == fact_type)
                    .order_by(facts.c.idx)
                )
                .scalars()
                .first()
            )


def build_kb(db: str, documents: list | None = None, *, admin: bool = False) -> tuple[KB, dict[str, int]]:
    """The test documents (``texts.DOCUMENTS`` unless others are given) and their facts stored
    through the knowledge base's own writer, and two accounts (EDITOR, VIEWER; with ``admin``,
    ADMIN too)."""
    documents = DOCUMENTS if documents is None else documents
    kb = open_kb(db)
    ids = {}
    for name, text, url, published, fs in documents:
        doc = Document(
            id=name, text=text, url=url, published=date.fromisoformat(published), source=f"{name}.txt"
        )
        prepared = store.prepare(doc, [fact_from_json(f) for f in fs])
        with kb.write() as conn:
            _, ids[name] = store.add(conn, prepared)
    with kb.read() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(stored)).scalar_one() == len(documents)
    add_user(kb, *EDITOR, role="editor")
    add_user(kb, *VIEWER, role="viewer")
    if admin:
        add_user(kb, *ADMIN, role="admin")
    return kb, ids


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(kb: KB, **settings: object) -> Iterator[str]:
    """The application on ``kb`` (``create_app`` ``settings``) under a real uvicorn server in a thread;
    yields its address. Changes made outside the application show on the next request (no check
    interval, no stale pages), unless ``settings`` say otherwise."""
    settings = {"check_every": 0.0, "stale_for": 0.0, **settings}
    with serving_app(create_app(kb, **settings)) as base:
        yield base


@contextmanager
def serving_app(app: object) -> Iterator[str]:
    """``app`` under a real uvicorn server in a thread; yields its address. The server gets a socket
    bound here to a free port, so parallel test processes never race for one."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "сервер не запустился"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    path = tmp_path_factory.mktemp("web") / "kb.db"
    kb, ids = build_kb(str(path))
    with serving(kb) as base:
        yield Site(base, str(path), kb, ids)
    kb.dispose()


@dataclass
class TracedSite:
    base: str
    kb: KB
    files: dict[str, Path]  # the files the documents were read from (for ``coopwatch explain FILE``)
    documents: dict[str, Document]  # as read and stored
    doc_ids: dict[str, int]
    corrected: int  # the stored fact whose canonical fact an editor corrected (the Orenburg trade figure)
    correction: dict


def build_traced_kb(db: str, folder: Path) -> tuple[KB, dict[str, Path], dict[str, Document], dict[str, int]]:
    """``TRACED_DOCUMENTS`` written as corpus files, read, extracted and stored as ``coopwatch
    ingest`` does; ``GIVEN_DOCUMENT`` stored with its hand-written facts; and the two accounts."""
    from coopwatch.ingest import read_paths

    files = {}
    for name, text, url, published in TRACED_DOCUMENTS:
        files[name] = folder / f"{name}.txt"
        files[name].write_text(f" date {published}\nSource URL: {url}\n{text}", encoding="utf-8")
    kb = open_kb(db)
    docs, ids = {}, {}
    for doc in read_paths(sorted(map(str, files.values()))):
        assert isinstance(doc, Document), doc
        docs[doc.id] = doc
        with kb.write() as conn:
            _, ids[doc.id] = store.add(conn, store.prepare(doc))
    name, text, url, published, given = GIVEN_DOCUMENT
    docs[name] = Document(id=name, text=text, url=url, published=date.fromisoformat(published))
    with kb.write() as conn:
        _, ids[name] = store.add(conn, store.prepare(docs[name], [fact_from_json(f) for f in given]))
    add_user(kb, *EDITOR, role="editor")
    add_user(kb, *VIEWER, role="viewer")
    return kb, files, docs, ids


@pytest.fixture(scope="session")
def traced_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TracedSite]:
    folder = tmp_path_factory.mktemp("web-traced")
    kb, files, docs, ids = build_traced_kb(str(folder / "kb.db"), folder)
    with kb.read() as conn:
        fid, cid = conn.execute(
            sa.select(facts.c.id, facts.c.canonical_id).where(
                facts.c.document_id == ids["orenburg-aktobe"], facts.c.type == "trade"
            )
        ).one()
    correction = {"value": 1250000000, "approx": True}
    curate.correct(kb, cid, correction, who=EDITOR[0], note="в тексте — «около 1,25 млрд»")
    with serving(kb) as base:
        yield TracedSite(base, kb, files, docs, ids, fid, correction)
    kb.dispose()


@pytest.fixture(scope="session")
def browser() -> Iterator:
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"нет {CHROMIUM}: установите apt-get install chromium (это делает .ci/run)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, site: Site) -> Iterator:  # noqa: ANN001 - playwright Browser
    context = browser.new_context(base_url=site.base, locale="ru-RU", viewport={"width": 1300, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


def shot(pg, name: str) -> Path:  # noqa: ANN001 - playwright Page
    """A full-page screenshot under test-output/screenshots/."""
    folder = OUT / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    pg.screenshot(path=str(path), full_page=True)
    return path


def log_in(pg, who: tuple[str, str], next_path: str = "/") -> None:  # noqa: ANN001
    pg.goto(f"/login?next={next_path}")
    pg.fill("input[name=name]", who[0])
    pg.fill("input[name=password]", who[1])
    pg.click("form.login button[type=submit]")
    pg.wait_for_load_state()
