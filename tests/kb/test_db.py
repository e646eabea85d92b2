"""Opening databases: migrations match the tables, errors name the database (never its password)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from coopwatch.kb.db import KBError, alembic_config, current_revision, open_kb, resolve_url
from coopwatch.kb.schema import include_name, metadata


def test_migrations_create_exactly_the_tables(fresh_db_url: str) -> None:
    db_url = fresh_db_url
    kb = open_kb(db_url)
    assert current_revision(kb) == "0019"
    with kb.read() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name}), metadata)
    assert diff == []
    with kb.write() as conn:  # down and up again
        command.downgrade(alembic_config(conn), "base")
    assert current_revision(kb) is None
    kb.dispose()
    kb = open_kb(db_url)
    assert current_revision(kb) == "0019"
    kb.dispose()


def test_upgrade_keeps_stored_facts(fresh_db_url: str) -> None:
    """A knowledge base made at revision 0001 is upgraded in place: 0002's key filled from its facts."""
    import sqlalchemy as sa

    from coopwatch.kb.db import upgrade

    kb = open_kb(fresh_db_url, migrate=False)
    upgrade(kb, "0001")
    with kb.write() as conn:
        conn.execute(sa.text("INSERT INTO canonical_facts (type, block, data, ctx, status, n_documents, n_sources, "
                             "n_conflicts, updated_at) VALUES ('trade', 'b', :d, '{}', 'auto', 0, 0, 0, :t)"),
                     {"d": '{"type": "trade", "period": ["2024-01", "2024-12"]}', "t": "2026-01-01 00:00:00"})
    upgrade(kb)
    with kb.read() as conn:
        assert conn.execute(sa.text("SELECT key FROM canonical_facts")).scalar_one() == "2024-01..2024-12"
    kb.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_postgres_down_names_the_url_without_password() -> None:
    port = free_port()  # nothing listens there
    url = f"postgresql+psycopg://analyst:s3cret-pw@127.0.0.1:{port}/coopwatch"
    with pytest.raises(KBError) as e:
        open_kb(url)
    msg = str(e.value)
    assert msg.startswith("не удалось подключиться к базе данных")
    assert f"127.0.0.1:{port}/coopwatch" in msg and "analyst" in msg
    assert "s3cret-pw" not in msg


BAD = [
    ("mysql://u:pw@localhost/db", "неподдерживаемая база данных «mysql»"),
    ("postgresql+psycopg://u:pw@host:notaport/db", "неверный адрес базы данных"),
    ("post gres://u:pw@host/db", "неверный адрес базы данных"),
    ("/no/such/folder/kb.db", "папка для базы данных не существует: /no/such/folder"),
    ("sqlite://", r"база данных в памяти \(sqlite://\) не поддерживается"),
    ("sqlite:///:memory:", r"база данных в памяти \(sqlite:///:memory:\) не поддерживается"),
    ("sqlite:///file:kb?mode=memory&cache=shared&uri=true", "база данных в памяти .* не поддерживается"),
]


@pytest.mark.parametrize(("url", "message"), BAD)
def test_bad_addresses(url: str, message: str) -> None:
    with pytest.raises(KBError, match=message) as e:
        open_kb(url)
    assert "pw" not in str(e.value).replace("pw@", "")  # no password shown


def test_the_web_app_on_an_in_memory_database_is_refused_at_once() -> None:
    """It hung: every connection of ``sqlite://`` switched to WAL in a loop an in-memory database never leaves."""
    from coopwatch.web.app import create_app

    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: _catch(outcome, lambda: create_app("sqlite://")), daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "create_app('sqlite://') не вернулся за 30 с"
    assert len(outcome) == 1 and isinstance(outcome[0], KBError), outcome
    assert "укажите файл" in str(outcome[0])


def _catch(into: list[BaseException], call: Callable[[], object]) -> None:
    try:
        call()
    except BaseException as e:  # noqa: BLE001 - handed to the test's thread
        into.append(e)


def test_default_and_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("COOPWATCH_DB", raising=False)
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'coopwatch.db'}"
    monkeypatch.setenv("COOPWATCH_DB", "postgresql+psycopg://x@h/db")
    assert resolve_url(None) == "postgresql+psycopg://x@h/db"
    assert resolve_url("other.db") == f"sqlite:///{tmp_path / 'other.db'}"


def test_upgrade_names_stored_documents_by_their_headline(fresh_db_url: str) -> None:
    """0008: documents stored before it get the headline pages and reports name them by."""
    import sqlalchemy as sa

    from coopwatch.kb.db import upgrade

    kb = open_kb(fresh_db_url, migrate=False)
    upgrade(kb, "0007")
    with kb.write() as conn:
        conn.execute(sa.text("INSERT INTO documents (name, content_hash, text, lemmas, meta, ingested_at) "
                             "VALUES ('p004', 'h', :t, '', '{}', :at)"),
                     {"t": "Белорусский посол обсудил с президентом Татарстана вопросы сотрудничества\n\nТекст.",
                      "at": "2026-01-01 00:00:00"})
    upgrade(kb)
    with kb.read() as conn:
        assert conn.execute(sa.text("SELECT headline FROM documents")).scalar_one() == \
            "Белорусский посол обсудил с президентом Татарстана вопросы сотрудничества"
    kb.dispose()


def test_upgrade_names_documents_past_what_a_saved_page_starts_with(fresh_db_url: str) -> None:
    """0009: a document whose stored headline is a photo credit or the page's date gets the article's
    own headline; one whose headline was right keeps it."""
    import sqlalchemy as sa

    from coopwatch.kb.db import upgrade

    kb = open_kb(fresh_db_url, migrate=False)
    upgrade(kb, "0008")
    texts = {
        "credit": ("Фото: press.example", "Фото: press.example\n\nОмская область и Павлодарская область "
                   "подписали соглашение о сотрудничестве.\n\nТекст."),
        "dated": ("21.06.2024 13:56", "21.06.2024 13:56\nВ мире\nБрестская область планирует подписать "
                  "соглашения с регионами России\nТекст."),
        "plain": ("Экспорт вырос", "Экспорт вырос\nВ 2025 году экспорт области вырос на 10 процентов."),
    }
    with kb.write() as conn:
        for name, (stored, text) in texts.items():
            conn.execute(sa.text("INSERT INTO documents (name, content_hash, text, lemmas, meta, ingested_at, headline) "
                                 "VALUES (:n, :n, :t, '', '{}', :at, :h)"),
                         {"n": name, "t": text, "h": stored, "at": "2026-01-01 00:00:00"})
    upgrade(kb)
    with kb.read() as conn:
        got = dict(conn.execute(sa.text("SELECT name, headline FROM documents")).all())
    assert got == {"credit": "Омская область и Павлодарская область подписали соглашение о сотрудничестве.",
                   "dated": "Брестская область планирует подписать соглашения с регионами России",
                   "plain": "Экспорт вырос"}
    kb.dispose()


def test_head_revision_read_from_the_files_is_alembics(fresh_db_url: str) -> None:
    """``open_kb`` skips Alembic when the database is at the head it reads from the migration files:
    that head must be the one Alembic computes."""
    from alembic.script import ScriptDirectory

    from coopwatch.kb.db import head_revision, stored_revision

    kb = open_kb(fresh_db_url)
    with kb.read() as conn:
        assert head_revision() == ScriptDirectory.from_config(alembic_config(conn)).get_current_head()
    assert stored_revision(kb) == head_revision() == current_revision(kb)
    kb.dispose()


def test_canonical_facts_keep_only_the_indexes_something_reads(fresh_db_url: str) -> None:
    """Revision 0019 drops the indexes of canonical facts by block, (block, key) and (block, day) — written
    for every canonical fact fusion writes, read by nothing — and 0018 makes the facts' index by (block,
    canonical fact, profile, rank) partial; down to 0017 both come back as they were, and up again."""
    import sqlalchemy as sa

    kb = open_kb(fresh_db_url)

    def indexes() -> dict[str, list[str]]:  # canonical facts' by their columns, the partial one by its condition
        with kb.read() as conn:
            got = {i["name"]: i["column_names"] for i in sa.inspect(conn).get_indexes("canonical_facts")}
            placed = {i["name"]: sorted(str(w) for w in i.get("dialect_options", {}).values())
                      for i in sa.inspect(conn).get_indexes("facts")}
        return got | {"facts: " + k: v for k, v in placed.items() if k == "ix_facts_block_canonical_profile_rank"}

    gone = {"ix_canonical_facts_block", "ix_canonical_facts_block_key", "ix_canonical_facts_block_day"}
    now = indexes()
    assert not gone & set(now)
    assert {"ix_canonical_facts_type_day", "ix_canonical_facts_curated_block", "ix_canonical_facts_lagging"} <= set(now)
    assert "canonical_id IS NOT NULL" in str(now["facts: ix_facts_block_canonical_profile_rank"])
    with kb.write() as conn:
        command.downgrade(alembic_config(conn), "0017")
    before = indexes()
    assert gone <= set(before)
    assert "canonical_id IS NOT NULL" not in str(before["facts: ix_facts_block_canonical_profile_rank"])
    with kb.write() as conn:
        command.upgrade(alembic_config(conn), "head")
    assert indexes() == now
    kb.dispose()


def test_upgrade_to_live_ingestion_flags_documents_and_keeps_search(fresh_db_url: str) -> None:
    """Revision 0005 on a knowledge base with documents: those without facts are flagged, the
    full-text index still follows new documents (SQLite's triggers survive the new column)."""
    from datetime import date

    import sqlalchemy as sa

    from coopwatch.kb import query, store
    from coopwatch.kb.db import upgrade
    from coopwatch.models import Document

    kb = open_kb(fresh_db_url, migrate=False)
    upgrade(kb, "0004")
    now = "2026-01-01 00:00:00"
    with kb.write() as conn:
        for i, text in enumerate(["Казань и Минск подписали соглашение.", "В Казани отремонтируют набережную."], 1):
            conn.execute(sa.text("INSERT INTO documents (name, content_hash, text, lemmas, meta, ingested_at) "
                                 "VALUES (:n, :h, :t, '', '{}', :at)"), {"n": f"d{i}", "h": f"h{i}", "t": text, "at": now})
        conn.execute(sa.text("INSERT INTO facts (document_id, idx, type, data) "
                             "SELECT id, 0, 'agreement', '{}' FROM documents WHERE name = 'd1'"))
    upgrade(kb)
    with kb.read() as conn:
        flags = dict(conn.execute(sa.text("SELECT name, relevant FROM documents")).all())
    assert {k: bool(v) for k, v in flags.items()} == {"d1": True, "d2": False}
    doc = Document(id="new", text="Уфа и Гомель открыли торговый дом.", published=date(2026, 1, 2))
    with kb.write() as conn:
        store.add(conn, store.prepare(doc, []))
    assert [h.doc.name for h in query.search(kb, "торговый дом").items] == ["new"]
    assert query.search(kb, "торговый дом", irrelevant=False).total == 0  # stored without facts: flagged
    kb.dispose()


def test_sqlite_writer_connection_gets_the_large_page_cache_readers_keep_the_default(tmp_path: Path) -> None:
    """A connection that writes gets a large page cache, kept for its next transaction (an ingest's
    transactions read the same blocks and indexes), and the file mapped into memory; a connection
    that only reads keeps SQLite's defaults, so the web server's readers do not grow; sorts stay in
    memory everywhere."""
    from coopwatch.kb.db import WAL_AUTOCHECKPOINT, WRITER_CACHE_KIB

    kb = open_kb(str(tmp_path / "kb.db"))
    try:
        with kb.write() as writer, kb.read() as reader:  # the reader: a connection of its own
            assert writer.exec_driver_sql("PRAGMA cache_size").scalar() == -WRITER_CACHE_KIB
            assert reader.exec_driver_sql("PRAGMA cache_size").scalar() == -2000  # SQLite's default
            # the writer reads the file mapped (up to the build's limit), a reader by system calls
            assert writer.exec_driver_sql("PRAGMA mmap_size").scalar() > 0
            assert reader.exec_driver_sql("PRAGMA mmap_size").scalar() == 0
            for conn in (reader, writer):
                assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # memory
                assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == WAL_AUTOCHECKPOINT
    finally:
        kb.dispose()
