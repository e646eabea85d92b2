"""Real databases for the knowledge-base tests: an SQLite file in a temporary folder, and a fresh
database on the PostgreSQL server named by COOPWATCH_TEST_PG_URL (``.ci/run`` starts one)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from coopwatch.kb.db import KB, open_kb

PG_ENV = "COOPWATCH_TEST_PG_URL"
PG_SKIP = f"{PG_ENV} не задан: тесты на PostgreSQL пропущены (их запускает .ci/run со своим сервером)"


def pg_server_url() -> str | None:
    return os.environ.get(PG_ENV)


def _pg_admin():  # noqa: ANN202
    return sa.create_engine(pg_server_url(), isolation_level="AUTOCOMMIT")


def make_pg_database() -> str:
    """A new, empty database on the test server; returns its URL."""
    name = f"kbtest_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin()
    with admin.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return sa.engine.make_url(pg_server_url()).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(url: str) -> None:
    name = sa.engine.make_url(url).database
    admin = _pg_admin()
    with admin.connect() as c:
        c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return str(tmp_path / "kb.db")


@pytest.fixture
def pg_url() -> Iterator[str]:
    if not pg_server_url():
        pytest.skip(PG_SKIP)
    url = make_pg_database()
    yield url
    drop_pg_database(url)


@pytest.fixture(scope="session")
def pg_shared_url() -> Iterator[str]:
    """One migrated database for the whole run; ``db_url`` empties it before each test."""
    if not pg_server_url():
        pytest.skip(PG_SKIP)
    url = make_pg_database()
    open_kb(url).dispose()
    yield url
    drop_pg_database(url)


def _empty(url: str) -> None:
    from coopwatch.kb.schema import metadata

    engine = sa.create_engine(url)
    names = ", ".join(t.name for t in metadata.sorted_tables)
    with engine.begin() as c:
        c.exec_driver_sql(f"TRUNCATE TABLE {names} RESTART IDENTITY CASCADE")
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each test runs on both backends: the same code, the same assertions."""
    if request.param == "sqlite":
        yield str(tmp_path / "kb.db")
        return
    url = request.getfixturevalue("pg_shared_url")
    _empty(url)
    yield url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fresh_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database nobody has opened yet (migration tests)."""
    if request.param == "sqlite":
        yield str(tmp_path / "kb.db")
        return
    yield request.getfixturevalue("pg_url")


@pytest.fixture
def kb(db_url: str) -> Iterator[KB]:
    k = open_kb(db_url)
    yield k
    k.dispose()
