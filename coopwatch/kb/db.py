"""Opening a knowledge base: the URL, the engine, the migrations, and clear errors.

``open_kb(url)`` gives a ``KB`` (an engine plus what we know about it) with the schema migrated to
the newest revision. The URL is ``--db``, else ``COOPWATCH_DB``, else ``coopwatch.db`` in the
working directory. A plain path means an SQLite file; ``postgresql+psycopg://…`` a server.

SQLite is opened in WAL mode with a busy timeout, and every write transaction starts with
``BEGIN IMMEDIATE``: two writers (two ingests at once) take turns instead of failing half-way,
and one that waits longer than the timeout stops with a clear message. On PostgreSQL every write
transaction takes one advisory lock: writers take turns there too (extraction, the slow part, runs
in parallel outside the transactions), readers never wait.
"""

from __future__ import annotations

import errno
import os
import re
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from coopwatch.kb import changes
from coopwatch.kb.errors import ENV_DB, DatabaseBusy, DiskFull, KBError, NotFound  # noqa: F401 (re-exported)

DEFAULT_DB = "coopwatch.db"
BUSY_TIMEOUT_S = 120.0
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
WRITER_LOCK = 727001  # PostgreSQL advisory lock held by every write transaction
_write_wait: ContextVar[float | None] = ContextVar("kb_write_wait", default=None)


@contextmanager
def write_wait(seconds: float) -> Iterator[None]:
    """Write transactions begun inside wait at most ``seconds`` for another writer, then fail with
    ``DatabaseBusy`` — for a person at a web page (who is told to retry), not for a batch, which
    waits up to ``BUSY_TIMEOUT_S``."""
    token = _write_wait.set(seconds)
    try:
        yield
    finally:
        _write_wait.reset(token)


@dataclass
class KB:
    engine: Engine
    url: str  # for messages: without the password

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """A write transaction: committed on success, rolled back on any error."""
        wait = _write_wait.get()
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(kb_write=True, kb_wait=wait)
                _forget(conn)  # caches live for one transaction (entities.resolve_person, ensure_places)
                try:
                    with conn.begin():
                        if self.dialect == "postgresql":  # writers take turns, as BEGIN IMMEDIATE makes them on SQLite
                            if wait is not None:
                                conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{int(wait * 1000)}ms'")
                            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")
                        yield conn
                        changes.flush(conn)  # what it changed, for the web cache, in the same transaction
                finally:
                    _forget(conn)
                    if wait is not None and self.dialect == "sqlite":  # the pooled connection's usual wait
                        conn.connection.driver_connection.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        except OperationalError as e:
            raise _explain(e, self.url) from e

    @contextmanager
    def read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except OperationalError as e:
            raise _explain(e, self.url) from e

    def dispose(self) -> None:
        self.engine.dispose()


def _forget(conn: Connection) -> None:
    for key in ("kb_people", "kb_places"):
        conn.info.pop(key, None)
    changes.forget(conn)


def resolve_url(db: str | None) -> str:
    """``--db`` value, else ``COOPWATCH_DB``, else ``coopwatch.db``; a path becomes an SQLite URL."""
    value = db or os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def safe_url(url: str) -> str:
    """The URL as it may be shown: the password replaced by ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url.split("@")[-1] if "@" in url else url


FULL = ("database or disk is full", "no space left on device", "disk full", "could not extend file")


def _chain(e: BaseException) -> Iterator[BaseException]:
    """The error and the ones it happened during or because of (a failed savepoint rollback hides
    the disk being full behind "no such savepoint")."""
    seen: set[int] = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        yield e
        yield from (x for x in (getattr(e, "orig", None),) if x is not None)
        e = e.__cause__ or e.__context__


def _explain(e: DBAPIError, url: str) -> KBError:
    chain = list(_chain(e))
    texts = [str(x).strip().lower() for x in chain]
    if any(isinstance(x, OSError) and x.errno == errno.ENOSPC for x in chain) or any(
        f in t for t in texts for f in FULL
    ):
        return DiskFull(f"на диске базы данных {url} нет места: последняя транзакция не записана, "
                        "записанное раньше цело; освободите место и повторите — загрузка продолжит "
                        "с того же места")
    if any("locked" in t or "busy" in t or "lock timeout" in t for t in texts):
        wait = _write_wait.get()
        return DatabaseBusy(f"база данных {url} занята другим процессом записи (идёт ещё одна загрузка?) "
                            f"дольше {wait if wait is not None else BUSY_TIMEOUT_S:g} с; повторите позже")
    msg = str(getattr(e, "orig", e)).strip().splitlines()[0] if str(getattr(e, "orig", e)).strip() else ""
    return KBError(f"ошибка базы данных {url}: {msg}")


# Each connection to an in-memory SQLite database has a database of its own, and the knowledge base
# uses several (the web server's threads, migrations, the cache's change checks); an in-memory
# database cannot be in WAL mode either, which every connection switches to (``_wal``).
IN_MEMORY = ("база данных в памяти ({url}) не поддерживается: каждое соединение видело бы свою пустую базу; "
             "укажите файл, например --db kb.db")


def _in_memory(path: str | None, query: Mapping[str, Any]) -> bool:
    """``sqlite://``, ``sqlite:///:memory:`` or a URI file with ``mode=memory``."""
    return not path or path == ":memory:" or query.get("mode") == "memory" or path.startswith("file::memory:")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 - a non-numeric port fails here, not later
    except (ArgumentError, ValueError) as e:
        raise KBError(f"неверный адрес базы данных: {safe_url(url)}") from e
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = parsed.database
        if _in_memory(path, parsed.query):
            raise KBError(IN_MEMORY.format(url=url))  # no password to hide in an in-memory URL
        if path:
            folder = Path(path).parent
            if not folder.is_dir():
                raise KBError(f"папка для базы данных не существует: {folder}")
        engine = sa.create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})
        _sqlite_events(engine)
        return engine
    if backend == "postgresql":
        if parsed.drivername != "postgresql+psycopg":  # the driver we ship
            parsed = parsed.set(drivername="postgresql+psycopg")
        engine = sa.create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 10})
        # Many rows to INSERT (a document's bands and facts) go as one multi-row INSERT, as SQLAlchemy
        # does for psycopg2, not as psycopg's executemany: that sends each row as a statement of its
        # own (pipelined), and the rows, not the trips, then cost the client and the server most.
        engine.dialect.use_insertmanyvalues_wo_returning = True
        return engine
    raise KBError(f"неподдерживаемая база данных «{backend}» в {safe_url(url)}: нужен SQLite или PostgreSQL")


# SQLite's page cache of a connection that writes, in KiB (SQLite's default is 2 MiB). A write
# transaction of an ingest reads the pages of the blocks it fuses, of the LSH band index (random keys)
# and of the documents of their facts; with 2 MiB the pages of one transaction did not stay for the
# next, and on a base of 20,000 documents each document cost 650 page reads from the operating
# system (2.6 MB) and kernel time that grew with the base. A connection is given it at its first
# write, so the web server's readers keep the default; it fills only as pages are read.
WRITER_CACHE_KIB = 65536
# The database file mapped into the writing connection's memory, up to this many bytes: pages its
# cache does not hold are read from the operating system's page cache in place, not copied in by a
# read system call each. Past a few thousand documents the base outgrows the writer's cache, and
# the kernel time of those reads grew with it. Pages the connection changes are still its own (the
# WAL is written as before); readers keep SQLite's default (no mapping).
WRITER_MMAP_BYTES = 1 << 36  # SQLite caps it at its build's limit (2 GiB in common builds)
# WAL frames after which a commit copies the WAL into the database (SQLite's default: 1000 pages,
# about one ingest transaction): the pages every transaction rewrites — a large canonical fact's
# row, the last leaf of a block's index range — are copied once per ten thousand frames.
WAL_AUTOCHECKPOINT = 10000


def _sqlite_events(engine: Engine) -> None:
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (pysqlite's own is deferred)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        _wal(cur)
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        # sorts, IN lists and statement journals in memory, not in temporary files (200 KB written
        # per document ingested)
        cur.execute("PRAGMA temp_store=MEMORY")
        cur.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT}")
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        options = conn.get_execution_options()
        if options.get("kb_write") and not conn.connection.info.get("kb_writer_cache"):
            conn.exec_driver_sql(f"PRAGMA cache_size=-{WRITER_CACHE_KIB}")
            conn.exec_driver_sql(f"PRAGMA mmap_size={WRITER_MMAP_BYTES}")
            conn.connection.info["kb_writer_cache"] = True
        if options.get("kb_wait") is not None and options.get("kb_write"):  # a short wait (``write_wait``)
            _begin_within(conn, options["kb_wait"])
            return
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("kb_write") else "BEGIN")


POLL_S = 0.002


def _begin_within(conn: Connection, seconds: float) -> None:
    """BEGIN IMMEDIATE, tried every ``POLL_S`` for ``seconds``. SQLite's own busy handler sleeps up
    to 100 ms between tries and so keeps missing the short pauses an ingest leaves between its
    transactions; a person's write at a web page should get the next one."""
    conn.exec_driver_sql("PRAGMA busy_timeout=0")
    deadline = time.monotonic() + seconds
    while True:
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or time.monotonic() >= deadline:
                raise
            time.sleep(POLL_S)


def _wal(cur) -> None:  # noqa: ANN001 - sqlite3.Cursor
    """Switch to WAL. A new file opened by two processes at once may refuse the switch without
    waiting (busy): retry until one of them has made it."""
    import sqlite3

    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            mode = cur.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode == "wal":
                return
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
        else:  # still another mode after the wait: not a race but a database that cannot be WAL
            if time.monotonic() > deadline:
                raise KBError(f"база данных SQLite не переходит в режим WAL (режим журнала: {mode})")
        time.sleep(0.05)


def open_kb(db: str | None = None, *, migrate: bool = True) -> KB:
    """Connect (checking the server answers), bring the schema to the newest revision and the
    canonical facts to the current fusion rules."""
    url = resolve_url(db)
    shown = safe_url(url)
    engine = make_engine(url)
    kb = KB(engine=engine, url=shown)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except (OperationalError, DBAPIError) as e:
        engine.dispose()
        reason = str(getattr(e, "orig", e)).strip().splitlines()
        raise KBError(f"не удалось подключиться к базе данных {shown}: "
                      f"{reason[0] if reason else type(e).__name__}") from e
    if migrate:
        if stored_revision(kb) != head_revision():  # Alembic only when there is something to do
            upgrade(kb)
        from coopwatch.kb.fuse import ensure_current

        ensure_current(kb)
    return kb


def alembic_config(conn: Connection):  # noqa: ANN201 - alembic.config.Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade(kb: KB, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` (serialised between processes)."""
    from alembic import command

    with kb.write() as conn:
        command.upgrade(alembic_config(conn), revision)


_REVISION = re.compile(r'^(down_revision|revision)\b[^=]*=\s*["\']([^"\']+)["\']', re.M)


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The newest migration's revision, read from the files (what Alembic calls head, without
    loading Alembic: every command opens a knowledge base, and importing Alembic and its script
    directory cost a tenth of a second of each)."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION.findall(path.read_text(encoding="utf-8")))
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(kb: KB) -> str | None:
    """The revision the database was migrated to; None when it has none yet (one query)."""
    try:
        with kb.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except DBAPIError:
        return None


def current_revision(kb: KB) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with kb.read() as conn:
        return MigrationContext.configure(conn).get_current_revision()
