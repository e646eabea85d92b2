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

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coopwatch.kb.db import KB, KBError, open_kb

__all__ = ["KB", "KBError", "open_kb"]


def __getattr__(name: str) -> Any:
    """``KB``, ``KBError`` and ``open_kb`` load SQLAlchemy on first use: the fact types' fusion
    rules (``kb.rules``, ``kb.merge``) are imported by extraction too, which needs no database."""
    if name in __all__:
        from coopwatch.kb import db

        return getattr(db, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
