"""The knowledge base: every document and fact, fused across sources, with conflicts and curation.

``open_kb(url)`` → ``KB`` (SQLite file by default, PostgreSQL by URL; migrated on open). Then:

- ``kb.ingest.ingest(kb, paths)`` / ``reextract(kb)`` — fill it (``coopwatch ingest``, ``reextract``);
- ``kb.query`` — what the web UI and reports read (typed views; see its docstring);
- ``kb.curate`` — confirm, reject, correct, merge people, audit log;
- ``kb.export`` — JSON Lines, CSV, GraphML.

Inside: ``schema`` (SQLAlchemy Core tables; ``migrations/`` for Alembic), ``store`` (writing a
document with its facts), ``stories`` (MinHash near-duplicates), ``rules`` and ``fuse`` (canonical
facts and conflicts), ``entities`` (places, people, organisations), ``search`` (full text).
"""

from coopwatch.kb.db import KB, KBError, open_kb

__all__ = ["KB", "KBError", "open_kb"]
